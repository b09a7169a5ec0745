// The options of kubectl apply and kubectl create -f, checked in kubectl v1.32's order:
// apply.go ApplyFlags.ToOptions then ApplyOptions.Validate; create.go Complete then Validate.

import type { Command } from '../command';
import type { FlagSpec } from '../flags';
import { CommandFailure, fail, failWithHelp } from '../errors';
import { parseDryRun } from './common';
import { parseCascade } from './delete';
import { type PruneResource, parsePruneAllowlist } from './apply-prune';
import type { FileOptions } from './manifest-files';
import { type ObjectPrinter, parsePrintFlags } from './print-flags';
import { type FieldValidation, parseValidation } from './write-flags';

type ParseInput = Parameters<Command<FileOptions>['parse']>[0];

export interface ApplyExtras {
  serverSide: boolean;
  prune?: { allowlist: PruneResource[] };
  /** --force and --overwrite=false only matter when a patch fails or conflicts. */
  force: boolean;
  overwrite: boolean;
  gracePeriod: number;
}

export const APPLY_ONLY_FLAGS: FlagSpec[] = [
  {
    name: 'all',
    type: 'bool',
    help: 'With --prune: prune every object of the pruned kinds, not only those -l selects.',
  },
  {
    name: 'cascade',
    type: 'string',
    default: 'background',
    noOptDefault: 'background',
    help: 'Must be "background", "orphan", or "foreground". How --prune and --force delete.',
  },
  {
    name: 'force',
    type: 'bool',
    help: 'If the server refuses the change (a field that cannot change), delete the object and create it again.',
  },
  { name: 'force-conflicts', type: 'bool', help: 'Only with --server-side.' },
  {
    name: 'grace-period',
    type: 'int',
    default: -1,
    help: "Seconds the containers of a deleted Pod get to stop (--prune, --force); -1: the Pod's own.",
  },
  {
    name: 'openapi-patch',
    type: 'bool',
    default: true,
    help: 'For the kinds a cluster has built in, kubectl patches with the same strategy either way.',
  },
  {
    name: 'overwrite',
    type: 'bool',
    default: true,
    help: "Resolve conflicts between the file and the live object with the file's values.",
  },
  {
    name: 'prune',
    type: 'bool',
    help: 'Delete the objects an earlier apply created that are not in the files any more (needs -l or --all).',
  },
  {
    name: 'prune-allowlist',
    type: 'stringArray',
    help: 'The kinds --prune may delete, as group/version/kind (core/v1/Pod).',
  },
  { name: 'server-side', type: 'bool', help: 'Apply on the server (Pod Lab applies on the client only).' },
  { name: 'subresource', type: 'string', help: 'Only with --server-side.' },
  { name: 'timeout', type: 'duration', default: '0s', help: 'How long to wait for a deletion (--force).' },
  { name: 'wait', type: 'bool', help: 'Wait for deletions (--force) to finish.' },
];

/** Unexpected args, then --dry-run: the first checks both commands make. */
function argsAndDryRun(mode: 'apply' | 'create', { flags, args }: ParseInput): FileOptions['dryRun'] | CommandFailure {
  if (args.length > 0) return failWithHelp(mode, `Unexpected args: [${args.join(' ')}]`);
  return parseDryRun(flags.string('dry-run'));
}

function common(
  input: ParseInput,
  dryRun: FileOptions['dryRun'],
  validation: FieldValidation,
  printer: ObjectPrinter | string,
): Omit<FileOptions, 'apply' | 'saveConfig'> {
  const { flags, namespace, namespaceGiven } = input;
  return {
    files: flags.list('filename'),
    kustomize: flags.string('kustomize'),
    dryRun,
    namespace,
    namespaceGiven,
    outputName: typeof printer !== 'string' && printer.format?.kind === 'name',
    printer,
    validation,
    fieldManager: flags.string('field-manager'),
    selector: flags.string('selector'),
  };
}

export function parseApplyOptions(input: ParseInput): FileOptions | CommandFailure {
  const { flags } = input;
  const dryRun = argsAndDryRun('apply', input);
  if (dryRun instanceof CommandFailure) return dryRun;
  const serverSide = flags.bool('server-side');
  const cascade = parseCascade(flags.string('cascade'));
  if (cascade instanceof CommandFailure) return cascade;
  const checked = checkApply(input, dryRun, serverSide);
  // An old boolean --cascade value is warned about before anything else.
  if (checked instanceof CommandFailure) return new CommandFailure(cascade + checked.text);
  return { ...checked, cascadeWarning: cascade };
}

