// Realistic v1 objects, as our API server stores them, for every Pod state the chapter shows.
// All times are relative to FIXTURE_NOW; the golden generator shifts them to the real clock
// before the real kubectl reads them.

import type { Pod } from '../../../sim/api';

export const FIXTURE_NOW = Date.parse('2026-11-22T10:00:00Z');

/** An RFC 3339 time `seconds` before FIXTURE_NOW. */
export function ago(seconds: number): string {
  return new Date(FIXTURE_NOW - seconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

const KUARD_IMAGE = 'gcr.io/kuar-demo/kuard-amd64:blue';
const KUARD_IMAGE_ID =
  'gcr.io/kuar-demo/kuard-amd64@sha256:1ecc9fb2c871302fdb57a25e0c076311b7b352b0a9246d442940ca8fb4efe229';

export const NODE_IPS: Record<string, string> = { 'node-1': '10.0.0.11', 'node-2': '10.0.0.12' };

type Container = NonNullable<Pod['spec']>['containers'][number];
type ContainerStatus = NonNullable<NonNullable<Pod['status']>['containerStatuses']>[number];
type Condition = NonNullable<NonNullable<Pod['status']>['conditions']>[number];

const SERVICE_ACCOUNT_MOUNT = (suffix: string) => ({
  mountPath: '/var/run/secrets/kubernetes.io/serviceaccount',
  name: `kube-api-access-${suffix}`,
  readOnly: true,
});

function defaultedContainer(
  c: Partial<Container> & { name: string },
  suffix: string,
  extraMounts: Container['volumeMounts'] = [],
): Container {
  return {
    image: KUARD_IMAGE,
    imagePullPolicy: 'IfNotPresent',
    resources: {},
    terminationMessagePath: '/dev/termination-log',
    terminationMessagePolicy: 'File',
    ...c,
    volumeMounts: [...(extraMounts ?? []), ...(c.volumeMounts ?? []), SERVICE_ACCOUNT_MOUNT(suffix)],
  };
}

function apiAccessVolume(suffix: string) {
  return {
    name: `kube-api-access-${suffix}`,
    projected: {
      defaultMode: 420,
      sources: [
        { serviceAccountToken: { expirationSeconds: 3607, path: 'token' } },
        { configMap: { items: [{ key: 'ca.crt', path: 'ca.crt' }], name: 'kube-root-ca.crt' } },
        {
          downwardAPI: {
            items: [{ fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.namespace' }, path: 'namespace' }],
          },
        },
      ],
    },
  };
}

function condition(type: string, status: 'True' | 'False', at: number, reason?: string, message?: string): Condition {
  return {
    lastProbeTime: null as unknown as string,
    lastTransitionTime: ago(at),
    ...(message ? { message } : {}),
    ...(reason ? { reason } : {}),
    status,
    type,
  };
}

export interface PodFixtureOptions {
  name: string;
  uid: string;
  createdAgo: number;
  containers: (Partial<Container> & { name: string })[];
  initContainers?: (Partial<Container> & { name: string })[];
  containerStatuses?: ContainerStatus[];
  initContainerStatuses?: ContainerStatus[];
  conditions?: Condition[];
  phase: string;
  scheduled?: boolean;
  podIP?: string;
  node?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  volumes?: NonNullable<Pod['spec']>['volumes'];
  restartPolicy?: string;
  qosClass?: string;
  deletionAgo?: number;
  startedAgo?: number;
  namespace?: string;
}

export function makePod(o: PodFixtureOptions): Pod {
  const suffix = o.uid.slice(0, 5).replace(/[^a-z0-9]/g, 'x');
  const scheduled = o.scheduled ?? true;
  const node = o.node ?? 'node-1';
  const metadata: Pod['metadata'] = {
    ...(o.annotations ? { annotations: o.annotations } : {}),
    creationTimestamp: ago(o.createdAgo),
    ...(o.deletionAgo !== undefined ? { deletionGracePeriodSeconds: 30, deletionTimestamp: ago(o.deletionAgo) } : {}),
    ...(o.labels ? { labels: o.labels } : {}),
    name: o.name,
    namespace: o.namespace ?? 'default',
    resourceVersion: String(48000 + o.createdAgo),
    uid: o.uid,
  };
  const status: Pod['status'] = {
    conditions: o.conditions ?? [],
    ...(o.containerStatuses ? { containerStatuses: o.containerStatuses } : {}),
    ...(scheduled ? { hostIP: NODE_IPS[node], hostIPs: [{ ip: NODE_IPS[node]! }] } : {}),
    ...(o.initContainerStatuses ? { initContainerStatuses: o.initContainerStatuses } : {}),
    phase: o.phase,
    ...(o.podIP ? { podIP: o.podIP, podIPs: [{ ip: o.podIP }] } : {}),
    qosClass: o.qosClass ?? 'BestEffort',
    ...(scheduled ? { startTime: ago(o.startedAgo ?? o.createdAgo) } : {}),
  };
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata,
    spec: {
      containers: o.containers.map((c) => defaultedContainer(c, suffix)),
      dnsPolicy: 'ClusterFirst',
      enableServiceLinks: true,
      ...(o.initContainers ? { initContainers: o.initContainers.map((c) => defaultedContainer(c, suffix)) } : {}),
      ...(scheduled ? { nodeName: node } : {}),
      preemptionPolicy: 'PreemptLowerPriority',
      priority: 0,
      restartPolicy: o.restartPolicy ?? 'Always',
      schedulerName: 'default-scheduler',
      securityContext: {},
      serviceAccount: 'default',
      serviceAccountName: 'default',
      terminationGracePeriodSeconds: 30,
      tolerations: [
        { effect: 'NoExecute', key: 'node.kubernetes.io/not-ready', operator: 'Exists', tolerationSeconds: 300 },
        { effect: 'NoExecute', key: 'node.kubernetes.io/unreachable', operator: 'Exists', tolerationSeconds: 300 },
      ],
      volumes: [...(o.volumes ?? []), apiAccessVolume(suffix)],
    },
    status,
  };
}

const CONTAINER_ID = (n: number) =>
  `containerd://${n.toString(16).padStart(4, '0')}9b0e5c3f2a1d4e6f8a7b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e`;

export function runningStatus(name: string, startedAgo: number, extra: Partial<ContainerStatus> = {}): ContainerStatus {
  return {
    containerID: CONTAINER_ID(startedAgo),
    image: KUARD_IMAGE,
    imageID: KUARD_IMAGE_ID,
    lastState: {},
    name,
    ready: true,
    restartCount: 0,
    started: true,
    state: { running: { startedAt: ago(startedAgo) } },
    ...extra,
  };
}

export function waitingStatus(
  name: string,
  reason: string,
  message?: string,
  extra: Partial<ContainerStatus> = {},
): ContainerStatus {
  return {
    image: KUARD_IMAGE,
    imageID: '',
    lastState: {},
    name,
    ready: false,
    restartCount: 0,
    started: false,
    state: { waiting: { ...(message ? { message } : {}), reason } },
    ...extra,
  };
}

export function terminated(reason: string, exitCode: number, startedAgo: number, finishedAgo: number) {
  return {
    containerID: CONTAINER_ID(finishedAgo + 7),
    exitCode,
    finishedAt: ago(finishedAgo),
    reason,
    startedAt: ago(startedAgo),
  };
}

export function readyConditions(
  createdAgo: number,
  readyAgo: number,
  ready = true,
  unready: string[] = [],
): Condition[] {
  const notReadyMessage = `containers with unready status: [${unready.join(' ')}]`;
  return [
    condition('PodReadyToStartContainers', 'True', readyAgo + 1),
    condition('Initialized', 'True', createdAgo),
    ready
      ? condition('Ready', 'True', readyAgo)
      : condition('Ready', 'False', readyAgo, 'ContainersNotReady', notReadyMessage),
    ready
      ? condition('ContainersReady', 'True', readyAgo)
      : condition('ContainersReady', 'False', readyAgo, 'ContainersNotReady', notReadyMessage),
    condition('PodScheduled', 'True', createdAgo),
  ];
}

export { condition, KUARD_IMAGE, KUARD_IMAGE_ID };
