// The text filters a pipeline may end in (GNU coreutils/grep behaviour for the common flags):
// grep, head, tail, wc, sort, uniq, cat/less/more. Each consumes text as it arrives, so
// `kubectl get pods -w | grep kuard` prints matching lines as they happen.

import { utf8Length } from '../../sim';
import { compilePosixRegex } from '../../sim/posix-regex';

export interface Sink {
  write(text: string): void;
}

export interface Filter {
  write(text: string): void;
  /** Input ended: flush what is buffered; returns the stage's exit status. */
  end(): number;
}

export type FilterResult = { ok: true; filter: Filter } | { ok: false; error: string; exitCode: number };

/** Splits incoming chunks into complete lines, keeping the unfinished tail. */
class LineSplitter {
  private rest = '';
  push(text: string, onLine: (line: string) => void): void {
    const all = this.rest + text;
    const parts = all.split('\n');
    this.rest = parts.pop()!;
    for (const line of parts) onLine(line);
  }
  flush(onLine: (line: string) => void): void {
    if (this.rest !== '') onLine(this.rest);
    this.rest = '';
  }
}

function countArg(args: string[], name: string): { n: number; rest: string[] } | string {
  let n = 10;
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '-n') {
      const v = args[++i];
      if (v === undefined)
        return `${name}: option requires an argument -- 'n'\nTry '${name} --help' for more information.`;
      if (!/^[+-]?\d+$/.test(v)) return `${name}: invalid number of lines: '${v}'`;
      n = Math.abs(Number(v));
    } else if (/^-n\d+$/.test(a)) n = Number(a.slice(2));
    else if (/^-\d+$/.test(a)) n = Number(a.slice(1));
    else if (a.startsWith('--lines=')) n = Number(a.slice(8));
    else rest.push(a);
  }
  return { n, rest };
}

function grep(args: string[], out: Sink): FilterResult {
  let ignoreCase = false;
  let invert = false;
  let count = false;
  let extended = false;
  let word = false;
  let after = 0;
  let before = 0;
  let pattern: string | undefined;
  const usage = "Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n";
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a.startsWith('-') && a.length > 1 && pattern === undefined) {
      const letters = a.slice(1);
      for (let j = 0; j < letters.length; j++) {
        const flag = letters[j]!;
        if (flag === 'i') ignoreCase = true;
        else if (flag === 'v') invert = true;
        else if (flag === 'c') count = true;
        else if (flag === 'E') extended = true;
        else if (flag === 'w') word = true;
        else if (flag === 'A' || flag === 'B' || flag === 'C') {
          // -A/-B/-C NUM: lines of context after/before/around each match.
          const rest = letters.slice(j + 1);
          const value = rest !== '' ? rest : args[++i];
          if (value === undefined)
            return { ok: false, error: `grep: option requires an argument -- '${flag}'\n${usage}`, exitCode: 2 };
          if (!/^\d+$/.test(value))
            return { ok: false, error: `grep: ${value}: invalid context length argument\n`, exitCode: 2 };
          if (flag !== 'B') after = Number(value);
          if (flag !== 'A') before = Number(value);
          j = letters.length;
        } else return { ok: false, error: `grep: invalid option -- '${flag}'\n${usage}`, exitCode: 2 };
      }
    } else if (pattern === undefined) pattern = a;
  }
  if (pattern === undefined) return { ok: false, error: usage, exitCode: 2 };
  const compiled = compilePosixRegex(pattern, { extended, ignoreCase, word });
  if (!compiled.ok) return { ok: false, error: `grep: ${compiled.problem}\n`, exitCode: 2 };
  const regex = compiled.matcher;
  const lines = new LineSplitter();
  let matched = 0;
  let lineNo = 0;
  let lastPrinted = 0;
  let afterLeft = 0;
  const recent: { no: number; text: string }[] = [];
  const print = (no: number, text: string) => {
    // GNU grep separates non-adjacent context groups with "--".
    if ((before > 0 || after > 0) && lastPrinted > 0 && no > lastPrinted + 1) out.write('--\n');
    out.write(text + '\n');
    lastPrinted = no;
  };
  const onLine = (line: string) => {
    lineNo++;
    if (regex.test(line) !== invert) {
      matched++;
      if (!count) {
        for (const r of recent) if (r.no > lastPrinted) print(r.no, r.text);
        print(lineNo, line);
        afterLeft = after;
      }
      recent.length = 0;
      return;
    }
    if (afterLeft > 0 && !count) {
      afterLeft--;
      print(lineNo, line);
      return;
    }
    if (before > 0) {
      recent.push({ no: lineNo, text: line });
      if (recent.length > before) recent.shift();
    }
  };
  return {
    ok: true,
    filter: {
      write: (t) => lines.push(t, onLine),
      end() {
        lines.flush(onLine);
        if (count) out.write(`${matched}\n`);
        return matched > 0 ? 0 : 1;
      },
    },
  };
}

