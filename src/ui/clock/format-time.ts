// How the controls show simulated time: the wall-clock time of day (what `date` in the console and
// event timestamps say) and the time elapsed since the session started.

const pad = (n: number): string => String(n).padStart(2, '0');

/** "14:03:07", in the viewer's time zone, like the timestamps kubectl prints in local time. */
export function formatTimeOfDay(epochMs: number): string {
  const d = new Date(epochMs);
  return `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

/** "+0:01:23", "+1:05:00": hours unpadded, so a long session still reads naturally. */
export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return `+${h}:${pad(m)}:${pad(s)}`;
}
