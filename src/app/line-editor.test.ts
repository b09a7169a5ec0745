import { describe, expect, it } from 'vitest';
import type { Completion } from '../kubectl/console-types';
import {
  emptyLine,
  feed,
  type LineAction,
  type LineContext,
  type LineState,
  lineText,
  renderLine,
} from './line-editor';
import { VirtualTerminal } from './testing/virtual-terminal';

const LEFT = '\x1b[D';
const RIGHT = '\x1b[C';
const UP = '\x1b[A';
const DOWN = '\x1b[B';
const HOME = '\x1b[H';
const END = '\x1b[F';
const DEL = '\x1b[3~';
const BACKSPACE = '\x7f';

/** Drives the editor the way the xterm component does, and keeps a screen to look at. */
function session(
  opts: { cols?: number; history?: string[]; complete?: (line: string, cursor: number) => Completion } = {},
) {
  const ctx: LineContext = {
    prompt: '$ ',
    cols: opts.cols ?? 80,
    history: opts.history ?? [],
    complete: opts.complete ?? ((line) => ({ from: line.length, candidates: [] })),
  };
  const term = new VirtualTerminal(ctx.cols);
  let state: LineState = emptyLine();
  const actions: LineAction[] = [];
  term.write(renderLine(state, ctx));
  return {
    term,
    actions,
    type(...inputs: string[]) {
      for (const input of inputs) {
        const result = feed(state, input, ctx);
        state = result.state;
        term.write(result.output);
        actions.push(...result.actions);
      }
      return this;
    },
    line: () => lineText(state),
    cursor: () => state.cursor,
    /** The screen's rows without the empty ones below the last text. */
    screen: () => {
      const lines = term.lines();
      while (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
      return lines;
    },
  };
}

describe('line editor: typing and editing', () => {
  it('echoes typed text after the prompt', () => {
    const s = session().type('k', 'u', 'b', 'e');
    expect(s.screen()).toEqual(['$ kube']);
    expect(s.term.cursor()).toEqual({ row: 0, col: 6 });
  });

  it('inserts in the middle of the line after moving left', () => {
    const s = session().type('kubectl get pod', LEFT, LEFT, LEFT, 'x');
    expect(s.line()).toBe('kubectl get xpod');
    expect(s.screen()).toEqual(['$ kubectl get xpod']);
    expect(s.term.cursor().col).toBe(2 + 13);
  });

  it('Backspace in the middle removes the character before the cursor and closes the gap', () => {
    const s = session().type('kubectl gett pods', LEFT, LEFT, LEFT, LEFT, LEFT, BACKSPACE);
    expect(s.line()).toBe('kubectl get pods');
    expect(s.screen()).toEqual(['$ kubectl get pods']);
  });

  it('Delete removes the character under the cursor', () => {
    const s = session().type('kubectl get ppods', HOME, ...Array(12).fill(RIGHT), DEL);
    expect(s.screen()).toEqual(['$ kubectl get pods']);
    expect(s.cursor()).toBe(12);
  });

  it('Home and End (and Ctrl+A / Ctrl+E) jump to the ends of the line', () => {
    const s = session().type('get pods', HOME, 'kubectl ', END, ' -o wide');
    expect(s.line()).toBe('kubectl get pods -o wide');
    s.type('\x01', '# ', '\x05', '!');
    expect(s.screen()).toEqual(['$ # kubectl get pods -o wide!']);
  });

  it('Ctrl+Left and Ctrl+Right move by words', () => {
    const s = session().type('kubectl get pods', '\x1b[1;5D', '\x1b[1;5D', 'X');
    expect(s.line()).toBe('kubectl Xget pods');
    s.type('\x1b[1;5C', 'Y');
    expect(s.line()).toBe('kubectl XgetY pods');
  });

  it('Ctrl+U, Ctrl+K and Ctrl+W cut parts of the line', () => {
    const s = session().type('kubectl get pods -o=yaml', '\x17');
    expect(s.line()).toBe('kubectl get pods ');
    s.type(LEFT, LEFT, LEFT, LEFT, LEFT, '\x0b');
    expect(s.screen()).toEqual(['$ kubectl get']);
    s.type('\x15');
    expect(s.screen()).toEqual(['$']);
    expect(s.line()).toBe('');
  });

  it('Backspace at the start and Delete at the end change nothing', () => {
    const s = session().type('ab', HOME, BACKSPACE, END, DEL);
    expect(s.line()).toBe('ab');
  });

  it('pasted text with a newline submits each line in order', () => {
    const s = session().type('kubectl get pods\nkubectl get nodes\n');
    expect(s.actions).toEqual([
      { kind: 'submit', line: 'kubectl get pods' },
      { kind: 'submit', line: 'kubectl get nodes' },
    ]);
  });

  it('keeps non-BMP characters whole when editing', () => {
    const s = session().type('a😀b', LEFT, BACKSPACE);
    expect(s.line()).toBe('ab');
  });
});

describe('line editor: Enter, Ctrl+C, Ctrl+D, Ctrl+L', () => {
  it('Enter submits the whole line even with the cursor in the middle', () => {
    const s = session().type('kubectl version', HOME, '\r');
    expect(s.actions).toEqual([{ kind: 'submit', line: 'kubectl version' }]);
    expect(s.line()).toBe('');
    expect(s.term.cursor()).toEqual({ row: 1, col: 0 });
  });

  it('Ctrl+C abandons the line, shows ^C and asks the shell to interrupt', () => {
    const s = session().type('kubectl get po', '\x03');
    expect(s.actions).toEqual([{ kind: 'interrupt' }]);
    expect(s.term.lines()[0]).toBe('$ kubectl get po^C');
    expect(s.line()).toBe('');
  });

  it('Ctrl+D ends input only on an empty line', () => {
    const s = session().type('ab', HOME, '\x04');
    expect(s.line()).toBe('b');
    expect(s.actions).toEqual([]);
    s.type(END, '\x15', '\x04');
    expect(s.actions).toEqual([{ kind: 'end-of-input' }]);
  });

  it('Ctrl+L clears the screen and redraws the prompt and line at the top', () => {
    const s = session().type('one\r', 'two\r', 'kubectl', LEFT, '\x0c');
    expect(s.screen()).toEqual(['$ kubectl']);
    expect(s.term.cursor()).toEqual({ row: 0, col: 8 });
  });
});

describe('line editor: history', () => {
  const history = ['kubectl get pods', 'kubectl apply -f kuard-pod.yaml'];

  it('Up walks back through history, newest first, and Down returns to the draft', () => {
    const s = session({ history }).type('kubectl de', UP);
    expect(s.screen()).toEqual(['$ kubectl apply -f kuard-pod.yaml']);
    s.type(UP);
    expect(s.screen()).toEqual(['$ kubectl get pods']);
    s.type(UP);
    expect(s.line()).toBe('kubectl get pods');
    s.type(DOWN, DOWN);
    expect(s.screen()).toEqual(['$ kubectl de']);
  });

  it('an entry recalled from history can be edited and submitted', () => {
    const s = session({ history }).type(UP, UP, ' -o wide', '\r');
    expect(s.actions).toEqual([{ kind: 'submit', line: 'kubectl get pods -o wide' }]);
  });

  it('Up with no history leaves the line alone', () => {
    const s = session().type('abc', UP);
    expect(s.line()).toBe('abc');
  });
});

describe('line editor: wrapping at the terminal edge', () => {
  it('typing past the last column continues on the next row', () => {
    const s = session({ cols: 10 }).type('abcdefghijk');
    expect(s.screen()).toEqual(['$ abcdefgh', 'ijk']);
    expect(s.term.cursor()).toEqual({ row: 1, col: 3 });
  });

  it('a line ending exactly at the edge puts the cursor on the next row', () => {
    const s = session({ cols: 10 }).type('abcdefgh');
    expect(s.term.cursor()).toEqual({ row: 1, col: 0 });
    s.type(LEFT, 'X');
    expect(s.screen()).toEqual(['$ abcdefgX', 'h']);
  });

  it('editing at the start of a wrapped line redraws every row', () => {
    const s = session({ cols: 10 }).type('abcdefghijklmnop', HOME, 'XY');
    expect(s.screen()).toEqual(['$ XYabcdef', 'ghijklmnop']);
    expect(s.term.cursor()).toEqual({ row: 0, col: 4 });
    s.type(DEL, DEL, DEL);
    expect(s.screen()).toEqual(['$ XYdefghi', 'jklmnop']);
    s.type('\x0b');
    expect(s.screen()).toEqual(['$ XY']);
  });

  it('recalling a short entry after a long one erases the long one', () => {
    const s = session({ cols: 10, history: ['ab', 'abcdefghijklmnopqrst'] }).type(UP, UP);
    expect(s.screen()).toEqual(['$ ab']);
  });
});

describe('line editor: Tab completion', () => {
  const verbs = ['get', 'describe', 'delete', 'apply', 'logs'];
  const completer = (line: string, cursor: number): Completion => {
    const before = line.slice(0, cursor);
    const from = before.lastIndexOf(' ') + 1;
    const words = before.split(' ');
    if (words.length === 2) return { from, candidates: verbs };
    if (words.length === 3 && words[1] === 'apply') return { from, candidates: ['-f', '--filename=', '--dry-run='] };
    return { from, candidates: [] };
  };

  it('completes a unique word and adds a space', () => {
    const s = session({ complete: completer }).type('kubectl ap\t');
    expect(s.line()).toBe('kubectl apply ');
  });

  it('extends to the common prefix of several candidates', () => {
    const s = session({ complete: completer }).type('kubectl d\t');
    expect(s.line()).toBe('kubectl de');
  });

  it('lists the candidates on the second Tab, then redraws the line', () => {
    const s = session({ complete: completer }).type('kubectl de\t');
    expect(s.screen()).toEqual(['$ kubectl de']);
    s.type('\t');
    expect(s.screen()).toEqual(['$ kubectl de', 'delete    describe', '$ kubectl de']);
    expect(s.line()).toBe('kubectl de');
  });

  it('does not add a space after a flag that takes its value after "="', () => {
    const s = session({ complete: completer }).type('kubectl apply --f\t');
    expect(s.line()).toBe('kubectl apply --filename=');
  });

  it('completes the word under the cursor, keeping the rest of the line', () => {
    const s = session({ complete: completer }).type('kubectl ap -f x.yaml', HOME, ...Array(10).fill(RIGHT), '\t');
    expect(s.line()).toBe('kubectl apply  -f x.yaml');
  });

  it('a completer that throws only rings the bell', () => {
    const s = session({
      complete: () => {
        throw new Error('boom');
      },
    }).type('kub\t');
    expect(s.line()).toBe('kub');
  });
});
