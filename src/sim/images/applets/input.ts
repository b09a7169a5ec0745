// Reading standard input from an applet: either text already there (a pipe or a file) or lines
// arriving from the terminal / `kubectl exec -i` until end of input.

import type { ExecContext } from '../machine';
import type { Resume, Wait } from '../process';

export function* readStdin(ctx: ExecContext): Generator<Wait, string, Resume> {
  if (ctx.io.stdin) return ctx.io.stdin.readAll();
  let text = '';
  for (;;) {
    const line: Resume = yield { kind: 'read' };
    if (line === null || line === undefined) return text;
    text += line;
  }
}
