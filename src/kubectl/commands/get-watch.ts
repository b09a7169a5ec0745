// kubectl get --watch: the first rows, then one row per change the cluster reports.

import type { Kind, KubeObject, WatchEvent } from '../../sim/api';
import { matchesLabels, parseLabelSelector } from '../../sim';
import type { CommandContext, Job } from '../command';
import { printNames, printObjects, printWatchRows } from '../printers';
import type { ResourceType } from '../resources';
import type { GetOptions } from './get';

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
  };
  const widths: number[] = [];
  let headerPrinted = false;
  const emit = (objects: KubeObject[]) => {
    if (objects.length === 0) return;
    if (options.output.kind === 'name') {
      ctx.stdout(printNames(kind, objects));
      return;
    }
    if (options.output.kind === 'yaml' || options.output.kind === 'json') {
      for (const o of objects)
        ctx.stdout(
          printObjects([o], options.output.kind, { showManagedFields: options.showManagedFields }) +
            (options.output.kind === 'yaml' ? '---\n' : ''),
        );
      return;
    }
    ctx.stdout(
      printWatchRows(kind, objects, {
        ...rowOptions,
        now: ctx.cluster.clock.now(),
        header: !headerPrinted,
        watchWidths: widths,
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
        emit([obj]);
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