function buffered(): Filter & { lines: string[] } {
  const splitter = new LineSplitter();
  const lines: string[] = [];
  return {
    lines,
    write: (t) => splitter.push(t, (l) => lines.push(l)),
    end() {
      splitter.flush((l) => lines.push(l));
      return 0;
    },
  };
}

/** `fileName`: the filter reads this named file rather than a pipe (wc then names it and sizes its columns to it). */
export function createFilter(argv: string[], out: Sink, opts: { fileName?: string } = {}): FilterResult | undefined {
  const [name, ...args] = argv;
  switch (name) {
    case 'grep':
      return grep(args, out);
    case 'head': {
      const parsed = countArg(args, 'head');
      if (typeof parsed === 'string') return { ok: false, error: parsed + '\n', exitCode: 1 };
      const splitter = new LineSplitter();
      let seen = 0;
      const onLine = (l: string) => {
        if (seen++ < parsed.n) out.write(l + '\n');
      };
      return { ok: true, filter: { write: (t) => splitter.push(t, onLine), end: () => (splitter.flush(onLine), 0) } };
    }
    case 'tail':
    case 'sort':
    case 'uniq':
    case 'wc': {
      let n = 10;
      if (name === 'tail') {
        const parsed = countArg(args, 'tail');
        if (typeof parsed === 'string') return { ok: false, error: parsed + '\n', exitCode: 1 };
        n = parsed.n;
      }
      const buffer = buffered();
      return {
        ok: true,
        filter: {
          write: buffer.write,
          end() {
            buffer.end();
            const lines = buffer.lines;
            if (name === 'tail')
              out.write(
                lines
                  .slice(Math.max(0, lines.length - n))
                  .map((l) => l + '\n')
                  .join(''),
              );
            else if (name === 'sort') {
              const sorted = [...lines].sort();
              if (args.includes('-r')) sorted.reverse();
              out.write(sorted.map((l) => l + '\n').join(''));
            } else if (name === 'uniq')
              out.write(
                lines
                  .filter((l, i) => i === 0 || lines[i - 1] !== l)
                  .map((l) => l + '\n')
                  .join(''),
              );
            else {
              const text = lines.join('\n') + (lines.length > 0 ? '\n' : '');
              const counts = {
                l: lines.length,
                w: text.split(/\s+/).filter((w) => w !== '').length,
                c: utf8Length(text),
              };
              const chosen = args
                .flatMap((a) => (a.startsWith('-') ? [...a.slice(1)] : []))
                .filter((f): f is 'l' | 'w' | 'c' => f === 'l' || f === 'w' || f === 'c');
              // GNU wc: a single count is printed bare; several are right-aligned, 7 wide for a pipe
              // and as wide as the file's byte count for a named file, which is then appended.
              const suffix = opts.fileName !== undefined ? ` ${opts.fileName}` : '';
              const keys = chosen.length > 0 ? chosen : (['l', 'w', 'c'] as const);
              if (keys.length === 1) out.write(`${counts[keys[0]!]}${suffix}\n`);
              else {
                const width = opts.fileName !== undefined ? String(counts.c).length : 7;
                out.write(keys.map((k) => String(counts[k]).padStart(width)).join(' ') + `${suffix}\n`);
              }
            }
            return 0;
          },
        },
      };
    }
    case 'cat':
    case 'less':
    case 'more':
      if (args.length > 0 && name === 'cat') return undefined;
      return { ok: true, filter: { write: (t) => out.write(t), end: () => 0 } };
    default:
      return undefined;
  }
}

export const FILTER_NAMES = ['grep', 'head', 'tail', 'wc', 'sort', 'uniq', 'less', 'more'];
