// `kubectl exec -it pod -- sh`: busybox's prompt, one line per write, continuation lines,
// Ctrl+C interrupting the foreground command, and exit / end of input.
import { describe, expect, it } from 'vitest';
import { FakeContainer } from './testing/fake-host';

function shell(image = 'busybox') {
  const c = new FakeContainer(image, { command: ['sleep', '3600'] }).start();
  return { c, sh: c.exec(['sh'], { tty: true, stdin: true }) };
}

describe('interactive sh', () => {
  it('prompts with "/ # " for root in /, and shows cd in the prompt', () => {
    const { sh } = shell();
    expect(sh.stdout).toBe('/ # ');
    sh.handle.write('cd /tmp\n');
    expect(sh.stdout).toBe('/ # /tmp # ');
    sh.handle.write('cd\n');
    expect(sh.stdout.endsWith('~ # ')).toBe(true);
  });

  it("lists in columns on an 80-column terminal, as busybox ls does (the busybox image's root)", () => {
    const { sh } = shell();
    sh.handle.write('ls /\n');
    expect(sh.stdout).toBe('/ # bin    etc    lib    proc   sys    usr\ndev    home   lib64  root   tmp    var\n/ # ');
  });

  it('runs one command per line and keeps variables between lines', () => {
    const { sh } = shell();
    sh.handle.write('X=42\n');
    sh.handle.write('echo $X\n');
    expect(sh.stdout).toBe('/ # / # 42\n/ # ');
  });

  it('continues an unfinished construct with "> "', () => {
    const { sh } = shell();
    sh.handle.write('for i in 1 2\n');
    expect(sh.stdout).toBe('/ # > ');
    sh.handle.write('do echo $i; done\n');
    expect(sh.stdout).toBe('/ # > 1\n2\n/ # ');
  });

  it('asks for a here-document line by line with "> "', () => {
    const { sh } = shell();
    sh.handle.write('cat <<EOF\n');
    sh.handle.write('hi there\n');
    expect(sh.stdout).toBe('/ # > > ');
    sh.handle.write('EOF\n');
    expect(sh.stdout).toBe('/ # > > hi there\n/ # ');
  });

  it('Ctrl+C interrupts a foreground sleep and returns to the prompt with status 130', () => {
    const { c, sh } = shell();
    sh.handle.write('sleep 100\n');
    c.advance(5_000);
    expect(sh.stdout).toBe('/ # ');
    sh.handle.signal('SIGINT');
    expect(sh.stdout).toBe('/ # \n/ # ');
    sh.handle.write('echo $?\n');
    expect(sh.stdout.endsWith('130\n/ # ')).toBe(true);
    expect(sh.code).toBeUndefined();
  });

  it('sees its own processes in ps while they run', () => {
    const { c, sh } = shell();
    sh.handle.write('sleep 50 &\n');
    sh.handle.write('ps\n');
    expect(sh.stdout).toContain('    1 root      0:00 sleep 3600\n');
    expect(sh.stdout).toContain(' root      0:00 sleep 50\n');
    c.advance(50_000);
    sh.handle.write('ps\n');
    expect(sh.stdout.split('PID')[2]).not.toContain('sleep 50');
  });

  it('ends with exit N, or with the last status at end of input', () => {
    const first = shell();
    first.sh.handle.write('exit 7\n');
    expect(first.sh.code).toBe(7);
    const second = shell();
    second.sh.handle.write('false\n');
    second.sh.handle.signal('EOF');
    expect(second.sh.code).toBe(1);
  });

  it('prints syntax errors and carries on', () => {
    const { sh } = shell();
    sh.handle.write('fi\n');
    expect(sh.stdout).toBe('/ # sh: syntax error: unexpected "fi"\n/ # ');
    expect(sh.code).toBeUndefined();
  });

  it('ends when the container stops (kubectl sees exit 137)', () => {
    const { c, sh } = shell();
    c.kill();
    expect(sh.code).toBe(137);
  });

  it('without a terminal, reads commands from stdin without prompts', () => {
    const c = new FakeContainer('alpine', { command: ['sleep', '3600'] }).start();
    const sh = c.exec(['sh'], { tty: false, stdin: true });
    sh.handle.write('echo hi\n');
    sh.handle.signal('EOF');
    expect(sh.stdout).toBe('hi\n');
    expect(sh.code).toBe(0);
  });
});

describe('PID 1 with stdin and tty (kubectl run -it)', () => {
  it('a busybox container running plain sh without stdin exits 0 at once (Completed)', () => {
    const c = new FakeContainer('busybox').start();
    expect(c.exitCode).toBe(0);
  });

  it('with stdin and tty, sh waits at its prompt; attach types into it and exit ends the container', () => {
    const c = new FakeContainer('busybox', { stdin: true, tty: true }).start();
    expect(c.running).toBe(true);
    expect(c.logs()).toBe('/ # ');
    let output = '';
    let code: number | undefined;
    const session = c.program.attach!({
      stdout: (t) => (output += t),
      stderr: (t) => (output += t),
      exit: (n) => (code = n),
    });
    session.write('\n');
    session.write('hostname\n');
    expect(output).toBe('/ # test-pod\n/ # ');
    session.write('exit 3\n');
    expect(code).toBe(3);
    expect(c.exitCode).toBe(3);
  });
});
