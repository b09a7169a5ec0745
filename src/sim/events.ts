// The event recorder (client-go tools/record): identical events about the same object fold into
// one Event whose count and lastTimestamp grow; events expire an hour after their last update
// (the API server's default --event-ttl). The scheduler writes events.k8s.io-style events, which
// read back through core/v1 with eventTime/series set and no first/lastTimestamp.
import type { Event } from 'kubernetes-types/core/v1';
import type { ObjectStore } from './apiserver/store';
import type { SimClock } from './clock';
import type { SeededRandom } from './random';
import { rfc3339, rfc3339Micro, parseTime } from './time-format';
import { managedFieldsAfterWrite, type ManagedFieldsEntry } from './apiserver/managed-fields';

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

// The field manager of an event's writes is the writing binary's user agent (managerOrUserAgent):
// the kubelet, or kube-controller-manager for its controllers (persistentvolume-controller).
function eventManager(component: string): string {
  return component === 'kubelet' ? 'kubelet' : 'kube-controller-manager';
}

// The scheduler writes through events.k8s.io/v1 (client-go tools/events), so its entries name
// that version and its fields: what the create sets, then the series its patches grow.
const SCHEDULER_EVENT_FIELDS = {
  'f:action': {},
  'f:eventTime': {},
  'f:note': {},
  'f:reason': {},
  'f:regarding': {},
  'f:reportingController': {},
  'f:reportingInstance': {},
  'f:type': {},
};
const SCHEDULER_SERIES_FIELDS = { 'f:series': { '.': {}, 'f:count': {}, 'f:lastObservedTime': {} } };

function schedulerEntry(fieldsV1: ManagedFieldsEntry['fieldsV1'], time: string): ManagedFieldsEntry {
  return {
    apiVersion: 'events.k8s.io/v1',
    fieldsType: 'FieldsV1',
    fieldsV1,
    manager: 'kube-scheduler',
    operation: 'Update',
    time,
  };
}

export class EventRecorder {
  private folded = new Map<string, Event>();
  private nameCounter = 0;
  private lastPurge = Number.NEGATIVE_INFINITY;
  private createdEntries = new Map<string, Omit<ManagedFieldsEntry, 'time'>>();

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
      // The correlator's patch changes only count and lastTimestamp, fields the writer already
      // owns: its entry stays as it was, with the patch's time.
      existing.metadata.managedFields = existing.metadata.managedFields?.map((entry) => ({
        ...entry,
        time: rfc3339(now),
      }));
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
    event.metadata.managedFields = [
      { ...this.createdFields(event, eventManager(source.component)), time: rfc3339(now) },
    ] as Event['metadata']['managedFields'];
    this.folded.set(key, event);
    this.store.add(event);
    this.purgeExpired(now);
    return event;
  }

  /**
   * The create's managedFields entry (time aside), computed once per shape of event: which fields
   * a recorded event sets depends only on the manager and on which optional strings it has.
   */
  private createdFields(event: Event, manager: string): Omit<ManagedFieldsEntry, 'time'> {
    const shape = manager + [event.source?.host, event.reportingInstance, event.message].map((v) => !!v).join();
    let entry = this.createdEntries.get(shape);
    if (!entry) {
      const [computed] = managedFieldsAfterWrite('Event', undefined, event, { manager }, '');
      entry = computed!;
      this.createdEntries.set(shape, entry);
    }
    return entry;
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
      // The same manager, operation and version as the create: one entry, which takes the series.
      existing.metadata.managedFields = [
        schedulerEntry({ ...SCHEDULER_EVENT_FIELDS, ...SCHEDULER_SERIES_FIELDS }, rfc3339(now)),
      ] as Event['metadata']['managedFields'];
      this.store.modified(existing);
      return existing;
    }
    const event: Event = {
      apiVersion: 'v1',
      kind: 'Event',
      metadata: {
        ...this.meta(involved, now),
        managedFields: [schedulerEntry(SCHEDULER_EVENT_FIELDS, rfc3339(now))] as Event['metadata']['managedFields'],
      },
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
