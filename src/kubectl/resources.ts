// Resource type names as kubectl resolves them through discovery: plural, singular, short names
// and the Kind, case-insensitively (`pods`, `pod`, `po`, `Pod`). Only what the simulated API
// server serves resolves; everything else gets the server's "doesn't have a resource type".

import type { Kind } from '../sim/api';
import { qualifiersAllow, splitResourceWord } from './resource-words';
import { resolveUnservedType, type UnservedType } from './unserved-kinds';

export interface ResourceType {
  kind: Kind;
  plural: string;
  singular: string;
  shortNames: string[];
  namespaced: boolean;
  /** Verbs as `kubectl api-resources -o wide` lists them. */
  verbs: string[];
}

export const RESOURCE_TYPES: readonly ResourceType[] = [
  {
    kind: 'Event',
    plural: 'events',
    singular: 'event',
    shortNames: ['ev'],
    namespaced: true,
    verbs: ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'],
  },
  {
    kind: 'Namespace',
    plural: 'namespaces',
    singular: 'namespace',
    shortNames: ['ns'],
    namespaced: false,
    verbs: ['create', 'delete', 'get', 'list', 'patch', 'update', 'watch'],
  },
  {
    kind: 'Node',
    plural: 'nodes',
    singular: 'node',
    shortNames: ['no'],
    namespaced: false,
    verbs: ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'],
  },
  {
    kind: 'PersistentVolumeClaim',
    plural: 'persistentvolumeclaims',
    singular: 'persistentvolumeclaim',
    shortNames: ['pvc'],
    namespaced: true,
    verbs: ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'],
  },
  {
    kind: 'PersistentVolume',
    plural: 'persistentvolumes',
    singular: 'persistentvolume',
    shortNames: ['pv'],
    namespaced: false,
    verbs: ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'],
  },
  {
    kind: 'Pod',
    plural: 'pods',
    singular: 'pod',
    shortNames: ['po'],
    namespaced: true,
    verbs: ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'],
  },
];

export function resourceTypeOf(kind: Kind): ResourceType {
  return RESOURCE_TYPES.find((t) => t.kind === kind)!;
}

/** Resolves a typed resource word; undefined when the server has no such type. */
export function resolveResourceType(word: string): ResourceType | undefined {
  const parsed = splitResourceWord(word);
  if (!qualifiersAllow(parsed, '', 'v1')) return undefined;
  const lower = parsed.resource;
  return RESOURCE_TYPES.find(
    (t) => t.plural === lower || t.singular === lower || t.shortNames.includes(lower) || t.kind.toLowerCase() === lower,
  );
}

/** The server's answer to a word that names no type: it quotes the resource part only. */
function noSuchType(word: string): string {
  return `the server doesn't have a resource type "${word.split('.')[0]}"`;
}

/** The category `all` (in a cluster with only core objects, it covers Pods). */
export const ALL_CATEGORY: readonly Kind[] = ['Pod'];

/** Every word completion should offer for a resource type. */
export function resourceTypeWords(): string[] {
  const words = new Set<string>(['all']);
  for (const t of RESOURCE_TYPES) {
    words.add(t.plural);
    words.add(t.singular);
    for (const s of t.shortNames) words.add(s);
  }
  return [...words].sort();
}

export interface ResourceRef<T = ResourceType> {
  type: T;
  name?: string;
}

export type ResourceArgs<T = ResourceType> =
  { ok: true; refs: ResourceRef<T>[]; /** type given without names */ typesOnly: T[] } | { ok: false; error: string };

/** A served type, or one the cluster serves with no objects (unserved-kinds.ts). */
export type AnyResourceType = ResourceType | UnservedType;

export function isUnserved(type: AnyResourceType): type is UnservedType {
  return 'unserved' in type;
}

/**
 * Interprets `TYPE`, `TYPE NAME...`, `TYPE1,TYPE2`, `TYPE/NAME ...` the way kubectl's resource
 * builder does. Mixing `TYPE/NAME` with a bare type is an error, with kubectl's text. With
 * `withUnserved`, the kinds the simulator does not run resolve too (they have no objects).
 */
export function parseResourceArgs(args: readonly string[]): ResourceArgs;
export function parseResourceArgs(args: readonly string[], withUnserved: true): ResourceArgs<AnyResourceType>;
export function parseResourceArgs(args: readonly string[], withUnserved = false): ResourceArgs<AnyResourceType> {
  const resolve = (word: string): AnyResourceType | undefined =>
    resolveResourceType(word) ?? (withUnserved ? resolveUnservedType(word) : undefined);
  if (args.length === 0) return { ok: true, refs: [], typesOnly: [] };
  // cli-runtime's builder: hasCombinedTypeArgs, then splitResourceTypeName for every argument,
  // and only then the types' mappings, so every syntax error comes before an unknown type.
  if (args.some((a) => a.includes('/'))) {
    if (!args.every((a) => a.includes('/'))) {
      return {
        ok: false,
        error: `there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'`,
      };
    }
    const pairs: [string, string][] = [];
    for (const arg of args) {
      const parts = arg.split('/');
      if (parts.length !== 2)
        return { ok: false, error: 'arguments in resource/name form may not have more than one slash' };
      const [typeWord, name] = parts as [string, string];
      if (typeWord === '' || name === '' || typeWord.split(',').filter((w) => w !== '').length !== 1) {
        return { ok: false, error: 'arguments in resource/name form must have a single resource and name' };
      }
      pairs.push([typeWord, name]);
    }
    const refs: ResourceRef<AnyResourceType>[] = [];
    for (const [typeWord, name] of pairs) {
      const type = resolve(typeWord);
      if (!type) return { ok: false, error: noSuchType(typeWord) };
      refs.push({ type, name });
    }
    return { ok: true, refs, typesOnly: [] };
  }
  const typeWords = args[0]!.split(',').filter((w) => w !== '');
  const types: AnyResourceType[] = [];
  for (const word of typeWords) {
    if (word.toLowerCase() === 'all') {
      for (const kind of ALL_CATEGORY) types.push(resourceTypeOf(kind));
      continue;
    }
    const type = resolve(word);
    if (!type) return { ok: false, error: noSuchType(word) };
    if (!types.includes(type)) types.push(type);
  }
  const names = args.slice(1);
  if (names.length === 0) return { ok: true, refs: [], typesOnly: types };
  const refs: ResourceRef<AnyResourceType>[] = [];
  for (const type of types) for (const name of names) refs.push({ type, name });
  return { ok: true, refs, typesOnly: [] };
}

/** The resource builder's answer to TYPE/NAME arguments together with -l, --field-selector or --all. */
export const SELECTOR_WITH_TUPLES = 'selectors and the all flag cannot be used when passing resource/name arguments';
