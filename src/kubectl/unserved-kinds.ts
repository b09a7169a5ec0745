// Kinds a v1.32 cluster serves (discovery.ts) that the simulator does not run: Deployments,
// ConfigMaps, Services, Jobs… Reading them answers as an empty cluster would (no objects, and a
// named one is NotFound under its group-qualified resource, as the apiserver words it). Writing
// them is refused in Pod Lab's own words: a learner must not think a Deployment was created.

import type { StatusError } from '../sim/api';
import { DISCOVERY, type DiscoveredResource } from './discovery';
import { qualifiersAllow, splitResourceWord } from './resource-words';

export interface UnservedType {
  unserved: true;
  kind: string;
  /** "" for the core group. */
  group: string;
  version: string;
  plural: string;
  singular: string;
  namespaced: boolean;
}

/** The core resources the simulator runs (resources.ts; a test keeps the two in step). */
export const SERVED_CORE_RESOURCES: ReadonlySet<string> = new Set([
  'events',
  'namespaces',
  'nodes',
  'persistentvolumeclaims',
  'persistentvolumes',
  'pods',
]);

// metrics.k8s.io repeats `pods` and `nodes`, and events.k8s.io repeats `events`: kubectl's mapper
// prefers the core group for the bare words, and both views are of objects the simulator runs.
const SHADOWING_GROUPS = new Set(['metrics.k8s.io', 'events.k8s.io']);

function isUnserved(row: DiscoveredResource): boolean {
  if (!row.verbs.includes('list') || SHADOWING_GROUPS.has(row.group)) return false;
  return !(row.group === '' && SERVED_CORE_RESOURCES.has(row.name));
}

const UNSERVED: readonly UnservedType[] = DISCOVERY.filter(isUnserved).map((row) => ({
  unserved: true,
  kind: row.kind,
  group: row.group,
  version: row.version,
  plural: row.name,
  singular: row.kind.toLowerCase(),
  namespaced: row.namespaced,
}));

function shortNamesOf(type: UnservedType): string[] {
  return DISCOVERY.find((r) => r.group === type.group && r.name === type.plural)?.shortNames ?? [];
}

function namesResource(type: UnservedType, word: string): boolean {
  return (
    word === type.plural ||
    word === type.singular ||
    shortNamesOf(type).includes(word) ||
    word === type.kind.toLowerCase()
  );
}

/**
 * Resolves a resource word as kubectl's RESTMapper does for these kinds: `deployments`,
 * `deployment`, `deploy`, `Deployment`, and the qualified `deployments.apps`,
 * `deployments.v1.apps`.
 */
export function resolveUnservedType(word: string): UnservedType | undefined {
  const parsed = splitResourceWord(word);
  return UNSERVED.find(
    (type) => namesResource(type, parsed.resource) && qualifiersAllow(parsed, type.group, type.version),
  );
}

/** How the apiserver names the resource in its messages: `deployments.apps`, `configmaps`. */
export function qualifiedResource(type: UnservedType): string {
  return type.group ? `${type.plural}.${type.group}` : type.plural;
}

/** The server's answer for a named object of a kind that has none. */
export function unservedNotFound(type: UnservedType, name: string): StatusError {
  return {
    kind: 'Status',
    apiVersion: 'v1',
    metadata: {},
    status: 'Failure',
    message: `${qualifiedResource(type)} "${name}" not found`,
    reason: 'NotFound',
    details: { name, ...(type.group ? { group: type.group } : {}), kind: type.plural },
    code: 404,
  };
}

/** A kind written in a manifest (`apps/v1` Deployment), if it is one the simulator does not run. */
export function unservedKindOf(apiVersion: string, kind: string): UnservedType | undefined {
  const [group, version] = apiVersion.includes('/') ? apiVersion.split('/', 2) : ['', apiVersion];
  return UNSERVED.find((t) => t.kind === kind && t.group === group && t.version === version);
}

function pluralKind(kind: string): string {
  if (kind.endsWith('s')) return kind === 'Endpoints' ? kind : `${kind}es`;
  if (/[^aeiou]y$/.test(kind)) return `${kind.slice(0, -1)}ies`;
  return `${kind}s`;
}

const RUNS = 'It runs what the Pods chapter uses: Pods, PersistentVolumes, PersistentVolumeClaims and Namespaces.';

/**
 * Pod Lab speaking for itself: the object was not created, and why. The message of one
 * `error:` line, so it reads like kubectl's other refusals and keeps its exit code 1.
 */
export function unservedRefusal(type: UnservedType, name: string | undefined): string {
  const label = type.group ? `${type.singular}.${type.group}` : type.singular;
  const what = name ? `${label}/${name} was not created` : 'nothing was created';
  return `Pod Lab's cluster does not run ${pluralKind(type.kind)}, so ${what}. ${RUNS}`;
}

/** The type for a kind name from discovery (for `kubectl create deployment` and the like). */
export function unservedTypeOfKind(kind: string): UnservedType | undefined {
  return UNSERVED.find((t) => t.kind === kind);
}
