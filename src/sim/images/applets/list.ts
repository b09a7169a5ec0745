// Listing applets: ls and stat, with busybox's layout (and GNU's in Debian-based images). Owners
// are named from the container's own /etc/passwd and /etc/group, as getpwuid reads them there.

import type { ExecContext } from '../machine';
import type { Run } from '../process';
import { resolvePath, STICKY, type FsNode } from '../../fs';
import { utf8Length } from '../../utf8';
import { isGnu, parseFlags } from './files';

/** uid and gid to names from the image's account files; an id with no entry prints as its number. */
function accountNames(ctx: ExecContext): { user(uid: number): string; group(gid: number): string } {
  const table = (path: string): Map<number, string> => {
    const out = new Map<number, string>();
    const node = ctx.machine.host.fs.stat(path);
    if (node?.kind !== 'file') return out;
    for (const line of node.content.split('\n')) {
      const [name, , id] = line.split(':');
      if (name && id !== undefined && /^\d+$/.test(id) && !out.has(Number(id))) out.set(Number(id), name);
    }
    return out;
  };
  const users = table('/etc/passwd');
  const groups = table('/etc/group');
  return {
    user: (uid) => users.get(uid) ?? String(uid),
    group: (gid) => groups.get(gid) ?? String(gid),
  };
}

