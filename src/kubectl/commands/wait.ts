// kubectl wait (pkg/cmd/wait/wait.go): blocks until objects meet a condition, are deleted, or
// a JSONPath value matches; the simulated clock runs while it waits, as a user's time would.

import type { KubeObject, StatusError } from '../../sim/api';
import { defineCommand } from '../command';
import { fail, formatStatusError } from '../errors';
import { printJsonPath } from '../printers';
import { parseResourceArgs, type ResourceType } from '../resources';
import { parseDuration } from '../go-duration';
import { listSelected, waitFor } from './common';

type Condition =
  | { kind: 'delete' }
  | { kind: 'condition'; type: string; value: string }
  | { kind: 'jsonpath'; template: string; value: string };

interface WaitOptions {
  targets: { type: ResourceType; name?: string }[];
  condition: Condition;
  timeoutMs: number;
  selector: string;
  fieldSelector: string;
  namespace: string;
}

/** Go's time.ParseDuration for the forms learners type: 30s, 2m, 1m30s, 1h, 500ms. */
export function parseGoDuration(text: string): number | undefined {
  const parsed = parseDuration(text);
  return parsed.ok ? parsed.ms : undefined;
}

function parseCondition(text: string): Condition | undefined {
  if (text.toLowerCase() === 'delete') return { kind: 'delete' };
  if (text.startsWith('condition=')) {
    const [type, value] = text.slice('condition='.length).split('=');
    if (!type) return undefined;
    return { kind: 'condition', type, value: value ?? 'True' };
  }
  if (text.startsWith('jsonpath=')) {
    const body = text.slice('jsonpath='.length);
    const eq = body.lastIndexOf('=');
    if (eq <= 0) return undefined;
    const expr = body.slice(0, eq);
    return { kind: 'jsonpath', template: expr.startsWith('{') ? expr : `{${expr}}`, value: body.slice(eq + 1) };
  }
  return undefined;
}

function met(condition: Condition, obj: KubeObject): boolean {
  if (condition.kind === 'condition') {
    const conditions =
      (obj as { status?: { conditions?: { type: string; status: string }[] } }).status?.conditions ?? [];
    return conditions.some(
      (c) =>
        c.type.toLowerCase() === condition.type.toLowerCase() &&
        c.status.toLowerCase() === condition.value.toLowerCase(),
    );
  }
  if (condition.kind === 'jsonpath') {
    const printed = printJsonPath([obj], condition.template, { asList: false });
    return printed.ok && printed.text.trim() === condition.value;
  }
  return false;
}

