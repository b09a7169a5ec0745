// The default cluster: three kubeadm worker nodes, as `kubectl get nodes -o yaml` shows them on a
// small v1.32 cluster with containerd. Each has 2 CPUs and ~4 GiB; allocatable memory is capacity
// minus the kubelet's default hard eviction threshold (memory.available<100Mi); 110 pods.
import type { Namespace, Node } from 'kubernetes-types/core/v1';
import { rfc3339 } from './time-format';
import { managedFieldsAfterWrite, type FieldWriter } from './apiserver/managed-fields';

export interface NodeSpecOption {
  name: string;
  hostIP: string;
  /** e.g. "2" cores. */
  cpu: string;
  /** Capacity, e.g. "4025748Ki". */
  memory: string;
  /** Allocatable memory (defaults to capacity − 100Mi). */
  allocatableMemory?: string;
  pods?: number;
  /** Device-plugin resources the node advertises, e.g. { 'nvidia.com/gpu': '1' }. */
  extendedResources?: Record<string, string>;
  labels?: Record<string, string>;
  taints?: { key: string; value?: string; effect: 'NoSchedule' | 'PreferNoSchedule' | 'NoExecute' }[];
}

export const KUBELET_VERSION = 'v1.32.4';

export const DEFAULT_NODES: readonly NodeSpecOption[] = [1, 2, 3].map((i) => ({
  name: `node-${i}`,
  hostIP: `10.0.0.${10 + i}`,
  cpu: '2',
  memory: '4025748Ki',
  allocatableMemory: '3923348Ki',
  pods: 110,
}));

export function buildNode(
  option: NodeSpecOption,
  index: number,
  createdAt: number,
  uid: string,
  machineId: string,
): Node {
  const memoryKi = /^(\d+)Ki$/.exec(option.memory);
  const allocatableMemory =
    option.allocatableMemory ?? (memoryKi ? `${Number(memoryKi[1]) - 102400}Ki` : option.memory);
  const stamp = rfc3339(createdAt);
  const condition = (type: string, status: string, reason: string, message: string) => ({
    lastHeartbeatTime: stamp,
    lastTransitionTime: stamp,
    message,
    reason,
    status,
    type,
  });
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: {
      annotations: {
        'kubeadm.alpha.kubernetes.io/cri-socket': 'unix:///var/run/containerd/containerd.sock',
        'node.alpha.kubernetes.io/ttl': '0',
        'volumes.kubernetes.io/controller-managed-attach-detach': 'true',
      },
      creationTimestamp: stamp,
      labels: {
        'beta.kubernetes.io/arch': 'amd64',
        'beta.kubernetes.io/os': 'linux',
        'kubernetes.io/arch': 'amd64',
        'kubernetes.io/hostname': option.name,
        'kubernetes.io/os': 'linux',
        ...(option.labels ?? {}),
      },
      name: option.name,
      uid,
    },
    spec: {
      podCIDR: `10.244.${index + 1}.0/24`,
      podCIDRs: [`10.244.${index + 1}.0/24`],
      ...(option.taints ? { taints: option.taints } : {}),
    },
    status: {
      addresses: [
        { address: option.hostIP, type: 'InternalIP' },
        { address: option.name, type: 'Hostname' },
      ],
      allocatable: {
        cpu: option.cpu,
        'ephemeral-storage': '47264208591',
        'hugepages-1Gi': '0',
        'hugepages-2Mi': '0',
        memory: allocatableMemory,
        pods: String(option.pods ?? 110),
        ...option.extendedResources,
      },
      capacity: {
        cpu: option.cpu,
        'ephemeral-storage': '51286020Ki',
        'hugepages-1Gi': '0',
        'hugepages-2Mi': '0',
        memory: option.memory,
        pods: String(option.pods ?? 110),
        ...option.extendedResources,
      },
      conditions: [
        condition('MemoryPressure', 'False', 'KubeletHasSufficientMemory', 'kubelet has sufficient memory available'),
        condition('DiskPressure', 'False', 'KubeletHasNoDiskPressure', 'kubelet has no disk pressure'),
        condition('PIDPressure', 'False', 'KubeletHasSufficientPID', 'kubelet has sufficient PID available'),
        condition('Ready', 'True', 'KubeletReady', 'kubelet is posting ready status'),
      ],
      daemonEndpoints: { kubeletEndpoint: { Port: 10250 } },
      nodeInfo: {
        architecture: 'amd64',
        bootID: machineId.slice(0, 8) + '-0d1f-4c2e-9a7b-' + machineId.slice(8, 20),
        containerRuntimeVersion: 'containerd://1.7.24',
        kernelVersion: '6.8.0-49-generic',
        kubeProxyVersion: KUBELET_VERSION,
        kubeletVersion: KUBELET_VERSION,
        machineID: machineId,
        operatingSystem: 'linux',
        osImage: 'Ubuntu 24.04.1 LTS',
        systemUUID: machineId.slice(0, 8) + '-4b1e-11ef-8c3a-' + machineId.slice(20, 32),
      },
    },
  };
}

