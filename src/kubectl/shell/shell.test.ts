import { describe, expect, it } from 'vitest';
import { outputOf, testSession } from '../testing/session';
import { gnuDate, parseSleep } from './builtins';
import { lex } from './lexer';

describe('lex', () => {
  it('splits words with quotes and escapes like bash', () => {
    const result = lex(`kubectl exec kuard -- sh -c 'echo "hi there"' "a b" c\\ d`);
    expect(result.ok && result.pipelines[0]!.stages[0]!.argv).toEqual([
      'kubectl',
      'exec',
      'kuard',
      '--',
      'sh',
      '-c',
      'echo "hi there"',
      'a b',
      'c d',
    ]);
  });

  it('keeps a backslash inside double quotes unless it escapes ", \\, $ or `, as bash does', () => {
    const result = lex(String.raw`grep "(a)\1" "\d+" "say \"hi\"" "\\" "\n"`);
    expect(result.ok && result.pipelines[0]!.stages[0]!.argv).toEqual([
      'grep',
      String.raw`(a)\1`,
      String.raw`\d+`,
      'say "hi"',
      '\\',
      String.raw`\n`,
    ]);
  });

  it('builds pipelines, sequences and redirections', () => {
    const result = lex('kubectl get pods | grep kuard > out.txt; echo $? && date');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.pipelines.map((p) => p.connector)).toEqual([';', ';', '&&']);
    expect(result.pipelines[0]!.stages.map((s) => s.argv[0])).toEqual(['kubectl', 'grep']);
    expect(result.pipelines[0]!.stages[1]!.redirect).toEqual({ file: 'out.txt', append: false });
  });

  it('keeps a 2 inside a word, a # after its start and text around quotes and variables in one word', () => {
    const result = lex('echo a2b 22 x#y "q2 $HOME-z" w2>out 2>/dev/null', 0, { HOME: '/root' });
    expect(result.ok && result.pipelines[0]!.stages[0]).toEqual({
      argv: ['echo', 'a2b', '22', 'x#y', 'q2 /root-z', 'w2'],
      redirect: { file: 'out', append: false },
      stderrDropped: true,
    });
  });

  it("reports bash's errors for unbalanced quotes and dangling pipes", () => {
    expect(lex("echo 'oops")).toEqual({ ok: false, error: "bash: unexpected EOF while looking for matching `''" });
    expect(lex('kubectl get pods |')).toEqual({
      ok: false,
      error: "bash: syntax error near unexpected token `newline'",
    });
    expect(lex('| grep x')).toEqual({ ok: false, error: "bash: syntax error near unexpected token `|'" });
  });
});

