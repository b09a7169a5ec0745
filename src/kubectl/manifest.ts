// Reading manifests for `-f`: YAML (several documents) or JSON, `kind: List`, and the errors
// kubectl prints for files that do not parse or lack apiVersion/kind. kubectl parses YAML with
// go-yaml, so the `yaml` package's errors are translated into go-yaml's wording and line numbers
// (checked against kubectl v1.32 on hand-made broken files; see manifest.test.ts).

import { LineCounter, parseAllDocuments, type YAMLError } from 'yaml';
import type { Workspace } from './console-types';

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

/** go-yaml's message and line for the first error the `yaml` package reports. */
function goYamlError(errors: readonly YAMLError[], lines: LineCounter): string {
  const first = errors[0]!;
  const startLine = lines.linePos(first.pos[0]).line;
  const message = first.message;
  if (first.code === 'TAB_AS_INDENT') return `yaml: line ${startLine}: found character that cannot start any token`;
  if (first.code === 'BLOCK_AS_IMPLICIT_KEY' || first.code === 'MULTILINE_IMPLICIT_KEY') {
    const multi = errors.find((e) => e.code === 'MULTILINE_IMPLICIT_KEY');
    const line = multi ? lines.linePos(multi.pos[1]).line : startLine + 1;
    return `yaml: line ${line}: mapping values are not allowed in this context`;
  }
  if (message.startsWith('Sequence item without - indicator'))
    return `yaml: line ${startLine - 1}: did not find expected '-' indicator`;
  if (message.startsWith('Missing closing')) return `yaml: line ${startLine}: found unexpected end of stream`;
  if (message.startsWith('Flow sequence')) return `yaml: line ${startLine - 1}: did not find expected ',' or ']'`;
  if (message.startsWith('Flow map')) return `yaml: line ${startLine - 1}: did not find expected ',' or '}'`;
  if (first.code === 'BAD_INDENT') return `yaml: line ${Math.max(1, startLine - 1)}: did not find expected key`;
  if (first.code === 'DUPLICATE_KEY')
    return `yaml: unmarshal errors:\n  line ${startLine}: mapping key "${/"(.*)"/.exec(message)?.[1] ?? ''}" already defined`;
  return `yaml: line ${startLine}: did not find expected key`;
}

/** Go's encoding/json wording for the usual JSON slips (trailing commas, missing commas, truncation). */
function goJsonError(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const at = /position (\d+)/.exec(message);
  if (!at) return 'unexpected end of JSON input';
  const position = Number(at[1]);
  const char = text[position] ?? '';
  const shown = char === "'" ? "'\\''" : `'${char}'`;
  const offset = `json: offset ${position + 1}: `;
  if (/property name/.test(message))
    return `${offset}invalid character ${shown} looking for beginning of object key string`;
  if (/after property value/.test(message)) return `${offset}invalid character ${shown} after object key:value pair`;
  if (/after array element/.test(message)) return `${offset}invalid character ${shown} after array element`;
  if (/after property name/.test(message)) return `${offset}invalid character ${shown} after object key`;
  return `${offset}invalid character ${shown} looking for beginning of value`;
}

/** Checks kubectl's client-side schema preconditions (apiVersion and kind set). */
function validateShape(value: unknown, source: string): string | undefined {
  const suffix = '; if you choose to ignore these errors, turn validation off with --validate=false';
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return `error validating "${source}": error validating data: invalid object to validate${suffix}`;
  }
  const obj = value as Record<string, unknown>;
  const missing: string[] = [];
  if (!obj.apiVersion) missing.push('apiVersion not set');
  if (!obj.kind) missing.push('kind not set');
  if (missing.length === 1) return `error validating "${source}": error validating data: ${missing[0]}${suffix}`;
  if (missing.length > 1)
    return `error validating "${source}": error validating data: [${missing.join(', ')}]${suffix}`;
  return undefined;
}

function documentsOf(text: string, source: string): { values: unknown[]; error?: string } {
  if (/^\s*[{[]/.test(text) && !/^\s*\[/.test(text)) {
    try {
      return { values: [JSON.parse(text)] };
    } catch (error) {
      return { values: [], error: `error parsing ${source}: ${goJsonError(text, error)}` };
    }
  }
  const lines = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: false });
  const list = Array.isArray(docs) ? docs : [docs];
  const values: unknown[] = [];
  for (const doc of list) {
    if (doc.errors.length > 0)
      return {
        values,
        error: `error parsing ${source}: error converting YAML to JSON: ${goYamlError(doc.errors, lines)}`,
      };
    const value: unknown = doc.toJS({ maxAliasCount: 100 });
    if (value === null || value === undefined) continue; // empty documents are skipped, as kubectl does
    values.push(value);
  }
  return { values };
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
          const itemInvalid = validateShape(item, file);
          if (itemInvalid) errors.push(itemInvalid);
          else objects.push({ object: item as Record<string, unknown>, source: file });
        }
        continue;
      }
      objects.push({ object: obj, source: file });
    }
    if (error) errors.push(error);
  }
  return { objects, errors };
}

/** For `kubectl get -f` and `delete -f`: the same reading, used only for kind and name. */
export const objectsFromFiles = readManifests;
