// Evaluates kubectl JSONPath templates (parsed by jsonpath-parse.ts) over objects as kubectl
// sees them: a single object for `get pod NAME`, a List for a list request. Missing keys print
// nothing (kubectl's --allow-missing-template-keys defaults to true); the values of one action
// are joined by spaces; maps and lists print as compact JSON.

import type { KubeObject } from '../../sim/api';
import { type Step, type TemplateNode, JsonPathError, parseTemplate } from './jsonpath-parse';
import { goQuote } from './go-template/values';
import { toGoJson } from './json';
import { printable } from './objects';

type Value = unknown;

export interface JsonPathOptions {
  asList: boolean;
  /** -o jsonpath-as-json: each action's results as an indented JSON array (EnableJSONOutput). */
  asJson?: boolean;
  /** --allow-missing-template-keys (default true); false makes a missing field an error. */
  allowMissingKeys?: boolean;
}

export function printJsonPath(
  objects: KubeObject[],
  template: string,
  opts: JsonPathOptions,
): { ok: true; text: string } | { ok: false; error: string } {
  let nodes: TemplateNode[];
  try {
    nodes = parseTemplate(template);
  } catch (err) {
    return { ok: false, error: `error: error parsing jsonpath ${template}, ${(err as Error).message}` };
  }
  const data = JSON.parse(
    JSON.stringify(printable(objects, { asList: opts.asList, showManagedFields: true })),
  ) as Value;
  try {
    const results = resultsOf(nodes, data, opts.allowMissingKeys === false);
    const text = opts.asJson ? results.map((values) => toGoJson(values)).join('') : results.map(printResults).join('');
    return { ok: true, text };
  } catch (err) {
    if (err instanceof JsonPathError) {
      return {
        ok: false,
        error: `error: error executing jsonpath ${goQuote(template)}: Error executing template: ${err.message}. Printing more information for debugging the template:\n\ttemplate was:\n\t\t${template}\n\tobject given to jsonpath engine was:\n\t\t${goSyntax(data)}\n\n`,
      };
    }
    throw err;
  }
}

/** client-go's FindResults: one list of values per text or path node, range bodies once per item. */
function resultsOf(nodes: TemplateNode[], data: Value, strict: boolean): Value[][] {
  const out: Value[][] = [];
  for (const node of nodes) {
    if (node.type === 'text') {
      out.push([node.text]);
    } else if (node.type === 'path') {
      out.push(evaluate(node.steps, [data], strict));
    } else if (node.type === 'strayEnd') {
      throw new JsonPathError('not in range, nothing to end');
    } else {
      for (const item of evaluate(node.steps, [data], strict)) out.push(...resultsOf(node.body, item, strict));
      // Without {end}, client-go's loop runs the body once more against the outer object.
      if (!node.closed) out.push(...resultsOf(node.body, data, strict));
    }
  }
  return out;
}

function printResults(values: Value[]): string {
  return values.map(toText).join(' ');
}

function toText(v: Value): string {
  if (v === null || v === undefined) return '<nil>';
  if (typeof v === 'object') return compactJson(v);
  if (typeof v === 'string') return v;
  return typeof v === 'number' || typeof v === 'boolean' ? String(v) : '';
}

// encoding/json's Marshal: sorted keys, no spaces, HTML-safe escapes (also go-template's debug dump).
export function compactJson(v: Value): string {
  if (Array.isArray(v)) return `[${v.map(compactJson).join(',')}]`;
  if (v !== null && typeof v === 'object') {
    const obj = v as Record<string, Value>;
    const keys = Object.keys(obj).sort();
    return `{${keys.map((k) => `${jsonString(k)}:${compactJson(obj[k])}`).join(',')}}`;
  }
  if (typeof v === 'string') return jsonString(v);
  return JSON.stringify(v) ?? 'null';
}

