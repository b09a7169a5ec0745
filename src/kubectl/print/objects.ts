// `-o yaml`, `-o json` and `-o name`. kubectl prints what the server returned, decoded into
// generic maps: so keys come out sorted (encoding/json sorts map keys bytewise; go-yaml uses its
// own natural order, see yaml.ts), JSON is indented by 4 spaces, and several objects (or any
// list request) are wrapped in a `kind: List`.

import type { Kind, KubeObject } from '../../sim/api';
import { RESOURCE_NAMES } from './columns';
import { jsonDocument, jsonList } from './json';
import { yamlDocument, yamlList } from './yaml';

export interface PrintObjectsOptions {
  /** A list request (`get pods`) prints a List even for one item; `get pod kuard` prints the object. */
  asList?: boolean;
  /**
   * kubectl hides metadata.managedFields from -o yaml and -o json unless --show-managed-fields
   * (get.go wraps those printers in OmitManagedFieldsPrinter); recorded from v1.32.5, -o jsonpath
   * and custom-columns see them either way.
   */
  showManagedFields?: boolean;
}

function prepare(obj: KubeObject, showManagedFields: boolean): object {
  if (showManagedFields || !obj.metadata || !('managedFields' in obj.metadata)) return obj;
  const { managedFields: _hidden, ...metadata } = obj.metadata;
  return { ...obj, metadata };
}

/** The documents kubectl would print: the object itself, or a List wrapping all of them. */
export function printable(objects: KubeObject[], opts: PrintObjectsOptions = {}): unknown {
  const items = objects.map((o) => prepare(o, Boolean(opts.showManagedFields)));
  if (!opts.asList && items.length === 1) return items[0];
  return { apiVersion: 'v1', items, kind: 'List', metadata: { resourceVersion: '' } };
}

export function printObjects(objects: KubeObject[], format: 'yaml' | 'json', opts: PrintObjectsOptions = {}): string {
  const items = objects.map((o) => prepare(o, Boolean(opts.showManagedFields)));
  if (!opts.asList && items.length === 1) return format === 'yaml' ? yamlDocument(items[0]!) : jsonDocument(items[0]);
  return format === 'yaml' ? yamlList(items) : jsonList(items);
}

/** `-o name`: `pod/kuard`, one per line. */
export function printNames(kind: Kind, objects: KubeObject[]): string {
  let text = '';
  for (const obj of objects) text += `${RESOURCE_NAMES[kind]}/${obj.metadata?.name ?? ''}\n`;
  return text;
}
