// kubectl top node (pkg/cmd/top/top_node.go): CPU and memory per node, and as a share of allocatable.

import type { Node } from '../../sim/api';
import { defineCommand } from '../command';
import { fail, failWithHelp, formatStatusError } from '../errors';
import { matchesLabels, parseLabelSelector } from '../../sim';
import { goSort } from '../print/go-sort';
import { SORT_AND_PROTOCOL_FLAGS, nodeLess } from './top-sort';
import { alignColumns } from './common';
import { mebibytes } from './top';

function available(node: Node, resource: 'cpu' | 'memory', capacity: boolean): number {
  const text = (capacity ? node.status?.capacity : node.status?.allocatable)?.[resource] ?? '';
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

interface TopNodeOptions {
  name?: string;
  noHeaders: boolean;
  selector: string;
  showCapacity: boolean;
  sortBy: string;
}

export const topNodeCommand = defineCommand<TopNodeOptions>({
  name: 'top node',
  aliases: ['node', 'nodes', 'no'],
  group: 'Cluster Management Commands',
  summary: 'Display resource (CPU/memory) usage of nodes',
  help: `Display resource (CPU/memory) usage of nodes.

Examples:
  # Every node
  kubectl top node`,
  usage: 'top node [NAME | -l label]',
  flags: [
    { name: 'no-headers', type: 'bool', help: 'If present, print output without headers.' },
    {
      name: 'selector',
      short: 'l',
      type: 'string',
      help: "Selector (label query) to filter on, supports '=', '==', '!=', 'in', 'notin'.",
    },
    {
      name: 'show-capacity',
      type: 'bool',
      help: 'Print node resources based on Capacity instead of Allocatable(default) of the nodes.',
    },
    {
      name: 'sort-by',
      type: 'string',
      help: "If non-empty, sort nodes list using specified field. The field can be either 'cpu' or 'memory'.",
    },
    ...SORT_AND_PROTOCOL_FLAGS,
  ],
  parse({ flags, args }) {
    // top_node.go Complete: more than one NAME is a usage error quoting the command's Use line.
    if (args.length > 1) return failWithHelp('top node', 'node [NAME | -l label]');
    // Validate.
    const sortBy = flags.string('sort-by');
    if (sortBy !== '' && sortBy !== 'cpu' && sortBy !== 'memory') return fail('--sort-by accepts only cpu or memory');
    const selector = flags.string('selector');
    if (args[0] && selector) return fail('only one of NAME or --selector can be provided');
    return {
      name: args[0],
      noHeaders: flags.bool('no-headers'),
      selector,
      showCapacity: flags.bool('show-capacity'),
      sortBy,
    };
  },
  run(options, ctx) {
    // RunTopNode parses the selector (labels.Parse) before it asks for the Metrics API.
    const selector = options.selector ? parseLabelSelector(options.selector) : undefined;
    if (selector && !selector.ok) {
      ctx.stderr(`error: ${selector.message}\n`);
      return 1;
    }
    const metrics = ctx.cluster.nodeMetrics();
    if (!metrics.ok) {
      ctx.stderr(
        metrics.error.reason === 'NotFound' ? 'error: Metrics API not available\n' : formatStatusError(metrics.error),
      );
      return 1;
    }
    const nodes = ctx.cluster.list('Node', undefined);
    const byName = new Map((nodes.ok ? (nodes.value as Node[]) : []).map((n) => [n.metadata?.name ?? '', n]));
    const items = goSort(
      metrics.value.filter(
        (m) =>
          (!options.name || m.name === options.name) &&
          (!selector?.ok || matchesLabels(selector.selector, byName.get(m.name)?.metadata?.labels)),
      ),
      nodeLess(options.sortBy),
    );
    if (options.name && items.length === 0) {
      const node = ctx.cluster.get('Node', undefined, options.name);
      ctx.stderr(node.ok ? `error: metrics not available yet\n` : formatStatusError(node.error));
      return 1;
    }
    // RunTopNode: an empty list of metrics is an error.
    if (items.length === 0) {
      ctx.stderr('error: metrics not available yet\n');
      return 1;
    }
    const rows: string[][] = options.noHeaders ? [] : [['NAME', 'CPU(cores)', 'CPU(%)', 'MEMORY(bytes)', 'MEMORY(%)']];
    for (const m of items) {
      const node = byName.get(m.name);
      const cpuAll = node ? available(node, 'cpu', options.showCapacity) : 0;
      const memAll = node ? available(node, 'memory', options.showCapacity) : 0;
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
