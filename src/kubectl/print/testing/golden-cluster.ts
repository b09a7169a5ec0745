// The cluster the golden cases start from (the scenarios, nodes and volumes), the Lease kubectl
// reads for describe node, and the extra objects some cases add: a Pod full of awkward strings and
// events in the events.k8s.io style.

import type { Event, Node, Pod } from '../../../sim/api';
import { defaultNodeLease } from '../describe-node';
import { FIXTURE_NOW } from './fixtures';
import { buildNodes, buildScenarios, buildVolumes } from './scenarios';

export interface Cluster {
  pods: Pod[];
  events: Event[];
  nodes: Node[];
  persistentvolumes: ReturnType<typeof buildVolumes>['pvs'];
  persistentvolumeclaims: ReturnType<typeof buildVolumes>['pvcs'];
  leases?: unknown[];
  /** Replayed by the stand-in's watch endpoint after the initial list (kubectl get -w). */
  watchEvents?: { type: 'ADDED' | 'MODIFIED' | 'DELETED'; object: Pod }[];
  /** "full": the stand-in serves the whole v1.32 discovery (kubectl api-resources). */
  discovery?: 'full';
}

export function buildCluster(_now: number = FIXTURE_NOW): Cluster {
  const scenarios = buildScenarios();
  const volumes = buildVolumes();
  // The PV controller's complaint about a claim nothing can satisfy.
  const claimEvent: Event = {
    apiVersion: 'v1',
    kind: 'Event',
    metadata: {
      name: 'waiting-pvc.187a3f00aa11bb22',
      namespace: 'default',
      uid: 'ev-pvc-1',
      creationTimestamp: '2026-11-22T09:59:40Z',
    },
    involvedObject: {
      apiVersion: 'v1',
      kind: 'PersistentVolumeClaim',
      name: 'waiting-pvc',
      namespace: 'default',
      uid: 'pvc-uid-waiting-pvc',
      resourceVersion: '710',
    },
    reason: 'FailedBinding',
    message: 'no persistent volumes available for this claim and no storage class is set',
    source: { component: 'persistentvolume-controller' },
    firstTimestamp: '2026-11-22T09:59:40Z',
    lastTimestamp: '2026-11-22T09:59:55Z',
    count: 3,
    type: 'Warning',
    eventTime: null as unknown as string,
    reportingComponent: 'persistentvolume-controller',
    reportingInstance: '',
  };
  return {
    pods: Object.values(scenarios).map((s) => s.pod),
    events: [...Object.values(scenarios).flatMap((s) => s.events), claimEvent],
    nodes: buildNodes(),
    persistentvolumes: volumes.pvs,
    persistentvolumeclaims: volumes.pvcs,
  };
}

/** The Lease object kubectl reads for `describe node`, matching defaultNodeLease. */
export function leaseFor(node: Node, now: number): unknown {
  const lease = defaultNodeLease(node, now);
  return {
    apiVersion: 'coordination.k8s.io/v1',
    kind: 'Lease',
    metadata: { name: node.metadata?.name, namespace: 'kube-node-lease', uid: `lease-${node.metadata?.name}` },
    spec: { holderIdentity: lease.holderIdentity, leaseDurationSeconds: 40, renewTime: lease.renewTime },
  };
}

export const podNamed = (c: Cluster, name: string) => c.pods.find((p) => p.metadata?.name === name)!;

// Strings chosen to exercise every quoting, escaping, folding and key-ordering rule of the YAML
// and JSON emitters (and describe's long/multi-line annotation handling).
const AWKWARD_VALUES = [
  'True',
  'true',
  'yes',
  'y',
  'N',
  'off',
  'null',
  '~',
  '',
  '1',
  '-1',
  '+1',
  '0755',
  '08',
  '1e3',
  '1.5',
  '.5',
  '1_000',
  '0x1F',
  '0b101',
  '0o17',
  '+.inf',
  '.NaN',
  '1:20',
  '2024-05-01',
  '2024-05-01T10:15:12Z',
  '2024-5-1 1:2:3',
  'a: b',
  'a:b',
  'key:',
  '- x',
  '-x',
  '-',
  '?',
  ':',
  '#x',
  'x #y',
  'x#y',
  ' lead',
  'trail ',
  'multi\nline',
  'multi\nline\n',
  'multi\n\n',
  ' lead\nline',
  'space \nbreak',
  'tab\there',
  'é unicode',
  "'quoted'",
  '"dq"',
  '[a]',
  '{a}',
  '*x',
  '&a',
  '!x',
  '%x',
  '@x',
  '`x',
  '|x',
  '>x',
  'a,b',
  'a[b]',
  '<none>',
  'a&b',
  'line\u2028sep',
  'bell\u0007',
  'back\\slash',
  '---',
  '...',
  'x...',
  'emoji 😀 here',
  'nbsp\u00a0x',
  'bom\ufeffx',
  'nel\u0085x',
  'form\ffeed',
  'back\bspace',
  'ctrl\u0001x',
  'cr\rx',
  'esc\u001b[31mred',
  'a fairly long plain string that keeps going past the eighty column limit of the go-yaml emitter so that it has to fold',
  'a long string: with a colon and space that forces single quotes and keeps going past the eighty column limit ok',
  'a long string with a "double quote" and a tab\there that forces double quotes and keeps going past eighty columns',
  'a long string ending in a space that keeps going past the eighty column limit of the go-yaml emitter so it folds ',
  'twospaces  between  words  in  a  long  string  that  goes  past  the  eighty  column  limit  of  the  emitter  yes',
  'averyveryverylongwordwithoutanyspacesatallthatgoespasttheeightycolumnlimitofthegoyamlemitterwithoutbreaking at all',
];

