import { describe, expect, it } from 'vitest';
import { SimClock } from '../sim/clock';
import { createClockDriver, type FrameSource } from './clock-driver';

/** A frame source cranked by hand: `tick(ms)` delivers one frame `ms` of real time after the previous one. */
function manualFrames(): FrameSource & { tick(realMs: number): void; pending(): number } {
  let realNow = 0;
  let nextHandle = 1;
  const waiting = new Map<number, (t: number) => void>();
  return {
    request(callback) {
      const handle = nextHandle++;
      waiting.set(handle, callback);
      return handle;
    },
    cancel(handle) {
      waiting.delete(handle);
    },
    tick(realMs) {
      realNow += realMs;
      const due = [...waiting.values()];
      waiting.clear();
      for (const callback of due) callback(realNow);
    },
    pending: () => waiting.size,
  };
}

const START = 1_700_000_000_000;

describe('createClockDriver', () => {
  it('plays at 1x by default and advances by the real time between frames', () => {
    const clock = new SimClock(START);
    const frames = manualFrames();
    const driver = createClockDriver(clock, frames);
    expect(driver.getState()).toMatchObject({ playing: true, speed: 1, now: START });
    frames.tick(16); // the first frame only sets the baseline
    frames.tick(100);
    frames.tick(50);
    expect(clock.now()).toBe(START + 150);
    expect(driver.getState().now).toBe(START + 150);
  });

  it('multiplies real time by the speed, so a 30 s grace period passes in 3 s at 10x', () => {
    const clock = new SimClock(START);
    const frames = manualFrames();
    const driver = createClockDriver(clock, frames);
    let deleted = false;
    clock.after(30_000, () => (deleted = true), 'grace period over');
    driver.getState().setSpeed(10);
    frames.tick(0);
    for (let i = 0; i < 29; i++) frames.tick(100);
    expect(deleted).toBe(false);
    frames.tick(100);
    expect(deleted).toBe(true);
    expect(clock.now()).toBe(START + 30_000);
  });

  it('keeps fractions of a millisecond so odd frame times do not lose time', () => {
    const clock = new SimClock(START);
    const frames = manualFrames();
    createClockDriver(clock, frames);
    frames.tick(0);
    for (let i = 0; i < 3; i++) frames.tick(16.5);
    expect(clock.now()).toBe(START + 49); // 49.5 so far
    frames.tick(16.5);
    expect(clock.now()).toBe(START + 66);
  });

  it('pause freezes the simulated time and stops asking for frames; play resumes without a jump', () => {
    const clock = new SimClock(START);
    const frames = manualFrames();
    const driver = createClockDriver(clock, frames);
    frames.tick(0);
    for (let i = 0; i < 10; i++) frames.tick(100);
    driver.getState().pause();
    expect(frames.pending()).toBe(0);
    frames.tick(60_000);
    expect(clock.now()).toBe(START + 1_000);
    driver.getState().play();
    frames.tick(5_000); // the first frame after resuming is a new baseline, whatever the gap
    frames.tick(200);
    expect(clock.now()).toBe(START + 1_200);
    expect(driver.getState().playing).toBe(true);
  });

  it('caps one frame at 250 ms of real time, so a background tab does not fast-forward', () => {
    const clock = new SimClock(START);
    const frames = manualFrames();
    const driver = createClockDriver(clock, frames, { speed: 2 });
    frames.tick(0);
    frames.tick(600_000);
    expect(clock.now()).toBe(START + 500);
    expect(driver.getState().speed).toBe(2);
  });

  it('step pauses and moves exactly to the next scheduled event', () => {
    const clock = new SimClock(START);
    const frames = manualFrames();
    const driver = createClockDriver(clock, frames);
    const seen: number[] = [];
    clock.after(7_250, () => seen.push(clock.now()));
    clock.after(9_000, () => seen.push(clock.now()));
    expect(driver.getState().peekNext()).toEqual({ at: START + 7_250, label: '' });
    expect(driver.getState().step()).toBe(true);
    expect(driver.getState().playing).toBe(false);
    expect(driver.getState().now).toBe(START + 7_250);
    expect(seen).toEqual([START + 7_250]);
    driver.getState().step();
    expect(seen).toEqual([START + 7_250, START + 9_000]);
    expect(driver.getState().peekNext()).toBeUndefined();
    expect(driver.getState().step()).toBe(false);
    expect(driver.getState().now).toBe(START + 9_000);
  });

  it('skip advances by the given time and runs what fell due, playing or not', () => {
    const clock = new SimClock(START);
    const driver = createClockDriver(clock, manualFrames(), { playing: false });
    let ran = 0;
    clock.after(299_999, () => ran++);
    driver.getState().skip(300_000);
    expect(ran).toBe(1);
    expect(driver.getState().now).toBe(START + 300_000);
    driver.getState().skip(-5);
    driver.getState().skip(Number.NaN);
    expect(driver.getState().now).toBe(START + 300_000);
  });

  it('steps the speed up and down the list and ignores speeds not on it', () => {
    const driver = createClockDriver(new SimClock(START), manualFrames(), { playing: false });
    const speeds: number[] = [];
    for (let i = 0; i < 6; i++) {
      driver.getState().faster();
      speeds.push(driver.getState().speed);
    }
    expect(speeds).toEqual([2, 5, 10, 30, 30, 30]);
    driver.getState().slower();
    expect(driver.getState().speed).toBe(10);
    driver.getState().setSpeed(7 as never);
    expect(driver.getState().speed).toBe(10);
  });

  it('reflects advances made by others (a kubectl command waiting) in `now`', () => {
    const clock = new SimClock(START);
    const driver = createClockDriver(clock, manualFrames(), { playing: false });
    clock.advanceBy(42_000);
    expect(driver.getState().now).toBe(START + 42_000);
  });

  it('an event that pauses the driver stops it within the same frame', () => {
    const clock = new SimClock(START);
    const frames = manualFrames();
    const driver = createClockDriver(clock, frames);
    clock.after(100, () => driver.getState().pause());
    frames.tick(0);
    frames.tick(200);
    expect(driver.getState().playing).toBe(false);
    expect(frames.pending()).toBe(0);
  });

  it('does nothing after dispose', () => {
    const clock = new SimClock(START);
    const frames = manualFrames();
    const driver = createClockDriver(clock, frames);
    driver.getState().dispose();
    expect(frames.pending()).toBe(0);
    driver.getState().play();
    frames.tick(0);
    frames.tick(1_000);
    clock.advanceBy(5);
    expect(clock.now()).toBe(START + 5);
    expect(driver.getState()).toMatchObject({ playing: false, now: START });
  });

  it('without a frame source (Node) it never plays by itself, but step and skip still work', () => {
    const clock = new SimClock(START);
    const driver = createClockDriver(clock);
    driver.getState().skip(1_000);
    expect(driver.getState().now).toBe(START + 1_000);
  });
});
