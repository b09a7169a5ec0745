// What kubectl apply -f and kubectl create -f share (pkg/cmd/apply/apply.go, pkg/cmd/create/create.go):
// their flags, the checks kubectl makes before sending, and how each object's outcome is printed.

import type { ApiResult, Kind, KubeObject } from '../../sim/api';
import type { CommandContext } from '../command';
import { formatStatusError, formatWarnings } from '../errors';
import { readManifests, type ManifestObject } from '../manifest';
import { resourceTypeOf } from '../resources';
import { unservedKindOf, unservedRefusal } from '../unserved-kinds';
import type { ApplyExtras } from './apply-options';
import {
  type FieldValidation,
  type ObjectSelector,
  SOURCE_FLAGS,
  VALIDATE_FLAG,
  kustomizeRefusal,
  parseObjectSelector,
} from './write-flags';
import { PRINT_FLAGS, printWithFlags, readPrinterFiles, type ObjectPrinter } from './print-flags';

const KINDS: readonly Kind[] = ['Pod', 'Node', 'Event', 'PersistentVolume', 'PersistentVolumeClaim', 'Namespace'];

export interface FileOptions {
  files: string[];
  dryRun: 'none' | 'client' | 'server';
  namespace: string;
  namespaceGiven: boolean;
  outputName: boolean;
  /** The printing flags; for apply, whose printer is built only when it prints, the error it will give. */
  printer: ObjectPrinter | string;
  /** -k: refused at run time in kustomize's words (the workspace has no kustomization). */
  kustomize: string;
  validation: FieldValidation;
  fieldManager: string;
  /** -l: only the objects of the files that match are sent. */
  selector: string;
  cascadeWarning?: string;
  apply?: ApplyExtras;
  /** --save-config (create): the object is stored in its last-applied-configuration annotation. */
  saveConfig?: boolean;
  create?: { raw: string; edit: boolean };
}

export type Mode = 'apply' | 'create';

/** The checks kubectl does before sending: known kind, a name (apply), a consistent namespace. */
export function preflight(
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
  const unserved = unservedKindOf(apiVersion, kind);
  if (unserved) return unservedRefusal(unserved, name || undefined);
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

export function withNamespace(obj: Record<string, unknown>, namespace: string | undefined): Record<string, unknown> {
  if (namespace === undefined) return obj;
  const metadata = { ...((obj.metadata ?? {}) as Record<string, unknown>), namespace };
  return { ...obj, metadata };
}

function suffix(dryRun: FileOptions['dryRun']): string {
  return dryRun === 'client' ? ' (dry run)' : dryRun === 'server' ? ' (server dry run)' : '';
}

/** `pod/kuard created`, or just `pod/kuard` with -o name. */
export function outcome(options: FileOptions, label: string, verb: 'created' | 'configured' | 'unchanged'): string {
  return options.outputName ? `${label}\n` : `${label} ${verb}${suffix(options.dryRun)}\n`;
}

/**
 * The outcome of one object: its line (`pod/kuard created`, or `pod/kuard` with -o name), or the
 * object printed as -o asks. False when the printer failed.
 */
export function showOutcome(
  ctx: CommandContext,
  options: FileOptions,
  obj: KubeObject,
  label: string,
  verb: 'created' | 'configured' | 'unchanged',
): boolean {
  const printer =
    typeof options.printer === 'string' ? options.printer : readPrinterFiles(options.printer, ctx.workspace);
  if (typeof printer === 'string') {
    ctx.stderr(printer);
    return false;
  }
  const shown = options.outputName ? { printed: false as const } : printWithFlags(ctx, printer, [obj]);
  if (!shown.printed) ctx.stdout(outcome(options, label, verb));
  return !shown.printed || shown.exitCode === 0;
}

export function report(
  ctx: CommandContext,
  result: ApiResult<KubeObject>,
  context: string,
  success: (obj: KubeObject) => boolean,
): boolean {
  if (!result.ok) {
    ctx.stderr(formatStatusError(result.error, context));
    return false;
  }
  ctx.stderr(formatWarnings(result.warnings));
  return success(result.value);
}

/** Sends every object of the files with `one`, then reports the files' own errors. */
export function runFiles(
  mode: Mode,
  options: FileOptions,
  ctx: CommandContext,
  one: (item: ManifestObject, options: FileOptions, ctx: CommandContext) => boolean,
  /**
   * What runs once every object is sent (apply's objects for -o, then --prune), before the files'
   * errors; `clean` says whether every object and file went through.
   */
  afterObjects: (clean: boolean) => boolean = () => true,
): number {
  if (options.cascadeWarning) ctx.stderr(options.cascadeWarning);
  if (options.kustomize !== '') {
    ctx.stderr(`error: ${kustomizeRefusal(options.kustomize, ctx.workspace)}\n`);
    return 1;
  }
  const read = readManifests(options.files, ctx.workspace);
  if (read.missingPath !== undefined) {
    ctx.stderr(`error: the path "${read.missingPath}" does not exist\n`);
    return 1;
  }
  const select: ObjectSelector | string = parseObjectSelector(options.selector);
  if (typeof select === 'string') {
    ctx.stderr(`error: ${select}\n`);
    return 1;
  }
  let ok = true;
  const selected = read.objects.filter((item) => select(item.object));
  for (const item of selected) {
    const done = one(item, options, ctx);
    ok = ok && done;
  }
  if (!afterObjects(ok && read.errors.length === 0)) ok = false;
  if (read.errors.length === 1) ctx.stderr(`error: ${read.errors[0]}\n`);
  else if (read.errors.length > 1) ctx.stderr(read.errors.map((e) => e + '\n').join(''));
  if (selected.length === 0 && read.errors.length === 0) {
    ctx.stderr(`error: no objects passed to ${mode}\n`);
    return 1;
  }
  return ok && read.errors.length === 0 ? 0 : 1;
}

export const FILE_FLAGS = [
  {
    name: 'dry-run',
    type: 'string' as const,
    default: 'none',
    noOptDefault: 'unchanged',
    help: 'Must be "none", "server", or "client". With "client", only print what would be sent; with "server", let the server check it without storing it.',
  },
  { name: 'filename', short: 'f', type: 'stringArray' as const, help: 'The files that contain the configuration.' },
  ...PRINT_FLAGS,
  VALIDATE_FLAG,
  ...SOURCE_FLAGS,
];
