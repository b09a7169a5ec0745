// label.go RunLabel and annotate.go RunAnnotate: visit the objects the builder found (names,
// selected lists, or -f files), change their labels or annotations, and send each change (or,
// with --dry-run=client, --local or --list, only compute it).

import type { KubeObject } from '../../sim/api';
import type { CommandContext } from '../command';
import { formatStatusError, formatWarnings } from '../errors';
import { readManifests } from '../manifest';
import { isUnserved, resolveResourceType, type ResourceType } from '../resources';
import { unservedKindOf, unservedNotFound } from '../unserved-kinds';
import { listSelected } from './common';
import type { MetaOptions, Which } from './metadata-changes';
import { printWithFlags, readPrinterFiles } from './print-flags';

interface Target {
  type: ResourceType;
  obj: KubeObject;
}

/** What the builder visits: its errors are reported after the objects it could visit. */
interface Visit {
  targets: Target[];
  errors: string[];
  /** IntoSingleItemImplied: one name, or one file, was given. */
  one: boolean;
}

function visitNamed(options: MetaOptions, ctx: CommandContext): Visit {
  const visit: Visit = { targets: [], errors: [], one: options.refs.length === 1 && options.listTypes.length === 0 };
  for (const { type, name } of options.refs) {
    const got = isUnserved(type)
      ? { ok: false as const, error: unservedNotFound(type, name!) }
      : ctx.cluster.get(type.kind, type.namespaced ? options.namespace : undefined, name!);
    if (!got.ok) visit.errors.push(formatStatusError(got.error));
    else if (!isUnserved(type)) visit.targets.push({ type, obj: got.value });
  }
  // A type whose list fails does not stop the others (the builder continues on error).
  for (const type of options.listTypes) {
    const namespace = type.namespaced && !options.allNamespaces ? options.namespace : undefined;
    const listed = listSelected(ctx, type, namespace, { label: options.selector, field: options.fieldSelector });
    if (!listed.ok) visit.errors.push(formatStatusError(listed.error));
    else if (!isUnserved(type)) for (const obj of listed.value) visit.targets.push({ type, obj });
  }
  return visit;
}

/** -f: the manifests' objects as they are (--local), or as the server holds them. */
function visitFiles(options: MetaOptions, ctx: CommandContext): Visit | string {
  const read = readManifests(options.files, ctx.workspace);
  if (read.missingPath !== undefined) return `the path "${read.missingPath}" does not exist`;
  if (options.argsWithFiles)
    return 'when paths, URLs, or stdin is provided as input, you may not specify resource arguments as well';
  const visit: Visit = {
    targets: [],
    errors: read.errors.map((e) => `error: ${e}\n`),
    one: options.files.length === 1,
  };
  for (const item of read.objects) {
    const kind = String(item.object.kind);
    const apiVersion = String(item.object.apiVersion);
    const served = resolveResourceType(kind);
    const type = served && apiVersion === 'v1' && served.kind === kind ? served : undefined;
    const meta = (item.object.metadata ?? {}) as Record<string, unknown>;
    const name = typeof meta.name === 'string' ? meta.name : '';
    const namespace = typeof meta.namespace === 'string' && meta.namespace ? meta.namespace : options.namespace;
    if (!type) {
      const unserved = unservedKindOf(apiVersion, kind);
      if (unserved) {
        if (!options.local) visit.errors.push(formatStatusError(unservedNotFound(unserved, name)));
        continue;
      }
      visit.errors.push(
        `error: resource mapping not found for name: "${name}" namespace: "${typeof meta.namespace === 'string' ? meta.namespace : ''}" from "${item.source}": no matches for kind "${kind}" in version "${apiVersion}"\nensure CRDs are installed first\n`,
      );
      continue;
    }
    if (options.local) {
      visit.targets.push({ type, obj: item.object });
      continue;
    }
    const got = ctx.cluster.get(type.kind, type.namespaced ? namespace : undefined, name);
    if (got.ok) visit.targets.push({ type, obj: got.value });
    else visit.errors.push(formatStatusError(got.error));
  }
  return visit;
}

export function runMeta(which: Which, options: MetaOptions, ctx: CommandContext): number {
  const visit = options.files.length > 0 ? visitFiles(options, ctx) : visitNamed(options, ctx);
  if (typeof visit === 'string') {
    ctx.stderr(`error: ${visit}\n`);
    return 1;
  }
  // Resource-version locking makes sense for one object only.
  if (!visit.one && options.resourceVersion !== '') {
    ctx.stderr('error: --resource-version may only be used with a single resource\n');
    return 1;
  }
  const result = changeAll(which, options, visit, ctx);
  for (const error of visit.errors) ctx.stderr(error);
  return visit.errors.length > 0 ? 1 : result;
}

/** The length json.Marshal gives the `"labels":{…},` member (left out when empty, as omitempty does). */
function marshalledLength(map: Record<string, string>, field: Which): number {
  const keys = Object.keys(map).sort();
  if (keys.length === 0) return 0;
  const sorted = Object.fromEntries(keys.map((k) => [k, map[k]]));
  return `"${field}":${JSON.stringify(sorted)},`.length;
}

