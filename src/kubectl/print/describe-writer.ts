// The writer behind `kubectl describe` (kubectl pkg/describe: PrefixWriter over a tabwriter
// with minwidth 0, padding 2): each level indents by two spaces, and "label:\tvalue" lines line
// up within each run of consecutive lines that contain tabs.

import { goSort } from './go-sort';
import { tabwrite } from './tabwriter';

export class DescribeWriter {
  private text = '';

  write(level: number, line: string): void {
    this.text += '  '.repeat(level) + line;
  }

  toString(): string {
    return tabwrite(escapeTerminal(this.text), { minWidth: 0, padding: 2 });
  }
}

/**
 * kubectl writes describe output (and table cells) through printers.WriteEscaped, which defuses
 * terminal control: ESC becomes "^[" and a carriage return becomes the two characters "\r".
 */
export function escapeTerminal(text: string): string {
  if (!text.includes('\x1b') && !text.includes('\r')) return text;
  return text.replace(/\x1b/g, '^[').replace(/\r/g, '\\r');
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const two = (n: number) => String(n).padStart(2, '0');

/** Go's time.RFC1123Z layout in UTC ("Wed, 01 May 2024 10:15:12 +0000"). */
export function rfc1123z(value: string | undefined | null): string {
  const t = value ? Date.parse(value) : NaN;
  // A zero time.Time formats as year 1.
  if (Number.isNaN(t)) return 'Mon, 01 Jan 0001 00:00:00 +0000';
  const d = new Date(t);
  return `${DAYS[d.getUTCDay()]}, ${two(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${two(d.getUTCHours())}:${two(
    d.getUTCMinutes(),
  )}:${two(d.getUTCSeconds())} +0000`;
}

// Annotations longer than this (key, ": " and value) move to their own lines, cut to fit.
const MAX_ANNOTATION_LENGTH = 140;
// kubectl never shows the copy of the manifest that apply stores.
const HIDDEN_ANNOTATIONS = new Set(['kubectl.kubernetes.io/last-applied-configuration']);

/** "Labels:" style block: one sorted k=v per line, continuation lines aligned; <none> when empty. */
export function writeLabels(
  w: DescribeWriter,
  title: string,
  labels: Record<string, string> | undefined,
  indent = '',
): void {
  w.write(0, `${indent}${title}:\t`);
  const keys = Object.keys(labels ?? {}).sort();
  if (keys.length === 0) {
    w.write(0, '<none>\n');
    return;
  }
  keys.forEach((key, i) => {
    if (i !== 0) w.write(0, `${indent}\t`);
    w.write(0, `${key}=${labels![key]}\n`);
  });
}

export function writeAnnotations(
  w: DescribeWriter,
  title: string,
  annotations: Record<string, string> | undefined,
): void {
  w.write(0, `${title}:\t`);
  const keys = Object.keys(annotations ?? {})
    .filter((k) => !HIDDEN_ANNOTATIONS.has(k))
    .sort();
  if (keys.length === 0) {
    w.write(0, '<none>\n');
    return;
  }
  keys.forEach((key, i) => {
    if (i !== 0) w.write(0, '\t');
    const value = annotations![key]!.replace(/\n$/, '');
    if (value.length + key.length + 2 > MAX_ANNOTATION_LENGTH || value.includes('\n')) {
      w.write(0, `${key}:\n`);
      for (const line of value.split('\n')) w.write(0, `\t  ${shorten(line, MAX_ANNOTATION_LENGTH - 2)}\n`);
    } else {
      w.write(0, `${key}: ${value}\n`);
    }
  });
}

function shorten(s: string, max: number): string {
  return s.length > max ? `${s.slice(0, max)}...` : s;
}

export interface Toleration {
  key?: string;
  operator?: string;
  value?: string;
  effect?: string;
  tolerationSeconds?: number;
}

export function writeTolerations(w: DescribeWriter, title: string, tolerations: Toleration[] | undefined): void {
  w.write(0, `${title}:\t`);
  if (!tolerations || tolerations.length === 0) {
    w.write(0, '<none>\n');
    return;
  }
  // printTolerationsMultilineWithIndent sorts by key with sort.Slice (pdqsort, unstable).
  const sorted = goSort([...tolerations], (a, b) => (a.key ?? '') < (b.key ?? ''));
  sorted.forEach((t, i) => {
    if (i !== 0) w.write(0, '\t');
    let text = t.key ?? '';
    if (t.value) text += `=${t.value}`;
    if (t.effect) text += `:${t.effect}`;
    // An Exists toleration without key and effect tolerates everything.
    if (t.operator === 'Exists' && !t.value) text += t.key || t.effect ? ' op=Exists' : 'op=Exists';
    if (t.tolerationSeconds !== undefined && t.tolerationSeconds !== null) text += ` for ${t.tolerationSeconds}s`;
    w.write(0, `${text}\n`);
  });
}
