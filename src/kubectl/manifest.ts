// Reading manifests for `-f`: YAML (several documents) or JSON, `kind: List`, and the errors
// kubectl prints for files that do not parse or lack apiVersion/kind. kubectl parses YAML with
// go-yaml, so the `yaml` package's errors are translated into go-yaml's wording and line numbers
// (checked against kubectl v1.32 on hand-made broken files; see manifest.test.ts).

import { LineCounter, parseAllDocuments, visit, type Document, type YAMLError } from 'yaml';
import { metadataDecodeError } from '../sim';
import type { Workspace } from './console-types';
import { readJsonStream } from './go-json-syntax';

export interface ManifestObject {
  object: Record<string, unknown>;
  /** The file name as the learner typed it, for "error when creating \"kuard-pod.yaml\"". */
  source: string;
}

export interface ManifestRead {
  objects: ManifestObject[];
  /** Messages without the "error: " prefix, one per failing file or document. */
  errors: string[];
  /** True when at least one named path did not exist (kubectl stops before doing anything). */
  missingPath?: string;
}

const MANIFEST_EXTENSIONS = /\.(ya?ml|json)$/i;

function normalisePath(path: string): string {
  return path.replace(/^(\.\/)+/, '');
}

/** Expands `-f` values into workspace file names (a directory argument means every manifest in it). */
function expandPaths(paths: readonly string[], workspace: Workspace): { files: string[]; missing?: string } {
  const files: string[] = [];
  for (const raw of paths.flatMap((p) => p.split(','))) {
    if (raw === '') continue;
    const path = normalisePath(raw);
    if (path === '.' || path === '' || raw === './') {
      files.push(
        ...workspace
          .list()
          .filter((name) => MANIFEST_EXTENSIONS.test(name))
          .sort(),
      );
      continue;
    }
    if (workspace.read(path) === undefined) return { files, missing: raw };
    files.push(path);
  }
  return { files };
}

const indentOf = (line: string) => line.length - line.trimStart().length;

/** The nearest line above `lineNumber` (1-based) that has text, or undefined. */
function lineAbove(textLines: readonly string[], lineNumber: number, maxIndent = Infinity): string | undefined {
  for (let i = lineNumber - 2; i >= 0; i--) {
    const line = textLines[i]!;
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (indentOf(line) <= maxIndent) return line;
  }
  return undefined;
}

/**
 * The line (1-based) where go-yaml ends a quoted scalar that the `yaml` package found unclosed on
 * `openLine`: go-yaml's scanner lets a quoted scalar run over line breaks to the next quote
 * (scanner.go yaml_parser_scan_flow_scalar), usually another value's opening quote. When text
 * follows that quote on its line, the block mapping finds no key there (parser.go
 * yaml_parser_parse_block_mapping_key). Undefined when no such quote follows.
 */
function laterClosingQuoteLine(textLines: readonly string[], openLine: number, quote: '"' | "'"): number | undefined {
  const opening = textLines[openLine - 1]?.indexOf(quote) ?? -1;
  if (opening < 0) return undefined;
  for (let n = openLine; n <= textLines.length; n++) {
    const line = textLines[n - 1]!;
    for (let i = n === openLine ? opening + 1 : 0; i < line.length; i++) {
      if (quote === '"' && line[i] === '\\') {
        i++;
        continue;
      }
      if (line[i] !== quote) continue;
      if (quote === "'" && line[i + 1] === "'") {
        i++;
        continue;
      }
      const after = line.slice(i + 1).trimStart();
      return after === '' || after.startsWith('#') || after.startsWith(':') ? undefined : n;
    }
  }
  return undefined;
}

/**
 * go-yaml's message and line for the first error the `yaml` package reports. go-yaml (v2, under
 * sigs.k8s.io/yaml) numbers a scanner error's line from 1 and a parser error's from 0, which
 * reads as the line above the token it stopped at (yaml.go parser.fail).
 */
