// kuard as the book uses it: start-up log, /healthy and /ready with their fail-next-N API,
// the memory page (allocations count against the limit), /env/api, /fs/, and SIGTERM.
import { describe, expect, it } from 'vitest';
import type { HttpResponse, NetError } from '../program';
import { emptyVolume, FakeContainer } from './testing/fake-host';
import { kuardRequests, parseDirectoryListing, parseKuardPageContext, type KuardProbeStatus } from './kuard-api';

const KUARD = 'gcr.io/kuar-demo/kuard-amd64:blue';

function ok(response: HttpResponse | NetError): HttpResponse {
  if ('error' in response) throw new Error(`expected a response, got ${response.error}`);
  return response;
}

describe('kuard', () => {
  it("logs kuard's start-up banner to stderr with Go's timestamps", () => {
    const c = new FakeContainer(KUARD).start();
    const lines = c.logs('stderr').split('\n');
    expect(lines[0]).toBe('2026/11/22 10:00:00 Starting kuard version: v0.10.0-blue');
    expect(lines[1]).toBe(`2026/11/22 10:00:00 ${'*'.repeat(70)}`);
    expect(lines[2]).toBe('2026/11/22 10:00:00 * WARNING: This server may expose sensitive');
    expect(lines[5]).toBe('2026/11/22 10:00:00 Config: ');
    expect(lines[6]).toBe('{');
    expect(c.logs()).toContain('  "address": ":8080",\n');
    expect(c.logs()).toContain(
      '2026/11/22 10:00:00 Could not find certificates to serve TLS\n2026/11/22 10:00:00 Serving on HTTP on :8080\n',
    );
  });

  it('answers /healthy and /ready with ok and logs each request with its source', () => {
    const c = new FakeContainer(KUARD).start();
    const res = ok(c.get(8080, '/healthy', 'probe'));
    expect(res.status).toBe(200);
    expect(res.body).toBe('ok');
    expect(ok(c.get(8080, '/ready')).body).toBe('ok');
    expect(c.logs()).toMatch(/2026\/11\/22 10:00:00 10\.244\.1\.1:\d+ GET \/healthy\n/);
    expect(c.logs()).toMatch(/127\.0\.0\.1:\d+ GET \/ready\n/);
    expect(c.get(9999, '/')).toEqual({ error: 'connection-refused' });
  });

  it('fails /healthy for the next N calls after PUT /healthy/api, then recovers', () => {
    const c = new FakeContainer(KUARD).start();
    const put = ok(c.request(8080, { method: 'PUT', path: '/healthy/api', body: '{"failNext":2}' }));
    expect(JSON.parse(put.body)).toMatchObject({ probePath: '', failNext: 2 });
    expect(ok(c.get(8080, '/healthy'))).toMatchObject({ status: 500, body: 'fail, 1 left' });
    expect(ok(c.get(8080, '/healthy'))).toMatchObject({ status: 500, body: 'fail, 0 left' });
    expect(ok(c.get(8080, '/healthy'))).toMatchObject({ status: 200, body: 'ok' });
    // readiness is independent of liveness
    expect(ok(c.get(8080, '/ready')).status).toBe(200);
    const status = JSON.parse(ok(c.get(8080, '/healthy/api')).body);
    expect(status.history.map((h: { code: number }) => h.code)).toEqual([200, 500, 500]);
    expect(status.history[0]).toMatchObject({ id: 3, when: 'Nov 22 10:00:00', relWhen: 'now' });
  });

  it('fails permanently with a negative failNext and keeps only the last 20 calls', () => {
    const c = new FakeContainer(KUARD).start();
    c.request(8080, { method: 'PUT', path: '/ready/api', body: '{"failNext":-1}' });
    for (let i = 0; i < 25; i++)
      expect(ok(c.get(8080, '/ready'))).toMatchObject({ status: 500, body: 'fail, permanent' });
    const status = JSON.parse(ok(c.get(8080, '/ready/api')).body);
    expect(status.history).toHaveLength(20);
    expect(status.history[0].id).toBe(25);
    expect(ok(c.request(8080, { method: 'PUT', path: '/ready/api', body: 'nope' })).status).toBe(400);
  });

  it('serves the same routes under /a, /b and /c, and 404s elsewhere', () => {
    const c = new FakeContainer(KUARD).start();
    expect(ok(c.get(8080, '/a/healthy')).body).toBe('ok');
    expect(ok(c.get(8080, '/nope'))).toMatchObject({ status: 404, body: '404 page not found\n' });
    expect(ok(c.request(8080, { method: 'POST', path: '/healthy' })).status).toBe(405);
  });

  it('raises memory use on /mem/api/alloc until the limit OOM-kills it; clear frees it', () => {
    const MiB = 1024 * 1024;
    const c = new FakeContainer(KUARD, { memoryLimitBytes: 256 * MiB }).start();
    expect(c.lastUsage.memoryBytes).toBeGreaterThan(2 * MiB);
    expect(c.lastUsage.memoryBytes).toBeLessThan(16 * MiB);
    ok(c.request(8080, { method: 'POST', path: '/mem/api/alloc?size=104857600' }));
    expect(c.lastUsage.memoryBytes).toBeGreaterThan(100 * MiB);
    ok(c.request(8080, { method: 'POST', path: '/mem/api/clear' }));
    expect(c.lastUsage.memoryBytes).toBeLessThan(16 * MiB);
    expect(ok(c.request(8080, { method: 'POST', path: '/mem/api/alloc' }))).toMatchObject({
      status: 400,
      body: 'size not specified\n',
    });
    c.request(8080, { method: 'POST', path: '/mem/api/alloc?size=524288000' });
    expect(c.oomKilled).toBe(true);
    expect(c.exitCode).toBe(137);
    expect(c.get(8080, '/healthy')).toEqual({ error: 'connection-refused' });
  });

  it('shows its command line and environment on /env/api', () => {
    const c = new FakeContainer(KUARD, { env: { MY_VAR: 'x' } }).start();
    const env = JSON.parse(ok(c.get(8080, '/env/api')).body);
    expect(env.commandLine).toEqual(['/kuard']);
    expect(env.env.MY_VAR).toBe('x');
    expect(env.env.HOSTNAME).toBe('test-pod');
  });

  it('browses the container file system under /fs/, volumes included', () => {
    const c = new FakeContainer(KUARD).start();
    const root = ok(c.get(8080, '/fs/'));
    expect(root.body).toContain('<a href="kuard">kuard</a>\n');
    expect(root.body).toContain('<a href="etc/">etc/</a>\n');
    expect(ok(c.get(8080, '/fs/etc'))).toMatchObject({ status: 301, headers: { Location: 'etc/' } });
    expect(ok(c.get(8080, '/fs/etc/hostname')).body).toBe('test-pod\n');
    expect(ok(c.get(8080, '/fs/missing')).status).toBe(404);
  });

  it('embeds its page context (hostname, version, colour) in the page', () => {
    const c = new FakeContainer(KUARD).start();
    const page = ok(c.get(8080, '/'));
    const context = parseKuardPageContext(page.body)!;
    expect(context).toMatchObject({ hostname: 'test-pod', version: 'v0.10.0-blue', addrs: ['10.244.1.7'] });
    expect(context.versionColor).toMatch(/^hsl\(\d+,100%,50%\)$/);
  });

  it("serves the app's typed requests: the page's fail buttons, the memory page, the file browser", () => {
    const c = new FakeContainer(KUARD).start();
    ok(c.request(8080, kuardRequests.setProbe('ready', 1)));
    expect(ok(c.get(8080, '/ready')).status).toBe(500);
    const status = JSON.parse(ok(c.request(8080, kuardRequests.probeStatus('ready'))).body) as KuardProbeStatus;
    expect(status.failNext).toBe(0);
    expect(status.history[0]?.code).toBe(500);
    ok(c.request(8080, kuardRequests.allocate(10 * 1024 * 1024)));
    expect(JSON.parse(ok(c.request(8080, kuardRequests.memory())).body).memStats.HeapAlloc).toBeGreaterThan(
      10 * 1024 * 1024,
    );
    expect(parseDirectoryListing(ok(c.request(8080, kuardRequests.files('/'))).body)).toContain('etc/');
  });

  it('exits at once on SIGTERM with Go runtime code 2 as PID 1', () => {
    const c = new FakeContainer(KUARD).start();
    c.program.signal('SIGTERM');
    expect(c.exitCode).toBe(2);
  });

  it('runs as nobody, and its ash shows the ~ $ prompt of nobody, whose home is /', () => {
    const c = new FakeContainer(KUARD).start();
    expect(c.exec(['id']).stdout).toBe('uid=65534(nobody) gid=65534(nobody)\n');
    const shell = c.exec(['ash'], { tty: true, stdin: true });
    expect(shell.stdout).toBe('~ $ ');
    shell.handle.write('ps\n');
    expect(shell.stdout).toContain('    1 nobody    0:00 /kuard\n');
    shell.handle.write('exit 5\n');
    expect(shell.code).toBe(5);
  });

  it("as nobody it may write to /tmp and its volumes, not to the image's own directories", () => {
    const c = new FakeContainer(KUARD, { volumes: [{ path: '/data', dir: emptyVolume() }] }).start();
    expect(c.exec(['touch', '/x']).stderr).toBe('touch: /x: Permission denied\n');
    expect(c.sh('echo hi > /etc/motd').stderr).toBe("sh: can't create /etc/motd: Permission denied\n");
    expect(c.exec(['rm', '/kuard']).stderr).toBe("rm: can't remove '/kuard': Permission denied\n");
    expect(c.sh('touch /tmp/ok && echo saved > /data/f && cat /data/f').stdout).toBe('saved\n');
  });

  it('accepts the liveness/readiness fail-next flags given with the command', () => {
    // kuard's image has no ENTRYPOINT, so args alone replace /kuard and the start fails (StartError 128).
    const argsOnly = new FakeContainer(KUARD, { args: ['--liveness-fail-next=1'] }).start();
    expect(argsOnly.exitCode).toBe(128);
    const c = new FakeContainer(KUARD, { command: ['/kuard', '--liveness-fail-next=1'] }).start();
    expect(ok(c.get(8080, '/healthy')).status).toBe(500);
    expect(ok(c.get(8080, '/healthy')).status).toBe(200);
  });
});
