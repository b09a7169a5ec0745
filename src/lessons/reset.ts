// Empties a cluster of what a learner made, so a lesson can start from its own state in the same
// session: every Pod in the default namespace is removed at once (the API's force deletion with a
// zero grace period), then every claim and volume. Nodes and kube-system stay as they were.

import type { ClusterApi } from '../sim/api';

export function resetCluster(cluster: ClusterApi): void {
  const names = (kind: 'Pod' | 'PersistentVolumeClaim' | 'PersistentVolume', ns: string | undefined) => {
    const listed = cluster.list(kind, ns);
    return listed.ok ? listed.value.map((o) => o.metadata?.name ?? '').filter(Boolean) : [];
  };
  for (const name of names('Pod', 'default')) cluster.delete('Pod', 'default', name, { gracePeriodSeconds: 0 });
  for (const name of names('PersistentVolumeClaim', 'default'))
    cluster.delete('PersistentVolumeClaim', 'default', name, { gracePeriodSeconds: 0 });
  for (const name of names('PersistentVolume', undefined))
    cluster.delete('PersistentVolume', undefined, name, { gracePeriodSeconds: 0 });
  // Claims and volumes carry protection finalizers, lifted by controllers once nothing uses them:
  // let simulated time pass until they are gone, so the lesson can create them again by name.
  const gone = () =>
    [...names('PersistentVolumeClaim', 'default'), ...names('PersistentVolume', undefined), ...names('Pod', 'default')]
      .length === 0;
  if (!gone()) cluster.clock.runUntil(gone, RESET_LIMIT_MS);
}

/** How long a reset waits for finalizers (real controllers act within seconds). */
const RESET_LIMIT_MS = 120_000;
