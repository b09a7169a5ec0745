import { describe, expect, it } from 'vitest';
import {
  emptyProgress,
  exportProgress,
  importProgress,
  withFiles,
  withLessonReset,
  withStepDone,
  withStepOpen,
} from './progress';
import { parseRoute, routeHash, unknownRoute } from './route';

describe('progress data', () => {
  it('records open and done steps and files per lesson, and survives export then import', () => {
    let p = withStepOpen(emptyProgress(), 'liveness-probes', 2);
    p = withStepDone(p, 'liveness-probes', 1);
    p = withStepDone(p, 'liveness-probes', 1);
    p = withFiles(p, 'liveness-probes', { 'kuard-pod-health.yaml': 'kind: Pod\n' });
    expect(p.current).toBe('liveness-probes');
    expect(p.lessons['liveness-probes']).toEqual({
      step: 2,
      done: [1],
      files: { 'kuard-pod-health.yaml': 'kind: Pod\n' },
    });
    const back = importProgress(exportProgress(p));
    expect(back).toEqual({ ok: true, progress: p });
    expect(withLessonReset(p, 'liveness-probes').lessons).toEqual({});
  });

  it('refuses files that are not progress, with a reason', () => {
    expect(importProgress('not json')).toEqual({ ok: false, error: 'not a Pod Lab progress file (not JSON)' });
    expect(importProgress('{"kind":"something-else","version":1,"lessons":{}}')).toEqual({
      ok: false,
      error: 'not a Pod Lab progress file',
    });
    expect(importProgress('{"hello":1}')).toEqual({ ok: false, error: 'not a Pod Lab progress file' });
    expect(importProgress('{"version":2,"lessons":{}}')).toEqual({
      ok: false,
      error: 'unsupported progress version 2',
    });
    expect(importProgress('{"version":1,"lessons":{"x":{"step":0,"done":[],"files":{}}}}')).toEqual({
      ok: false,
      error: 'progress for lesson "x" is malformed',
    });
    expect(importProgress('{"version":1,"lessons":{"x":{"step":1,"done":[1],"files":{"a":3}}}}').ok).toBe(false);
  });
});

describe('an imported file meets the editor’s file-name rules and names real lesson ids', () => {
  const withFile = (name: string) =>
    JSON.stringify({
      kind: 'pod-lab-progress',
      version: 1,
      lessons: { volumes: { step: 1, done: [], files: { [name]: 'x' } } },
    });

  it('refuses a path, a name of 5,000 characters, and an id that is no lesson id', () => {
    expect(importProgress(withFile('../../etc/passwd'))).toEqual({
      ok: false,
      error:
        'lesson "volumes" has a file named "../../etc/passwd": Folders are not supported: use a plain name like pod.yaml.',
    });
    const long = importProgress(withFile('a'.repeat(5000)));
    expect(long.ok).toBe(false);
    expect(!long.ok && long.error).toMatch(/too long \(100 characters at most\)/);
    expect(!long.ok && long.error.length).toBeLessThan(200);
    expect(importProgress('{"version":1,"lessons":{"__proto__":{"step":1,"done":[],"files":{}}}}')).toEqual({
      ok: false,
      error: '"__proto__" is not a lesson id',
    });
    expect(importProgress(withFile('-rf')).ok).toBe(false);
  });

  it('takes a plain name', () => {
    expect(importProgress(withFile('pod.yaml')).ok).toBe(true);
  });
});

describe('step URLs', () => {
  it('reads and writes #/lesson/<id>/step/<n> and #/sandbox', () => {
    expect(parseRoute('#/lesson/liveness-probes/step/3')).toEqual({ lesson: 'liveness-probes', step: 3 });
    expect(parseRoute('#/lesson/why-pods')).toEqual({ lesson: 'why-pods', step: 1 });
    expect(parseRoute('#/sandbox')).toEqual({ sandbox: true });
    expect(parseRoute('#/lesson/Bad Id/step/x')).toBeUndefined();
    expect(parseRoute('')).toBeUndefined();
    const known = (id: string) => id === 'volumes';
    expect(unknownRoute('#/lesson/nope', known)).toEqual({ kind: 'lesson', id: 'nope' });
    expect(unknownRoute('#/lesson/Bad%20Id/step/x', known)).toEqual({ kind: 'lesson', id: 'Bad Id' });
    expect(unknownRoute('#/nowhere', known)).toEqual({ kind: 'page', path: '/nowhere' });
    for (const fine of ['', '#', '#/', '#top', '#/sandbox', '#/workshop', '#/lesson/volumes/step/9'])
      expect(unknownRoute(fine, known)).toBeUndefined();
    expect(unknownRoute(`#/lesson/${'x'.repeat(500)}`, known)).toEqual({ kind: 'lesson', id: `${'x'.repeat(59)}…` });
    expect(routeHash({ lesson: 'volumes', step: 2 })).toBe('#/lesson/volumes/step/2');
    expect(parseRoute(routeHash({ lesson: 'volumes', step: 2 }))).toEqual({ lesson: 'volumes', step: 2 });
  });
});
