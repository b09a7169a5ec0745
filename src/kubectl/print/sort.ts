// `kubectl get --sort-by=<jsonpath>` (kubectl pkg/cmd/get/sorter.go): the field is a relaxed
// JSONPath (braces optional); objects without the field sort first; strings compare in natural
// order (digit runs by value), numbers by value, timestamps as the strings they are.

import type { KubeObject } from '../../sim/api';
import { JsonPathError, parseTemplate } from './jsonpath-parse';
import { evaluate } from './jsonpath';
import { goSort } from './go-sort';

/** kubectl's RelaxedJSONPathExpression: "{.a.b}", ".a.b" or "a.b" all mean {.a.b}. */
export function relaxJsonPath(field: string): { ok: true; path: string } | { ok: false; error: string } {
  if (field.length === 0) return { ok: true, path: field };
  const m = /^\{?(\.?[^{}]*)\}?$/.exec(field);
  if (!m || field.startsWith('{') !== field.endsWith('}')) {
    return {
      ok: false,
      error: `unexpected path string, expected a 'name1.name2' or '.name1.name2' or '{name1.name2}' or '{.name1.name2}'`,
    };
  }
  const inner = m[1]!;
  return { ok: true, path: `{${inner.startsWith('.') ? inner : `.${inner}`}}` };
}

/** sortorder.NaturalLess, as kubectl compares string fields. */
export function naturalStringLess(a: string, b: string): boolean {
  let i = 0;
  let j = 0;
  const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
  while (i < a.length && j < b.length) {
    const ca = a[i]!;
    const cb = b[j]!;
    const da = isDigit(ca);
    const db = isDigit(cb);
    if (da !== db) return da;
    if (!da) {
      if (ca !== cb) return ca < cb;
      i++;
      j++;
      continue;
    }
    while (i < a.length && a[i] === '0') i++;
    while (j < b.length && b[j] === '0') j++;
    const nz1 = i;
    const nz2 = j;
    while (isDigit(a[i])) i++;
    while (isDigit(b[j])) j++;
    if (i - nz1 !== j - nz2) return i - nz1 < j - nz2;
    const n1 = a.slice(nz1, i);
    const n2 = b.slice(nz2, j);
    if (n1 !== n2) return n1 < n2;
    if (nz1 !== nz2) return nz1 < nz2;
  }
  return a.length < b.length;
}

function valueLess(a: unknown, b: unknown): boolean {
  if (typeof a === 'string' && typeof b === 'string') return naturalStringLess(a, b);
  if (typeof a === 'number' && typeof b === 'number') return a < b;
  if (typeof a === 'boolean' && typeof b === 'boolean') return !a && b;
  return false;
}

export function sortObjects(
  objects: KubeObject[],
  sortBy: string,
): { ok: true; objects: KubeObject[] } | { ok: false; error: string } {
  const relaxed = relaxJsonPath(sortBy);
  if (!relaxed.ok) return { ok: false, error: `error: ${relaxed.error}` };
  let steps;
  try {
    const nodes = parseTemplate(relaxed.path);
    const node = nodes[0];
    steps = node && node.type === 'path' ? node.steps : [];
  } catch (err) {
    if (err instanceof JsonPathError) return { ok: false, error: `error: ${err.message}` };
    throw err;
  }
  const keys = objects.map((o) => {
    try {
      const values = evaluate(steps, [JSON.parse(JSON.stringify(o))]);
      return values.length > 0 ? { found: true, value: values[0] } : { found: false, value: undefined };
    } catch {
      return { found: false, value: undefined };
    }
  });
  if (objects.length > 0 && !keys.some((k) => k.found)) {
    return { ok: false, error: `error: couldn't find any field with path "${relaxed.path}" in the list of objects` };
  }
  const order = objects.map((_, i) => i);
  // kubectl's RuntimeSort.Less: an object missing the field is "less" than any other; the sort
  // itself is Go's (unstable) sort.Sort, so ties come out in the order it leaves them.
  goSort(order, (i, j) => {
    const a = keys[i]!;
    const b = keys[j]!;
    if (!a.found) return true;
    if (!b.found) return false;
    return valueLess(a.value, b.value);
  });
  return { ok: true, objects: order.map((i) => objects[i]!) };
}
