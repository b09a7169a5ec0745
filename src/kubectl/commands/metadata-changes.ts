// What kubectl label and kubectl annotate share (pkg/cmd/label/label.go, pkg/cmd/annotate/annotate.go):
// `KEY=VALUE` sets, `KEY-` removes; changing an existing key needs --overwrite. This file reads the
// command line in their Complete/Validate order; metadata-apply.ts visits and changes the objects.

import type { Command } from '../command';
import { isValidLabelValue } from '../../sim';
import { CommandFailure, fail } from '../errors';
import { goQuote } from '../print/go-template/values';
import { parseResourceArgs, SELECTOR_WITH_TUPLES, type AnyResourceType, type ResourceRef } from '../resources';
import { parseDryRun } from './common';
import { PRINT_FLAGS, parsePrintFlags, type ObjectPrinter } from './print-flags';

export interface MetaOptions {
  refs: ResourceRef<AnyResourceType>[];
  listTypes: AnyResourceType[];
  /** -f: the objects the manifests name (or, with --local, the manifests' objects themselves). */
  files: string[];
  /** Resource words given beside -f: the builder refuses them once the files are read. */
  argsWithFiles: boolean;
  selector: string;
  fieldSelector: string;
  set: Record<string, string>;
  remove: string[];
  overwrite: boolean;
  namespace: string;
  allNamespaces: boolean;
  dryRun: 'none' | 'client' | 'server';
  local: boolean;
  list: boolean;
  resourceVersion: string;
  fieldManager: string;
  /** The printing flags; for label, whose printer is built only when printing, the error it will give. */
  printer: ObjectPrinter | string;
}

export type Which = 'labels' | 'annotations';

/** cmdutil.GetResourcesAndPairs: a word is a change if it has "=" (not first) or ends in "-" (and is not "-"). */
function isChange(arg: string): boolean {
  return (arg.includes('=') && !arg.startsWith('=')) || (arg.endsWith('-') && arg !== '-');
}

/** label.go parseLabels / annotate.go parseAnnotations (cmdutil.ParsePairs). */
function parseChanges(
  which: Which,
  changes: readonly string[],
): { set: Record<string, string>; remove: string[] } | CommandFailure {
  const set: Record<string, string> = {};
  const remove: string[] = [];
  for (const change of changes) {
    const eq = change.indexOf('=');
    if (eq < 0) {
      remove.push(change.slice(0, -1));
      continue;
    }
    const value = change.slice(eq + 1);
    // parseLabels splits on every "=", so a second one makes the spec invalid.
    if (which === 'labels' && value.includes('=')) return fail(`invalid label spec: ${change}`);
    // apimachinery's validation.IsValidLabelValue, every complaint joined with ";".
    const valueErrors = which === 'labels' ? isValidLabelValue(value) : [];
    if (valueErrors.length > 0) return fail(`invalid label value: ${goQuote(change)}: ${valueErrors.join(';')}`);
    set[change.slice(0, eq)] = value;
  }
  return { set, remove };
}

