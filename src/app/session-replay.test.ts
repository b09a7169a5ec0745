// A session replayed from its record is the same cluster: same objects, same uids, same clock,
// whatever the learner did (lines in two terminals, waits ended by time passing, Ctrl+C, file
// edits, clock steps and skips, lesson changes), and a long-running command never holds it up.
import { describe, expect, it } from 'vitest';
import { createConsole } from '../kubectl/console';
import { createCluster } from '../sim/index';
import { readLessonSources } from '../../scripts/lessons-vite-plugin';
import { buildCatalog } from '../lessons/catalog';
import { memoryStorage } from './persistence';
import { createSession, type Session } from './session';
import { readRecord, type SessionRecord } from './session-record';
import { SESSION_RECORD_KEY } from './session-recorder';
import { resumeSession } from './session-replay';
import { openSessionLink, sessionLinkHash } from './session-link';

const lessonFiles = readLessonSources(new URL('../..', import.meta.url).pathname);
const catalog = buildCatalog(lessonFiles.sources, lessonFiles.files);
const START = Date.UTC(2026, 10, 22, 10);

const POD = (name: string) => `apiVersion: v1
kind: Pod
metadata:
  name: ${name}
spec:
  containers:
    - image: gcr.io/kuar-demo/kuard-amd64:blue
      name: kuard
`;

function newSession(seed: number, start = START, storage = memoryStorage()): Session {
  return createSession({
    createCluster,
    createConsole,
    startTime: start,
    seed,
    storage,
    catalog,
    frames: { request: () => 0, cancel: () => {} },
    playing: false,
  });
}

/** Real time passing while the clock plays: frames of a few simulated milliseconds, none recorded. */
function play(session: Session, ms: number, frame = 17): void {
  for (let passed = 0; passed < ms; passed += frame) session.cluster.clock.advanceBy(frame);
}

/** Everything in the cluster a learner can read, as kubectl would show it. */
function picture(session: Session): string {
  const all = ['Pod', 'PersistentVolumeClaim', 'PersistentVolume', 'Event'] as const;
  const objects = all.map((kind) => {
    const listed = session.cluster.list(kind, undefined);
    return listed.ok ? listed.value : [];
  });
  return JSON.stringify({ now: session.cluster.clock.now(), objects });
}

function replayed(record: SessionRecord): Session {
  const copy = newSession(record.seed, record.start);
  resumeSession(copy, record, createConsole);
  return copy;
}

