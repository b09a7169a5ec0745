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
import { FILE_FLAGS, outcome, parseFileOptions, preflight, report, runFiles, type FileOptions } from './manifest-files';

function applyOne(item: ManifestObject, options: FileOptions, ctx: CommandContext): boolean {
  const checked = preflight(item, options, 'apply');
  if (typeof checked === 'string') {
    ctx.stderr(`error: ${checked}\n`);
    return false;
  }
  const { kind, name, namespace } = checked;
  const type = resourceTypeOf(kind);
  const label = `${type.singular}/${name}`;
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
    if (options.dryRun === 'client') {
      ctx.stdout(outcome(options, label, 'created'));
      return true;
    }
    const created = ctx.cluster.create(desiredWithAnnotation, {
      fieldValidation: 'Strict',
      fieldManager: CLIENT_SIDE_APPLY_MANAGER,
      dryRun,
    });
    return report(ctx, created, `error when creating "${item.source}": `, () => outcome(options, label, 'created'));
  }
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
  if (deepEqual(merged, liveObj)) {
    ctx.stdout(outcome(options, label, 'unchanged'));
    return true;
  }
  if (options.dryRun === 'client') {
    ctx.stdout(outcome(options, label, 'configured'));
    return true;
  }
  const updated = ctx.cluster.update(merged, {
    fieldValidation: 'Strict',
    fieldManager: CLIENT_SIDE_APPLY_MANAGER,
    dryRun,
  });
  return report(ctx, updated, 'error when applying patch: ', () => outcome(options, label, 'configured'));
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
  flags: FILE_FLAGS,
  parse: parseFileOptions('apply'),
  run: (options, ctx) => runFiles('apply', options, ctx, applyOne),
});
