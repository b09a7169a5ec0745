// Pieces several commands share: output-format validation, listing through the resource builder,
// the Pod named by NAME or TYPE/NAME, and the wait-for-simulated-time helper.

import type { ApiResult, KubeObject, Pod, StatusError } from '../../sim/api';
import type { CommandContext, Job, RunResult } from '../command';
import type { FlagSpec } from '../flags';
import { CommandFailure, fail, formatStatusError } from '../errors';
import { type CustomColumn, columnsFromFile, columnsFromSpec } from '../print/custom-columns';
import { isUnserved, parseResourceArgs, resourceTypeOf, type AnyResourceType, type ResourceType } from '../resources';

/** The output formats kubectl's printer flags accept, in its error message's order. */
export const ALLOWED_FORMATS =
  'custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,wide,yaml';

export type OutputFormat =
  | { kind: 'table'; wide: boolean }
  | { kind: 'yaml' }
  | { kind: 'json' }
  | { kind: 'name' }
  | { kind: 'jsonpath'; template: string; asJson?: boolean }
  | { kind: 'go-template'; template: string }
  | { kind: 'custom-columns'; columns: CustomColumn[]; problem?: string }
  /** The file formats: read from the workspace before any request (resolveOutputFile). */
  | { kind: 'custom-columns-file'; path: string }
  | { kind: 'jsonpath-file'; path: string }
  | { kind: 'go-template-file'; path: string };

// The template printers kubectl knows (cli-runtime's templateFormats and jsonpathFormats). Named
// without a template, or with an empty one, they fail before any request is made.
const TEMPLATE_FORMATS = [
  'go-template',
  'go-template-file',
  'template',
  'templatefile',
  'jsonpath',
  'jsonpath-as-json',
  'jsonpath-file',
];

/**
 * Parses `-o` the way kubectl's PrintFlags do; undefined means "no printer matches". json, yaml
 * and name are matched case-insensitively (their flags lower-case the format); wide and the
 * template formats are not.
 */
export function parseOutputFormat(text: string): OutputFormat | undefined {
  if (text === '') return { kind: 'table', wide: false };
  if (text === 'wide') return { kind: 'table', wide: true };
  const lower = text.toLowerCase();
  if (lower === 'yaml') return { kind: 'yaml' };
  if (lower === 'json') return { kind: 'json' };
  if (lower === 'name') return { kind: 'name' };
  const eq = text.indexOf('=');
  const name = eq < 0 ? text : text.slice(0, eq);
  const value = eq < 0 ? '' : text.slice(eq + 1);
  // An empty template is caught by customColumnsError below, before any request.
  if (TEMPLATE_FORMATS.includes(name) && value === '') return { kind: 'jsonpath', template: '' };
  if ((name === 'custom-columns' || name === 'custom-columns-file') && value === '')
    return { kind: 'custom-columns', columns: [] };
  const jsonpath = /^jsonpath(-as-json)?=(.*)$/s.exec(text);
  if (jsonpath) return { kind: 'jsonpath', template: jsonpath[2]!, ...(jsonpath[1] ? { asJson: true } : {}) };
  if (name === 'custom-columns') {
    const parsed = columnsFromSpec(value);
    return parsed.ok
      ? { kind: 'custom-columns', columns: parsed.columns }
      : { kind: 'custom-columns', columns: [], problem: parsed.error };
  }
  if (name === 'custom-columns-file') return { kind: 'custom-columns-file', path: value };
  if (name === 'jsonpath-file') return { kind: 'jsonpath-file', path: value };
  if (name === 'go-template' || name === 'template') return { kind: 'go-template', template: value };
  if (name === 'go-template-file' || name === 'templatefile') return { kind: 'go-template-file', path: value };
  return undefined;
}

/**
 * The error kubectl gives for a printer it knows but cannot build (a template format without a
 * template, a malformed custom-columns spec), or undefined when the format is fine.
 */
export function customColumnsError(format: OutputFormat): string | undefined {
  if (format.kind === 'jsonpath' && format.template === '') return 'template format specified but no template given';
  if (format.kind !== 'custom-columns') return undefined;
  if (format.problem) return format.problem;
  if (format.columns.length === 0) return 'custom-columns format specified but no custom columns given';
  return undefined;
}

/**
 * The file formats become their printers before any request (the print flags' ToPrinter): the
 * file is read from the workspace, and a missing one is an error in os.Open's words.
 */
export function resolveOutputFile(
  format: OutputFormat,
  workspace: { read(name: string): string | undefined },
): OutputFormat | string {
  if (format.kind !== 'custom-columns-file' && format.kind !== 'jsonpath-file' && format.kind !== 'go-template-file')
    return format;
  const text = workspace.read(format.path);
  if (format.kind === 'jsonpath-file' || format.kind === 'go-template-file') {
    if (text === undefined)
      return `error reading --template ${format.path}, open ${format.path}: no such file or directory`;
    if (text === '') return 'template format specified but no template given';
    return { kind: format.kind === 'jsonpath-file' ? 'jsonpath' : 'go-template', template: text };
  }
  if (text === undefined)
    return `error reading template ${format.path}, open ${format.path}: no such file or directory`;
  const parsed = columnsFromFile(text);
  return parsed.ok ? { kind: 'custom-columns', columns: parsed.columns } : parsed.error;
}

