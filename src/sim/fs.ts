// In-memory file systems. A container sees one tree: its image's files (copied fresh at each
// container start) with volumes mounted over paths. A volume is a directory object shared by
// reference, so a write through one mount is read through every other mount of it.

/** Who owns a node; a node without one is root's (uid 0, gid 0), as image layers and the kubelet make them. */
export interface Owner {
  uid: number;
  gid: number;
}

export interface FileNode {
  kind: 'file';
  content: string;
  /** Permission bits with the sticky bit (0o1000), as chmod takes them. */
  mode: number;
  modifiedAt: number;
  owner?: Owner;
}

export interface DirNode {
  kind: 'dir';
  entries: Map<string, FileNode | DirNode>;
  mode: number;
  modifiedAt: number;
  owner?: Owner;
}

export type FsNode = FileNode | DirNode;

export type FsError = 'ENOENT' | 'ENOTDIR' | 'EISDIR' | 'EEXIST' | 'ENOTEMPTY' | 'EROFS' | 'EBUSY';

export class FsFailure extends Error {
  constructor(
    readonly code: FsError,
    readonly path: string,
  ) {
    super(`${code}: ${path}`);
  }
}

export function newDir(modifiedAt = 0, mode = 0o755, owner?: Owner): DirNode {
  return { kind: 'dir', entries: new Map(), mode, modifiedAt, ...ownerField(owner) };
}

/** Root's nodes carry no owner; anyone else's keep just the two ids. */
function ownerField(owner: Owner | undefined): { owner?: Owner } {
  return owner && (owner.uid !== 0 || owner.gid !== 0) ? { owner: { uid: owner.uid, gid: owner.gid } } : {};
}

export const STICKY = 0o1000;

/**
 * The Unix permission check for a non-root user: the owner's bits if the user owns the node, else
 * the group's if it is the node's group, else everyone else's. `want` is 4 (read), 2 (write) or 1
 * (search/execute), or a sum. Root passes every check and is not asked here.
 */
export function permits(node: FsNode, user: Owner, want: number): boolean {
  const owner = node.owner ?? { uid: 0, gid: 0 };
  const shift = owner.uid === user.uid ? 6 : owner.gid === user.gid ? 3 : 0;
  return ((node.mode >> shift) & want) === want;
}

/** Deep copy, so each container start gets a pristine image layer. */
export function cloneTree<T extends FsNode>(node: T): T {
  if (node.kind === 'file') return { ...node };
  const copy = newDir(node.modifiedAt, node.mode, node.owner);
  for (const [name, child] of node.entries) copy.entries.set(name, cloneTree(child));
  return copy as T;
}

/** Builds a tree from `{"/etc/hostname": "kuard\n", "/tmp/": ""}` (a trailing slash makes a directory). */
export function treeFromFiles(files: Record<string, string>, modifiedAt = 0): DirNode {
  const fs = new ContainerFs(newDir(modifiedAt), () => modifiedAt);
  for (const [path, content] of Object.entries(files)) {
    if (path.endsWith('/')) fs.mkdirp(path);
    else fs.writeFile(path, content, { createParents: true });
  }
  return fs.root;
}

export function splitPath(path: string): string[] {
  return path.split('/').filter((part) => part !== '' && part !== '.');
}

/** Resolves `..` and `.` against a working directory, returning an absolute normalised path. */
export function resolvePath(cwd: string, path: string): string {
  const parts = path.startsWith('/') ? [] : splitPath(cwd);
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return '/' + parts.join('/');
}

export interface Mount {
  path: string;
  dir: DirNode;
  readOnly: boolean;
}

/** One container's view: a root tree plus mounts (longest matching mount path wins). */
export class ContainerFs {
  private mounts: Mount[] = [];
  /**
   * Who new files and directories belong to: root while the runtime and the kubelet lay the
   * container out, then the image's user, since every process of a container runs as it.
   */
  creator: Owner | undefined;

  constructor(
    readonly root: DirNode,
    private readonly now: () => number,
  ) {}

  mount(path: string, dir: DirNode, readOnly = false): void {
    const normal = resolvePath('/', path);
    this.mkdirp(normal);
    this.mounts.push({ path: normal, dir, readOnly });
    this.mounts.sort((a, b) => b.path.length - a.path.length);
  }

  mountList(): readonly Mount[] {
    return this.mounts;
  }

