// File applets over the container's file system, with busybox's messages:
// cat, touch, rm, mkdir, rmdir, cp, mv, chmod (ls and stat are in list.ts).

import type { ExecContext } from '../machine';
import type { Run } from '../process';
import { FsFailure, permits, resolvePath } from '../../fs';
import { readStdin } from './input';

const ERRNO_TEXT: Record<string, string> = {
  ENOENT: 'No such file or directory',
  ENOTDIR: 'Not a directory',
  EISDIR: 'Is a directory',
  EEXIST: 'File exists',
  ENOTEMPTY: 'Directory not empty',
  EROFS: 'Read-only file system',
  EBUSY: 'Resource busy',
};

/** EACCES: the simulated permission check refused a write (see Machine.mayWrite). */
export class PermissionDenied extends Error {}

/** EPERM: not the owner (chmod, touch of another's file) or another's file in a sticky directory. */
class NotPermitted extends Error {}

export function errnoText(error: unknown): string {
  if (error instanceof PermissionDenied) return 'Permission denied';
  if (error instanceof NotPermitted) return 'Operation not permitted';
  return error instanceof FsFailure ? (ERRNO_TEXT[error.code] ?? error.code) : String(error);
}

export function checkWritable(ctx: ExecContext, path: string): void {
  if (!ctx.machine.mayWrite(path, ctx.proc.user)) throw new PermissionDenied(path);
}

function checkRemovable(ctx: ExecContext, path: string): void {
  const verdict = ctx.machine.mayRemove(path, ctx.proc.user);
  if (verdict === 'denied') throw new PermissionDenied(path);
  if (verdict === 'sticky') throw new NotPermitted(path);
}

function isOwner(ctx: ExecContext, node: { owner?: { uid: number } }): boolean {
  return ctx.proc.user.uid === 0 || (node.owner?.uid ?? 0) === ctx.proc.user.uid;
}

/** Splits leading `-abc` flags from operands (stops at `--`). */
export function parseFlags(args: readonly string[]): {
  flags: Set<string>;
  operands: string[];
  values: Map<string, string>;
} {
  const flags = new Set<string>();
  const operands: string[] = [];
  const values = new Map<string, string>();
  let onlyOperands = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (onlyOperands || !arg.startsWith('-') || arg === '-') operands.push(arg);
    else if (arg === '--') onlyOperands = true;
    else if (/^-n$/.test(arg) && args[i + 1] !== undefined) values.set('n', args[++i]!);
    else if (/^-n\d+$/.test(arg)) values.set('n', arg.slice(2));
    else for (const letter of arg.slice(1)) flags.add(letter);
  }
  return { flags, operands, values };
}

/** True in Debian-based images, whose coreutils word errors differently from busybox. */
export function isGnu(ctx: ExecContext): boolean {
  return ctx.machine.profile.userland === 'gnu';
}

export function* cat(ctx: ExecContext): Run {
  const { operands } = parseFlags(ctx.argv.slice(1));
  if (operands.length === 0) operands.push('-');
  let status = 0;
  for (const name of operands) {
    if (name === '-') {
      ctx.io.out(yield* readStdin(ctx));
      continue;
    }
    const node = ctx.machine.host.fs.stat(resolvePath(ctx.cwd, name));
    if (!node) {
      ctx.io.err(
        isGnu(ctx)
          ? `cat: ${name}: No such file or directory\n`
          : `cat: can't open '${name}': No such file or directory\n`,
      );
      status = 1;
    } else if (node.kind === 'dir') {
      ctx.io.err(isGnu(ctx) ? `cat: ${name}: Is a directory\n` : 'cat: read error: Is a directory\n');
      status = 1;
    } else ctx.io.out(node.content);
  }
  return status;
}

export function* touch(ctx: ExecContext): Run {
  const { operands } = parseFlags(ctx.argv.slice(1));
  const fs = ctx.machine.host.fs;
  let status = 0;
  for (const name of operands) {
    const path = resolvePath(ctx.cwd, name);
    try {
      const node = fs.stat(path);
      // utimensat to now: the owner, or anyone who may write the file.
      if (node && !isOwner(ctx, node) && !permits(node, ctx.proc.user, 2)) throw new PermissionDenied(path);
      if (node) node.modifiedAt = ctx.machine.host.now();
      else {
        checkWritable(ctx, path);
        fs.writeFile(path, '');
      }
    } catch (error) {
      ctx.io.err(
        isGnu(ctx) ? `touch: cannot touch '${name}': ${errnoText(error)}\n` : `touch: ${name}: ${errnoText(error)}\n`,
      );
      status = 1;
    }
  }
  return status;
}

export function* rm(ctx: ExecContext): Run {
  const { flags, operands } = parseFlags(ctx.argv.slice(1));
  const fs = ctx.machine.host.fs;
  const force = flags.has('f');
  const recursive = flags.has('r') || flags.has('R');
  let status = 0;
  for (const name of operands) {
    const path = resolvePath(ctx.cwd, name);
    const node = fs.stat(path);
    if (!node) {
      if (!force) {
        ctx.io.err(
          isGnu(ctx)
            ? `rm: cannot remove '${name}': No such file or directory\n`
            : `rm: can't remove '${name}': No such file or directory\n`,
        );
        status = 1;
      }
      continue;
    }
    if (node.kind === 'dir' && !recursive) {
      ctx.io.err(isGnu(ctx) ? `rm: cannot remove '${name}': Is a directory\n` : `rm: '${name}' is a directory\n`);
      status = 1;
      continue;
    }
    try {
      if (node.kind === 'dir' && mountedWithin(ctx, path)) throw new FsFailure('EBUSY', path);
      checkRemovable(ctx, path);
      fs.remove(path, { recursive });
    } catch (error) {
      ctx.io.err(
        isGnu(ctx)
          ? `rm: cannot remove '${name}': ${errnoText(error)}\n`
          : `rm: can't remove '${name}': ${errnoText(error)}\n`,
      );
      status = 1;
    }
  }
  return status;
}

