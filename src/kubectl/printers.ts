// The printer API (fixed names, src/kubectl/print/index.ts) as the commands use it, plus a
// lookup for describers the print module may add later (PersistentVolume, PersistentVolumeClaim).

import type { Event, KubeObject } from '../sim/api';
import * as print from './print';

export {
  printTable,
  printWatchRows,
  printObjects,
  printNames,
  printJsonPath,
  sortObjects,
  describePod,
  describeNode,
  describePersistentVolumeClaim,
  humanDuration,
  podStatusText,
} from './print';

/** `describe<Kind>` from the print module when it has one, else undefined. */
export function describeOther(kind: string, obj: KubeObject, events: Event[], now: number): string | undefined {
  const fn = (print as Record<string, unknown>)[`describe${kind}`];
  return typeof fn === 'function'
    ? (fn as (o: KubeObject, e: Event[], n: number) => string)(obj, events, now)
    : undefined;
}
