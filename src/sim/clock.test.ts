import { describe, expect, it } from 'vitest';
import { SimClock } from './clock';

describe('SimClock', () => {
  it('runs timers in time order, ties in scheduling order, and jumps between them', () => {
    const clock = new SimClock(1_000);
    const seen: string[] = [];
    clock.after(500, () => seen.push(`b@${clock.now()}`));
    clock.after(100, () => seen.push(`a@${clock.now()}`));
    clock.after(500, () => seen.push(`c@${clock.now()}`));
    expect(clock.advanceBy(400)).toBe(1);
    expect(clock.now()).toBe(1_400);
    clock.advanceBy(10_000);
    expect(seen).toEqual(['a@1100', 'b@1500', 'c@1500']);
    expect(clock.now()).toBe(11_400);
  });

  it('skips cancelled timers and lets a timer schedule another inside the same advance', () => {
    const clock = new SimClock(0);
    const seen: number[] = [];
    const dropped = clock.after(10, () => seen.push(-1));
    clock.after(20, () => clock.after(5, () => seen.push(clock.now())));
    clock.cancel(dropped);
    clock.advanceTo(100);
    expect(seen).toEqual([25]);
    expect(clock.nextDueAt()).toBeUndefined();
  });

  it('step moves exactly to the next due timer; runUntil stops when the condition holds', () => {
    const clock = new SimClock(0);
    let count = 0;
    for (const t of [30, 60, 90]) clock.schedule(t, () => count++);
    expect(clock.step()).toBe(true);
    expect(clock.now()).toBe(30);
    expect(clock.runUntil(() => count === 3, 1_000)).toBe(true);
    expect(clock.now()).toBe(90);
    expect(clock.runUntil(() => false, 50)).toBe(false);
    expect(clock.now()).toBe(140);
  });
});
