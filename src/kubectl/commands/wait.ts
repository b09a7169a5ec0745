// kubectl wait (pkg/cmd/wait/wait.go): blocks until objects meet a condition, are deleted, or
// a JSONPath value matches; the simulated clock runs while it waits, as a user's time would.

import type { KubeObject, StatusError } from '../../sim/api';
import { defineCommand } from '../command';
import { fail, formatStatusError } from '../errors';
import { printJsonPath } from '../printers';
import { parseResourceArgs, type ResourceType } from '../resources';
import { parseDuration } from '../go-duration';
import { NO_RESOURCES, goQuote, listSelected, waitFor } from './common';
import { relaxedJsonPath } from '../print/custom-columns';

type Condition =
  | { kind: 'delete' }
  | { kind: 'create' }
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

/** wait.go conditionFuncFor: the condition, or its error (checked before any resource). */
function parseCondition(text: string): Condition | { error: string } {
  if (text.toLowerCase() === 'delete') return { kind: 'delete' };
  if (text.toLowerCase() === 'create') return { kind: 'create' };
  if (text.startsWith('condition=')) {
    // An empty name is accepted; no condition ever has it, so the wait times out.
    const body = text.slice('condition='.length);
    const eq = body.indexOf('=');
    return eq < 0
      ? { kind: 'condition', type: body, value: 'true' }
      : { kind: 'condition', type: body.slice(0, eq), value: body.slice(eq + 1) };
  }
  if (text.startsWith('jsonpath=')) return parseJsonPathCondition(text.slice('jsonpath='.length));
  return { error: `unrecognized condition: ${goQuote(text)}` };
}

/** processJSONPathInput and newJSONPathParser: EXPR or EXPR=VALUE, "==" kept inside EXPR. */
function parseJsonPathCondition(input: string): Condition | { error: string } {
  const pieces = splitJsonPathInput(input);
  if (pieces.length > 2)
    return {
      error:
        "jsonpath wait format must be --for=jsonpath='{.status.readyReplicas}'=3 or --for=jsonpath='{.status.readyReplicas}'",
    };
  const relaxed = relaxedJsonPath(pieces[0]!);
  if (!relaxed.ok) return { error: relaxed.error };
  const value = pieces.length === 2 ? pieces[1]!.replace(/^['"]+|['"]+$/g, '') : '';
  if (pieces.length === 2 && value === '')
    return {
      error: "jsonpath wait has to have a value after equal sign, like --for=jsonpath='{.status.readyReplicas}'=3",
    };
  if (relaxed.template === '') return { error: 'jsonpath expression cannot be empty' };
  return { kind: 'jsonpath', template: relaxed.template, value };
}

/** splitJSONPathInput: a lone "=" separates, "==" stays inside the expression. */
function splitJsonPathInput(input: string): string[] {
  const out: string[] = [];
  let element = '';
  for (let i = 0; i < input.length; i++) {
    if (input[i] === '=') {
      if (input[i + 1] === '=') {
        element += '==';
        i++;
        continue;
      }
      out.push(element);
      element = '';
      continue;
    }
    element += input[i];
  }
  return [...out, element];
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
    // With no value, any value at the path will do (JSONPathWait's matchAnyValue).
    if (condition.value === '') return printed.ok && printed.text.trim() !== '';
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
    if ('error' in condition) return fail(condition.error);
    const timeoutMs = parseGoDuration(flags.string('timeout'));
    // A bad --timeout was already rejected while parsing flags (a duration flag).
    if (timeoutMs === undefined) return fail(`invalid timeout: ${flags.string('timeout')}`);
    // The builder's own error for no resource at all.
    if (args.length === 0) return fail(NO_RESOURCES);
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
        // IsCreated: a named object that does not exist yet is waited for.
        if (options.condition.kind === 'create' && got.error.reason === 'NotFound') {
          objects.push({ type: target.type, name: target.name });
          continue;
        }
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
          : options.condition.kind === 'create'
            ? got.ok
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
      // IsCreated's timeout names no object.
      const timedOut =
        options.condition.kind === 'create'
          ? 'timed out waiting for the condition'
          : `timed out waiting for the condition on ${pending.type.plural}/${pending.name}`;
      // With list errors as well, CheckErr prints the aggregate's messages bare (kubectl v1.32.4).
      if (listErrors.length > 0)
        ctx.stderr([timedOut, ...listErrors.map((e) => e.message)].map((line) => `${line}\n`).join(''));
      else ctx.stderr(`error: ${timedOut}\n`);
      return 1;
    });
  },
});