function goYamlError(errors: readonly YAMLError[], lines: LineCounter, text: string): string {
  const first = errors[0]!;
  const textLines = text.split('\n');
  const startLine = lines.linePos(first.pos[0]).line;
  const message = first.message;
  if (first.code === 'TAB_AS_INDENT' || first.code === 'BAD_SCALAR_START')
    return `yaml: line ${startLine}: found character that cannot start any token`;
  if (first.code === 'BLOCK_AS_IMPLICIT_KEY' || first.code === 'MULTILINE_IMPLICIT_KEY') {
    // The scanner stops at the ":" that ends the would-be key: on the key's own line, or, for a
    // plain scalar that ran on over several lines, on the last of them.
    const multi = errors.find((e) => e.code === 'MULTILINE_IMPLICIT_KEY' && e.pos[0] === first.pos[0]);
    if (!multi) return `yaml: line ${startLine}: mapping values are not allowed in this context`;
    const endLine = lines.linePos(multi.pos[1]).line;
    // A key at the column of the mapping's other keys is required to be one: go-yaml gives up
    // on it as soon as the scanner reaches the next line (scanner.go stale_simple_keys).
    const keyLine = textLines[startLine - 1] ?? '';
    const keyColumn = lines.linePos(first.pos[0]).col - 1;
    const sibling = lineAbove(textLines, startLine);
    const required = indentOf(keyLine) === keyColumn && sibling !== undefined && indentOf(sibling) === keyColumn;
    if (required) return `yaml: line ${startLine + 1}: could not find expected ':'`;
    return `yaml: line ${endLine}: mapping values are not allowed in this context`;
  }
  if (message.startsWith('Sequence item without - indicator'))
    return `yaml: line ${startLine - 1}: did not find expected '-' indicator`;
  if (message.startsWith('Missing closing')) {
    const closedOn = laterClosingQuoteLine(textLines, startLine, message.includes("'") ? "'" : '"');
    if (closedOn !== undefined) return `yaml: line ${closedOn - 1}: did not find expected key`;
    return `yaml: line ${startLine}: found unexpected end of stream`;
  }
  if (message.startsWith('Flow sequence') || /between flow sequence items/.test(message))
    return `yaml: line ${startLine - 1}: did not find expected ',' or ']'`;
  if (message.startsWith('Flow map') || /between flow map items/.test(message))
    return `yaml: line ${startLine - 1}: did not find expected ',' or '}'`;
  if (first.code === 'BAD_INDENT') {
    // A key at the column of a "- " above it sits inside that block sequence, which wants another "-".
    const line = textLines[startLine - 1] ?? '';
    const enclosing = lineAbove(textLines, startLine, indentOf(line));
    const inSequence =
      enclosing !== undefined && indentOf(enclosing) === indentOf(line) && /^\s*-(\s|$)/.test(enclosing);
    const expected = inSequence ? "'-' indicator" : 'key';
    return `yaml: line ${Math.max(1, startLine - 1)}: did not find expected ${expected}`;
  }
  return `yaml: line ${startLine}: did not find expected key`;
}

/** go-yaml's words for an alias the `yaml` package cannot resolve (decode.go d.alias). */
function goAliasError(error: unknown): string {
  const message = error instanceof Error ? error.message : '';
  const unresolved = /^Unresolved alias[^:]*: (.*)$/.exec(message);
  if (unresolved) return `yaml: unknown anchor '${unresolved[1]}' referenced`;
  return 'yaml: document contains excessive aliasing';
}

/** Checks kubectl's client-side schema preconditions (apiVersion and kind set). */
function validateShape(value: unknown, source: string): string | undefined {
  const suffix = '; if you choose to ignore these errors, turn validation off with --validate=false';
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return `error validating "${source}": error validating data: invalid object to validate${suffix}`;
  }
  const obj = value as Record<string, unknown>;
  // kubectl's getObjectKind (k8s.io/kubectl/pkg/validation): absent or null is "not set", any other
  // JSON type than a string "isn't string type".
  const missing: string[] = [];
  for (const field of ['apiVersion', 'kind'] as const) {
    const given = obj[field];
    if (given === undefined || given === null || given === '') missing.push(`${field} not set`);
    else if (typeof given !== 'string') missing.push(`${field} isn't string type`);
  }
  if (missing.length === 1) return `error validating "${source}": error validating data: ${missing[0]}${suffix}`;
  if (missing.length > 1)
    return `error validating "${source}": error validating data: [${missing.join(', ')}]${suffix}`;
  return undefined;
}

