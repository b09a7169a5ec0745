import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
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

describe('SimClock ordering under random schedules', () => {
  it('runs every live timer once, in time order, ties in scheduling order', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 50 }), fc.boolean()), { maxLength: 200 }), (plan) => {
        const clock = new SimClock(0);
        const ran: number[] = [];
        const expected: { at: number; n: number }[] = [];
        plan.forEach(([at, cancel], n) => {
          const id = clock.schedule(at, () => ran.push(n));
          if (cancel) clock.cancel(id);
          else expected.push({ at, n });
        });
        clock.advanceTo(100);
        expected.sort((a, b) => a.at - b.at || a.n - b.n);
        expect(ran).toEqual(expected.map((e) => e.n));
      }),
      { numRuns: 200, seed: 3 },
    );
  });
});
