// The event recorder (client-go tools/record): identical events about the same object fold into
// one Event whose count and lastTimestamp grow; events expire an hour after their last update
// (the API server's default --event-ttl). The scheduler writes events.k8s.io-style events, which
// read back through core/v1 with eventTime/series set and no first/lastTimestamp.
import type { Event } from 'kubernetes-types/core/v1';
import type { ObjectStore } from './apiserver/store';
import type { SimClock } from './clock';
import type { SeededRandom } from './random';
import { rfc3339, rfc3339Micro, parseTime } from './time-format';

export const EVENT_TTL_MS = 60 * 60 * 1000;

export interface InvolvedObject {
  kind: string;
  namespace?: string;
  name: string;
  uid?: string;
  resourceVersion?: string;
  fieldPath?: string;
}

export interface EventSource {
  component: string;
  host?: string;
}

export class EventRecorder {
  private folded = new Map<string, Event>();
  private nameCounter = 0;
  private lastPurge = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly store: ObjectStore,
    private readonly clock: SimClock,
    private readonly random: SeededRandom,
  ) {}

  /** A kubelet/controller event (core/v1 style, folded by object + reason + message + source). */
  record(
    involved: InvolvedObject,
    type: 'Normal' | 'Warning',
    reason: string,
    message: string,
    source: EventSource,
  ): Event {
    const key = [
      involved.uid,
      involved.fieldPath ?? '',
      type,
      reason,
      message,
      source.component,
      source.host ?? '',
    ].join('\u0000');
    const now = this.clock.now();
    const existing = this.liveFolded(key);
    if (existing) {
      existing.count = (existing.count ?? 1) + 1;
      existing.lastTimestamp = rfc3339(now);
      this.store.modified(existing);
      return existing;
    }
    const event: Event = {
      apiVersion: 'v1',
      kind: 'Event',
      metadata: this.meta(involved, now),
      involvedObject: this.reference(involved),
      reason,
      message,
      source: source.host ? { component: source.component, host: source.host } : { component: source.component },
      firstTimestamp: rfc3339(now),
      lastTimestamp: rfc3339(now),
      count: 1,
      type,
      eventTime: null as unknown as undefined,
      reportingComponent: source.component,
      reportingInstance: source.host ?? '',
    };
    this.folded.set(key, event);
    this.store.add(event);
    this.purgeExpired(now);
    return event;
  }

  /** The event a repeat folds into, while it is still stored (events expire after an hour). */
  private liveFolded(key: string): Event | undefined {
    const event = this.folded.get(key);
    return event && this.store.find('Event', event.metadata.namespace, event.metadata.name!) === event
      ? event
      : undefined;
  }

  /** A scheduler event (events.k8s.io): repeats grow `series` instead of `count`. */
  recordSeries(
    involved: InvolvedObject,
    type: 'Normal' | 'Warning',
    reason: string,
    action: string,
    message: string,
    component: string,
  ): Event {
    const key = ['series', involved.uid, type, reason, message, component].join('\u0000');
    const now = this.clock.now();
    const existing = this.liveFolded(key);
    if (existing) {
      existing.series = { count: (existing.series?.count ?? 1) + 1, lastObservedTime: rfc3339Micro(now) };
      this.store.modified(existing);
      return existing;
    }
    const event: Event = {
      apiVersion: 'v1',
      kind: 'Event',
      metadata: this.meta(involved, now),
      involvedObject: this.reference(involved),
      reason,
      message,
      source: {},
      firstTimestamp: null as unknown as undefined,
      lastTimestamp: null as unknown as undefined,
      type,
      eventTime: rfc3339Micro(now),
      action,
      reportingComponent: component,
      reportingInstance: `${component}-control-plane`,
    };
    this.folded.set(key, event);
    this.store.add(event);
    return event;
  }

  /** Drops events whose last update is older than the TTL (run when events are read or written). */
  purgeExpired(now = this.clock.now()): void {
    // At most one sweep per simulated minute: expiry is coarse, and a sweep walks every event.
    if (now - this.lastPurge < 60_000) return;
    this.lastPurge = now;
    for (const event of this.store.all<Event>('Event')) {
      const last =
        parseTime(event.lastTimestamp) ??
        parseTime(event.series?.lastObservedTime) ??
        parseTime(event.eventTime) ??
        now;
      if (now - last > EVENT_TTL_MS) this.store.remove(event);
    }
    for (const [key, event] of this.folded) {
      if (!this.store.find('Event', event.metadata.namespace, event.metadata.name!)) this.folded.delete(key);
    }
  }

  private meta(involved: InvolvedObject, now: number): Event['metadata'] {
    // Real names are "<object>.<unix nanoseconds in hex>"; a counter keeps them unique and stable.
    const nanos = BigInt(now) * 1_000_000n + BigInt(++this.nameCounter % 1_000_000);
    return {
      name: `${involved.name}.${nanos.toString(16)}`,
      namespace: involved.namespace ?? 'default',
      uid: this.random.uuid(),
      creationTimestamp: rfc3339(now),
    };
  }

  private reference(involved: InvolvedObject): Event['involvedObject'] {
    const ref: Event['involvedObject'] = { apiVersion: 'v1', kind: involved.kind, name: involved.name };
    if (involved.namespace) ref.namespace = involved.namespace;
    if (involved.uid) ref.uid = involved.uid;
    if (involved.resourceVersion) ref.resourceVersion = involved.resourceVersion;
    if (involved.fieldPath) ref.fieldPath = involved.fieldPath;
    return ref;
  }
}
