// Test helpers over the console sessions of fresh-session.ts: one line's output, and a line checked
// stream by stream against what the upstream kubectl printed.

import { expect } from 'vitest';
import type { TestSession } from './fresh-session';

export { TEST_START, type TestSession, testSession } from './fresh-session';

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
