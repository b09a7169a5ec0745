// The persistent-volume controller's binding loop (pkg/controller/volume/persistentvolume): a
// Pending claim binds to the smallest Available volume with enough capacity, every requested
// access mode and the same storage class; both sides record the binding. A claim that finds
// nothing stays Pending with a FailedBinding event. Deleting a claim releases its volume
// (volume-reclaim.ts).
import type { PersistentVolume, PersistentVolumeClaim, Pod } from 'kubernetes-types/core/v1';
import type { SimClock } from '../clock';
import type { ObjectStore } from '../apiserver/store';
import type { EventRecorder } from '../events';
import { quantityValue } from '../apiserver/quantity';
import { mut } from '../mutable';
import { CONTROLLER_STATUS_WRITE, CONTROLLER_WRITE, reclaimVolume } from './volume-reclaim';

export class VolumeBinder {
  private pending: number | undefined;

  constructor(
    private readonly store: ObjectStore,
    private readonly clock: SimClock,
    private readonly events: EventRecorder,
    private readonly afterBinding: () => void,
  ) {}

  /** Runs a binding pass shortly (the controller reacts to informer events within a moment). */
  changed(): void {
    if (this.pending !== undefined) return;
    this.pending = this.clock.after(
      100,
      () => {
        this.pending = undefined;
        this.syncAll();
      },
      'persistentvolume-controller',
    );
  }

  /** pvc-protection and pv-protection: a deleted claim goes once no Pod uses it, a deleted volume once unbound. */
  private finishDeletions(): void {
    const inUse = new Set<string>();
    for (const pod of this.store.all<Pod>('Pod')) {
      if (pod.status?.phase === 'Succeeded' || pod.status?.phase === 'Failed') continue;
      for (const v of pod.spec?.volumes ?? [])
        if (v.persistentVolumeClaim) inUse.add(`${pod.metadata?.namespace}/${v.persistentVolumeClaim.claimName}`);
    }
    for (const claim of this.store.all<PersistentVolumeClaim>('PersistentVolumeClaim')) {
      if (claim.metadata?.deletionTimestamp && !inUse.has(`${claim.metadata.namespace}/${claim.metadata.name}`))
        this.store.remove(claim);
    }
    for (const pv of this.store.all<PersistentVolume>('PersistentVolume')) {
      if (!pv.metadata?.deletionTimestamp) continue;
      const ref = pv.spec?.claimRef;
      const claim = ref
        ? this.store.find<PersistentVolumeClaim>('PersistentVolumeClaim', ref.namespace, ref.name ?? '')
        : undefined;
      if (!claim || claim.metadata?.uid !== ref?.uid) this.store.remove(pv);
    }
  }

  private syncAll(): void {
    this.finishDeletions();
    const volumes = this.store.all<PersistentVolume>('PersistentVolume');
    const claims = this.store.all<PersistentVolumeClaim>('PersistentVolumeClaim');
    let bound = false;
    // Volumes whose claim is gone are Released, then reclaimed by their policy.
    for (const pv of volumes) {
      const ref = pv.spec?.claimRef;
      if (ref && pv.status?.phase === 'Bound') {
        const claim = this.store.find<PersistentVolumeClaim>('PersistentVolumeClaim', ref.namespace, ref.name ?? '');
        if (!claim || claim.metadata?.uid !== ref.uid) reclaimVolume(pv, this.store, this.events);
      } else if (!ref && pv.status?.phase === 'Pending') {
        mut(pv).status = { phase: 'Available' };
        this.store.modified(pv, CONTROLLER_STATUS_WRITE);
      }
    }
    for (const claim of claims) {
      if (claim.status?.phase !== 'Pending' || claim.metadata?.deletionTimestamp) continue;
      const pv = this.match(claim, volumes);
      if (!pv) {
        const message = claim.spec?.storageClassName
          ? `storageclass.storage.k8s.io "${claim.spec.storageClassName}" not found`
          : 'no persistent volumes available for this claim and no storage class is set';
        const m = claim.metadata!;
        this.events.record(
          {
            kind: 'PersistentVolumeClaim',
            namespace: m.namespace,
            name: m.name!,
            uid: m.uid,
            resourceVersion: m.resourceVersion,
          },
          claim.spec?.storageClassName ? 'Warning' : 'Normal',
          'FailedBinding',
          message,
          { component: 'persistentvolume-controller' },
        );
        continue;
      }
      this.bind(claim, pv);
      bound = true;
    }
    if (bound) this.afterBinding();
  }

  private match(claim: PersistentVolumeClaim, volumes: PersistentVolume[]): PersistentVolume | undefined {
    const wanted = quantityValue(claim.spec?.resources?.requests?.storage) ?? 0;
    const modes = claim.spec?.accessModes ?? [];
    const className = claim.spec?.storageClassName ?? '';
    const candidates = volumes.filter((pv) => {
      if (pv.status?.phase !== 'Available' || pv.spec?.claimRef || pv.metadata?.deletionTimestamp) return false;
      if (claim.spec?.volumeName && pv.metadata?.name !== claim.spec.volumeName) return false;
      if ((pv.spec?.storageClassName ?? '') !== className) return false;
      if ((quantityValue(pv.spec?.capacity?.storage) ?? 0) < wanted) return false;
      return modes.every((m) => pv.spec?.accessModes?.includes(m));
    });
    candidates.sort(
      (a, b) => (quantityValue(a.spec?.capacity?.storage) ?? 0) - (quantityValue(b.spec?.capacity?.storage) ?? 0),
    );
    return candidates[0];
  }

  // pv_controller.go bind: four writes, in this order (bindVolumeToClaim, updateVolumePhase,
  // bindClaimToVolume, updateClaimStatus), each its own resourceVersion and managedFields step.
  private bind(claim: PersistentVolumeClaim, pv: PersistentVolume): void {
    const cm = claim.metadata!;
    mut(pv).spec!.claimRef = {
      apiVersion: 'v1',
      kind: 'PersistentVolumeClaim',
      name: cm.name,
      namespace: cm.namespace,
      resourceVersion: cm.resourceVersion,
      uid: cm.uid,
    };
    mut(pv.metadata!).annotations = {
      ...(pv.metadata?.annotations ?? {}),
      'pv.kubernetes.io/bound-by-controller': 'yes',
    };
    this.store.modified(pv, CONTROLLER_WRITE);
    mut(pv).status = { phase: 'Bound' };
    this.store.modified(pv, CONTROLLER_STATUS_WRITE);
    mut(claim).spec!.volumeName = pv.metadata!.name;
    mut(cm).annotations = {
      ...(cm.annotations ?? {}),
      'pv.kubernetes.io/bind-completed': 'yes',
      'pv.kubernetes.io/bound-by-controller': 'yes',
    };
    this.store.modified(claim, CONTROLLER_WRITE);
    mut(claim).status = { accessModes: pv.spec?.accessModes, capacity: pv.spec?.capacity, phase: 'Bound' };
    this.store.modified(claim, CONTROLLER_STATUS_WRITE);
  }
}
