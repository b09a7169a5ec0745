// managedFields of the system's own writes: the kubelet registering and reporting a Node, event
// recorders (client-go tools/record for core/v1, tools/events for events.k8s.io/v1), and the
// persistent-volume controller's binding (pkg/controller/volume/persistentvolume/pv_controller.go
// bind), each named by its binary's user agent as handlers' managerOrUserAgent does.
import { describe, expect, it } from 'vitest';
import type { Event } from 'kubernetes-types/core/v1';
import { createCluster } from './index';
import type { KubeObject } from './api';

type Entry = {
  apiVersion: string;
  manager: string;
  operation: string;
  subresource?: string;
  time: string;
  fieldsV1: Record<string, unknown>;
};
const entries = (obj: KubeObject) => (obj.metadata?.managedFields ?? []) as unknown as Entry[];
const owners = (obj: KubeObject) => entries(obj).map((e) => `${e.manager}${e.subresource ? '/' + e.subresource : ''}`);

function must<T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('a Node (kubelet registration, kubeadm join, node-ipam and ttl controllers)', () => {
  it('has one entry per writer, the status on the kubelet status entry', () => {
    const cluster = createCluster({ seed: 2, systemPods: false });
    const node = must(cluster.get('Node', undefined, 'node-1'));
    expect(owners(node)).toEqual(['kube-controller-manager', 'kubeadm', 'kubelet', 'kubelet/status']);
    const [controllers, kubeadm, kubelet, status] = entries(node);
    expect(controllers!.fieldsV1).toEqual({
      'f:metadata': { 'f:annotations': { 'f:node.alpha.kubernetes.io/ttl': {} } },
      'f:spec': { 'f:podCIDR': {}, 'f:podCIDRs': { '.': {}, 'v:"10.244.1.0/24"': {} } },
    });
    expect(kubeadm!.fieldsV1).toEqual({
      'f:metadata': { 'f:annotations': { 'f:kubeadm.alpha.kubernetes.io/cri-socket': {} } },
    });
    const labels = (kubelet!.fieldsV1['f:metadata'] as Record<string, Record<string, unknown>>)['f:labels']!;
    expect(Object.keys(labels)).toContain('f:kubernetes.io/hostname');
    expect(kubelet!.fieldsV1['f:status']).toBeUndefined();
    expect(status!.fieldsV1).toEqual({
      'f:status': { 'f:conditions': { 'k:{"type":"Ready"}': { 'f:message': {}, 'f:reason': {}, 'f:status': {} } } },
    });
  });
});

function runKuard() {
  const cluster = createCluster({ seed: 4, systemPods: false });
  must(
    cluster.create(
      {
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: { name: 'kuard' },
        spec: { containers: [{ name: 'kuard', image: 'gcr.io/kuar-demo/kuard-amd64:blue' }] },
      },
      { fieldManager: 'kubectl-run' },
    ),
  );
  cluster.clock.advanceBy(20_000);
  const events = () => must(cluster.list('Event', 'default')) as Event[];
  return { cluster, events };
}

describe('Events', () => {
  it("are the kubelet's core/v1 writes, with the involved object as one field", () => {
    const { events } = runKuard();
    const pulling = events().find((e) => e.reason === 'Pulling')!;
    expect(entries(pulling)).toEqual([
      {
        apiVersion: 'v1',
        fieldsType: 'FieldsV1',
        fieldsV1: {
          'f:count': {},
          'f:firstTimestamp': {},
          'f:involvedObject': {},
          'f:lastTimestamp': {},
          'f:message': {},
          'f:reason': {},
          'f:reportingComponent': {},
          'f:reportingInstance': {},
          'f:source': { 'f:component': {}, 'f:host': {} },
          'f:type': {},
        },
        manager: 'kubelet',
        operation: 'Update',
        time: pulling.firstTimestamp,
      },
    ]);
  });

  it("are the scheduler's events.k8s.io/v1 writes, in that version's field names", () => {
    const { events } = runKuard();
    const scheduled = events().find((e) => e.reason === 'Scheduled')!;
    expect(entries(scheduled)).toHaveLength(1);
    expect(entries(scheduled)[0]).toMatchObject({ apiVersion: 'events.k8s.io/v1', manager: 'kube-scheduler' });
    expect(Object.keys(entries(scheduled)[0]!.fieldsV1)).toEqual([
      'f:action',
      'f:eventTime',
      'f:note',
      'f:reason',
      'f:regarding',
      'f:reportingController',
      'f:reportingInstance',
      'f:type',
    ]);
  });

  it('keep one entry when a repeat folds in, moved to the time of the repeat', () => {
    const cluster = createCluster({ seed: 4, systemPods: false });
    must(
      cluster.create({
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: { name: 'crash' },
        spec: { containers: [{ name: 'crash', image: 'busybox', command: ['false'] }] },
      }),
    );
    cluster.clock.advanceBy(120_000);
    const backOff = (must(cluster.list('Event', 'default')) as Event[]).find((e) => e.reason === 'BackOff')!;
    expect(backOff.count).toBeGreaterThan(1);
    expect(entries(backOff)).toHaveLength(1);
    expect(entries(backOff)[0]!.time).toBe(backOff.lastTimestamp);
    expect(entries(backOff)[0]!.time).not.toBe(backOff.firstTimestamp);
  });
});

describe('the persistent-volume controller binding a claim', () => {
  it('writes the binding as kube-controller-manager and the phases on the status subresource', () => {
    const cluster = createCluster({ seed: 6, systemPods: false });
    must(
      cluster.create(
        {
          apiVersion: 'v1',
          kind: 'PersistentVolume',
          metadata: { name: 'disk' },
          spec: {
            capacity: { storage: '1Gi' },
            accessModes: ['ReadWriteOnce'],
            nfs: { server: '10.0.0.50', path: '/exports' },
          },
        },
        { fieldManager: 'kubectl-create' },
      ),
    );
    must(
      cluster.create(
        {
          apiVersion: 'v1',
          kind: 'PersistentVolumeClaim',
          metadata: { name: 'data' },
          spec: { accessModes: ['ReadWriteOnce'], storageClassName: '', resources: { requests: { storage: '1Gi' } } },
        },
        { fieldManager: 'kubectl-create' },
      ),
    );
    cluster.clock.advanceBy(5_000);
    const pv = must(cluster.get('PersistentVolume', undefined, 'disk'));
    const pvc = must(cluster.get('PersistentVolumeClaim', 'default', 'data'));
    expect(owners(pv)).toEqual(['kube-controller-manager', 'kube-controller-manager/status', 'kubectl-create']);
    expect(entries(pv)[0]!.fieldsV1).toEqual({
      'f:metadata': { 'f:annotations': { '.': {}, 'f:pv.kubernetes.io/bound-by-controller': {} } },
      'f:spec': { 'f:claimRef': {} },
    });
    expect(entries(pv)[1]!.fieldsV1).toEqual({ 'f:status': { 'f:phase': {} } });
    expect(owners(pvc)).toEqual(['kube-controller-manager', 'kube-controller-manager/status', 'kubectl-create']);
    expect(entries(pvc)[0]!.fieldsV1).toEqual({
      'f:metadata': {
        'f:annotations': {
          '.': {},
          'f:pv.kubernetes.io/bind-completed': {},
          'f:pv.kubernetes.io/bound-by-controller': {},
        },
      },
      'f:spec': { 'f:volumeName': {} },
    });
    expect(entries(pvc)[1]!.fieldsV1).toEqual({
      'f:status': { 'f:accessModes': {}, 'f:capacity': { '.': {}, 'f:storage': {} }, 'f:phase': {} },
    });
  });
});
