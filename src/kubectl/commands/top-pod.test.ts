// kubectl top pod when metrics-server has nothing for the Pods yet: top_pod.go's
// verifyEmptyMetrics turns the empty list into an error, worded by the Pods' ages
// (metricsCreationDelay is 2 minutes), and only an empty namespace is "No resources found".
import { describe, expect, it } from 'vitest';
import { outputOf, testSession } from '../testing/session';

const UNSCHEDULABLE = `apiVersion: v1
kind: Pod
metadata:
  name: big
spec:
  containers:
    - name: big
      image: nginx
      resources:
        requests:
          cpu: "64"
`;

describe('kubectl top pod without metrics', () => {
  it('says no resources in an empty namespace, and that metrics are not available yet for a new Pod', () => {
    const session = testSession();
    expect(outputOf(session, 'kubectl top pod')).toBe('No resources found in default namespace.\n');
    session.run('kubectl run kuard --image=gcr.io/kuar-demo/kuard-amd64:blue');
    expect(outputOf(session, 'kubectl top pod')).toBe('error: metrics not available yet\n');
    expect(outputOf(session, 'kubectl top pod; echo $?')).toBe('error: metrics not available yet\n1\n');
    // A selector that matches no Pod leaves nothing to wait for.
    expect(outputOf(session, 'kubectl top pod -l app=nothing')).toBe('No resources found in default namespace.\n');
  });

  it('names a Pod that should have metrics by now, with its age as Go prints a duration', () => {
    const session = testSession({ 'big.yaml': UNSCHEDULABLE });
    session.run('kubectl apply -f big.yaml', 'sleep 150');
    expect(outputOf(session, 'kubectl top pod')).toMatch(
      /^error: Metrics not available for pod default\/big, age: 2m3\d(\.\d+)?s\n$/,
    );
  });

  it("answers for a named Pod with metrics-server's NotFound, as RunTopPod passes it on", () => {
    const session = testSession();
    // metrics-server pkg/api/pod.go podMetrics.Get: only Running Pods are in its lister.
    expect(outputOf(session, 'kubectl top pod kuard')).toBe('Error from server (NotFound): pods "kuard" not found\n');
    session.run('kubectl run kuard --image=gcr.io/kuar-demo/kuard-amd64:blue');
    expect(outputOf(session, 'kubectl top pod kuard')).toBe('Error from server (NotFound): pods "kuard" not found\n');
    session.run('kubectl wait --for=condition=Ready pod/kuard');
    expect(outputOf(session, 'kubectl top pod kuard; echo $?')).toBe(
      'Error from server (NotFound): podmetrics.metrics.k8s.io "default/kuard" not found\n1\n',
    );
    session.run('sleep 60');
    expect(outputOf(session, 'kubectl top pod kuard')).toMatch(
      /^NAME {4}CPU\(cores\) {3}MEMORY\(bytes\)\nkuard {3}\d+m/,
    );
  });
});
