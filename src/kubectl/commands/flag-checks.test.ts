// The checks upstream kubectl makes once an object was found (the ones a recording against an
// empty stand-in server cannot reach), and the flags the wider error sweep added. Each expected
// text comes from the v1.32 source named in the test.

import { describe, expect, it } from 'vitest';
import { outputOf, testSession, type TestSession } from '../testing/session';

function withKuard(): TestSession {
  const session = testSession();
  session.run(
    'kubectl run kuard --image=gcr.io/kuar-demo/kuard-amd64:blue',
    'kubectl wait --for=condition=Ready pod/kuard --timeout=120s',
  );
  return session;
}

function exitCode(session: TestSession): number | undefined {
  return session.engine.records().at(-1)?.exitCode;
}

describe('kubectl logs, LogsOptions.Validate after the Pod was found (logs.go)', () => {
  it('refuses -c together with an inline container, once the Pod exists', () => {
    const session = withKuard();
    expect(outputOf(session, 'kubectl logs kuard kuard -c kuard')).toBe(
      'error: only one of -c or an inline [CONTAINER] arg is allowed\n',
    );
    expect(exitCode(session)).toBe(1);
  });

  it('takes the second argument as the container', () => {
    const session = withKuard();
    expect(outputOf(session, 'kubectl logs kuard nosuch')).toBe('error: container nosuch is not valid for pod kuard\n');
  });

  it('checks --limit-bytes and --since in Validate order', () => {
    const session = withKuard();
    expect(outputOf(session, 'kubectl logs kuard --limit-bytes=-1 --since=-1s')).toBe(
      'error: --limit-bytes must be greater than 0\n',
    );
    expect(outputOf(session, 'kubectl logs kuard --since=-1s --tail=-5')).toBe(
      'error: --since must be greater than 0\n',
    );
  });

  it('returns at most --limit-bytes bytes of the log, and all of it for 0', () => {
    const session = withKuard();
    const whole = outputOf(session, 'kubectl logs kuard');
    expect(whole.length).toBeGreaterThan(20);
    expect(outputOf(session, 'kubectl logs kuard --limit-bytes=20')).toBe(whole.slice(0, 20));
    expect(outputOf(session, 'kubectl logs kuard --limit-bytes=0')).toBe(whole);
  });

  it('names the Go type of a kind that has no logs (polymorphichelpers logsForObjectWithClient)', () => {
    const session = withKuard();
    expect(outputOf(session, 'kubectl logs node/node-1')).toBe(
      'error: cannot get the logs from *v1.Node: selector for *v1.Node not implemented\n',
    );
    expect(outputOf(session, 'kubectl logs node/nosuch')).toBe(
      'error: error from server (NotFound): nodes "nosuch" not found in namespace "default"\n',
    );
  });

  it('refuses to follow more streams than --max-log-requests (RunLogs)', () => {
    const session = withKuard();
    expect(outputOf(session, 'kubectl logs -f -l run=kuard --max-log-requests=0')).toBe(
      'error: you are attempting to follow 1 log streams, but maximum allowed concurrency is 0, use --max-log-requests to increase the limit\n',
    );
    expect(exitCode(session)).toBe(1);
  });

  it('prefixes each line with --all-pods, as --prefix does', () => {
    const session = withKuard();
    const line = outputOf(session, 'kubectl logs -l run=kuard --all-pods --tail=1');
    expect(line).toMatch(/^\[pod\/kuard\/kuard\] .+\n$/);
  });
});

describe('kubectl delete flags (delete_flags.go, delete.go)', () => {
  it('warns about a boolean --cascade before deleting, and deletes the same way', () => {
    const session = withKuard();
    expect(outputOf(session, 'kubectl delete pod kuard --cascade=false')).toBe(
      'warning: --cascade=false is deprecated (boolean value) and can be replaced with --cascade=orphan.\npod "kuard" deleted\n',
    );
    const pods = session.cluster.list('Pod', 'default');
    expect(pods.ok && pods.value.length).toBe(0);
  });

  it('deletes the selected objects of every namespace with -A', () => {
    const session = withKuard();
    session.run('kubectl create namespace other', 'kubectl run web -n other --image=nginx --labels=app=web');
    session.run('kubectl run web --image=nginx --labels=app=web');
    expect(outputOf(session, 'kubectl delete pods -A -l app=web --wait=false')).toBe(
      'pod "web" deleted\npod "web" deleted\n',
    );
    const left = session.cluster.list('Pod', undefined, { labelSelector: 'app=web' });
    expect(left.ok && left.value.every((p) => p.metadata?.deletionTimestamp)).toBe(true);
    expect(outputOf(session, 'kubectl get pod kuard -o name')).toBe('pod/kuard\n');
  });

  it('finds the file before it refuses names given with -f', () => {
    const session = testSession({ 'kuard-pod.yaml': 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: kuard\n' });
    expect(outputOf(session, 'kubectl delete -f kuard-pod.yaml kuard')).toBe(
      'error: when paths, URLs, or stdin is provided as input, you may not specify resource arguments as well\n',
    );
  });
});

describe('kubectl label and annotate --dry-run (label.go, annotate.go)', () => {
  it('says what it would do and changes nothing with a client or server dry run', () => {
    const session = withKuard();
    expect(outputOf(session, 'kubectl label pod kuard tier=web --dry-run=client')).toBe(
      'pod/kuard labeled (dry run)\n',
    );
    expect(outputOf(session, 'kubectl annotate pod kuard note=x --dry-run=server')).toBe(
      'pod/kuard annotated (server dry run)\n',
    );
    const pod = session.cluster.get('Pod', 'default', 'kuard');
    expect(pod.ok && pod.value.metadata?.labels?.tier).toBeUndefined();
    expect(pod.ok && pod.value.metadata?.annotations?.note).toBeUndefined();
    expect(outputOf(session, 'kubectl label pod kuard tier=web')).toBe('pod/kuard labeled\n');
  });
});
