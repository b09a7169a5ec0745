import { describe, expect, it } from 'vitest';
import { outputOf, testSession } from '../testing/session';

describe('kubectl config get-contexts', () => {
  // Real kubectl v1.32.5 prints the same, headers or not (its tabwriter pads the star to the header's width).
  it('marks the current context in a table, and follows its namespace', () => {
    const session = testSession();
    expect(outputOf(session, 'kubectl config get-contexts')).toBe(
      'CURRENT   NAME                          CLUSTER      AUTHINFO           NAMESPACE\n' +
        '*         kubernetes-admin@kubernetes   kubernetes   kubernetes-admin   \n',
    );
    session.run('kubectl config set-context --current --namespace=dev');
    expect(outputOf(session, 'kubectl config get-contexts --no-headers')).toBe(
      '*     kubernetes-admin@kubernetes   kubernetes   kubernetes-admin   dev\n',
    );
  });

  it('prints only the name with -o name, and refuses other formats', () => {
    const session = testSession();
    expect(outputOf(session, 'kubectl config get-contexts -o name')).toBe('kubernetes-admin@kubernetes\n');
    // get_contexts.go Validate, as kubectl.1.32 prints it.
    expect(outputOf(session, 'kubectl config get-contexts -o yaml')).toBe(
      'error: --output yaml is not available in kubectl config get-contexts; resetting to default output format\n',
    );
  });
});
