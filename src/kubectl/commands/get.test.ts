// kubectl get's empty lists, --sort-by failures and selector errors, byte for byte and stream for
// stream. Every expected text was printed by the real kubectl v1.32.4 against
// /work/shared/tools/kubectl-standin-server.py and a copy of it that answers as a v1.32 API server
// does for table output (a meta.k8s.io/v1 Table, with the objects when includeObject=Object)
// and rejects a bad labelSelector with a 400 carrying labels.Parse's text, e.g.
//   KUBECONFIG=/tmp/kv/kc-two-pods kubectl get pods --sort-by=.no.such.field; echo $?
// `2>/dev/null` keeps stdout only, `>/dev/null` stderr only.

import { describe, expect, it } from 'vitest';
import { expectRun, outputOf, testSession, type TestSession } from '../testing/session';

function withPods(...names: string[]): TestSession {
  const session = testSession();
  for (const name of names) session.run(`kubectl run ${name} --image=nginx`);
  return session;
}

const noResources = { stdout: '', stderr: 'No resources found in default namespace.\n', exitCode: 0 };

describe('get --sort-by with a table (server-side printing)', () => {
  // Run ignores the error of the SortingPrinter, which sorts the rows of a Table with two or
  // more rows: the Table prints nothing, and kubectl says it found nothing.
  it.each([
    '--sort-by=.no.such.field',
    '--sort-by={.metadata.name',
    '--sort-by=.no.such.field -o wide',
    '--sort-by=.foo[',
  ])('prints no table and "No resources found" for two Pods and %s, with exit code 0', (flags) => {
    expectRun(withPods('a', 'b'), `kubectl get pods ${flags}`, noResources);
  });

  it('prints one Pod unsorted whatever the path, as a one-row Table is not sorted', () => {
    const session = withPods('a');
    for (const flags of ['--sort-by=.no.such.field', '--sort-by={.metadata.name', 'a --sort-by=.nope']) {
      const line = flags.startsWith('a ') ? `kubectl get pod ${flags}` : `kubectl get pods ${flags}`;
      expect(outputOf(session, line)).toMatch(/^NAME +READY +STATUS +RESTARTS +AGE\na +0\/1 +\w+ +0 +0s\n$/);
      expect(session.engine.records().at(-1)?.exitCode).toBe(0);
    }
  });

  it('says "No resources found" for an empty list, even with an unparsable path', () => {
    expectRun(testSession(), 'kubectl get pods --sort-by={.metadata.name', noResources);
  });

  it('sorts the Tables of two named Pods themselves, which have no .metadata.name', () => {
    const session = withPods('a', 'b');
    expectRun(session, 'kubectl get pod a b --sort-by=.metadata.name', {
      stdout: '',
      stderr: 'error: couldn\'t find any field with path "{.metadata.name}" in the list of objects\n',
      exitCode: 1,
    });
    expectRun(session, 'kubectl get pod a b --sort-by={.x', {
      stdout: '',
      stderr:
        "error: unexpected path string, expected a 'name1.name2' or '.name1.name2' or '{name1.name2}' or '{.name1.name2}'\n",
      exitCode: 1,
    });
  });

  it('warns that --watch ignores --sort-by, and still fails on the first list', () => {
    const session = withPods('a', 'b');
    expect(outputOf(session, 'kubectl get pods -w --sort-by=.x')).toBe(
      'warning: --watch requested, --sort-by will be ignored for watch events received\n' +
        'error: unable to output the provided object: couldn\'t find any field with path "{.x}" in the list of objects\n',
    );
    expect(session.engine.records().at(-1)?.exitCode).toBe(1);
  });
});

describe('get --sort-by with other formats (printGeneric sorts one List)', () => {
  it('fails for one listed Pod, but not for a lone named one or an empty list', () => {
    const session = withPods('a');
    expectRun(session, 'kubectl get pods -o name --sort-by=.no.such.field', {
      stdout: '',
      stderr: 'error: couldn\'t find any field with path "{.no.such.field}" in the list of objects\n',
      exitCode: 1,
    });
    expectRun(session, 'kubectl get pods -o name --sort-by={.x', {
      stdout: '',
      stderr:
        "error: unexpected path string, expected a 'name1.name2' or '.name1.name2' or '{name1.name2}' or '{.name1.name2}'\n",
      exitCode: 1,
    });
    expectRun(session, 'kubectl get pod a -o name --sort-by={.x', { stdout: 'pod/a\n', stderr: '', exitCode: 0 });
    const empty = testSession();
    expectRun(empty, 'kubectl get pods -o name --sort-by={.x', { stdout: '', stderr: '', exitCode: 0 });
    expectRun(empty, 'kubectl get pods -o custom-columns=A:.x --sort-by=.no.such.field', {
      stdout: 'A\n',
      stderr: '',
      exitCode: 0,
    });
  });

  it('sorts named objects', () => {
    expectRun(withPods('a', 'b'), 'kubectl get pod b a -o name --sort-by=.metadata.name', {
      stdout: 'pod/a\npod/b\n',
      stderr: '',
      exitCode: 0,
    });
  });
});

