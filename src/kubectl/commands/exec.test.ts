// kubectl exec of a command the image does not have, on a containerd node: the runtime never
// starts it, so kubectl reports the stream's error Status (containerd's CRI exec and
// remotecommand ServeExec), not "command terminated with exit code 126" as Docker-era clusters did.

import { describe, expect, it } from 'vitest';
import { outputOf, testSession } from '../testing/session';

const KUARD = `apiVersion: v1
kind: Pod
metadata:
  name: kuard
spec:
  containers:
  - name: kuard
    image: gcr.io/kuar-demo/kuard-amd64:blue
`;

const START_FAILED =
  /^error: Internal error occurred: Internal error occurred: error executing command in container: failed to exec in container: failed to start exec "[0-9a-f]{64}": OCI runtime exec failed: exec failed: unable to start container process: (.*): unknown\n$/;

describe('kubectl exec of a command the image lacks', () => {
  it('prints containerd’s error and exits 1', () => {
    const session = testSession({ 'kuard-pod.yaml': KUARD });
    session.run('kubectl apply -f kuard-pod.yaml', 'sleep 10');
    const out = outputOf(session, 'kubectl exec kuard -- bash');
    expect(out).toMatch(START_FAILED);
    expect(START_FAILED.exec(out)?.[1]).toBe('exec: "bash": executable file not found in $PATH');
    expect(session.engine.records().at(-1)?.exitCode).toBe(1);
  });

  it('names a missing path with stat', () => {
    const session = testSession({ 'kuard-pod.yaml': KUARD });
    session.run('kubectl apply -f kuard-pod.yaml', 'sleep 10');
    const out = outputOf(session, 'kubectl exec kuard -- /bin/nope');
    expect(START_FAILED.exec(out)?.[1]).toBe('exec: "/bin/nope": stat /bin/nope: no such file or directory');
  });

  it('still reports a command that ran and failed by its exit code', () => {
    const session = testSession({ 'kuard-pod.yaml': KUARD });
    session.run('kubectl apply -f kuard-pod.yaml', 'sleep 10');
    expect(outputOf(session, "kubectl exec kuard -- sh -c 'echo out; exit 3'")).toBe(
      'out\ncommand terminated with exit code 3\n',
    );
    expect(session.engine.records().at(-1)?.exitCode).toBe(3);
  });
});

// exec.go Complete (cmdutil.GetPodRunningTimeoutFlag) and Run (the builder's FilenameParam).
describe('kubectl exec -f and --pod-running-timeout', () => {
  it('runs the command in the Pod a file names', () => {
    const session = testSession({ 'kuard-pod.yaml': KUARD });
    session.run('kubectl apply -f kuard-pod.yaml', 'sleep 10');
    expect(outputOf(session, "kubectl exec -f kuard-pod.yaml -- sh -c 'echo from-file'")).toBe('from-file\n');
    expect(session.engine.records().at(-1)?.exitCode).toBe(0);
  });

  it('names a missing file, and refuses a Pod name given with a file', () => {
    const session = testSession({ 'kuard-pod.yaml': KUARD });
    expect(outputOf(session, 'kubectl exec -f nope.yaml kuard -- ls')).toBe(
      'error: the path "nope.yaml" does not exist\n',
    );
    expect(outputOf(session, 'kubectl exec -f kuard-pod.yaml kuard -- ls')).toBe(
      'error: resource/name arguments cannot be provided when a path is specified\n',
    );
    expect(outputOf(session, 'kubectl exec -f kuard-pod.yaml -- ls')).toBe(
      'Error from server (NotFound): pods "kuard" not found\n',
    );
  });

  it('wants a timeout above zero', () => {
    const session = testSession({});
    const refusal =
      "error: --pod-running-timeout must be higher than zero\nSee 'kubectl exec -h' for help and examples\n";
    expect(outputOf(session, 'kubectl exec kuard --pod-running-timeout=0 -- ls')).toBe(refusal);
    expect(outputOf(session, 'kubectl exec kuard --pod-running-timeout=-1s -- ls')).toBe(refusal);
    expect(outputOf(session, 'kubectl exec kuard --pod-running-timeout=abc -- ls')).toMatch(
      /^error: invalid argument "abc" for "--pod-running-timeout" flag: time: invalid duration "abc"\n/,
    );
  });
});
