// Every kind of check, false and then true, against the real simulated cluster (with the simulator's
// fake images, so the test does not depend on the image catalogue) and the real console engine.
import { describe, expect, it } from 'vitest';
import { createConsole } from '../kubectl/console';
import type { Workspace } from '../kubectl/console-types';
import { createCluster } from '../sim/index';
import { createFakeCatalog } from '../sim/testing/fake-images';
import { parseCheck } from './check-parse';
import { evaluate, eventBaseline, type CheckContext } from './check-eval';

function setup() {
  const cluster = createCluster({ startTime: Date.UTC(2026, 10, 22, 10), seed: 1, images: createFakeCatalog() });
  const files = new Map<string, string>();
  const workspace: Workspace = {
    list: () => [...files.keys()],
    read: (n) => files.get(n),
    write: (n, c) => void files.set(n, c),
  };
  const console = createConsole({ cluster, workspace, clockDriver: 'console', hooks: { output: () => {} } });
  let firstRecord = 0;
  let baseline = eventBaseline(cluster);
  let quizAnswered = false;
  const ctx = (): CheckContext => ({
    cluster,
    workspace,
    records: console.records(),
    firstRecord,
    eventBaseline: baseline,
    quizAnswered,
  });
  const holds = (yaml: string) => evaluate(parseCheck(yaml, 'test.md', 1), ctx());
  const stepBegins = () => {
    firstRecord = console.records().length;
    baseline = eventBaseline(cluster);
  };
  const pod = (name: string, container: Record<string, unknown>, spec: Record<string, unknown> = {}) => {
    const created = cluster.create({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name },
      spec: { containers: [{ name: 'main', ...container }], ...spec },
    });
    expect(created.ok).toBe(true);
  };
  return { cluster, workspace, console, holds, stepBegins, pod, answer: () => void (quizAnswered = true) };
}

describe('pod checks', () => {
  it('exists, phase, status, ready, node, qosClass, image, containers', () => {
    const t = setup();
    expect(t.holds('pod: web\nexists: false')).toBe(true);
    expect(t.holds('pod: web')).toBe(false);
    t.pod('web', {
      image: 'fake/web',
      resources: { requests: { cpu: '100m', memory: '64Mi' }, limits: { cpu: '100m', memory: '64Mi' } },
    });
    expect(t.holds('pod: web\nexists: false')).toBe(false);
    expect(t.holds('pod: web\nphase: Running')).toBe(false);
    expect(t.holds('pod: web\nstatus: Pending')).toBe(true);
    t.cluster.clock.advanceBy(10_000);
    expect(
      t.holds(
        'pod: web\nphase: Running\nstatus: Running\nready: true\nnode: any\nqosClass: Guaranteed\nimage: fake/web\ncontainers: 1',
      ),
    ).toBe(true);
    expect(t.holds('pod: web\nready: false')).toBe(false);
    expect(t.holds('pod: web\nqosClass: BestEffort')).toBe(false);
    expect(t.holds('pod: web\ncontainers: 2')).toBe(false);
    expect(t.holds('pod: web\nrequests: {cpu: 100m}\nlimits: {memory: 64Mi}')).toBe(true);
    expect(t.holds('pod: web\nrequests: {cpu: 500m}')).toBe(false);
    expect(t.holds('pod: web\nrequests: {cpu: 0.1, memory: 67108864}')).toBe(true); // by value, not spelling
  });

  it('probes, volumes, restarts, lastTerminated and the Killing event of a failed liveness probe', () => {
    const t = setup();
    t.pod(
      'live',
      {
        image: 'fake/web',
        args: ['--fail-healthy-at=20'],
        livenessProbe: {
          httpGet: { path: '/healthy', port: 8080 },
          initialDelaySeconds: 5,
          periodSeconds: 10,
          failureThreshold: 3,
        },
        volumeMounts: [{ name: 'scratch', mountPath: '/scratch' }],
      },
      { volumes: [{ name: 'scratch', emptyDir: {} }] },
    );
    t.stepBegins();
    expect(t.holds('pod: live\nlivenessProbe: httpGet\nvolumes: [{name: scratch, type: emptyDir}]')).toBe(true);
    expect(t.holds('pod: live\nlivenessProbe: exec')).toBe(false);
    expect(t.holds('pod: live\nreadinessProbe: any')).toBe(false);
    expect(t.holds('pod: live\nvolumes: [{name: scratch, type: hostPath}]')).toBe(false);
    const restarted =
      'all:\n  - pod: live\n    restarts: 1\n    lastTerminated: Error\n  - event: Killing\n    object: live\n    messageContains: failed liveness probe';
    t.cluster.clock.advanceBy(30_000);
    expect(t.holds(restarted)).toBe(false);
    t.cluster.clock.advanceBy(60_000);
    expect(t.holds('pod: live\nrestarts: 1')).toBe(true);
    expect(t.holds('event: Killing\nobject: live\nmessageContains: failed liveness probe')).toBe(true);
    // An event already there when the step began does not count again until it repeats.
    t.stepBegins();
    expect(t.holds('event: Killing\nobject: live')).toBe(false);
  });

  it('OOMKilled, unschedulable and terminating Pods', () => {
    const t = setup();
    t.pod('hog', { image: 'fake/web', args: ['--memory=200000000'], resources: { limits: { memory: '64Mi' } } });
    t.pod('greedy', { image: 'fake/web', resources: { requests: { cpu: '64' } } });
    t.pod('slow', { image: 'fake/web', args: ['--ignore-sigterm'] });
    expect(t.holds('pod: hog\nlastTerminated: OOMKilled')).toBe(false);
    t.cluster.clock.advanceBy(15_000);
    expect(t.holds('pod: hog\nlastTerminated: OOMKilled')).toBe(true);
    expect(t.holds('pod: greedy\nscheduled: false\nphase: Pending')).toBe(true);
    expect(t.holds('pod: hog\nscheduled: false')).toBe(false);
    expect(t.holds('event: FailedScheduling\nobject: greedy\nmessageContains: Insufficient cpu')).toBe(true);
    expect(t.holds('pod: slow\nterminating: true')).toBe(false);
    t.cluster.delete('Pod', 'default', 'slow');
    expect(t.holds('pod: slow\nterminating: true\nstatus: Terminating')).toBe(true);
    t.cluster.clock.advanceBy(31_000); // the 30 s grace period, then SIGKILL
    expect(t.holds('pod: slow\nexists: false')).toBe(true);
    // A Pod no node took is removed at once, as the API server does for unbound Pods.
    t.cluster.delete('Pod', 'default', 'greedy');
    expect(t.holds('pod: greedy\nexists: false')).toBe(true);
  });
});

