// kubectl events (pkg/cmd/events): the namespace's events oldest first, with repeats shown as
// "(xN over T)", optionally only those about one object (--for) or of some types (--types); with
// -o, the EventList in that format; with -w, each event as it comes.

import type { Event, WatchEvent } from '../../sim/api';
import { type CommandContext, defineCommand, type Job } from '../command';
import { CommandFailure, fail, formatStatusError } from '../errors';
import { checkGoTemplate } from '../print/go-template';
import { goSort } from '../print/go-sort';
import { JsonPathError, parseTemplate } from '../print/jsonpath-parse';
import { isUnserved, resolveResourceType, type AnyResourceType } from '../resources';
import { resolveUnservedType } from '../unserved-kinds';
import { customColumnsError, selectOutputFormat, TEMPLATE_FLAG } from './common';
import { ALLOW_MISSING_KEYS_FLAG, SHOW_MANAGED_FIELDS_FLAG } from './print-flags';
import { alignEventRows, eventRows, type EventsOutput, lastSeen, printEventsAs } from './events-print';

interface EventsOptions {
  forRef?: { type: AnyResourceType; name: string };
  types: string[];
  allNamespaces: boolean;
  namespace: string;
  /** -o: the printer the format names; undefined prints events' own table. */
  output?: EventsOutput;
  noHeaders: boolean;
  watch: boolean;
  showManagedFields: boolean;
  allowMissingKeys: boolean;
}

/** The formats events' print flags know (no wide, no custom columns), in kubectl's words. */
const EVENTS_FORMATS =
  'go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,yaml';

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
  kubectl events --types=Warning

  # Keep printing events as they happen
  kubectl events --watch`,
  usage: 'events [(-o|--output=)json|yaml|name|go-template|...] [--for TYPE/NAME] [--watch] [--types=Normal,Warning]',
  flags: [
    { name: 'all-namespaces', short: 'A', type: 'bool', help: 'List events of every namespace.' },
    ALLOW_MISSING_KEYS_FLAG,
    {
      name: 'chunk-size',
      type: 'int',
      default: 500,
      help: 'Return large lists in chunks rather than all at once. (A simulated cluster answers in one piece.)',
    },
    { name: 'for', type: 'string', help: 'Only the events about this object, given as TYPE/NAME.' },
    { name: 'no-headers', type: 'bool', help: "When using the default output format, don't print headers." },
    {
      name: 'output',
      short: 'o',
      type: 'string',
      help: `Output format. One of: (${EVENTS_FORMATS.replace(/,/g, ', ')}).`,
    },
    SHOW_MANAGED_FIELDS_FLAG,
    TEMPLATE_FLAG,
    { name: 'types', type: 'stringArray', help: 'Only events of these types: Normal, Warning.' },
    { name: 'watch', short: 'w', type: 'bool', help: 'After listing the requested events, watch for more events.' },
  ],
  parse({ flags, namespace }) {
    let forRef: EventsOptions['forRef'];
    const forText = flags.string('for');
    if (forText) {
      const decoded = decodeForFlag(forText);
      if (decoded instanceof CommandFailure) return decoded;
      forRef = decoded;
    }
    const output = eventsOutput(flags.string('output'), flags.string('template'));
    if (typeof output === 'string') return fail(output);
    const types = flags
      .list('types')
      .flatMap((t) => t.split(','))
      .filter((t) => t !== '');
    if (types.some((t) => t.toLowerCase() !== 'normal' && t.toLowerCase() !== 'warning'))
      return fail('valid --types are Normal or Warning');
    return {
      forRef,
      types,
      allNamespaces: flags.bool('all-namespaces'),
      namespace,
      ...(output ? { output } : {}),
      noHeaders: flags.bool('no-headers'),
      watch: flags.bool('watch'),
      showManagedFields: flags.bool('show-managed-fields'),
      allowMissingKeys: flags.bool('allow-missing-template-keys'),
    };
  },
  run(options, ctx) {
    return options.watch ? watchEvents(options, ctx) : listEvents(options, ctx);
  },
});

/**
 * events.go decodeResourceTypeName: RESOURCE/NAME, the resource found through discovery. An
 * unknown resource is the REST mapper's error, which kubectl prints without "error: ".
 */
function decodeForFlag(text: string): EventsOptions['forRef'] | CommandFailure {
  if (!text.includes('/')) return fail('--for must be in resource/name form');
  const parts = text.split('/');
  if (parts.length !== 2) return fail('arguments in resource/name form may not have more than one slash');
  const word = parts[0]!.toLowerCase();
  const type = resolveResourceType(word) ?? resolveUnservedType(word);
  if (!type) return new CommandFailure(`the server doesn't have a resource type "${word}"\n`);
  return { type, name: parts[1]! };
}