function checkApply(
  input: ParseInput,
  dryRun: FileOptions['dryRun'],
  serverSide: boolean,
): FileOptions | CommandFailure {
  const { flags } = input;
  // apply.go builds its printer only when it prints an object: its error waits until then.
  const parsed = parsePrintFlags(flags);
  const printer = parsed instanceof CommandFailure ? parsed.text : parsed;
  const files = flags.list('filename');
  const kustomize = flags.string('kustomize');
  if (files.length === 0 && kustomize === '') return fail('must specify one of -f and -k');
  if (files.length > 0 && kustomize !== '') return fail('only one of -f or -k can be specified');
  const validation = parseValidation(flags.string('validate'));
  if (validation instanceof CommandFailure) return validation;
  const prune = flags.bool('prune');
  let allowlist: PruneResource[] = [];
  if (prune) {
    const parsed = parsePruneAllowlist(flags.list('prune-allowlist'));
    if (typeof parsed === 'string') return fail(parsed);
    allowlist = parsed;
  }
  // ApplyOptions.Validate, in its order.
  const force = flags.bool('force');
  const selector = flags.string('selector');
  if (flags.bool('force-conflicts') && !serverSide) return fail('--force-conflicts only works with --server-side');
  if (dryRun === 'client' && serverSide)
    return fail("--dry-run=client doesn't work with --server-side (did you mean --dry-run=server instead?)");
  if (serverSide && force) return fail('--force cannot be used with --server-side');
  if (dryRun === 'server' && force) return fail('--dry-run=server cannot be used with --force');
  if (flags.bool('all') && selector !== '') return fail('cannot set --all and --selector at the same time');
  if (prune) {
    if (force) return fail('--force cannot be used with --prune');
    if (!flags.bool('all') && selector === '')
      return fail(
        'all resources selected for prune without explicitly passing --all. To prune all resources, pass the --all flag. If you did not mean to prune all resources, specify a label selector',
      );
    if (serverSide)
      return fail("--prune is in alpha and doesn't currently work on objects created by server-side apply");
  }
  if (flags.string('subresource') !== '' && !serverSide)
    return fail('--subresource can only be specified for --server-side');
  const gracePeriod = flags.int('grace-period');
  return {
    ...common(input, dryRun, validation, printer),
    apply: {
      serverSide,
      force,
      overwrite: flags.bool('overwrite'),
      gracePeriod,
      ...(prune ? { prune: { allowlist } } : {}),
    },
  };
}

export const CREATE_ONLY_FLAGS: FlagSpec[] = [
  { name: 'edit', type: 'bool', help: 'Edit the object in the editor before it is created.' },
  { name: 'raw', type: 'string', help: 'Raw URI to POST to the server (Pod Lab sends only typed requests).' },
  {
    name: 'save-config',
    type: 'bool',
    help: 'Save the object in its last-applied-configuration annotation, so that a later kubectl apply can tell what you removed.',
  },
  {
    name: 'windows-line-endings',
    type: 'bool',
    help: 'Only with --edit: use Windows line endings.',
  },
];

export function parseCreateOptions(input: ParseInput): FileOptions | CommandFailure {
  const { flags } = input;
  const dryRun = argsAndDryRun('create', input);
  if (dryRun instanceof CommandFailure) return dryRun;
  const validation = parseValidation(flags.string('validate'));
  if (validation instanceof CommandFailure) return validation;
  const printer = parsePrintFlags(flags);
  if (printer instanceof CommandFailure) return printer;
  // CreateOptions.Validate.
  const files = flags.list('filename');
  const kustomize = flags.string('kustomize');
  if (files.length === 0 && kustomize === '') return fail('must specify one of -f and -k');
  if (files.length > 0 && kustomize !== '') return fail('only one of -f or -k can be specified');
  const raw = flags.string('raw');
  if (raw !== '') {
    if (flags.bool('edit')) return fail('--raw and --edit are mutually exclusive');
    if (files.length !== 1) return fail('--raw can only use a single local file or stdin');
    if (/^https?:\/\//.test(files[0]!)) return fail('--raw cannot read from a url');
    if (flags.bool('recursive')) return fail('--raw and --recursive are mutually exclusive');
    if (flags.string('selector') !== '') return fail('--raw and --selector (-l) are mutually exclusive');
    if (flags.string('output') !== '') return fail('--raw and --output are mutually exclusive');
    // url.ParseRequestURI: a path must be absolute.
    if (!raw.startsWith('/') && !/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(raw))
      return fail(`--raw must be a valid URL path: parse "${raw}": invalid URI for request`);
  }
  return {
    ...common(input, dryRun, validation, printer),
    saveConfig: flags.bool('save-config'),
    create: { raw, edit: flags.bool('edit') },
  };
}