/** `drwxrwxrwt`: type, then rwx for owner, group and others; setuid, setgid and sticky show in the x places. */
function modeString(node: FsNode): string {
  let out = node.kind === 'dir' ? 'd' : '-';
  const special = [
    [0o4000, 's'],
    [0o2000, 's'],
    [STICKY, 't'],
  ] as const;
  for (let who = 0; who < 3; who++) {
    const bits = (node.mode >> (6 - 3 * who)) & 7;
    const [flag, letter] = special[who]!;
    const x = bits & 1 ? 'x' : '-';
    out += `${bits & 4 ? 'r' : '-'}${bits & 2 ? 'w' : '-'}${node.mode & flag ? (bits & 1 ? letter : letter.toUpperCase()) : x}`;
  }
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
    const rows: {
      mode: string;
      links: string;
      user: string;
      group: string;
      size: string;
      time: string;
      name: string;
    }[] = [];
    const accounts = accountNames(ctx);
    for (const name of names) {
      const path = base === undefined ? name : name === '.' ? base : name === '..' ? `${base}/..` : `${base}/${name}`;
      const node = fs.stat(resolvePath(ctx.cwd, path));
      if (!node) continue;
      const size = node.kind === 'dir' ? 4096 : utf8Length(node.content);
      const links = node.kind === 'dir' ? 2 + [...node.entries.values()].filter((c) => c.kind === 'dir').length : 1;
      rows.push({
        mode: modeString(node),
        links: String(links),
        user: accounts.user(node.owner?.uid ?? 0),
        group: accounts.group(node.owner?.gid ?? 0),
        size: String(size),
        time: listTime(node.modifiedAt, now),
        name,
      });
    }
    if (isGnu(ctx)) {
      // GNU ls sizes each column to its widest entry.
      const linkWidth = Math.max(...rows.map((r) => r.links.length));
      const sizeWidth = Math.max(...rows.map((r) => r.size.length));
      const userWidth = Math.max(...rows.map((r) => r.user.length));
      const groupWidth = Math.max(...rows.map((r) => r.group.length));
      for (const r of rows)
        ctx.io.out(
          `${r.mode} ${r.links.padStart(linkWidth)} ${r.user.padEnd(userWidth)} ${r.group.padEnd(groupWidth)} ${r.size.padStart(sizeWidth)} ${r.time} ${r.name}\n`,
        );
    } else {
      for (const r of rows)
        ctx.io.out(
          `${r.mode} ${r.links.padStart(4)} ${r.user.slice(0, 8).padEnd(8)} ${r.group.slice(0, 8).padEnd(8)} ${r.size.padStart(9)} ${r.time} ${r.name}\n`,
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

function fileType(node: FsNode): string {
  if (node.kind === 'dir') return 'directory';
  return node.content === '' ? 'regular empty file' : 'regular file';
}

/** `2026-11-22 10:00:02.000000000 +0000`: containers run in UTC. */
function statTime(ms: number): string {
  const iso = new Date(ms).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)}.${iso.slice(20, 23)}000000 +0000`;
}

/**
 * A stable inode number for a path. The simulated file system has no inodes; this keeps `stat`
 * and `ls -i` style output plausible and the same on every run.
 */
function inodeOf(path: string): number {
  let hash = 2166136261;
  for (let i = 0; i < path.length; i++) hash = Math.imul(hash ^ path.charCodeAt(i), 16777619) >>> 0;
  return 1000 + (hash % 4000000);
}

/** stat FILE... and stat -c FMT FILE...: what the file is, its mode, owner and times. */
export function* stat(ctx: ExecContext): Run {
  const argv = ctx.argv.slice(1);
  let format: string | undefined;
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '-c' && argv[i + 1] !== undefined) format = argv[++i];
    else if (arg.startsWith('--format=')) format = arg.slice('--format='.length);
    else files.push(arg);
  }
  const gnu = isGnu(ctx);
  if (files.length === 0) {
    ctx.io.err(
      gnu
        ? "stat: missing operand\nTry 'stat --help' for more information.\n"
        : 'BusyBox v1.36.1 (2023-05-18 22:34:17 UTC) multi-call binary.\n\nUsage: stat [-ltf] [-c FMT] FILE...\n',
    );
    return 1;
  }
  const fs = ctx.machine.host.fs;
  const accounts = accountNames(ctx);
  let status = 0;
  for (const name of files) {
    const path = resolvePath(ctx.cwd, name);
    const node = fs.stat(path);
    if (!node) {
      ctx.io.err(
        gnu
          ? `stat: cannot statx '${name}': No such file or directory\n`
          : `stat: can't stat '${name}': No such file or directory\n`,
      );
      status = 1;
      continue;
    }
    const size = node.kind === 'dir' ? 4096 : utf8Length(node.content);
    const blocks = 8 * Math.ceil(size / 4096);
    const links = node.kind === 'dir' ? 2 + [...node.entries.values()].filter((c) => c.kind === 'dir').length : 1;
    const uid = node.owner?.uid ?? 0;
    const gid = node.owner?.gid ?? 0;
    const octal = (node.mode & 0o7777).toString(8);
    const inode = inodeOf(path);
    // The image's overlay root is an anonymous device; volumes live on the node's disk.
    const onVolume = fs.mountList().some((m) => path === m.path || path.startsWith(`${m.path}/`));
    if (format !== undefined) {
      const fields: Record<string, string> = {
        a: octal,
        A: modeString(node),
        U: accounts.user(uid),
        G: accounts.group(gid),
        u: String(uid),
        g: String(gid),
        n: name,
        s: String(size),
        F: fileType(node),
        h: String(links),
        i: String(inode),
        b: String(blocks),
        y: statTime(node.modifiedAt),
        Y: String(Math.floor(node.modifiedAt / 1000)),
        '%': '%',
      };
      ctx.io.out(`${format.replace(/%(.)/g, (all, key: string) => fields[key] ?? all)}\n`);
      continue;
    }
    const time = statTime(node.modifiedAt);
    const device = gnu ? (onVolume ? '254,1' : '0,43') : onVolume ? 'fe01h/65025d' : '2bh/43d';
    ctx.io.out(
      `  File: ${name}\n` +
        `  Size: ${String(size).padEnd(10)}\tBlocks: ${String(blocks).padEnd(10)} IO Block: 4096   ${fileType(node)}\n` +
        `Device: ${device}\tInode: ${String(inode).padEnd(10)}  Links: ${links}\n` +
        `Access: (${octal.padStart(4, '0')}/${modeString(node)})  Uid: (${String(uid).padStart(5)}/${accounts.user(uid).padStart(8)})   Gid: (${String(gid).padStart(5)}/${accounts.group(gid).padStart(8)})\n` +
        `Access: ${time}\nModify: ${time}\nChange: ${time}\n` +
        (gnu ? ` Birth: ${time}\n` : ''),
    );
  }
  return status;
}
