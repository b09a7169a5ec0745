// managedFields as a v1.32 API server records them: the field manager's Update bookkeeping
// (k8s.io/apiserver pkg/endpoints/handlers/fieldmanager, structured-merge-diff v4 Updater.Update).
import { describe, expect, it } from 'vitest';
import type { Pod } from 'kubernetes-types/core/v1';
import { createCluster } from '../index';
import type { KubeObject } from '../api';

const kuard = {
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name: 'kuard', labels: { run: 'kuard' } },
  spec: { containers: [{ name: 'kuard', image: 'gcr.io/kuar-demo/kuard-amd64:blue', resources: {} }] },
};

type Entry = { manager: string; operation: string; subresource?: string; time: string; fieldsV1: object };
const entries = (obj: KubeObject) => (obj.metadata?.managedFields ?? []) as unknown as Entry[];
const byManager = (obj: KubeObject, manager: string) => entries(obj).find((e) => e.manager === manager);

function started() {
  const cluster = createCluster({ seed: 5, systemPods: false });
  const created = cluster.create(kuard, { fieldManager: 'kubectl-run' });
  if (!created.ok) throw new Error(created.error.message);
  cluster.clock.advanceBy(20_000);
  const get = () => {
    const got = cluster.get('Pod', 'default', 'kuard');
    if (!got.ok) throw new Error(got.error.message);
    return got.value as Pod;
  };
  return { cluster, get };
}

describe('managedFields (create.go runs the field manager before admission)', () => {
  it('gives the creator what it sent and what decoding defaulted, not what admission added', () => {
    const { get } = started();
    const run = byManager(get(), 'kubectl-run')!;
    expect(run).toMatchObject({ operation: 'Update', apiVersion: 'v1', fieldsType: 'FieldsV1' });
    expect(run.subresource).toBeUndefined();
    expect(run.fieldsV1).toEqual({
      'f:metadata': { 'f:labels': { '.': {}, 'f:run': {} } },
      'f:spec': {
        'f:containers': {
          'k:{"name":"kuard"}': {
            '.': {},
            'f:image': {},
            'f:imagePullPolicy': {},
            'f:name': {},
            'f:resources': {},
            'f:terminationMessagePath': {},
            'f:terminationMessagePolicy': {},
          },
        },
        'f:dnsPolicy': {},
        'f:enableServiceLinks': {},
        'f:restartPolicy': {},
        'f:schedulerName': {},
        'f:securityContext': {},
        'f:terminationGracePeriodSeconds': {},
      },
    });
  });

  it('records the kubelet on the status subresource, after the creator, keyed by condition type', () => {
    const { get } = started();
    const pod = get();
    expect(entries(pod).map((e) => `${e.manager}/${e.subresource ?? ''}`)).toEqual(['kubectl-run/', 'kubelet/status']);
    const kubelet = byManager(pod, 'kubelet')!;
    const status = (kubelet.fieldsV1 as Record<string, Record<string, Record<string, unknown>>>)['f:status']!;
    expect(Object.keys(status['f:conditions']!).sort()).toEqual([
      'k:{"type":"ContainersReady"}',
      'k:{"type":"Initialized"}',
      'k:{"type":"PodReadyToStartContainers"}',
      'k:{"type":"Ready"}',
    ]);
    // An atomic list is one field; podIPs is keyed by ip.
    expect(status['f:containerStatuses']).toEqual({});
    expect(Object.keys(status['f:podIPs']!)).toEqual(['.', `k:{"ip":"${pod.status!.podIP}"}`]);
    expect(kubelet.time > byManager(pod, 'kubectl-run')!.time).toBe(true);
  });

  it('moves a changed field to the writer and drops a removed one from everyone', () => {
    const { cluster, get } = started();
    const pod = get();
    pod.metadata!.labels = { run: 'other', tier: 'web' };
    expect(cluster.update(pod, { fieldManager: 'kubectl-label' }).ok).toBe(true);
    expect(byManager(get(), 'kubectl-label')!.fieldsV1).toEqual({
      'f:metadata': { 'f:labels': { 'f:run': {}, 'f:tier': {} } },
    });
    // The labels map itself stays kubectl-run's, now with no member of its own: `f:labels: {}`.
    expect((byManager(get(), 'kubectl-run')!.fieldsV1 as Record<string, unknown>)['f:metadata']).toEqual({
      'f:labels': {},
    });
    expect(JSON.stringify(byManager(get(), 'kubectl-run')!.fieldsV1)).not.toContain('f:run');
    const again = get();
    again.metadata!.labels = { run: 'other' };
    cluster.update(again, { fieldManager: 'kubectl-label' });
    expect(JSON.stringify(get().metadata!.managedFields)).not.toContain('f:tier');
  });

  it('leaves entries and their times alone when a write changes nothing', () => {
    const { cluster, get } = started();
    const before = get();
    cluster.clock.advanceBy(60_000);
    expect(cluster.update(before, { fieldManager: 'kubectl-edit' }).ok).toBe(true);
    expect(get().metadata!.managedFields).toEqual(before.metadata!.managedFields);
  });

  it('ignores managedFields a request sends, and names "kubectl" when no manager is given', () => {
    const cluster = createCluster({ seed: 5, systemPods: false });
    const created = cluster.create({
      ...kuard,
      metadata: { ...kuard.metadata, managedFields: [{ manager: 'forged', operation: 'Update' }] },
    });
    expect(created.ok && entries(created.value).map((e) => e.manager)).toEqual(['kubectl']);
  });

  it('tracks claims and namespaces as their defaults leave them', () => {
    const cluster = createCluster({ seed: 5, systemPods: false });
    const claim = cluster.create(
      {
        apiVersion: 'v1',
        kind: 'PersistentVolumeClaim',
        metadata: { name: 'data' },
        spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } },
      },
      { fieldManager: 'kubectl-create' },
    );
    // The zero claim already has spec.resources (a struct), so only requests is new.
    expect(claim.ok && entries(claim.value)[0]!.fieldsV1).toEqual({
      'f:spec': {
        'f:accessModes': {},
        'f:resources': { 'f:requests': { '.': {}, 'f:storage': {} } },
        'f:volumeMode': {},
      },
    });
    const ns = cluster.create({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'lab' } });
    expect(ns.ok && entries(ns.value)[0]!.fieldsV1).toEqual({
      'f:metadata': { 'f:labels': { '.': {}, 'f:kubernetes.io/metadata.name': {} } },
    });
  });
});