describe('get of an empty list', () => {
  it('prints nothing at all with -o name', () => {
    const session = testSession();
    expectRun(session, 'kubectl get pods -o name', { stdout: '', stderr: '', exitCode: 0 });
    expectRun(session, 'kubectl get pods,events -o name', { stdout: '', stderr: '', exitCode: 0 });
  });

  it('prints the custom-columns header, padded as a tabwriter pads it', () => {
    const session = testSession();
    expectRun(session, 'kubectl get pods -o custom-columns=A:.x', { stdout: 'A\n', stderr: '', exitCode: 0 });
    expectRun(session, 'kubectl get pods -o custom-columns=A:.x,BB:.metadata.name', {
      stdout: 'A     BB\n',
      stderr: '',
      exitCode: 0,
    });
    expectRun(session, 'kubectl get pods -o custom-columns=A:.x,BB:.y --no-headers', {
      stdout: '',
      stderr: '',
      exitCode: 0,
    });
  });

  it('prints the header before the errors of missing named Pods, but only the error for one', () => {
    const session = testSession();
    expectRun(session, 'kubectl get pod x y -o custom-columns=A:.x', {
      stdout: 'A\n',
      stderr: 'Error from server (NotFound): pods "x" not found\nError from server (NotFound): pods "y" not found\n',
      exitCode: 1,
    });
    expectRun(session, 'kubectl get pod x -o custom-columns=A:.x', {
      stdout: '',
      stderr: 'Error from server (NotFound): pods "x" not found\n',
      exitCode: 1,
    });
  });

  it('prints nothing with --ignore-not-found, whatever the format', () => {
    const session = testSession();
    for (const format of ['', ' -o name', ' -o yaml', ' -o custom-columns=A:.x', ' -o jsonpath={.items}']) {
      expectRun(session, `kubectl get pods${format} --ignore-not-found`, { stdout: '', stderr: '', exitCode: 0 });
    }
    expectRun(session, 'kubectl get pod x y -o custom-columns=A:.x --ignore-not-found', {
      stdout: '',
      stderr: '',
      exitCode: 0,
    });
  });
});

describe('get with a selector the API server rejects', () => {
  // The server's 400 carries labels.Parse's text; cli-runtime's EnhanceListError adds the
  // resource and both selectors.
  const cases: [selector: string, error: string][] = [
    ['=kuard', "found '=', expected: !, identifier, or 'end of string'"],
    ['app=kuard,', "found '', expected: identifier after ','"],
    ['app!kuard', "unable to parse requirement: found '!', expected: in, notin, =, ==, !=, gt, lt"],
    ['app==kuard==', "found '==', expected: ',' or 'end of string'"],
    ['app in (a', "unable to parse requirement: found '', expected: ',' or ')'"],
    ['app notin', "unable to parse requirement: found '' expected: '('"],
    [
      'app>x',
      "unable to parse requirement: values[0]: Invalid value: \"x\": for 'Gt', 'Lt' operators, the value must be an integer",
    ],
    [
      'ap$p=x',
      "unable to parse requirement: <nil>: Invalid value: \"ap$p\": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')",
    ],
  ];

  it.each(cases)('-l %s', (selector, error) => {
    expectRun(withPods('a'), `kubectl get pods -l '${selector}'`, {
      stdout: '',
      stderr: `Error from server (BadRequest): Unable to find "/v1, Resource=pods" that match label selector "${selector}", field selector "": ${error}\n`,
      exitCode: 1,
    });
  });

  it('words it the same for -o name, for a field selector, and once per resource type', () => {
    const session = testSession();
    expectRun(session, "kubectl get pods -l 'app in (a' -o name", {
      stdout: '',
      stderr:
        'Error from server (BadRequest): Unable to find "/v1, Resource=pods" that match label selector "app in (a", field selector "": unable to parse requirement: found \'\', expected: \',\' or \')\'\n',
      exitCode: 1,
    });
    expectRun(session, 'kubectl get pods --field-selector=foo=bar', {
      stdout: '',
      stderr:
        'Error from server (BadRequest): Unable to find "/v1, Resource=pods" that match label selector "", field selector "foo=bar": field label not supported: foo\n',
      exitCode: 1,
    });
    expectRun(session, 'kubectl get pods,events -l =x', {
      stdout: '',
      stderr:
        'Error from server (BadRequest): Unable to find "/v1, Resource=pods" that match label selector "=x", field selector "": found \'=\', expected: !, identifier, or \'end of string\'\n' +
        'Error from server (BadRequest): Unable to find "/v1, Resource=events" that match label selector "=x", field selector "": found \'=\', expected: !, identifier, or \'end of string\'\n',
      exitCode: 1,
    });
  });
});
