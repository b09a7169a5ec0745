// nginx and redis as their official images behave: start-up logs, serving, shutdown on SIGTERM.
import { describe, expect, it } from 'vitest';
import type { HttpResponse, NetError } from '../program';
import { emptyVolume, FakeContainer } from './testing/fake-host';

function ok(response: HttpResponse | NetError): HttpResponse {
  if ('error' in response) throw new Error(`expected a response, got ${response.error}`);
  return response;
}

describe('nginx', () => {
  it("runs the image's entrypoint script, then logs nginx's start-up notices", () => {
    const c = new FakeContainer('nginx').start();
    expect(c.logs('stdout')).toBe(
      [
        '/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration',
        '/docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/',
        '/docker-entrypoint.sh: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh',
        '10-listen-on-ipv6-by-default.sh: info: Getting the checksum of /etc/nginx/conf.d/default.conf',
        '10-listen-on-ipv6-by-default.sh: info: Enabled listen on IPv6 in /etc/nginx/conf.d/default.conf',
        '/docker-entrypoint.sh: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh',
        '/docker-entrypoint.sh: Launching /docker-entrypoint.d/30-tune-worker-processes.sh',
        '/docker-entrypoint.sh: Configuration complete; ready for start up',
        '',
      ].join('\n'),
    );
    expect(c.logs('stderr')).toContain('2026/11/22 10:00:00 [notice] 1#1: nginx/1.27.3\n');
    expect(c.logs('stderr')).toMatch(/\[notice\] 1#1: start worker process \d+\n$/);
  });

  it('serves the welcome page and 404s with access log lines in combined format', () => {
    const c = new FakeContainer('nginx').start();
    const page = ok(c.get(80, '/', 'probe'));
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Welcome to nginx!</title>');
    expect(c.logs('stdout')).toContain(
      `10.244.1.1 - - [22/Nov/2026:10:00:00 +0000] "GET / HTTP/1.1" 200 615 "-" "kube-probe/1.32" "-"\n`,
    );
    const missing = ok(c.get(80, '/nope'));
    expect(missing.status).toBe(404);
    expect(missing.body).toContain('<center>nginx/1.27.3</center>');
    expect(c.logs('stderr')).toContain('open() "/usr/share/nginx/html/nope" failed (2: No such file or directory)');
  });

  it('serves a file another container wrote into a shared volume', () => {
    const shared = emptyVolume();
    // Assigned once below, after the writer's callback that reads it.
    // eslint-disable-next-line prefer-const
    let web: FakeContainer | undefined;
    const writer = new FakeContainer('busybox', {
      command: ['sh', '-c', 'echo "<h1>from the sidecar</h1>" > /pod-data/index.html; sleep 3600'],
      volumes: [{ path: '/pod-data', dir: shared }],
      neighbours: () => (web ? [web.program] : []),
    }).start();
    web = new FakeContainer('nginx', { volumes: [{ path: '/usr/share/nginx/html', dir: shared }] }).start();
    expect(ok(web.get(80, '/')).body).toBe('<h1>from the sidecar</h1>\n');
    // The sidecar reaches nginx over the Pod's shared localhost.
    expect(writer.sh('wget -qO- http://localhost/').stdout).toBe('<h1>from the sidecar</h1>\n');
    expect(writer.sh('wget -qO- http://localhost:81/').stderr).toBe(
      "wget: can't connect to remote host (127.0.0.1): Connection refused\n",
    );
  });

  it('shuts down fast on SIGTERM with exit 0 and its shutdown notices', () => {
    const c = new FakeContainer('nginx').start();
    c.program.signal('SIGTERM');
    expect(c.exitCode).toBe(0);
    expect(c.logs('stderr')).toContain('[notice] 1#1: signal 15 (SIGTERM) received, exiting\n');
    expect(c.logs('stderr')).toMatch(/\[notice\] 1#1: exit\n$/);
  });

  it('is a Debian image: sh is dash, bash exists, ps and wget do not', () => {
    const c = new FakeContainer('nginx').start();
    expect(c.sh('nope').stderr).toBe('sh: 1: nope: not found\n');
    const bash = c.exec(['bash'], { tty: true, stdin: true });
    expect(bash.stdout).toBe('root@test-pod:/# ');
    bash.handle.write('exit\n');
    expect(bash.stdout).toBe('root@test-pod:/# exit\n');
    expect(bash.code).toBe(0);
    expect(c.exec(['ps']).stderr).toContain('exec: "ps": executable file not found in $PATH');
    expect(c.exec(['cat', '/etc/os-release']).stdout).toContain('PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"');
  });
});

describe('redis', () => {
  it('logs redis start-up lines and answers redis-cli ping', () => {
    const c = new FakeContainer('redis').start();
    expect(c.logs()).toContain('1:C 22 Nov 2026 10:00:00.000 * oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo\n');
    expect(c.logs()).toContain('1:M 22 Nov 2026 10:00:00.000 * Ready to accept connections tcp\n');
    expect(c.exec(['redis-cli', 'ping']).stdout).toBe('PONG\n');
    expect(c.exec(['redis-cli', 'set', 'k', 'v']).stdout).toBe('OK\n');
    expect(c.exec(['redis-cli', 'get', 'k'], { tty: true }).stdout).toBe('"v"\n');
    expect(c.program.tcpConnect(6379)).toBe(true);
    expect(c.program.tcpConnect(6380)).toBe(false);
  });

  it('redis-cli without a command opens its prompt on a terminal', () => {
    const c = new FakeContainer('redis').start();
    const cli = c.exec(['redis-cli'], { tty: true, stdin: true });
    expect(cli.stdout).toBe('127.0.0.1:6379> ');
    cli.handle.write('set greeting hello\n');
    cli.handle.write('get greeting\n');
    cli.handle.write('nosuch\n');
    expect(cli.stdout).toBe(
      '127.0.0.1:6379> OK\n127.0.0.1:6379> "hello"\n127.0.0.1:6379> (error) ERR unknown command \'nosuch\', with args beginning with: \n127.0.0.1:6379> ',
    );
    cli.handle.write('quit\n');
    expect(cli.code).toBe(0);
  });

  it('saves its data to /data on SIGTERM, so a volume keeps it for the next container', () => {
    const data = emptyVolume();
    const first = new FakeContainer('redis', { volumes: [{ path: '/data', dir: data }] }).start();
    first.exec(['redis-cli', 'set', 'visits', '41']);
    first.program.signal('SIGTERM');
    expect(first.exitCode).toBe(0);
    expect(first.logs()).toContain('Redis is now ready to exit, bye bye...\n');
    const second = new FakeContainer('redis', { volumes: [{ path: '/data', dir: data }] }).start();
    expect(second.exec(['redis-cli', 'incr', 'visits']).stdout).toBe('42\n');
  });
});

describe('PID 1 and SIGTERM', () => {
  it('busybox sleep as PID 1 ignores SIGTERM; only SIGKILL ends it', () => {
    const c = new FakeContainer('busybox', { command: ['sleep', '3600'] }).start();
    c.program.signal('SIGTERM');
    c.advance(30_000);
    expect(c.running).toBe(true);
    c.kill();
    expect(c.exitCode).toBe(137);
  });

  it('a shell script as PID 1 ignores SIGTERM too', () => {
    const c = new FakeContainer('busybox', { command: ['sh', '-c', 'while true; do sleep 1; done'] }).start();
    c.program.signal('SIGTERM');
    c.advance(10_000);
    expect(c.running).toBe(true);
  });

  it('a trap on TERM lets a shell script exit gracefully after its current command', () => {
    const c = new FakeContainer('busybox', {
      command: ['sh', '-c', "trap 'echo graceful; exit 0' TERM; while true; do sleep 1; done"],
    }).start();
    c.advance(2_500);
    c.program.signal('SIGTERM');
    expect(c.running).toBe(true);
    c.advance(500);
    expect(c.exitCode).toBe(0);
    expect(c.logs()).toBe('graceful\n');
  });

  it('a trapped signal interrupts wait at once (sleep infinity & wait)', () => {
    const c = new FakeContainer('alpine', {
      command: ['sh', '-c', "trap 'exit 0' TERM INT; sleep infinity & wait"],
    }).start();
    c.advance(60_000);
    c.program.signal('SIGTERM');
    c.advance(100);
    expect(c.exitCode).toBe(0);
  });

  it('runs an EXIT trap when the script ends', () => {
    const c = new FakeContainer('busybox', {
      command: ['sh', '-c', "trap 'echo cleanup' EXIT; echo work; exit 3"],
    }).start();
    expect(c.logs()).toBe('work\ncleanup\n');
    expect(c.exitCode).toBe(3);
  });

  it('a container whose command finishes exits with its status (0 Completed, 1 Error)', () => {
    const done = new FakeContainer('busybox', { command: ['sh', '-c', 'echo hello; exit 0'] }).start();
    expect(done.exitCode).toBe(0);
    expect(done.logs()).toBe('hello\n');
    const failing = new FakeContainer('alpine', { command: ['sh', '-c', 'echo oops >&2; exit 1'] }).start();
    expect(failing.exitCode).toBe(1);
    expect(failing.logs('stderr')).toBe('oops\n');
  });

  it('a command that is not in the image fails to start with the runtime message (StartError, 128)', () => {
    const c = new FakeContainer('busybox', { command: ['slep', '10'] }).start();
    expect(c.exitCode).toBe(128);
    expect(c.program.startFailure).toBe(
      'failed to create containerd task: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: exec: "slep": executable file not found in $PATH: unknown',
    );
  });

  it('has the kubelet-provided files: hosts, resolv.conf and the service account mount', () => {
    const c = new FakeContainer('busybox', { command: ['sleep', '60'], hostname: 'kuard' }).start();
    expect(c.exec(['cat', '/etc/hosts']).stdout).toBe(
      '# Kubernetes-managed hosts file.\n127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\nfe00::0\tip6-localnet\nfe00::0\tip6-mcastprefix\nfe00::1\tip6-allnodes\nfe00::2\tip6-allrouters\n10.244.1.7\tkuard\n',
    );
    expect(c.exec(['cat', '/etc/resolv.conf']).stdout).toBe(
      'search default.svc.cluster.local svc.cluster.local cluster.local\nnameserver 10.96.0.10\noptions ndots:5\n',
    );
    expect(c.exec(['ls', '/var/run/secrets/kubernetes.io/serviceaccount']).stdout).toBe('ca.crt\nnamespace\ntoken\n');
    expect(c.exec(['cat', '/var/run/secrets/kubernetes.io/serviceaccount/namespace']).stdout).toBe('default');
    expect(c.exec(['cat', '/var/run/secrets/kubernetes.io/serviceaccount/token']).stdout).toMatch(
      /^eyJ[\w-]+\.eyJ[\w-]+\.[\w-]+$/,
    );
  });

  it('shows the memory limit in the cgroup files', () => {
    const limited = new FakeContainer('busybox', { command: ['sleep', '60'], memoryLimitBytes: 268435456 }).start();
    expect(limited.exec(['cat', '/sys/fs/cgroup/memory.max']).stdout).toBe('268435456\n');
    const unlimited = new FakeContainer('busybox', { command: ['sleep', '60'] }).start();
    expect(unlimited.exec(['cat', '/sys/fs/cgroup/memory.max']).stdout).toBe('max\n');
  });

  it('kubectl cp style: sh -c "cat > file" with the file on stdin, then end of input', () => {
    const c = new FakeContainer('busybox', { command: ['sleep', '60'] }).start();
    const copy = c.exec(['sh', '-c', "cat > '/tmp/index.html'"], { stdin: true });
    copy.handle.write('<h1>hi</h1>\nsecond line');
    copy.handle.signal('EOF');
    expect(copy.code).toBe(0);
    expect(c.fs.readFile('/tmp/index.html')).toBe('<h1>hi</h1>\nsecond line');
  });

  it('a restart gets a fresh image file system', () => {
    const first = new FakeContainer('busybox', { command: ['sleep', '3600'] }).start();
    first.sh('touch /tmp/marker');
    const second = new FakeContainer('busybox', { command: ['sleep', '3600'] }).start();
    expect(second.sh('ls /tmp').stdout).toBe('');
  });
});

describe('Debian-based images use GNU coreutils wording', () => {
  it('cat, ls, rm, mkdir and sleep word their errors as coreutils does', () => {
    const c = new FakeContainer('nginx').start();
    expect(c.exec(['cat', '/nope']).stderr).toBe('cat: /nope: No such file or directory\n');
    const ls = c.exec(['ls', '/nope']);
    expect(ls.stderr).toBe("ls: cannot access '/nope': No such file or directory\n");
    expect(ls.code).toBe(2);
    expect(c.exec(['rm', '/nope']).stderr).toBe("rm: cannot remove '/nope': No such file or directory\n");
    expect(c.exec(['mkdir', '/tmp']).stderr).toBe("mkdir: cannot create directory '/tmp': File exists\n");
    expect(c.exec(['sleep', 'x']).stderr).toBe(
      "sleep: invalid time interval 'x'\nTry 'sleep --help' for more information.\n",
    );
    expect(c.exec(['ls', '-l', '/usr/share/nginx/html']).stdout).toBe(
      'total 8\n-rw-r--r-- 1 root root 497 Nov 26  2024 50x.html\n-rw-r--r-- 1 root root 615 Nov 26  2024 index.html\n',
    );
  });
});

describe("the resource examples' load generators", () => {
  const MiB = 1024 * 1024;

  it('polinux/stress --vm-bytes 150M stays under a 200Mi limit and reports its memory', () => {
    const c = new FakeContainer('polinux/stress', {
      command: ['stress'],
      args: ['--vm', '1', '--vm-bytes', '150M', '--vm-hang', '1'],
      memoryLimitBytes: 200 * MiB,
    }).start();
    expect(c.logs()).toBe('stress: info: [1] dispatching hogs: 0 cpu, 0 io, 1 vm, 0 hdd\n');
    expect(c.running).toBe(true);
    expect(c.lastUsage.memoryBytes).toBeGreaterThan(150 * MiB);
    expect(c.lastUsage.memoryBytes).toBeLessThan(200 * MiB);
  });

  it('polinux/stress --vm-bytes 250M under a 100Mi limit is OOM-killed', () => {
    const c = new FakeContainer('polinux/stress', {
      command: ['stress'],
      args: ['--vm', '1', '--vm-bytes', '250M', '--vm-hang', '1'],
      memoryLimitBytes: 100 * MiB,
    }).start();
    expect(c.oomKilled).toBe(true);
    expect(c.exitCode).toBe(137);
  });

  it('vish/stress -cpus 2 asks for two cores', () => {
    const c = new FakeContainer('vish/stress', { args: ['-cpus', '2'] }).start();
    expect(c.program.usage().cpuMillicores).toBe(2000);
    expect(c.logs()).toContain('main.go:39] Spawning a thread to consume CPU\n');
  });
});
