// Splits a typed line the way bash does for the small subset the console supports: words with
// single quotes, double quotes and backslash escapes; pipelines with `|`; sequences with `;`,
// `&&` and `||`; output redirection `>`, `>>`, `2>&1`, `2>/dev/null`; and `$?`,
// filled in as each pipeline starts.

export interface Stage {
  argv: string[];
  /** `> file` / `>> file`: stdout goes to a workspace file. */
  redirect?: { file: string; append: boolean };
  /** `2>&1`: stderr joins stdout (and the pipe). */
  stderrToStdout?: boolean;
  /** `2>/dev/null`: stderr is dropped. */
  stderrDropped?: boolean;
  /**
   * Words that hold `$?`, as their literal pieces with `null` where the status goes. bash expands
   * `$?` when it reaches the pipeline, so `false; echo $?` sees the status of `false`.
   */
  statusWords?: { index: number; pieces: (string | null)[] }[];
}

export interface Pipeline {
  stages: Stage[];
  /** How this pipeline relates to the previous one in the line. */
  connector: ';' | '&&' | '||';
}

export type LexResult = { ok: true; pipelines: Pipeline[] } | { ok: false; error: string };

type Token = { kind: 'word'; text: string; statusPieces?: (string | null)[] } | { kind: 'op'; text: string };

const EXIT_STATUS = null;