/** label.go updateDataChangeMsg: "unlabeled" when, without --overwrite, the object got shorter. */
function labelVerb(before: Record<string, string>, after: Record<string, string>, options: MetaOptions): string {
  const versionGrowth = options.resourceVersion === '' ? 0 : `"resourceVersion":"${options.resourceVersion}",`.length;
  const oldLength = marshalledLength(before, 'labels');
  const newLength = marshalledLength(after, 'labels') + versionGrowth;
  const changed = JSON.stringify(Object.entries(before).sort()) !== JSON.stringify(Object.entries(after).sort());
  if (!changed && versionGrowth === 0) return 'not labeled';
  return !options.overwrite && newLength < oldLength ? 'unlabeled' : 'labeled';
}

/** label.go validateNoOverwrites / annotate.go validateNoAnnotationOverwrites. */
function overwriteError(
  which: Which,
  current: Record<string, string>,
  set: Record<string, string>,
): string | undefined {
  const clash = Object.keys(set).find((k) => k in current && current[k] !== set[k]);
  if (clash === undefined) return undefined;
  // annotate lets kubernetes.io/change-cause be rewritten freely.
  if (which === 'annotations' && clash === 'kubernetes.io/change-cause') return undefined;
  return which === 'labels'
    ? `error: '${clash}' already has a value (${current[clash]}), and --overwrite is false\n`
    : `error: --overwrite is false but found the following declared annotation(s): '${clash}' already has a value (${current[clash]})\n`;
}

function changeAll(which: Which, options: MetaOptions, visit: Visit, ctx: CommandContext): number {
  let failed = false;
  const sendsNothing = options.dryRun === 'client' || options.local || options.list;
  for (const { type, obj } of visit.targets) {
    const before: Record<string, string> = { ...(obj.metadata?.[which] ?? {}) };
    // Only the path that sends the change tells of each label to remove that is not there;
    // annotate's counterpart says nothing.
    if (which === 'labels' && !sendsNothing)
      for (const key of options.remove) if (!(key in before)) ctx.stdout(`label ${JSON.stringify(key)} not found.\n`);
    if (!options.overwrite) {
      const refusal = overwriteError(which, before, options.set);
      if (refusal) {
        ctx.stderr(refusal);
        return 1;
      }
    }
    const after = { ...before, ...options.set };
    for (const key of options.remove) delete after[key];
    if (options.list) {
      listKeys(which, type, obj, after, visit.one, ctx);
      continue;
    }
    const name = `${type.singular}/${obj.metadata?.name ?? ''}`;
    const verb = which === 'annotations' ? 'annotated' : labelVerb(before, after, options);
    const metadata: Record<string, unknown> = { ...obj.metadata, [which]: after };
    if (Object.keys(after).length === 0) delete metadata[which];
    if (sendsNothing) {
      const line = `${name} ${verb}${options.dryRun === 'client' ? ' (dry run)' : ''}\n`;
      if (!show(options, { ...obj, metadata }, line, ctx)) failed = true;
      continue;
    }
    if (options.resourceVersion !== '') metadata.resourceVersion = options.resourceVersion;
    const updated = ctx.cluster.update(
      { ...obj, metadata },
      { fieldManager: options.fieldManager, dryRun: options.dryRun === 'server' },
    );
    if (!updated.ok) {
      ctx.stderr(formatStatusError(updated.error));
      failed = true;
      continue;
    }
    ctx.stderr(formatWarnings(updated.warnings));
    const line = `${name} ${verb}${options.dryRun === 'server' ? ' (server dry run)' : ''}\n`;
    if (!show(options, updated.value, line, ctx)) failed = true;
  }
  return failed ? 1 : 0;
}

/**
 * Prints the changed object as -o asks, or the command's own line. label.go builds its printer
 * only here, once the object is changed, so its printer errors come this late.
 */
function show(options: MetaOptions, obj: KubeObject, line: string, ctx: CommandContext): boolean {
  const printer =
    typeof options.printer === 'string' ? options.printer : readPrinterFiles(options.printer, ctx.workspace);
  if (typeof printer === 'string') {
    ctx.stderr(printer);
    return false;
  }
  const shown = printWithFlags(ctx, printer, [obj]);
  if (!shown.printed) ctx.stdout(line);
  return !shown.printed || shown.exitCode === 0;
}

/**
 * --list: the keys as they would be after the change, which is not sent. Go prints them in map
 * order, which is random; they are sorted here. Several objects each get a heading.
 */
function listKeys(
  which: Which,
  type: ResourceType,
  obj: KubeObject,
  keys: Record<string, string>,
  one: boolean,
  ctx: CommandContext,
): void {
  const indent = one ? '' : ' ';
  if (!one) ctx.stdout(`Listing ${which} for ${type.kind}./${obj.metadata?.name ?? ''}:\n`);
  for (const key of Object.keys(keys).sort()) ctx.stdout(`${indent}${key}=${keys[key]}\n`);
}
