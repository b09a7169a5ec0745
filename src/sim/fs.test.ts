import { describe, expect, it } from 'vitest';
import { ContainerFs, FsFailure, cloneTree, newDir, resolvePath, treeFromFiles } from './fs';

describe('container file systems', () => {
  it('shares a mounted volume between two containers and keeps their image layers apart', () => {
    const image = treeFromFiles({ '/etc/hostname': 'web\n', '/tmp/': '' });
    const volume = newDir();
    const a = new ContainerFs(cloneTree(image), () => 5);
    const b = new ContainerFs(cloneTree(image), () => 6);
    a.mount('/usr/share/nginx/html', volume);
    b.mount('/data', volume);
    a.writeFile('/usr/share/nginx/html/index.html', '<h1>hi</h1>');
    expect(b.readFile('/data/index.html')).toBe('<h1>hi</h1>');
    a.writeFile('/tmp/only-a', 'x');
    expect(b.exists('/tmp/only-a')).toBe(false);
    expect(b.readDir('/data')).toEqual(['index.html']);
  });

  it('reports POSIX-style failures and refuses writes to read-only mounts', () => {
    const fs = new ContainerFs(newDir(), () => 0);
    fs.mount('/secrets', newDir(), true);
    expect(() => fs.readFile('/nope')).toThrowError(FsFailure);
    expect(() => fs.writeFile('/secrets/x', 'y')).toThrow(/EROFS/);
    fs.writeFile('/a/b/c.txt', 'hello', { createParents: true });
    expect(() => fs.remove('/a')).toThrow(/ENOTEMPTY/);
    fs.remove('/a', { recursive: true });
    expect(fs.exists('/a/b/c.txt')).toBe(false);
  });

  it('normalises relative paths against a working directory', () => {
    expect(resolvePath('/usr/share', '../lib/./x')).toBe('/usr/lib/x');
    expect(resolvePath('/', '../../etc')).toBe('/etc');
  });
});
