import { describe, expect, it } from 'vitest';
import { expectRun, outputOf, testSession } from '../testing/session';

describe('kubectl label', () => {
  it('adds, refuses to overwrite without --overwrite, overwrites, and removes', () => {
    const session = testSession();
    session.run('kubectl run kuard --image=nginx');
    expect(outputOf(session, 'kubectl label pod kuard env=prod')).toBe('pod/kuard labeled\n');
    expect(outputOf(session, 'kubectl label pod kuard env=dev')).toBe(
      "error: 'env' already has a value (prod), and --overwrite is false\n",
    );
    expect(outputOf(session, 'kubectl label pod kuard env=dev --overwrite')).toBe('pod/kuard labeled\n');
    expect(outputOf(session, 'kubectl label pods kuard env-')).toBe('pod/kuard unlabeled\n');
    const pod = session.cluster.get('Pod', 'default', 'kuard');
    expect(pod.ok && pod.value.metadata?.labels).toEqual({ run: 'kuard' });
  });

  it('rejects a label value kubectl would reject before sending', () => {
    const session = testSession();
    session.run('kubectl run kuard --image=nginx');
    // Real: kubectl label pod kuard 'a=b c'
    expect(outputOf(session, "kubectl label pod kuard 'a=b c'")).toBe(
      "error: invalid label value: \"a=b c\": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')\n",
    );
  });

  // kubectl v1.32.5 against a Pod with only app=kuard (label.go labelFunc): each missing label is
  // named on stdout before the result; annotate says nothing of a missing annotation.
  it('label.go labelFunc: names each label to remove that is absent, on stdout, then "not labeled"', () => {
    const session = testSession();
    session.run('kubectl run kuard --image=nginx --labels=app=kuard');
    expectRun(session, 'kubectl label pod kuard tier-', {
      stdout: 'label "tier" not found.\npod/kuard not labeled\n',
      stderr: '',
      exitCode: 0,
    });
    expect(outputOf(session, 'kubectl label pod kuard tier- other-')).toBe(
      'label "tier" not found.\nlabel "other" not found.\npod/kuard not labeled\n',
    );
    expect(outputOf(session, 'kubectl annotate pod kuard tier-')).toBe('pod/kuard annotated\n');
  });

  // label.go RunLabel: --list prints the labels the change would give and sends nothing; Go
  // prints a map in random order, the console sorts the keys.
  it('--list shows the labels with the change applied, sorted, and leaves the Pod as it was', () => {
    const session = testSession();
    session.run('kubectl run kuard --image=nginx --labels=tier=web,app=kuard');
    expect(outputOf(session, 'kubectl label pod kuard env=prod --list')).toBe('app=kuard\nenv=prod\ntier=web\n');
    const pod = session.cluster.get('Pod', 'default', 'kuard');
    expect(pod.ok && pod.value.metadata?.labels).toEqual({ tier: 'web', app: 'kuard' });
  });

  it('--resource-version sends the version, so a stale one is a Conflict; --field-manager names the writer', () => {
    const session = testSession();
    session.run('kubectl run kuard --image=nginx');
    expect(outputOf(session, 'kubectl label pod kuard a=b --resource-version=1')).toBe(
      'Error from server (Conflict): Operation cannot be fulfilled on pods "kuard": the object has been modified; please apply your changes to the latest version and try again\n',
    );
    const version = session.run('kubectl get pod kuard -o jsonpath={.metadata.resourceVersion}').split('\n')[1];
    expect(outputOf(session, `kubectl label pod kuard a=b --resource-version=${version} --field-manager=me`)).toBe(
      'pod/kuard labeled\n',
    );
    const pod = session.cluster.get('Pod', 'default', 'kuard');
    expect(pod.ok && pod.value.metadata?.managedFields?.map((m) => m.manager)).toContain('me');
  });

  it('-A with --all labels the Pods of every namespace', () => {
    const session = testSession();
    session.run('kubectl run kuard --image=nginx', 'kubectl run other --image=nginx -n kube-public');
    expect(outputOf(session, 'kubectl label pods --all -A stage=test -l run')).toBe(
      'error: cannot set --all and --selector at the same time\n',
    );
    expect(outputOf(session, 'kubectl label pods -A -l run stage=test')).toBe('pod/kuard labeled\npod/other labeled\n');
  });
});
