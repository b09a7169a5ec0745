// kubectl wait (pkg/cmd/wait/wait.go): blocks until objects meet a condition, are deleted, or
// a JSONPath value matches; the simulated clock runs while it waits, as a user's time would.

import type { ApiResult, KubeObject, StatusError } from '../../sim/api';
import { defineCommand, type CommandContext, type RunResult } from '../command';
import { CommandFailure, fail, formatStatusError } from '../errors';
import { readManifests } from '../manifest';
import { printJsonPath } from '../printers';
import { isUnserved, parseResourceArgs, type AnyResourceType } from '../resources';
import { parseDuration } from '../go-duration';
import { unservedNotFound } from '../unserved-kinds';
import { mappedResourceType } from './file-targets';
import { NO_RESOURCES, goQuote, listSelected, waitFor } from './common';
import { relaxedJsonPath } from '../print/custom-columns';
import { PRINT_FLAGS, parsePrintFlags, printWithFlags, readPrinterFiles, type ObjectPrinter } from './print-flags';

type Condition =
  | { kind: 'delete' }
  | { kind: 'create' }
  | { kind: 'condition'; type: string; value: string }
  | { kind: 'jsonpath'; template: string; value: string };

interface WaitTarget {
  type: AnyResourceType;
  name?: string;
}

interface WaitOptions {
  targets: WaitTarget[];
  files: string[];
  /** --local: the objects come from the files only (resource arguments are refused). */
  local: boolean;
  allNamespaces: boolean;
  condition: Condition;
  timeoutMs: number;
  selector: string;
  fieldSelector: string;
  namespace: string;
  printer: ObjectPrinter;
}

/** One object being waited for, in its own namespace (-A lists across all of them). */
interface Waited {
  type: AnyResourceType;
  name: string;
  namespace?: string;
  uid?: string;
  last?: KubeObject;
}

/** The builder's error for resource arguments with --local. */
const LOCAL_RESOURCE_ERROR = `you must specify resources by --filename when --local is set.
Example resource specifications include:
   '-f rsrc.yaml'
   '--filename=rsrc.json'`;

/** A week: what a negative --timeout means (ToOptions' effectiveTimeout). */
const NEGATIVE_TIMEOUT_MS = 168 * 3600 * 1000;

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

function getObject(ctx: CommandContext, target: Waited): ApiResult<KubeObject> {
  if (isUnserved(target.type)) return { ok: false, error: unservedNotFound(target.type, target.name) };
  return ctx.cluster.get(target.type.kind, target.type.namespaced ? target.namespace : undefined, target.name);
}

/** The builder's objects from -f files: each names a live object to wait for. */
function fileTargets(options: WaitOptions, ctx: CommandContext): Waited[] | string {
  const read = readManifests(options.files, ctx.workspace);
  if (read.missingPath !== undefined) return `error: the path "${read.missingPath}" does not exist\n`;
  if (read.errors.length > 0) return read.errors.map((e) => `error: ${e}\n`).join('');
  const found: Waited[] = [];
  for (const item of read.objects) {
    const apiVersion = String(item.object.apiVersion);
    const kind = String(item.object.kind);
    const type = mappedResourceType(item.object);
    const meta = (item.object.metadata ?? {}) as Record<string, unknown>;
    const name = typeof meta.name === 'string' ? meta.name : '';
    const ownNamespace = typeof meta.namespace === 'string' ? meta.namespace : '';
    if (!type)
      return `error: resource mapping not found for name: "${name}" namespace: "${ownNamespace}" from "${item.source}": no matches for kind "${kind}" in version "${apiVersion}"\nensure CRDs are installed first\n`;
    found.push({ type, name, namespace: ownNamespace || options.namespace });
  }
  return found;
}

function labelOf(type: AnyResourceType, name: string): string {
  return `${isUnserved(type) && type.group ? `${type.singular}.${type.group}` : type.singular}/${name}`;
}

