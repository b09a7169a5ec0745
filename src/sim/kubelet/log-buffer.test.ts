// A container log: whole lines with their stream and time, partial writes joined, old lines
// dropped past the cap, followers told of each line and of the end.
import { describe, expect, it } from 'vitest';
import { LogBuffer, MAX_LOG_LINES } from './log-buffer';

describe('LogBuffer', () => {
  it('keeps whole lines, joins partial writes and flushes a trailing partial at the end', () => {
    const log = new LogBuffer();
    const followed: string[] = [];
    let ended = false;
    log.follow(
      (l) => followed.push(`${l.stream}:${l.text}`),
      () => (ended = true),
    );
    log.append('stdout', 'one\n', 1);
    log.append('stdout', 'tw', 2);
    log.append('stderr', 'err\n\n', 3);
    log.append('stdout', 'o\nthr', 4);
    log.end(5);
    expect(log.lines.map((l) => `${l.time} ${l.stream}:${l.text}`)).toEqual([
      '1 stdout:one',
      '3 stderr:err',
      '3 stderr:',
      '4 stdout:two',
      '5 stdout:thr',
    ]);
    expect(followed).toEqual(['stdout:one', 'stderr:err', 'stderr:', 'stdout:two', 'stdout:thr']);
    expect(ended).toBe(true);
    log.append('stdout', 'late\n', 6);
    expect(log.lines).toHaveLength(5);
  });

  it('keeps the newest lines when a container logs without end', () => {
    const log = new LogBuffer();
    for (let i = 0; i < 3 * MAX_LOG_LINES; i++) log.append('stdout', `line ${i}\n`, i);
    expect(log.lines.length).toBeGreaterThanOrEqual(MAX_LOG_LINES);
    expect(log.lines.length).toBeLessThanOrEqual(2 * MAX_LOG_LINES);
    expect(log.lines[log.lines.length - 1]!.text).toBe(`line ${3 * MAX_LOG_LINES - 1}`);
  });
});