// Characters that mean nothing special where they stand are taken as one run, not one by one: a
// pasted line of megabytes (a huge annotation value) is read in one step instead of millions.
/** Inside a word: anything but blanks, quotes, `\`, `$`, operators and `2` (an operator before `>`). */
const PLAIN_RUN = /[^ \t'"\\$|;>&2]*/y;
/** Inside double quotes: anything but the closing quote, `\` and `$`. */
const QUOTED_RUN = /[^"\\$]*/y;

/** Where a run of `pattern` starting at `from` ends. */
function runEnd(pattern: RegExp, line: string, from: number): number {
  pattern.lastIndex = from;
  pattern.test(line);
  return pattern.lastIndex;
}

/** Where the plain characters of a word that go on from `from` end. */
function plainRunEnd(line: string, from: number): number {
  let end = runEnd(PLAIN_RUN, line, from);
  while (line[end] === '2' && line[end + 1] !== '>') end = runEnd(PLAIN_RUN, line, end + 1);
  return end;
}

function tokenize(line: string, lastExit: number, env: Readonly<Record<string, string>>): Token[] | string {
  const tokens: Token[] = [];
  let i = 0;
  let word = '';
  let inWord = false;
  let statusPieces: (string | null)[] | undefined;
  let literalFrom = 0;
  const push = () => {
    if (inWord) {
      if (statusPieces) {
        statusPieces.push(word.slice(literalFrom));
        tokens.push({ kind: 'word', text: word, statusPieces });
      } else tokens.push({ kind: 'word', text: word });
    }
    word = '';
    inWord = false;
    statusPieces = undefined;
    literalFrom = 0;
  };
  const append = (text: string | typeof EXIT_STATUS) => {
    if (text !== EXIT_STATUS) {
      word += text;
      return;
    }
    statusPieces ??= [];
    statusPieces.push(word.slice(literalFrom), EXIT_STATUS);
    word += String(lastExit);
    literalFrom = word.length;
  };
  const expand = (from: number): [string | typeof EXIT_STATUS, number] => {
    // `$?` and `$NAME`/`${NAME}`; anything else stays literal.
    if (line[from + 1] === '?') return [EXIT_STATUS, from + 2];
    const braced = /^\{([A-Za-z_][A-Za-z0-9_]*)\}/.exec(line.slice(from + 1));
    if (braced) return [env[braced[1]!] ?? '', from + 1 + braced[0].length];
    const plain = /^[A-Za-z_][A-Za-z0-9_]*/.exec(line.slice(from + 1));
    if (plain) return [env[plain[0]] ?? '', from + 1 + plain[0].length];
    return ['$', from + 1];
  };
  while (i < line.length) {
    const c = line[i]!;
    if (c === ' ' || c === '\t') {
      push();
      i++;
    } else if (c === "'") {
      const end = line.indexOf("'", i + 1);
      if (end < 0) return "unexpected EOF while looking for matching `''";
      word += line.slice(i + 1, end);
      inWord = true;
      i = end + 1;
    } else if (c === '"') {
      inWord = true;
      i++;
      for (;;) {
        if (i >= line.length) return 'unexpected EOF while looking for matching `"\'';
        const d = line[i]!;
        if (d === '"') {
          i++;
          break;
        }
        if (d === '\\' && i + 1 < line.length && '"\\$`'.includes(line[i + 1]!)) {
          word += line[i + 1];
          i += 2;
        } else if (d === '$') {
          const [text, next] = expand(i);
          append(text);
          i = next;
        } else {
          // A `\` before any other character is kept as it is, so the run takes at least that one.
          const end = Math.max(i + 1, runEnd(QUOTED_RUN, line, i));
          word += line.slice(i, end);
          i = end;
        }
      }
    } else if (c === '\\') {
      if (i + 1 < line.length) word += line[i + 1];
      inWord = true;
      i += 2;
    } else if (c === '$') {
      const [text, next] = expand(i);
      append(text);
      inWord = true;
      i = next;
    } else if (c === '#' && !inWord) {
      break; // a comment runs to the end of the line
    } else if (line.startsWith('2>&1', i)) {
      push();
      tokens.push({ kind: 'op', text: '2>&1' });
      i += 4;
    } else if (line.startsWith('2>', i) && !inWord) {
      push();
      tokens.push({ kind: 'op', text: '2>' });
      i += 2;
    } else if (line.startsWith('&&', i) || line.startsWith('||', i) || line.startsWith('>>', i)) {
      push();
      tokens.push({ kind: 'op', text: line.slice(i, i + 2) });
      i += 2;
    } else if (c === '|' || c === ';' || c === '>') {
      push();
      tokens.push({ kind: 'op', text: c });
      i++;
    } else if (c === '&') {
      return 'background jobs (&) are not supported in this console';
    } else {
      const end = plainRunEnd(line, i + 1);
      word += line.slice(i, end);
      inWord = true;
      i = end;
    }
  }
  push();
  return tokens;
}

export function lex(line: string, lastExit = 0, env: Readonly<Record<string, string>> = {}): LexResult {
  const tokens = tokenize(line, lastExit, env);
  if (typeof tokens === 'string') return { ok: false, error: `bash: ${tokens}` };
  const pipelines: Pipeline[] = [];
  let stage: Stage = { argv: [] };
  let pipeline: Pipeline = { stages: [], connector: ';' };
  const syntax = (token: string) => ({
    ok: false as const,
    error: `bash: syntax error near unexpected token \`${token}'`,
  });
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t]!;
    if (token.kind === 'word') {
      stage.argv.push(token.text);
      if (token.statusPieces)
        (stage.statusWords ??= []).push({ index: stage.argv.length - 1, pieces: token.statusPieces });
      continue;
    }
    switch (token.text) {
      case '|':
        if (stage.argv.length === 0) return syntax('|');
        pipeline.stages.push(stage);
        stage = { argv: [] };
        break;
      case '>':
      case '>>':
      case '2>': {
        const target = tokens[t + 1];
        if (!target || target.kind !== 'word') return syntax(target?.text ?? 'newline');
        t++;
        if (token.text === '2>') {
          if (target.text === '/dev/null') stage.stderrDropped = true;
          else return { ok: false, error: 'bash: redirecting stderr to a file is not supported in this console' };
        } else if (target.text === '/dev/null') {
          stage.redirect = { file: '/dev/null', append: false };
        } else stage.redirect = { file: target.text, append: token.text === '>>' };
        break;
      }
      case '2>&1':
        stage.stderrToStdout = true;
        break;
      case ';':
      case '&&':
      case '||': {
        if (stage.argv.length === 0) return syntax(token.text);
        pipeline.stages.push(stage);
        pipelines.push(pipeline);
        pipeline = { stages: [], connector: token.text };
        stage = { argv: [] };
        break;
      }
    }
  }
  if (stage.argv.length > 0) pipeline.stages.push(stage);
  else if (pipeline.stages.length > 0) return syntax('newline');
  if (pipeline.stages.length > 0) pipelines.push(pipeline);
  return { ok: true, pipelines };
}

/** The stage's words with `$?` standing for `lastExit`, the status when the pipeline starts. */
export function argvWithStatus(stage: Stage, lastExit: number): string[] {
  if (!stage.statusWords) return stage.argv;
  const argv = [...stage.argv];
  for (const { index, pieces } of stage.statusWords) {
    argv[index] = pieces.map((piece) => piece ?? String(lastExit)).join('');
  }
  return argv;
}
