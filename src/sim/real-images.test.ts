// The cluster with the project's real image catalogue: what a learner sees with kuard and busybox.
import { describe, expect, it } from 'vitest';
import type { Pod } from 'kubernetes-types/core/v1';
import { createCluster } from './index';

const KUARD = 'gcr.io/kuar-demo/kuard-amd64:blue';

function pod(name: string, containers: object[], extra: object = {}) {
  return { apiVersion: 'v1', kind: 'Pod', metadata: { name }, spec: { containers, ...extra } };
}

function get(cluster: ReturnType<typeof createCluster>, name: string): Pod | undefined {
  const r = cluster.get('Pod', 'default', name);
  return r.ok ? (r.value as Pod) : undefined;
}

describe('with the real images', () => {
  it('kuard starts, reports its image as the kubelet does, and logs its probes', () => {
    const cluster = createCluster({ seed: 5 });
    cluster.create(
      pod('kuard', [
        {
          name: 'kuard',
          image: KUARD,
          ports: [{ containerPort: 8080, name: 'http', protocol: 'TCP' }],
          readinessProbe: { httpGet: { path: '/ready', port: 8080 } },
        },
      ]),
    );
    cluster.clock.advanceBy(15_000);
    const status = get(cluster, 'kuard')!.status!;
    expect(status.phase).toBe('Running');
    expect(status.containerStatuses![0]).toMatchObject({
      image: KUARD,
      imageID: expect.stringMatching(/^gcr\.io\/kuar-demo\/kuard-amd64@sha256:[0-9a-f]{64}$/),
      ready: true,
    });
    const logs = cluster.readLogs('default', 'kuard', {});
    const text = logs.ok ? logs.value.lines.map((l) => l.text) : [];
    expect(text[0]).toMatch(/Starting kuard version/);
    expect(text.some((l) => l.endsWith('GET /ready'))).toBe(true);
  });

  it('deleting kuard is quick, a busybox sleeper takes the whole grace period (sh ignores SIGTERM)', () => {
    const cluster = createCluster({ seed: 5 });
    cluster.create(pod('kuard', [{ name: 'kuard', image: KUARD }]));
    cluster.create(pod('sleeper', [{ name: 'sleeper', image: 'busybox', command: ['sh', '-c', 'sleep 3600'] }]));
    cluster.clock.advanceBy(20_000);
    expect(get(cluster, 'sleeper')?.status?.phase).toBe('Running');
    cluster.delete('Pod', 'default', 'kuard');
    cluster.delete('Pod', 'default', 'sleeper');
    cluster.clock.advanceBy(3_000);
    expect(get(cluster, 'kuard')).toBeUndefined();
    expect(get(cluster, 'sleeper')).toBeDefined();
    cluster.clock.advanceBy(27_000);
    expect(get(cluster, 'sleeper')).toBeUndefined();
  });

  it('two busybox containers share an emptyDir', () => {
    const cluster = createCluster({ seed: 5 });
    cluster.create(
      pod(
        'pair',
        [
          {
            name: 'writer',
            image: 'busybox',
            command: ['sh', '-c', 'echo hello > /shared/greeting; sleep 3600'],
            volumeMounts: [{ name: 'shared', mountPath: '/shared' }],
          },
          {
            name: 'reader',
            image: 'busybox',
            command: ['sleep', '3600'],
            volumeMounts: [{ name: 'shared', mountPath: '/data' }],
          },
        ],
        { volumes: [{ name: 'shared', emptyDir: {} }] },
      ),
    );
    cluster.clock.advanceBy(20_000);
    let out = '';
    let code = -1;
    const r = cluster.exec(
      'default',
      'pair',
      ['cat', '/data/greeting'],
      { stdout: (s) => (out += s), stderr: (s) => (out += s), exit: (c) => (code = c) },
      { container: 'reader', tty: false, stdin: false },
    );
    expect(r.ok).toBe(true);
    cluster.clock.advanceBy(1_000);
    expect({ code, out }).toEqual({ code: 0, out: 'hello\n' });
  });

  it("a mistyped image fails to pull with containerd's words", () => {
    const cluster = createCluster({ seed: 5 });
    cluster.create(pod('typo', [{ name: 'typo', image: 'nginx:doesnotexist' }]));
    cluster.clock.advanceBy(1_500);
    const waiting = get(cluster, 'typo')!.status!.containerStatuses![0]!.state!.waiting!;
    expect(waiting.reason).toBe('ErrImagePull');
    expect(waiting.message).toContain('failed to pull and unpack image "docker.io/library/nginx:doesnotexist"');
  });

  describe('a command missing from the image (busybox "slep")', () => {
    const runtime =
      'failed to create containerd task: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: exec: "slep": executable file not found in $PATH: unknown';
    const typo = (restartPolicy = 'Always') =>
      pod('typo', [{ name: 'typo', image: 'busybox', command: ['slep', '3600'] }], { restartPolicy });
    // Pulled at 1.317 s, the start fails at once; the restart one sync later re-checks the image
    // (busybox is :latest, so Always) and fails again at 2.667 s; back-off 10 s from there.
    const moments = [
      { at: 1.316, waiting: 'ContainerCreating', restarts: 0 },
      { at: 1.317, waiting: 'RunContainerError', restarts: 0 },
      { at: 2.667, waiting: 'RunContainerError', restarts: 1 },
      { at: 3.667, waiting: 'CrashLoopBackOff', restarts: 1 },
      { at: 13.017, waiting: 'RunContainerError', restarts: 2 },
    ];
    for (const m of moments) {
      it(`at ${m.at}s: waiting ${m.waiting}, restart count ${m.restarts}`, () => {
        const cluster = createCluster({ seed: 5 });
        cluster.create(typo());
        cluster.clock.advanceBy(m.at * 1000);
        const c = get(cluster, 'typo')!.status!.containerStatuses![0]!;
        expect(c.state?.waiting?.reason).toBe(m.waiting);
        expect(c.restartCount).toBe(m.restarts);
        if (m.waiting === 'RunContainerError') expect(c.state?.waiting?.message).toBe(runtime);
        if (m.waiting !== 'ContainerCreating') {
          // containerd never sets startedAt for a container that did not start: the Unix epoch.
          expect(c.lastState?.terminated).toMatchObject({
            exitCode: 128,
            reason: 'StartError',
            message: runtime,
            startedAt: '1970-01-01T00:00:00Z',
          });
          expect(c.ready).toBe(false);
        }
      });
    }

    it('records Created then Failed with the runtime error, never Started', () => {
      const cluster = createCluster({ seed: 5 });
      cluster.create(typo());
      cluster.clock.advanceBy(5_000);
      const events = cluster.list('Event', 'default', { fieldSelector: 'involvedObject.name=typo' });
      const reasons = events.ok
        ? (events.value as { reason?: string; message?: string }[]).map((e) => `${e.reason}: ${e.message}`)
        : [];
      expect(reasons).toContain('Created: Created container typo');
      expect(reasons).toContain(`Failed: Error: ${runtime}`);
      expect(reasons.some((r) => r.startsWith('Started'))).toBe(false);
    });

    it('with restartPolicy Never the container stays terminated with StartError and the Pod fails', () => {
      const cluster = createCluster({ seed: 5 });
      cluster.create(typo('Never'));
      cluster.clock.advanceBy(10_000);
      const status = get(cluster, 'typo')!.status!;
      expect(status.phase).toBe('Failed');
      expect(status.containerStatuses![0]).toMatchObject({
        restartCount: 0,
        state: { terminated: { exitCode: 128, reason: 'StartError', startedAt: '1970-01-01T00:00:00Z' } },
      });
    });
  });
});
