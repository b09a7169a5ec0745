// What kubectl events prints (pkg/cmd/events): its own table (event_printer.go), or, with -o, an
// EventList it builds itself. That list is a typed Go object: -o json writes its fields in the
// struct's order, -o yaml sorts them, and -o name prints nothing, because the name printer takes
// no typed lists and events ignores the error.

import type { Event, KubeObject } from '../../sim/api';
import { printGoTemplate } from '../print/go-template';
import { tabwrite } from '../print/tabwriter';
import { humanDuration, printJsonPath, printObjects, toGoJsonInFieldOrder } from '../printers';
import type { OutputFormat } from './common';

export type EventsOutput = Exclude<OutputFormat, { kind: 'table' | 'custom-columns' | `${string}-file` }>;

function time(value: string | undefined | null): number | undefined {
  if (!value) return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : ms;
}

/** When the event last happened: series, lastTimestamp, eventTime, then creation (the sort key). */
export function lastSeen(e: Event): number {
  return (
    time(e.series?.lastObservedTime) ??
    time(e.lastTimestamp) ??
    time(e.eventTime) ??
    time(e.metadata?.creationTimestamp) ??
    0
  );
}

/** event_printer.go getInterval: the age of the first sighting, with "(xN over …)" for repeats. */
function interval(e: Event, now: number): string {
  const age = (t: number | undefined) => (t === undefined ? '<unknown>' : humanDuration(now - t));
  const first = age(time(e.eventTime) ?? time(e.firstTimestamp));
  if (e.series) return `${age(time(e.series.lastObservedTime))} (x${e.series.count ?? 0} over ${first})`;
  if ((e.count ?? 0) > 1) return `${age(time(e.lastTimestamp))} (x${e.count} over ${first})`;
  return first;
}

export interface TableShape {
  noHeaders: boolean;
  allNamespaces: boolean;
}

/** The table's rows, tab-separated, the heading first unless left out. */
export function eventRows(events: readonly Event[], now: number, shape: TableShape, heading: boolean): string {
  let text = '';
  if (heading && !shape.noHeaders)
    text += `${shape.allNamespaces ? 'NAMESPACE\t' : ''}LAST SEEN\tTYPE\tREASON\tOBJECT\tMESSAGE\n`;
  for (const e of events) {
    // The kind as the event stores it, not lower-cased.
    text += `${shape.allNamespaces ? `${e.metadata?.namespace ?? ''}\t` : ''}${interval(e, now)}\t${e.type ?? ''}\t${e.reason ?? ''}\t${e.involvedObject.kind ?? ''}/${e.involvedObject.name ?? ''}\t${(e.message ?? '').trim()}\n`;
  }
  return text;
}

/** cli-runtime's tab writer as events uses it: minwidth 6, padding 3, widths remembered between flushes. */
export function alignEventRows(text: string, rememberedWidths?: number[]): string {
  return tabwrite(text, { minWidth: 6, padding: 3, ...(rememberedWidths ? { rememberedWidths } : {}) });
}

const OBJECT_META = [
  'name',
  'generateName',
  'namespace',
  'selfLink',
  'uid',
  'resourceVersion',
  'generation',
  'creationTimestamp',
  'deletionTimestamp',
  'deletionGracePeriodSeconds',
  'labels',
  'annotations',
  'ownerReferences',
  'finalizers',
  'managedFields',
];
const OBJECT_REFERENCE = ['kind', 'namespace', 'name', 'uid', 'apiVersion', 'resourceVersion', 'fieldPath'];
const EVENT = [
  'kind',
  'apiVersion',
  'metadata',
  'involvedObject',
  'reason',
  'message',
  'source',
  'firstTimestamp',
  'lastTimestamp',
  'count',
  'type',
  'eventTime',
  'series',
  'action',
  'related',
  'reportingComponent',
  'reportingInstance',
];

/** The keys in a Go struct's field order (unknown keys last, as they came). */
function inOrder(value: unknown, order: readonly string[]): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const obj = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of order) if (key in obj) out[key] = obj[key];
  for (const key of Object.keys(obj)) if (!(key in out)) out[key] = obj[key];
  return out;
}

/** One Event as corev1.Event marshals: kind and apiVersion set, managedFields kept only if asked. */
function typedEvent(e: Event, showManagedFields: boolean): Record<string, unknown> {
  const metadata = { ...(e.metadata ?? {}) } as Record<string, unknown>;
  if (!showManagedFields) delete metadata.managedFields;
  const event = { ...e, kind: 'Event', apiVersion: 'v1', metadata } as Record<string, unknown>;
  return inOrder(
    {
      ...event,
      metadata: inOrder(metadata, OBJECT_META),
      involvedObject: inOrder(event.involvedObject, OBJECT_REFERENCE),
      ...(event.related ? { related: inOrder(event.related, OBJECT_REFERENCE) } : {}),
    },
    EVENT,
  ) as Record<string, unknown>;
}

/**
 * An -o format applied to the events (a list), or to one event while watching. events.go drops
 * the printer's error: a failing jsonpath prints nothing, a failing go-template only what it
 * wrote (its debugging text), and the command still succeeds.
 */
export function printEventsAs(
  output: EventsOutput,
  events: readonly Event[],
  opts: { list: boolean; showManagedFields: boolean; allowMissingKeys: boolean; yamlAfterFirst?: boolean },
): string {
  const items = events.map((e) => typedEvent(e, opts.showManagedFields));
  const value = opts.list ? { kind: 'EventList', apiVersion: 'v1', metadata: {}, items } : items[0]!;
  const object = value as unknown as KubeObject;
  switch (output.kind) {
    case 'name':
      return opts.list ? '' : `event/${events[0]?.metadata?.name ?? ''}\n`;
    case 'json':
      return toGoJsonInFieldOrder(value);
    case 'yaml':
      return (opts.yamlAfterFirst ? '---\n' : '') + printObjects([object], 'yaml', { showManagedFields: true });
    case 'jsonpath': {
      const printed = printJsonPath([object], output.template, {
        asList: false,
        asJson: output.asJson,
        allowMissingKeys: opts.allowMissingKeys,
      });
      return printed.ok ? printed.text : '';
    }
    case 'go-template':
      return printGoTemplate([object], output.template, { asList: false, allowMissingKeys: opts.allowMissingKeys })
        .stdout;
  }
}