  stat(path: string): FsNode | undefined {
    try {
      return this.lookup(resolvePath('/', path)).node;
    } catch {
      return undefined;
    }
  }

  exists(path: string): boolean {
    return this.stat(path) !== undefined;
  }

  readFile(path: string): string {
    const { node } = this.lookup(resolvePath('/', path));
    if (!node) throw new FsFailure('ENOENT', path);
    if (node.kind === 'dir') throw new FsFailure('EISDIR', path);
    return node.content;
  }

  readDir(path: string): string[] {
    const { node } = this.lookup(resolvePath('/', path));
    if (!node) throw new FsFailure('ENOENT', path);
    if (node.kind !== 'dir') throw new FsFailure('ENOTDIR', path);
    return [...node.entries.keys()].sort();
  }

  /** Writes a file; a new one belongs to `creator` and gets mode 0644 (busybox's 0666 less the umask 022). */
  writeFile(path: string, content: string, opts: { append?: boolean; createParents?: boolean } = {}): void {
    const abs = resolvePath('/', path);
    const parentPath = abs.slice(0, abs.lastIndexOf('/')) || '/';
    const name = abs.slice(abs.lastIndexOf('/') + 1);
    if (opts.createParents) this.mkdirp(parentPath);
    const { node: parent, readOnly } = this.lookup(parentPath);
    if (!parent) throw new FsFailure('ENOENT', path);
    if (parent.kind !== 'dir') throw new FsFailure('ENOTDIR', path);
    if (readOnly) throw new FsFailure('EROFS', path);
    const existing = parent.entries.get(name);
    if (existing?.kind === 'dir') throw new FsFailure('EISDIR', path);
    const at = this.now();
    if (existing && opts.append) {
      existing.content += content;
      existing.modifiedAt = at;
    } else {
      const owner = existing ? existing.owner : this.creator;
      parent.entries.set(name, {
        kind: 'file',
        content,
        mode: existing?.mode ?? 0o644,
        modifiedAt: at,
        ...ownerField(owner),
      });
    }
    parent.modifiedAt = at;
  }

  /** Creates a directory and its missing parents, mode 0755, belonging to `creator`. */
  mkdirp(path: string): void {
    let dir = '/';
    for (const part of splitPath(resolvePath('/', path))) {
      const next = dir === '/' ? `/${part}` : `${dir}/${part}`;
      const { node, readOnly } = this.lookup(next);
      if (!node) {
        const { node: parent } = this.lookup(dir);
        if (!parent || parent.kind !== 'dir') throw new FsFailure('ENOTDIR', next);
        if (readOnly) throw new FsFailure('EROFS', next);
        parent.entries.set(part, newDir(this.now(), 0o755, this.creator));
      } else if (node.kind !== 'dir') {
        throw new FsFailure('ENOTDIR', next);
      }
      dir = next;
    }
  }

  remove(path: string, opts: { recursive?: boolean } = {}): void {
    const abs = resolvePath('/', path);
    if (this.mounts.some((m) => m.path === abs)) throw new FsFailure('EBUSY', path);
    const parentPath = abs.slice(0, abs.lastIndexOf('/')) || '/';
    const name = abs.slice(abs.lastIndexOf('/') + 1);
    const { node: parent, readOnly } = this.lookup(parentPath);
    const node = parent?.kind === 'dir' ? parent.entries.get(name) : undefined;
    if (!parent || !node) throw new FsFailure('ENOENT', path);
    if (readOnly) throw new FsFailure('EROFS', path);
    if (node.kind === 'dir' && node.entries.size > 0 && !opts.recursive) throw new FsFailure('ENOTEMPTY', path);
    (parent as DirNode).entries.delete(name);
  }

  /** Finds the node at an absolute normalised path, crossing into mounted volumes. */
  private lookup(abs: string): { node: FsNode | undefined; readOnly: boolean } {
    const mount = this.mounts.find((m) => abs === m.path || abs.startsWith(m.path === '/' ? '/' : m.path + '/'));
    let node: FsNode = mount ? mount.dir : this.root;
    const rest = mount ? abs.slice(mount.path.length) : abs;
    for (const part of splitPath(rest)) {
      if (node.kind !== 'dir') return { node: undefined, readOnly: false };
      const child = node.entries.get(part);
      if (!child) return { node: undefined, readOnly: mount?.readOnly ?? false };
      node = child;
    }
    return { node, readOnly: mount?.readOnly ?? false };
  }
}
