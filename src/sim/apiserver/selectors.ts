// Server-side label and field selectors (apimachinery pkg/labels and pkg/fields). Parse errors
// come back worded as the API server words them, so kubectl can show them unchanged.

export type Requirement =
  | { op: 'exists' | 'notexists'; key: string }
  | { op: 'in' | 'notin'; key: string; values: string[] }
  | { op: '=' | '!='; key: string; value: string }
  | { op: '>' | '<'; key: string; value: number };

export type SelectorParse<T> = { ok: true; selector: T } | { ok: false; message: string };

const KEY = /^([a-z0-9A-Z]([-a-z0-9A-Z_.]*[a-z0-9A-Z])?\/)?[a-z0-9A-Z]([-a-z0-9A-Z_.]*[a-z0-9A-Z])?$/;
const VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;

/** Splits on commas that are not inside parentheses. */
function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === ',' && depth === 0) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts;
}

export function parseLabelSelector(text: string): SelectorParse<Requirement[]> {
  const reqs: Requirement[] = [];
  if (text.trim() === '') return { ok: true, selector: reqs };
  for (const raw of splitTopLevel(text)) {
    const part = raw.trim();
    let m: RegExpExecArray | null;
    if ((m = /^!\s*(\S+)$/.exec(part))) reqs.push({ op: 'notexists', key: m[1]! });
    else if ((m = /^(\S+?)\s+(in|notin)\s+\(([^)]*)\)$/.exec(part)))
      reqs.push({ op: m[2] as 'in' | 'notin', key: m[1]!, values: m[3]!.split(',').map((v) => v.trim()) });
    else if ((m = /^([^=!<>\s]+)\s*(==|=|!=)\s*(\S*)$/.exec(part)))
      reqs.push({ op: m[2] === '!=' ? '!=' : '=', key: m[1]!, value: m[3]! });
    else if ((m = /^([^=!<>\s]+)\s*([<>])\s*(\S+)$/.exec(part))) {
      if (!/^-?\d+$/.test(m[3]!)) return { ok: false, message: `unable to parse requirement: for 'gt', 'lt' operators, the value must be an integer` };
      reqs.push({ op: m[2] as '<' | '>', key: m[1]!, value: Number(m[3]) });
    } else if ((m = /^([^=!<>\s(),]+)$/.exec(part))) reqs.push({ op: 'exists', key: m[1]! });
    else return { ok: false, message: `unable to parse requirement: found '${part}', expected: identifier` };
  }
  for (const r of reqs) {
    if (!KEY.test(r.key))
      return { ok: false, message: `unable to parse requirement: values[0][${r.key}]: Invalid value: "${r.key}": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')` };
    const values = r.op === 'in' || r.op === 'notin' ? r.values : r.op === '=' || r.op === '!=' ? [r.value] : [];
    for (const v of values) {
      if (v.length > 63 || !VALUE.test(v))
        return { ok: false, message: `unable to parse requirement: values[0][${r.key}]: Invalid value: "${v}": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')` };
    }
  }
  return { ok: true, selector: reqs };
}

export function matchesLabels(reqs: readonly Requirement[], labels: Readonly<Record<string, string>> | undefined): boolean {
  const l = labels ?? {};
  for (const r of reqs) {
    const has = Object.prototype.hasOwnProperty.call(l, r.key);
    const v = l[r.key];
    switch (r.op) {
      case 'exists': if (!has) return false; break;
      case 'notexists': if (has) return false; break;
      case 'in': if (!has || !r.values.includes(v!)) return false; break;
      case 'notin': if (has && r.values.includes(v!)) return false; break;
      case '=': if (!has || v !== r.value) return false; break;
      case '!=': if (has && v === r.value) return false; break;
      case '>': if (!has || !/^-?\d+$/.test(v!) || Number(v) <= r.value) return false; break;
      case '<': if (!has || !/^-?\d+$/.test(v!) || Number(v) >= r.value) return false; break;
    }
  }
  return true;
}

export interface FieldRequirement {
  field: string;
  op: '=' | '!=';
  value: string;
}

/** Fields each kind lets you select on (each kind's strategy.go in pkg/registry/core, ToSelectableFields). */
export const SELECTABLE_FIELDS: Record<string, readonly string[]> = {
  Pod: ['metadata.name', 'metadata.namespace', 'spec.nodeName', 'spec.restartPolicy', 'spec.schedulerName', 'spec.serviceAccountName', 'spec.hostNetwork', 'status.phase', 'status.podIP', 'status.podIPs', 'status.nominatedNodeName'],
  Event: ['metadata.name', 'metadata.namespace', 'involvedObject.kind', 'involvedObject.namespace', 'involvedObject.name', 'involvedObject.uid', 'involvedObject.apiVersion', 'involvedObject.resourceVersion', 'involvedObject.fieldPath', 'reason', 'reportingComponent', 'source', 'type'],
  Node: ['metadata.name', 'spec.unschedulable'],
  Namespace: ['metadata.name', 'status.phase'],
  PersistentVolume: ['metadata.name'],
  PersistentVolumeClaim: ['metadata.name', 'metadata.namespace'],
};

export function parseFieldSelector(kind: string, text: string): SelectorParse<FieldRequirement[]> {
  const reqs: FieldRequirement[] = [];
  if (text.trim() === '') return { ok: true, selector: reqs };
  for (const raw of text.split(',')) {
    const m = /^([^=!]+)(==|=|!=)(.*)$/.exec(raw.trim());
    if (!m) return { ok: false, message: `invalid selector: '${text}'; can't understand '${raw}'` };
    const field = m[1]!.trim();
    if (!(SELECTABLE_FIELDS[kind] ?? []).includes(field))
      return { ok: false, message: `field label not supported: ${field}` };
    reqs.push({ field, op: m[2] === '!=' ? '!=' : '=', value: m[3]!.trim() });
  }
  return { ok: true, selector: reqs };
}

function fieldValue(obj: unknown, path: string): string {
  if (path === 'source') return String((obj as { source?: { component?: string } }).source?.component ?? '');
  if (path === 'status.podIPs') return String((obj as { status?: { podIP?: string } }).status?.podIP ?? '');
  let cur: unknown = obj;
  for (const part of path.split('.')) cur = cur && typeof cur === 'object' ? (cur as Record<string, unknown>)[part] : undefined;
  return cur === undefined || cur === null ? '' : String(cur);
}

export function matchesFields(reqs: readonly FieldRequirement[], obj: unknown): boolean {
  for (const r of reqs) {
    const v = fieldValue(obj, r.field);
    if (r.op === '=' ? v !== r.value : v === r.value) return false;
  }
  return true;
}
