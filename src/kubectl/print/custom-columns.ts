// `-o custom-columns` and `-o custom-columns-file` (kubectl pkg/cmd/get/customcolumn.go): one
// JSONPath per column, each value printed with Go's fmt.Sprint and the values of one column
// joined by ",", `<none>` when the path finds nothing.

import type { KubeObject } from '../../sim/api';
import { evaluate } from './jsonpath';
import { type TemplateNode, JsonPathError, parseTemplate } from './jsonpath-parse';
import { printable } from './objects';

export interface CustomColumn {
  header: string;
  /** The JSONPath template, `{.a.b}` after RelaxedJSONPathExpression. */
  template: string;
}

const RELAXED = /^\{\.?([^{}]+)\}$|^\.?([^{}]+)$/s;

/** RelaxedJSONPathExpression: `a.b`, `.a.b`, `{a.b}` and `{.a.b}` all become `{.a.b}`. */
export function relaxedJsonPath(expr: string): { ok: true; template: string } | { ok: false; error: string } {
  if (expr === '') return { ok: true, template: '' };
  const match = RELAXED.exec(expr);
  if (!match) {
    return {
      ok: false,
      error:
        "unexpected path string, expected a 'name1.name2' or '.name1.name2' or '{name1.name2}' or '{.name1.name2}'",
    };
  }
  return { ok: true, template: `{.${match[1] ?? match[2]!}}` };
}

/** NewCustomColumnsPrinterFromSpec: HEADER:PATH pairs separated by commas. */
export function columnsFromSpec(spec: string): { ok: true; columns: CustomColumn[] } | { ok: false; error: string } {
  if (spec === '') return { ok: false, error: 'custom-columns format specified but no custom columns given' };
  const columns: CustomColumn[] = [];
  for (const part of spec.split(',')) {
    const colon = part.indexOf(':');
    if (colon < 0) {
      return { ok: false, error: `unexpected custom-columns spec: ${part}, expected <header>:<json-path-expr>` };
    }
    const path = relaxedJsonPath(part.slice(colon + 1));
    if (!path.ok) return path;
    columns.push({ header: part.slice(0, colon), template: path.template });
  }
  return { ok: true, columns };
}

const FILE_FORMAT = 'Expected format is one line of space separated headers, one line of space separated column specs.';

/** NewCustomColumnsPrinterFromTemplate: a line of headers, then a line of paths, split on white space. */
export function columnsFromFile(text: string): { ok: true; columns: CustomColumn[] } | { ok: false; error: string } {
  // bufio.Scanner's lines: split on \n, a trailing \r dropped; no line at all for an empty file.
  const lines = text === '' ? [] : text.replace(/\n$/, '').split('\n');
  const words = (line: string) =>
    line
      .replace(/\r$/, '')
      .split(/[ \t\n\v\f\r\u0085\u00a0]+/)
      .filter(Boolean);
  if (lines.length < 1) return { ok: false, error: `invalid template, missing header line. ${FILE_FORMAT}` };
  if (lines.length < 2) return { ok: false, error: `invalid template, missing spec line. ${FILE_FORMAT}` };
  const headers = words(lines[0]!);
  const specs = words(lines[1]!);
  if (headers.length !== specs.length) {
    return {
      ok: false,
      error: `number of headers (${headers.length}) and field specifications (${specs.length}) don't match`,
    };
  }
  const columns: CustomColumn[] = [];
  for (let i = 0; i < headers.length; i++) {
    const path = relaxedJsonPath(specs[i]!);
    if (!path.ok) return path;
    columns.push({ header: headers[i]!, template: path.template });
  }
  return { ok: true, columns };
}

/**
 * CustomColumnsPrinter.PrintObj over the objects: rows of cells (the header row first unless
 * noHeaders), and the error that stopped it (a path that does not parse fails after the header).
 */
export function customColumnRows(
  objects: readonly KubeObject[],
  columns: readonly CustomColumn[],
  noHeaders: boolean,
): { rows: string[][]; error?: string } {
  const rows: string[][] = noHeaders ? [] : [columns.map((c) => c.header)];
  const parsed: TemplateNode[][] = [];
  for (const column of columns) {
    try {
      parsed.push(parseTemplate(column.template));
    } catch (err) {
      return { rows, error: (err as Error).message };
    }
  }
  for (const obj of objects) {
    const data = JSON.parse(JSON.stringify(printable([obj], { asList: false, showManagedFields: true }))) as unknown;
    const row: string[] = [];
    for (const nodes of parsed) {
      let results: unknown[][];
      try {
        results = nodes.map((node) => (node.type === 'path' ? evaluate(node.steps, [data]) : []));
      } catch (err) {
        if (err instanceof JsonPathError) return { rows, error: err.message };
        throw err;
      }
      const cells = results.flat().map((v) => goSprint(v).replace(/\x1b/g, '^[').replace(/\r/g, '\\r'));
      row.push(results.length === 0 || results[0]!.length === 0 ? ['<none>', ...cells].join(',') : cells.join(','));
    }
    rows.push(row);
  }
  return { rows };
}

/** fmt.Sprint of a decoded JSON value: maps as map[k:v …] with sorted keys, slices as [a b]. */
export function goSprint(value: unknown): string {
  if (value === null || value === undefined) return '<nil>';
  if (Array.isArray(value)) return `[${value.map(goSprint).join(' ')}]`;
  if (typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    const keys = Object.keys(obj).sort();
    return `map[${keys.map((k) => `${k}:${goSprint(obj[k])}`).join(' ')}]`;
  }
  if (typeof value === 'number') return goFloatOrInt(value);
  return typeof value === 'string' || typeof value === 'boolean' ? String(value) : '';
}

// JSON numbers decode to int64 when whole, else float64, which %v prints with %g's shortest form.
function goFloatOrInt(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 2 ** 63) return BigInt(n).toString();
  const abs = Math.abs(n);
  if (abs !== 0 && (abs < 1e-4 || abs >= 1e21)) {
    const [mantissa, exponent] = n.toExponential().split('e') as [string, string];
    const sign = exponent.startsWith('-') ? '-' : '+';
    return `${mantissa}e${sign}${exponent.replace(/^[+-]/, '').padStart(2, '0')}`;
  }
  return String(n);
}
