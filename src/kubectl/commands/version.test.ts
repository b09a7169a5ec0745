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

  // version.go Run: -o yaml is printed with Println (a blank line follows); the server half is
  // the v1.32.4 release build (commit 59526cd, 2025-04-22, go1.23.6).
  it('-o yaml and -o json carry the server build as well as the client one', () => {
    const session = testSession();
    const yaml = outputOf(session, 'kubectl version -o yaml');
    expect(yaml).toContain(
      'kustomizeVersion: v5.5.0\nserverVersion:\n  buildDate: "2025-04-22T16:03:58Z"\n  compiler: gc\n  gitCommit: 59526cd4867447956156ae3a602fcbac10a2c335\n',
    );
    expect(yaml.endsWith('  platform: linux/amd64\n\n')).toBe(true);
    const json = JSON.parse(outputOf(session, 'kubectl version -o json')) as { serverVersion: { gitVersion: string } };
    expect(json.serverVersion.gitVersion).toBe('v1.32.4');
  });
});
