// Redirections (`>`, `>>`, `<`, `2>&1`, `>&2`) as busybox ash applies them, with its error wording
// ("can't create /x/y: nonexistent directory", "can't open f: no such file").

import type { Redirect } from './ast';
import { TextInput, type StdIO } from '../machine';
import { FsFailure, resolvePath, type ContainerFs } from '../../fs';

/** Returns the new standard streams, or an error message (without the "sh: " prefix). */
export function openRedirect(
  redirect: Redirect,
  target: string,
  io: StdIO,
  fs: ContainerFs,
  cwd: string,
  mayWrite: (path: string) => boolean,
): StdIO | string {
  if (redirect.op === '>&' || redirect.op === '<&') {
    if (target === '1' || target === '2') {
      const sink = target === '1' ? io.out : io.err;
      return redirect.fd === 2 ? { ...io, err: sink } : redirect.fd === 1 ? { ...io, out: sink } : io;
    }
    if (target === '-') return redirect.fd === 2 ? { ...io, err: () => undefined } : { ...io, out: () => undefined };
    return `${target}: bad file descriptor`;
  }
  if (redirect.op === '<<') return { ...io, stdin: new TextInput(target) };
  if (redirect.op === '<') {
    if (target === '/dev/null') return { ...io, stdin: new TextInput('') };
    try {
      return { ...io, stdin: new TextInput(fs.readFile(resolvePath(cwd, target))) };
    } catch {
      return `can't open ${target}: no such file`;
    }
  }
  const sink = openSink(target, redirect.op === '>>', fs, cwd, io, mayWrite);
  if (typeof sink === 'string') return sink;
  if (redirect.fd === 2) return { ...io, err: sink };
  if (redirect.fd === 1) return { ...io, out: sink };
  return io;
}

function openSink(
  target: string,
  append: boolean,
  fs: ContainerFs,
  cwd: string,
  io: StdIO,
  mayWrite: (path: string) => boolean,
): ((text: string) => void) | string {
  if (target === '/dev/null') return () => undefined;
  if (target === '/dev/stdout') return io.out;
  if (target === '/dev/stderr') return io.err;
  const path = resolvePath(cwd, target);
  if (!mayWrite(path)) return `can't create ${target}: Permission denied`;
  try {
    if (!append || !fs.exists(path)) fs.writeFile(path, '');
  } catch (error) {
    if (error instanceof FsFailure) {
      if (error.code === 'EISDIR') return `can't create ${target}: Is a directory`;
      if (error.code === 'EROFS') return `can't create ${target}: Read-only file system`;
      return `can't create ${target}: nonexistent directory`;
    }
    throw error;
  }
  return (text) => {
    try {
      fs.writeFile(path, text, { append: true });
    } catch {
      // The file vanished mid-command (rm from another process): the output is lost, as on Linux.
    }
  };
}
