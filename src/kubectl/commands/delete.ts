// kubectl delete (pkg/cmd/delete/delete.go, delete_flags.go): by name, -f, -l or --all; then,
// unless --wait=false, wait until the objects are gone, the way the real command blocks.

import { defineCommand, type CommandContext, type RunResult } from '../command';
import { CommandFailure, fail, formatStatusError } from '../errors';
import { SELECTOR_WITH_TUPLES, isUnserved, parseResourceArgs, type AnyResourceType } from '../resources';
import { unservedNotFound } from '../unserved-kinds';
import { NO_RESOURCES, goQuote, listSelected, parseDryRun, waitFor } from './common';
import { KUSTOMIZE_FLAG, RECURSIVE_FLAG, kustomizeError } from './builder-flags';
import { targetsFromFiles } from './file-targets';
import { requestUriError } from './get-options';
import { rawDelete } from './raw-request';

const IMMEDIATE_DELETION_WARNING =
  'Warning: Immediate deletion does not wait for confirmation that the running resource has been terminated. The resource may continue to run on the cluster indefinitely.\n';

interface Target {
  type: AnyResourceType;
  name: string;
  namespace?: string;
  source?: string;
  /** Set once deleted: a new object with the same name does not count as "still there". */
  uid?: string;
}

interface DeleteOptions {
  targets: Target[];
  /** Types to list (with -l or --all). */
  listTypes: AnyResourceType[];
  selector: string;
  fieldSelector: string;
  namespace: string;
  gracePeriod: number | undefined;
  force: boolean;
  wait: boolean;
  ignoreNotFound: boolean;
  outputName: boolean;
  /** An -o other than name, refused once the objects are resolved (delete.go DeleteResult). */
  badOutput?: string;
  dryRun: 'none' | 'client' | 'server';
  fileErrors: string[];
  /** -A: list the types in every namespace. */
  allNamespaces: boolean;
  /** Names given with -f: refused once the files were found (the builder's order). */
  argsWithFiles: boolean;
  /** The warning an old boolean --cascade value gets, printed before anything else. */
  cascadeWarning: string;
  /** -i: list what would go and ask first; the console's kubectl reads no answer from a terminal. */
  interactive: boolean;
  /** -k: a kustomization folder (only ever an error in the console's flat workspace). */
  kustomize: string;
  /** --raw: one DELETE of this path, the server's answer printed as sent. */
  raw?: string;
}

export const deleteCommand = defineCommand<DeleteOptions>({
  name: 'delete',
  group: 'Basic Commands (Intermediate)',
  summary: 'Delete resources by file names, stdin, resources and names, or by resources and label selector',
  help: `Delete resources by file name, by type and name, or by type and label selector.

 A Pod is not removed at once: it is marked for deletion, its containers get SIGTERM and the
grace period (30 seconds unless the Pod says otherwise) to stop, and are then killed. kubectl
waits until the object is gone unless you pass --wait=false.

Examples:
  # Delete the Pod named kuard
  kubectl delete pod kuard

  # Delete the Pods described in a file
  kubectl delete -f kuard-pod.yaml

  # Delete every Pod labelled app=kuard
  kubectl delete pods -l app=kuard

  # Delete all Pods in the namespace, with a 5 second grace period
  kubectl delete pods --all --grace-period=5`,
  usage: 'delete ([-f FILENAME] | TYPE [(NAME | -l label | --all)])',
  flags: [
    { name: 'all', type: 'bool', help: 'Delete all resources of the given type in the namespace.' },
    {
      name: 'all-namespaces',
      short: 'A',
      type: 'bool',
      help: 'If present, list the requested object(s) across all namespaces. Namespace in current context is ignored even if specified with --namespace.',
    },
    {
      name: 'cascade',
      type: 'string',
      default: 'background',
      noOptDefault: 'background',
      help: 'Must be "background", "orphan", or "foreground". A Pod has no dependents, so all three delete it the same way.',
    },
    {
      name: 'dry-run',
      type: 'string',
      default: 'none',
      noOptDefault: 'unchanged',
      help: 'Must be "none", "server", or "client".',
    },
    {
      name: 'field-selector',
      type: 'string',
      help: 'Selector (field query) to filter on, e.g. --field-selector status.phase=Failed.',
    },
    { name: 'filename', short: 'f', type: 'stringArray', help: 'Files naming the resources to delete.' },
    {
      name: 'force',
      type: 'bool',
      help: 'Remove the object from the API at once, without waiting for the containers to stop. Implies --grace-period=0.',
    },
    {
      name: 'grace-period',
      type: 'int',
      default: -1,
      help: "Seconds the containers get to stop. -1 means the Pod's own terminationGracePeriodSeconds; 0 is only allowed with --force.",
    },
    { name: 'ignore-not-found', type: 'bool', help: 'Do not report an error when an object does not exist.' },
    {
      name: 'interactive',
      short: 'i',
      type: 'bool',
      help: 'List the resources that would be deleted and ask for a y before deleting them.',
    },
    KUSTOMIZE_FLAG,
    { name: 'now', type: 'bool', help: 'Shorthand for --grace-period=1.' },
    {
      name: 'output',
      short: 'o',
      type: 'string',
      help: 'Output mode. Use "-o name" for shorter output (resource/name).',
    },
    { name: 'raw', type: 'string', help: 'Raw URI to DELETE to the server.' },
    RECURSIVE_FLAG,
    { name: 'selector', short: 'l', type: 'string', help: 'Selector (label query) to filter on.' },
    { name: 'timeout', type: 'duration', default: '0s', help: 'How long to wait before giving up on a delete.' },
    { name: 'wait', type: 'bool', default: true, help: 'Wait until the objects are gone before returning.' },
  ],
  parse({ flags, args, namespace }) {
    const cascade = parseCascade(flags.string('cascade'));
    if (cascade instanceof CommandFailure) return cascade;
    const parsed = parseDelete(flags, args, namespace, cascade);
    return parsed instanceof CommandFailure ? new CommandFailure(cascade + parsed.text) : parsed;
  },
  run(options, ctx) {
    return runDelete(options, ctx);
  },
});

