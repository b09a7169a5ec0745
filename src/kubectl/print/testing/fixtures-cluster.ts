// Nodes, Events and storage objects as our API server stores them, beside the Pods of fixtures.ts.

import type { Event, Node, PersistentVolume, PersistentVolumeClaim } from '../../../sim/api';
import { KUARD_IMAGE, KUARD_IMAGE_ID, NODE_IPS, ago } from './fixtures';

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
