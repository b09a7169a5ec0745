import { describe, expect, it } from 'vitest';
import { outputOf, testSession } from '../testing/session';

describe('kubectl top', () => {
  it('without a subcommand lists pod and node, and exits 0', () => {
    const session = testSession();
    const text = outputOf(session, 'kubectl top');
    expect(text).toContain('Available Commands:\n  node   ');
    expect(text).toContain('\n  pod    ');
    expect(text).toContain('Usage:\n  kubectl top [flags] [options]\n');
    expect(session.engine.records().at(-1)?.exitCode).toBe(0);
  });

  it('takes pod and node as subcommands, by any of their names', () => {
    const session = testSession();
    expect(outputOf(session, 'kubectl top pods')).toBe('No resources found in default namespace.\n');
    expect(outputOf(session, 'kubectl top no --no-headers').split('\n')[0]).toMatch(/^node-1 /);
  });
});