function jsonString(s: string): string {
  return JSON.stringify(s).replace(
    /[<>&\u2028\u2029]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** `strict`: --allow-missing-template-keys=false, where a field found nowhere is "not found". */
export function evaluate(steps: Step[], input: Value[], strict = false): Value[] {
  let current = input;
  for (const step of steps) current = applyStep(step, current, strict);
  return current;
}

function isObject(v: Value): v is Record<string, Value> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function applyStep(step: Step, input: Value[], strict: boolean): Value[] {
  const out: Value[] = [];
  switch (step.type) {
    case 'literal':
      return [step.value];
    case 'field':
      for (const v of input)
        if (isObject(v) && Object.prototype.hasOwnProperty.call(v, step.name)) out.push(v[step.name]);
      // client-go evalField: no input gives no output; input without the field is an error
      // only when missing keys are not allowed.
      if (strict && input.length > 0 && out.length === 0) throw new JsonPathError(`${step.name} is not found`);
      return out;
    case 'wildcard':
      for (const v of input) {
        if (Array.isArray(v)) out.push(...(v as Value[]));
        else if (isObject(v)) for (const k of Object.keys(v).sort()) out.push(v[k]);
      }
      return out;
    case 'recursive':
      for (const v of input) collect(v, out);
      return out;
    case 'slice':
      for (const v of input) if (Array.isArray(v)) out.push(...slice(v, step));
      return out;
    case 'union':
      for (const branch of step.branches) out.push(...evaluate(branch, input, strict));
      return out;
    case 'filter':
      for (const v of input) {
        const items = Array.isArray(v) ? v : [v];
        for (const item of items) if (filterMatches(step, item, strict)) out.push(item);
      }
      return out;
  }
}

function collect(v: Value, out: Value[]): void {
  out.push(v);
  if (Array.isArray(v)) for (const x of v) collect(x, out);
  else if (isObject(v)) for (const k of Object.keys(v).sort()) collect(v[k], out);
}

function slice(list: Value[], step: Extract<Step, { type: 'slice' }>): Value[] {
  const length = list.length;
  let start = step.start ?? 0;
  if (start < 0) start += length;
  let end: number;
  if (step.single) {
    end = start + 1;
  } else {
    end = step.end ?? length;
    if (end < 0) end += length;
  }
  if (end === start) return [];
  if (start >= length || start < 0)
    throw new JsonPathError(`array index out of bounds: index ${start}, length ${length}`);
  if (end > length || end < 0) throw new JsonPathError(`array index out of bounds: index ${end - 1}, length ${length}`);
  if (start > end) throw new JsonPathError(`starting index ${start} is greater than ending index ${end}`);
  const stride = step.step && step.step > 1 ? step.step : 1;
  const result: Value[] = [];
  for (let i = start; i < end; i += stride) result.push(list[i]);
  return result;
}

function filterMatches(step: Extract<Step, { type: 'filter' }>, item: Value, strict: boolean): boolean {
  const left = evaluate(step.left, [item], strict);
  if (left.length === 0) return false;
  if (!step.op || !step.right) return true;
  const right = step.right.kind === 'value' ? [step.right.value] : evaluate(step.right.steps, [item], strict);
  if (right.length === 0) return false;
  const a = left[0];
  const b = right[0];
  switch (step.op) {
    case '==':
      return a === b || String(a) === String(b);
    case '!=':
      return !(a === b || String(a) === String(b));
    case '<':
      return (a as number) < (b as number);
    case '<=':
      return (a as number) <= (b as number);
    case '>':
      return (a as number) > (b as number);
    case '>=':
      return (a as number) >= (b as number);
    default:
      return false;
  }
}

/** Go's %#v of the decoded JSON (map[string]interface {}…), which kubectl prints when a template fails. */
function goSyntax(v: Value): string {
  if (v === null || v === undefined) return 'interface {}(nil)';
  if (typeof v === 'string') return goQuote(v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return `[]interface {}{${v.map(goSyntax).join(', ')}}`;
  const obj = v as Record<string, Value>;
  const keys = Object.keys(obj).sort();
  return `map[string]interface {}{${keys.map((k) => `${goQuote(k)}:${goSyntax(obj[k])}`).join(', ')}}`;
}
