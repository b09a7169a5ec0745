import { describe, expect, it } from 'vitest';
import type { Event, Pod } from '../../sim/api';
import { printNames, printTable, printWatchRows } from './index';
import { FIXTURE_NOW, ago } from './testing/fixtures';
import { buildScenarios } from './testing/scenarios';

const scenarios = buildScenarios();
const kuard = scenarios['running']!.pod;
const two = scenarios['multi-container']!.pod;

describe('printTable', () => {
  it('prints nothing for no objects, so the caller can say "No resources found"', () => {
    expect(printTable('Pod', [], { now: FIXTURE_NOW })).toBe('');
  });

  it('prefixes names with the resource when several kinds are listed', () => {
    expect(printTable('Pod', [kuard], { now: FIXTURE_NOW, withKind: true })).toBe(
      'NAME        READY   STATUS    RESTARTS   AGE\npod/kuard   1/1     Running   0          96s\n',
    );
  });

  it('cuts a cell at its first line break and marks it with "..."', () => {
    const event: Event = {
      metadata: { name: 'e1' },
      involvedObject: { kind: 'Pod', name: 'kuard' },
      type: 'Warning',
      reason: 'Failed',
      message: 'first line\nsecond line',
      lastTimestamp: ago(5),
      firstTimestamp: ago(5),
    };
    expect(printTable('Event', [event], { now: FIXTURE_NOW })).toBe(
      'LAST SEEN   TYPE      REASON   OBJECT      MESSAGE\n5s          Warning   Failed   pod/kuard   first line...\n',
    );
  });

  it('uses the series of a new-style event for LAST SEEN and COUNT', () => {
    const event: Event = {
      metadata: { name: 'e2' },
      involvedObject: { kind: 'Pod', name: 'kuard' },
      type: 'Warning',
      reason: 'BackOff',
      message: 'Back-off restarting failed container',
      eventTime: ago(300),
      series: { count: 7, lastObservedTime: ago(20) },
    };
    const wide = printTable('Event', [event], { now: FIXTURE_NOW, wide: true });
    expect(wide.split('\n')[1]).toBe(
      '20s         Warning   BackOff   pod/kuard                        Back-off restarting failed container   5m           7       e2',
    );
  });
});

describe('printWatchRows', () => {
  it('aligns later rows with the widths already used, growing them for wider values', () => {
    const widths: number[] = [];
    const first = printWatchRows('Pod', [kuard], { now: FIXTURE_NOW, header: true, watchWidths: widths });
    const next = printWatchRows('Pod', [two], { now: FIXTURE_NOW, header: false, watchWidths: widths });
    expect(first).toBe('NAME    READY   STATUS    RESTARTS   AGE\nkuard   1/1     Running   0          96s\n');
    expect(next).toBe('two-containers   1/2     ContainerCreating   0          50s\n');
  });

  it('prints the header with the first event when the watch started from an empty list', () => {
    expect(printWatchRows('Pod', [two], { now: FIXTURE_NOW, header: true })).toBe(
      'NAME             READY   STATUS              RESTARTS   AGE\ntwo-containers   1/2     ContainerCreating   0          50s\n',
    );
  });
});

describe('printNames', () => {
  it('prints kind/name per line', () => {
    const p = { metadata: { name: 'a' } } as Pod;
    expect(printNames('Pod', [p, kuard])).toBe('pod/a\npod/kuard\n');
    expect(printNames('PersistentVolumeClaim', [{ metadata: { name: 'c' } }])).toBe('persistentvolumeclaim/c\n');
  });
});