/**
 * go-yaml's reading of numbers JavaScript cannot hold: `.inf` and `.nan` become floats that
 * encoding/json refuses (returned as Go prints them), while a literal too large for a float64, such as
 * `1e309`, does not resolve as a number at all and stays the string it was written as.
 */
function goFloats(doc: Document): string | undefined {
  let unsupported: string | undefined;
  visit(doc, {
    Scalar(_key, node) {
      if (typeof node.value !== 'number' || Number.isFinite(node.value)) return undefined;
      const written = node.source ?? '';
      if (/^[-+]?\.(inf|Inf|INF)$/.test(written) || /^\.(nan|NaN|NAN)$/.test(written)) {
        unsupported = Number.isNaN(node.value) ? 'NaN' : node.value > 0 ? '+Inf' : '-Inf';
        return visit.BREAK;
      }
      node.value = written;
      return undefined;
    },
  });
  return unsupported;
}

function documentsOf(text: string, source: string): { values: unknown[]; error?: string } {
  if (/^\s*[{[]/.test(text) && !/^\s*\[/.test(text)) {
    const stream = readJsonStream(text);
    return stream.error === undefined ? stream : { ...stream, error: `error parsing ${source}: ${stream.error}` };
  }
  const lines = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: false });
  const list = Array.isArray(docs) ? docs : [docs];
  const values: unknown[] = [];
  for (const doc of list) {
    if (doc.errors.length > 0)
      return {
        values,
        error: `error parsing ${source}: error converting YAML to JSON: ${goYamlError(doc.errors, lines, text)}`,
      };
    const unsupported = goFloats(doc);
    if (unsupported)
      return {
        values,
        error: `error parsing ${source}: error converting YAML to JSON: json: unsupported value: ${unsupported}`,
      };
    let value: unknown;
    try {
      value = doc.toJS({ maxAliasCount: 100 });
    } catch (error) {
      return { values, error: `error parsing ${source}: error converting YAML to JSON: ${goAliasError(error)}` };
    }
    if (value === null || value === undefined) continue; // empty documents are skipped, as kubectl does
    values.push(value);
  }
  return { values };
}

function undecodable(obj: Record<string, unknown>, source: string): string | undefined {
  const problem = metadataDecodeError(obj);
  return problem === undefined ? undefined : `unable to decode "${source}": ${problem}`;
}

/** Reads and decodes every object the `-f` paths name, in file order. */
export function readManifests(paths: readonly string[], workspace: Workspace): ManifestRead {
  const expanded = expandPaths(paths, workspace);
  if (expanded.missing !== undefined) return { objects: [], errors: [], missingPath: expanded.missing };
  const objects: ManifestObject[] = [];
  const errors: string[] = [];
  for (const file of expanded.files) {
    const text = workspace.read(file) ?? '';
    const { values, error } = documentsOf(text, file);
    for (const value of values) {
      const invalid = validateShape(value, file);
      if (invalid) {
        errors.push(invalid);
        continue;
      }
      const obj = value as Record<string, unknown>;
      if (obj.kind === 'List' && Array.isArray(obj.items)) {
        for (const item of obj.items) {
          const itemInvalid = validateShape(item, file) ?? undecodable(item as Record<string, unknown>, file);
          if (itemInvalid) errors.push(itemInvalid);
          else objects.push({ object: item as Record<string, unknown>, source: file });
        }
        continue;
      }
      const metadataInvalid = undecodable(obj, file);
      if (metadataInvalid) errors.push(metadataInvalid);
      else objects.push({ object: obj, source: file });
    }
    if (error) errors.push(error);
  }
  return { objects, errors };
}
