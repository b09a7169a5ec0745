import { describe, expect, it } from 'vitest';
import { formatGoDuration } from './go-duration';

describe('formatGoDuration (time.Duration.String)', () => {
  it.each([
    [0, '0s'],
    [1, '1ms'],
    [999, '999ms'],
    [1000, '1s'],
    [1500, '1.5s'],
    [125_123, '2m5.123s'],
    [125_120, '2m5.12s'],
    [3_600_000, '1h0m0s'],
    [90_061_001, '25h1m1.001s'],
    [-1500, '-1.5s'],
  ])('%i ms is %s', (ms, text) => {
    expect(formatGoDuration(ms)).toBe(text);
  });
});
