// kubectl top node (pkg/cmd/top/top_node.go): CPU and memory per node, and as a share of allocatable.

import type { Node } from '../../sim/api';
import { defineCommand } from '../command';
import { failWithHelp, formatStatusError } from '../errors';
import { alignColumns } from './common';
import { mebibytes } from './top';

function allocatable(node: Node, resource: 'cpu' | 'memory'): number {
  const text = node.status?.allocatable?.[resource] ?? '';
  const m = /^(\d+(?:\.\d+)?)(m|Ki|Mi|Gi|k|M|G)?$/.exec(text);
  if (!m) return 0;
  const value = Number(m[1]);
  const unit = m[2] ?? '';
  const factor: Record<string, number> = {
    '': resource === 'cpu' ? 1000 : 1,
    m: 1,
    Ki: 1024,
    Mi: 1024 ** 2,
    Gi: 1024 ** 3,
    k: 1e3,
    M: 1e6,
    G: 1e9,
  };
  return value * (factor[unit] ?? 1);
}

export const topNodeCommand = defineCommand<{ name?: string; noHeaders: boolean }>({
  name: 'top node',
  aliases: ['node', 'nodes', 'no'],
  group: 'Cluster Management Commands',
  summary: 'Display resource (CPU/memory) usage of nodes',
  help: `Display resource (CPU/memory) usage of nodes.

Examples:
  # Every node
  kubectl top node`,
  usage: 'top node [NAME | -l label]',
  flags: [{ name: 'no-headers', type: 'bool', help: 'If present, print output without headers.' }],
  // top_node.go Complete: more than one NAME is a usage error quoting the command's Use line.
  parse: ({ flags, args }) =>
    args.length > 1
      ? failWithHelp('top node', 'node [NAME | -l label]')
      : { name: args[0], noHeaders: flags.bool('no-headers') },
  run(options, ctx) {
    const metrics = ctx.cluster.nodeMetrics();
    if (!metrics.ok) {
      ctx.stderr(
        metrics.error.reason === 'NotFound' ? 'error: Metrics API not available\n' : formatStatusError(metrics.error),
      );
      return 1;
    }
    const nodes = ctx.cluster.list('Node', undefined);
    const byName = new Map((nodes.ok ? (nodes.value as Node[]) : []).map((n) => [n.metadata?.name ?? '', n]));
    const items = metrics.value.filter((m) => !options.name || m.name === options.name);
    if (options.name && items.length === 0) {
      const node = ctx.cluster.get('Node', undefined, options.name);
      ctx.stderr(node.ok ? `error: metrics not available yet\n` : formatStatusError(node.error));
      return 1;
    }
    const rows: string[][] = options.noHeaders ? [] : [['NAME', 'CPU(cores)', 'CPU(%)', 'MEMORY(bytes)', 'MEMORY(%)']];
    for (const m of items) {
      const node = byName.get(m.name);
      const cpuAll = node ? allocatable(node, 'cpu') : 0;
      const memAll = node ? allocatable(node, 'memory') : 0;
      const pct = (used: number, all: number) => (all > 0 ? `${Math.floor((used / all) * 100)}%` : '<unknown>');
      rows.push([
        m.name,
        `${Math.round(m.usage.cpuMillicores)}m`,
        pct(m.usage.cpuMillicores, cpuAll),
        mebibytes(m.usage.memoryBytes),
        pct(m.usage.memoryBytes, memAll),
      ]);
    }
    ctx.stdout(alignColumns(rows));
    return 0;
  },
});
