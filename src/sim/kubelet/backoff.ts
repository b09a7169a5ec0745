// The kubelet's restart back-off (pkg/kubelet/kuberuntime doBackOff over client-go
// util/flowcontrol.Backoff): 10s doubling to a 5m cap, per container; an entry not touched for
// 2×cap (10 minutes of clean running) expires, so the next crash restarts at once again.
import { BACKOFF_INITIAL_MS, BACKOFF_MAX_MS } from '../timing';

export class Backoff {
  private delayMs = 0;
  private updatedAt: number | undefined;

  constructor(
    private readonly initialMs = BACKOFF_INITIAL_MS,
    private readonly maxMs = BACKOFF_MAX_MS,
  ) {}

  private expired(at: number): boolean {
    return this.updatedAt === undefined || at - this.updatedAt > 2 * this.maxMs;
  }

  /** How long to wait after an exit at `finishedAt` before restarting (0: restart now). */
  waitAfter(finishedAt: number): number {
    if (this.expired(finishedAt)) return 0;
    return this.delayMs;
  }

  /** IsInBackOffSince: is `now` still within the current wait counted from an exit at `eventTime`? */
  inBackOffSince(eventTime: number, now: number): boolean {
    if (this.expired(eventTime)) return false;
    return now - eventTime < this.delayMs;
  }

  /** Called when the container is (re)started: the next wait doubles, or starts over after expiry. */
  next(now: number): void {
    this.delayMs = this.expired(now) ? this.initialMs : Math.min(this.delayMs * 2, this.maxMs);
    this.updatedAt = now;
  }

  /** The wait the last `next` settled on. */
  get currentDelayMs(): number {
    return this.delayMs;
  }

  reset(): void {
    this.updatedAt = undefined;
    this.delayMs = 0;
  }
}
