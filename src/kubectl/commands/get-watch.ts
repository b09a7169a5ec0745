// kubectl get --watch: the first rows, then one row per change the cluster reports.

import type { Kind, KubeObject, WatchEvent } from '../../sim/api';
import { matchesLabels, parseLabelSelector } from '../../sim';
import type { CommandContext, Job } from '../command';
import { compactJson } from '../print/jsonpath';
import { printable } from '../print/objects';
import { printNames, printObjects, printWatchRows } from '../printers';
import type { ResourceType } from '../resources';
import type { GetOptions } from './get-options';

/** `-w`: the initial rows, then one row per change, until Ctrl+C (kubectl get --watch). */
export function watchJob(options: GetOptions, ctx: CommandContext, type: ResourceType, initial: KubeObject[]): Job {
  const kind: Kind = type.kind;
  const names = new Set(options.requests[0]?.names ?? []);
  // The list before the watch already passed the API server's parse, so this parse succeeds.
  const parsedSelector = parseLabelSelector(options.selector.trim());
  const selector = parsedSelector.ok ? parsedSelector.selector : [];
  const namespace = type.namespaced && !(options.allNamespaces && names.size === 0) ? options.namespace : undefined;
  const rowOptions = {
    wide: options.output.kind === 'table' && options.output.wide,
    showLabels: options.showLabels,
    noHeaders: options.noHeaders,
    withNamespace: options.allNamespaces && type.namespaced,
    labelColumns: options.labelColumns,
    nameAndAgeOnly: !options.serverPrint,
    withKind: options.showKind,
  };
  const widths: number[] = [];
  let headerPrinted = false;
  let printedObjects = 0;
  const emit = (objects: KubeObject[], type: WatchEvent['type'] = 'ADDED') => {
    if (objects.length === 0) return;
    if (options.output.kind === 'name') {
      ctx.stdout(printNames(kind, objects));
      return;
    }
    if (options.outputWatchEvents && (options.output.kind === 'yaml' || options.output.kind === 'json')) {
      for (const o of objects) ctx.stdout(watchEventText(o, type, options.output.kind, printedObjects++ > 0));
      return;
    }
    if (options.output.kind === 'yaml' || options.output.kind === 'json') {
      // One printer serves the whole watch, and YAMLPrinter.PrintObj writes "---" before every
      // object after its first (cli-runtime printers/yaml.go), so a change shows up whole at once.
      for (const o of objects) {
        const separator = options.output.kind === 'yaml' && printedObjects++ > 0 ? '---\n' : '';
        ctx.stdout(
          separator + printObjects([o], options.output.kind, { showManagedFields: options.showManagedFields }),
        );
      }
      return;
    }
    ctx.stdout(
      printWatchRows(kind, objects, {
        ...rowOptions,
        now: ctx.cluster.clock.now(),
        header: !headerPrinted,
        watchWidths: widths,
        ...(options.outputWatchEvents ? { eventType: type } : {}),
      }),
    );
    headerPrinted = true;
  };
  let stop: (() => void) | undefined;
  let finished = false;
  return {
    kind: 'stream',
    start(finish) {
      if (!options.watchOnly) emit(initial);
      stop = ctx.cluster.watch((event: WatchEvent) => {
        if (finished) return;
        const obj = event.object;
        if (obj.kind !== kind) return;
        if (namespace !== undefined && obj.metadata?.namespace !== namespace) return;
        if (names.size > 0 && !names.has(obj.metadata?.name ?? '')) return;
        if (!matchesLabels(selector, obj.metadata?.labels)) return;
        emit([obj], event.type);
      });
      this.interrupt = () => {
        if (finished) return;
        finished = true;
        stop?.();
        finish(130);
      };
    },
    interrupt() {},
  };
}

/**
 * One watch event as -o json or -o yaml print it with --output-watch-events: a metav1.WatchEvent
 * ({type, object}), compact JSON on one line, or YAML with its keys sorted and "---" between
 * documents (cli-runtime printers/json.go and yaml.go). The managed fields stay: the printer that
 * drops them only knows objects, not events (printers/managedfields.go).
 */
function watchEventText(obj: KubeObject, type: WatchEvent['type'], format: 'yaml' | 'json', after: boolean): string {
  if (format === 'json')
    return `{"type":"${type}","object":${compactJson(printable([obj], { showManagedFields: true }))}}\n`;
  const body = printObjects([obj], 'yaml', { showManagedFields: true })
    .split('\n')
    .map((line) => (line === '' ? line : `  ${line}`))
    .join('\n');
  return `${after ? '---\n' : ''}object:\n${body}type: ${type}\n`;
}