const CRI_SOCKET = 'kubeadm.alpha.kubernetes.io/cri-socket';
const TTL = 'node.alpha.kubernetes.io/ttl';

/**
 * Gives a built Node the managedFields of how such a Node comes to be, write by write: the kubelet
 * registers it (labels, the attach-detach annotation, --register-with-taints) with a status whose
 * Ready condition is still False (setters.go ReadyCondition: "container runtime status check may
 * not have completed yet"); `kubeadm join` annotates the CRI socket; kube-controller-manager's
 * node-ipam and ttl controllers set the Pod CIDRs and the TTL annotation; then the kubelet's
 * status update (on the status subresource) makes it Ready.
 */
export function withRegistrationHistory(node: Node): Node {
  const time = node.metadata!.creationTimestamp!;
  const annotations = node.metadata!.annotations ?? {};
  const criSocket = annotations[CRI_SOCKET];
  const own = Object.fromEntries(Object.entries(annotations).filter(([key]) => key !== CRI_SOCKET && key !== TTL));
  const { podCIDR, podCIDRs, ...ownSpec } = node.spec ?? {};
  const notReady = (node.status?.conditions ?? []).map((c) =>
    c.type === 'Ready'
      ? {
          ...c,
          message: 'container runtime status check may not have completed yet',
          reason: 'KubeletNotReady',
          status: 'False',
        }
      : c,
  );
  const steps: [Node, FieldWriter][] = [];
  const registered: Node = {
    ...node,
    metadata: { ...node.metadata, annotations: own },
    spec: ownSpec,
    status: { ...node.status, conditions: notReady },
  };
  steps.push([registered, { manager: 'kubelet' }]);
  const joined: Node = {
    ...registered,
    metadata: { ...registered.metadata, annotations: criSocket ? { ...own, [CRI_SOCKET]: criSocket } : own },
  };
  steps.push([joined, { manager: 'kubeadm' }]);
  const allocated: Node = {
    ...joined,
    metadata: { ...joined.metadata, annotations: annotations },
    spec: { ...ownSpec, podCIDR, podCIDRs },
  };
  steps.push([allocated, { manager: 'kube-controller-manager' }]);
  steps.push([
    { ...allocated, status: node.status },
    { manager: 'kubelet', subresource: 'status' },
  ]);
  let live: Node | undefined;
  for (const [next, writer] of steps) {
    const managedFields = managedFieldsAfterWrite('Node', live, next, writer, time);
    live = { ...next, metadata: { ...next.metadata, managedFields } };
  }
  return { ...node, metadata: { ...node.metadata, managedFields: live!.metadata!.managedFields } };
}

/**
 * A system Namespace as kube-apiserver creates it at start-up (the system namespaces controller in
 * pkg/controlplane/controller/systemnamespaces, createNamespaceIfNeeded; `default` likewise from
 * the kubernetes service controller): a Create naming only the Namespace, sent through the
 * loopback client, whose user agent makes the manager "kube-apiserver". The metadata.name label
 * comes from defaulting, before the field manager runs, so that manager owns it.
 */
export function buildNamespace(name: string, createdAt: number, uid: string): Namespace {
  const labels = { 'kubernetes.io/metadata.name': name };
  const request: Namespace = { apiVersion: 'v1', kind: 'Namespace', metadata: { labels, name } };
  const managedFields = managedFieldsAfterWrite(
    'Namespace',
    undefined,
    request,
    { manager: 'kube-apiserver' },
    rfc3339(createdAt),
  );
  return {
    apiVersion: 'v1',
    kind: 'Namespace',
    metadata: { creationTimestamp: rfc3339(createdAt), labels, managedFields, name, uid },
    spec: { finalizers: ['kubernetes'] },
    status: { phase: 'Active' },
  };
}
