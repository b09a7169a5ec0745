// Time renderings used inside stored objects: RFC 3339 to the second (metav1.Time), to the
// microsecond (metav1.MicroTime, Event.eventTime), and Go's time.Duration text for event messages.

let memoSecond = Number.NaN;
let memoText = '';

/** RFC 3339 to the second; the last answer is remembered, since one instant is formatted many times. */
export function rfc3339(ms: number): string {
  const second = Math.floor(ms / 1000);
  if (second !== memoSecond) {
    memoSecond = second;
    memoText = new Date(second * 1000).toISOString().replace('.000Z', 'Z');
  }
  return memoText;
}

export function rfc3339Micro(ms: number): string {
  return new Date(ms).toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');
}

export function parseTime(text: string | undefined): number | undefined {
  if (!text) return undefined;
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? undefined : ms;
}

/** Go's Duration.String() of a millisecond count (the kubelet truncates pull times to ms): "812ms", "1.234s", "1m2.5s". */
export function goDuration(ms: number): string {
  const whole = Math.round(ms);
  if (whole === 0) return '0s';
  if (whole < 1000) return `${whole}ms`;
  const hours = Math.floor(whole / 3_600_000);
  const minutes = Math.floor((whole % 3_600_000) / 60_000);
  const secondsMs = whole % 60_000;
  let seconds = String(Math.floor(secondsMs / 1000));
  const frac = secondsMs % 1000;
  if (frac) seconds += '.' + String(frac).padStart(3, '0').replace(/0+$/, '');
  let out = '';
  if (hours) out += `${hours}h`;
  if (hours || minutes) out += `${minutes}m`;
  return `${out}${seconds}s`;
}
