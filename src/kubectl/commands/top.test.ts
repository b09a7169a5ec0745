import { describe, expect, it } from 'vitest';
import { outputOf, testSession } from '../testing/session';

describe('kubectl top', () => {
  // kubectl v1.32 (cmdutil.DefaultSubCommandRun): the help goes to stderr and the exit code is 1.
  it('without a subcommand lists pod and node on stderr, and exits 1', () => {
    const session = testSession();
    expect(outputOf(session, 'kubectl top 2>/dev/null')).toBe('');
    const text = outputOf(session, 'kubectl top');
    expect(text).toContain('Available Commands:\n  node   ');
    expect(text).toContain('\n  pod    ');
    expect(text).toContain('Usage:\n  kubectl top [flags] [options]\n');
    expect(session.engine.records().at(-1)?.exitCode).toBe(1);
  });

  it('takes pod and node as subcommands, by any of their names', () => {
    const session = testSession();
    expect(outputOf(session, 'kubectl top pods')).toBe('No resources found in default namespace.\n');
    expect(outputOf(session, 'kubectl top no --no-headers').split('\n')[0]).toMatch(/^node-1 /);
  });
});
