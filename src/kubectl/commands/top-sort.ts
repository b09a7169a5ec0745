// kubectl top's ordering and totals (pkg/metricsutil/metrics_sorter.go, metrics_printer.go):
// --sort-by cpu or memory puts the largest first with Go's sort.Sort, otherwise by name; --sum
// adds two rows under the table.

import type { PodMetrics } from '../../sim/api';
import type { FlagSpec } from '../flags';
import { goSort } from '../print/go-sort';
import { mebibytes } from './top';

export const SORT_AND_PROTOCOL_FLAGS: FlagSpec[] = [
  {
    name: 'use-protocol-buffers',
    type: 'bool',
    default: true,
    help: 'Enables using protocol-buffers to access Metrics API (a wire format: the output is the same).',
  },
];

function podCpu(m: PodMetrics): number {
  return m.containers.reduce((s, c) => s + c.usage.cpuMillicores, 0);
}

function podMemory(m: PodMetrics): number {
  return m.containers.reduce((s, c) => s + c.usage.memoryBytes, 0);
}

/** PodMetricsSorter.Less; the containers of each Pod follow ContainerMetricsSorter. */
export function sortPodMetrics(items: readonly PodMetrics[], sortBy: string, withNamespace: boolean): PodMetrics[] {
  const sorted = goSort([...items], (a, b) => {
    if (sortBy === 'cpu') return Math.round(podCpu(a)) > Math.round(podCpu(b));
    if (sortBy === 'memory') return podMemory(a) > podMemory(b);
    if (withNamespace && a.namespace !== b.namespace) return a.namespace < b.namespace;
    return a.name < b.name;
  });
  return sorted.map((m) => ({
    ...m,
    containers: goSort([...m.containers], (a, b) => {
      if (sortBy === 'cpu') return Math.round(a.usage.cpuMillicores) > Math.round(b.usage.cpuMillicores);
      if (sortBy === 'memory') return a.usage.memoryBytes > b.usage.memoryBytes;
      return a.name < b.name;
    }),
  }));
}

/**
 * printPodResourcesSum: underscores under the two usage columns, then the totals. kubectl counts
 * the NAMESPACE and POD columns into the width only when it prints headers.
 */
export function sumRows(
  items: readonly PodMetrics[],
  options: { noHeaders: boolean; allNamespaces: boolean; containers: boolean },
): string[][] {
  let width = 3;
  if (!options.noHeaders) width += (options.allNamespaces ? 1 : 0) + (options.containers ? 1 : 0);
  const cpu = items.reduce((s, m) => s + podCpu(m), 0);
  const memory = items.reduce((s, m) => s + podMemory(m), 0);
  return [
    [...Array<string>(width - 2).fill(''), '________', '________'],
    [...Array<string>(width - 3).fill(''), '', `${Math.round(cpu)}m`, mebibytes(memory)],
  ];
}

/** NodeMetricsSorter.Less. */
export function nodeLess(sortBy: string) {
  return (
    a: { name: string; usage: { cpuMillicores: number; memoryBytes: number } },
    b: { name: string; usage: { cpuMillicores: number; memoryBytes: number } },
  ): boolean => {
    if (sortBy === 'cpu') return Math.round(a.usage.cpuMillicores) > Math.round(b.usage.cpuMillicores);
    if (sortBy === 'memory') return a.usage.memoryBytes > b.usage.memoryBytes;
    return a.name < b.name;
  };
}
