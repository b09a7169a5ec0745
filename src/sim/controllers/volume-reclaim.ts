// What the persistent-volume controller does with a volume whose claim is gone, by its reclaim policy
// (pkg/controller/volume/persistentvolume/pv_controller.go reclaimVolume). Retain leaves it Released.
// Delete asks the volume's in-tree plugin to delete it (deleteVolumeOperation → doDeleteVolume →
// findDeletablePlugin): nfs has no deleter, so the volume is Failed with VolumeFailedDelete; hostPath's
// deleter only removes paths under /tmp; other sources are an external provisioner's to delete.
import type { PersistentVolume } from 'kubernetes-types/core/v1';
import type { ObjectStore } from '../apiserver/store';
import type { EventRecorder } from '../events';
import { mut } from '../mutable';
import type { FieldWriter } from '../apiserver/managed-fields';

// The controller's client names itself by the binary's user agent ("kube-controller-manager/…"),
// whose first word is the field manager (handlers' managerOrUserAgent); phases go through the
// status subresource (pv_controller.go updateVolumePhase, updateClaimStatus).
export const CONTROLLER_WRITE: FieldWriter = { manager: 'kube-controller-manager' };
export const CONTROLLER_STATUS_WRITE: FieldWriter = { manager: 'kube-controller-manager', subresource: 'status' };

/** The deleter's result: the volume is gone, or why it cannot be; undefined when it is not the controller's to do. */
function deleteOutcome(pv: PersistentVolume): { deleted: true } | { error: string } | undefined {
  const name = pv.metadata?.name ?? '';
  if (pv.spec?.nfs)
    return { error: `error getting deleter volume plugin for volume "${name}": no deletable volume plugin matched` };
  if (pv.spec?.hostPath) {
    // pkg/volume/hostpath/host_path.go hostPathDeleter.Delete
    const path = pv.spec.hostPath.path;
    return /^\/tmp\/.+/.test(path)
      ? { deleted: true }
      : { error: `host_path deleter only supports /tmp/.+ but received provided ${path}` };
  }
  return undefined;
}

/** The claim of a Bound volume is gone: Released, then the reclaim policy. */
export function reclaimVolume(pv: PersistentVolume, store: ObjectStore, events: EventRecorder): void {
  mut(pv).status = { phase: 'Released' };
  store.modified(pv, CONTROLLER_STATUS_WRITE);
  if (pv.spec?.persistentVolumeReclaimPolicy !== 'Delete') return;
  const outcome = deleteOutcome(pv);
  if (outcome === undefined) return;
  if ('deleted' in outcome) {
    store.remove(pv);
    return;
  }
  // updateVolumePhaseWithEvent: phase Failed, the error as the status message and a Warning event.
  mut(pv).status = { phase: 'Failed', message: outcome.error };
  store.modified(pv, CONTROLLER_STATUS_WRITE);
  const m = pv.metadata!;
  events.record(
    { kind: 'PersistentVolume', name: m.name!, uid: m.uid, resourceVersion: m.resourceVersion },
    'Warning',
    'VolumeFailedDelete',
    outcome.error,
    { component: 'persistentvolume-controller' },
  );
}
