// The golden cases: each names a real kubectl command line (run by scripts/golden/generate.ts
// against our fixtures) and how our printers produce the same text. The recorded output lives
// in ../testdata/<name>.txt.

import { describeNode } from '../describe-node';
import { describePod } from '../describe-pod';
import { describePersistentVolume, describePersistentVolumeClaim } from '../describe-storage';
import { printNames, printObjects, printTable, sortObjects } from '../index';
import { FIXTURE_NOW } from './fixtures';
import {
  type GoldenCase,
  copyPod,
  defaultPods,
  describePodCase,
  jsonPathCase,
  tableCase,
  watchCase,
} from './golden-case-builders';
import { OUTPUT_FORMAT_CASES } from './golden-cases-output';
import { DESCRIBE_FAMILY_CASES } from './golden-describe-families';
import { MANAGED_FIELDS_CASES } from './golden-managed-fields';
import { awkwardPod, newStyleEvents, podNamed, withAwkwardPod, withNewStyleEvents } from './golden-cluster';

export { buildCluster, leaseFor } from './golden-cluster';

export const CASES: GoldenCase[] = [
  {
    name: 'describe-pod-new-style-events',
    args: ['describe', 'pod', 'crashy'],
    ages: true,
    prepare: withNewStyleEvents,
    ours: (c) => describePod(podNamed(c, 'crashy'), newStyleEvents(c), FIXTURE_NOW),
  },
  {
    ...tableCase('table-events-new-style', ['get', 'events'], 'Event', (c) => newStyleEvents(c)),
    prepare: withNewStyleEvents,
  },
  {
    ...tableCase('table-events-new-style-wide', ['get', 'events', '-o', 'wide'], 'Event', (c) => newStyleEvents(c), {
      wide: true,
    }),
    prepare: withNewStyleEvents,
  },
  {
    name: 'awkward-yaml',
    args: ['get', 'pod', 'weird', '-n', 'lab', '-o', 'yaml'],
    prepare: withAwkwardPod,
    ours: () => printObjects([awkwardPod()], 'yaml'),
  },
  {
    name: 'awkward-json',
    args: ['get', 'pod', 'weird', '-n', 'lab', '-o', 'json'],
    prepare: withAwkwardPod,
    ours: () => printObjects([awkwardPod()], 'json'),
  },
  {
    name: 'awkward-describe',
    args: ['describe', 'pod', 'weird', '-n', 'lab'],
    ages: true,
    prepare: withAwkwardPod,
    ours: () => describePod(awkwardPod(), [], FIXTURE_NOW),
  },
  {
    ...tableCase(
      'awkward-table',
      ['get', 'pods', '-n', 'lab', '-o', 'wide', '--show-labels', '-L', 'odd'],
      'Pod',
      () => [awkwardPod()],
      {
        wide: true,
        showLabels: true,
        labelColumns: ['odd'],
      },
    ),
    prepare: withAwkwardPod,
  },
  jsonPathCase(
    'awkward-jsonpath',
    ['get', 'pod', 'weird', '-n', 'lab'],
    '{.metadata.annotations}',
    () => [awkwardPod()],
    false,
    withAwkwardPod,
  ),
  watchCase(
    'watch-pods',
    (c) => [podNamed(c, 'kuard'), podNamed(c, 'creating')],
    (c) => [
      {
        type: 'MODIFIED',
        object: copyPod(
          podNamed(c, 'kuard'),
          (p) => ((p.metadata as { deletionTimestamp?: string }).deletionTimestamp = '2026-11-22T10:00:30Z'),
        ),
      },
      { type: 'ADDED', object: copyPod(podNamed(c, 'creating'), (p) => (p.metadata!.name = 'a-much-longer-pod-name')) },
      { type: 'MODIFIED', object: podNamed(c, 'kuard-restarts') },
    ],
  ),
  watchCase(
    'watch-pods-output-events',
    (c) => [podNamed(c, 'kuard')],
    (c) => [
      { type: 'ADDED', object: podNamed(c, 'creating') },
      { type: 'MODIFIED', object: podNamed(c, 'kuard-restarts') },
      {
        type: 'DELETED',
        object: copyPod(podNamed(c, 'kuard'), (p) => (p.metadata!.name = 'a-much-longer-pod-name')),
      },
    ],
    ['--output-watch-events'],
  ),
  watchCase(
    'watch-pods-from-empty',
    () => [],
    (c) => [
      { type: 'ADDED', object: podNamed(c, 'cpu-hog') },
      { type: 'MODIFIED', object: podNamed(c, 'crashy') },
    ],
  ),
  tableCase('table-pods', ['get', 'pods'], 'Pod', defaultPods),
  tableCase('table-pods-wide', ['get', 'pods', '-o', 'wide'], 'Pod', defaultPods, { wide: true }),
  tableCase('table-pods-all-namespaces', ['get', 'pods', '-A'], 'Pod', (c) => c.pods, { withNamespace: true }),
  tableCase('table-pods-show-labels', ['get', 'pods', '--show-labels'], 'Pod', defaultPods, { showLabels: true }),
  tableCase(
    'table-pods-label-columns',
    ['get', 'pods', '-L', 'app', '-L', 'app.kubernetes.io/name'],
    'Pod',
    defaultPods,
    {
      labelColumns: ['app', 'app.kubernetes.io/name'],
    },
  ),
  tableCase('table-pods-no-headers', ['get', 'pods', '--no-headers'], 'Pod', defaultPods, { noHeaders: true }),
  tableCase('table-pods-wide-labels-all', ['get', 'pods', '-A', '-o', 'wide', '--show-labels'], 'Pod', (c) => c.pods, {
    wide: true,
    withNamespace: true,
    showLabels: true,
  }),
  tableCase('table-pod-single', ['get', 'pod', 'kuard'], 'Pod', (c) => [podNamed(c, 'kuard')]),
  tableCase('table-nodes', ['get', 'nodes'], 'Node', (c) => c.nodes),
  tableCase('table-nodes-wide', ['get', 'nodes', '-o', 'wide'], 'Node', (c) => c.nodes, { wide: true }),
  tableCase('table-events', ['get', 'events'], 'Event', (c) => c.events),
  tableCase('table-events-wide', ['get', 'events', '-o', 'wide'], 'Event', (c) => c.events, { wide: true }),
  tableCase('table-pv', ['get', 'pv'], 'PersistentVolume', (c) => c.persistentvolumes),
  tableCase('table-pv-wide', ['get', 'pv', '-o', 'wide'], 'PersistentVolume', (c) => c.persistentvolumes, {
    wide: true,
  }),
  tableCase('table-pvc', ['get', 'pvc'], 'PersistentVolumeClaim', (c) => c.persistentvolumeclaims),
  tableCase('table-pvc-wide', ['get', 'pvc', '-o', 'wide'], 'PersistentVolumeClaim', (c) => c.persistentvolumeclaims, {
    wide: true,
  }),
  {
    name: 'table-pods-sort-by-restarts',
    args: ['get', 'pods', '--sort-by=.status.containerStatuses[0].restartCount'],
    ours: (c) => {
      const r = sortObjects(defaultPods(c), '.status.containerStatuses[0].restartCount');
      return r.ok ? printTable('Pod', r.objects, { now: FIXTURE_NOW }) : r.error;
    },
  },
  {
    name: 'table-events-sort-by-last-seen',
    args: ['get', 'events', '--sort-by=.lastTimestamp'],
    ours: (c) => {
      const r = sortObjects(c.events, '.lastTimestamp');
      return r.ok ? printTable('Event', r.objects, { now: FIXTURE_NOW }) : r.error;
    },
  },
  describePodCase('running', 'kuard'),
  describePodCase('pending-unschedulable', 'cpu-hog'),
  describePodCase('container-creating', 'creating'),
  describePodCase('running-not-ready', 'kuard-unready'),
  describePodCase('running-restarts', 'kuard-restarts'),
  describePodCase('crash-loop', 'crashy'),
  describePodCase('oom-killed', 'memory-demo-2'),
  describePodCase('error', 'failed-job'),
  describePodCase('completed', 'hello'),
  describePodCase('err-image-pull', 'badimage'),
  describePodCase('image-pull-backoff', 'badimage-backoff'),
  describePodCase('init-running', 'myapp-pod'),
  describePodCase('pod-initializing', 'myapp-pod-2'),
  describePodCase('terminating', 'kuard-terminating'),
  describePodCase('multi-container', 'two-containers'),
  describePodCase('guaranteed', 'kuard-guaranteed', 'kube-public'),
  ...['node-1', 'node-2', 'control-plane'].map((node): GoldenCase => ({
    name: `describe-node-${node}`,
    args: ['describe', 'node', node],
    ages: true,
    ours: (c) => {
      const n = c.nodes.find((x) => x.metadata?.name === node)!;
      const events = c.events.filter((e) => e.involvedObject?.kind === 'Node' && e.involvedObject.name === node);
      return describeNode(n, c.pods, events, FIXTURE_NOW);
    },
  })),
  {
    name: 'describe-pv-bound',
    args: ['describe', 'pv', 'task-pv-volume'],
    ages: true,
    ours: (c) => describePersistentVolume(c.persistentvolumes[0]!, [], FIXTURE_NOW),
  },
  {
    name: 'describe-pv-available',
    args: ['describe', 'pv', 'spare-pv'],
    ages: true,
    ours: (c) => describePersistentVolume(c.persistentvolumes[1]!, [], FIXTURE_NOW),
  },
  {
    name: 'describe-pvc-bound',
    args: ['describe', 'pvc', 'my-pvc'],
    ages: true,
    ours: (c) => describePersistentVolumeClaim(c.persistentvolumeclaims[0]!, [], FIXTURE_NOW, { pods: defaultPods(c) }),
  },
  {
    name: 'describe-pvc-pending',
    args: ['describe', 'pvc', 'waiting-pvc'],
    ages: true,
    ours: (c) =>
      describePersistentVolumeClaim(
        c.persistentvolumeclaims[1]!,
        c.events.filter((e) => e.involvedObject?.name === 'waiting-pvc'),
        FIXTURE_NOW,
        { pods: defaultPods(c) },
      ),
  },
  {
    name: 'get-pod-yaml',
    args: ['get', 'pod', 'kuard', '-o', 'yaml'],
    ours: (c) => printObjects([podNamed(c, 'kuard')], 'yaml'),
  },
  {
    name: 'get-pod-json',
    args: ['get', 'pod', 'kuard', '-o', 'json'],
    ours: (c) => printObjects([podNamed(c, 'kuard')], 'json'),
  },
  {
    name: 'get-pod-restarts-yaml',
    args: ['get', 'pod', 'kuard-restarts', '-o', 'yaml'],
    ours: (c) => printObjects([podNamed(c, 'kuard-restarts')], 'yaml'),
  },
  {
    name: 'get-pod-unschedulable-yaml',
    args: ['get', 'pod', 'cpu-hog', '-o', 'yaml'],
    ours: (c) => printObjects([podNamed(c, 'cpu-hog')], 'yaml'),
  },
  {
    name: 'get-pod-crash-loop-yaml',
    args: ['get', 'pod', 'crashy', '-o', 'yaml'],
    ours: (c) => printObjects([podNamed(c, 'crashy')], 'yaml'),
  },
  {
    name: 'get-pod-multi-container-json',
    args: ['get', 'pod', 'two-containers', '-o', 'json'],
    ours: (c) => printObjects([podNamed(c, 'two-containers')], 'json'),
  },
  {
    name: 'get-pods-labelled-yaml',
    args: ['get', 'pods', '-l', 'app=kuard', '-o', 'yaml'],
    ours: (c) =>
      printObjects(
        defaultPods(c).filter((p) => p.metadata?.labels?.['app'] === 'kuard'),
        'yaml',
        { asList: true },
      ),
  },
  {
    name: 'get-pods-none-json',
    args: ['get', 'pods', '-l', 'app=nothing', '-o', 'json'],
    ours: () => printObjects([], 'json', { asList: true }),
  },
  {
    name: 'get-node-yaml',
    args: ['get', 'node', 'node-1', '-o', 'yaml'],
    ours: (c) => printObjects([c.nodes[1]!], 'yaml'),
  },
  {
    name: 'get-events-yaml',
    args: ['get', 'events', '--field-selector', 'involvedObject.name=crashy', '-o', 'yaml'],
    ours: (c) =>
      printObjects(
        c.events.filter((e) => e.involvedObject?.name === 'crashy'),
        'yaml',
        { asList: true },
      ),
  },
  {
    name: 'get-pv-yaml',
    args: ['get', 'pv', '-o', 'yaml'],
    ours: (c) => printObjects(c.persistentvolumes, 'yaml', { asList: true }),
  },
  {
    name: 'get-pvc-json',
    args: ['get', 'pvc', 'my-pvc', '-o', 'json'],
    ours: (c) => printObjects([c.persistentvolumeclaims[0]!], 'json'),
  },
  { name: 'get-pods-name', args: ['get', 'pods', '-o', 'name'], ours: (c) => printNames('Pod', defaultPods(c)) },
  { name: 'get-nodes-name', args: ['get', 'nodes', '-o', 'name'], ours: (c) => printNames('Node', c.nodes) },
  ...OUTPUT_FORMAT_CASES,
  ...DESCRIBE_FAMILY_CASES,
  ...MANAGED_FIELDS_CASES,
];
