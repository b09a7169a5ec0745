// The reclaim policy once a claim is gone (pv_controller.go reclaimVolume / deleteVolumeOperation).
import { describe, expect, it } from 'vitest';
import type { Event, PersistentVolume } from 'kubernetes-types/core/v1';
import { simulate } from './testing/driver';

function releaseVolume(source: Record<string, unknown>, policy: string) {
  const sim = simulate();
  sim.apply({
    apiVersion: 'v1',
    kind: 'PersistentVolume',
    metadata: { name: 'shared' },
    spec: {
      capacity: { storage: '1Gi' },
      accessModes: ['ReadWriteMany'],
      persistentVolumeReclaimPolicy: policy,
      ...source,
    },
  });
  sim.apply({
    apiVersion: 'v1',
    kind: 'PersistentVolumeClaim',
    metadata: { name: 'claim' },
    spec: { accessModes: ['ReadWriteMany'], resources: { requests: { storage: '1Gi' } } },
  });
  sim.advance('2s');
  expect(sim.cluster.delete('PersistentVolumeClaim', 'default', 'claim').ok).toBe(true);
  sim.advance('2s');
  const pv = sim.cluster.get('PersistentVolume', undefined, 'shared');
  const events = sim.cluster.list('Event', 'default');
  const warnings = (events.ok ? (events.value as Event[]) : []).filter((e) => e.reason === 'VolumeFailedDelete');
  return { pv: pv.ok ? (pv.value as PersistentVolume) : undefined, warnings };
}

describe('reclaim policy Delete', () => {
  it('an nfs volume has no deleter: Failed, with VolumeFailedDelete and the same status message', () => {
    const { pv, warnings } = releaseVolume({ nfs: { server: 'nfs.example.com', path: '/exports' } }, 'Delete');
    const text = 'error getting deleter volume plugin for volume "shared": no deletable volume plugin matched';
    expect(pv?.status).toEqual({ phase: 'Failed', message: text });
    expect(warnings.map((e) => [e.type, e.message, e.source?.component])).toEqual([
      ['Warning', text, 'persistentvolume-controller'],
    ]);
  });

  it('a hostPath volume outside /tmp is refused by the hostPath deleter', () => {
    const { pv, warnings } = releaseVolume({ hostPath: { path: '/mnt/data' } }, 'Delete');
    expect(pv?.status?.phase).toBe('Failed');
    expect(warnings[0]?.message).toBe('host_path deleter only supports /tmp/.+ but received provided /mnt/data');
  });

  it('a hostPath volume under /tmp is deleted', () => {
    expect(releaseVolume({ hostPath: { path: '/tmp/data' } }, 'Delete').pv).toBeUndefined();
  });

  it('Retain leaves the nfs volume Released, with no event', () => {
    const { pv, warnings } = releaseVolume({ nfs: { server: 'nfs.example.com', path: '/exports' } }, 'Retain');
    expect(pv?.status).toEqual({ phase: 'Released' });
    expect(warnings).toEqual([]);
  });
});
