// File applets over the container's file system, with busybox's messages:
// cat, ls, touch, rm, mkdir, rmdir, cp, mv, chmod.

import type { ExecContext } from '../machine';
import type { Run } from '../process';
import { FsFailure, resolvePath, type FsNode } from '../../fs';
import { readStdin } from './input';
import { utf8Length } from '../../utf8';

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

export function errnoText(error: unknown): string {
  if (error instanceof PermissionDenied) return 'Permission denied';
  return error instanceof FsFailure ? (ERRNO_TEXT[error.code] ?? error.code) : String(error);
}

export function checkWritable(ctx: ExecContext, path: string): void {
  if (!ctx.machine.mayWrite(path, ctx.proc.user)) throw new PermissionDenied(path);
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

function modeString(node: FsNode): string {
  const bits = ['r', 'w', 'x'];
  let out = node.kind === 'dir' ? 'd' : '-';
  for (let shift = 8; shift >= 0; shift--) out += node.mode & (1 << shift) ? bits[(8 - shift) % 3] : '-';
  return out;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `ls -l` time: "Nov 22 10:00" within six months of now, else "Nov 22  2024". */
function listTime(ms: number, now: number): string {
  const d = new Date(ms);
  const day = `${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2)}`;
  const recent = Math.abs(now - ms) < 182 * 24 * 3600 * 1000;
  const tail = recent
    ? `${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`
    : ` ${d.getUTCFullYear()}`;
  return `${day} ${tail}`;
}

export function* ls(ctx: ExecContext): Run {
  const { flags, operands } = parseFlags(ctx.argv.slice(1));
  const fs = ctx.machine.host.fs;
  const long = flags.has('l');
  const all = flags.has('a');
  const onePerLine = flags.has('1') || long || !ctx.tty;
  if (operands.length === 0) operands.push('.');
  let status = 0;
  const files: string[] = [];
  const dirs: string[] = [];
  for (const operand of operands) {
    const node = fs.stat(resolvePath(ctx.cwd, operand));
    if (!node) {
      ctx.io.err(
        isGnu(ctx)
          ? `ls: cannot access '${operand}': No such file or directory\n`
          : `ls: ${operand}: No such file or directory\n`,
      );
      status = isGnu(ctx) ? 2 : 1;
    } else if (node.kind === 'dir' && !flags.has('d')) dirs.push(operand);
    else files.push(operand);
  }
  const now = ctx.machine.host.now();
  const render = (names: string[], base: string | undefined): void => {
    if (names.length === 0) return;
    if (!long) {
      if (onePerLine) for (const name of names) ctx.io.out(`${name}\n`);
      else ctx.io.out(columns(names, 80));
      return;
    }
    const rows: { mode: string; links: string; size: string; time: string; name: string }[] = [];
    for (const name of names) {
      const path = base === undefined ? name : name === '.' ? base : name === '..' ? `${base}/..` : `${base}/${name}`;
      const node = fs.stat(resolvePath(ctx.cwd, path));
      if (!node) continue;
      const size = node.kind === 'dir' ? 4096 : utf8Length(node.content);
      const links = node.kind === 'dir' ? 2 + [...node.entries.values()].filter((c) => c.kind === 'dir').length : 1;
      rows.push({
        mode: modeString(node),
        links: String(links),
        size: String(size),
        time: listTime(node.modifiedAt, now),
        name,
      });
    }
    if (isGnu(ctx)) {
      // GNU ls sizes each column to its widest entry.
      const linkWidth = Math.max(...rows.map((r) => r.links.length));
      const sizeWidth = Math.max(...rows.map((r) => r.size.length));
      for (const r of rows)
        ctx.io.out(
          `${r.mode} ${r.links.padStart(linkWidth)} root root ${r.size.padStart(sizeWidth)} ${r.time} ${r.name}\n`,
        );
    } else {
      for (const r of rows)
        ctx.io.out(
          `${r.mode} ${r.links.padStart(4)} ${'root'.padEnd(8)} ${'root'.padEnd(8)} ${r.size.padStart(9)} ${r.time} ${r.name}\n`,
        );
    }
  };
  render(files.sort(), undefined);
  for (const dir of dirs.sort()) {
    if (operands.length > 1) ctx.io.out(`${files.length > 0 || dir !== dirs[0] ? '\n' : ''}${dir}:\n`);
    const names = fs.readDir(resolvePath(ctx.cwd, dir)).filter((name) => all || !name.startsWith('.'));
    if (long && operands.length === 1) ctx.io.out(`total ${diskKiB(fs, resolvePath(ctx.cwd, dir), names)}\n`);
    render(all ? ['.', '..', ...names] : names, dir);
  }
  return status;
}

/** `total` of ls -l: 1 KiB units of 4 KiB blocks; empty files take none. */
function diskKiB(fs: ExecContext['machine']['host']['fs'], dir: string, names: string[]): number {
  let total = 0;
  for (const name of names) {
    const node = fs.stat(`${dir === '/' ? '' : dir}/${name}`);
    if (node?.kind === 'dir') total += 4;
    else if (node) total += 4 * Math.ceil(utf8Length(node.content) / 4096);
  }
  return total;
}

/** busybox's column layout for a terminal: column-major, two spaces between columns. */
function columns(names: string[], width: number): string {
  const colWidth = Math.max(...names.map((n) => n.length)) + 2;
  const perRow = Math.max(1, Math.floor(width / colWidth));
  const rows = Math.ceil(names.length / perRow);
  let out = '';
  for (let r = 0; r < rows; r++) {
    let line = '';
    for (let c = 0; c < perRow; c++) {
      const name = names[c * rows + r];
      if (name === undefined) continue;
      const last = (c + 1) * rows + r >= names.length;
      line += last ? name : name.padEnd(colWidth);
    }
    out += `${line}\n`;
  }
  return out;
}

export function* touch(ctx: ExecContext): Run {
  const { operands } = parseFlags(ctx.argv.slice(1));
  const fs = ctx.machine.host.fs;
  let status = 0;
  for (const name of operands) {
    const path = resolvePath(ctx.cwd, name);
    try {
      const node = fs.stat(path);
      checkWritable(ctx, path);
      if (node) node.modifiedAt = ctx.machine.host.now();
      else fs.writeFile(path, '');
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
      checkWritable(ctx, path);
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
      checkWritable(ctx, path);
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
      if (applet === 'mv') checkWritable(ctx, sourcePath);
      fs.writeFile(dest, node.content);
      if (applet === 'mv') fs.remove(sourcePath);
    } catch (error) {
      ctx.io.err(
        !node
          ? `${applet}: can't stat '${source}': No such file or directory\n`
          : `${applet}: can't create '${dest}': ${errnoText(error)}\n`,
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
