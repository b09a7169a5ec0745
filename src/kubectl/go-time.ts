// Go's time.Parse for the RFC 3339 layout, as kubectl's flags meet it (--since-time).

const RFC3339 = '2006-01-02T15:04:05Z07:00';

/** Go's quote() in time's errors (printable ASCII as is). */
const timeQuote = (s: string) => `"${s.replace(/["\\]/g, (c) => `\\${c}`)}"`;

/**
 * kubectl's util.ParseRFC3339: time.Parse with RFC3339Nano, then RFC3339, whose error it returns.
 * A port of Go's time.parse for that layout (src/time/format.go): the same leniency (a one-digit
 * hour, a comma before the fraction) and the same errors, "cannot parse X as Y" or "… out of range".
 */
export function parseRFC3339(value: string): { ok: true; ms: number } | { ok: false; error: string } {
  const cannot = (valueElem: string, layoutElem: string) => ({
    ok: false as const,
    error: `parsing time ${timeQuote(value)} as ${timeQuote(RFC3339)}: cannot parse ${timeQuote(valueElem)} as ${timeQuote(layoutElem)}`,
  });
  const outOfRange = (what: string) => ({
    ok: false as const,
    error: `parsing time ${timeQuote(value)}: ${what} out of range`,
  });
  const isDigit = (s: string, i: number) => i < s.length && s[i]! >= '0' && s[i]! <= '9';
  // getnum: one or (fixed) exactly two leading digits.
  const getnum = (s: string, fixed: boolean): [number, string] | undefined => {
    if (!isDigit(s, 0)) return undefined;
    if (!isDigit(s, 1)) return fixed ? undefined : [Number(s[0]), s.slice(1)];
    return [Number(s.slice(0, 2)), s.slice(2)];
  };
  let rest = value;
  const skip = (prefix: string) => {
    if (!rest.startsWith(prefix)) return false;
    rest = rest.slice(prefix.length);
    return true;
  };
  // 2006
  if (rest.length < 4 || !isDigit(rest, 0) || !/^[0-9]{4}$/.test(rest.slice(0, 4))) return cannot(rest, '2006');
  const year = Number(rest.slice(0, 4));
  rest = rest.slice(4);
  const fields: [prefix: string, layout: string, fixed: boolean, range: string, max: number][] = [
    ['-', '01', true, 'month', 12],
    ['-', '02', true, '', 99],
    ['T', '15', false, 'hour', 23],
    [':', '04', true, 'minute', 59],
    [':', '05', true, 'second', 59],
  ];
  const numbers: number[] = [];
  for (const [prefix, layout, fixed, range, max] of fields) {
    if (!skip(prefix)) return cannot(rest, prefix);
    const got = getnum(rest, fixed);
    if (!got) return cannot(rest, layout);
    if (range && (got[0] > max || (range === 'month' && got[0] === 0))) return outOfRange(range);
    numbers.push(got[0]);
    rest = got[1];
  }
  const [month, day, hour, minute, second] = numbers as [number, number, number, number, number];
  // A fraction after the seconds, though the layout has none.
  let nanos = 0;
  if (rest.length >= 2 && (rest[0] === '.' || rest[0] === ',') && isDigit(rest, 1)) {
    let n = 2;
    while (isDigit(rest, n)) n++;
    nanos = Number(rest.slice(1, Math.min(n, 10)).padEnd(9, '0'));
    rest = rest.slice(n);
  }
  // Z07:00
  let offsetSeconds = 0;
  if (rest.startsWith('Z')) rest = rest.slice(1);
  else {
    if (rest.length < 6 || rest[3] !== ':') return cannot(rest, 'Z07:00');
    const hh = getnum(rest.slice(1, 3), true);
    const mm = hh ? getnum(rest.slice(4, 6), true) : undefined;
    const hours = hh?.[0] ?? 0;
    const minutes = mm?.[0] ?? 0;
    // Go sets the range error before it looks at the sign, and a later field's range error wins.
    if (minutes > 60) return outOfRange('time zone offset minute');
    if (hours > 24) return outOfRange('time zone offset hour');
    if (!hh || !mm || (rest[0] !== '+' && rest[0] !== '-')) return cannot(rest, 'Z07:00');
    offsetSeconds = (rest[0] === '-' ? -1 : 1) * (hours * 60 + minutes) * 60;
    rest = rest.slice(6);
  }
  if (rest !== '') return { ok: false, error: `parsing time ${timeQuote(value)}: extra text: ${timeQuote(rest)}` };
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const daysInMonth = month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
  if (day < 1 || day > daysInMonth) return outOfRange('day');
  const seconds = daysFromCivil(year, month, day) * 86400 + hour * 3600 + minute * 60 + second - offsetSeconds;
  return { ok: true, ms: seconds * 1000 + Math.floor(nanos / 1e6) };
}

/** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil), for any year 0000-9999. */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}
