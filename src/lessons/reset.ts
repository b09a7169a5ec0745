// Empties a cluster of what a learner made, so a lesson can start from its own state in the same
// session: every Pod in the default namespace is removed at once (the API's force deletion with a
// zero grace period), then every claim and volume. Nodes and kube-system stay as they were.

import type { ClusterApi, KubeObject } from '../sim/api';

export function resetCluster(cluster: ClusterApi): void {
  const names = (kind: 'Pod' | 'PersistentVolumeClaim' | 'PersistentVolume', ns: string | undefined) => {
    const listed = cluster.list(kind, ns);
    return listed.ok ? (listed.value as KubeObject[]).map((o) => o.metadata?.name ?? '').filter(Boolean) : [];
  };
  for (const name of names('Pod', 'default')) cluster.delete('Pod', 'default', name, { gracePeriodSeconds: 0 });
  for (const name of names('PersistentVolumeClaim', 'default')) cluster.delete('PersistentVolumeClaim', 'default', name, { gracePeriodSeconds: 0 });
  for (const name of names('PersistentVolume', undefined)) cluster.delete('PersistentVolume', undefined, name, { gracePeriodSeconds: 0 });
}
