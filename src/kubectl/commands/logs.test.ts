// kubectl logs --since-time: util.ParseRFC3339 (time.Parse with RFC3339) in Go's words, and the
// sinceTime the API receives. Every expected value was printed by the real kubectl v1.32.4,
// against /work/shared/tools/kubectl-standin-server.py serving one Pod, e.g.
//   kubectl logs a --since-time=2024-1-01T00:00:00Z -v=6   (the error, or the request's sinceTime=…)

import { describe, expect, it } from 'vitest';
import { outputOf, testSession } from '../testing/session';
import { parseRFC3339 } from '../go-time';

const golden: [value: string, expected: { error: string } | { sinceTime: string }][] = [
  ['foo', { error: 'parsing time "foo" as "2006-01-02T15:04:05Z07:00": cannot parse "foo" as "2006"' }],
  ['2024-01-01', { error: 'parsing time "2024-01-01" as "2006-01-02T15:04:05Z07:00": cannot parse "" as "T"' }],
  ['2024-13-01T00:00:00Z', { error: 'parsing time "2024-13-01T00:00:00Z": month out of range' }],
  ['2024-01-01T00:00:00Z', { sinceTime: '2024-01-01T00:00:00Z' }],
  [
    '2024-01-01T00:00:00',
    { error: 'parsing time "2024-01-01T00:00:00" as "2006-01-02T15:04:05Z07:00": cannot parse "" as "Z07:00"' },
  ],
  ['2024-01-01T25:00:00Z', { error: 'parsing time "2024-01-01T25:00:00Z": hour out of range' }],
  ['2024-01-01T24:00:00Z', { error: 'parsing time "2024-01-01T24:00:00Z": hour out of range' }],
  ['2024-02-30T00:00:00Z', { error: 'parsing time "2024-02-30T00:00:00Z": day out of range' }],
  ['2024-02-29T23:59:59Z', { sinceTime: '2024-02-29T23:59:59Z' }],
  ['2023-02-29T00:00:00Z', { error: 'parsing time "2023-02-29T00:00:00Z": day out of range' }],
  ['2024-01-01T00:00:00+01:00', { sinceTime: '2023-12-31T23:00:00Z' }],
  ['2024-01-01T00:00:00-05:30', { sinceTime: '2024-01-01T05:30:00Z' }],
  ['2024-01-01T00:00:00.123Z', { sinceTime: '2024-01-01T00:00:00Z' }],
  ['2024-01-01T00:00:00.999999999999Z', { sinceTime: '2024-01-01T00:00:00Z' }],
  [
    '2024-01-01 00:00:00Z',
    { error: 'parsing time "2024-01-01 00:00:00Z" as "2006-01-02T15:04:05Z07:00": cannot parse " 00:00:00Z" as "T"' },
  ],
  [
    'x2024-01-01T00:00:00Z',
    {
      error:
        'parsing time "x2024-01-01T00:00:00Z" as "2006-01-02T15:04:05Z07:00": cannot parse "x2024-01-01T00:00:00Z" as "2006"',
    },
  ],
  ['2024-01-01T00:00:00Zjunk', { error: 'parsing time "2024-01-01T00:00:00Zjunk": extra text: "junk"' }],
  [
    '2024-1-01T00:00:00Z',
    {
      error: 'parsing time "2024-1-01T00:00:00Z" as "2006-01-02T15:04:05Z07:00": cannot parse "1-01T00:00:00Z" as "01"',
    },
  ],
  [
    '2024-01-1T00:00:00Z',
    { error: 'parsing time "2024-01-1T00:00:00Z" as "2006-01-02T15:04:05Z07:00": cannot parse "1T00:00:00Z" as "02"' },
  ],
  ['2024-01-01T1:00:00Z', { sinceTime: '2024-01-01T01:00:00Z' }],
  [
    '2024-01-01T00:0:00Z',
    { error: 'parsing time "2024-01-01T00:0:00Z" as "2006-01-02T15:04:05Z07:00": cannot parse "0:00Z" as "04"' },
  ],
  [
    '2024-01-01T00:00:0Z',
    { error: 'parsing time "2024-01-01T00:00:0Z" as "2006-01-02T15:04:05Z07:00": cannot parse "0Z" as "05"' },
  ],
  [
    '2024-01-01T00:00:00+25:00',
    { error: 'parsing time "2024-01-01T00:00:00+25:00": time zone offset hour out of range' },
  ],
  [
    '2024-01-01T00:00:00+01:61',
    { error: 'parsing time "2024-01-01T00:00:00+01:61": time zone offset minute out of range' },
  ],
  [
    '2024-01-01T00:00:00+25:61',
    { error: 'parsing time "2024-01-01T00:00:00+25:61": time zone offset minute out of range' },
  ],
  [
    '2024-01-01T00:00:00x25:00',
    { error: 'parsing time "2024-01-01T00:00:00x25:00": time zone offset hour out of range' },
  ],
  [
    '2024-01-01T00:00:00+0a:00',
    {
      error:
        'parsing time "2024-01-01T00:00:00+0a:00" as "2006-01-02T15:04:05Z07:00": cannot parse "+0a:00" as "Z07:00"',
    },
  ],
  [
    '2024-01-01T00:00:00+1:00',
    {
      error: 'parsing time "2024-01-01T00:00:00+1:00" as "2006-01-02T15:04:05Z07:00": cannot parse "+1:00" as "Z07:00"',
    },
  ],
  ['2024-01-01T00:00:60Z', { error: 'parsing time "2024-01-01T00:00:60Z": second out of range' }],
  ['2024-01-01T00:60:00Z', { error: 'parsing time "2024-01-01T00:60:00Z": minute out of range' }],
  ['2024-00-01T00:00:00Z', { error: 'parsing time "2024-00-01T00:00:00Z": month out of range' }],
  ['2024-01-00T00:00:00Z', { error: 'parsing time "2024-01-00T00:00:00Z": day out of range' }],
  ['2024-01-32T00:00:00Z', { error: 'parsing time "2024-01-32T00:00:00Z": day out of range' }],
  ['2024-01-01T00:00:00,5Z', { sinceTime: '2024-01-01T00:00:00Z' }],
  [
    '2024-01-01T00:00:00.Z',
    { error: 'parsing time "2024-01-01T00:00:00.Z" as "2006-01-02T15:04:05Z07:00": cannot parse ".Z" as "Z07:00"' },
  ],
  [
    '2024-01-01T00:00:00+0100',
    {
      error: 'parsing time "2024-01-01T00:00:00+0100" as "2006-01-02T15:04:05Z07:00": cannot parse "+0100" as "Z07:00"',
    },
  ],
  [
    '2024-01-01t00:00:00z',
    { error: 'parsing time "2024-01-01t00:00:00z" as "2006-01-02T15:04:05Z07:00": cannot parse "t00:00:00z" as "T"' },
  ],
  [
    '20x4-01-01T00:00:00Z',
    {
      error:
        'parsing time "20x4-01-01T00:00:00Z" as "2006-01-02T15:04:05Z07:00": cannot parse "20x4-01-01T00:00:00Z" as "2006"',
    },
  ],
  ['2024-01-01T00:00:00+24:00', { sinceTime: '2023-12-31T00:00:00Z' }],
  [
    '2024-01-01T00:00:00z',
    { error: 'parsing time "2024-01-01T00:00:00z" as "2006-01-02T15:04:05Z07:00": cannot parse "z" as "Z07:00"' },
  ],
  ['2024', { error: 'parsing time "2024" as "2006-01-02T15:04:05Z07:00": cannot parse "" as "-"' }],
  ['2024-01-01T', { error: 'parsing time "2024-01-01T" as "2006-01-02T15:04:05Z07:00": cannot parse "" as "15"' }],
  ['2024-01-01T00:00:00+01:00:00', { error: 'parsing time "2024-01-01T00:00:00+01:00:00": extra text: ":00"' }],
  [
    '"2024-01-01T00:00:00Z"',
    {
      error:
        'parsing time "\\"2024-01-01T00:00:00Z\\"" as "2006-01-02T15:04:05Z07:00": cannot parse "\\"2024-01-01T00:00:00Z\\"" as "2006"',
    },
  ],
];

