import { describe, expect, it } from 'vitest';
import { outputOf, testSession } from '../testing/session';

describe('kubectl version', () => {
  // The upstream binary the goldens come from is v1.32.5; the simulated server is the cluster's.
  it("prints the client's (kubectl v1.32.5) and the server's version, and only the client's with --client", () => {
    const session = testSession();
    const server = session.cluster.server.gitVersion;
    expect(outputOf(session, 'kubectl version')).toBe(
      `Client Version: v1.32.5\nKustomize Version: v5.5.0\nServer Version: ${server}\n`,
    );
    expect(outputOf(session, 'kubectl version --client')).toBe('Client Version: v1.32.5\nKustomize Version: v5.5.0\n');
  });

  it('refuses an output format other than yaml or json, with exit code 1', () => {
    const session = testSession();
    expect(outputOf(session, 'kubectl version -o xml')).toBe("error: --output must be 'yaml' or 'json'\n");
    expect(session.engine.records().at(-1)?.exitCode).toBe(1);
  });
});
