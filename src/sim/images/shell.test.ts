// The busybox shell as a user meets it through `kubectl exec … -- sh -c '…'`: grammar, exit
// codes, variables, redirects, pipes and busybox's error wording.
import { describe, expect, it } from 'vitest';
import { FakeContainer } from './testing/fake-host';

function busybox(): FakeContainer {
  return new FakeContainer('busybox', { command: ['sleep', '3600'] }).start();
}

describe('sh -c grammar', () => {
  it('runs ; && || with the exit codes a script sees', () => {
    const c = busybox();
    expect(c.sh('true && echo yes || echo no').stdout).toBe('yes\n');
    expect(c.sh('false && echo yes || echo no').stdout).toBe('no\n');
    expect(c.sh('false; echo $?').stdout).toBe('1\n');
    expect(c.sh('! false; echo $?').stdout).toBe('0\n');
    expect(c.sh('exit 3').code).toBe(3);
    expect(c.sh('exit 300').code).toBe(44);
  });

  it('keeps quotes, escapes and variables apart', () => {
    const c = busybox();
    expect(c.sh(`X='a  b'; echo $X; echo "$X"; echo '$X'; echo \\$X`).stdout).toBe('a b\na  b\n$X\n$X\n');
    expect(c.sh('echo ${UNSET:-fallback} ${#HOSTNAME}').stdout).toBe('fallback 8\n');
    expect(c.sh('f=app.conf; echo ${f%.conf} ${f#app}').stdout).toBe('app .conf\n');
    expect(c.sh('echo $(echo inner) `echo back`').stdout).toBe('inner back\n');
    expect(c.sh('echo $((2 + 3 * 4)) $(( (1+1) * 5 % 3 ))').stdout).toBe('14 1\n');
  });

  it('runs if, while, until, for, functions and break', () => {
    const c = busybox();
    expect(c.sh('if [ -d /tmp ]; then echo dir; elif true; then echo x; else echo no; fi').stdout).toBe('dir\n');
    expect(c.sh('i=0; while [ $i -lt 3 ]; do echo $i; i=$((i+1)); done').stdout).toBe('0\n1\n2\n');
    expect(c.sh('i=0; until [ $i -ge 2 ]; do i=$((i+1)); done; echo $i').stdout).toBe('2\n');
    expect(c.sh('for x in a b c; do [ $x = b ] && break; echo $x; done').stdout).toBe('a\n');
    expect(c.sh('greet() { echo "hi $1"; return 4; }; greet you; echo $?').stdout).toBe('hi you\n4\n');
    expect(c.sh('sh -c \'echo "$0 $1"\' name arg').stdout).toBe('name arg\n');
    expect(
      c.sh(
        'for f in app.conf x.txt other; do case $f in *.conf) echo conf;; *.txt|*.md) echo text;; *) echo "other $f";; esac; done',
      ).stdout,
    ).toBe('conf\ntext\nother other\n');
  });

  it('takes head -N and tail -N, the legacy count spelling busybox keeps (head.c, tail.c)', () => {
    const c = busybox();
    expect(c.sh('seq 1 20 | head -5').stdout).toBe('1\n2\n3\n4\n5\n');
    expect(c.sh('seq 1 20 | tail -3').stdout).toBe('18\n19\n20\n');
    expect(c.sh('env | head -2 | wc -l').stdout.trim()).toBe('2');
  });

  it('pipes and redirects to and from files', () => {
    const c = busybox();
    expect(c.sh('echo one > /tmp/f; echo two >> /tmp/f; cat /tmp/f | wc -l').stdout.trim()).toBe('2');
    expect(c.sh('grep tw < /tmp/f').stdout).toBe('two\n');
    expect(c.sh('cat /nope 2>&1 | head -n 1').stdout).toBe("cat: can't open '/nope': No such file or directory\n");
    expect(c.sh('cat /nope 2>/dev/null; echo $?').stdout).toBe('1\n');
    const r = c.sh('echo x > /no/such/dir/file');
    expect(r.stderr).toBe("sh: can't create /no/such/dir/file: nonexistent directory\n");
    expect(r.code).toBe(1);
    expect(c.sh('ls /tmp/*').stdout).toBe('/tmp/f\n');
  });

  it('reads here-documents, expanding them unless the delimiter is quoted', () => {
    const c = busybox();
    expect(c.sh('X=1; cat <<EOF\nhello $X\nEOF').stdout).toBe('hello 1\n');
    expect(c.sh("X=1; cat <<'EOF'\nhello $X\nEOF").stdout).toBe('hello $X\n');
    expect(c.sh('cat <<-EOF\n\tindented\n\tEOF').stdout).toBe('indented\n');
    expect(c.sh('cat > /tmp/doc <<EOF\nline one\nEOF\ncat /tmp/doc').stdout).toBe('line one\n');
  });

  it('reports unknown commands and syntax errors as busybox does', () => {
    const c = busybox();
    const missing = c.sh('foo');
    expect(missing.stderr).toBe('sh: foo: not found\n');
    expect(missing.code).toBe(127);
    const bad = c.sh('if true; then echo x');
    expect(bad.stderr).toBe('sh: syntax error: unexpected end of file (expecting "fi")\n');
    expect(bad.code).toBe(2);
    expect(c.sh('echo "open').stderr).toBe('sh: syntax error: unterminated quoted string\n');
    expect(c.sh('fi').stderr).toBe('sh: syntax error: unexpected "fi"\n');
    // ash evaluates as it parses, so the division fails before the missing operand is seen.
    expect(c.sh('echo $((1/0 + ))').stderr).toBe('sh: divide by zero\n');
    expect(c.sh('echo $((2 + ))').stderr).toBe('sh: arithmetic syntax error\n');
    expect(c.sh('echo $((i < 3 && 4 >= 4 || 0)) $((-(7 % 4) * 2 != -6)) $((!0 + !5))').stdout).toBe('1 0 1\n');
    // An expansion error ends a script (POSIX 2.8.1): "next" never runs.
    const divide = c.sh('echo $((1/0)); echo next');
    expect(divide.stderr).toBe('sh: divide by zero\n');
    expect(divide.stdout).toBe('');
    expect(divide.code).toBe(2);
    expect(c.sh('cd /nowhere').stderr).toBe("sh: cd: can't cd to /nowhere: No such file or directory\n");
  });

  it('stops a runaway loop from freezing: it yields simulated time instead', () => {
    const c = busybox();
    const r = c.sh('while true; do :; done');
    expect(r.code).toBeUndefined();
    // Meanwhile it shows one busy core, as kubectl top would.
    expect(c.program.usage().cpuMillicores).toBeGreaterThanOrEqual(1000);
    r.handle.signal('SIGKILL');
    expect(r.code).toBe(137);
  });
});

