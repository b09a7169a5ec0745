// What kubectl label and kubectl annotate share (pkg/cmd/label/label.go, pkg/cmd/annotate/annotate.go):
// `KEY=VALUE` sets, `KEY-` removes; changing an existing key needs --overwrite.

import type { KubeObject } from '../../sim/api';
import type { CommandContext, Command } from '../command';
import { isValidLabelValue } from '../../sim';
import { CommandFailure, fail, formatStatusError, formatWarnings } from '../errors';
import { goQuote } from '../print/go-template/values';
import { isUnserved, parseResourceArgs, type AnyResourceType, type ResourceRef, type ResourceType } from '../resources';
import { unservedNotFound } from '../unserved-kinds';
import { listSelected, parseDryRun } from './common';

export interface MetaOptions {
  refs: ResourceRef<AnyResourceType>[];
  listTypes: AnyResourceType[];
  selector: string;
  fieldSelector: string;
  set: Record<string, string>;
  remove: string[];
  overwrite: boolean;
  namespace: string;
  dryRun: 'none' | 'client' | 'server';
}

type Which = 'labels' | 'annotations';

function isChange(arg: string): boolean {
  return arg.includes('=') || (arg.endsWith('-') && arg.length > 1);
}

export function makeParse(which: Which) {
  const noun = which === 'labels' ? 'label' : 'annotation';
  return ({ flags, args, namespace }: Parameters<Command<MetaOptions>['parse']>[0]) => {
    // Complete reads --dry-run (cmdutil.GetDryRunStrategy) before it parses the changes.
    const dryRun = parseDryRun(flags.string('dry-run'));
    if (dryRun instanceof CommandFailure) return dryRun;
    const firstChange = args.findIndex(isChange);
    const resources = firstChange < 0 ? args : args.slice(0, firstChange);
    const changes = firstChange < 0 ? [] : args.slice(firstChange);
    const stray = changes.find((c) => !isChange(c));
    if (stray) return fail(`all resources must be specified before ${noun} changes: ${stray}`);
    const set: Record<string, string> = {};
    const remove: string[] = [];
    for (const change of changes) {
      const eq = change.indexOf('=');
      if (eq < 0) {
        remove.push(change.slice(0, -1));
        continue;
      }
      const key = change.slice(0, eq);
      const value = change.slice(eq + 1);
      // label.go parseLabels splits on every "=", so a second one makes the spec invalid.
      if (which === 'labels' && value.includes('=')) return fail(`invalid label spec: ${change}`);
      // apimachinery's validation.IsValidLabelValue, every complaint joined with ";".
      const valueErrors = which === 'labels' ? isValidLabelValue(value) : [];
      if (valueErrors.length > 0) return fail(`invalid label value: ${goQuote(change)}: ${valueErrors.join(';')}`);
      if (key === '') return fail(`invalid ${noun} spec: ${change}`);
      set[key] = value;
    }
    // label.go parseLabels and annotate.go validateAnnotations: a key set and removed at once.
    const both = remove.filter((key) => key in set);
    if (both.length > 0)
      return fail(
        which === 'labels'
          ? 'can not both modify and remove a label in the same command'
          : `can not both modify and remove the following annotation(s) in the same command: ${both.join(', ')}`,
      );
    const selector = flags.string('selector');
    const fieldSelector = flags.string('field-selector');
    const all = flags.bool('all');
    // Validate, in its order (the untrimmed flags), then the builder (which trims them).
    if (all && selector) return fail('cannot set --all and --selector at the same time');
    if (all && fieldSelector) return fail('cannot set --all and --field-selector at the same time');
    if (resources.length === 0)
      return fail('one or more resources must be specified as <resource> <name> or <resource>/<name>');
    if (changes.length === 0) return fail(`at least one ${noun} update is required`);
    const parsed = parseResourceArgs(resources, true);
    if (!parsed.ok) return fail(parsed.error);
    const selecting = selector.trim() !== '' || fieldSelector.trim() !== '';
    if (parsed.typesOnly.length > 0 && !selecting && !all)
      return fail('resource(s) were provided, but no name was specified');
    if (parsed.refs.length > 0 && (selecting || all))
      return fail('name cannot be provided when a selector is specified');
    return {
      refs: parsed.refs,
      listTypes: parsed.typesOnly,
      selector,
      fieldSelector,
      set,
      remove,
      overwrite: flags.bool('overwrite'),
      namespace,
      dryRun,
    };
  };
}

