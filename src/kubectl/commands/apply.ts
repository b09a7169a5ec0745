// kubectl apply -f and kubectl create -f (pkg/cmd/apply/apply.go, pkg/cmd/create/create.go).

import type { ApiResult, Kind, KubeObject } from '../../sim/api';
import { deepEqual, LAST_APPLIED, lastAppliedFor, threeWayMerge } from '../apply-merge';
import { defineCommand, type CommandContext, type Command } from '../command';
import { CommandFailure, fail, failWithHelp, formatStatusError, formatWarnings } from '../errors';
import { readManifests, type ManifestObject } from '../manifest';
import { resourceTypeOf } from '../resources';

const KINDS: readonly Kind[] = ['Pod', 'Node', 'Event', 'PersistentVolume', 'PersistentVolumeClaim', 'Namespace'];

interface FileOptions {
  files: string[];
  dryRun: 'none' | 'client' | 'server';
  namespace: string;
  namespaceGiven: boolean;
  outputName: boolean;
}

type Mode = 'apply' | 'create';

function parseDryRun(raw: string): FileOptions['dryRun'] | CommandFailure {
  if (raw === '' || raw === 'none' || raw === 'false') return 'none';
  if (raw === 'client' || raw === 'true' || raw === 'unchanged') return 'client';
  if (raw === 'server') return 'server';
  return fail(`Invalid dry-run value (${raw}). Must be "none", "server", or "client".`);
}

/** The checks kubectl does before sending: known kind, a name (apply), a consistent namespace. */
function preflight(
  item: ManifestObject,
  options: FileOptions,
  mode: Mode,
): { kind: Kind; name: string; namespace?: string } | string {
  const obj = item.object;
  const kind = String(obj.kind);
  const apiVersion = String(obj.apiVersion);
  const metadata = (obj.metadata ?? {}) as Record<string, unknown>;
  const name = typeof metadata.name === 'string' ? metadata.name : '';
  const known = KINDS.find((k) => k === kind);
  if (!known || apiVersion !== 'v1') {
    return `resource mapping not found for name: "${name}" namespace: "${typeof metadata.namespace === 'string' ? metadata.namespace : ''}" from "${item.source}": no matches for kind "${kind}" in version "${apiVersion}"\nensure CRDs are installed first`;
  }
  const type = resourceTypeOf(known);
  let namespace: string | undefined;
  if (type.namespaced) {
    const own = typeof metadata.namespace === 'string' && metadata.namespace !== '' ? metadata.namespace : undefined;
    if (own && options.namespaceGiven && own !== options.namespace) {
      return `the namespace from the provided object "${own}" does not match the namespace "${options.namespace}". You must pass '--namespace=${own}' to perform this operation.`;
    }
    namespace = own ?? options.namespace;
  }
  if (mode === 'apply' && name === '') {
    return `error when retrieving current configuration of:\nResource: "/v1, Resource=${type.plural}", GroupVersionKind: "/v1, Kind=${known}"\nName: "", Namespace: "${namespace ?? ''}"\nfrom server for: "${item.source}": resource name may not be empty`;
  }
  return { kind: known, name, namespace };
}

function withNamespace(obj: Record<string, unknown>, namespace: string | undefined): Record<string, unknown> {
  if (namespace === undefined) return obj;
  const metadata = { ...((obj.metadata ?? {}) as Record<string, unknown>), namespace };
  return { ...obj, metadata };
}

function suffix(dryRun: FileOptions['dryRun']): string {
  return dryRun === 'client' ? ' (dry run)' : dryRun === 'server' ? ' (server dry run)' : '';
}

/** `pod/kuard created`, or just `pod/kuard` with -o name. */
function outcome(options: FileOptions, label: string, verb: 'created' | 'configured' | 'unchanged'): string {
  return options.outputName ? `${label}\n` : `${label} ${verb}${suffix(options.dryRun)}\n`;
}

function report(
  ctx: CommandContext,
  result: ApiResult<KubeObject>,
  context: string,
  success: (obj: KubeObject) => string,
): boolean {
  if (!result.ok) {
    ctx.stderr(formatStatusError(result.error, context));
    return false;
  }
  ctx.stderr(formatWarnings(result.warnings));
  ctx.stdout(success(result.value));
  return true;
}

