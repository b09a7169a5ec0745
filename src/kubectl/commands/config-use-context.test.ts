import { describe, expect, it } from 'vitest';
import { outputOf, testSession } from '../testing/session';

describe('kubectl config use-context', () => {
  it('switches to the one context, and refuses any other name', () => {
    const session = testSession();
    expect(outputOf(session, 'kubectl config use-context kubernetes-admin@kubernetes')).toBe(
      'Switched to context "kubernetes-admin@kubernetes".\n',
    );
    expect(outputOf(session, 'kubectl config use-context x')).toBe('error: no context exists with the name: "x"\n');
    expect(session.engine.records().at(-1)?.exitCode).toBe(1);
  });
});
