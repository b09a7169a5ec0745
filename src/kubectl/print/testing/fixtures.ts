// Realistic v1 objects, as our API server stores them, for every Pod state the chapter shows.
// All times are relative to FIXTURE_NOW; the golden generator shifts them to the real clock
// before the real kubectl reads them.

import type { Event, Node, PersistentVolume, PersistentVolumeClaim, Pod } from '../../../sim/api';

export const FIXTURE_NOW = Date.parse('2026-11-22T10:00:00Z');

/** An RFC 3339 time `seconds` before FIXTURE_NOW. */
export function ago(seconds: number): string {
  return new Date(FIXTURE_NOW - seconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

const KUARD_IMAGE = 'gcr.io/kuar-demo/kuard-amd64:blue';
const KUARD_IMAGE_ID =
  'gcr.io/kuar-demo/kuard-amd64@sha256:1ecc9fb2c871302fdb57a25e0c076311b7b352b0a9246d442940ca8fb4efe229';

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

const NODE_IPS: Record<string, string> = { 'node-1': '10.0.0.11', 'node-2': '10.0.0.12' };

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

export function makeNode(
  name: string,
  createdAgo: number,
  extra: { controlPlane?: boolean; ready?: boolean; unschedulable?: boolean } = {},
): Node {
  const ip = NODE_IPS[name] ?? '10.0.0.10';
  const ready = extra.ready ?? true;
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: {
      annotations: {
        'kubeadm.alpha.kubernetes.io/cri-socket': 'unix:///run/containerd/containerd.sock',
        'node.alpha.kubernetes.io/ttl': '0',
        'volumes.kubernetes.io/controller-managed-attach-detach': 'true',
      },
      creationTimestamp: ago(createdAgo),
      labels: {
        'beta.kubernetes.io/arch': 'amd64',
        'beta.kubernetes.io/os': 'linux',
        'kubernetes.io/arch': 'amd64',
        'kubernetes.io/hostname': name,
        'kubernetes.io/os': 'linux',
        ...(extra.controlPlane ? { 'node-role.kubernetes.io/control-plane': '' } : {}),
      },
      name,
      resourceVersion: '512',
      uid: `node-uid-${name}`,
    },
    spec: {
      podCIDR: name === 'node-2' ? '10.244.2.0/24' : '10.244.1.0/24',
      podCIDRs: [name === 'node-2' ? '10.244.2.0/24' : '10.244.1.0/24'],
      ...(extra.controlPlane
        ? { taints: [{ effect: 'NoSchedule', key: 'node-role.kubernetes.io/control-plane' }] }
        : {}),
      ...(extra.unschedulable ? { unschedulable: true } : {}),
    },
    status: {
      addresses: [
        { address: ip, type: 'InternalIP' },
        { address: name, type: 'Hostname' },
      ],
      allocatable: {
        cpu: '2',
        'ephemeral-storage': '47227284Ki',
        'hugepages-2Mi': '0',
        memory: '3919768Ki',
        pods: '110',
      },
      capacity: { cpu: '2', 'ephemeral-storage': '47227284Ki', 'hugepages-2Mi': '0', memory: '4022168Ki', pods: '110' },
      conditions: [
        nodeCondition(
          'MemoryPressure',
          'False',
          createdAgo,
          'KubeletHasSufficientMemory',
          'kubelet has sufficient memory available',
        ),
        nodeCondition('DiskPressure', 'False', createdAgo, 'KubeletHasNoDiskPressure', 'kubelet has no disk pressure'),
        nodeCondition(
          'PIDPressure',
          'False',
          createdAgo,
          'KubeletHasSufficientPID',
          'kubelet has sufficient PID available',
        ),
        ready
          ? nodeCondition('Ready', 'True', createdAgo - 20, 'KubeletReady', 'kubelet is posting ready status')
          : nodeCondition('Ready', 'Unknown', 120, 'NodeStatusUnknown', 'Kubelet stopped posting node status.'),
      ],
      daemonEndpoints: { kubeletEndpoint: { Port: 10250 } },
      images: [{ names: [KUARD_IMAGE_ID, KUARD_IMAGE], sizeBytes: 9734506 }],
      nodeInfo: {
        architecture: 'amd64',
        bootID: '0c5e3f0a-8d2b-4a8e-9f51-3c7d2e1b4a60',
        containerRuntimeVersion: 'containerd://1.7.24',
        kernelVersion: '6.1.0-28-amd64',
        kubeProxyVersion: 'v1.32.4',
        kubeletVersion: 'v1.32.4',
        machineID: '4d2f9a3b8c1e4f6a9b0c2d3e4f5a6b7c',
        operatingSystem: 'linux',
        osImage: 'Debian GNU/Linux 12 (bookworm)',
        systemUUID: '4d2f9a3b-8c1e-4f6a-9b0c-2d3e4f5a6b7c',
      },
    },
  };
}

function nodeCondition(type: string, status: string, at: number, reason: string, message: string) {
  return { lastHeartbeatTime: ago(Math.min(at, 30)), lastTransitionTime: ago(at), message, reason, status, type };
}

let eventCounter = 0;

/** Event names and uids count from here; scenarios reset it so every build is identical. */
export function resetEventCounter(): void {
  eventCounter = 0;
}
export function makeEvent(
  pod: { name: string; uid: string; namespace?: string },
  e: {
    type?: string;
    reason: string;
    message: string;
    from?: string;
    firstAgo: number;
    lastAgo?: number;
    count?: number;
    fieldPath?: string;
  },
): Event {
  eventCounter++;
  const lastAgo = e.lastAgo ?? e.firstAgo;
  const ns = pod.namespace ?? 'default';
  return {
    apiVersion: 'v1',
    count: e.count ?? 1,
    eventTime: null as unknown as string,
    firstTimestamp: ago(e.firstAgo),
    involvedObject: {
      apiVersion: 'v1',
      ...(e.fieldPath ? { fieldPath: e.fieldPath } : {}),
      kind: 'Pod',
      name: pod.name,
      namespace: ns,
      resourceVersion: '48001',
      uid: pod.uid,
    },
    kind: 'Event',
    lastTimestamp: ago(lastAgo),
    message: e.message,
    metadata: {
      creationTimestamp: ago(lastAgo),
      name: `${pod.name}.18${(0x7a3c5e10 + eventCounter * 7919).toString(16)}`,
      namespace: ns,
      resourceVersion: String(49000 + eventCounter),
      uid: `ev-${eventCounter.toString().padStart(4, '0')}-4b1e-9f0a-1c2d3e4f5a6b`,
    },
    reason: e.reason,
    reportingComponent: e.from === 'default-scheduler' ? 'default-scheduler' : 'kubelet',
    reportingInstance: e.from === 'default-scheduler' ? '' : 'node-1',
    source:
      e.from === 'default-scheduler' ? { component: 'default-scheduler' } : { component: 'kubelet', host: 'node-1' },
    type: e.type ?? 'Normal',
  };
}

export function makePersistentVolume(
  name: string,
  createdAgo: number,
  claim?: { namespace: string; name: string },
): PersistentVolume {
  return {
    apiVersion: 'v1',
    kind: 'PersistentVolume',
    metadata: {
      creationTimestamp: ago(createdAgo),
      finalizers: ['kubernetes.io/pv-protection'],
      name,
      resourceVersion: '700',
      uid: `pv-uid-${name}`,
    },
    spec: {
      accessModes: ['ReadWriteOnce'],
      capacity: { storage: '1Gi' },
      ...(claim
        ? {
            claimRef: {
              apiVersion: 'v1',
              kind: 'PersistentVolumeClaim',
              name: claim.name,
              namespace: claim.namespace,
              uid: `pvc-uid-${claim.name}`,
            },
          }
        : {}),
      hostPath: { path: '/mnt/data', type: '' },
      persistentVolumeReclaimPolicy: 'Retain',
      storageClassName: 'manual',
      volumeMode: 'Filesystem',
    },
    status: { lastPhaseTransitionTime: ago(createdAgo), phase: claim ? 'Bound' : 'Available' },
  };
}

export function makePersistentVolumeClaim(
  name: string,
  createdAgo: number,
  volumeName?: string,
): PersistentVolumeClaim {
  return {
    apiVersion: 'v1',
    kind: 'PersistentVolumeClaim',
    metadata: {
      ...(volumeName
        ? { annotations: { 'pv.kubernetes.io/bind-completed': 'yes', 'pv.kubernetes.io/bound-by-controller': 'yes' } }
        : {}),
      creationTimestamp: ago(createdAgo),
      finalizers: ['kubernetes.io/pvc-protection'],
      name,
      namespace: 'default',
      resourceVersion: '710',
      uid: `pvc-uid-${name}`,
    },
    spec: {
      accessModes: ['ReadWriteOnce'],
      resources: { requests: { storage: '1Gi' } },
      storageClassName: 'manual',
      ...(volumeName ? { volumeName } : {}),
      volumeMode: 'Filesystem',
    },
    status: volumeName
      ? { accessModes: ['ReadWriteOnce'], capacity: { storage: '1Gi' }, phase: 'Bound' }
      : { phase: 'Pending' },
  };
}
