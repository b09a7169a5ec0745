// Tight loops in a container stay cheap and stoppable: a round that changes nothing but what it
// prints is repeated by printing (steady-round.ts), which must look exactly like running it.
import { describe, expect, it } from 'vitest';
import { FakeContainer, START } from './testing/fake-host';

function runLoop(script: string, ms: number): FakeContainer {
  return new FakeContainer('busybox', { command: ['sh', '-c', script] }).start().advance(ms);
}

/** The log as the kubelet would time-stamp it: each line with its stream and simulated time. */
function timedLines(c: FakeContainer): string[] {
  const lines: string[] = [];
  for (const entry of c.log)
    for (const text of entry.text.split('\n').slice(0, -1)) lines.push(`${entry.at} ${entry.stream} ${text}`);
  return lines;
}

describe('a loop that only prints', () => {
  it('logs the same lines at the same simulated times as one that runs every round', () => {
    // The assignment makes each round count as a change, so every round really runs.
    const repeated = runLoop('while true; do echo hi; done', 1_000);
    const everyRound = runLoop('while true; do x=1; echo hi; done', 1_000);
    expect(timedLines(repeated).length).toBeGreaterThan(9_000);
    expect(timedLines(repeated)).toEqual(timedLines(everyRound));
  });

  it('keeps standard output and error interleaved in order', () => {
    const repeated = runLoop('while :; do echo out; echo err >&2; done', 300);
    const everyRound = runLoop('while :; do x=1; echo out; echo err >&2; done', 300);
    expect(
      timedLines(repeated)
        .slice(0, 4)
        .map((line) => line.split(' ').slice(1).join(' ')),
    ).toEqual(['stdout out', 'stderr err', 'stdout out', 'stderr err']);
    expect(timedLines(repeated)).toEqual(timedLines(everyRound));
  });

  it('still sees what another process changes: a busy wait for a file ends when the file appears', () => {
    const c = runLoop('while [ ! -f /tmp/go ]; do :; done; echo started', 5_000);
    expect(c.logs()).toBe('');
    expect(c.sh('touch /tmp/go').code).toBe(0);
    c.advance(200);
    expect(c.logs()).toBe('started\n');
    expect(c.running).toBe(false);
  });

  it('still counts every round of a loop that changes a variable', () => {
    const c = runLoop('i=0; while true; do i=$((i+1)); echo $i; done', 300);
    const numbers = c.logs().trimEnd().split('\n').map(Number);
    expect(numbers.length).toBeGreaterThan(2_000);
    expect(numbers).toEqual(numbers.map((_n, index) => index + 1));
  });

  it('runs a counting loop to its end at a simulated time that depends only on its rounds', () => {
    // 20,000 rounds are 20 stretches of a thousand, each followed by 100 ms of simulated time.
    const c = runLoop('i=0; while [ $i -lt 20000 ]; do i=$((i+1)); done; echo $i', 60_000);
    expect(c.log.map((entry) => [entry.text, entry.at - START])).toEqual([['20000\n', 2_000]]);
    expect(c.exitCode).toBe(0);
  });

  it('stops on Ctrl+C with the status a terminal shows (130)', () => {
    const c = new FakeContainer('busybox', { command: ['sleep', '3600'] }).start();
    const run = c.exec(['sh', '-c', 'while :; do echo hi; done']);
    c.advance(60_000);
    expect(run.code).toBeUndefined();
    run.handle.signal('SIGINT');
    c.advance(100);
    expect(run.code).toBe(130);
    expect(run.stdout.endsWith('hi\n')).toBe(true);
  });
});

describe('seq', () => {
  it('prints 100,001 lines, and says so when it stops there', () => {
    const c = new FakeContainer('busybox', { command: ['sleep', '3600'] }).start();
    const whole = c.sh('seq 1 100001 | wc -l');
    expect([whole.stdout, whole.stderr, whole.code]).toEqual(['100001\n', '', 0]);
    const cut = c.sh('seq 1 100002 | tail -n 1');
    expect(cut.stdout).toBe('100001\n');
    expect(cut.stderr).toBe('seq: output stopped after 100001 lines: the simulated container prints no more\n');
    expect(c.sh('seq 5 -2 1').stdout).toBe('5\n3\n1\n');
  });
});
