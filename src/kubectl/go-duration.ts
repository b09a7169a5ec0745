// Go's time.ParseDuration (src/time/format.go), with its error texts: pflag's duration flags
// (logs --since, wait/delete --timeout, --pod-running-timeout) report exactly these.

const UNITS: Record<string, number> = { ns: 1e-6, us: 1e-3, 'µs': 1e-3, 'μs': 1e-3, ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** strconv.Quote for the printable text a learner types. */
const quote = (s: string): string => JSON.stringify(s);

export type DurationParse = { ok: true; ms: number } | { ok: false; error: string };

/** A duration such as "300ms", "-1.5h" or "2h45m"; the value in milliseconds. */
export function parseDuration(orig: string): DurationParse {
  const invalid: DurationParse = { ok: false, error: `time: invalid duration ${quote(orig)}` };
  let s = orig;
  let sign = 1;
  if (s.startsWith('-') || s.startsWith('+')) {
    sign = s[0] === '-' ? -1 : 1;
    s = s.slice(1);
  }
  if (s === '0') return { ok: true, ms: 0 };
  if (s === '') return invalid;
  let total = 0;
  while (s !== '') {
    if (!/^[0-9.]/.test(s)) return invalid;
    const number = /^([0-9]*)(?:\.([0-9]*))?/.exec(s)!;
    const whole = number[1]!;
    const fraction = number[2];
    if (whole === '' && (fraction === undefined || fraction === '')) return invalid;
    s = s.slice(number[0].length);
    const unit = /^[^0-9.]*/.exec(s)![0];
    if (unit === '') return { ok: false, error: `time: missing unit in duration ${quote(orig)}` };
    const scale = UNITS[unit];
    if (scale === undefined) return { ok: false, error: `time: unknown unit ${quote(unit)} in duration ${quote(orig)}` };
    s = s.slice(unit.length);
    total += Number(`${whole || '0'}.${fraction ?? ''}0`) * scale;
    // Go keeps nanoseconds in an int64: about 292 years.
    if (total > 9_223_372_036_854) return invalid;
  }
  return { ok: true, ms: sign * total };
}
