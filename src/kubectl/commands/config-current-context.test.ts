import { describe, expect, it } from 'vitest';
import { outputOf, testSession } from '../testing/session';

describe('kubectl config current-context', () => {
  it('prints the name of the one context, as a kubeadm cluster names it', () => {
    const session = testSession();
    expect(outputOf(session, 'kubectl config current-context')).toBe('kubernetes-admin@kubernetes\n');
  });
});
