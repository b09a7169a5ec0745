// Server-side field selectors (apimachinery pkg/fields): which fields each kind can be selected
// on, and the API server's words for a selector it cannot use.

import type { SelectorParse } from './label-selectors';

export interface FieldRequirement {
  field: string;
  op: '=' | '!=';
  value: string;
}

/** Fields each kind lets you select on (each kind's strategy.go in pkg/registry/core, ToSelectableFields). */
export const SELECTABLE_FIELDS: Record<string, readonly string[]> = {
  Pod: [
    'metadata.name',
    'metadata.namespace',
    'spec.nodeName',
    'spec.restartPolicy',
    'spec.schedulerName',
    'spec.serviceAccountName',
    'spec.hostNetwork',
    'status.phase',
    'status.podIP',
    'status.podIPs',
    'status.nominatedNodeName',
  ],
  Event: [
    'metadata.name',
    'metadata.namespace',
    'involvedObject.kind',
    'involvedObject.namespace',
    'involvedObject.name',
    'involvedObject.uid',
    'involvedObject.apiVersion',
    'involvedObject.resourceVersion',
    'involvedObject.fieldPath',
    'reason',
    'reportingComponent',
    'source',
    'type',
  ],
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
  for (const part of path.split('.'))
    cur = cur && typeof cur === 'object' ? (cur as Record<string, unknown>)[part] : undefined;
  // A field holding an object or list has no text a selector could compare; it matches only "".
  return typeof cur === 'string' || typeof cur === 'number' || typeof cur === 'boolean' ? String(cur) : '';
}

export function matchesFields(reqs: readonly FieldRequirement[], obj: unknown): boolean {
  for (const r of reqs) {
    const v = fieldValue(obj, r.field);
    if (r.op === '=' ? v !== r.value : v === r.value) return false;
  }
  return true;
}
