// What kubectl apply -f and kubectl create -f share (pkg/cmd/apply/apply.go, pkg/cmd/create/create.go):
// their flags, the checks kubectl makes before sending, and how each object's outcome is printed.

import type { ApiResult, Kind, KubeObject } from '../../sim/api';
import type { CommandContext, Command } from '../command';
import { CommandFailure, fail, failWithHelp, formatStatusError, formatWarnings } from '../errors';
import { readManifests, type ManifestObject } from '../manifest';
import { resourceTypeOf } from '../resources';
import { unservedKindOf, unservedRefusal } from '../unserved-kinds';
import { parseDryRun } from './common';
import { PRINT_FLAGS, parsePrintFlags, printWithFlags, readPrinterFiles, type ObjectPrinter } from './print-flags';

const KINDS: readonly Kind[] = ['Pod', 'Node', 'Event', 'PersistentVolume', 'PersistentVolumeClaim', 'Namespace'];

export interface FileOptions {
  files: string[];
  dryRun: 'none' | 'client' | 'server';
  namespace: string;
  namespaceGiven: boolean;
  outputName: boolean;
  /** The printing flags; for apply, whose printer is built only when it prints, the error it will give. */
  printer: ObjectPrinter | string;
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
  /** What prints once every object is sent (apply's objects for -o), before the files' errors. */
  afterObjects: () => boolean = () => true,
): number {
  const read = readManifests(options.files, ctx.workspace);
  if (read.missingPath !== undefined) {
    ctx.stderr(`error: the path "${read.missingPath}" does not exist\n`);
    return 1;
  }
  let ok = true;
  for (const item of read.objects) {
    const done = one(item, options, ctx);
    ok = ok && done;
  }
  if (!afterObjects()) ok = false;
  if (read.errors.length === 1) ctx.stderr(`error: ${read.errors[0]}\n`);
  else if (read.errors.length > 1) ctx.stderr(read.errors.map((e) => e + '\n').join(''));
  if (read.objects.length === 0 && read.errors.length === 0) {
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
  {
    name: 'validate',
    type: 'string' as const,
    default: 'strict',
    noOptDefault: 'strict',
    help: 'Must be one of: strict (or true), warn, ignore (or false).',
  },
];

export function parseFileOptions(mode: Mode) {
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
    // create.go Complete builds its printer next; apply.go only when it prints an object.
    const parsed = parsePrintFlags(flags);
    if (parsed instanceof CommandFailure && mode === 'create') return parsed;
    const printer = parsed instanceof CommandFailure ? parsed.text : parsed;
    const outputName = typeof printer !== 'string' && printer.format?.kind === 'name';
    return { files, dryRun, namespace, namespaceGiven, outputName, printer };
  };
}
