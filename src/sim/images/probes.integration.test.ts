// The official probe examples (kubernetes.io "Configure Liveness, Readiness and Startup Probes")
// and the book's kuard health-check exercise, run through the real simulated cluster with the real
// image catalogue, checked against the timings the documentation describes.
import { describe, expect, it } from 'vitest';
import type { Pod } from 'kubernetes-types/core/v1';
import { simulate, type SimDriver } from '../testing/driver';
import { createImageCatalog } from './index';

function cluster(): SimDriver {
  return simulate({ images: createImageCatalog() });
}

function container(pod: Pod) {
  return pod.status?.containerStatuses?.[0];
}

/** Milliseconds from the driver's start until the first event with this reason, or undefined. */
function firstEventAt(sim: SimDriver, pod: string, reason: string): number | undefined {
  const event = sim.events(pod).find((e) => e.reason === reason);
  const at = event?.firstTimestamp ?? event?.eventTime;
  return at ? Date.parse(String(at)) - sim.start : undefined;
}

describe('exec-liveness.yaml', () => {
  const manifest = {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'liveness-exec', labels: { test: 'liveness' } },
    spec: {
      containers: [
        {
          name: 'liveness',
          image: 'registry.k8s.io/busybox:1.27.2',
          args: ['/bin/sh', '-c', 'touch /tmp/healthy; sleep 30; rm -f /tmp/healthy; sleep 600'],
          livenessProbe: { exec: { command: ['cat', '/tmp/healthy'] }, initialDelaySeconds: 5, periodSeconds: 5 },
        },
      ],
    },
  };

  it("passes for 30 s, fails after 35 s with cat's message, is killed, and restarts after the grace period", () => {
    const sim = cluster().apply(manifest);
    sim.advance('30s');
    expect(sim.reasons('liveness-exec').filter((r) => r.startsWith('Unhealthy'))).toEqual([]);
    sim.advance('25s');
    const reasons = sim.reasons('liveness-exec');
    expect(reasons).toContain(
      "Unhealthy: Liveness probe failed: cat: can't open '/tmp/healthy': No such file or directory",
    );
    expect(reasons).toContain('Killing: Container liveness failed liveness probe, will be restarted');
    const killedAt = firstEventAt(sim, 'liveness-exec', 'Killing')!;
    // sh as PID 1 ignores SIGTERM: nothing happens until the 30 s grace period ends in SIGKILL.
    sim.advanceTo(killedAt + 29_000);
    expect(container(sim.pod('liveness-exec'))?.restartCount).toBe(0);
    // Event times are whole seconds and the restart follows the kill by a sync: allow 3 s.
    sim.advanceTo(killedAt + 33_000);
    const status = container(sim.pod('liveness-exec'))!;
    expect(status.restartCount).toBe(1);
    expect(status.lastState?.terminated).toMatchObject({ exitCode: 137, reason: 'Error' });
  });
});

describe('http-liveness.yaml', () => {
  it('agnhost /healthz starts failing after 10 s and the container is restarted', () => {
    const sim = cluster().apply({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'liveness-http', labels: { test: 'liveness' } },
      spec: {
        containers: [
          {
            name: 'liveness',
            image: 'registry.k8s.io/e2e-test-images/agnhost:2.40',
            args: ['liveness'],
            livenessProbe: {
              httpGet: { path: '/healthz', port: 8080, httpHeaders: [{ name: 'Custom-Header', value: 'Awesome' }] },
              initialDelaySeconds: 3,
              periodSeconds: 3,
            },
          },
        ],
      },
    });
    sim.advance('12s');
    expect(sim.reasons('liveness-http').filter((r) => r.startsWith('Unhealthy'))).toEqual([]);
    sim.advance('20s');
    expect(sim.reasons('liveness-http')).toContain(
      'Unhealthy: Liveness probe failed: HTTP probe failed with statuscode: 500',
    );
    const status = container(sim.pod('liveness-http'))!;
    expect(status.restartCount).toBeGreaterThanOrEqual(1);
    // A Go server as PID 1 exits with 2 on SIGTERM, at once.
    expect(status.lastState?.terminated?.exitCode).toBe(2);
  });
});

describe('tcp-liveness-readiness.yaml', () => {
  it('goproxy becomes ready after the first readiness probe at 15 s and is never restarted', () => {
    const probe = { tcpSocket: { port: 8080 }, initialDelaySeconds: 15, periodSeconds: 10 };
    const sim = cluster().apply({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'goproxy', labels: { app: 'goproxy' } },
      spec: {
        containers: [
          {
            name: 'goproxy',
            image: 'registry.k8s.io/goproxy:0.1',
            ports: [{ containerPort: 8080 }],
            readinessProbe: probe,
            livenessProbe: probe,
          },
        ],
      },
    });
    sim.advance('10s');
    expect(container(sim.pod('goproxy'))?.ready).toBe(false);
    sim.advance('15s');
    expect(container(sim.pod('goproxy'))?.ready).toBe(true);
    sim.advance('2m');
    expect(container(sim.pod('goproxy'))?.restartCount).toBe(0);
    expect(sim.reasons('goproxy').filter((r) => r.startsWith('Unhealthy'))).toEqual([]);
  });
});

