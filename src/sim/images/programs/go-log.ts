// Go's standard `log` prefix: "2006/01/02 15:04:05 " in the container's zone (UTC), one newline
// added unless the message already ends with one.

export function goLogLine(ms: number, message: string): string {
  const d = new Date(ms);
  const pad = (n: number): string => String(n).padStart(2, '0');
  const stamp = `${d.getUTCFullYear()}/${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  return `${stamp} ${message}${message.endsWith('\n') ? '' : '\n'}`;
}
