// The programs behind kubernetes.io's probe examples ("Configure Liveness, Readiness and Startup
// Probes"), checked against the timings the page describes, on a fake kubelet.
import { describe, expect, it } from 'vitest';
import type { HttpResponse, NetError } from '../program';
import { FakeContainer } from './testing/fake-host';

function status(response: HttpResponse | NetError): number | string {
  return 'error' in response ? response.error : response.status;
}

describe('exec-liveness (registry.k8s.io/busybox)', () => {
  const args = ['/bin/sh', '-c', 'touch /tmp/healthy; sleep 30; rm -f /tmp/healthy; sleep 600'];

  it('cat /tmp/healthy succeeds for the first 30 seconds, then fails with busybox cat message', () => {
    const c = new FakeContainer('registry.k8s.io/busybox:1.27.2', { args }).start();
    expect(c.exec(['cat', '/tmp/healthy']).code).toBe(0);
    c.advance(29_999);
    expect(c.exec(['cat', '/tmp/healthy']).code).toBe(0);
    c.advance(1);
    const probe = c.exec(['cat', '/tmp/healthy']);
    expect(probe.code).toBe(1);
    expect(probe.stderr).toBe("cat: can't open '/tmp/healthy': No such file or directory\n");
  });

  it('then sleeps 600 s as PID 1, ignoring SIGTERM: the kill waits the grace period', () => {
    const c = new FakeContainer('registry.k8s.io/busybox:1.27.2', { args }).start();
    c.advance(40_000);
    expect(c.sh('ps').stdout).toContain(
      '    1 root      0:00 /bin/sh -c touch /tmp/healthy; sleep 30; rm -f /tmp/healthy; sleep 600\n',
    );
    c.program.signal('SIGTERM');
    c.advance(30_000);
    expect(c.running).toBe(true);
    c.advance(600_000);
    expect(c.exitCode).toBe(0);
  });
});

describe('http-liveness (agnhost liveness)', () => {
  it('/healthz answers 200 for the first 10 seconds and 500 afterwards', () => {
    const c = new FakeContainer('registry.k8s.io/e2e-test-images/agnhost:2.40', { args: ['liveness'] }).start();
    expect(status(c.get(8080, '/healthz', 'probe'))).toBe(200);
    c.advance(10_000);
    expect(status(c.get(8080, '/healthz', 'probe'))).toBe(200);
    c.advance(1_000);
    const failing = c.get(8080, '/healthz', 'probe') as HttpResponse;
    expect(failing.status).toBe(500);
    expect(failing.body).toBe('error: 11');
  });
});

describe('tcp-liveness-readiness (goproxy)', () => {
  it('accepts TCP connections on 8080 from the start', () => {
    const c = new FakeContainer('registry.k8s.io/goproxy:0.1').start();
    expect(c.program.tcpConnect(8080)).toBe(true);
    expect(c.program.tcpConnect(8081)).toBe(false);
    expect(c.exec(['sh']).code).toBe(126);
  });
});
