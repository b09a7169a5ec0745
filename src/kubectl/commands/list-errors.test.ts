// A selector the API server rejects, for every command that lists through cli-runtime's resource
// builder (delete, describe, label, annotate, wait, logs -l): the builder's Selector visitor wraps
// the server's 400 with EnhanceListError, and `kubectl top pod -l` parses the selector on the
// client instead. Every expected text was printed by the real kubectl v1.32.4 against a copy of
// /work/shared/tools/kubectl-standin-server.py that answers a list whose labelSelector or
// fieldSelector is bad with a 400 Status carrying the API server's text (labels.Parse's, or
// "field label not supported: foo"), e.g.
//   KUBECONFIG=kc kubectl delete pods -l =kuard; echo $?
// A type whose list fails does not stop the others: `kubectl delete pods,events -l S` against a
// stand-in that rejects only the events list printed `pod "kuard" deleted (dry run)` on stdout and
// the events error on stderr, exit code 1 (likewise label, annotate, describe, and wait when the
// Pod's condition is met). The flag checks (--all with a selector, a name with a selector, a
// selector of spaces) were printed by the same binary. `2>/dev/null` keeps stdout only,
// `>/dev/null` stderr only.

import { describe, expect, it } from 'vitest';
import { expectRun, outputOf, testSession, type TestSession } from '../testing/session';

function withKuard(): TestSession {
  const session = testSession();
  session.run('kubectl run kuard --image=gcr.io/kuar-demo/kuard-amd64:blue -l app=kuard');
  return session;
}

/** Runs the line three times (stdout only, stderr only, both); a command that changes the cluster gets a fresh one each time. */
const EQ = "found '=', expected: !, identifier, or 'end of string'";
const unableToFind = (resource: string, label: string, field: string, message: string) =>
  `Error from server (BadRequest): Unable to find "/v1, Resource=${resource}" that match label selector "${label}", field selector "${field}": ${message}\n`;

describe('a label selector the API server rejects', () => {
  it.each([
    'logs -l =kuard',
    'delete pods -l =kuard',
    'describe pods -l =kuard',
    'label pods -l =kuard a=b',
    'annotate pods -l =kuard a=b',
    'wait pods -l =kuard --for=condition=Ready --timeout=1s',
    'wait pods -l =kuard --for=delete --timeout=1s',
    "wait pods -l =kuard --for=jsonpath='{.status.phase}'=Running --timeout=1s",
  ])('kubectl %s', (command) => {
    expectRun(withKuard(), `kubectl ${command}`, {
      stdout: '',
      stderr: unableToFind('pods', '=kuard', '', EQ),
      exitCode: 1,
    });
  });

  it('quotes the selector as given (after trimming), whatever the parse error', () => {
    expectRun(withKuard(), "kubectl delete pods -l 'app in (a'", {
      stdout: '',
      stderr: unableToFind('pods', 'app in (a', '', "unable to parse requirement: found '', expected: ',' or ')'"),
      exitCode: 1,
    });
  });

  it.each([
    'describe pods,events -l =x',
    'delete pods,events -l =x',
    'label pods,events -l =x a=b',
    'wait pods,events -l =x --for=delete',
  ])('reports each type once: kubectl %s', (command) => {
    expectRun(withKuard(), `kubectl ${command}`, {
      stdout: '',
      stderr:
        unableToFind('pods', '=x', '', "found '=', expected: !, identifier, or 'end of string'") +
        unableToFind('events', '=x', '', "found '=', expected: !, identifier, or 'end of string'"),
      exitCode: 1,
    });
  });
});

