// A console over a fresh simulated cluster: fixed start time and seed, an in-memory workspace,
// and what each run of lines shows (prompts, typed lines and output) collected as text. Free of
// vitest, so the golden scripts build the same session the tests do.

import { createCluster } from '../../sim';
import { createConsole } from '../console';
import type { ConsoleEngine } from '../console-types';
import { feedLine, memoryWorkspace } from '../transcript';

export const TEST_START = Date.UTC(2026, 10, 22, 10, 0, 0);

export interface TestSession {
  engine: ConsoleEngine;
  cluster: ReturnType<typeof createCluster>;
  workspace: ReturnType<typeof memoryWorkspace>;
  /** Runs lines like the headless console and returns what appeared for them. */
  run(...lines: string[]): string;
}

export function testSession(files: Record<string, string> = {}, opts: { editor?: boolean } = {}): TestSession {
  const cluster = createCluster({ startTime: TEST_START, seed: 1 });
  const workspace = memoryWorkspace(files);
  // What appeared during the current run() only: a long session (the fuzz suite's ten thousand
  // lines) must not copy everything printed so far on every line.
  let pieces: string[] = [];
  const engine = createConsole({
    cluster,
    workspace,
    clockDriver: 'console',
    hooks: {
      output: (text) => void pieces.push(text),
      clear: () => void pieces.push('<clear>\n'),
      ...(opts.editor ? { openEditor: () => {} } : {}),
    },
  });
  return {
    engine,
    cluster,
    workspace,
    run(...lines) {
      pieces = [];
      for (const line of lines) feedLine(engine, line, (t) => void pieces.push(t));
      return pieces.join('');
    },
  };
}

/** A fresh session that has run `setup` (a script's "# setup:" lines) first. */
export function sessionAfter(setup: readonly string[]): TestSession {
  const session = testSession();
  if (setup.length > 0) session.run(...setup);
  return session;
}
