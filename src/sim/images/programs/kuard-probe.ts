// kuard's debug probe (pkg/debugprobe): /healthy and /ready answer "ok", or fail for the next N
// calls ("fail, N left") or forever ("fail, permanent") once told so through PUT …/api
// {"failNext": N}; the last 20 calls are kept for the page's history table.

import type { HttpResponse } from '../../program';

const MAX_HISTORY = 20;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

interface HistoryEntry {
  id: number;
  at: number;
  code: number;
}

export class DebugProbe {
  failNext = 0;
  private lastId = 0;
  private history: HistoryEntry[] = [];

  constructor(private readonly now: () => number) {}

  /** GET /healthy or /ready: the probe endpoint itself. */
  handle(): HttpResponse {
    let status = 200;
    let body = 'ok';
    if (this.failNext > 0) {
      status = 500;
      this.failNext--;
      body = `fail, ${this.failNext} left`;
    } else if (this.failNext < 0) {
      status = 500;
      body = 'fail, permanent';
    }
    this.history.push({ id: ++this.lastId, at: this.now(), code: status });
    if (this.history.length > MAX_HISTORY) this.history = this.history.slice(-MAX_HISTORY);
    return { status, headers: { 'Content-Type': 'text/plain' }, body };
  }

  /** GET …/api: state and history, newest first. */
  status(): HttpResponse {
    const now = this.now();
    const history = [...this.history]
      .reverse()
      .map((h) => ({ id: h.id, when: goStamp(h.at), relWhen: relativeTime(h.at, now), code: h.code }));
    // probePath is always empty: the real kuard never fills it in (its AddRoutes skips it).
    return json({ probePath: '', failNext: this.failNext, history });
  }

  /** PUT …/api with {"failNext": N}. */
  configure(body: string | undefined): HttpResponse {
    let parsed: unknown;
    try {
      parsed = JSON.parse(body ?? '');
    } catch {
      const text =
        (body ?? '').trim() === ''
          ? 'EOF'
          : `invalid character '${(body ?? '').trim()[0]}' looking for beginning of value`;
      return { status: 400, headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body: `${text}\n` };
    }
    const failNext =
      typeof parsed === 'object' && parsed !== null ? (parsed as { failNext?: unknown }).failNext : undefined;
    if (failNext !== undefined && (typeof failNext !== 'number' || !Number.isInteger(failNext))) {
      return {
        status: 400,
        headers: { 'Content-Type': 'text/plain; charset=utf-8' },
        body: `json: cannot unmarshal ${typeof failNext === 'string' ? 'string' : 'number'} into Go struct field ProbeConfig.failNext of type int\n`,
      };
    }
    this.failNext = typeof failNext === 'number' ? failNext : 0;
    return this.status();
  }
}

export function json(value: unknown, status = 200): HttpResponse {
  return { status, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(value) + '\n' };
}

/** Go's time.Stamp layout, "Jan _2 15:04:05". */
function goStamp(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2)} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

/** go-humanize RelTime(then, now, "ago", "from now") for the past. */
export function relativeTime(then: number, now: number): string {
  const seconds = Math.floor((now - then) / 1000);
  if (seconds < 1) return 'now';
  if (seconds < 2) return '1 second ago';
  if (seconds < 60) return `${seconds} seconds ago`;
  if (seconds < 120) return '1 minute ago';
  if (seconds < 3600) return `${Math.floor(seconds / 60)} minutes ago`;
  if (seconds < 7200) return '1 hour ago';
  if (seconds < 86400) return `${Math.floor(seconds / 3600)} hours ago`;
  if (seconds < 172800) return '1 day ago';
  return `${Math.floor(seconds / 86400)} days ago`;
}
