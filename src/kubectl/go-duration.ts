// Go's time.ParseDuration (src/time/format.go), with its error texts: pflag's duration flags
// (logs --since, wait/delete --timeout, --pod-running-timeout) report exactly these.

const UNITS: Record<string, number> = {
  ns: 1e-6,
  us: 1e-3,
  µs: 1e-3,
  μs: 1e-3,
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
};

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
    if (scale === undefined)
      return { ok: false, error: `time: unknown unit ${quote(unit)} in duration ${quote(orig)}` };
    s = s.slice(unit.length);
    total += Number(`${whole || '0'}.${fraction ?? ''}0`) * scale;
    // Go keeps nanoseconds in an int64: about 292 years.
    if (total > 9_223_372_036_854) return invalid;
  }
  return { ok: true, ms: sign * total };
}

/**
 * Go's Duration.String for a whole number of milliseconds: "1h0m0s", "2m5.123s", "1.5ms", "0s"
 * (kubectl prints ages this way in a few messages, e.g. top's "Metrics not available … age: …").
 */
export function formatGoDuration(ms: number): string {
  const sign = ms < 0 ? '-' : '';
  let rest = Math.abs(Math.round(ms));
  if (rest === 0) return '0s';
  if (rest < 1000) return `${sign}${rest}ms`;
  const hours = Math.floor(rest / 3_600_000);
  rest -= hours * 3_600_000;
  const minutes = Math.floor(rest / 60_000);
  rest -= minutes * 60_000;
  const fraction =
    rest % 1000 === 0
      ? ''
      : `.${String(rest % 1000)
          .padStart(3, '0')
          .replace(/0+$/, '')}`;
  const seconds = `${Math.floor(rest / 1000)}${fraction}s`;
  if (hours > 0) return `${sign}${hours}h${minutes}m${seconds}`;
  if (minutes > 0) return `${sign}${minutes}m${seconds}`;
  return `${sign}${seconds}`;
}