export function awkwardPod(): Pod {
  const annotations: Record<string, string> = {};
  AWKWARD_VALUES.forEach((v, i) => (annotations[`v${i}`] = v));
  annotations['long.example.com/description'] = 'x'.repeat(150);
  annotations['A_upper'] = 'a';
  annotations['a-dash'] = 'a';
  annotations['a_under'] = 'a';
  annotations['a9'] = 'a';
  annotations['a10'] = 'a';
  annotations['a09'] = 'a';
  annotations['1'] = 'numeric key';
  annotations['y'] = 'bool-like key';
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      annotations,
      creationTimestamp: '2026-11-22T09:00:00Z',
      labels: { 'app.kubernetes.io/name': 'weird', tier: '1', odd: 'a\u001bb' },
      name: 'weird',
      namespace: 'lab',
      uid: 'weird-uid',
    },
    spec: {
      containers: [
        {
          name: 'c',
          image: 'busybox',
          command: ['sh', '-c', 'echo "hi"\nsleep 10'],
          env: [
            { name: 'MULTI', value: 'a\nb' },
            { name: 'EMPTY', value: '' },
          ],
        },
      ],
    },
    status: { phase: 'Pending', qosClass: 'BestEffort' },
  };
}

// Events as a v1.32 cluster records them through events.k8s.io/v1: the scheduler's carries only
// eventTime (no first/last timestamps), a repeating kubelet event carries a series.
export function newStyleEvents(c: Cluster): Event[] {
  const pod = podNamed(c, 'crashy');
  const involvedObject = {
    apiVersion: 'v1',
    kind: 'Pod',
    name: 'crashy',
    namespace: 'default',
    uid: pod.metadata!.uid!,
  };
  return [
    {
      apiVersion: 'v1',
      kind: 'Event',
      metadata: {
        name: 'crashy.new1',
        namespace: 'default',
        uid: 'ev-new-1',
        creationTimestamp: '2026-11-22T09:55:00Z',
      },
      involvedObject,
      reason: 'Scheduled',
      message: 'Successfully assigned default/crashy to node-1',
      source: {},
      firstTimestamp: null as unknown as string,
      lastTimestamp: null as unknown as string,
      eventTime: '2026-11-22T09:55:00.000000Z',
      type: 'Normal',
      action: 'Binding',
      reportingComponent: 'default-scheduler',
      reportingInstance: 'default-scheduler-control-plane',
    },
    {
      apiVersion: 'v1',
      kind: 'Event',
      metadata: {
        name: 'crashy.new2',
        namespace: 'default',
        uid: 'ev-new-2',
        creationTimestamp: '2026-11-22T09:55:30Z',
      },
      involvedObject: { ...involvedObject, fieldPath: 'spec.containers{app}' },
      reason: 'BackOff',
      message: 'Back-off restarting failed container app in pod crashy_default(x)',
      source: { component: 'kubelet', host: 'node-1' },
      firstTimestamp: '2026-11-22T09:55:30Z',
      lastTimestamp: '2026-11-22T09:55:30Z',
      count: 1,
      eventTime: null as unknown as string,
      series: { count: 9, lastObservedTime: '2026-11-22T09:59:50.000000Z' },
      type: 'Warning',
      reportingComponent: 'kubelet',
      reportingInstance: 'node-1',
    },
  ];
}

export const withNewStyleEvents = (c: Cluster): Cluster => ({ ...c, events: newStyleEvents(c) });

export const withAwkwardPod = (c: Cluster): Cluster => ({ ...c, pods: [...c.pods, awkwardPod()] });