describe('applets', () => {
  it('touch, ls, rm and mkdir with busybox messages', () => {
    const c = busybox();
    expect(c.sh('mkdir -p /data/a/b && touch /data/a/b/f && ls /data/a/b').stdout).toBe('f\n');
    expect(c.sh('mkdir /data').stderr).toBe("mkdir: can't create directory '/data': File exists\n");
    expect(c.sh('mkdir /x/y').stderr).toBe("mkdir: can't create directory '/x/y': No such file or directory\n");
    expect(c.sh('rm /data').stderr).toBe("rm: '/data' is a directory\n");
    expect(c.sh('rm /nothing').stderr).toBe("rm: can't remove '/nothing': No such file or directory\n");
    expect(c.sh('rm -f /nothing; echo $?').stdout).toBe('0\n');
    expect(c.sh('rm -rf /data && ls /data').stderr).toBe('ls: /data: No such file or directory\n');
  });

  it('ls -l and -a show modes, sizes and dates like busybox', () => {
    const c = busybox();
    c.sh('echo hello > /tmp/hello.txt');
    expect(c.sh('ls -l /tmp').stdout).toBe(
      'total 4\n-rw-r--r--    1 root     root             6 Nov 22 10:00 hello.txt\n',
    );
    expect(c.sh('ls -a /tmp').stdout).toBe('.\n..\nhello.txt\n');
  });

  it('date prints busybox format in UTC and honours +FORMAT', () => {
    const c = busybox();
    c.advance(5000);
    expect(c.sh('date').stdout).toBe('Sun Nov 22 10:00:05 UTC 2026\n');
    expect(c.sh('date +%Y-%m-%dT%H:%M:%S').stdout).toBe('2026-11-22T10:00:05\n');
  });

  it('env, printenv, hostname, id, whoami, uname and pwd describe the container', () => {
    const c = new FakeContainer('busybox', {
      command: ['sleep', '3600'],
      env: { GREETING: 'hi' },
      hostname: 'box',
    }).start();
    expect(c.sh('env').stdout).toContain('GREETING=hi\n');
    expect(c.sh('printenv GREETING HOSTNAME').stdout).toBe('hi\nbox\n');
    expect(c.sh('printenv NOPE').code).toBe(1);
    expect(c.sh('hostname; whoami; pwd').stdout).toBe('box\nroot\n/\n');
    expect(c.sh('id').stdout).toMatch(/^uid=0\(root\) gid=0\(root\)/);
    expect(c.sh('uname -s -n').stdout).toBe('Linux box\n');
    expect(c.sh('hostname -i').stdout).toBe('10.244.1.7\n');
    expect(c.sh('ip addr').stdout).toContain('    inet 10.244.1.7/24 brd 10.244.1.255 scope global eth0\n');
  });

  it('ps lists PID 1 and the processes around it in busybox columns', () => {
    const c = busybox();
    const out = c.sh('ps').stdout;
    expect(out).toBe(
      'PID   USER     TIME  COMMAND\n    1 root      0:00 sleep 3600\n    7 root      0:00 sh -c ps\n    8 root      0:00 ps\n',
    );
  });

  it('sleep takes simulated time and rejects bad numbers', () => {
    const c = busybox();
    const r = c.sh('sleep 2; echo done');
    expect(r.stdout).toBe('');
    c.advance(1999);
    expect(r.code).toBeUndefined();
    c.advance(1);
    expect(r.stdout).toBe('done\n');
    expect(r.code).toBe(0);
    expect(c.sh('sleep abc').stderr).toBe("sleep: invalid number 'abc'\n");
  });

  it('kill ends a process; SIGTERM to PID 1 running sleep is ignored', () => {
    const c = busybox();
    const sleeper = c.sh('sleep 100');
    expect(c.sh('kill 7; echo $?').stdout).toBe('0\n');
    expect(sleeper.code).toBe(143);
    expect(c.sh('kill 1').code).toBe(0);
    expect(c.running).toBe(true);
    expect(c.sh('kill 99').stderr).toBe("sh: can't kill pid 99: No such process\n");
  });
});

describe('exec of programs that are not in the image', () => {
  it('reports the OCI runtime error and exit 126, as kubectl shows', () => {
    const c = busybox();
    const r = c.exec(['bash']);
    expect(r.stderr).toBe(
      'OCI runtime exec failed: exec failed: unable to start container process: exec: "bash": executable file not found in $PATH: unknown\n',
    );
    expect(r.code).toBe(126);
    expect(c.exec(['/bin/nope']).stderr).toContain(
      'exec: "/bin/nope": stat /bin/nope: no such file or directory: unknown',
    );
  });

  it('finds programs through the file system, so removing one removes the command', () => {
    const c = busybox();
    expect(c.sh('rm /bin/cat; cat /etc/passwd').stderr).toBe('sh: cat: not found\n');
  });
});
