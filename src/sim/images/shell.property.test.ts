// Bad input never breaks anything: whatever a learner types into sh -c, the shell answers with an
// exit status (and maybe an error message) instead of throwing out of the simulator.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FakeContainer } from './testing/fake-host';

const pieces = [
  'echo',
  'ls',
  'cat',
  'sleep 1',
  'rm -rf /tmp/x',
  'touch /tmp/x',
  'if',
  'then',
  'fi',
  'else',
  'while',
  'do',
  'done',
  'for',
  'in',
  'case',
  'esac',
  ';;',
  ')',
  '(',
  '{',
  '}',
  ';',
  '&&',
  '||',
  '|',
  '&',
  '>',
  '>>',
  '<',
  '2>&1',
  '$',
  '$(',
  '`',
  '"',
  "'",
  '\\',
  '$((',
  '))',
  '${',
  '}',
  'x',
  '$x',
  'x=1',
  '*',
  '?',
  '[',
  ']',
  '!',
  '#',
  '\n',
  ' ',
  'exit',
  'break',
  'return',
  'kill 1',
  'wget -qO- localhost:1/',
  'trap',
  'exec',
  'cd ..',
  'f()',
  'read v',
  'shift',
  'set -e',
  'wait',
  'ps',
  'date +%s',
  '$((1/0))',
  '${#x}',
  '${x%y}',
];

describe('sh -c with arbitrary input', () => {
  it('always ends in an exit status or a wait, never an exception', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
        const c = new FakeContainer('busybox', { command: ['sleep', '3600'] }).start();
        const script = parts.join(' ');
        const run = c.exec(['sh', '-c', script]);
        c.advance(5_000);
        if (run.code === undefined) run.handle.signal('SIGKILL');
        expect(run.code).toBeGreaterThanOrEqual(0);
        expect(run.code).toBeLessThanOrEqual(255);
      }),
      { numRuns: 300, seed: 42 },
    );
  });

  it('an interactive shell survives any line and keeps prompting', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 8 }), (parts) => {
        const c = new FakeContainer('alpine', { command: ['sleep', '3600'] }).start();
        const sh = c.exec(['sh'], { tty: true, stdin: true });
        sh.handle.write(`${parts.join(' ').replace(/\n/g, ' ')}\n`);
        c.advance(5_000);
        sh.handle.signal('SIGINT');
        if (sh.code === undefined) {
          sh.handle.write('echo alive\n');
          c.advance(5_000);
        }
        expect(sh.code !== undefined || sh.stdout.includes('alive')).toBe(true);
      }),
      { numRuns: 200, seed: 7 },
    );
  });
});
