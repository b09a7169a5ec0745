// kubectl apply --prune (pkg/cmd/apply/prune.go, pkg/util/prune/prune.go): after applying, delete
// the objects of the pruned kinds that an earlier apply created (they carry the
// last-applied-configuration annotation) and that this apply did not visit.

import type { Kind } from '../../sim/api';
import type { CommandContext } from '../command';
import { DISCOVERY } from '../discovery';
import { klogLine } from '../errors';
import { resourceTypeOf } from '../resources';
import type { ObjectSelector } from './write-flags';

export interface PruneResource {
  group: string;
  version: string;
  kind: string;
  namespaced: boolean;
}

/** prune.go's defaults: namespaced first, then the cluster-wide ones, each in this order. */
const DEFAULT_PRUNE: readonly PruneResource[] = [
  ['', 'ConfigMap'],
  ['', 'Endpoints'],
  ['', 'PersistentVolumeClaim'],
  ['', 'Pod'],
  ['', 'ReplicationController'],
  ['', 'Secret'],
  ['', 'Service'],
  ['batch', 'Job'],
  ['batch', 'CronJob'],
  ['networking.k8s.io', 'Ingress'],
  ['apps', 'DaemonSet'],
  ['apps', 'Deployment'],
  ['apps', 'ReplicaSet'],
  ['apps', 'StatefulSet'],
  ['', 'Namespace'],
  ['', 'PersistentVolume'],
].map(([group, kind]) => ({
  group: group!,
  version: 'v1',
  kind: kind!,
  namespaced: kind !== 'Namespace' && kind !== 'PersistentVolume',
}));

/** prune.ParseResources: each entry is group/version/kind ("core" for the core group). */
export function parsePruneAllowlist(entries: readonly string[]): PruneResource[] | string {
  const out: PruneResource[] = [];
  for (const entry of entries) {
    const parts = entry.split('/');
    if (parts.length !== 3) return `invalid GroupVersionKind format: ${entry}, please follow <group/version/kind>`;
    const [rawGroup, version, kind] = parts as [string, string, string];
    const group = rawGroup === 'core' ? '' : rawGroup;
    const found = DISCOVERY.find((r) => r.group === group && r.version === version && r.kind === kind);
    if (!found) {
      const groupVersion = group === '' ? version : `${group}/${version}`;
      return `no matches for kind "${kind}" in version "${groupVersion}"`;
    }
    out.push({ group, version, kind, namespaced: found.namespaced });
  }
  return out;
}

const RUN_KINDS: readonly Kind[] = ['Pod', 'PersistentVolumeClaim', 'PersistentVolume', 'Namespace'];

export interface PruneRequest {
  allowlist: readonly PruneResource[];
  select: ObjectSelector;
  visitedUids: ReadonlySet<string>;
  visitedNamespaces: ReadonlySet<string>;
  dryRun: 'none' | 'client' | 'server';
  gracePeriod: number;
  outputName: boolean;
}

/** pruner.pruneAll; false when a delete failed (its error is printed). */
export function pruneAll(request: PruneRequest, ctx: CommandContext): boolean {
  let resources = request.allowlist;
  if (resources.length === 0) {
    resources = DEFAULT_PRUNE;
    // The kubeconfig always names a namespace here, so kubectl always warns about the defaults.
    ctx.stderr(
      klogLine(
        'W',
        ctx.cluster.clock.now(),
        'prune.go:71',
        'Deprecated: kubectl apply will no longer prune non-namespaced resources by default when used with the --namespace flag in a future release. To preserve the current behaviour, list the resources you want to target explicitly in the --prune-allowlist flag.',
      ),
    );
  }
  const namespaced = resources.filter((r) => r.namespaced);
  const clusterWide = resources.filter((r) => !r.namespaced);
  for (const namespace of request.visitedNamespaces)
    for (const resource of namespaced) if (!pruneKind(resource, namespace, request, ctx)) return false;
  for (const resource of clusterWide) if (!pruneKind(resource, undefined, request, ctx)) return false;
  return true;
}

function pruneKind(
  resource: PruneResource,
  namespace: string | undefined,
  request: PruneRequest,
  ctx: CommandContext,
): boolean {
  // Kinds the simulator does not run have no objects to prune.
  const kind = RUN_KINDS.find((k) => k === resource.kind && resource.group === '');
  if (!kind) return true;
  const listed = ctx.cluster.list(kind, namespace);
  if (!listed.ok) return true;
  const singular = resourceTypeOf(kind).singular;
  for (const obj of listed.value) {
    const metadata = obj.metadata ?? {};
    if (!metadata.annotations?.['kubectl.kubernetes.io/last-applied-configuration']) continue;
    if (!request.select(obj as unknown as Record<string, unknown>)) continue;
    if (request.visitedUids.has(metadata.uid ?? '')) continue;
    const name = metadata.name ?? '';
    if (request.dryRun !== 'client') {
      const deleted = ctx.cluster.delete(kind, namespace, name, {
        ...(request.gracePeriod >= 0 ? { gracePeriodSeconds: request.gracePeriod } : {}),
        dryRun: request.dryRun === 'server',
      });
      if (!deleted.ok) {
        // pruneAll wraps the delete's error with %v: its message, without "Error from server".
        const scope = resource.namespaced ? 'namespaced' : 'nonNamespaced';
        ctx.stderr(`error: error pruning ${scope} object /v1, Kind=${kind}: ${deleted.error.message}\n`);
        return false;
      }
    }
    const suffix = request.dryRun === 'client' ? ' (dry run)' : request.dryRun === 'server' ? ' (server dry run)' : '';
    ctx.stdout(request.outputName ? `${singular}/${name}\n` : `${singular}/${name} pruned${suffix}\n`);
  }
  return true;
}