/** -o as events' print flags read it: --template only fills a template format named with -o. */
function eventsOutput(rawOutput: string, template: string): EventsOutput | undefined | string {
  if (rawOutput === '') return undefined;
  const format = rawOutput;
  const output = selectOutputFormat(rawOutput, template);
  if (!output || output.kind === 'table' || output.kind === 'custom-columns' || output.kind.endsWith('-file'))
    return `unable to match a printer suitable for the output format "${format}", allowed formats are: ${EVENTS_FORMATS}`;
  const missing = customColumnsError(output);
  if (missing) return missing;
  const chosen = output as EventsOutput;
  if (chosen.kind === 'go-template') {
    const checked = checkGoTemplate(chosen.template);
    if (!checked.ok) return checked.error.replace(/^error: /, '');
  }
  if (chosen.kind === 'jsonpath') {
    try {
      parseTemplate(chosen.template);
    } catch (err) {
      if (!(err instanceof JsonPathError)) throw err;
      return `error parsing jsonpath ${chosen.template}, ${err.message}`;
    }
  }
  return chosen;
}

/** The events --for and --types let through (the API's field selector, then the type filter). */
function wanted(options: EventsOptions): (e: Event) => boolean {
  const types = options.types.map((t) => t.toLowerCase());
  const forRef = options.forRef;
  const type = forRef?.type;
  const apiVersion = !type || !isUnserved(type) ? 'v1' : type.group ? `${type.group}/${type.version}` : type.version;
  // The selector: involvedObject.kind, .apiVersion and .name.
  return (e) =>
    (types.length === 0 || types.includes((e.type ?? '').toLowerCase())) &&
    (!forRef ||
      (e.involvedObject.kind === forRef.type.kind &&
        e.involvedObject.name === forRef.name &&
        e.involvedObject.apiVersion === apiVersion));
}

function listEvents(options: EventsOptions, ctx: CommandContext): number {
  const listed = ctx.cluster.list('Event', options.allNamespaces ? undefined : options.namespace);
  if (!listed.ok) {
    ctx.stderr(formatStatusError(listed.error));
    return 1;
  }
  // events.go sorts with sort.Sort(SortableEvents): Go's unstable pdqsort decides ties.
  const events = goSort((listed.value as Event[]).filter(wanted(options)), (a, b) => lastSeen(a) < lastSeen(b));
  if (events.length === 0) {
    ctx.stderr(options.allNamespaces ? 'No events found.\n' : `No events found in ${options.namespace} namespace.\n`);
    return 0;
  }
  if (options.output) {
    ctx.stdout(printEventsAs(options.output, events, { ...options, list: true }));
    return 0;
  }
  ctx.stdout(alignEventRows(eventRows(events, ctx.cluster.clock.now(), options, true)));
  return 0;
}

/**
 * events -w: a watch from no resource version, so the server first sends every event there is
 * (in its storage order, namespace then name), then each new or changed one; deletions are not
 * printed. Each is printed and flushed on its own, the heading with the first.
 */
function watchEvents(options: EventsOptions, ctx: CommandContext): Job {
  const accept = wanted(options);
  const widths: number[] = [];
  let printed = 0;
  const print = (e: Event) => {
    if (!accept(e)) return;
    if (options.output) {
      ctx.stdout(printEventsAs(options.output, [e], { ...options, list: false, yamlAfterFirst: printed > 0 }));
    } else {
      ctx.stdout(alignEventRows(eventRows([e], ctx.cluster.clock.now(), options, printed === 0), widths));
    }
    printed++;
  };
  let stop: (() => void) | undefined;
  let finish: ((code: number) => void) | undefined;
  return {
    kind: 'stream',
    start(done) {
      finish = done;
      const listed = ctx.cluster.list('Event', options.allNamespaces ? undefined : options.namespace);
      const existing = listed.ok ? (listed.value as Event[]) : [];
      const key = (e: Event) => `${e.metadata?.namespace ?? ''}/${e.metadata?.name ?? ''}`;
      for (const e of [...existing].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0))) print(e);
      stop = ctx.cluster.watch((event: WatchEvent) => {
        if (event.type === 'DELETED' || event.object.kind !== 'Event') return;
        if (!options.allNamespaces && event.object.metadata?.namespace !== options.namespace) return;
        print(event.object);
      });
    },
    interrupt() {
      stop?.();
      finish?.(130);
      finish = undefined;
    },
  };
}
