import { describe, expect, it } from 'vitest';
import { outputOf, testSession } from '../testing/session';

describe('kubectl options', () => {
  it('prints the global options as kubectl options does', () => {
    const session = testSession();
    expect(
      outputOf(session, 'kubectl options').startsWith(
        "The following options can be passed to any command:\n\n    --as='':\n",
      ),
    ).toBe(true);
  });

  it('lists every global flag, and -n with its long name', () => {
    const session = testSession();
    const text = outputOf(session, 'kubectl options');
    for (const flag of [
      '--as',
      '--context',
      '--kubeconfig',
      '--match-server-version',
      '--request-timeout',
      '--vmodule',
    ])
      expect(text).toContain(`    ${flag}=`);
    expect(text).toContain('-n, --namespace=');
  });
});
