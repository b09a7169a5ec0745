// The printer API (fixed names, src/kubectl/print/index.ts) as the commands call it. The print
// module is written in parallel, so the functions it has not shipped yet are looked up at run
// time, with a plain stand-in until they exist; once all are exported this file is a re-export.

import type { Event, KubeObject, Node, Pod } from '../sim/api';
import * as print from './print';

export { printTable, printWatchRows, printObjects, printNames, humanDuration, podStatusText } from './print';

type JsonPathResult = { ok: true; text: string } | { ok: false; error: string };
type SortResult = { ok: true; objects: KubeObject[] } | { ok: false; error: string };

interface LatePrinters {
  printJsonPath(objects: KubeObject[], template: string, opts: { asList: boolean }): JsonPathResult;
  sortObjects(objects: KubeObject[], sortBy: string): SortResult;
  describePod(pod: Pod, events: Event[], now: number): string;
  describeNode(node: Node, pods: Pod[], events: Event[], now: number): string;
  describePersistentVolume(pv: KubeObject, events: Event[], now: number): string;
  describePersistentVolumeClaim(pvc: KubeObject, events: Event[], now: number): string;
}

const late = print as unknown as Partial<LatePrinters>;

export function printJsonPath(objects: KubeObject[], template: string, opts: { asList: boolean }): JsonPathResult {
  if (late.printJsonPath) return late.printJsonPath(objects, template, opts);
  return { ok: false, error: 'jsonpath output is not available yet' };
}

export function sortObjects(objects: KubeObject[], sortBy: string): SortResult {
  if (late.sortObjects) return late.sortObjects(objects, sortBy);
  return { ok: true, objects };
}

export function describePod(pod: Pod, events: Event[], now: number): string {
  if (late.describePod) return late.describePod(pod, events, now);
  return `Name:         ${pod.metadata?.name ?? ''}\nNamespace:    ${pod.metadata?.namespace ?? ''}\n`;
}

export function describeNode(node: Node, pods: Pod[], events: Event[], now: number): string {
  if (late.describeNode) return late.describeNode(node, pods, events, now);
  return `Name:               ${node.metadata?.name ?? ''}\n`;
}

export function describeOther(kind: string, obj: KubeObject, events: Event[], now: number): string | undefined {
  const fn = (late as Record<string, unknown>)[`describe${kind}`];
  return typeof fn === 'function' ? (fn as (o: KubeObject, e: Event[], n: number) => string)(obj, events, now) : undefined;
}
