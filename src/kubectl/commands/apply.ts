// kubectl apply -f (pkg/cmd/apply/apply.go): create what is missing, or three-way merge the file
// into the live object, remembering what was applied in the last-applied-configuration annotation.

import {
  CLIENT_SIDE_APPLY_MANAGER,
  deepEqual,
  LAST_APPLIED,
  objectToCreateByApply,
  threeWayMerge,
} from '../apply-merge';
import { defineCommand, type CommandContext } from '../command';
import { formatStatusError } from '../errors';
import type { ManifestObject } from '../manifest';
import { resourceTypeOf } from '../resources';
import type { KubeObject } from '../../sim/api';
import { printWithFlags, readPrinterFiles } from './print-flags';
import { APPLY_ONLY_FLAGS, parseApplyOptions } from './apply-options';
import { pruneAll } from './apply-prune';
import { FILE_FLAGS, outcome, preflight, report, runFiles, type FileOptions } from './manifest-files';
import { fieldManagerFlag, parseObjectSelector } from './write-flags';

/** What one apply visited, for --prune: the objects it sent and their namespaces. */
interface Visited {
  uids: Set<string>;
  namespaces: Set<string>;
}

/**
 * apply.go shouldPrintObject: an -o other than name prints the objects once all are applied
 * (printObjects), as one List when there are several; without -o, or with -o name, each object's
 * line is printed as it is applied.
 */
function printsAtEnd(options: FileOptions): boolean {
  return typeof options.printer === 'string' || (options.printer.format ?? { kind: 'name' }).kind !== 'name';
}

function printApplied(options: FileOptions, applied: KubeObject[], ctx: CommandContext): boolean {
  if (!printsAtEnd(options) || applied.length === 0) return true;
  const printer =
    typeof options.printer === 'string' ? options.printer : readPrinterFiles(options.printer, ctx.workspace);
  if (typeof printer === 'string') {
    ctx.stderr(printer);
    return false;
  }
  const shown = printWithFlags(ctx, printer, applied, { asList: applied.length > 1 });
  return !shown.printed || shown.exitCode === 0;
}

function withoutNullCreationTimestamp(obj: Record<string, unknown>): KubeObject {
  const metadata = { ...((obj.metadata ?? {}) as Record<string, unknown>) };
  if (metadata.creationTimestamp === null) delete metadata.creationTimestamp;
  return { ...obj, metadata };
}