function mountedWithin(ctx: ExecContext, path: string): boolean {
  return ctx.machine.host.fs
    .mountList()
    .some((m) => m.path === path || m.path.startsWith(path === '/' ? '/' : `${path}/`));
}

export function* mkdir(ctx: ExecContext): Run {
  const { flags, operands } = parseFlags(ctx.argv.slice(1));
  const fs = ctx.machine.host.fs;
  let status = 0;
  for (const name of operands) {
    const path = resolvePath(ctx.cwd, name);
    try {
      if (flags.has('p')) {
        if (!fs.exists(path)) checkWritable(ctx, path);
        fs.mkdirp(path);
        continue;
      }
      if (fs.exists(path)) throw new FsFailure('EEXIST', path);
      const parent = path.slice(0, path.lastIndexOf('/')) || '/';
      if (fs.stat(parent)?.kind !== 'dir') throw new FsFailure('ENOENT', path);
      checkWritable(ctx, path);
      fs.mkdirp(path);
    } catch (error) {
      ctx.io.err(
        isGnu(ctx)
          ? `mkdir: cannot create directory '${name}': ${errnoText(error)}\n`
          : `mkdir: can't create directory '${name}': ${errnoText(error)}\n`,
      );
      status = 1;
    }
  }
  return status;
}

export function* rmdir(ctx: ExecContext): Run {
  const fs = ctx.machine.host.fs;
  let status = 0;
  for (const name of parseFlags(ctx.argv.slice(1)).operands) {
    const path = resolvePath(ctx.cwd, name);
    try {
      if (fs.stat(path)?.kind === 'file') throw new FsFailure('ENOTDIR', path);
      checkRemovable(ctx, path);
      fs.remove(path);
    } catch (error) {
      ctx.io.err(`rmdir: '${name}': ${errnoText(error)}\n`);
      status = 1;
    }
  }
  return status;
}

export function* cp(ctx: ExecContext): Run {
  return copyOrMove(ctx, 'cp');
}

export function* mv(ctx: ExecContext): Run {
  return copyOrMove(ctx, 'mv');
}

function copyOrMove(ctx: ExecContext, applet: 'cp' | 'mv'): number {
  const { operands } = parseFlags(ctx.argv.slice(1));
  const fs = ctx.machine.host.fs;
  if (operands.length < 2) {
    ctx.io.err(
      `BusyBox v1.36.1 (2023-05-18 22:34:17 UTC) multi-call binary.\n\nUsage: ${applet} [-fin] SOURCE... DEST\n`,
    );
    return 1;
  }
  const target = operands.pop()!;
  const targetPath = resolvePath(ctx.cwd, target);
  const intoDir = fs.stat(targetPath)?.kind === 'dir';
  let status = 0;
  for (const source of operands) {
    const sourcePath = resolvePath(ctx.cwd, source);
    const node = fs.stat(sourcePath);
    const dest = intoDir ? `${targetPath}/${sourcePath.slice(sourcePath.lastIndexOf('/') + 1)}` : targetPath;
    try {
      if (!node) throw new FsFailure('ENOENT', source);
      if (node.kind === 'dir') throw new FsFailure('EISDIR', source);
      checkWritable(ctx, dest);
      if (applet === 'mv') checkRemovable(ctx, sourcePath);
      fs.writeFile(dest, node.content);
      if (applet === 'mv') fs.remove(sourcePath);
    } catch (error) {
      // mv is a rename(2), whose failure names the source; cp's names the file it could not create.
      ctx.io.err(
        !node
          ? `${applet}: can't stat '${source}': No such file or directory\n`
          : applet === 'mv'
            ? `mv: can't rename '${source}': ${errnoText(error)}\n`
            : `cp: can't create '${dest}': ${errnoText(error)}\n`,
      );
      status = 1;
    }
  }
  return status;
}

export function* chmod(ctx: ExecContext): Run {
  const [mode, ...names] = parseFlags(ctx.argv.slice(1)).operands;
  const fs = ctx.machine.host.fs;
  let status = 0;
  for (const name of names) {
    const node = fs.stat(resolvePath(ctx.cwd, name));
    if (!node || mode === undefined) {
      ctx.io.err(`chmod: ${name}: No such file or directory\n`);
      status = 1;
      continue;
    }
    if (!isOwner(ctx, node)) {
      ctx.io.err(`chmod: ${name}: ${errnoText(new NotPermitted(name))}\n`);
      status = 1;
      continue;
    }
    if (/^[0-7]{3,4}$/.test(mode)) node.mode = parseInt(mode, 8);
    else if (/^[ugoa]*\+[rwx]+$/.test(mode))
      node.mode |=
        (mode.includes('x') ? 0o111 : 0) | (mode.includes('r') ? 0o444 : 0) | (mode.includes('w') ? 0o200 : 0);
    else if (/^[ugoa]*-[rwx]+$/.test(mode))
      node.mode &= ~((mode.includes('x') ? 0o111 : 0) | (mode.includes('w') ? 0o222 : 0));
    else {
      ctx.io.err(`chmod: invalid mode '${mode}'\n`);
      return 1;
    }
  }
  return status;
}
