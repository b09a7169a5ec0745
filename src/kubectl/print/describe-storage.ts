// `kubectl describe pv` and `kubectl describe pvc` (kubectl pkg/describe describePersistentVolume,
// describePersistentVolumeClaim).

import type { Event, PersistentVolume, PersistentVolumeClaim, Pod } from '../../sim/api';
import { accessModesText, storageClassOf } from './columns';
import { writeEvents } from './describe-events';
import { writeVolumeSource } from './describe-volumes';
import { DescribeWriter, rfc1123z, writeAnnotations, writeLabels } from './describe-writer';
import { since } from './duration';
import { goSort } from './go-sort';
import { canonicalQuantity } from './quantity';

/** Go's %v of a []string: "[a b]". */
const goList = (items: readonly string[] | undefined) => `[${(items ?? []).join(' ')}]`;

export function describePersistentVolume(pv: PersistentVolume, events: Event[] | undefined, now: number): string {
  const w = new DescribeWriter();
  const meta = pv.metadata ?? {};
  const spec = pv.spec ?? {};
  w.write(0, `Name:\t${meta.name ?? ''}\n`);
  writeLabels(w, 'Labels', meta.labels);
  writeAnnotations(w, 'Annotations', meta.annotations);
  w.write(0, `Finalizers:\t${goList(meta.finalizers)}\n`);
  w.write(0, `StorageClass:\t${storageClassOf(pv)}\n`);
  if (meta.deletionTimestamp) w.write(0, `Status:\tTerminating (lasts ${since(meta.deletionTimestamp, now)})\n`);
  else w.write(0, `Status:\t${pv.status?.phase ?? ''}\n`);
  w.write(0, `Claim:\t${spec.claimRef ? `${spec.claimRef.namespace ?? ''}/${spec.claimRef.name ?? ''}` : ''}\n`);
  w.write(0, `Reclaim Policy:\t${spec.persistentVolumeReclaimPolicy ?? ''}\n`);
  w.write(0, `Access Modes:\t${accessModesText(spec.accessModes)}\n`);
  if (spec.volumeMode) w.write(0, `VolumeMode:\t${spec.volumeMode}\n`);
  w.write(0, `Capacity:\t${canonicalQuantity(spec.capacity?.['storage'] ?? '0')}\n`);
  writeNodeAffinity(w, spec.nodeAffinity);
  w.write(0, `Message:\t${pv.status?.message ?? ''}\n`);
  w.write(0, 'Source:\n');
  if (spec.local) {
    w.write(2, 'Type:\tLocalVolume (a persistent volume backed by local storage on a node)\n');
    w.write(2, `Path:\t${spec.local.path}\n`);
  } else if (spec.hostPath || spec.nfs) {
    writeVolumeSource(w, { name: '', ...(spec.hostPath ? { hostPath: spec.hostPath } : { nfs: spec.nfs! }) });
  } else {
    w.write(1, '<unknown>\n');
  }
  writeEvents(w, events, now);
  return w.toString();
}

type NodeAffinity = NonNullable<NonNullable<PersistentVolume['spec']>['nodeAffinity']>;

function writeNodeAffinity(w: DescribeWriter, affinity: NodeAffinity | undefined): void {
  w.write(0, 'Node Affinity:\t');
  if (!affinity?.required) {
    w.write(0, '<none>\n');
    return;
  }
  w.write(0, '\n');
  const terms = affinity.required.nodeSelectorTerms ?? [];
  w.write(1, 'Required Terms:\t');
  if (terms.length === 0) {
    w.write(0, '<none>\n');
    return;
  }
  w.write(0, '\n');
  terms.forEach((term, i) => {
    const reqs = term.matchExpressions ?? [];
    w.write(2, `Term ${i}:\t`);
    if (reqs.length === 0) w.write(0, '<none>\n');
    reqs.forEach((req, j) => {
      if (j !== 0) w.write(2, '\t');
      let text = `${req.key} ${req.operator.toLowerCase()}`;
      if (req.values && req.values.length > 0) text += ` [${req.values.join(', ')}]`;
      w.write(0, `${text}\n`);
    });
  });
}

