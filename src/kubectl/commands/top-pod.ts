// kubectl top pod (pkg/cmd/top/top_pod.go): CPU and memory per Pod, or per container.

import { defineCommand, type CommandContext } from '../command';
import { fail, failWithHelp, formatStatusError } from '../errors';
import { matchesLabels, parseLabelSelector } from '../../sim';
import type { Pod } from '../../sim/api';
import { formatGoDuration } from '../go-duration';
import { alignColumns } from './common';
import { SORT_AND_PROTOCOL_FLAGS, sortPodMetrics, sumRows } from './top-sort';
import { parseFieldSelector } from '../../sim/apiserver/field-selectors';
import { mebibytes } from './top';

type LabelSelector = Parameters<typeof matchesLabels>[0];

export const topPodCommand = defineCommand<{
  name?: string;
  selector: string;
  containers: boolean;
  allNamespaces: boolean;
  noHeaders: boolean;
  namespace: string;
  fieldSelector: string;
  sortBy: string;
  sum: boolean;
}>({
  name: 'top pod',
  aliases: ['pod', 'pods', 'po'],
  group: 'Cluster Management Commands',
  summary: 'Display resource (CPU/memory) usage of pods',
  help: `Display resource (CPU/memory) usage of pods.

 Metrics arrive 10 to 25 seconds after a Pod's containers start; until then kubectl reports that they are not available yet.

Examples:
  # Every Pod in the namespace
  kubectl top pod

  # One Pod, per container
  kubectl top pod kuard --containers

  # The Pods labelled app=kuard
  kubectl top pod -l app=kuard`,
  usage: 'top pod [NAME | -l label]',
  flags: [
    { name: 'all-namespaces', short: 'A', type: 'bool', help: 'List the Pods of every namespace.' },
    { name: 'containers', type: 'bool', help: 'If present, print usage of containers within a pod.' },
    {
      name: 'field-selector',
      type: 'string',
      help: 'Selector (field query) on the Pods, e.g. --field-selector spec.nodeName=node-1.',
    },
    { name: 'no-headers', type: 'bool', help: 'If present, print output without headers.' },
    {
      name: 'selector',
      short: 'l',
      type: 'string',
      help: "Selector (label query) to filter on, supports '=', '==', '!=', 'in', 'notin'.(e.g. -l key1=value1,key2=value2,key3 in (value3)).",
    },
    {
      name: 'sort-by',
      type: 'string',
      help: "If non-empty, sort pods list using specified field. The field can be either 'cpu' or 'memory'.",
    },
    { name: 'sum', type: 'bool', help: 'Print the sum of the resource usage.' },
    ...SORT_AND_PROTOCOL_FLAGS,
  ],
  parse({ flags, args, namespace }) {
    if (args.length > 1) return failWithHelp('top pod', 'pod [NAME | -l label]');
    const selector = flags.string('selector');
    const fieldSelector = flags.string('field-selector');
    // Validate (top_pod.go).
    const sortBy = flags.string('sort-by');
    if (sortBy !== '' && sortBy !== 'cpu' && sortBy !== 'memory') return fail('--sort-by accepts only cpu or memory');
    if (args[0] && (selector || fieldSelector)) return fail('only one of NAME or selector can be provided');
    return {
      fieldSelector,
      sortBy,
      sum: flags.bool('sum'),
      name: args[0],
      selector,
      containers: flags.bool('containers'),
      allNamespaces: flags.bool('all-namespaces'),
      noHeaders: flags.bool('no-headers'),
      namespace,
    };
  },
  run(options, ctx) {
    // RunTopPod parses the selector itself (labels.Parse), before it asks for the Metrics API.
    const selector = options.selector ? parseLabelSelector(options.selector) : undefined;
    if (selector && !selector.ok) {
      ctx.stderr(`error: ${selector.message}\n`);
      return 1;
    }
    // fields.ParseSelector, also before the Metrics API.
    const fields = options.fieldSelector ? parseFieldSelector('Pod', options.fieldSelector) : undefined;
    if (fields && !fields.ok && fields.message.startsWith('invalid selector')) {
      ctx.stderr(`error: ${fields.message}\n`);
      return 1;
    }
    const namespace = options.allNamespaces ? undefined : options.namespace;
    const metrics = ctx.cluster.podMetrics(namespace);
    if (!metrics.ok) {
      ctx.stderr(
        metrics.error.reason === 'NotFound' ? 'error: Metrics API not available\n' : formatStatusError(metrics.error),
      );
      return 1;
    }
    let items = metrics.value;
    if (selector) {
      // metrics-server gives a PodMetrics its Pod's labels and selects on them.
      const labelsOf = new Map<string, Record<string, string> | undefined>();
      const pods = ctx.cluster.list('Pod', namespace);
      if (pods.ok)
        for (const pod of pods.value)
          labelsOf.set(`${pod.metadata?.namespace ?? ''}/${pod.metadata?.name ?? ''}`, pod.metadata?.labels);
      items = items.filter((m) => matchesLabels(selector.selector, labelsOf.get(`${m.namespace}/${m.name}`)));
    }
    if (options.fieldSelector) {
      // metrics-server lists the Pods with the field selector and reports only theirs.
      const pods = ctx.cluster.list('Pod', namespace, { fieldSelector: options.fieldSelector });
      if (!pods.ok) {
        ctx.stderr(formatStatusError(pods.error));
        return 1;
      }
      const chosen = new Set(pods.value.map((p) => `${p.metadata?.namespace ?? ''}/${p.metadata?.name ?? ''}`));
      items = items.filter((m) => chosen.has(`${m.namespace}/${m.name}`));
    }
    if (options.name) {
      items = items.filter((m) => m.name === options.name);
      if (items.length === 0) {
        // metrics-server (pkg/api/pod.go podMetrics.Get) looks the name up among the Running Pods
        // it watches (informer.go: status.phase=Running), so any other Pod is "pods" NotFound;
        // a Running Pod not yet scraped is NotFound under its own resource. kubectl's RunTopPod
        // returns that error as it is: verifyEmptyMetrics only reads an empty list.
        const pod = ctx.cluster.get('Pod', options.namespace, options.name);
        ctx.stderr(
          pod.ok && (pod.value as Pod).status?.phase === 'Running'
            ? `Error from server (NotFound): podmetrics.metrics.k8s.io "${options.namespace}/${options.name}" not found\n`
            : `Error from server (NotFound): pods "${options.name}" not found\n`,
        );
        return 1;
      }
    }
    if (items.length === 0) {
      // top_pod.go verifyEmptyMetrics: Pods with no metrics yet are an error, not an empty list.
      const waiting = podsWithoutMetrics(ctx, namespace, selector?.ok ? selector.selector : undefined);
      if (waiting) {
        ctx.stderr(`error: ${waiting}\n`);
        return 1;
      }
      ctx.stderr(
        options.allNamespaces ? 'No resources found\n' : `No resources found in ${options.namespace} namespace.\n`,
      );
      return 0;
    }
    const rows: string[][] = [];
    const head = options.containers
      ? ['POD', 'NAME', 'CPU(cores)', 'MEMORY(bytes)']
      : ['NAME', 'CPU(cores)', 'MEMORY(bytes)'];
    if (!options.noHeaders) rows.push(options.allNamespaces ? ['NAMESPACE', ...head] : head);
    for (const m of sortPodMetrics(items, options.sortBy, options.allNamespaces)) {
      const prefix = options.allNamespaces ? [m.namespace] : [];
      if (options.containers) {
        for (const c of m.containers)
          rows.push([
            ...prefix,
            m.name,
            c.name,
            `${Math.round(c.usage.cpuMillicores)}m`,
            mebibytes(c.usage.memoryBytes),
          ]);
      } else {
        const cpu = m.containers.reduce((s, c) => s + c.usage.cpuMillicores, 0);
        const mem = m.containers.reduce((s, c) => s + c.usage.memoryBytes, 0);
        rows.push([...prefix, m.name, `${Math.round(cpu)}m`, mebibytes(mem)]);
      }
    }
    if (options.sum) rows.push(...sumRows(items, options));
    ctx.stdout(alignColumns(rows));
    return 0;
  },
});

/** metrics-server needs a while to sample a new Pod; kubectl waits this long before blaming it (metricsCreationDelay). */
const METRICS_CREATION_DELAY_MS = 2 * 60_000;

/**
 * Why a list of Pod metrics came back empty, as verifyEmptyMetrics words it: undefined when
 * there are no Pods to measure, else the first Pod old enough to have metrics by now, else
 * "metrics not available yet".
 */
function podsWithoutMetrics(
  ctx: CommandContext,
  namespace: string | undefined,
  selector: LabelSelector | undefined,
): string | undefined {
  const listed = ctx.cluster.list('Pod', namespace);
  const pods = listed.ok
    ? listed.value.filter((pod) => !selector || matchesLabels(selector, pod.metadata?.labels))
    : [];
  if (pods.length === 0) return undefined;
  for (const pod of pods) {
    const age = ctx.cluster.clock.now() - Date.parse(pod.metadata?.creationTimestamp ?? '');
    if (age > METRICS_CREATION_DELAY_MS)
      return `Metrics not available for pod ${pod.metadata?.namespace}/${pod.metadata?.name}, age: ${formatGoDuration(age)}`;
  }
  return 'metrics not available yet';
}