describe('grpc-liveness.yaml', () => {
  it('etcd answers the gRPC health check, so the container keeps running', () => {
    const sim = cluster().apply({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'etcd-with-grpc' },
      spec: {
        containers: [
          {
            name: 'etcd',
            image: 'registry.k8s.io/etcd:3.5.1-0',
            command: [
              '/usr/local/bin/etcd',
              '--data-dir',
              '/var/lib/etcd',
              '--listen-client-urls',
              'http://0.0.0.0:2379',
              '--advertise-client-urls',
              'http://127.0.0.1:2379',
              '--log-level',
              'debug',
            ],
            ports: [{ containerPort: 2379 }],
            livenessProbe: { grpc: { port: 2379 }, initialDelaySeconds: 10 },
          },
        ],
      },
    });
    sim.advance('2m');
    expect(container(sim.pod('etcd-with-grpc'))?.restartCount).toBe(0);
    expect(sim.reasons('etcd-with-grpc').filter((r) => r.startsWith('Unhealthy'))).toEqual([]);
    const logs = sim.cluster.readLogs('default', 'etcd-with-grpc', {});
    if (!logs.ok) throw new Error(logs.error.message);
    expect(JSON.parse(logs.value.lines[0]!.text)).toMatchObject({ level: 'info', msg: 'Running: ' });
  });
});

describe("the book's kuard health check, failed from kuard's page over port-forward", () => {
  it('fail-next 3 makes three liveness failures, a Killing and a restart; kuard logs each probe', () => {
    const sim = cluster().apply({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'kuard' },
      spec: {
        containers: [
          {
            name: 'kuard',
            image: 'gcr.io/kuar-demo/kuard-amd64:blue',
            ports: [{ containerPort: 8080, name: 'http', protocol: 'TCP' }],
            livenessProbe: {
              httpGet: { path: '/healthy', port: 8080 },
              initialDelaySeconds: 5,
              timeoutSeconds: 1,
              periodSeconds: 10,
              failureThreshold: 3,
            },
          },
        ],
      },
    });
    sim.advance('30s');
    expect(container(sim.pod('kuard'))?.ready).toBe(true);
    const put = sim.cluster.portForward('default', 'kuard', 8080, {
      method: 'PUT',
      path: '/healthy/api',
      body: '{"failNext":3}',
      from: 'port-forward',
    });
    expect(put.ok && !('error' in put.value) && put.value.status).toBe(200);
    sim.advance('35s');
    const reasons = sim.reasons('kuard');
    expect(
      reasons.filter((r) => r === 'Unhealthy: Liveness probe failed: HTTP probe failed with statuscode: 500'),
    ).toHaveLength(1);
    expect(sim.events('kuard').find((e) => e.reason === 'Unhealthy')?.count).toBe(3);
    expect(reasons).toContain('Killing: Container kuard failed liveness probe, will be restarted');
    const status = container(sim.pod('kuard'))!;
    expect(status.restartCount).toBe(1);
    expect(status.lastState?.terminated?.exitCode).toBe(2);
    const previous = sim.cluster.readLogs('default', 'kuard', { previous: true });
    if (!previous.ok) throw new Error(previous.error.message);
    const text = previous.value.lines.map((l) => l.text).join('\n');
    expect(text).toMatch(/Starting kuard version: v0\.10\.0-blue/);
    expect(text).toMatch(/10\.244\.\d+\.1:\d+ GET \/healthy/);
    expect(text).toMatch(/127\.0\.0\.1:\d+ PUT \/healthy\/api/);
  });

  it('allocating 500 MiB under a 256Mi limit gets kuard OOMKilled', () => {
    const sim = cluster().apply({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'kuard' },
      spec: {
        containers: [
          {
            name: 'kuard',
            image: 'gcr.io/kuar-demo/kuard-amd64:blue',
            resources: { requests: { cpu: '500m', memory: '128Mi' }, limits: { cpu: '1000m', memory: '256Mi' } },
          },
        ],
      },
    });
    sim.advance('20s');
    sim.cluster.portForward('default', 'kuard', 8080, {
      method: 'POST',
      path: '/mem/api/alloc?size=524288000',
      from: 'port-forward',
    });
    sim.advance('1s');
    const status = container(sim.pod('kuard'))!;
    expect(status.lastState?.terminated ?? status.state?.terminated).toMatchObject({
      exitCode: 137,
      reason: 'OOMKilled',
    });
  });
});

describe('two-container-pod.yaml (nginx and debian sharing an emptyDir)', () => {
  it('debian writes index.html and completes; nginx serves the file from the shared volume', () => {
    const sim = cluster().apply({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'two-containers' },
      spec: {
        restartPolicy: 'Never',
        volumes: [{ name: 'shared-data', emptyDir: {} }],
        containers: [
          {
            name: 'nginx-container',
            image: 'nginx',
            volumeMounts: [{ name: 'shared-data', mountPath: '/usr/share/nginx/html' }],
          },
          {
            name: 'debian-container',
            image: 'debian',
            volumeMounts: [{ name: 'shared-data', mountPath: '/pod-data' }],
            command: ['/bin/sh'],
            args: ['-c', 'echo Hello from the debian container > /pod-data/index.html'],
          },
        ],
      },
    });
    sim.advance('1m');
    const statuses = sim.pod('two-containers').status?.containerStatuses ?? [];
    const debian = statuses.find((s) => s.name === 'debian-container');
    expect(debian?.state?.terminated).toMatchObject({ exitCode: 0, reason: 'Completed' });
    expect(statuses.find((s) => s.name === 'nginx-container')?.state?.running).toBeDefined();
    const page = sim.cluster.portForward('default', 'two-containers', 80, {
      method: 'GET',
      path: '/',
      from: 'port-forward',
    });
    if (!page.ok || 'error' in page.value) throw new Error('nginx did not answer');
    expect(page.value.body).toBe('Hello from the debian container\n');
  });
});