function applyOne(item: ManifestObject, options: FileOptions, ctx: CommandContext): boolean {
  const checked = preflight(item, options, 'apply');
  if (typeof checked === 'string') {
    ctx.stderr(`error: ${checked}\n`);
    return false;
  }
  const { kind, name, namespace } = checked;
  const type = resourceTypeOf(kind);
  const label = `${type.singular}/${name}`;
  const annotation = lastAppliedFor(item.object, namespace);
  const desired = withNamespace(item.object, namespace);
  const desiredMeta = (desired.metadata ?? {}) as Record<string, unknown>;
  const desiredWithAnnotation = {
    ...desired,
    metadata: {
      ...desiredMeta,
      annotations: { ...((desiredMeta.annotations ?? {}) as Record<string, string>), [LAST_APPLIED]: annotation },
    },
  };
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
      fieldManager: 'kubectl-client-side-apply',
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
    fieldManager: 'kubectl-client-side-apply',
    dryRun,
  });
  return report(ctx, updated, 'error when applying patch: ', () => outcome(options, label, 'configured'));
}

function createOne(item: ManifestObject, options: FileOptions, ctx: CommandContext): boolean {
  const checked = preflight(item, options, 'create');
  if (typeof checked === 'string') {
    ctx.stderr(`error: ${checked}\n`);
    return false;
  }
  const { kind, name, namespace } = checked;
  const label = `${resourceTypeOf(kind).singular}/${name}`;
  if (options.dryRun === 'client') {
    ctx.stdout(outcome(options, label, 'created'));
    return true;
  }
  const created = ctx.cluster.create(withNamespace(item.object, namespace), {
    fieldValidation: 'Strict',
    fieldManager: 'kubectl-create',
    dryRun: options.dryRun === 'server',
  });
  return report(ctx, created, `error when creating "${item.source}": `, (obj) =>
    outcome(options, `${resourceTypeOf(kind).singular}/${obj.metadata?.name ?? name}`, 'created'),
  );
}

function runFiles(mode: Mode, options: FileOptions, ctx: CommandContext): number {
  const read = readManifests(options.files, ctx.workspace);
  if (read.missingPath !== undefined) {
    ctx.stderr(`error: the path "${read.missingPath}" does not exist\n`);
    return 1;
  }
  let ok = true;
  for (const item of read.objects) {
    const done = mode === 'apply' ? applyOne(item, options, ctx) : createOne(item, options, ctx);
    ok = ok && done;
  }
  if (read.errors.length === 1) ctx.stderr(`error: ${read.errors[0]}\n`);
  else if (read.errors.length > 1) ctx.stderr(read.errors.map((e) => e + '\n').join(''));
  if (read.objects.length === 0 && read.errors.length === 0) {
    ctx.stderr(`error: no objects passed to ${mode}\n`);
    return 1;
  }
  return ok && read.errors.length === 0 ? 0 : 1;
}

const FILE_FLAGS = [
  {
    name: 'dry-run',
    type: 'string' as const,
    default: 'none',
    noOptDefault: 'unchanged',
    help: 'Must be "none", "server", or "client". With "client", only print what would be sent; with "server", let the server check it without storing it.',
  },
  { name: 'filename', short: 'f', type: 'stringArray' as const, help: 'The files that contain the configuration.' },
  { name: 'output', short: 'o', type: 'string' as const, help: 'Output format: name.' },
  {
    name: 'validate',
    type: 'string' as const,
    default: 'strict',
    noOptDefault: 'strict',
    help: 'Must be one of: strict (or true), warn, ignore (or false).',
  },
];

function parseFileOptions(mode: Mode) {
  return ({
    flags,
    args,
    namespace,
    namespaceGiven,
  }: Parameters<Command<FileOptions>['parse']>[0]): FileOptions | CommandFailure => {
    // Validate's first check, before the -f requirement: Go prints the slice as [a b].
    if (args.length > 0) return failWithHelp(mode, `Unexpected args: [${args.join(' ')}]`);
    const files = flags.list('filename');
    if (files.length === 0) return fail('must specify one of -f and -k');
    const dryRun = parseDryRun(flags.string('dry-run'));
    if (dryRun instanceof CommandFailure) return dryRun;
    return { files, dryRun, namespace, namespaceGiven, outputName: flags.string('output') === 'name' };
  };
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
  run: (options, ctx) => runFiles('apply', options, ctx),
});

export const createCommand: Command<FileOptions> = defineCommand<FileOptions>({
  name: 'create',
  group: 'Basic Commands (Beginner)',
  summary: 'Create a resource from a file or from stdin',
  help: `Create a resource from a file. JSON and YAML formats are accepted.

 Unlike apply, create fails when the object already exists.

Examples:
  # Create the Pod described in kuard-pod.yaml
  kubectl create -f kuard-pod.yaml`,
  usage: 'create -f FILENAME',
  flags: FILE_FLAGS,
  parse: parseFileOptions('create'),
  run: (options, ctx) => runFiles('create', options, ctx),
});
