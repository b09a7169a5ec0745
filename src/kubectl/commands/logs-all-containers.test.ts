// kubectl logs --all-containers and --prefix, as the upstream kubectl v1.32 printed them against a
// stand-in API server serving a Pod with an init container and two containers (scripts/golden/
// standin-server.ts serves pods/NAME/log). Upstream: pkg/cmd/logs/logs.go (Validate,
// sequentialConsumeRequest, addPrefixIfNeeded) and pkg/polymorphichelpers/logsforobject.go
// (logsForObjectWithClient: --all-containers reads every container without the "Defaulted
// container" notice). Upstream walks its requests in Go map order, which is random; we print in
// the Pod's own order: init containers, containers, then ephemeral containers.

import { describe, expect, it } from 'vitest';
import { outputOf, testSession } from '../testing/session';

const POD = `apiVersion: v1
kind: Pod
metadata:
  name: two
spec:
  initContainers:
  - name: setup
    image: busybox
    command: ["sh", "-c", "echo init done"]
  containers:
  - name: a
    image: busybox
    command: ["sh", "-c", "echo from a; sleep 3600"]
  - name: b
    image: busybox
    command: ["sh", "-c", "echo from b 1; echo from b 2; sleep 3600"]
`;

function started() {
  const session = testSession({ 'two.yaml': POD });
  session.run('kubectl apply -f two.yaml', 'sleep 20');
  return session;
}

describe('kubectl logs --all-containers', () => {
  it('prints every container, init containers first, with no Defaulted container notice', () => {
    const session = started();
    expect(outputOf(session, 'kubectl logs two --all-containers')).toBe('init done\nfrom a\nfrom b 1\nfrom b 2\n');
    expect(session.engine.records().at(-1)?.exitCode).toBe(0);
  });

  it('with --prefix starts each line with [pod/NAME/CONTAINER] (logs.go addPrefixIfNeeded)', () => {
    const session = started();
    expect(outputOf(session, 'kubectl logs two --all-containers --prefix')).toBe(
      '[pod/two/setup] init done\n[pod/two/a] from a\n[pod/two/b] from b 1\n[pod/two/b] from b 2\n',
    );
  });

  it('--prefix alone prefixes the default container, after the notice', () => {
    const session = started();
    expect(outputOf(session, 'kubectl logs two --prefix')).toBe(
      'Defaulted container "a" out of: a, b, setup (init)\n[pod/two/a] from a\n',
    );
  });

  it('applies --tail to each container', () => {
    const session = started();
    expect(outputOf(session, 'kubectl logs two --all-containers --tail=1')).toBe('init done\nfrom a\nfrom b 2\n');
  });

  it('refuses a container name with it (logs.go Validate), after finding the Pod', () => {
    const session = started();
    const refusal = 'error: --all-containers=true should not be specified with container name a\n';
    expect(outputOf(session, 'kubectl logs two -c a --all-containers')).toBe(refusal);
    expect(session.engine.records().at(-1)?.exitCode).toBe(1);
    expect(outputOf(session, 'kubectl logs two a --all-containers')).toBe(refusal);
    expect(outputOf(session, 'kubectl logs nope --all-containers -c x')).toBe(
      'error: error from server (NotFound): pods "nope" not found in namespace "default"\n',
    );
  });

  it('-f follows every container at once (parallelConsumeRequest) until all have stopped', () => {
    const session = testSession({
      'two.yaml': POD.replaceAll('sleep 3600', 'sleep 5; echo bye').replace(
        'spec:\n',
        'spec:\n  restartPolicy: Never\n',
      ),
    });
    session.run('kubectl apply -f two.yaml', 'sleep 3');
    session.run('kubectl logs two --all-containers --prefix -f');
    expect(session.engine.state().kind).toBe('running');
    session.run('sleep 10');
    const record = session.engine.records().find((r) => r.line.startsWith('kubectl logs two'))!;
    expect(record.output).toContain('[pod/two/a] bye\n');
    expect(record.output).toContain('[pod/two/b] bye\n');
    expect(record.exitCode).toBe(0);
    expect(session.engine.state().kind).toBe('idle');
  });
});
