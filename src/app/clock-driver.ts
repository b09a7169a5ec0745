// Plays the simulated clock in real time: while playing, every animation frame advances the SimClock
// by (real time since the last frame) × speed. Pausing freezes the cluster completely, because the
// SimClock only moves when someone advances it. Stepping jumps to the next scheduled event exactly.
//
// A factory, not a singleton: each session (and each test) owns its driver and disposes it.

import { createStore, type StoreApi } from 'zustand/vanilla';
import type { SimClock } from '../sim/clock';

export type ClockSpeed = 1 | 2 | 5 | 10 | 30;

/** The speeds offered, slowest first: 1×, 2×, 5×, 10×, 30×. */
export const CLOCK_SPEEDS: readonly ClockSpeed[] = [1, 2, 5, 10, 30];

/** The skips offered by the controls, in simulated milliseconds. */
export const CLOCK_SKIPS: readonly { label: string; ms: number }[] = [
  { label: '10 s', ms: 10_000 },
  { label: '30 s', ms: 30_000 },
  { label: '5 min', ms: 300_000 },
];

/**
 * Where animation frames come from: `requestAnimationFrame` in the browser, a hand-cranked source
 * in tests. The callback receives a real-time timestamp in milliseconds.
 */
export interface FrameSource {
  request(callback: (realTimeMs: number) => void): number;
  cancel(handle: number): void;
}

export interface ClockDriverState {
  playing: boolean;
  speed: ClockSpeed;
  /** The simulated time (epoch ms), updated after every advance, whoever advanced it. */
  now: number;
  /** The simulated time when the driver was made (the session's start), for "elapsed" displays. */
  startedAt: number;
  play(): void;
  pause(): void;
  togglePlaying(): void;
  setSpeed(speed: ClockSpeed): void;
  /** One step up or down the speed list (keyboard `]` and `[`); stays put at either end. */
  faster(): void;
  slower(): void;
  /** Pauses, then moves exactly to the next scheduled event and runs it. Returns false when nothing is scheduled. */
  step(): boolean;
  /** Advances the simulated time by `ms`, running every event due on the way. */
  skip(ms: number): void;
  /** The next scheduled event (when, and the simulator's label for it), for the step button's tooltip. */
  peekNext(): { at: number; label: string } | undefined;
  /** Stops the frame loop and the clock subscription; the driver does nothing afterwards. */
  dispose(): void;
}

export type ClockDriver = StoreApi<ClockDriverState>;

export interface ClockDriverOptions {
  /** Start playing (default true: a learner expects the cluster to be alive when the page opens). */
  playing?: boolean;
  speed?: ClockSpeed;
}

/**
 * A frame that arrives after a long real gap (a background tab, a debugger pause) advances at most
 * this much real time, so coming back to the tab does not fast-forward through minutes of events.
 */
export const MAX_REAL_MS_PER_FRAME = 250;

export function createClockDriver(clock: SimClock, frame?: FrameSource, options: ClockDriverOptions = {}): ClockDriver {
  const frames = frame ?? browserFrameSource();
  let handle: number | undefined;
  let lastFrameAt: number | undefined; // real ms of the previous frame while playing
  let carryMs = 0; // fractions of a simulated millisecond not yet applied, so slow speeds do not drift
  let disposed = false;

  const store = createStore<ClockDriverState>()((set, get) => {
    const startLoop = (): void => {
      if (handle !== undefined || disposed || !frames) return;
      lastFrameAt = undefined;
      handle = frames.request(onFrame);
    };
    const stopLoop = (): void => {
      if (handle !== undefined) frames?.cancel(handle);
      handle = undefined;
      lastFrameAt = undefined;
      carryMs = 0;
    };
    const onFrame = (realTimeMs: number): void => {
      handle = undefined;
      if (disposed || !get().playing) return;
      if (lastFrameAt !== undefined) {
        const realMs = Math.min(Math.max(realTimeMs - lastFrameAt, 0), MAX_REAL_MS_PER_FRAME);
        const simMs = realMs * get().speed + carryMs;
        const wholeMs = Math.floor(simMs);
        carryMs = simMs - wholeMs;
        if (wholeMs > 0) clock.advanceBy(wholeMs);
      }
      lastFrameAt = realTimeMs;
      // An event run by advanceBy may have paused or disposed the driver.
      if (!disposed && get().playing && handle === undefined) handle = frames!.request(onFrame);
    };

    const moveSpeed = (direction: 1 | -1): void => {
      const index = CLOCK_SPEEDS.indexOf(get().speed);
      const next = CLOCK_SPEEDS[Math.min(Math.max(index + direction, 0), CLOCK_SPEEDS.length - 1)]!;
      if (next !== get().speed) set({ speed: next });
    };

    return {
      playing: false,
      speed: options.speed ?? 1,
      now: clock.now(),
      startedAt: clock.now(),
      play() {
        if (disposed || get().playing) return;
        set({ playing: true });
        startLoop();
      },
      pause() {
        if (!get().playing) return;
        set({ playing: false });
        stopLoop();
      },
      togglePlaying() {
        if (get().playing) get().pause();
        else get().play();
      },
      setSpeed(speed) {
        if (!CLOCK_SPEEDS.includes(speed)) return;
        set({ speed });
      },
      faster: () => moveSpeed(1),
      slower: () => moveSpeed(-1),
      step() {
        if (disposed) return false;
        get().pause();
        return clock.step();
      },
      skip(ms) {
        if (disposed || !Number.isFinite(ms) || ms <= 0) return;
        clock.advanceBy(Math.round(ms));
      },
      peekNext() {
        const at = clock.nextDueAt();
        return at === undefined ? undefined : { at, label: clock.nextLabel() ?? '' };
      },
      dispose() {
        disposed = true;
        stopLoop();
        unsubscribe();
        set({ playing: false });
      },
    };
  });

  const unsubscribe = clock.onAdvance((now) => {
    if (store.getState().now !== now) store.setState({ now });
  });

  if (options.playing ?? true) store.getState().play();
  return store;
}

/** requestAnimationFrame when the page has one; undefined in Node (the driver then never plays by itself). */
function browserFrameSource(): FrameSource | undefined {
  const scope = globalThis as {
    requestAnimationFrame?: (callback: (time: number) => void) => number;
    cancelAnimationFrame?: (handle: number) => void;
  };
  const request = scope.requestAnimationFrame;
  const cancel = scope.cancelAnimationFrame;
  if (!request || !cancel) return undefined;
  return {
    request: (callback) => request.call(globalThis, callback),
    cancel: (handle) => cancel.call(globalThis, handle),
  };
}
