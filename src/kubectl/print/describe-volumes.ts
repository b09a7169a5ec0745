// The Volumes section of `kubectl describe pod`: one block per volume with kubectl's wording for
// each volume type (kubectl pkg/describe describeVolumes).

import type { Pod } from '../../sim/api';
import type { DescribeWriter } from './describe-writer';
import { canonicalQuantity } from './quantity';

type Volume = NonNullable<NonNullable<Pod['spec']>['volumes']>[number];

export function writeVolumes(w: DescribeWriter, volumes: Volume[] | undefined): void {
  if (!volumes || volumes.length === 0) {
    w.write(0, 'Volumes:\t<none>\n');
    return;
  }
  w.write(0, 'Volumes:\n');
  for (const v of volumes) {
    w.write(1, `${v.name}:\n`);
    writeVolumeSource(w, v);
  }
}

/** The block for one volume source, two levels in (also used for a PV's Source). */
export function writeVolumeSource(w: DescribeWriter, v: Volume): void {
  if (v.hostPath) {
    const type = v.hostPath.type === undefined || v.hostPath.type === null ? '<none>' : v.hostPath.type;
    w.write(2, 'Type:\tHostPath (bare host directory volume)\n');
    w.write(2, `Path:\t${v.hostPath.path}\n`);
    w.write(2, `HostPathType:\t${type}\n`);
  } else if (v.emptyDir) {
    const limit = v.emptyDir.sizeLimit;
    const sizeLimit = limit !== undefined && canonicalQuantity(limit) !== '0' ? canonicalQuantity(limit) : '<unset>';
    w.write(2, "Type:\tEmptyDir (a temporary directory that shares a pod's lifetime)\n");
    w.write(2, `Medium:\t${v.emptyDir.medium ?? ''}\n`);
    w.write(2, `SizeLimit:\t${sizeLimit}\n`);
  } else if (v.secret) {
    w.write(2, 'Type:\tSecret (a volume populated by a Secret)\n');
    w.write(2, `SecretName:\t${v.secret.secretName ?? ''}\n`);
    w.write(2, `Optional:\t${Boolean(v.secret.optional)}\n`);
  } else if (v.configMap) {
    w.write(2, 'Type:\tConfigMap (a volume populated by a ConfigMap)\n');
    w.write(2, `Name:\t${v.configMap.name ?? ''}\n`);
    w.write(2, `Optional:\t${Boolean(v.configMap.optional)}\n`);
  } else if (v.nfs) {
    w.write(2, 'Type:\tNFS (an NFS mount that lasts the lifetime of a pod)\n');
    w.write(2, `Server:\t${v.nfs.server}\n`);
    w.write(2, `Path:\t${v.nfs.path}\n`);
    w.write(2, `ReadOnly:\t${Boolean(v.nfs.readOnly)}\n`);
  } else if (v.persistentVolumeClaim) {
    w.write(2, 'Type:\tPersistentVolumeClaim (a reference to a PersistentVolumeClaim in the same namespace)\n');
    w.write(2, `ClaimName:\t${v.persistentVolumeClaim.claimName}\n`);
    w.write(2, `ReadOnly:\t${Boolean(v.persistentVolumeClaim.readOnly)}\n`);
  } else if (v.downwardAPI) {
    w.write(2, 'Type:\tDownwardAPI (a volume populated by information about the pod)\n');
    w.write(2, 'Items:\n');
    for (const item of v.downwardAPI.items ?? []) {
      if (item.fieldRef) w.write(3, `${item.fieldRef.fieldPath} -> ${item.path}\n`);
      if (item.resourceFieldRef) w.write(3, `${item.resourceFieldRef.resource} -> ${item.path}\n`);
    }
  } else if (v.projected) {
    w.write(2, 'Type:\tProjected (a volume that contains injected data from multiple sources)\n');
    for (const source of v.projected.sources ?? []) {
      // kubectl 1.32 prints these Optional fields as Go pointers: "<nil>" when unset.
      if (source.secret) {
        w.write(2, `SecretName:\t${source.secret.name ?? ''}\n`);
        w.write(2, `SecretOptionalName:\t${optionalPointer(source.secret.optional)}\n`);
      } else if (source.downwardAPI) {
        w.write(2, 'DownwardAPI:\ttrue\n');
      } else if (source.configMap) {
        w.write(2, `ConfigMapName:\t${source.configMap.name ?? ''}\n`);
        w.write(2, `ConfigMapOptional:\t${optionalPointer(source.configMap.optional)}\n`);
      } else if (source.serviceAccountToken) {
        w.write(2, `TokenExpirationSeconds:\t${source.serviceAccountToken.expirationSeconds ?? 0}\n`);
      }
    }
  } else {
    w.write(1, '<unknown>\n');
  }
}

// A set *bool prints as an address in real kubectl; the value is the closest honest rendering.
function optionalPointer(value: boolean | undefined): string {
  return value === undefined || value === null ? '<nil>' : String(value);
}