export function runMeta(which: Which, options: MetaOptions, ctx: CommandContext): number {
  const targets: { type: ResourceType; obj: KubeObject }[] = [];
  let failed = false;
  for (const { type, name } of options.refs) {
    const got = isUnserved(type)
      ? { ok: false as const, error: unservedNotFound(type, name!) }
      : ctx.cluster.get(type.kind, type.namespaced ? options.namespace : undefined, name!);
    if (!got.ok) {
      ctx.stderr(formatStatusError(got.error));
      failed = true;
    } else if (!isUnserved(type)) targets.push({ type, obj: got.value });
  }
  // A type whose list fails does not stop the others (the builder continues on error); its
  // error is reported after the objects that were listed have been labeled.
  const listErrors: string[] = [];
  for (const type of options.listTypes) {
    const listed = listSelected(ctx, type, type.namespaced ? options.namespace : undefined, {
      label: options.selector,
      field: options.fieldSelector,
    });
    if (!listed.ok) {
      listErrors.push(formatStatusError(listed.error));
      continue;
    }
    if (!isUnserved(type)) for (const obj of listed.value) targets.push({ type, obj });
  }
  const result = applyMeta(which, options, targets, ctx);
  for (const error of listErrors) ctx.stderr(error);
  return failed || listErrors.length > 0 ? 1 : result;
}

function applyMeta(
  which: Which,
  options: MetaOptions,
  targets: { type: ResourceType; obj: KubeObject }[],
  ctx: CommandContext,
): number {
  let failed = false;
  for (const { type, obj } of targets) {
    const current: Record<string, string> = {
      ...(obj.metadata?.[which] ?? {}),
    };
    if (!options.overwrite) {
      const clash = Object.keys(options.set).find((k) => k in current && current[k] !== options.set[k]);
      if (clash) {
        if (which === 'labels')
          ctx.stderr(`error: '${clash}' already has a value (${current[clash]}), and --overwrite is false\n`);
        else
          ctx.stderr(
            `error: --overwrite is false but found the following declared annotation(s): '${clash}' already has a value (${current[clash]})\n`,
          );
        return 1;
      }
    }
    const before = JSON.stringify(current);
    // label.go labelFunc tells on stdout of each label to remove that is not there; annotate's
    // counterpart says nothing.
    for (const key of options.remove) {
      if (which === 'labels' && !(key in current)) ctx.stdout(`label ${JSON.stringify(key)} not found.\n`);
      delete current[key];
    }
    Object.assign(current, options.set);
    const changed = JSON.stringify(current) !== before;
    const label = `${type.singular}/${obj.metadata?.name ?? ''}`;
    if (!changed) {
      ctx.stdout(`${label} ${which === 'labels' ? 'not labeled' : 'annotated'}\n`);
      continue;
    }
    const metadata = { ...obj.metadata, [which]: current };
    if (Object.keys(current).length === 0) delete (metadata as Record<string, unknown>)[which];
    // label.go and annotate.go default --field-manager to kubectl-label and kubectl-annotate.
    const verb = which === 'annotations' ? 'annotated' : onlyRemoved(options) ? 'unlabeled' : 'labeled';
    // A client dry run sends nothing; a server one is checked and not stored.
    if (options.dryRun === 'client') {
      ctx.stdout(`${label} ${verb} (dry run)\n`);
      continue;
    }
    const updated = ctx.cluster.update(
      { ...obj, metadata },
      {
        fieldManager: which === 'labels' ? 'kubectl-label' : 'kubectl-annotate',
        dryRun: options.dryRun === 'server',
      },
    );
    if (!updated.ok) {
      ctx.stderr(formatStatusError(updated.error));
      failed = true;
      continue;
    }
    ctx.stderr(formatWarnings(updated.warnings));
    ctx.stdout(`${label} ${verb}${options.dryRun === 'server' ? ' (server dry run)' : ''}\n`);
  }
  return failed ? 1 : 0;
}

export const META_FLAGS = [
  { name: 'all', type: 'bool' as const, help: 'Select all resources of the given type in the namespace.' },
  {
    name: 'dry-run',
    type: 'string' as const,
    default: 'none',
    noOptDefault: 'unchanged',
    help: 'Must be "none", "server", or "client".',
  },
  {
    name: 'field-selector',
    type: 'string' as const,
    help: 'Selector (field query) to filter on, e.g. --field-selector status.phase=Running.',
  },
  { name: 'overwrite', type: 'bool' as const, help: 'Allow existing keys to be given a new value.' },
  { name: 'selector', short: 'l', type: 'string' as const, help: 'Selector (label query) to filter on.' },
];

function onlyRemoved(options: MetaOptions): boolean {
  return Object.keys(options.set).length === 0 && !options.overwrite;
}
