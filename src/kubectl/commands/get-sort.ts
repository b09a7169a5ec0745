// kubectl get --sort-by: which objects kubectl v1.32's get.go sorts, and when it drops an error.

import type { KubeObject } from '../../sim/api';
import type { CommandContext } from '../command';
import { sortObjects } from '../printers';
import type { AnyResourceType } from '../resources';
import type { GetOptions } from './get-options';

/** The objects of one request: a list (by type) or the objects named. */
export type Group = { type: AnyResourceType; objects: KubeObject[]; listed: boolean };

/** The Table object a v1.32 API server answers a table `get` with (one per list, one per named object). */
function tableSkeleton(objects: KubeObject[]): KubeObject {
  return {
    apiVersion: 'meta.k8s.io/v1',
    kind: 'Table',
    metadata: { resourceVersion: '' },
    columnDefinitions: [{ name: 'Name', type: 'string', format: 'name', description: '', priority: 0 }],
    rows: objects.map((object) => ({ cells: [object.metadata?.name ?? ''], object })),
  } as unknown as KubeObject;
}

/**
 * --sort-by as kubectl v1.32's get.go applies it. Returns an error line (exit 1), or undefined.
 * - Tables (server-side printing): Run's RuntimeSorter sorts the Table objects themselves when
 *   there are two or more (a list and a named object, two names, two types); the path must
 *   exist on a Table, else "couldn't find any field". Then the SortingPrinter sorts the rows of
 *   each Table with more than one row; its error is dropped by Run (printer.PrintObj's result is
 *   ignored), so the Table prints nothing and kubectl ends with "No resources found".
 * - Other formats (printGeneric): one List of everything, sorted unless empty or a lone named object.
 * - --watch: a warning; the first list is still printed through the SortingPrinter.
 */
export function applySortBy(
  options: GetOptions,
  groups: Group[],
  single: boolean,
  ctx: CommandContext,
): string | undefined {
  const table = options.output.kind === 'table';
  if (options.watch) {
    ctx.stderr(
      options.watchOnly
        ? 'warning: --watch-only requested, --sort-by will be ignored\n'
        : 'warning: --watch requested, --sort-by will be ignored for watch events received\n',
    );
    const group = groups[0];
    if (options.watchOnly || single || !group || group.objects.length < (table ? 2 : 1)) return undefined;
    const sorted = sortObjects(group.objects, options.sortBy);
    if (!sorted.ok) return `error: unable to output the provided object: ${sorted.error.replace(/^error: /, '')}`;
    group.objects = sorted.objects;
    return undefined;
  }
  if (!table) {
    if (single || groups.every((g) => g.objects.length === 0)) return undefined;
    for (const group of groups) {
      const sorted = sortObjects(group.objects, options.sortBy);
      if (!sorted.ok) return sorted.error;
      group.objects = sorted.objects;
    }
    return undefined;
  }
  const tables = groups.flatMap((g) =>
    g.listed ? [tableSkeleton(g.objects)] : g.objects.map((o) => tableSkeleton([o])),
  );
  if (tables.length > 1) {
    const sorted = sortObjects(tables, options.sortBy);
    if (!sorted.ok) return sorted.error;
  }
  for (const group of groups) {
    if (!group.listed || group.objects.length < 2) continue;
    const sorted = sortObjects(group.objects, options.sortBy);
    group.objects = sorted.ok ? sorted.objects : [];
  }
  return undefined;
}