describe('a field selector the API server rejects', () => {
  it.each([
    'delete pods --field-selector=foo=bar',
    'label pods --field-selector=foo=bar a=b',
    'annotate pods --field-selector=foo=bar a=b',
    'wait pods --field-selector=foo=bar --for=delete --timeout=1s',
  ])('kubectl %s', (command) => {
    expectRun(withKuard(), `kubectl ${command}`, {
      stdout: '',
      stderr: unableToFind('pods', '', 'foo=bar', 'field label not supported: foo'),
      exitCode: 1,
    });
  });

  it('names both selectors, and the label selector fails first', () => {
    for (const command of [
      'label pods -l =kuard --field-selector=foo=bar a=b',
      'delete pods -l =kuard --field-selector=foo=bar',
    ]) {
      expectRun(withKuard(), `kubectl ${command}`, {
        stdout: '',
        stderr: unableToFind('pods', '=kuard', 'foo=bar', EQ),
        exitCode: 1,
      });
    }
  });

  it('is refused with a name, with --all, or when it is only spaces, as the builder refuses them', () => {
    const session = withKuard();
    expectRun(session, 'kubectl delete pod kuard --field-selector=a=b', {
      stdout: '',
      stderr: 'error: name cannot be provided when a selector is specified\n',
      exitCode: 1,
    });
    expectRun(session, 'kubectl label pod kuard --field-selector=a=b x=y', {
      stdout: '',
      stderr: 'error: name cannot be provided when a selector is specified\n',
      exitCode: 1,
    });
    expectRun(session, "kubectl delete pods --field-selector=' '", {
      stdout: '',
      stderr: 'error: resource(s) were provided, but no name was specified\n',
      exitCode: 1,
    });
    expectRun(session, "kubectl wait pods --field-selector=' ' --for=delete", {
      stdout: '',
      stderr: 'error: resource(s) were provided, but no name was specified\n',
      exitCode: 1,
    });
    expectRun(session, 'kubectl delete pods --all --field-selector=foo=bar --dry-run=client', {
      stdout: '',
      stderr: "error: setting 'all' parameter but found a non empty selector. \n",
      exitCode: 1,
    });
  });

  it('is checked by label and annotate as their Validate does, before the builder', () => {
    const session = withKuard();
    expectRun(session, 'kubectl label', {
      stdout: '',
      stderr: 'error: one or more resources must be specified as <resource> <name> or <resource>/<name>\n',
      exitCode: 1,
    });
    expectRun(session, 'kubectl label pods --all', {
      stdout: '',
      stderr: 'error: at least one label update is required\n',
      exitCode: 1,
    });
    expectRun(session, 'kubectl label pods --all --field-selector=a=b x=y', {
      stdout: '',
      stderr: 'error: cannot set --all and --field-selector at the same time\n',
      exitCode: 1,
    });
    expectRun(session, 'kubectl annotate pods --all -l a=b x=y', {
      stdout: '',
      stderr: 'error: cannot set --all and --selector at the same time\n',
      exitCode: 1,
    });
    expectRun(session, "kubectl label pods --all -l ' ' x=y", {
      stdout: '',
      stderr: 'error: cannot set --all and --selector at the same time\n',
      exitCode: 1,
    });
    expectRun(session, 'kubectl annotate pod kuard -l a=b x=y', {
      stdout: '',
      stderr: 'error: name cannot be provided when a selector is specified\n',
      exitCode: 1,
    });
    expectRun(session, "kubectl label pods -l ' ' x=y", {
      stdout: '',
      stderr: 'error: resource(s) were provided, but no name was specified\n',
      exitCode: 1,
    });
  });

  it('is not a flag of describe, logs or events', () => {
    const session = withKuard();
    for (const command of ['describe', 'logs', 'events']) {
      expectRun(session, `kubectl ${command} --field-selector=foo=bar`, {
        stdout: '',
        stderr: `error: unknown flag: --field-selector\nSee 'kubectl ${command} --help' for usage.\n`,
        exitCode: 1,
      });
    }
    expectRun(session, 'kubectl events -l =kuard', {
      stdout: '',
      stderr: "error: unknown shorthand flag: 'l' in -l\nSee 'kubectl events --help' for usage.\n",
      exitCode: 1,
    });
  });
});