/**
 * -o with --template (cli-runtime's PrintFlags.ToPrinter): the template alone means -o
 * go-template, and it gives its text to a template format named bare. A template format named
 * with "=" beside --template matches no printer (undefined), as kubectl's template flags only
 * split "NAME=TEMPLATE" when --template is empty.
 */
export function selectOutputFormat(output: string, template: string): OutputFormat | undefined {
  if (template === '') return parseOutputFormat(output);
  if (output === '') return parseOutputFormat(`go-template=${template}`);
  if (TEMPLATE_FORMATS.includes(output)) return parseOutputFormat(`${output}=${template}`);
  const eq = output.indexOf('=');
  if (eq >= 0 && TEMPLATE_FORMATS.includes(output.slice(0, eq))) return undefined;
  return parseOutputFormat(output);
}

export const TEMPLATE_FLAG: FlagSpec = {
  name: 'template',
  type: 'string',
  help: 'Template string or path to template file to use when -o=go-template, -o=go-template-file. The template format is golang templates [http://golang.org/pkg/text/template/#pkg-overview].',
};

export function unknownFormatMessage(format: string): string {
  return `unable to match a printer suitable for the output format "${format}", allowed formats are: ${ALLOWED_FORMATS}`;
}

/**
 * cmdutil.GetDryRunStrategy, for every command with --dry-run: the bare flag means client (its
 * warning comes from kubectl.ts), the old booleans still work, and anything else, the empty
 * value too, is refused.
 */
export function parseDryRun(raw: string): 'none' | 'client' | 'server' | CommandFailure {
  if (raw === 'none' || raw === 'false') return 'none';
  if (raw === 'client' || raw === 'true' || raw === 'unchanged') return 'client';
  if (raw === 'server') return 'server';
  return fail(`Invalid dry-run value (${raw}). Must be "none", "server", or "client".`);
}

// ---- listing through the resource builder ----

/** The resource builder's error when a command is given no resource at all. */
export const NO_RESOURCES = `You must provide one or more resources by argument or filename.
Example resource specifications include:
   '-f rsrc.yaml'
   '--filename=rsrc.json'
   '<resource> <name>'
   '<resource>'`;

/** Go's %q, for quoted words in errors. */
export function goQuote(text: string): string {
  return `"${text
    .replace(/[\\"]/g, (c) => `\\${c}`)
    .replace(/\n/g, '\\n')
    .replace(/\t/g, '\\t')}"`;
}

/**
 * cli-runtime's EnhanceListError (pkg/resource/selector.go): a list the server rejects as
 * BadRequest or NotFound is reported with the resource ("/v1, Resource=pods") and the selectors.
 */
export function enhanceListError(
  error: StatusError,
  type: ResourceType,
  labelSelector: string,
  fieldSelector: string,
): StatusError {
  if (error.reason !== 'BadRequest' && error.reason !== 'NotFound') return error;
  const subject = `/v1, Resource=${type.plural}`;
  const message =
    labelSelector === '' && fieldSelector === ''
      ? `Unable to list "${subject}": ${error.message}`
      : `Unable to find "${subject}" that match label selector ${goQuote(labelSelector)}, field selector ${goQuote(fieldSelector)}: ${error.message}`;
  return { ...error, message };
}

/**
 * A list as cli-runtime's resource builder makes it for `TYPE -l … --field-selector …` (its
 * Selector visitor): the builder's LabelSelectorParam and FieldSelectorParam trim the flags'
 * values, and a rejected list comes back through EnhanceListError. Used by delete, describe,
 * label, annotate, wait and logs -l, which all list through the builder.
 */
export function listSelected(
  ctx: CommandContext,
  type: AnyResourceType,
  namespace: string | undefined,
  selectors: { label?: string; field?: string },
): ApiResult<KubeObject[]> {
  if (isUnserved(type)) return { ok: true, value: [] };
  const labelSelector = (selectors.label ?? '').trim();
  const fieldSelector = (selectors.field ?? '').trim();
  const listed = ctx.cluster.list(type.kind, namespace, {
    labelSelector: labelSelector || undefined,
    fieldSelector: fieldSelector || undefined,
  });
  if (listed.ok) return listed;
  return { ok: false, error: enhanceListError(listed.error, type, labelSelector, fieldSelector) };
}

// ---- waiting ----

/**
 * Waits for `done()` as a user would: when the console drives the clock it advances simulated
 * time right away (up to `limitMs`); when the UI drives it, the command runs until the clock has
 * moved far enough. `then(reached)` writes the result and returns the exit code.
 */
