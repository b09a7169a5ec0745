// The objects that -f files name, as the resource builder's FilenameParam finds them for delete
// and describe: the path must exist, names may not be given as well, and each object's kind must
// map to a resource the cluster serves (or one the simulator knows it does not run).

import type { Workspace } from '../console-types';
import { CommandFailure, fail } from '../errors';
import { readManifests } from '../manifest';
import { resolveResourceType, type AnyResourceType } from '../resources';
import { unservedKindOf } from '../unserved-kinds';

export interface FileTarget {
  type: AnyResourceType;
  name: string;
  namespace?: string;
  /** The file the object came from, for "error when deleting "FILE": …". */
  source: string;
}

export function targetsFromFiles(
  files: readonly string[],
  argsWithFiles: boolean,
  defaultNamespace: string,
  workspace: Workspace,
): { targets: FileTarget[]; errors: string[] } | CommandFailure {
  const read = readManifests(files, workspace);
  if (read.missingPath !== undefined) return fail(`the path "${read.missingPath}" does not exist`);
  if (argsWithFiles)
    return fail('when paths, URLs, or stdin is provided as input, you may not specify resource arguments as well');
  const targets: FileTarget[] = [];
  const errors = [...read.errors];
  for (const item of read.objects) {
    const type = mappedResourceType(item.object);
    const meta = (item.object.metadata ?? {}) as Record<string, unknown>;
    if (!type) {
      errors.push(
        `resource mapping not found for name: "${stringField(meta.name)}" namespace: "${stringField(meta.namespace)}" from "${item.source}": no matches for kind "${String(item.object.kind)}" in version "${String(item.object.apiVersion)}"\nensure CRDs are installed first`,
      );
      continue;
    }
    const namespace = type.namespaced
      ? typeof meta.namespace === 'string' && meta.namespace
        ? meta.namespace
        : defaultNamespace
      : undefined;
    targets.push({ type, name: stringField(meta.name), namespace, source: item.source });
  }
  return { targets, errors };
}

/**
 * The resource a manifest's apiVersion and kind map to (the RESTMapper's answer): one the cluster
 * serves, one the simulator knows it does not run, or none ("no matches for kind").
 */
export function mappedResourceType(object: Record<string, unknown>): AnyResourceType | undefined {
  const apiVersion = String(object.apiVersion);
  const kind = String(object.kind);
  const served = resolveResourceType(kind);
  return served && apiVersion === 'v1' && served.kind === kind ? served : unservedKindOf(apiVersion, kind);
}

/** A metadata string as decoded (readManifests has refused any other type); absent is empty. */
function stringField(value: unknown): string {
  return typeof value === 'string' ? value : '';
}