function runWait(options: WaitOptions, ctx: CommandContext): RunResult {
  const printer = readPrinterFiles(options.printer, ctx.workspace);
  if (typeof printer === 'string') {
    ctx.stderr(printer);
    return 1;
  }
  // Resolve the objects now (a missing one is an error, except when waiting for deletion).
  const named: Waited[] = [];
  if (options.local && options.targets.length > 0) {
    // The builder's errors together: a missing path, then the --local refusal, bare (MultilineError).
    const read = readManifests(options.files, ctx.workspace);
    const missing = read.missingPath === undefined ? '' : `the path "${read.missingPath}" does not exist\n`;
    ctx.stderr(`${missing}error: ${LOCAL_RESOURCE_ERROR}\n`);
    return 1;
  }
  if (options.files.length > 0) {
    const fromFiles = fileTargets(options, ctx);
    if (typeof fromFiles === 'string') {
      ctx.stderr(fromFiles);
      return 1;
    }
    named.push(...fromFiles);
  }
  const objects: Waited[] = [];
  // A type whose list fails does not stop the others (the builder continues on error): its
  // error joins the aggregate RunWait returns once the listed objects are done with.
  const listErrors: StatusError[] = [];
  for (const target of options.targets) {
    if (target.name !== undefined) {
      named.push({ type: target.type, name: target.name, namespace: options.namespace });
      continue;
    }
    const ns = target.type.namespaced && !options.allNamespaces ? options.namespace : undefined;
    const listed = listSelected(ctx, target.type, ns, { label: options.selector, field: options.fieldSelector });
    if (!listed.ok) {
      listErrors.push(listed.error);
      continue;
    }
    for (const o of listed.value)
      objects.push({
        type: target.type,
        name: o.metadata?.name ?? '',
        namespace: o.metadata?.namespace,
        uid: o.metadata?.uid,
        last: o,
      });
  }
  for (const target of named) {
    const got = getObject(ctx, target);
    if (!got.ok) {
      if (options.condition.kind === 'delete' && got.error.reason === 'NotFound') continue;
      // IsCreated: a named object that does not exist yet is waited for.
      if (options.condition.kind === 'create' && got.error.reason === 'NotFound') {
        objects.push(target);
        continue;
      }
      ctx.stderr(formatStatusError(got.error));
      return 1;
    }
    objects.push({ ...target, uid: got.value.metadata?.uid, last: got.value });
  }
  if (listErrors.length > 0 && objects.length === 0) {
    for (const error of listErrors) ctx.stderr(formatStatusError(error));
    return 1;
  }
  if (objects.length === 0) {
    if (options.condition.kind !== 'delete') ctx.stderr('error: no matching resources found\n');
    return options.condition.kind === 'delete' ? 0 : 1;
  }
  const reported = new Set<Waited>();
  const check = (o: Waited): boolean => {
    const got = getObject(ctx, o);
    if (got.ok) o.last = got.value;
    const ok =
      options.condition.kind === 'delete'
        ? !got.ok || got.value.metadata?.uid !== o.uid
        : options.condition.kind === 'create'
          ? got.ok
          : got.ok && met(options.condition, got.value);
    if (ok && !reported.has(o)) {
      reported.add(o);
      const printed = o.last ? printWithFlags(ctx, printer, [o.last]) : { printed: false };
      if (!printed.printed) ctx.stdout(`${labelOf(o.type, o.name)} condition met\n`);
    }
    return ok;
  };
  const allMet = () => objects.map(check).every(Boolean);
  return waitFor(ctx, allMet, options.timeoutMs, (reached) => {
    if (reached) {
      for (const error of listErrors) ctx.stderr(formatStatusError(error));
      return listErrors.length > 0 ? 1 : 0;
    }
    const pending = objects.find((o) => !reported.has(o))!;
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
    ...PRINT_FLAGS,
    { name: 'all', type: 'bool', help: 'Select all resources in the namespace of the specified resource types' },
    {
      name: 'all-namespaces',
      short: 'A',
      type: 'bool',
      help: 'If present, list the requested object(s) across all namespaces.',
    },
    {
      name: 'field-selector',
      type: 'string',
      help: 'Selector (field query) to filter on, e.g. --field-selector status.phase=Running.',
    },
    { name: 'filename', short: 'f', type: 'stringArray', help: 'identifying the resource.' },
    {
      name: 'for',
      type: 'string',
      help: "The condition to wait on: [create|delete|condition=condition-name[=condition-value]|jsonpath='{JSONPath expression}'=[JSONPath value]].",
    },
    { name: 'local', type: 'bool', help: 'If true, annotation will NOT contact api-server but run locally.' },
    {
      name: 'recursive',
      short: 'R',
      type: 'bool',
      default: true,
      help: 'Process the directory used in -f, --filename recursively.',
    },
    { name: 'selector', short: 'l', type: 'string', help: 'Selector (label query) to filter on.' },
    {
      name: 'timeout',
      type: 'duration',
      default: '30s',
      help: 'How long to wait before giving up (e.g. 30s, 5m). Zero means check once, negative means a week.',
    },
  ],
  parse({ flags, args, namespace }) {
    // ToOptions builds the printer first, then the condition, and the builder's errors come last.
    const printer = parsePrintFlags(flags);
    if (printer instanceof CommandFailure) return printer;
    const forText = flags.string('for');
    const condition = parseCondition(forText);
    if ('error' in condition) return fail(condition.error);
    const timeoutMs = parseGoDuration(flags.string('timeout'));
    // A bad --timeout was already rejected while parsing flags (a duration flag).
    if (timeoutMs === undefined) return fail(`invalid timeout: ${flags.string('timeout')}`);
    const files = flags.list('filename');
    const local = flags.bool('local');
    // The builder's own error for no resource at all.
    if (args.length === 0 && files.length === 0) return fail(NO_RESOURCES);
    if (local && args.length > 0 && files.length === 0) return fail(LOCAL_RESOURCE_ERROR);
    const parsed = parseResourceArgs(args, true);
    if (!parsed.ok) return fail(parsed.error);
    const targets: WaitTarget[] = [
      ...parsed.refs.map((r) => ({ type: r.type, name: r.name })),
      ...parsed.typesOnly.map((type) => ({ type })),
    ];
    // The builder's LabelSelectorParam and FieldSelectorParam ignore a value that is only spaces.
    const selecting = flags.string('selector').trim() !== '' || flags.string('field-selector').trim() !== '';
    if (parsed.typesOnly.length > 0 && !flags.bool('all') && !selecting)
      return fail('resource(s) were provided, but no name was specified');
    if (parsed.refs.length > 0 && flags.bool('all-namespaces'))
      return fail('a resource cannot be retrieved by name across all namespaces');
    return {
      targets,
      files,
      local,
      allNamespaces: flags.bool('all-namespaces'),
      condition,
      timeoutMs: timeoutMs < 0 ? NEGATIVE_TIMEOUT_MS : timeoutMs,
      selector: flags.string('selector'),
      fieldSelector: flags.string('field-selector'),
      namespace,
      printer,
    };
  },
  run: runWait,
});
