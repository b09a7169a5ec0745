// Opening lessons in one page session: each starts from its own cluster state and files, the
// learner's files and done steps are kept per lesson, and "restart" forgets them.
import { describe, expect, it } from 'vitest';
import { memoryStorage } from './persistence';
import { createSession } from './session';
import { createConsole } from '../kubectl/console';
import { createCluster } from '../sim/index';
import type { Pod } from '../sim/api';
import { readLessonSources } from '../../scripts/lessons-vite-plugin';
import { buildCatalog } from '../lessons/catalog';
import { createLessonController, openFromRoute } from './lesson-controller';
import { createProgressStore } from './progress-store';

const lessonFiles = readLessonSources(new URL('../..', import.meta.url).pathname);
const catalog = buildCatalog(lessonFiles.sources, lessonFiles.files);

function setup(storage = memoryStorage()) {
  const session = createSession({
    createCluster: (o) => createCluster(o),
    createConsole,
    startTime: Date.UTC(2026, 10, 22, 10),
    seed: 5,
    storage,
    frames: { request: () => 0, cancel: () => {} },
    playing: false,
  });
  const progress = createProgressStore(storage);
  const controller = createLessonController(session, catalog, progress);
  const pods = () => {
    const listed = session.cluster.list('Pod', 'default');
    return listed.ok ? (listed.value as Pod[]).map((p) => p.metadata?.name) : [];
  };
  const fileNames = () => session.files.getState().files.map((f) => f.name);
  return { session, progress, controller, pods, fileNames, storage };
}

const lessonsOf = (t: ReturnType<typeof setup>) => ({ controller: t.controller, progress: t.progress, catalog });

