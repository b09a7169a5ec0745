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
    cluster.create(pod('kuard', [{ name: 'kuard', image: KUARD, ports: [{ containerPort: 8080, name: 'http', protocol: 'TCP' }], readinessProbe: { httpGet: { path: '/ready', port: 8080 } } }]));
    cluster.clock.advanceBy(15_000);
    const status = get(cluster, 'kuard')!.status!;
    expect(status.phase).toBe('Running');
    expect(status.containerStatuses![0]).toMatchObject({ image: KUARD, imageID: expect.stringMatching(/^gcr\.io\/kuar-demo\/kuard-amd64@sha256:[0-9a-f]{64}$/), ready: true });
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
    cluster.create(pod('pair', [
      { name: 'writer', image: 'busybox', command: ['sh', '-c', 'echo hello > /shared/greeting; sleep 3600'], volumeMounts: [{ name: 'shared', mountPath: '/shared' }] },
      { name: 'reader', image: 'busybox', command: ['sleep', '3600'], volumeMounts: [{ name: 'shared', mountPath: '/data' }] },
    ], { volumes: [{ name: 'shared', emptyDir: {} }] }));
    cluster.clock.advanceBy(20_000);
    let out = '';
    let code = -1;
    const r = cluster.exec('default', 'pair', ['cat', '/data/greeting'], { stdout: (s) => (out += s), stderr: (s) => (out += s), exit: (c) => (code = c) }, { container: 'reader', tty: false, stdin: false });
    expect(r.ok).toBe(true);
    cluster.clock.advanceBy(1_000);
    expect({ code, out }).toEqual({ code: 0, out: 'hello\n' });
  });

  it('a mistyped image fails to pull with containerd\'s words', () => {
    const cluster = createCluster({ seed: 5 });
    cluster.create(pod('typo', [{ name: 'typo', image: 'nginx:doesnotexist' }]));
    cluster.clock.advanceBy(1_500);
    const waiting = get(cluster, 'typo')!.status!.containerStatuses![0]!.state!.waiting!;
    expect(waiting.reason).toBe('ErrImagePull');
    expect(waiting.message).toContain('failed to pull and unpack image "docker.io/library/nginx:doesnotexist"');
  });
});
