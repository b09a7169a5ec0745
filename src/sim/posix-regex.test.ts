// grep's patterns, matched by RE2: the meaning GNU grep gives BRE and ERE, its error wording, and a
// catastrophic-backtracking pattern that answers at once instead of freezing the tab.
import { describe, expect, it } from 'vitest';
import { compilePosixRegex, globMatcher } from './posix-regex';
import { FakeContainer } from './images/testing/fake-host';

function matches(pattern: string, line: string, extended = false): boolean {
  const compiled = compilePosixRegex(pattern, { extended });
  if (!compiled.ok) throw new Error(compiled.problem);
  return compiled.matcher.test(line);
}

function problem(pattern: string, extended = false): string | undefined {
  const compiled = compilePosixRegex(pattern, { extended });
  return compiled.ok ? undefined : compiled.problem;
}

describe('POSIX patterns as GNU grep reads them', () => {
  it('reads |+?(){} literally in a BRE and as operators when escaped', () => {
    expect(matches('a|b', 'a|b')).toBe(true);
    expect(matches('a|b', 'a')).toBe(false);
    expect(matches('a\\|b', 'b')).toBe(true);
    expect(matches('x\\(ab\\)\\{2\\}y', 'xababy')).toBe(true);
    expect(matches('a\\+', 'aaa')).toBe(true);
    expect(matches('(a)', '(a)')).toBe(true);
  });

  it('reads them as operators in an ERE', () => {
    expect(matches('a|b', 'b', true)).toBe(true);
    expect(matches('^(ab){2}$', 'abab', true)).toBe(true);
    expect(matches('x{,2}y', 'y', true)).toBe(true);
    expect(matches('a{', 'a{', true)).toBe(true);
    expect(matches('a**', 'b', true)).toBe(true);
  });

  it('keeps ^, $ and * literal where a BRE says so', () => {
    expect(matches('a^b', 'a^b')).toBe(true);
    expect(matches('a$b', 'a$b')).toBe(true);
    expect(matches('*a', '*a')).toBe(true);
    expect(matches('*a', 'a')).toBe(false);
    expect(matches('^*', '*')).toBe(true);
  });

  it('treats a backslash inside brackets as an ordinary character and knows the named classes', () => {
    expect(matches('[\\n]', '\\')).toBe(true);
    expect(matches('[]x]', ']')).toBe(true);
    expect(matches('[^]x]', 'y')).toBe(true);
    expect(matches('^[[:digit:]]\\{3\\}$', '123')).toBe(true);
    expect(matches('[[:upper:]]', 'abc')).toBe(false);
  });

  it("refuses malformed patterns in glibc's words", () => {
    expect(problem('(', true)).toBe('Unmatched ( or \\(');
    expect(problem('\\(')).toBe('Unmatched ( or \\(');
    expect(problem('\\)')).toBe('Unmatched ) or \\)');
    expect(problem('[a')).toBe('Unmatched [, [^, [:, [., or [=');
    expect(problem('a\\{1')).toBe('Unmatched \\{');
    expect(problem('a{2,1}', true)).toBe('Invalid content of \\{\\}');
    expect(problem('[z-a]')).toBe('Invalid range end');
    expect(problem('[[:vowel:]]')).toBe('Invalid character class name');
    expect(problem('a\\')).toBe('Trailing backslash');
  });

  it('says plainly that back-references are not supported', () => {
    expect(problem('\\(a\\)\\1')).toBe('back-references are not supported');
    expect(problem('(a)\\1', true)).toBe('back-references are not supported');
  });

  it('answers a catastrophic-backtracking pattern over a long line', () => {
    expect(matches('(a+)+$', `${'a'.repeat(5000)}!`, true)).toBe(false);
    expect(matches('(a|aa)+$', 'a'.repeat(5000), true)).toBe(true);
  });
});

describe('globs', () => {
  it('match whole strings with *, ? and sets', () => {
    expect(globMatcher('*.conf').test('app.conf')).toBe(true);
    expect(globMatcher('*.conf').test('app.conf.bak')).toBe(false);
    expect(globMatcher('[!a]?').test('bc')).toBe(true);
    expect(globMatcher('a.(b)+').test('a.(b)+')).toBe(true);
    expect(globMatcher(`${'*a'.repeat(12)}b`).test('a'.repeat(3000))).toBe(false);
  });
});

describe('grep in a container', () => {
  it('answers a catastrophic pattern and words errors as busybox does', () => {
    const c = new FakeContainer('busybox', { command: ['sleep', '3600'] }).start();
    expect(c.sh(`echo ${'a'.repeat(64)}! | grep -E '(a+)+$'; echo $?`).stdout).toBe('1\n');
    expect(c.sh(`echo ab | grep -E 'a|c'`).stdout).toBe('ab\n');
    expect(c.sh(`echo 'a|c' | grep 'a|c'`).stdout).toBe('a|c\n');
    const refused = c.sh(`echo aa | grep '\\(a\\)\\1'`);
    expect(refused.stderr).toBe("grep: bad regex '\\(a\\)\\1': back-references are not supported\n");
    expect(refused.code).toBe(2);
    expect(c.sh(`echo a | grep '['`).stderr).toBe("grep: bad regex '[': Missing ']'\n");
  });
});