describe('one type listed, another rejected', () => {
  // status.phase is a field of Pods, not of Events: the events list fails, the Pods are handled.
  const eventsError = unableToFind('events', '', 'status.phase=Pending', 'field label not supported: status.phase');

  it('deletes, labels and annotates what was listed, then reports the error, with exit code 1', () => {
    expectRun(withKuard, 'kubectl delete events,pods --field-selector=status.phase=Pending --dry-run=client', {
      stdout: 'pod "kuard" deleted (dry run)\n',
      stderr: eventsError,
      exitCode: 1,
    });
    expectRun(withKuard, 'kubectl label events,pods --field-selector=status.phase=Pending a=b', {
      stdout: 'pod/kuard labeled\n',
      stderr: eventsError,
      exitCode: 1,
    });
    expectRun(withKuard, 'kubectl annotate pods,events --field-selector=status.phase=Pending a=b', {
      stdout: 'pod/kuard annotated\n',
      stderr: eventsError,
      exitCode: 1,
    });
  });

  it('does not wait for the deleted Pods when a list failed', () => {
    const session = withKuard();
    session.run('sleep 30');
    expect(outputOf(session, 'kubectl delete pods,events --field-selector=status.phase=Running')).toBe(
      'pod "kuard" deleted\n' + eventsError.replace('Pending', 'Running'),
    );
    expect(session.engine.records().at(-1)?.exitCode).toBe(1);
    expect(outputOf(session, 'kubectl get pods')).toMatch(
      /^NAME +READY +STATUS +RESTARTS +AGE\nkuard +1\/1 +Terminating /,
    );
  });

  it('waits for what was listed, then reports the error', () => {
    expectRun(
      withKuard(),
      "kubectl wait events,pods --field-selector=status.phase=Pending --for=jsonpath='{.status.phase}'=Pending --timeout=1s",
      {
        stdout: 'pod/kuard condition met\n',
        stderr: eventsError,
        exitCode: 1,
      },
    );
    // On a timeout kubectl prints the errors of its aggregate as they are, without "error: " or "Error from server".
    expectRun(
      withKuard(),
      'kubectl wait events,pods --field-selector=status.phase=Pending --for=condition=Nope --timeout=1s',
      {
        stdout: '',
        stderr:
          'timed out waiting for the condition on pods/kuard\nUnable to find "/v1, Resource=events" that match label selector "", field selector "status.phase=Pending": field label not supported: status.phase\n',
        exitCode: 1,
      },
    );
  });
});

describe('kubectl top pod -l (parsed on the client, before the Metrics API is asked)', () => {
  it.each([
    ['=kuard', EQ],
    ['app in (a', "unable to parse requirement: found '', expected: ',' or ')'"],
    [
      'ap$p=x',
      "unable to parse requirement: <nil>: Invalid value: \"ap$p\": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')",
    ],
  ])('-l %s', (selector, error) => {
    expectRun(withKuard(), `kubectl top pod -l '${selector}'`, {
      stdout: '',
      stderr: `error: ${error}\n`,
      exitCode: 1,
    });
  });

  it('refuses a name with a selector', () => {
    expectRun(withKuard(), 'kubectl top pod kuard -l app=kuard', {
      stdout: '',
      stderr: 'error: only one of NAME or selector can be provided\n',
      exitCode: 1,
    });
  });

  it('shows only the Pods the selector matches', () => {
    const session = withKuard();
    session.run('kubectl run other --image=nginx', 'sleep 120');
    expect(outputOf(session, 'kubectl top pod -l app=kuard')).toMatch(
      /^NAME +CPU\(cores\) +MEMORY\(bytes\)\nkuard +\d+m +\d+Mi\n$/,
    );
    expect(outputOf(session, 'kubectl top pod')).toMatch(/\nkuard .*\nother /);
  });
});