function applyOne(
  item: ManifestObject,
  options: FileOptions,
  ctx: CommandContext,
  applied: KubeObject[],
  visited: Visited,
): boolean {
  const done = (obj: KubeObject, verb: 'created' | 'configured' | 'unchanged'): boolean => {
    if (printsAtEnd(options)) applied.push(obj);
    else ctx.stdout(outcome(options, label, verb));
    return true;
  };
  const checked = preflight(item, options, 'apply');
  if (typeof checked === 'string') {
    ctx.stderr(`error: ${checked}\n`);
    return false;
  }
  const { kind, name, namespace } = checked;
  const type = resourceTypeOf(kind);
  const label = `${type.singular}/${name}`;
  if (options.apply?.serverSide) {
    ctx.stderr(
      `error: Pod Lab's API server does not do server-side apply, so ${label} was not applied. Leave out --server-side: kubectl applies on the client by default.\n`,
    );
    return false;
  }
  if (namespace !== undefined) visited.namespaces.add(namespace);
  const sent = { fieldValidation: options.validation, fieldManager: options.fieldManager };
  const desiredWithAnnotation = objectToCreateByApply(item.object, namespace);
  const dryRun = options.dryRun !== 'none';
  const live = ctx.cluster.get(kind, namespace, name);
  if (!live.ok && live.error.reason !== 'NotFound') {
    ctx.stderr(
      formatStatusError(
        live.error,
        `error when retrieving current configuration of:\nResource: "/v1, Resource=${type.plural}", GroupVersionKind: "/v1, Kind=${kind}"\nName: "${name}", Namespace: "${namespace ?? ''}"\nfrom server for: "${item.source}": `,
      ),
    );
    return false;
  }
  if (!live.ok) {
    // A client dry run prints the object it would have sent; kubectl.1.32 prints it without the
    // file's `creationTimestamp: null` (the annotation keeps it).
    if (options.dryRun === 'client') return done(withoutNullCreationTimestamp(desiredWithAnnotation), 'created');
    const created = ctx.cluster.create(desiredWithAnnotation, { ...sent, dryRun });
    if (created.ok) visited.uids.add(created.value.metadata?.uid ?? '');
    return report(ctx, created, `error when creating "${item.source}": `, (obj) => done(obj, 'created'));
  }
  visited.uids.add(live.value.metadata?.uid ?? '');
  // apply.go applyOneObject: a client dry run skips the whole patch step (its warning, its
  // "unchanged"), and says "configured" of the object as the server has it.
  if (options.dryRun === 'client') return done(live.value, 'configured');
  const liveObj = live.value as unknown as Record<string, unknown>;
  const liveAnnotations = ((liveObj.metadata as Record<string, unknown> | undefined)?.annotations ?? {}) as Record<
    string,
    string
  >;
  const previous = liveAnnotations[LAST_APPLIED];
  let lastApplied: Record<string, unknown> | undefined;
  if (previous) {
    try {
      lastApplied = JSON.parse(previous) as Record<string, unknown>;
    } catch {
      lastApplied = undefined;
    }
  } else {
    ctx.stderr(
      `Warning: resource ${type.plural}/${name} is missing the ${LAST_APPLIED} annotation which is required by kubectl apply. kubectl apply should only be used on resources created declaratively by either kubectl create --save-config or kubectl apply. The missing annotation will be patched automatically.\n`,
    );
  }
  const merged = threeWayMerge(liveObj, lastApplied, desiredWithAnnotation);
  if (deepEqual(merged, liveObj)) return done(live.value, 'unchanged');
  if (options.apply && !options.apply.overwrite) {
    ctx.stderr(
      `error: Pod Lab's kubectl apply always settles a change with the file's values, so ${label} was not patched. Leave out --overwrite=false.\n`,
    );
    return false;
  }
  const updated = ctx.cluster.update(merged, { ...sent, dryRun });
  if (
    !updated.ok &&
    options.apply?.force &&
    (updated.error.reason === 'Invalid' || updated.error.reason === 'Conflict')
  ) {
    // patcher.go deleteAndCreate: kubectl deletes the object and polls for it to be gone.
    ctx.stderr(
      `error: Pod Lab's kubectl apply does not replace objects (--force), so ${label} was left as it was. Delete it, then apply the file again.\n`,
    );
    return false;
  }
  return report(ctx, updated, 'error when applying patch: ', (obj) => done(obj, 'configured'));
}

export const applyCommand = defineCommand<FileOptions>({
  name: 'apply',
  group: 'Advanced Commands',
  summary: 'Apply a configuration to a resource by file name or stdin',
  help: `Apply a configuration to a resource by file name. The resource is created if it does not exist yet.

 The configuration you apply is remembered in the annotation kubectl.kubernetes.io/last-applied-configuration,
so that a later apply can tell which fields you removed from the file.

Examples:
  # Create or update the Pod described in kuard-pod.yaml
  kubectl apply -f kuard-pod.yaml

  # Apply every manifest in the current directory
  kubectl apply -f .`,
  usage: 'apply (-f FILENAME | -k DIRECTORY)',
  flags: [...FILE_FLAGS, ...APPLY_ONLY_FLAGS, fieldManagerFlag(CLIENT_SIDE_APPLY_MANAGER)],
  parse: parseApplyOptions,
  run: (options, ctx) => {
    const applied: KubeObject[] = [];
    const visited: Visited = { uids: new Set(), namespaces: new Set() };
    return runFiles(
      'apply',
      options,
      ctx,
      (item, o, c) => applyOne(item, o, c, applied, visited),
      // PrintAndPrunePostProcessor: the objects first, then --prune, when everything went through.
      (clean) => {
        const printed = printApplied(options, applied, ctx);
        return clean ? prune(options, visited, ctx) && printed : printed;
      },
    );
  },
});

function prune(options: FileOptions, visited: Visited, ctx: CommandContext): boolean {
  const request = options.apply?.prune;
  const select = parseObjectSelector(options.selector);
  if (!request || typeof select === 'string') return true;
  return pruneAll(
    {
      allowlist: request.allowlist,
      select,
      visitedUids: visited.uids,
      visitedNamespaces: visited.namespaces,
      dryRun: options.dryRun,
      gracePeriod: options.apply?.gracePeriod ?? -1,
      outputName: options.outputName,
    },
    ctx,
  );
}