describe('lesson controller', () => {
  it('after a reload, keeps files the learner made before the lesson pane arrived, and their open tab', () => {
    const first = setup();
    first.controller.open('deleting-pods');
    // The next page load: the workspace comes back from storage at once, the lesson pane later.
    const second = setup(first.storage);
    second.session.files.getState().write('early.yaml', 'typed before the lesson loaded');
    second.session.files.getState().setActive('early.yaml');
    second.controller.open('deleting-pods');
    expect(second.fileNames()).toEqual(['kuard-pod.yaml', 'sleeper.yaml', 'early.yaml']);
    expect(second.session.files.getState().active).toBe('early.yaml');
    expect(second.progress.getState().progress.lessons['deleting-pods']?.files['early.yaml']).toBe(
      'typed before the lesson loaded',
    );
  });

  it('in a fresh browser, keeps a file the learner made before the first lesson arrived, in that lesson', () => {
    const t = setup();
    // The page starts with the workspace's default files; the learner adds one at once.
    t.session.files.getState().create('pod.yaml', 'kind: Pod');
    t.controller.open('deleting-pods');
    expect(t.fileNames()).toEqual(['kuard-pod.yaml', 'sleeper.yaml', 'pod.yaml']);
    expect(t.session.files.getState().active).toBe('pod.yaml');
    expect(t.progress.getState().progress.lessons['deleting-pods']?.files['pod.yaml']).toBe('kind: Pod');
    // It is that lesson's work: another lesson starts without it.
    t.controller.open('thinking-with-pods');
    expect(t.fileNames()).toEqual([]);
  });

  it("puts each lesson's start objects and files in place, and keeps the learner's files per lesson", () => {
    const t = setup();
    t.controller.open('deleting-pods');
    expect(t.pods()).toEqual(['kuard']);
    expect(t.fileNames()).toEqual(['kuard-pod.yaml', 'sleeper.yaml']);
    t.session.files.getState().write('notes.txt', 'mine');

    t.controller.open('thinking-with-pods');
    expect(t.pods()).toEqual([]);
    expect(t.fileNames()).toEqual([]);

    t.controller.open('deleting-pods');
    expect(t.pods()).toEqual(['kuard']);
    expect(t.fileNames()).toEqual(['kuard-pod.yaml', 'sleeper.yaml', 'notes.txt']);
    expect(t.progress.getState().progress.current).toBe('deleting-pods');
  });

  it('records completed steps, reopens at the saved step, and restart forgets the lesson', () => {
    const t = setup();
    t.controller.open('thinking-with-pods');
    const runner = t.controller.view.getState().runner!;
    const quiz = runner.lesson.steps[0]!.blocks.find((b) => b.kind === 'quiz');
    runner.answer(quiz?.kind === 'quiz' ? quiz.options.findIndex((o) => o.correct) + 1 : 0);
    expect(t.progress.getState().progress.lessons['thinking-with-pods']!.done).toEqual([1]);
    t.controller.openStep(2);

    // A new page with the same storage opens where the learner was.
    const again = createLessonController(t.session, catalog, createProgressStore(t.storage));
    again.open('thinking-with-pods');
    expect(again.view.getState().runner!.current()).toBe(2);
    expect(again.view.getState().runner!.stateOf(1)).toBe('done');

    again.open('thinking-with-pods', 1, { restart: true });
    expect(again.view.getState().runner!.stateOf(1)).toBe('open');
  });

  it('restarting a lesson with claims and volumes sets them up again', () => {
    const t = setup();
    t.controller.open('putting-it-together');
    expect(t.controller.view.getState().problems).toEqual([]);
    t.controller.open('putting-it-together', 1, { restart: true });
    expect(t.controller.view.getState().problems).toEqual([]);
    const claim = t.session.cluster.get('PersistentVolumeClaim', 'default', 'kuard-data');
    expect(claim.ok).toBe(true);
  });

  it('opens the sandbox for an unknown lesson id', () => {
    const t = setup();
    t.controller.open('no-such-lesson');
    expect(t.controller.view.getState().lesson?.id).toBe('sandbox');
  });

  it('a session with a catalogue opens what the link names, else where the learner was, else the first lesson', () => {
    const storage = memoryStorage();
    const make = () =>
      createSession({
        createCluster: (o) => createCluster(o),
        createConsole,
        startTime: 0,
        seed: 1,
        storage,
        playing: false,
        catalog,
      });
    const first = make();
    openFromRoute(first.lessons!, '');
    expect(first.lessons!.controller.view.getState().lesson?.id).toBe(catalog.lessons[0]!.id);
    openFromRoute(first.lessons!, '#/lesson/deleting-pods/step/2');
    expect(first.lessons!.controller.view.getState().runner?.current()).toBe(2);
    // Its start state is there at once, before any command: the kuard Pod this lesson deletes.
    expect(first.cluster.get('Pod', 'default', 'kuard').ok).toBe(true);

    const again = make();
    openFromRoute(again.lessons!, '');
    expect(again.lessons!.controller.view.getState().lesson?.id).toBe('deleting-pods');
    openFromRoute(again.lessons!, '#/sandbox');
    expect(again.lessons!.controller.view.getState().lesson?.id).toBe('sandbox');
  });

  it('a link to a lesson that does not exist opens nothing, not the sandbox', () => {
    const t = setup();
    openFromRoute(lessonsOf(t), '#/lesson/nope');
    expect(t.controller.view.getState().lesson).toBeUndefined();
    openFromRoute(lessonsOf(t), '#/lesson/volumes/step/2');
    openFromRoute(lessonsOf(t), '#/lesson/nope/step/2');
    expect(t.controller.view.getState().lesson?.id).toBe('volumes');
  });

  it('a link to a step starts from what the steps before it leave, replayed at once', () => {
    const t = setup();
    t.controller.open('deleting-pods', 3);
    const kuard = t.session.cluster.get('Pod', 'default', 'kuard');
    expect(kuard.ok ? (kuard.value as Pod).metadata?.deletionTimestamp : 'gone').toBeTruthy();
    expect(t.controller.view.getState().problems).toEqual([]);
    expect(t.controller.view.getState().runner!.current()).toBe(3);
  });

  it('a jump in the step list rebuilds the cluster; the next step after a done one keeps it', () => {
    const t = setup();
    t.controller.open('deleting-pods', 1);
    t.session.console.submit('kubectl run extra --image=nginx');
    expect(t.pods()).toEqual(['extra', 'kuard']);
    // Step 1 not done: jumping to step 2 starts from step 1's solution, without the learner's Pod.
    t.controller.openStep(2);
    expect(t.pods()).toEqual(['kuard']);
    t.session.console.submit('kubectl run extra --image=nginx');
    t.session.console.submit('kubectl delete pod kuard --wait=false && kubectl get pods');
    expect(t.controller.view.getState().runner!.stateOf(2)).toBe('done');
    // Done in order: going on to step 3 keeps the cluster as the learner left it.
    t.controller.openStep(3);
    expect(t.pods()).toContain('extra');
  });

  it('every lesson opens with the manifests its steps use, except one the learner must write', () => {
    const t = setup();
    t.controller.open('readiness-and-health-checks');
    expect(t.fileNames()).toEqual(['kuard-pod-ready.yaml', 'exec-liveness.yaml', 'kuard-pod-tcp.yaml']);
    t.controller.open('running-kuard');
    expect(t.fileNames()).toEqual([]);
  });

  it('marks in the console where one lesson ends and the next begins, after what was printed before', () => {
    const t = setup();
    let shown = '';
    t.session.output.subscribe((text) => (shown += text));
    t.controller.open('sandbox');
    t.session.console.submit('kubectl get nodes');
    t.controller.open('deleting-pods');
    t.controller.open('deleting-pods', 1, { restart: true });
    const lines = shown.split('\n');
    const nodes = lines.findIndex((line) => line.startsWith('node-1'));
    const change = lines.indexOf('──── end of Sandbox · start of 7. Deleting a Pod ────');
    expect(nodes).toBeGreaterThanOrEqual(0);
    expect(change).toBeGreaterThan(nodes);
    expect(lines.indexOf('──── 7. Deleting a Pod: started again ────')).toBeGreaterThan(change);
  });
});
