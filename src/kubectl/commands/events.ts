// kubectl events (pkg/cmd/events): the namespace's events oldest first, with repeats shown as
// "(xN over T)", optionally only those about one object (--for) or of one type (--types).

import type { Event } from '../../sim/api';
import { defineCommand } from '../command';
import { fail, formatStatusError } from '../errors';
import { goSort } from '../print/go-sort';
import { humanDuration } from '../printers';
import { parseResourceArgs, type ResourceType } from '../resources';
import { alignColumns } from './common';

interface EventsOptions {
  forRef?: { type: ResourceType; name: string };
  types: string[];
  allNamespaces: boolean;
  namespace: string;
}

function time(value: string | undefined | null): number | undefined {
  if (!value) return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : ms;
}

/** When the event last happened: series, lastTimestamp, eventTime, then creation. */
function lastSeen(e: Event): number {
  return (
    time(e.series?.lastObservedTime) ??
    time(e.lastTimestamp) ??
    time(e.eventTime) ??
    time(e.metadata?.creationTimestamp) ??
    0
  );
}

function firstSeen(e: Event): number {
  return time(e.firstTimestamp) ?? time(e.eventTime) ?? lastSeen(e);
}

export const eventsCommand = defineCommand<EventsOptions>({
  name: 'events',
  group: 'Troubleshooting and Debugging Commands',
  summary: 'List events',
  help: `Display events, oldest first.

 Narrow them to one object with --for, or to warnings with --types=Warning.

Examples:
  # Recent events in the namespace
  kubectl events

  # Events about the kuard Pod
  kubectl events --for pod/kuard

  # Only warnings
  kubectl events --types=Warning`,
  usage: 'events [--for TYPE/NAME] [--types=Normal,Warning]',
  flags: [
    { name: 'all-namespaces', short: 'A', type: 'bool', help: 'List events of every namespace.' },
    { name: 'for', type: 'string', help: 'Only the events about this object, given as TYPE/NAME.' },
    { name: 'types', type: 'stringArray', help: 'Only events of these types: Normal, Warning.' },
  ],
  parse({ flags, namespace }) {
    let forRef: EventsOptions['forRef'];
    const forText = flags.string('for');
    if (forText) {
      if (!forText.includes('/')) return fail('--for must be in resource/name form');
      const parsed = parseResourceArgs([forText]);
      if (!parsed.ok) return fail(parsed.error);
      forRef = { type: parsed.refs[0]!.type, name: parsed.refs[0]!.name! };
    }
    const types = flags
      .list('types')
      .flatMap((t) => t.split(','))
      .filter((t) => t !== '');
    if (types.some((t) => t.toLowerCase() !== 'normal' && t.toLowerCase() !== 'warning'))
      return fail('valid --types are Normal or Warning');
    return { forRef, types, allNamespaces: flags.bool('all-namespaces'), namespace };
  },
  run(options, ctx) {
    const selector = options.forRef
      ? `involvedObject.kind=${options.forRef.type.kind},involvedObject.name=${options.forRef.name}`
      : undefined;
    const listed = ctx.cluster.list('Event', options.allNamespaces ? undefined : options.namespace, {
      fieldSelector: selector,
    });
    if (!listed.ok) {
      ctx.stderr(formatStatusError(listed.error));
      return 1;
    }
    const wanted = options.types.map((t) => t.toLowerCase());
    // events.go sorts with sort.Sort(SortableEvents): Go's unstable pdqsort decides ties.
    const events = goSort(
      (listed.value as Event[]).filter((e) => wanted.length === 0 || wanted.includes((e.type ?? '').toLowerCase())),
      (a, b) => lastSeen(a) < lastSeen(b),
    );
    if (events.length === 0) {
      ctx.stderr(options.allNamespaces ? 'No events found.\n' : `No events found in ${options.namespace} namespace.\n`);
      return 0;
    }
    const now = ctx.cluster.clock.now();
    const rows: string[][] = [
      [...(options.allNamespaces ? ['NAMESPACE'] : []), 'LAST SEEN', 'TYPE', 'REASON', 'OBJECT', 'MESSAGE'],
    ];
    for (const e of events) {
      const count = e.series?.count ?? e.count ?? 1;
      const since = humanDuration(now - lastSeen(e));
      const seen = count > 1 ? `${since} (x${count} over ${humanDuration(now - firstSeen(e))})` : since;
      // events/event_printer.go printOneEvent: the kind as the event stores it, not lower-cased.
      const object = `${e.involvedObject.kind ?? ''}/${e.involvedObject.name ?? ''}`;
      rows.push([
        ...(options.allNamespaces ? [e.metadata?.namespace ?? ''] : []),
        seen,
        e.type ?? '',
        e.reason ?? '',
        object,
        (e.message ?? '').trim(),
      ]);
    }
    ctx.stdout(alignColumns(rows));
    return 0;
  },
});
