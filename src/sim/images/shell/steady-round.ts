// A tight loop (`while true; do echo hi; done`) runs a thousand rounds between two pauses of
// simulated time (see Shell.runLoop). Nothing else in the cluster runs between those pauses, so once
// one round has changed nothing but what it printed, every following round of that stretch would
// print exactly the same: the shell prints it that many times at once instead of running it. A
// long `sleep` beside such a Pod then costs what its output costs, not millions of rounds.

import type { StdIO } from '../machine';

/** Builtins that only compute and print: running one again from the same state prints the same. */
export const STATELESS_BUILTINS: ReadonlySet<string> = new Set([':', 'true', 'false', 'echo', 'printf', 'test', '[']);

/** What a round may have changed besides its output; the shell keeps this count. */
interface RoundEffects {
  /** Grows with anything a round did that a repeat could not reproduce by printing alone. */
  effects: number;
  /** The variables, status, directory and arguments the next round starts from, as one string. */
  stateKey(): string;
}

interface RoundWatch {
  /** The streams the watched round writes to (they pass everything on). */
  io: StdIO;
  /** True when the round changed nothing but its output. */
  steady(): boolean;
  /** Prints what the round printed, `times` more times, in its order. */
  repeat(times: number): void;
}

export function watchRound(shell: RoundEffects, io: StdIO): RoundWatch {
  const effectsBefore = shell.effects;
  const stateBefore = shell.stateKey();
  const writes: { toErr: boolean; text: string }[] = [];
  return {
    io: {
      stdin: io.stdin,
      out: (text) => {
        writes.push({ toErr: false, text });
        io.out(text);
      },
      err: (text) => {
        writes.push({ toErr: true, text });
        io.err(text);
      },
    },
    steady: () => shell.effects === effectsBefore && shell.stateKey() === stateBefore,
    repeat(times) {
      if (times <= 0 || writes.length === 0) return;
      if (writes.every((w) => w.toErr === writes[0]!.toErr)) {
        // One stream: a single write, so a log or a terminal takes it in one piece.
        const text = writes.map((w) => w.text).join('');
        (writes[0]!.toErr ? io.err : io.out)(text.repeat(times));
        return;
      }
      for (let i = 0; i < times; i++) for (const w of writes) (w.toErr ? io.err : io.out)(w.text);
    },
  };
}