describe('session replay', () => {
  it('rebuilds the same cluster from what the learner did, second for second', () => {
    const live = newSession(11);
    live.lessons!.controller.open('sandbox');
    live.files.getState().create('a.yaml', POD('alpha'));
    live.console.submit('kubectl apply -f a.yaml');
    play(live, 20_000);
    // A wait ends on a frame, not on an event: the replay must end it at that same moment.
    live.console.submit('kubectl delete pod alpha');
    play(live, 45_000, 23);
    expect(live.console.state().kind).toBe('idle');
    const second = live.terminals.getState().open();
    second.console.submit('kubectl get pods -w');
    live.files.getState().write('a.yaml', POD('beta'));
    live.console.submit('kubectl apply -f a.yaml');
    live.clockDriver.getState().step();
    live.clockDriver.getState().skip(10_000);
    play(live, 3_000);
    second.console.interrupt();
    live.console.submit('sleep 5');
    play(live, 6_000, 31);
    live.console.submit('kubectl run gamma --image=nginx');
    play(live, 30_000);
    const record = live.recorder.snapshot();

    expect(picture(replayed(record))).toBe(picture(live));
    // The same through a link: compressed, read back, replayed.
    const opened = openSessionLink(sessionLinkHash(record));
    expect(opened?.kind).toBe('record');
    if (opened?.kind === 'record') expect(picture(replayed(opened.record))).toBe(picture(live));
  });

  it('a lesson change and a deep link are part of the record', () => {
    const live = newSession(3);
    live.lessons!.controller.open('deleting-pods', 1);
    play(live, 20_000);
    live.console.submit('kubectl delete pod kuard --wait=false');
    play(live, 5_000);
    live.lessons!.controller.openStep(3);
    play(live, 10_000);
    live.lessons!.controller.open('persistent-data');
    play(live, 10_000);
    const copy = replayed(live.recorder.snapshot());
    expect(picture(copy)).toBe(picture(live));
    expect(copy.lessons!.controller.view.getState().lesson?.id).toBe('persistent-data');
  });

  it('coming back to the Sandbox brings back its Pods, and a replay does the same', () => {
    const live = newSession(5);
    live.lessons!.controller.open('sandbox');
    live.console.submit('kubectl run mine --image=nginx');
    play(live, 15_000);
    live.lessons!.controller.open('deleting-pods');
    play(live, 5_000);
    live.lessons!.controller.open('sandbox');
    const pods = () => {
      const listed = live.cluster.list('Pod', 'default');
      return listed.ok ? listed.value.map((p) => p.metadata?.name) : [];
    };
    expect(pods()).toEqual(['mine']);
    play(live, 5_000);
    expect(picture(replayed(live.recorder.snapshot()))).toBe(picture(live));
  });

  it('coming back to the Sandbox brings its Pods back with the uids they had, visit after visit', () => {
    const live = newSession(21);
    const uid = (name: string) => {
      const found = live.cluster.get('Pod', 'default', name);
      return found.ok ? found.value.metadata?.uid : undefined;
    };
    live.lessons!.controller.open('sandbox');
    live.console.submit('kubectl run first --image=nginx');
    play(live, 10_000);
    const firstUid = uid('first');
    live.lessons!.controller.open('deleting-pods');
    play(live, 20_000);
    const lessonUid = uid('kuard');
    live.lessons!.controller.open('sandbox');
    expect(uid('first')).toBe(firstUid);
    live.console.submit('kubectl run second --image=nginx');
    play(live, 10_000);
    const secondUid = uid('second');
    live.lessons!.controller.open('deleting-pods');
    play(live, 5_000);
    // A Pod made after the Sandbox's visits is new: its uid is not one handed out before.
    expect([firstUid, secondUid]).not.toContain(uid('kuard'));
    expect(uid('kuard')).not.toBe(lessonUid);
    live.lessons!.controller.open('sandbox');
    expect([uid('first'), uid('second')]).toEqual([firstUid, secondUid]);
    expect(new Set([firstUid, secondUid, lessonUid]).size).toBe(3);
    expect(picture(replayed(live.recorder.snapshot()))).toBe(picture(live));
  });

  it('a command still running when the page closed ends; the replay does not wait for it', () => {
    const live = newSession(8);
    live.lessons!.controller.open('sandbox');
    live.console.submit('sleep 100000');
    live.terminals.getState().open().console.submit('kubectl get pods -w');
    play(live, 2_000);
    const copy = replayed(live.recorder.snapshot());
    expect(copy.cluster.clock.now()).toBe(live.cluster.clock.now());
    expect(copy.console.state().kind).toBe('idle');
    // The copy goes on recording from there, and replays again to the same cluster.
    copy.console.submit('kubectl run after --image=nginx');
    play(copy, 10_000);
    expect(picture(replayed(copy.recorder.snapshot()))).toBe(picture(copy));
  });

  it('saves the record a moment after an input, in a form that reads back', async () => {
    const storage = memoryStorage();
    const live = newSession(2, START, storage);
    live.lessons!.controller.open('sandbox');
    live.console.submit('kubectl get pods');
    await new Promise((resolve) => setTimeout(resolve, 600));
    const saved = readRecord(JSON.parse(storage.getItem(SESSION_RECORD_KEY) ?? 'null'));
    expect(saved?.events.some((e) => e.k === 'line' && e.line === 'kubectl get pods')).toBe(true);
    live.dispose();
  });
});

describe('session links', () => {
  it('a damaged link, or one of another format, is refused with the reason', () => {
    const live = newSession(1);
    live.console.submit('kubectl get pods');
    const hash = sessionLinkHash(live.recorder.snapshot());
    const damaged = hash.slice(0, -6) + (hash.endsWith('AAAAAA') ? 'BBBBBB' : 'AAAAAA');
    for (const bad of [damaged, hash.slice(0, 40), '#/session/1/', '#/session/1/<img src=x onerror=alert(1)>'])
      expect(openSessionLink(bad)).toEqual({ kind: 'refused', reason: expect.stringContaining('damaged') });
    expect(openSessionLink(hash.replace('#/session/1/', '#/session/2/'))).toEqual({
      kind: 'refused',
      reason: expect.stringContaining('newer Pod Lab'),
    });
    expect(openSessionLink('#/lesson/why-pods/step/1')).toBeUndefined();
  });
});
