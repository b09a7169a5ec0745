// `kubectl get` tables: the columns of the kind (columns.ts), the decorations kubectl adds on the
// client (NAMESPACE for -A, -L label columns, LABELS for --show-labels), and tabwriter alignment
// (cli-runtime printers: minwidth 6, padding 3, RememberWidths).

import type { Kind, KubeObject } from '../../sim/api';
import { COLUMNS, RESOURCE_NAMES } from './columns';
import { since } from './duration';
import { tabwrite } from './tabwriter';

export interface TableOptions {
  /** The current (simulated) time in epoch ms; ages are computed against it. */
  now: number;
  wide?: boolean;
  showLabels?: boolean;
  noHeaders?: boolean;
  /** -A: a NAMESPACE column first. */
  withNamespace?: boolean;
  /** -L key: one column per key, headed by the key's last path segment upper-cased. */
  labelColumns?: string[];
  /** Several kinds in one `get` (e.g. `get pods,nodes`): names print as `pod/kuard`. */
  withKind?: boolean;
  /**
   * kubectl's writer remembers column widths between flushes (only growing). Pass one array per
   * `get -w` session to printWatchRows so later rows line up as kubectl's do.
   */
  watchWidths?: number[];
  /**
   * --server-print=false: kubectl's own default handler, NAME and AGE only, since the server was
   * not asked for its columns (cli-runtime printers/tablegenerator.go defaultHandler).
   */
  nameAndAgeOnly?: boolean;
  /**
   * --output-watch-events: an EVENT column first, the type padded to eight characters
   * (cli-runtime printers/tableprinter.go formatEventType).
   */
  eventType?: 'ADDED' | 'MODIFIED' | 'DELETED';
}

const GET_TABWRITER = { minWidth: 6, padding: 3 };

export function formatLabels(labels: Record<string, string> | undefined): string {
  const keys = Object.keys(labels ?? {}).sort();
  if (keys.length === 0) return '<none>';
  return keys.map((k) => `${k}=${labels![k]}`).join(',');
}

// cli-runtime's table printer cuts a string cell at its first line break ("\n", "\r" or "\f",
// adding "...") so one object stays on one line, and turns ESC into "^[" (WriteEscaped). A tab
// inside a cell is written as it is, and shifts the columns after it, as in kubectl.
function cleanCell(cell: string): string {
  const cut = cell.search(/[\f\n\r]/);
  const text = cut >= 0 ? `${cell.slice(0, cut)}...` : cell;
  return text.includes('\x1b') ? text.replace(/\x1b/g, '^[') : text;
}

const EVENT_CELLS = { ADDED: 'ADDED   ', MODIFIED: 'MODIFIED', DELETED: 'DELETED ' };

function headerRow(kind: Kind, opts: TableOptions): string[] {
  const columns = COLUMNS[kind];
  const headers = opts.nameAndAgeOnly ? ['NAME', 'AGE'] : [...(opts.wide ? columns.wideHeaders : columns.headers)];
  if (opts.withNamespace) headers.unshift('NAMESPACE');
  if (opts.eventType) headers.unshift('EVENT');
  for (const key of opts.labelColumns ?? []) {
    const segments = key.split('/');
    headers.push(segments[segments.length - 1]!.toUpperCase());
  }
  if (opts.showLabels) headers.push('LABELS');
  return headers;
}

function objectRow(kind: Kind, obj: KubeObject, opts: TableOptions): string[] {
  const cells = opts.nameAndAgeOnly
    ? [cleanCell(obj.metadata?.name ?? ''), since(obj.metadata?.creationTimestamp, opts.now)]
    : COLUMNS[kind].cells(obj, opts.now, Boolean(opts.wide)).map(cleanCell);
  // Events have no NAME first column: their name is a wide-only cell, never kind-prefixed.
  if (opts.withKind && (kind !== 'Event' || opts.nameAndAgeOnly)) cells[0] = `${RESOURCE_NAMES[kind]}/${cells[0]}`;
  if (opts.withNamespace) cells.unshift(obj.metadata?.namespace ?? '');
  if (opts.eventType) cells.unshift(EVENT_CELLS[opts.eventType]);
  const labels = obj.metadata?.labels ?? {};
  for (const key of opts.labelColumns ?? []) cells.push(cleanCell(labels[key] ?? ''));
  if (opts.showLabels) cells.push(cleanCell(formatLabels(labels)));
  return cells;
}

function linesOf(rows: string[][]): string {
  let text = '';
  for (const row of rows) text += row.join('\t') + '\n';
  return text;
}

/** The whole table kubectl prints for these objects; '' when there are none (kubectl then reports "No resources found"). */
export function printTable(kind: Kind, objects: KubeObject[], opts: TableOptions): string {
  if (objects.length === 0) return '';
  const rows: string[][] = [];
  if (!opts.noHeaders) rows.push(headerRow(kind, opts));
  for (const obj of objects) rows.push(objectRow(kind, obj, opts));
  return tabwrite(linesOf(rows), GET_TABWRITER);
}

/**
 * The lines `kubectl get -w` prints. With header: true, the first batch (header and current
 * objects) in one flush; otherwise each object is a separate watch event, flushed on its own.
 * Widths carry over between calls through opts.watchWidths.
 */
export function printWatchRows(kind: Kind, objects: KubeObject[], opts: TableOptions & { header: boolean }): string {
  const writer = { ...GET_TABWRITER, rememberedWidths: opts.watchWidths ?? [] };
  if (opts.header) {
    const rows: string[][] = [];
    if (!opts.noHeaders) rows.push(headerRow(kind, opts));
    for (const obj of objects) rows.push(objectRow(kind, obj, opts));
    return rows.length ? tabwrite(linesOf(rows), writer) : '';
  }
  let text = '';
  for (const obj of objects) text += tabwrite(linesOf([objectRow(kind, obj, opts)]), writer);
  return text;
}
