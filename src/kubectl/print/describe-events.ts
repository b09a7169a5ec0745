// The Events section that ends `kubectl describe` (kubectl pkg/describe DescribeEvents): sorted
// by last time seen, with "(xN over T)" for repeated events, and its own column alignment.

import type { Event } from '../../sim/api';
import type { DescribeWriter } from './describe-writer';
import { humanDuration, parseTime, since } from './duration';
import { goSort } from './go-sort';

function lastSeenTime(e: Event): number {
  // Events with only eventTime (no lastTimestamp) have a zero lastTimestamp: they sort first.
  return parseTime(e.lastTimestamp) ?? Number.NEGATIVE_INFINITY;
}

function microSince(value: string | undefined | null, now: number): string {
  const t = parseTime(value);
  return t === undefined ? '<unknown>' : humanDuration(now - t);
}

/** `events` undefined: describe --show-events=false, which leaves the section out entirely. */
export function writeEvents(w: DescribeWriter, events: Event[] | undefined, now: number): string | void {
  if (events === undefined) return;
  if (events.length === 0) {
    w.write(0, 'Events:\t<none>\n');
    return;
  }
  // DescribeEvents sorts with sort.Sort(event.SortableEvents): pdqsort, not stable above 12
  // events, so events seen in the same second come out in the order only Go's algorithm gives.
  const sorted = goSort([...events], (a, b) => lastSeenTime(a) < lastSeenTime(b));
  w.write(0, 'Events:\n  Type\tReason\tAge\tFrom\tMessage\n');
  w.write(1, '----\t------\t----\t----\t-------\n');
  for (const e of sorted) {
    const first = e.eventTime ? microSince(e.eventTime, now) : since(e.firstTimestamp, now);
    let age: string;
    if (e.series) {
      age = `${microSince(e.series.lastObservedTime, now)} (x${e.series.count ?? 0} over ${first})`;
    } else if ((e.count ?? 0) > 1) {
      age = `${since(e.lastTimestamp, now)} (x${e.count} over ${first})`;
    } else {
      age = first;
    }
    const from = e.source?.component || e.reportingComponent || '';
    w.write(1, `${e.type ?? ''}\t${e.reason ?? ''}\t${age}\t${from}\t${(e.message ?? '').trim()}\n`);
  }
}