export function waitFor(
  ctx: CommandContext,
  done: () => boolean,
  limitMs: number,
  then: (reached: boolean) => RunResult,
): RunResult {
  if (done()) return then(true);
  const clock = ctx.cluster.clock;
  if (ctx.clockDriver === 'console') return then(clock.runUntil(done, limitMs));
  const deadline = clock.now() + limitMs;
  let stop: (() => void) | undefined;
  let finished = false;
  let finishJob: ((code: number) => void) | undefined;
  const job: Job = {
    kind: 'wait',
    start(finish) {
      finishJob = finish;
      const check = () => {
        if (finished) return;
        const reached = done();
        if (!reached && clock.now() < deadline) return;
        finished = true;
        stop?.();
        const next = then(reached);
        if (typeof next === 'number') return finish(next);
        // The wait turns into what comes next (e.g. `run -it` becomes a shell): this job takes its shape.
        Object.assign(job, {
          kind: next.kind,
          interrupt: next.interrupt.bind(next),
          input: next.input?.bind(next),
          endOfInput: next.endOfInput?.bind(next),
          prompt: next.prompt?.bind(next),
          shell: next.shell,
        });
        next.start(finish);
      };
      stop = clock.onAdvance(check);
    },
    interrupt() {
      // Ctrl+C while waiting: the command ends as a shell reports an interrupted one.
      if (finished) return;
      finished = true;
      stop?.();
      finishJob?.(130);
    },
  };
  return job;
}

/**
 * The kubelet's log timestamps (pkg/kubelet/kuberuntime/logs/logs.go, timeFormatOut =
 * RFC3339NanoFixed): always nine fractional digits, e.g. 2026-11-22T10:00:09.866000000Z.
 */
export function rfc3339NanoFixed(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, -1)}000000Z`;
}

/**
 * The container kubectl picks when -c is absent (podcmd.FindOrDefaultContainerByName): the
 * default-container annotation, else the first container, with a notice on stderr when the Pod
 * has other containers (init and ephemeral ones count).
 */
export function defaultContainer(pod: Pod): { name: string; notice?: string } | undefined {
  const containers = pod.spec?.containers ?? [];
  if (containers.length === 0) return undefined;
  const annotated = pod.metadata?.annotations?.['kubectl.kubernetes.io/default-container'];
  if (annotated && containers.some((c) => c.name === annotated)) return { name: annotated };
  const init = pod.spec?.initContainers ?? [];
  const ephemeral = pod.spec?.ephemeralContainers ?? [];
  const first = containers[0]!.name;
  if (containers.length === 1 && init.length === 0 && ephemeral.length === 0) return { name: first };
  const all = [
    ...containers.map((c) => c.name),
    ...init.map((c) => `${c.name} (init)`),
    ...ephemeral.map((c) => `${c.name} (ephem)`),
  ];
  return { name: first, notice: `Defaulted container "${first}" out of: ${all.join(', ')}\n` };
}

/**
 * Column alignment for the tables kubectl builds on the client (api-resources, top,
 * custom-columns): cli-runtime's tabwriter, minwidth 6 and padding 3; the last cell is not padded.
 */
export function alignColumns(rows: readonly string[][], padding = 3, minWidth = 6): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return rows
    .map((row) =>
      row
        .map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(Math.max(widths[i]! + padding, minWidth))))
        .join(''),
    )
    .map((line) => line + '\n')
    .join('');
}

/** What exec and port-forward attach to, named as NAME or TYPE/NAME. */
export interface AttachTarget {
  type: ResourceType;
  name: string;
}

/** The builder's ResourceNames("pods", word): a bare word names a Pod; TYPE/NAME is checked for syntax and type. */
export function parsePodRef(word: string): AttachTarget | CommandFailure {
  if (!word.includes('/')) return { type: resourceTypeOf('Pod'), name: word };
  const parsed = parseResourceArgs([word]);
  if (!parsed.ok) return fail(parsed.error);
  const { type, name = '' } = parsed.refs[0]!;
  return { type, name };
}

/**
 * The object is read first (its NotFound comes before anything else), then polymorphichelpers
 * AttachablePodForObjectFn: a Pod is itself, other kinds Pod Lab serves have no Pod selector.
 * Writes the error and returns undefined when there is no Pod.
 */
export function attachablePod(ctx: CommandContext, namespace: string, target: AttachTarget): Pod | undefined {
  const got = ctx.cluster.get(target.type.kind, target.type.namespaced ? namespace : undefined, target.name);
  if (!got.ok) {
    ctx.stderr(formatStatusError(got.error));
    return undefined;
  }
  if (target.type.kind === 'Pod') return got.value as Pod;
  const goType = `*v1.${target.type.kind}`;
  ctx.stderr(`error: cannot attach to ${goType}: selector for ${goType} not implemented\n`);
  return undefined;
}