/**
 * delete_flags.go parseCascadingFlag: the three policies, or a Go boolean with a deprecation
 * warning (the warning text, possibly empty), before any other check.
 */
export function parseCascade(value: string): string | CommandFailure {
  if (['background', 'foreground', 'orphan'].includes(value)) return '';
  const bool = ['1', 't', 'T', 'TRUE', 'true', 'True'].includes(value)
    ? true
    : ['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(value)
      ? false
      : undefined;
  if (bool === undefined)
    return fail(`invalid cascade value (${value}). Must be "background", "foreground", or "orphan"`);
  return `warning: --cascade=${value} is deprecated (boolean value) and can be replaced with --cascade=${bool ? 'background' : 'orphan'}.\n`;
}

function parseDelete(
  flags: Parameters<typeof deleteCommand.parse>[0]['flags'],
  args: string[],
  namespace: string,
  cascadeWarning: string,
): DeleteOptions | CommandFailure {
  const files = flags.list('filename');
  const selector = flags.string('selector');
  const fieldSelector = flags.string('field-selector');
  // The builder's LabelSelectorParam and FieldSelectorParam ignore a value that is only spaces.
  const selecting = selector.trim() !== '' || fieldSelector.trim() !== '';
  const all = flags.bool('all');
  let gracePeriod: number | undefined = flags.int('grace-period');
  const force = flags.bool('force');
  if (flags.bool('now')) {
    if (flags.has('grace-period')) return fail('--now and --grace-period cannot be specified together');
    gracePeriod = 1;
  }
  if (force && gracePeriod > 0) return fail('--force and --grace-period greater than 0 cannot be specified together');
  if (force && gracePeriod < 0) gracePeriod = 0;
  // Without --force a zero grace period becomes 1 (delete.go: "graceful deletion with 0 is immediate").
  if (!force && gracePeriod === 0) gracePeriod = 1;
  const dryRun = parseDryRun(flags.string('dry-run'));
  if (dryRun instanceof CommandFailure) return dryRun;
  const base = {
    selector,
    fieldSelector,
    namespace,
    gracePeriod: gracePeriod < 0 ? undefined : gracePeriod,
    force,
    wait: flags.bool('wait'),
    ignoreNotFound: flags.bool('ignore-not-found') || all,
    outputName: flags.string('output') === 'name',
    ...(['', 'name'].includes(flags.string('output')) ? {} : { badOutput: flags.string('output') }),
    dryRun,
    allNamespaces: flags.bool('all-namespaces'),
    argsWithFiles: files.length > 0 && args.length > 0,
    cascadeWarning,
    interactive: flags.bool('interactive'),
    kustomize: flags.string('kustomize'),
  };
  const raw = flags.string('raw');
  if (raw !== '') return rawDeleteOptions(flags, base, raw, files);
  // The builder's FilenameParam and ResourceTypeOrNameArgs.
  if (base.kustomize !== '' && files.length > 0) return fail('only one of -f or -k can be specified');
  if (base.kustomize !== '' && args.length > 0)
    return fail('when paths, URLs, or stdin is provided as input, you may not specify resource arguments as well');
  if (base.kustomize !== '') return { ...base, targets: [], listTypes: [], fileErrors: [] };
  // The resource builder's SelectAllParam, whichever order the flags came in (trailing space and all).
  if (all && selecting) return fail("setting 'all' parameter but found a non empty selector. ");
  if (files.length > 0) {
    return { ...base, targets: [], listTypes: [], fileErrors: files };
  }
  if (args.length === 0) return fail(NO_RESOURCES);
  const parsed = parseResourceArgs(args, true);
  if (!parsed.ok) return fail(parsed.error);
  if (parsed.typesOnly.length > 0) {
    if (!selecting && !all) return fail('resource(s) were provided, but no name was specified');
    return { ...base, targets: [], listTypes: parsed.typesOnly, fileErrors: [] };
  }
  if ((selecting || all) && args.some((a) => a.includes('/'))) return fail(SELECTOR_WITH_TUPLES);
  if (selecting || all) return fail('name cannot be provided when a selector is specified');
  if (flags.bool('all-namespaces')) return fail('a resource cannot be retrieved by name across all namespaces');
  const targets = parsed.refs.map((ref) => ({
    type: ref.type,
    name: ref.name!,
    namespace: ref.type.namespaced ? namespace : undefined,
  }));
  return { ...base, targets, listTypes: [], fileErrors: [] };
}

/**
 * Complete returns before the builder for --raw; Validate then checks the output mode, the
 * selectors and the raw request itself (delete.go Validate).
 */
function rawDeleteOptions(
  flags: Parameters<typeof deleteCommand.parse>[0]['flags'],
  base: Omit<DeleteOptions, 'targets' | 'listTypes' | 'fileErrors'>,
  raw: string,
  files: string[],
): DeleteOptions | CommandFailure {
  const output = flags.string('output');
  if (output !== '' && output !== 'name')
    return fail(`unexpected -o output mode: ${output}. We only support '-o name'`);
  if (flags.bool('all') && base.selector !== '') return fail('cannot set --all and --selector at the same time');
  if (flags.bool('all') && base.fieldSelector !== '')
    return fail('cannot set --all and --field-selector at the same time');
  if (base.interactive) return fail('--interactive can not be used with --raw');
  if (files.length > 1) return fail('--raw can only use a single local file or stdin');
  if (files.length === 1 && /^https?:\/\//.test(files[0]!)) return fail('--raw cannot read from a url');
  if (flags.bool('recursive')) return fail('--raw and --recursive are mutually exclusive');
  if (output !== '') return fail('--raw and --output are mutually exclusive');
  const invalid = requestUriError(raw);
  if (invalid) return fail(`--raw must be a valid URL path: parse ${goQuote(raw)}: ${invalid}`);
  return { ...base, targets: [], listTypes: [], fileErrors: [], raw };
}

/** -i: what would be deleted, and the question; with no answer to read, nothing is deleted. */
function confirmation(targets: readonly Target[], ctx: CommandContext): void {
  ctx.stdout(`You are about to delete the following ${targets.length} resource(s):\n`);
  for (const t of targets) ctx.stdout(`${kindLabel(t.type)}/${t.name}\n`);
  // fmt.Fscan on a stdin that is not a terminal reaches its end: the answer is not "y".
  ctx.stdout('Do you want to continue? (y/n): deletion is cancelled\n');
}

/** The kind as delete prints it: lower-case, with its group when it has one. */
function kindLabel(type: AnyResourceType): string {
  return isUnserved(type) && type.group ? `${type.singular}.${type.group}` : type.singular;
}

function runDelete(options: DeleteOptions, ctx: CommandContext): RunResult {
  if (options.cascadeWarning) ctx.stderr(options.cascadeWarning);
  if (options.raw !== undefined) {
    if (options.force) ctx.stderr(IMMEDIATE_DELETION_WARNING);
    return rawDelete(options.raw, ctx);
  }
  if (options.badOutput !== undefined) {
    ctx.stderr(`error: unexpected -o output mode: ${options.badOutput}. We only support '-o name'\n`);
    return 1;
  }
  if (options.kustomize !== '') {
    ctx.stderr(`error: ${kustomizeError(options.kustomize, ctx.workspace)}\n`);
    return 1;
  }
  let targets = options.targets;
  const errors: string[] = [];
  if (options.fileErrors.length > 0) {
    const resolved = targetsFromFiles(options.fileErrors, options.argsWithFiles, options.namespace, ctx.workspace);
    if (resolved instanceof CommandFailure) {
      ctx.stderr(resolved.text);
      return 1;
    }
    targets = resolved.targets;
    errors.push(...resolved.errors.map((e) => `error: ${e}\n`));
  }
  // A type whose list fails does not stop the others (the builder continues on error): its error
  // is reported after the deletions, and then kubectl neither says "No resources found" nor waits.
  let listFailed = false;
  if (options.listTypes.length > 0) {
    targets = [];
    for (const type of options.listTypes) {
      const namespace = type.namespaced && !options.allNamespaces ? options.namespace : undefined;
      const listed = listSelected(ctx, type, namespace, { label: options.selector, field: options.fieldSelector });
      if (!listed.ok) {
        errors.push(formatStatusError(listed.error));
        listFailed = true;
        continue;
      }
      for (const obj of listed.value)
        targets.push({ type, name: obj.metadata?.name ?? '', namespace: obj.metadata?.namespace });
    }
    if (targets.length === 0 && !listFailed) {
      ctx.stdout('No resources found\n');
      return 0;
    }
  }
  if (options.force && options.dryRun === 'none') ctx.stderr(IMMEDIATE_DELETION_WARNING);
  if (options.interactive) {
    confirmation(targets, ctx);
    for (const error of errors) ctx.stderr(error);
    return errors.length > 0 ? 1 : 0;
  }
  const pending: Target[] = [];
  let failed = errors.length > 0;
  for (const target of targets) {
    const type = target.type;
    let deletedUid: string | undefined;
    // A client dry run sends nothing for named objects (the builder has RequireObject(false)):
    // it reports the deletion whether or not the object exists.
    if (options.dryRun !== 'client') {
      const deleted = isUnserved(type)
        ? { ok: false as const, error: unservedNotFound(type, target.name) }
        : ctx.cluster.delete(type.kind, target.namespace, target.name, {
            gracePeriodSeconds: options.gracePeriod,
            dryRun: options.dryRun === 'server',
          });
      if (!deleted.ok) {
        if (!(options.ignoreNotFound && deleted.error.reason === 'NotFound')) {
          ctx.stderr(formatStatusError(deleted.error, target.source ? `error when deleting "${target.source}": ` : ''));
          failed = true;
        }
        continue;
      }
      deletedUid = deleted.value.metadata?.uid;
    }
    const suffix = options.dryRun === 'client' ? ' (dry run)' : options.dryRun === 'server' ? ' (server dry run)' : '';
    const label = kindLabel(type);
    if (options.outputName) ctx.stdout(`${label}/${target.name}\n`);
    else ctx.stdout(`${label} "${target.name}" ${options.force ? 'force deleted' : 'deleted'}${suffix}\n`);
    if (options.dryRun === 'none') pending.push({ ...target, uid: deletedUid });
  }
  for (const error of errors) ctx.stderr(error);
  const exitCode = failed ? 1 : 0;
  if (!options.wait || pending.length === 0 || listFailed) return exitCode;
  const gone = () =>
    pending.every((t) => {
      if (isUnserved(t.type)) return true;
      const got = ctx.cluster.get(t.type.kind, t.namespace, t.name);
      if (got.ok) return t.uid !== undefined && got.value.metadata?.uid !== t.uid;
      return got.error.reason === 'NotFound';
    });
  // kubectl's default --timeout for the wait is effectively a week; an hour of simulated time is plenty.
  return waitFor(ctx, gone, 60 * 60 * 1000, () => exitCode);
}
