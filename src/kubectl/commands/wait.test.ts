import { describe, expect, it } from 'vitest';
import type { Pod } from '../../sim/api';
import { outputOf, testSession } from '../testing/session';

const KUARD = 'kubectl run kuard --image=gcr.io/kuar-demo/kuard-amd64:blue';

describe('kubectl wait', () => {
  it('lets simulated time run until the condition holds, then says so', () => {
    const session = testSession();
    session.run(KUARD);
    expect(outputOf(session, 'kubectl wait --for=condition=Ready pod/kuard')).toBe('pod/kuard condition met\n');
    const pod = session.cluster.get('Pod', 'default', 'kuard');
    expect(pod.ok && (pod.value as Pod).status?.phase).toBe('Running');
  });

  it("times out with kubectl's message", () => {
    const session = testSession();
    session.run('kubectl run broken --image=nginx:doesnotexist');
    expect(outputOf(session, 'kubectl wait --for=condition=Ready pod/broken --timeout=10s')).toBe(
      'error: timed out waiting for the condition on pods/broken\n',
    );
    expect(session.engine.records().at(-1)?.exitCode).toBe(1);
  });

  it('rejects an unknown condition as kubectl v1.32 does', () => {
    const session = testSession();
    // Real: kubectl wait pod/kuard --for=foo → error: unrecognized condition: "foo"
    expect(outputOf(session, 'kubectl wait pod/kuard --for=foo')).toBe('error: unrecognized condition: "foo"\n');
  });
});