/** metav1.Time on the query string: RFC3339 in UTC, whole seconds. */
const asQueryParameter = (ms: number) => new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');

describe('--since-time parsing (verified against kubectl v1.32.4)', () => {
  it.each(golden)('%s', (value, expected) => {
    const parsed = parseRFC3339(value);
    if ('error' in expected) expect(parsed.ok ? asQueryParameter(parsed.ms) : parsed.error).toBe(expected.error);
    else expect(parsed.ok ? asQueryParameter(parsed.ms) : parsed.error).toBe(expected.sinceTime);
  });
});

describe('kubectl logs --since-time', () => {
  const KUARD = 'kubectl run kuard --image=gcr.io/kuar-demo/kuard-amd64:blue';

  it('rejects a bad time before it looks for the Pod, with exit code 1', () => {
    const session = testSession();
    const error = 'error: parsing time "foo" as "2006-01-02T15:04:05Z07:00": cannot parse "foo" as "2006"\n';
    expect(outputOf(session, 'kubectl logs nope --since-time=foo')).toBe(error);
    expect(session.engine.records().at(-1)?.exitCode).toBe(1);
    expect(outputOf(session, 'kubectl logs -l app=x --since-time=foo')).toBe(error);
    expect(outputOf(session, 'kubectl logs --since-time=foo')).toBe(
      "error: expected 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]'.\nPOD or TYPE/NAME is a required argument for the logs command\nSee 'kubectl logs -h' for help and examples\n",
    );
  });

  it('refuses --since-time with --since once the Pod is found, before --tail is checked', () => {
    const session = testSession();
    session.run(KUARD, 'sleep 5');
    expect(outputOf(session, 'kubectl logs nope --since-time=2024-01-01T00:00:00Z --since=1h')).toBe(
      'error: error from server (NotFound): pods "nope" not found in namespace "default"\n',
    );
    expect(outputOf(session, 'kubectl logs kuard --since-time=2024-01-01T00:00:00Z --since=1h --tail=-5')).toBe(
      'error: at most one of `sinceTime` or `sinceSeconds` may be specified\n',
    );
    expect(session.engine.records().at(-1)?.exitCode).toBe(1);
    expect(outputOf(session, 'kubectl logs kuard --since-time=2024-01-01T00:00:00Z --since=0s')).not.toBe('');
  });

  it('logs.go timeFormatOut (RFC3339NanoFixed): --timestamps prints nine fractional digits', () => {
    const session = testSession();
    session.run(KUARD, 'sleep 5');
    const lines = outputOf(session, 'kubectl logs kuard --timestamps')
      .split('\n')
      .filter((l) => l !== '');
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{9}Z /);
  });

  it('prints the lines written at or after the time, to the second', () => {
    const session = testSession();
    session.run(KUARD, 'sleep 5');
    const all = outputOf(session, 'kubectl logs kuard --timestamps')
      .split('\n')
      .filter((l) => l !== '');
    expect(all.length).toBeGreaterThan(2);
    expect(
      outputOf(session, 'kubectl logs kuard --since-time=2020-01-01T00:00:00Z --timestamps')
        .split('\n')
        .filter((l) => l !== ''),
    ).toEqual(all);
    expect(outputOf(session, 'kubectl logs kuard --since-time=2099-01-01T00:00:00+01:00')).toBe('');
    const last = all.at(-1)!;
    const stamp = last.slice(0, last.indexOf(' '));
    const fromLast = outputOf(session, `kubectl logs kuard --timestamps --since-time=${stamp.replace(/\.\d+Z$/, 'Z')}`)
      .split('\n')
      .filter((l) => l !== '');
    expect(fromLast).toEqual(all.filter((l) => l.slice(0, 19) >= stamp.slice(0, 19)));
  });
});
