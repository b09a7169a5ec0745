import { describe, expect, it } from 'vitest';
import { outputOf, testSession } from '../testing/session';

const KUARD = 'kubectl run kuard --image=gcr.io/kuar-demo/kuard-amd64:blue';

describe('kubectl cp', () => {
  it('copies a workspace file into a container and back out', () => {
    const session = testSession({ 'index.html': '<h1>hi</h1>\n' });
    session.run(KUARD, 'sleep 5');
    expect(outputOf(session, 'kubectl cp index.html kuard:/tmp/index.html')).toBe('');
    expect(outputOf(session, 'kubectl exec kuard -- cat /tmp/index.html')).toBe('<h1>hi</h1>\n');
    expect(outputOf(session, 'kubectl cp kuard:/tmp/index.html copy.html')).toBe(
      "tar: removing leading '/' from member names\n",
    );
    expect(session.workspace.read('copy.html')).toBe('<h1>hi</h1>\n');
    // Real: kubectl cp nope.txt kuard:/tmp/x
    expect(outputOf(session, 'kubectl cp nope.txt kuard:/tmp/x')).toBe(
      "error: nope.txt doesn't exist in local filesystem\n",
    );
  });
});
