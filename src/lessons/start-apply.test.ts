// A lesson's start objects stand for the chapter's `kubectl apply -f FILE`: the console shows them
// as that command leaves them (apply.go: the last-applied annotation, kubectl-client-side-apply).
import { describe, expect, it } from 'vitest';
import { buildCatalog } from './catalog';
import { outputOf, testSession } from '../kubectl/testing/session';
import { readLessonSources } from '../../scripts/lessons-vite-plugin';
import { applyStartState } from './start';

const lessonFiles = readLessonSources(new URL('../..', import.meta.url).pathname);
const catalog = buildCatalog(lessonFiles.sources, lessonFiles.files);

describe("a lesson's start objects", () => {
  it('are written by kubectl-client-side-apply, so applying the same file finds them unchanged', () => {
    const lesson = catalog.lessons.find((l) => l.id === 'listing-pods')!;
    const session = testSession();
    expect(applyStartState(lesson, session.cluster, session.workspace, (p) => catalog.files[p])).toEqual([]);
    const yaml = outputOf(session, 'kubectl get pod kuard -o yaml --show-managed-fields');
    expect(yaml).toContain('manager: kubectl-client-side-apply\n');
    expect(yaml).not.toContain('manager: kubectl\n');
    expect(yaml).toContain('kubectl.kubernetes.io/last-applied-configuration');
    expect(outputOf(session, 'kubectl apply -f kuard-pod.yaml')).toBe('pod/kuard unchanged\n');
  });
});
