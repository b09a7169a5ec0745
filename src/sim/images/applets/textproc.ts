// Text-processing applets for pipelines: head, tail, wc, grep, sort, tee, seq, basename, dirname.

import type { ExecContext } from '../machine';
import type { Run } from '../process';
import { resolvePath } from '../../fs';
import { checkWritable, errnoText, isGnu, parseFlags } from './files';
import { readStdin } from './input';
import { compilePosixRegex, type PosixRegexProblem } from '../../posix-regex';

/** Concatenated input of the operand files (or stdin); reports unreadable files busybox-style. */
function* gather(
  ctx: ExecContext,
  applet: string,
  operands: string[],
): Generator<import('../process').Wait, { text: string; status: number }, import('../process').Resume> {
  if (operands.length === 0) return { text: yield* readStdin(ctx), status: 0 };
  let text = '';
  let status = 0;
  for (const name of operands) {
    const node = ctx.machine.host.fs.stat(resolvePath(ctx.cwd, name));
    if (node?.kind === 'file') text += node.content;
    else {
      ctx.io.err(
        node
          ? `${applet}: read error: Is a directory\n`
          : `${applet}: can't open '${name}': No such file or directory\n`,
      );
      status = 1;
    }
  }
  return { text, status };
}

function lines(text: string): string[] {
  const all = text.split('\n');
  if (all[all.length - 1] === '') all.pop();
  return all;
}

/** A first argument of -N is the legacy spelling of -n N (busybox head.c and tail.c, INCLUDE_SUSv2; GNU alike). */
function legacyCount(args: string[]): string[] {
  const first = args[0];
  return first !== undefined && /^-\d+$/.test(first) ? ['-n', first.slice(1), ...args.slice(1)] : args;
}

export function* head(ctx: ExecContext): Run {
  const { operands, values } = parseFlags(legacyCount(ctx.argv.slice(1)));
  const count = Number(values.get('n') ?? 10);
  const { text, status } = yield* gather(ctx, 'head', operands);
  for (const line of lines(text).slice(0, count)) ctx.io.out(`${line}\n`);
  return status;
}

export function* tail(ctx: ExecContext): Run {
  const { operands, values } = parseFlags(legacyCount(ctx.argv.slice(1)));
  const count = Number(values.get('n') ?? 10);
  const { text, status } = yield* gather(ctx, 'tail', operands);
  for (const line of lines(text).slice(-count)) ctx.io.out(`${line}\n`);
  return status;
}

export function* wc(ctx: ExecContext): Run {
  const { flags, operands } = parseFlags(ctx.argv.slice(1));
  const { text, status } = yield* gather(ctx, 'wc', operands);
  const counts = { l: (text.match(/\n/g) ?? []).length, w: text.split(/\s+/).filter(Boolean).length, c: text.length };
  const chosen = (['l', 'w', 'c'] as const).filter((f) => flags.size === 0 || flags.has(f));
  const numbers = chosen.map((f) => String(counts[f]).padStart(chosen.length === 1 ? 0 : 7));
  const suffix = operands.length === 1 ? ` ${operands[0]}` : '';
  ctx.io.out(`${numbers.join(' ')}${suffix}\n`);
  return status;
}

/** musl's regerror text for the problems glibc words differently (musl src/regex/regerror.c). */
const MUSL_REGERROR: Partial<Record<PosixRegexProblem, string>> = {
  'Unmatched ( or \\(': "Missing ')'",
  'Unmatched ) or \\)': "Missing ')'",
  'Unmatched [, [^, [:, [., or [=': "Missing ']'",
  'Unmatched \\{': "Missing '}'",
  'Invalid content of \\{\\}': 'Invalid contents of {}',
  'Invalid range end': 'Invalid character range',
  'Invalid character class name': 'Unknown character class name',
  'Regular expression too big': 'Out of memory',
  'Invalid regular expression': 'Invalid regexp',
};

