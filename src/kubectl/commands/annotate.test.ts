import { describe, expect, it } from 'vitest';
import { outputOf, testSession } from '../testing/session';

describe('kubectl annotate', () => {
  it('adds, refuses to overwrite without --overwrite, overwrites, and removes', () => {
    const session = testSession();
    session.run('kubectl run kuard --image=nginx');
    expect(outputOf(session, 'kubectl annotate pod/kuard note=hello')).toBe('pod/kuard annotated\n');
    let pod = session.cluster.get('Pod', 'default', 'kuard');
    expect(pod.ok && pod.value.metadata?.annotations?.note).toBe('hello');
    expect(outputOf(session, 'kubectl annotate pod kuard note=bye')).toBe(
      "error: --overwrite is false but found the following declared annotation(s): 'note' already has a value (hello)\n",
    );
    expect(outputOf(session, 'kubectl annotate pod kuard note=bye --overwrite')).toBe('pod/kuard annotated\n');
    pod = session.cluster.get('Pod', 'default', 'kuard');
    expect(pod.ok && pod.value.metadata?.annotations?.note).toBe('bye');
    expect(outputOf(session, 'kubectl annotate pod kuard note-')).toBe('pod/kuard annotated\n');
    pod = session.cluster.get('Pod', 'default', 'kuard');
    expect(pod.ok && pod.value.metadata?.annotations?.note).toBeUndefined();
  });

  it('accepts any annotation value, which a label would refuse', () => {
    const session = testSession();
    session.run('kubectl run kuard --image=nginx');
    expect(outputOf(session, "kubectl annotate pod kuard 'description=my first pod'")).toBe('pod/kuard annotated\n');
    const pod = session.cluster.get('Pod', 'default', 'kuard');
    expect(pod.ok && pod.value.metadata?.annotations?.description).toBe('my first pod');
  });
});
