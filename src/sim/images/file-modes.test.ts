// File modes and owners inside a container, as a real node lays them out: the image's /tmp is
// sticky 1777, an emptyDir is 0777, a directory the kubelet or containerd makes for a hostPath is
// root's 0755. kuard runs as nobody, so what it may write follows from those bits. The expected
// text is busybox 1.35's (ls, stat, sh) run against the same modes.
import { describe, expect, it } from 'vitest';
import { newDir } from '../fs';
import { emptyVolume, FakeContainer } from './testing/fake-host';

const KUARD = 'gcr.io/kuar-demo/kuard-amd64:blue';
const START = Date.UTC(2026, 10, 22, 10, 0, 0);

function kuardWithVolumes() {
  return new FakeContainer(KUARD, {
    volumes: [
      { path: '/cache', dir: emptyVolume() },
      { path: '/data', dir: newDir(START, 0o755) },
    ],
  }).start();
}

describe('file modes a learner can see', () => {
  it('ls -ld shows the sticky /tmp, the 0777 emptyDir and the root 0755 hostPath directory', () => {
    const c = kuardWithVolumes();
    const lines = c.exec(['ls', '-ld', '/tmp', '/cache', '/data']).stdout.split('\n');
    expect(lines[0]).toMatch(/^drwxrwxrwx +2 root +root +4096 .* \/cache$/);
    expect(lines[1]).toMatch(/^drwxr-xr-x +2 root +root +4096 .* \/data$/);
    expect(lines[2]).toMatch(/^drwxrwxrwt +2 root +root +4096 .* \/tmp$/);
  });

  it('stat prints the octal and symbolic mode with the owner, as busybox does', () => {
    const c = kuardWithVolumes();
    const out = c.exec(['stat', '/tmp']).stdout.split('\n');
    expect(out[0]).toBe('  File: /tmp');
    expect(out[1]).toBe('  Size: 4096      \tBlocks: 8          IO Block: 4096   directory');
    expect(out[3]).toBe('Access: (1777/drwxrwxrwt)  Uid: (    0/    root)   Gid: (    0/    root)');
    expect(c.exec(['stat', '-c', '%a %A %U %G %n', '/data', '/cache']).stdout).toBe(
      '755 drwxr-xr-x root root /data\n777 drwxrwxrwx root root /cache\n',
    );
    expect(c.exec(['stat', '/nope']).stderr).toBe("stat: can't stat '/nope': No such file or directory\n");
  });

  it("nobody cannot write into root's 0755 hostPath directory, but may into the emptyDir and /tmp", () => {
    const c = kuardWithVolumes();
    expect(c.sh('echo hi > /data/note.txt').stderr).toBe("sh: can't create /data/note.txt: Permission denied\n");
    expect(c.exec(['touch', '/data/x']).stderr).toBe('touch: /data/x: Permission denied\n');
    expect(c.exec(['mkdir', '/data/d']).stderr).toBe("mkdir: can't create directory '/data/d': Permission denied\n");
    expect(c.sh('echo hi > /cache/note.txt && echo hi > /tmp/note.txt && cat /cache/note.txt').stdout).toBe('hi\n');
  });

  it("a file nobody creates is nobody's, and ls -l names the owner from the image's /etc/passwd", () => {
    const c = kuardWithVolumes();
    c.sh('echo hi > /tmp/mine');
    expect(c.exec(['ls', '-l', '/tmp/mine']).stdout).toMatch(/^-rw-r--r-- +1 nobody +nobody +3 .* \/tmp\/mine\n$/);
    expect(c.exec(['stat', '-c', '%u:%g %U:%G', '/tmp/mine']).stdout).toBe('65534:65534 nobody:nobody\n');
  });

  it("the sticky bit: in /tmp nobody may remove its own files but not root's (Operation not permitted)", () => {
    const c = new FakeContainer(KUARD).start();
    // The runtime writes as root before the container's process runs as nobody.
    const creator = c.fs.creator;
    c.fs.creator = undefined;
    c.fs.writeFile('/tmp/roots', 'x');
    c.fs.creator = creator;
    c.sh('echo hi > /tmp/mine');
    expect(c.exec(['rm', '/tmp/roots']).stderr).toBe("rm: can't remove '/tmp/roots': Operation not permitted\n");
    expect(c.exec(['mv', '/tmp/roots', '/tmp/r2']).stderr).toBe(
      "mv: can't rename '/tmp/roots': Operation not permitted\n",
    );
    expect(c.exec(['rm', '/tmp/mine']).code).toBe(0);
    expect(c.exec(['ls', '/tmp']).stdout).toBe('roots\n');
  });

  it("chmod of another's file is refused; root's shell may write anywhere", () => {
    const kuard = kuardWithVolumes();
    expect(kuard.exec(['chmod', '777', '/data']).stderr).toBe('chmod: /data: Operation not permitted\n');
    const busybox = new FakeContainer('busybox', {
      command: ['sleep', '3600'],
      volumes: [{ path: '/data', dir: newDir(START, 0o755) }],
    }).start();
    expect(busybox.sh('echo hi > /data/f && stat -c "%U %a" /data/f').stdout).toBe('root 644\n');
  });
});
