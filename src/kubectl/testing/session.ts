// A console over a fresh simulated cluster, for tests: fixed start time and seed, an in-memory
// workspace, and what each run of lines shows (prompts, typed lines and output) collected as text.

import { expect } from 'vitest';
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

/** Runs one command line and returns only its output (no echo). */
export function outputOf(session: TestSession, line: string): string {
  const text = session.run(line);
  return text.slice(text.indexOf('\n') + 1);
}

export interface ExpectedRun {
  stdout: string;
  stderr: string;
  exitCode: number;
}

/**
 * Runs a line three ways (stdout only, stderr only, both) and checks each stream and the exit
 * code, as `cmd 2>/dev/null`, `cmd >/dev/null` and `cmd; echo $?` would against real kubectl.
 * A command that changes the cluster gets a fresh session each time from a factory.
 */
export function expectRun(
  sessionOrFresh: TestSession | (() => TestSession),
  line: string,
  expected: ExpectedRun,
): void {
  const session = () => (typeof sessionOrFresh === 'function' ? sessionOrFresh() : sessionOrFresh);
  expect(outputOf(session(), `${line} 2>/dev/null`)).toBe(expected.stdout);
  expect(outputOf(session(), `${line} >/dev/null`)).toBe(expected.stderr);
  const last = session();
  expect(outputOf(last, line)).toBe(expected.stdout + expected.stderr);
  expect(last.engine.records().at(-1)?.exitCode).toBe(expected.exitCode);
}

/** The book's kuard Pod manifest, as a learner saves it in kuard-pod.yaml. */
export const KUARD_POD_YAML = `apiVersion: v1
kind: Pod
metadata:
  name: kuard
spec:
  containers:
    - image: gcr.io/kuar-demo/kuard-amd64:blue
      name: kuard
      ports:
        - containerPort: 8080
          name: http
          protocol: TCP
`;
