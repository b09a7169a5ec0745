import { describe, expect, it } from 'vitest';
import { outputOf, testSession } from '../testing/session';

describe('kubectl config set-context', () => {
  it("changes the current context's namespace, which later commands default to", () => {
    const session = testSession();
    expect(outputOf(session, 'kubectl config set-context --current --namespace=dev')).toBe(
      'Context "kubernetes-admin@kubernetes" modified.\n',
    );
    expect(outputOf(session, 'kubectl get pods')).toBe('No resources found in dev namespace.\n');
  });

  it('has no other context to create', () => {
    const session = testSession();
    expect(outputOf(session, 'kubectl config set-context other --namespace=dev')).toBe(
      'error: Pod Lab\'s kubeconfig has a single context, "kubernetes-admin@kubernetes"\n',
    );
    expect(outputOf(session, 'kubectl get pods')).toBe('No resources found in default namespace.\n');
  });
});
