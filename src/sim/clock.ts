// The simulated clock: nothing ticks. Timers sit in a priority queue and the clock jumps from one
// due timer to the next, so an idle simulated hour costs nothing. Ties run in scheduling order,
// which keeps every run with the same inputs identical.

export type TimerId = number;

interface Timer {
  id: TimerId;
  at: number;
  seq: number;
  run: () => void;
  label: string;
  /** Set for a periodic check whose runs change nothing while nothing else happens (see quietStretch). */
  quiet: boolean;
}

export class SimClock {
  private current: number;
  private seq = 0;
  private heap: Timer[] = [];
  private cancelled = new Set<TimerId>();
  private listeners = new Set<(now: number) => void>();
  /** While advanceTo runs: the time it advances to. */
  private advancingTo: number | undefined;

  /** @param startMs the simulated "now" in epoch milliseconds (the app passes the real time once). */
  constructor(startMs: number) {
    this.current = startMs;
  }

  now(): number {
    return this.current;
  }

  /** Runs `run` when simulated time reaches `at` (never earlier than now). */
  schedule(at: number, run: () => void, label = '', quiet = false): TimerId {
    const timer: Timer = { id: ++this.seq, at: Math.max(at, this.current), seq: this.seq, run, label, quiet };
    this.push(timer);
    return timer.id;
  }

  /**
   * The stretch of the advance under way in which only quiet timers run: times before `before`
   * and up to `through`. A quiet check whose answer cannot change in it may count its runs there
   * at once instead of running each. Outside an advance (a console command, a step), none.
   */
  quietStretch(): { before: number; through: number } {
    if (this.advancingTo === undefined) return { before: this.current, through: this.current };
    let before = Infinity;
    for (const timer of this.heap) {
      if (!timer.quiet && timer.at < before && !this.cancelled.has(timer.id)) before = timer.at;
    }
    return { before, through: this.advancingTo };
  }

  after(delayMs: number, run: () => void, label = ''): TimerId {
    return this.schedule(this.current + delayMs, run, label);
  }

  cancel(id: TimerId | undefined): void {
    if (id !== undefined) this.cancelled.add(id);
  }

  /** When the next live timer is due, or undefined when nothing is scheduled. */
  nextDueAt(): number | undefined {
    this.dropCancelledHead();
    return this.heap[0]?.at;
  }

  /** Label of the next live timer (for the UI's "step to next event" tooltip and for debugging). */
  nextLabel(): string | undefined {
    this.dropCancelledHead();
    return this.heap[0]?.label;
  }

  pendingCount(): number {
    return this.heap.length - this.cancelled.size;
  }

  /** Moves to the next due timer and runs every timer due at that same instant. Returns false when idle. */
  step(): boolean {
    const at = this.nextDueAt();
    if (at === undefined) return false;
    this.advanceTo(at);
    return true;
  }

  /** Runs every timer due up to and including `target`, in order, then sets now = target. */
  advanceTo(target: number): number {
    let ran = 0;
    const outer = this.advancingTo;
    this.advancingTo = target;
    try {
      for (;;) {
        this.dropCancelledHead();
        const head = this.heap[0];
        if (!head || head.at > target) break;
        this.pop();
        this.current = head.at;
        ran++;
        head.run();
      }
    } finally {
      this.advancingTo = outer;
    }
    if (target > this.current) this.current = target;
    for (const listener of this.listeners) listener(this.current);
    return ran;
  }

  advanceBy(ms: number): number {
    return this.advanceTo(this.current + ms);
  }

  /**
   * Advances timer by timer until `done()` holds or `limitMs` of simulated time has passed.
   * Returns true when `done()` held. Used where a real user would wait (kubectl delete, wait).
   */
  runUntil(done: () => boolean, limitMs: number): boolean {
    const deadline = this.current + limitMs;
    while (!done()) {
      const next = this.nextDueAt();
      if (next === undefined || next > deadline) {
        this.advanceTo(deadline);
        return done();
      }
      this.advanceTo(next);
    }
    return true;
  }

  /** Told after every advance (the UI redraws, watchers flush). */
  onAdvance(listener: (now: number) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private dropCancelledHead(): void {
    while (this.heap.length > 0 && this.cancelled.has(this.heap[0]!.id)) {
      this.cancelled.delete(this.heap[0]!.id);
      this.pop();
    }
  }

  private before(a: Timer, b: Timer): boolean {
    return a.at < b.at || (a.at === b.at && a.seq < b.seq);
  }

  private push(timer: Timer): void {
    // Sift up by moving parents down into the hole (no swap arrays: this runs for every probe).
    const heap = this.heap;
    let i = heap.length;
    heap.push(timer);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const above = heap[parent]!;
      if (!this.before(timer, above)) break;
      heap[i] = above;
      i = parent;
    }
    heap[i] = timer;
  }

  private pop(): Timer | undefined {
    const heap = this.heap;
    const top = heap[0];
    const last = heap.pop();
    if (heap.length > 0 && last) {
      // Sift the last timer down from the root, moving smaller children up into the hole.
      const n = heap.length;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= n) break;
        const r = l + 1;
        const child = r < n && this.before(heap[r]!, heap[l]!) ? r : l;
        if (!this.before(heap[child]!, last)) break;
        heap[i] = heap[child]!;
        i = child;
      }
      heap[i] = last;
    }
    return top;
  }
}