describe('shell builtins', () => {
  it('prints the simulated time as GNU date does', () => {
    expect(gnuDate(Date.UTC(2026, 10, 22, 10, 0, 5))).toBe('Sun Nov 22 10:00:05 UTC 2026');
    expect(gnuDate(Date.UTC(2026, 11, 1, 9, 5, 0))).toBe('Tue Dec  1 09:05:00 UTC 2026');
  });

  it('parses sleep durations with GNU suffixes', () => {
    expect(parseSleep(['30'])).toBe(30_000);
    expect(parseSleep(['30s'])).toBe(30_000);
    expect(parseSleep(['2m'])).toBe(120_000);
    expect(parseSleep(['1m', '30s'])).toBe(90_000);
    expect(parseSleep(['abc'])).toBe("sleep: invalid time interval 'abc'\nTry 'sleep --help' for more information.\n");
  });

  it('advances the simulated clock with sleep when the console drives it', () => {
    const session = testSession();
    session.run('sleep 2m');
    expect(outputOf(session, 'date')).toBe('Sun Nov 22 10:02:00 UTC 2026\n');
  });

  it('lists and prints workspace files, with the coreutils errors', () => {
    const session = testSession({ 'b.yaml': 'b: 1\n', 'a.yaml': 'a: 1\n' });
    expect(outputOf(session, 'ls')).toBe('a.yaml  b.yaml\n');
    expect(outputOf(session, 'cat a.yaml')).toBe('a: 1\n');
    expect(outputOf(session, 'cat nope.yaml')).toBe('cat: nope.yaml: No such file or directory\n');
    expect(session.engine.records().at(-1)?.exitCode).toBe(1);
  });

  it('filters output through grep, head, tail and wc', () => {
    const session = testSession({ 'f.txt': 'one\ntwo\nthree\nfour\n' });
    expect(outputOf(session, 'cat f.txt | grep -v o')).toBe('three\n');
    expect(outputOf(session, 'cat f.txt | grep -i T')).toBe('two\nthree\n');
    expect(outputOf(session, 'cat f.txt | grep -c o')).toBe('3\n');
    expect(outputOf(session, 'cat f.txt | head -n 2')).toBe('one\ntwo\n');
    expect(outputOf(session, 'cat f.txt | tail -1')).toBe('four\n');
    expect(outputOf(session, 'cat f.txt | wc -l')).toBe('4\n');
    expect(outputOf(session, 'wc -l f.txt')).toBe('4 f.txt\n');
    expect(outputOf(session, 'cat f.txt | grep zzz')).toBe('');
    expect(session.engine.records().at(-1)?.exitCode).toBe(1);
  });

  it("matches grep's patterns without backtracking, with GNU grep's errors", () => {
    const session = testSession();
    expect(outputOf(session, `echo ${'a'.repeat(64)}! | grep -E "(a+)+$"`)).toBe('');
    expect(session.engine.records().at(-1)?.exitCode).toBe(1);
    expect(outputOf(session, `echo ${'a'.repeat(64)} | grep -E "(a+)+$"`)).toBe(`${'a'.repeat(64)}\n`);
    expect(outputOf(session, 'echo "a|b" | grep "a|b"')).toBe('a|b\n');
    expect(outputOf(session, 'echo x | grep "[x"')).toBe('grep: Unmatched [, [^, [:, [., or [=\n');
    expect(session.engine.records().at(-1)?.exitCode).toBe(2);
    expect(outputOf(session, 'echo aa | grep -E "(a)\\1"')).toBe('grep: back-references are not supported\n');
  });

  it('lets a filter read a workspace file directly, with coreutils errors for missing ones', () => {
    const session = testSession({ 'f.txt': 'one\ntwo\nthree\n' });
    expect(outputOf(session, 'head -n 1 f.txt')).toBe('one\n');
    expect(outputOf(session, 'tail f.txt')).toBe('one\ntwo\nthree\n');
    expect(outputOf(session, 'wc f.txt')).toBe(' 3  3 14 f.txt\n');
    expect(outputOf(session, 'cat f.txt | wc')).toBe('      3       3      14\n');
    expect(outputOf(session, 'grep -c t f.txt')).toBe('2\n');
    expect(outputOf(session, 'grep x nope.txt')).toBe('grep: nope.txt: No such file or directory\n');
    expect(session.engine.records().at(-1)?.exitCode).toBe(2);
    expect(outputOf(session, 'head nope.txt')).toBe(
      "head: cannot open 'nope.txt' for reading: No such file or directory\n",
    );
  });

  it('writes redirected output to the workspace', () => {
    const session = testSession();
    session.run('echo hello > note.txt', 'echo again >> note.txt');
    expect(session.workspace.read('note.txt')).toBe('hello\nagain\n');
  });

  it('answers unknown commands like bash, suggesting kubectl for its typos', () => {
    const session = testSession();
    expect(outputOf(session, 'foo')).toBe('bash: foo: command not found\n');
    expect(session.engine.records().at(-1)?.exitCode).toBe(127);
    expect(outputOf(session, 'kubctl get pods')).toBe("bash: kubctl: command not found\nDid you mean 'kubectl'?\n");
    expect(outputOf(session, 'kubeclt get pods')).toBe("bash: kubeclt: command not found\nDid you mean 'kubectl'?\n");
  });

  it('keeps history and numbers it like bash', () => {
    const session = testSession();
    session.run('date', 'ls');
    expect(outputOf(session, 'history')).toBe('    1  date\n    2  ls\n    3  history\n');
  });

  it('expands $? to the last exit status', () => {
    const session = testSession();
    session.run('kubectl get pod nope');
    expect(outputOf(session, 'echo $?')).toBe('1\n');
  });

  it('expands $? in each part of a line with the status the part before it left, as bash does', () => {
    const session = testSession();
    expect(outputOf(session, 'echo hi | grep x; echo rc=$?')).toBe('rc=1\n');
    expect(outputOf(session, 'true; echo "$?"; false; echo "was $?"')).toBe('0\nwas 1\n');
    expect(outputOf(session, 'kubectl get pod nope 2>/dev/null || echo failed:$?:$?')).toBe('failed:1:1\n');
    expect(outputOf(session, 'false && echo no; echo $?')).toBe('1\n');
    expect(outputOf(session, "echo '$?' \\$?")).toBe('$? $?\n');
  });

  it('asks the UI to clear the screen', () => {
    const session = testSession();
    expect(outputOf(session, 'clear')).toBe('<clear>\n');
  });

  it("reports curl's connection error when no port-forward listens", () => {
    const session = testSession();
    expect(outputOf(session, 'curl -s http://localhost:8080/healthy')).toBe(
      "curl: (7) Failed to connect to localhost port 8080 after 0 ms: Couldn't connect to server\n",
    );
    expect(session.engine.records().at(-1)?.exitCode).toBe(7);
  });
});

describe('grep context', () => {
  it('prints -A/-B/-C context with "--" between groups, as GNU grep does', () => {
    const session = testSession({ 'f.txt': 'a\nmatch1\nb\nc\nd\nmatch2\ne\n' });
    expect(outputOf(session, 'grep -A 1 match f.txt')).toBe('match1\nb\n--\nmatch2\ne\n');
    expect(outputOf(session, 'cat f.txt | grep -B1 match')).toBe('a\nmatch1\n--\nd\nmatch2\n');
    expect(outputOf(session, 'cat f.txt | grep -C 2 match2')).toBe('c\nd\nmatch2\ne\n');
  });
});
