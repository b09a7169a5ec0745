// Processes inside a simulated container. A program is a generator: it runs synchronously until it
// must wait (for simulated time, a line of input, or nothing at all — a server), yields what it
// waits for, and is resumed by the runner from a host timer or a write. Nothing here uses promises,
// so a clock step runs every effect due at that instant before it returns.

import type { Signal } from '../program';

export type Wait = { kind: 'sleep'; ms: number } | { kind: 'read' } | { kind: 'forever' };
/** What a wait resumes with: a line of input, null at end of input, undefined after sleeping. */
export type Resume = string | null | undefined;
export type Run = Generator<Wait, number, Resume>;

export const SIGNAL_NUMBERS: Record<Signal, number> = { SIGINT: 2, SIGKILL: 9, SIGTERM: 15 };

/**
 * Thrown into a running generator to deliver a signal. `pid` undefined means "the terminal's
 * foreground job" (Ctrl+C); a number targets one process, whose spawn frame turns it into 128+n.
 */
export class SignalDelivery extends Error {
  constructor(
    readonly signal: Signal,
    readonly pid: number | undefined,
  ) {
    super(`signal ${signal}`);
  }
}

export type Timers = (delayMs: number, fn: () => void) => () => void;

/** Drives one generator (a root process: PID 1, an exec'd process, a background job). */
export class Runner {
  private cancelTimer: (() => void) | undefined;
  private waiting: Wait | undefined;
  private readonly input: string[] = [];
  private eof = false;
  private running = false;
  private finished = false;
  private readonly deferred: (() => void)[] = [];

  constructor(
    private readonly gen: Run,
    private readonly timers: Timers,
    private readonly onExit: (code: number) => void,
  ) {}

  get done(): boolean {
    return this.finished;
  }

  start(): void {
    this.drive(() => this.gen.next(undefined));
  }

  /** Standard input (one or more lines). */
  write(text: string): void {
    if (this.finished) return;
    this.input.push(text);
    if (this.waiting?.kind === 'read') this.drive(() => this.gen.next(this.input.shift()));
  }

  closeInput(): void {
    if (this.finished) return;
    this.eof = true;
    if (this.waiting?.kind === 'read' && this.input.length === 0) this.drive(() => this.gen.next(null));
  }

  /** Throws a signal delivery into the generator at its current wait. */
  deliver(delivery: SignalDelivery): void {
    if (this.finished) return;
    this.drive(() => {
      this.stopWaiting();
      return this.gen.throw(delivery);
    });
  }

  /** Ends the process now with `code`, running no more of its code. */
  kill(code: number): void {
    if (this.finished) return;
    if (this.running) {
      // Called from inside this process's own code (a signal handler): finish once it yields.
      this.deferred.push(() => this.kill(code));
      return;
    }
    this.stopWaiting();
    this.finished = true;
    try {
      this.gen.return(code);
    } catch {
      // A generator may throw while unwinding; the process is gone either way.
    }
    this.onExit(code);
  }

  private stopWaiting(): void {
    this.cancelTimer?.();
    this.cancelTimer = undefined;
    this.waiting = undefined;
  }

  private drive(step: () => IteratorResult<Wait, number>): void {
    if (this.running) {
      this.deferred.push(() => this.drive(step));
      return;
    }
    this.running = true;
    try {
      let result = this.safely(step);
      while (!this.finished && result && !result.done) {
        const wait = result.value;
        if (wait.kind === 'read' && (this.input.length > 0 || this.eof)) {
          const line = this.input.length > 0 ? this.input.shift()! : null;
          result = this.safely(() => this.gen.next(line));
          continue;
        }
        this.waiting = wait;
        if (wait.kind === 'sleep') {
          this.cancelTimer = this.timers(wait.ms, () => {
            this.cancelTimer = undefined;
            this.waiting = undefined;
            this.drive(() => this.gen.next(undefined));
          });
        }
        result = undefined;
      }
      if (!this.finished && result?.done) {
        this.finished = true;
        this.onExit(result.value);
      }
    } finally {
      this.running = false;
    }
    const next = this.deferred.shift();
    if (next) next();
  }

  /** Runs a step; an uncaught signal delivery ends the process with 128+signal. */
  private safely(step: () => IteratorResult<Wait, number>): IteratorResult<Wait, number> | undefined {
    try {
      return step();
    } catch (error) {
      if (this.finished) return undefined;
      this.finished = true;
      this.stopWaiting();
      const code = error instanceof SignalDelivery ? 128 + SIGNAL_NUMBERS[error.signal] : 1;
      this.onExit(code);
      return undefined;
    }
  }
}