export function makeParse(which: Which) {
  const noun = which === 'labels' ? 'label' : 'annotation';
  // The two commands word their --local complaints for different example files.
  const example = which === 'labels' ? 'pod' : 'rsrc';
  return ({ flags, args, namespace }: Parameters<Command<MetaOptions>['parse']>[0]) => {
    // Complete reads --dry-run (cmdutil.GetDryRunStrategy) before it parses the changes.
    const dryRun = parseDryRun(flags.string('dry-run'));
    if (dryRun instanceof CommandFailure) return dryRun;
    // annotate.go Complete builds its printer next; label.go only when it prints an object.
    const parsedPrinter = parsePrintFlags(flags);
    if (parsedPrinter instanceof CommandFailure && which === 'annotations') return parsedPrinter;
    const printer = parsedPrinter instanceof CommandFailure ? parsedPrinter.text : parsedPrinter;
    const firstChange = args.findIndex(isChange);
    const resources = firstChange < 0 ? args : args.slice(0, firstChange);
    const changes = firstChange < 0 ? [] : args.slice(firstChange);
    const stray = changes.find((c) => !isChange(c));
    if (stray) return fail(`all resources must be specified before ${noun} changes: ${stray}`);
    const parsedChanges = parseChanges(which, changes);
    if (parsedChanges instanceof CommandFailure) return parsedChanges;
    const { set, remove } = parsedChanges;
    const both = remove.filter((key) => key in set);
    // parseLabels refuses a key set and removed at once while parsing; annotate checks it last.
    if (which === 'labels' && both.length > 0)
      return fail('can not both modify and remove a label in the same command');
    const selector = flags.string('selector');
    const fieldSelector = flags.string('field-selector');
    const all = flags.bool('all');
    const local = flags.bool('local');
    const list = flags.bool('list');
    const files = flags.list('filename');
    // Validate, in its order (the untrimmed flags), then the builder (which trims them).
    if (all && selector) return fail('cannot set --all and --selector at the same time');
    if (all && fieldSelector) return fail('cannot set --all and --field-selector at the same time');
    if (local) {
      if (dryRun === 'server')
        return fail('cannot specify --local and --dry-run=server - did you mean --dry-run=client?');
      if (resources.length > 0)
        return fail(
          `can only use local files by -f ${example}.yaml or --filename=${example}.json when --local=true is set`,
        );
      if (files.length === 0)
        return fail(`one or more files must be specified as -f ${example}.yaml or --filename=${example}.json`);
    } else if (resources.length === 0 && files.length === 0)
      return fail('one or more resources must be specified as <resource> <name> or <resource>/<name>');
    if (changes.length === 0 && !list) return fail(`at least one ${noun} update is required`);
    if (which === 'annotations' && both.length > 0)
      return fail(`can not both modify and remove the following annotation(s) in the same command: ${both.join(', ')}`);
    const base = {
      refs: [],
      listTypes: [],
      files,
      argsWithFiles: files.length > 0 && resources.length > 0,
      selector,
      fieldSelector,
      set,
      remove,
      overwrite: flags.bool('overwrite'),
      namespace,
      allNamespaces: flags.bool('all-namespaces'),
      dryRun,
      local,
      list,
      resourceVersion: flags.string('resource-version'),
      fieldManager: flags.string('field-manager'),
      printer,
    };
    // The files are read when the command runs, as the builder reads them before the words.
    if (files.length > 0) return base;
    const parsed = parseResourceArgs(resources, true);
    if (!parsed.ok) return fail(parsed.error);
    // The builder's ResourceTypeOrNameArgs: only a bare type is selected by --all or a selector.
    const selecting = selector.trim() !== '' || fieldSelector.trim() !== '';
    if (parsed.typesOnly.length > 0 && !selecting && !all)
      return fail('resource(s) were provided, but no name was specified');
    // --all selects nothing beside names: it only stands for an empty selector on a bare type.
    if (parsed.refs.length > 0 && resources.some((r) => r.includes('/')) && selecting)
      return fail(SELECTOR_WITH_TUPLES);
    if (parsed.refs.length > 0 && selecting) return fail('name cannot be provided when a selector is specified');
    if (parsed.refs.length > 0 && base.allNamespaces)
      return fail('a resource cannot be retrieved by name across all namespaces');
    return { ...base, refs: parsed.refs, listTypes: parsed.typesOnly };
  };
}

export function metaFlags(which: Which) {
  const noun = which === 'labels' ? 'labels' : 'annotations';
  return [
    { name: 'all', type: 'bool' as const, help: 'Select all resources of the given type in the namespace.' },
    {
      name: 'all-namespaces',
      short: 'A',
      type: 'bool' as const,
      help: 'With --all or a selector, select the resources of every namespace.',
    },
    {
      name: 'dry-run',
      type: 'string' as const,
      default: 'none',
      noOptDefault: 'unchanged',
      help: 'Must be "none", "server", or "client".',
    },
    {
      name: 'field-manager',
      type: 'string' as const,
      default: which === 'labels' ? 'kubectl-label' : 'kubectl-annotate',
      help: 'The name recorded in managedFields as the writer of this change.',
    },
    {
      name: 'field-selector',
      type: 'string' as const,
      help: 'Selector (field query) to filter on, e.g. --field-selector status.phase=Running.',
    },
    { name: 'filename', short: 'f', type: 'stringArray' as const, help: 'Files naming the objects to change.' },
    { name: 'list', type: 'bool' as const, help: `Print the object's ${noun} instead of changing it.` },
    {
      name: 'local',
      type: 'bool' as const,
      help: 'Change the objects read from -f and print them, without contacting the server.',
    },
    { name: 'overwrite', type: 'bool' as const, help: 'Allow existing keys to be given a new value.' },
    {
      name: 'recursive',
      short: 'R',
      type: 'bool' as const,
      help: 'Read the directories given to -f recursively.',
    },
    {
      name: 'resource-version',
      type: 'string' as const,
      help: 'Change the object only if its resourceVersion is still this one (a single object only).',
    },
    { name: 'selector', short: 'l', type: 'string' as const, help: 'Selector (label query) to filter on.' },
    ...PRINT_FLAGS,
  ];
}
