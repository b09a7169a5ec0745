// The runner completes a step on the change that satisfies its check, remembers done steps,
// lets a step be redone, and reports quiz answers.
import { describe, expect, it } from 'vitest';
import { createConsole } from '../kubectl/console';
import type { Workspace } from '../kubectl/console-types';
import { createCluster } from '../sim/index';
import { createFakeCatalog } from '../sim/testing/fake-images';
import { parseLesson } from './parse';
import { createLessonRunner } from './runner';

const LESSON = `---
id: t
title: T
order: 1
---
## Create it
\`\`\`check
pod: web
phase: Running
\`\`\`
\`\`\`hint
h
\`\`\`
\`\`\`solution
kubectl run web --image=fake/web
\`\`\`
## Think
\`\`\`quiz
question: Q?
options:
  - {text: a, why: no}
  - {text: b, correct: true, why: yes}
\`\`\`
\`\`\`check
quiz: answered
\`\`\`
\`\`\`hint
h
\`\`\`
\`\`\`solution
answer 2
\`\`\`
`;

function setup(done: number[] = []) {
  const cluster = createCluster({ startTime: Date.UTC(2026, 10, 22, 10), seed: 3, images: createFakeCatalog() });
  const workspace: Workspace = { list: () => [], read: () => undefined, write: () => {} };
  const console = createConsole({ cluster, workspace, clockDriver: 'console', hooks: { output: () => {} } });
  const runner = createLessonRunner({ lesson: parseLesson(LESSON, 't.md'), cluster, workspace, console, done });
  const completed: number[] = [];
  runner.subscribe((n) => n !== undefined && completed.push(n));
  return { cluster, console, runner, completed };
}

describe('createLessonRunner', () => {
  it('completes a step the moment the cluster satisfies it, once', () => {
    const t = setup();
    expect(t.runner.current()).toBe(1);
    t.console.submit('kubectl run web --image=fake/web');
    expect(t.runner.stateOf(1)).toBe('open');
    t.cluster.clock.advanceBy(10_000);
    expect(t.completed).toEqual([1]);
    expect(t.runner.stateOf(1)).toBe('done');
    t.cluster.clock.advanceBy(10_000);
    expect(t.completed).toEqual([1]);
  });

  it('opens the first step not done, and a quiz step completes only on a correct answer', () => {
    const t = setup([1]);
    expect(t.runner.current()).toBe(2);
    expect(t.runner.answer(1)).toEqual({ option: 1, correct: false, why: 'no' });
    expect(t.runner.stateOf(2)).toBe('open');
    expect(t.runner.answer(2)).toMatchObject({ correct: true });
    expect(t.completed).toEqual([2]);
    expect(t.runner.answer(9)).toBeUndefined();
  });

  it('lets a done step be redone from the state of the moment', () => {
    const t = setup([1, 2]);
    t.runner.open(2);
    expect(t.runner.lastAnswer()).toBeUndefined();
    expect(t.runner.stateOf(2)).toBe('done');
    t.runner.redo(2);
    expect(t.runner.stateOf(2)).toBe('open');
    t.runner.answer(2);
    expect(t.completed).toEqual([2]);
    t.runner.open(99);
    expect(t.runner.current()).toBe(2); // clamped to the last step
  });
});
