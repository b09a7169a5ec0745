import { describe, expect, it } from 'vitest';
import { outputOf, testSession } from '../testing/session';

describe('kubectl config', () => {
  it('without a subcommand prints its help as an error, with exit code 1', () => {
    const session = testSession();
    const text = outputOf(session, 'kubectl config');
    expect(text).toMatch(/^Modify kubeconfig files using subcommands/);
    expect(text).toContain('Usage:\n  kubectl config SUBCOMMAND [options]\n');
    expect(session.engine.records().at(-1)?.exitCode).toBe(1);
  });

  it('refuses an unknown subcommand', () => {
    const session = testSession();
    expect(outputOf(session, 'kubectl config nope')).toContain('unknown command "nope"');
    expect(session.engine.records().at(-1)?.exitCode).toBe(1);
  });
});