export const waitCommand = defineCommand<WaitOptions>({
  name: 'wait',
  group: 'Advanced Commands',
  summary: 'Experimental: Wait for a specific condition on one or many resources',
  help: `Wait until objects meet a condition, are deleted, or a field has a value.

Examples:
  # Wait until the kuard Pod is Ready
  kubectl wait --for=condition=Ready pod/kuard

  # Wait until it is gone, for at most a minute
  kubectl wait --for=delete pod/kuard --timeout=60s

  # Wait until its phase is Running
  kubectl wait --for=jsonpath='{.status.phase}'=Running pod/kuard`,
  usage:
    "wait ([-f FILENAME] | resource.group/resource.name | resource.group [(-l label | --all)]) [--for=delete|--for condition=available|--for=jsonpath='{}'[=value]]",
  flags: [
    { name: 'all', type: 'bool', help: 'Select all resources in the namespace of the specified resource types' },
    {
      name: 'field-selector',
      type: 'string',
      help: 'Selector (field query) to filter on, e.g. --field-selector status.phase=Running.',
    },
    {
      name: 'for',
      type: 'string',
      help: "The condition to wait on: [delete|condition=condition-name[=condition-value]|jsonpath='{JSONPath expression}'=[JSONPath value]].",
    },
    { name: 'selector', short: 'l', type: 'string', help: 'Selector (label query) to filter on.' },
    { name: 'timeout', type: 'duration', default: '30s', help: 'How long to wait before giving up (e.g. 30s, 5m).' },
  ],
  parse({ flags, args, namespace }) {
    const forText = flags.string('for');
    const condition = parseCondition(forText);
    if (!condition) return fail(`unrecognized condition: "${forText}"`);
    const timeoutMs = parseGoDuration(flags.string('timeout'));
    // A bad --timeout was already rejected while parsing flags (a duration flag).
    if (timeoutMs === undefined) return fail(`invalid timeout: ${flags.string('timeout')}`);
    if (args.length === 0) return fail('resource(s) were provided, but no name was specified');
    const parsed = parseResourceArgs(args);
    if (!parsed.ok) return fail(parsed.error);
    const targets = [
      ...parsed.refs.map((r) => ({ type: r.type, name: r.name })),
      ...parsed.typesOnly.map((type) => ({ type })),
    ];
    // The builder's LabelSelectorParam and FieldSelectorParam ignore a value that is only spaces.
    const selecting = flags.string('selector').trim() !== '' || flags.string('field-selector').trim() !== '';
    if (parsed.typesOnly.length > 0 && !flags.bool('all') && !selecting)
      return fail('resource(s) were provided, but no name was specified');
    return {
      targets,
      condition,
      timeoutMs,
      selector: flags.string('selector'),
      fieldSelector: flags.string('field-selector'),
      namespace,
    };
  },
  run(options, ctx) {
    // Resolve the objects now (a missing one is an error, except when waiting for deletion).
    const objects: { type: ResourceType; name: string; uid?: string }[] = [];
    // A type whose list fails does not stop the others (the builder continues on error): its
    // error joins the aggregate RunWait returns once the listed objects are done with.
    const listErrors: StatusError[] = [];
    for (const target of options.targets) {
      const ns = target.type.namespaced ? options.namespace : undefined;
      if (target.name === undefined) {
        const listed = listSelected(ctx, target.type, ns, { label: options.selector, field: options.fieldSelector });
        if (!listed.ok) {
          listErrors.push(listed.error);
          continue;
        }
        for (const o of listed.value)
          objects.push({ type: target.type, name: o.metadata?.name ?? '', uid: o.metadata?.uid });
        continue;
      }
      const got = ctx.cluster.get(target.type.kind, ns, target.name);
      if (!got.ok) {
        if (options.condition.kind === 'delete' && got.error.reason === 'NotFound') continue;
        ctx.stderr(formatStatusError(got.error));
        return 1;
      }
      objects.push({ type: target.type, name: target.name, uid: got.value.metadata?.uid });
    }
    if (listErrors.length > 0 && objects.length === 0) {
      for (const error of listErrors) ctx.stderr(formatStatusError(error));
      return 1;
    }
    if (objects.length === 0) {
      if (options.condition.kind !== 'delete') ctx.stderr('error: no matching resources found\n');
      return options.condition.kind === 'delete' ? 0 : 1;
    }
    const reported = new Set<string>();
    const check = (o: (typeof objects)[number]): boolean => {
      const got = ctx.cluster.get(o.type.kind, o.type.namespaced ? options.namespace : undefined, o.name);
      const ok =
        options.condition.kind === 'delete'
          ? !got.ok || got.value.metadata?.uid !== o.uid
          : got.ok && met(options.condition, got.value);
      if (ok && !reported.has(o.name)) {
        reported.add(o.name);
        ctx.stdout(`${o.type.singular}/${o.name} condition met\n`);
      }
      return ok;
    };
    const allMet = () => objects.map(check).every(Boolean);
    return waitFor(ctx, allMet, options.timeoutMs, (reached) => {
      if (reached) {
        for (const error of listErrors) ctx.stderr(formatStatusError(error));
        return listErrors.length > 0 ? 1 : 0;
      }
      const pending = objects.find((o) => !reported.has(o.name))!;
      const timedOut = `timed out waiting for the condition on ${pending.type.plural}/${pending.name}`;
      // With list errors as well, CheckErr prints the aggregate's messages bare (kubectl v1.32.4).
      if (listErrors.length > 0)
        ctx.stderr([timedOut, ...listErrors.map((e) => e.message)].map((line) => `${line}\n`).join(''));
      else ctx.stderr(`error: ${timedOut}\n`);
      return 1;
    });
  },
});
