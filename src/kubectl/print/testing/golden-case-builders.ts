// How a golden case is built: each names a real kubectl command line and how our printers
// produce the same text.

import type { Pod } from '../../../sim/api';
import { describePod } from '../describe-pod';
import { printJsonPath, printNames, printTable, printWatchRows, sortObjects } from '../index';
import type { TableOptions } from '../index';
import { FIXTURE_NOW } from './fixtures';
import { type Cluster, podNamed } from './golden-cluster';

export interface GoldenCase {
  name: string;
  args: string[];
  /** The output contains ages or absolute times (the generator shifts the clock for these). */
  ages?: boolean;
  /** Adjusts the standard cluster for this case (both for kubectl and for our printers). */
  prepare?(cluster: Cluster): Cluster;
  ours(cluster: Cluster): string;
}

export function copyPod(pod: Pod, change: (p: Pod) => void): Pod {
  const copy = JSON.parse(JSON.stringify(pod)) as Pod;
  change(copy);
  return copy;
}

// kubectl get -w: the list (with header), then one row per watch event, each flushed alone, the
// columns only ever growing (RememberWidths). With --output-watch-events each row starts with its
// event's type, the listed objects being ADDED.
export function watchCase(
  name: string,
  initial: (c: Cluster) => Pod[],
  events: (c: Cluster) => NonNullable<Cluster['watchEvents']>,
  extraArgs: string[] = [],
): GoldenCase {
  const withEvents = extraArgs.includes('--output-watch-events');
  return {
    name,
    args: ['get', 'pods', '-w', ...extraArgs],
    prepare: (c) => ({ ...c, pods: initial(c), watchEvents: events(c) }),
    ours: (c) => {
      const widths: number[] = [];
      const now = FIXTURE_NOW;
      let text = '';
      let headerDone = false;
      if (c.pods.length > 0) {
        const added = withEvents ? { eventType: 'ADDED' as const } : {};
        text += printWatchRows('Pod', c.pods, { now, header: true, watchWidths: widths, ...added });
        headerDone = true;
      }
      for (const e of c.watchEvents ?? []) {
        const type = withEvents ? { eventType: e.type } : {};
        text += printWatchRows('Pod', [e.object], { now, header: !headerDone, watchWidths: widths, ...type });
        headerDone = true;
      }
      return text;
    },
  };
}

export const defaultPods = (c: Cluster) => c.pods.filter((p) => p.metadata?.namespace === 'default');
export const eventsFor = (c: Cluster, pod: Pod) => c.events.filter((e) => e.involvedObject?.uid === pod.metadata?.uid);

export function describePodCase(scenario: string, podName: string, namespace = 'default'): GoldenCase {
  return {
    name: `describe-pod-${scenario}`,
    args: ['describe', 'pod', podName, '-n', namespace],
    ages: true,
    ours: (c) => {
      const pod = podNamed(c, podName);
      return describePod(pod, eventsFor(c, pod), FIXTURE_NOW);
    },
  };
}

export function jsonPathCase(
  name: string,
  args: string[],
  template: string,
  objects: (c: Cluster) => Pod[],
  asList: boolean,
  prepare?: (c: Cluster) => Cluster,
): GoldenCase {
  return {
    name,
    ...(prepare ? { prepare } : {}),
    args: [...args, '-o', `jsonpath=${template}`],
    ours: (c) => {
      const r = printJsonPath(objects(c), template, { asList });
      return r.ok ? r.text : `--- stderr ---\n${r.error}\n--- exit 1 ---\n`;
    },
  };
}

export function sortedNamesCase(name: string, sortBy: string): GoldenCase {
  return {
    name,
    args: ['get', 'pods', `--sort-by=${sortBy}`, '-o', 'name'],
    ours: (c) => {
      const r = sortObjects(defaultPods(c), sortBy);
      return r.ok ? printNames('Pod', r.objects) : `--- stderr ---\n${r.error}\n--- exit 1 ---\n`;
    },
  };
}

// Table goldens: kubectl renders the Table our stand-in serves (cells from our column code), so
// these check the client-side layout; see scripts/golden/standin-server.ts.
export function tableCase(
  name: string,
  args: string[],
  kind: Parameters<typeof printTable>[0],
  pick: (c: Cluster) => Pod[] | Cluster[keyof Cluster],
  opts: Omit<TableOptions, 'now'> = {},
): GoldenCase {
  return {
    name,
    args,
    ours: (c) => printTable(kind, pick(c) as Pod[], { now: FIXTURE_NOW, ...opts }),
  };
}