export function* grep(ctx: ExecContext): Run {
  const { flags, operands } = parseFlags(ctx.argv.slice(1));
  const pattern = operands.shift();
  if (pattern === undefined) {
    ctx.io.err(
      'BusyBox v1.36.1 (2023-05-18 22:34:17 UTC) multi-call binary.\n\nUsage: grep [-HhnlLoqvsrRiwFE] [-m N] [-A|B|C N] { PATTERN | -e PATTERN... | -f FILE... } [FILE]...\n',
    );
    return 2;
  }
  const compiled = compilePosixRegex(pattern, {
    extended: flags.has('E'),
    fixed: flags.has('F'),
    ignoreCase: flags.has('i'),
    word: flags.has('w'),
  });
  if (!compiled.ok) {
    // GNU grep prints glibc's reason; busybox's xregcomp names the pattern and musl's reason.
    ctx.io.err(
      isGnu(ctx)
        ? `grep: ${compiled.problem}\n`
        : `grep: bad regex '${pattern}': ${MUSL_REGERROR[compiled.problem] ?? compiled.problem}\n`,
    );
    return 2;
  }
  const regex = compiled.matcher;
  const { text, status } = yield* gather(ctx, 'grep', operands);
  const matched = lines(text).filter((line) => regex.test(line) !== flags.has('v'));
  if (flags.has('c')) ctx.io.out(`${matched.length}\n`);
  else if (!flags.has('q')) for (const line of matched) ctx.io.out(`${line}\n`);
  if (status !== 0) return 2;
  return matched.length > 0 ? 0 : 1;
}

export function* sort(ctx: ExecContext): Run {
  const { flags, operands } = parseFlags(ctx.argv.slice(1));
  const { text, status } = yield* gather(ctx, 'sort', operands);
  let sorted = lines(text).sort(flags.has('n') ? (a, b) => parseFloat(a) - parseFloat(b) : undefined);
  if (flags.has('r')) sorted = sorted.reverse();
  if (flags.has('u')) sorted = sorted.filter((line, i) => i === 0 || line !== sorted[i - 1]);
  for (const line of sorted) ctx.io.out(`${line}\n`);
  return status;
}

export function* tee(ctx: ExecContext): Run {
  const { flags, operands } = parseFlags(ctx.argv.slice(1));
  const text = yield* readStdin(ctx);
  ctx.io.out(text);
  let status = 0;
  for (const name of operands) {
    try {
      checkWritable(ctx, resolvePath(ctx.cwd, name));
      ctx.machine.host.fs.writeFile(resolvePath(ctx.cwd, name), text, { append: flags.has('a') });
    } catch (error) {
      ctx.io.err(`tee: ${name}: ${errnoText(error)}\n`);
      status = 1;
    }
  }
  return status;
}

/** The longest output `seq` gives in the simulator, which keeps every line in memory. */
const SEQ_MAX_LINES = 100_001;

export function* seq(ctx: ExecContext): Run {
  const nums = ctx.argv.slice(1).map(Number);
  if (nums.length === 0 || nums.some((n) => !Number.isFinite(n))) {
    ctx.io.err(`seq: invalid number '${ctx.argv.slice(1).find((a) => !Number.isFinite(Number(a))) ?? ''}'\n`);
    return 1;
  }
  const [first, step, last] =
    nums.length === 1 ? [1, 1, nums[0]!] : nums.length === 2 ? [nums[0]!, 1, nums[1]!] : [nums[0]!, nums[1]!, nums[2]!];
  if (step === 0) return 0;
  const lines: string[] = [];
  for (let n = first; step > 0 ? n <= last : n >= last; n += step) {
    if (lines.length === SEQ_MAX_LINES) {
      // Real seq would go on; the simulated container stops here and says so rather than cut silently.
      ctx.io.out(`${lines.join('\n')}\n`);
      ctx.io.err(`seq: output stopped after ${SEQ_MAX_LINES} lines: the simulated container prints no more\n`);
      return 1;
    }
    lines.push(String(n));
  }
  if (lines.length > 0) ctx.io.out(`${lines.join('\n')}\n`);
  return 0;
}

export function* basename(ctx: ExecContext): Run {
  const [path = '', suffix] = ctx.argv.slice(1);
  let base = path.replace(/\/+$/, '');
  base = base.slice(base.lastIndexOf('/') + 1) || (path.startsWith('/') ? '/' : '');
  if (suffix && base.endsWith(suffix) && base !== suffix) base = base.slice(0, -suffix.length);
  ctx.io.out(`${base}\n`);
  return 0;
}

export function* dirname(ctx: ExecContext): Run {
  const path = (ctx.argv[1] ?? '').replace(/\/+$/, '');
  const cut = path.lastIndexOf('/');
  ctx.io.out(`${cut < 0 ? '.' : cut === 0 ? '/' : path.slice(0, cut)}\n`);
  return 0;
}
