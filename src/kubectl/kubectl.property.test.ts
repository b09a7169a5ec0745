// Random command lines never break the console: every line ends with a record, nothing throws,
// and input kubectl cannot accept gets a kubectl-style error with exit code 1.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from './registry';
import { testSession } from './testing/session';

/** Every verb the console knows, as a learner types it: names and aliases of the top-level commands. */
const VERBS = COMMANDS.filter((c) => !c.name.includes(' ')).flatMap((c) => [c.name, ...(c.aliases ?? [])]);

const WORDS = [
  ...VERBS,
  'pod',
  'pods',
  'po',
  'pod/kuard',
  'nodes',
  'all',
  'kuard',
  'x',
  '--',
  '-',
  '-f',
  '-n',
  '-o',
  '-l',
  '-c',
  '-it',
  '-w',
  '-A',
  '-p',
  '--all',
  '--force',
  '--now',
  '--grace-period=0',
  '--tail=3',
  '--image=nginx',
  '--dry-run=client',
  '-o=yaml',
  'yaml',
  'json',
  'wide',
  'name',
  'jsonpath={.items}',
  'app=kuard',
  'env-',
  'a.yaml',
  ':8080',
  '8080',
  '--watch=false',
  '--restart=Never',
  '--port=80',
  '=',
  '"',
  "'",
  '',
];

const argvArb = fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 6 })), { maxLength: 7 });

function quote(word: string): string {
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

describe('kubectl with random arguments', () => {
  it('never throws, and every failure is worded as kubectl words failures', () => {
    const session = testSession({
      'a.yaml':
        'apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\nspec:\n  containers:\n  - name: a\n    image: nginx\n',
    });
    fc.assert(
      fc.property(argvArb, (argv) => {
        const before = session.engine.records().length;
        const line = ['kubectl', ...argv.map(quote)].join(' ');
        const output = session.run(line);
        if (session.engine.state().kind !== 'idle') session.engine.interrupt();
        while (session.engine.state().kind === 'shell') session.engine.submit('exit');
        const records = session.engine.records();
        expect(records.length).toBeGreaterThan(before);
        const record = records[before]!;
        if (record.exitCode !== 0 && record.exitCode !== 130) {
          // A command group without its subcommand (top, config) prints its usage and exits 1, as kubectl does.
          expect(record.output).toMatch(
            /(^|\n)(error: |Error: |Error from server \(\w+\): |The \w+ "[^"]*" is invalid: |You must specify the type|E\d{4} \d\d:\d\d:\d\d\.\d{6} |the server doesn't have a resource type|Unable to listen on port|Usage:\n {2}kubectl )/,
          );
          expect(output).not.toMatch(/TypeError|ReferenceError|undefined is not|Cannot read properties/);
        }
      }),
      { numRuns: 300, seed: 42 },
    );
  });

  it("answers unknown verbs with cobra's error and exit code 1", () => {
    const session = testSession();
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{3,10}$/), (verb) => {
        fc.pre(!VERBS.includes(verb) && verb !== 'help');
        session.run(`kubectl ${verb}`);
        const record = session.engine.records().at(-1)!;
        expect(record.exitCode).toBe(1);
        expect(record.output.startsWith(`error: unknown command "${verb}" for "kubectl"\n`)).toBe(true);
      }),
      { numRuns: 100, seed: 7 },
    );
  });

  it("answers unknown long flags with pflag's error for every verb", () => {
    const session = testSession();
    fc.assert(
      fc.property(
        fc.constantFrom('get', 'describe', 'logs', 'exec', 'delete', 'apply', 'run', 'label'),
        fc.stringMatching(/^zz[a-z]{1,6}$/),
        (verb, flag) => {
          session.run(`kubectl ${verb} --${flag}`);
          const record = session.engine.records().at(-1)!;
          expect(record.exitCode).toBe(1);
          expect(record.output).toBe(`error: unknown flag: --${flag}\nSee 'kubectl ${verb} --help' for usage.\n`);
        },
      ),
      { numRuns: 60, seed: 3 },
    );
  });

  it('never breaks on arbitrary typed lines, quotes and operators included', () => {
    const session = testSession();
    const pieces = fc.constantFrom(
      'kubectl',
      'get',
      'pods',
      '|',
      '||',
      '&&',
      ';',
      '>',
      '>>',
      '2>&1',
      "'",
      '"',
      '\\',
      '$?',
      '$HOME',
      '#',
      'grep',
      'head',
      '-n',
      'x',
      ' ',
      'sleep',
      '1',
      'echo',
      'cat',
      'wc',
      '-l',
      '&',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string({ maxLength: 4 })), { maxLength: 10 }), (parts) => {
        const line = parts.join(' ');
        const before = session.engine.records().length;
        expect(() => session.run(line)).not.toThrow();
        if (session.engine.state().kind !== 'idle') session.engine.interrupt();
        const record = session.engine.records()[before];
        if (record)
          expect(record.output).not.toMatch(/TypeError|ReferenceError|undefined is not|Cannot read properties/);
      }),
      { numRuns: 300, seed: 11 },
    );
  });
});