describe('what the learner did', () => {
  it('ran: command words, args, flags (long, short, bundled), exit code, output, after a restart', () => {
    const t = setup();
    t.pod('web', { image: 'fake/web' });
    t.cluster.clock.advanceBy(10_000);
    const logsPrevious = 'ran: kubectl logs\nargs: [web]\nflags: [--previous|-p]\nexitCode: any';
    expect(t.holds('ran: kubectl get')).toBe(false);
    t.console.submit('kubectl get pods');
    expect(t.holds('ran: kubectl get\noutputContains: web')).toBe(true);
    expect(t.holds('ran: kubectl get\noutputContains: nothing-like-this')).toBe(false);
    expect(t.holds('ran: kubectl describe')).toBe(false);
    t.console.submit('kubectl get pods -o wide');
    expect(t.holds('ran: kubectl get\nflags: [-o|--output]\noutputContains: NODE')).toBe(true);
    t.console.submit('kubectl list pods');
    expect(t.holds('ran: kubectl list\nexitCode: 1')).toBe(true);
    expect(t.holds('ran: kubectl list')).toBe(false); // exit code 0 is the default
    t.console.submit('kubectl -n default describe pod web');
    expect(t.holds('ran: kubectl describe\nargs: [web]')).toBe(true);
    t.console.submit('kubectl logs -p web');
    expect(t.holds(logsPrevious)).toBe(true);
    expect(t.holds(`${logsPrevious}\nafterRestartOf: web`)).toBe(false); // nothing restarted yet
    t.stepBegins();
    expect(t.holds('ran: kubectl get')).toBe(false); // commands of earlier steps do not count
  });

  it('ran with after and without: the order of commands within the step', () => {
    const t = setup();
    t.pod('web', { image: 'fake/web' });
    t.cluster.clock.advanceBy(10_000);
    const readAfterDelete = 'ran: kubectl get\nargs: [pods]\nafter: {ran: kubectl describe, args: [web]}';
    const chained = 'ran: kubectl get\nargs: [pods]\nafter:\n  ran: kubectl describe\n  after: {ran: kubectl label}';
    const clean = `${readAfterDelete}\nwithout:\n  - {ran: kubectl logs}\n  - {ran: kubectl list, exitCode: any}`;
    t.console.submit('kubectl get pods');
    expect(t.holds(readAfterDelete)).toBe(false); // the get came first
    t.console.submit('kubectl describe pod web');
    expect(t.holds(readAfterDelete)).toBe(false);
    expect(t.holds('ran: kubectl describe\nafter: {ran: kubectl get}')).toBe(true);
    t.console.submit('kubectl logs web');
    t.console.submit('kubectl get pods');
    expect(t.holds(readAfterDelete)).toBe(true);
    expect(t.holds(clean)).toBe(false); // logs ran in between
    expect(t.holds(chained)).toBe(false); // no label before the describe
    t.console.submit('kubectl describe pod web');
    expect(t.holds(clean)).toBe(false); // the get has not run again since
    t.console.submit('kubectl list pods'); // exit code 1, matched by exitCode: any
    t.console.submit('kubectl get pods');
    expect(t.holds(clean)).toBe(false);
    t.console.submit('kubectl describe pod web');
    t.console.submit('kubectl logs nope'); // fails: only exit code 0 counts for {ran: kubectl logs}
    t.console.submit('kubectl get pods');
    expect(t.holds(clean)).toBe(true); // the latest describe starts the gap
    expect(t.holds('ran: kubectl get\nwithout: {ran: kubectl logs}')).toBe(true); // without after: since the step began (the first get)
    expect(t.holds('ran: kubectl describe\nwithout: {ran: kubectl get}')).toBe(false); // every describe came after a get
    t.console.submit('kubectl label pod web tier=web');
    t.console.submit('kubectl describe pod web');
    t.console.submit('kubectl get pods');
    expect(t.holds(chained)).toBe(true);
    t.stepBegins();
    t.console.submit('kubectl get pods');
    expect(t.holds(readAfterDelete)).toBe(false); // the describe was in an earlier step
    expect(t.holds('ran: kubectl get\nwithout: {ran: kubectl logs}')).toBe(true);
  });

  it('file, quiz, and the all / any / not combinators', () => {
    const t = setup();
    expect(t.holds('file: kuard-pod.yaml')).toBe(false);
    expect(t.holds('file: kuard-pod.yaml\nexists: false')).toBe(true);
    t.workspace.write('kuard-pod.yaml', 'kind: Pod\n');
    expect(t.holds('file: kuard-pod.yaml\ncontains: "kind: Pod"')).toBe(true);
    expect(t.holds('file: kuard-pod.yaml\ncontains: [livenessProbe]')).toBe(false);
    expect(t.holds('quiz: answered')).toBe(false);
    t.answer();
    expect(t.holds('quiz: answered')).toBe(true);
    expect(t.holds('- quiz: answered\n- file: nope.yaml')).toBe(false);
    expect(t.holds('any:\n  - file: nope.yaml\n  - quiz: answered')).toBe(true);
    expect(t.holds('not:\n  file: nope.yaml')).toBe(true);
  });

  it('pvc and pv: exists and phase', () => {
    const t = setup();
    expect(t.holds('pvc: data')).toBe(false);
    expect(t.holds('pv: disk\nexists: false')).toBe(true);
    t.cluster.create({
      apiVersion: 'v1',
      kind: 'PersistentVolume',
      metadata: { name: 'disk' },
      spec: {
        capacity: { storage: '1Gi' },
        accessModes: ['ReadWriteOnce'],
        nfs: { server: '10.0.0.50', path: '/exports' },
      },
    });
    t.cluster.create({
      apiVersion: 'v1',
      kind: 'PersistentVolumeClaim',
      metadata: { name: 'data' },
      spec: { accessModes: ['ReadWriteOnce'], storageClassName: '', resources: { requests: { storage: '1Gi' } } },
    });
    t.cluster.clock.advanceBy(2_000);
    expect(t.holds('pvc: data\nphase: Bound')).toBe(true);
    expect(t.holds('pv: disk\nphase: Bound')).toBe(true);
    expect(t.holds('pvc: data\nphase: Pending')).toBe(false);
  });
});