export interface DescribeClaimOptions {
  /** Pods in the claim's namespace; those mounting it are listed under "Used By". */
  pods?: Pod[];
}

export function describePersistentVolumeClaim(
  pvc: PersistentVolumeClaim,
  events: Event[] | undefined,
  now: number,
  opts: DescribeClaimOptions = {},
): string {
  const w = new DescribeWriter();
  const meta = pvc.metadata ?? {};
  const spec = pvc.spec ?? {};
  w.write(0, `Name:\t${meta.name ?? ''}\n`);
  w.write(0, `Namespace:\t${meta.namespace ?? ''}\n`);
  w.write(0, `StorageClass:\t${storageClassOf(pvc)}\n`);
  if (meta.deletionTimestamp) w.write(0, `Status:\tTerminating (lasts ${since(meta.deletionTimestamp, now)})\n`);
  else w.write(0, `Status:\t${pvc.status?.phase ?? ''}\n`);
  w.write(0, `Volume:\t${spec.volumeName ?? ''}\n`);
  writeLabels(w, 'Labels', meta.labels);
  writeAnnotations(w, 'Annotations', meta.annotations);
  w.write(0, `Finalizers:\t${goList(meta.finalizers)}\n`);
  const bound = Boolean(spec.volumeName);
  w.write(0, `Capacity:\t${bound ? canonicalQuantity(pvc.status?.capacity?.['storage'] ?? '0') : ''}\n`);
  w.write(0, `Access Modes:\t${bound ? accessModesText(pvc.status?.accessModes) : ''}\n`);
  if (spec.volumeMode) w.write(0, `VolumeMode:\t${spec.volumeMode}\n`);
  if (spec.dataSource) {
    w.write(0, 'DataSource:\n');
    if (spec.dataSource.apiGroup) w.write(1, `APIGroup:\t${spec.dataSource.apiGroup}\n`);
    w.write(1, `Kind:\t${spec.dataSource.kind}\n`);
    w.write(1, `Name:\t${spec.dataSource.name}\n`);
  }
  const users = podsUsingClaim(pvc, opts.pods ?? []);
  w.write(0, 'Used By:\t');
  if (users.length === 0) w.write(0, '<none>\n');
  users.forEach((pod, i) => w.write(0, `${i === 0 ? '' : '\t'}${pod.metadata?.name ?? ''}\n`));
  const conditions = pvc.status?.conditions ?? [];
  if (conditions.length > 0) {
    w.write(0, 'Conditions:\n');
    w.write(1, 'Type\tStatus\tLastProbeTime\tLastTransitionTime\tReason\tMessage\n');
    w.write(1, '----\t------\t-----------------\t------------------\t------\t-------\n');
    for (const c of conditions) {
      w.write(
        1,
        `${c.type} \t${c.status} \t${rfc1123z(c.lastProbeTime)} \t${rfc1123z(c.lastTransitionTime)} \t${c.reason ?? ''} \t${c.message ?? ''}\n`,
      );
    }
  }
  writeEvents(w, events, now);
  return w.toString();
}

// getPodsForPVC: a Pod once for every volume of it that names the claim, then the Pods that own
// the claim (an ephemeral volume's), each once; printPodsMultiline sorts them by name with
// sort.Slice (pdqsort, unstable).
function podsUsingClaim(pvc: PersistentVolumeClaim, pods: Pod[]): Pod[] {
  const users: Pod[] = [];
  for (const pod of pods) {
    for (const volume of pod.spec?.volumes ?? []) {
      if (volume.persistentVolumeClaim?.claimName === pvc.metadata?.name) users.push(pod);
    }
  }
  for (const owner of pvc.metadata?.ownerReferences ?? []) {
    if (owner.kind !== 'Pod') continue;
    const pod = pods.find((p) => p.metadata?.uid === owner.uid);
    if (pod && !users.some((u) => u.metadata?.uid === pod.metadata?.uid)) users.push(pod);
  }
  return goSort(users, (a, b) => (a.metadata?.name ?? '') < (b.metadata?.name ?? ''));
}
