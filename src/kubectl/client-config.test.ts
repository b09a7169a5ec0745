// The global flags whose answers name the console's own kubeconfig (context
// kubernetes-admin@kubernetes, cluster kubernetes, user kubernetes-admin), so the recorded sweep
// (testdata/error-sweep-rest.sh, against a kubeconfig of its own) cannot hold them. The texts are
// kubectl.1.32's for its kubeconfig, with the names changed.

import { describe, expect, it } from 'vitest';
import { outputOf, testSession } from './testing/session';

describe('global flags against the console kubeconfig', () => {
  it('accepts its own context, cluster, user and kubeconfig path', () => {
    const session = testSession();
    for (const flags of [
      '--context=kubernetes-admin@kubernetes',
      '--cluster=kubernetes --user=kubernetes-admin',
      '--kubeconfig=/home/learner/.kube/config',
      '-s https://127.0.0.1:6443 --insecure-skip-tls-verify --as=jane --as-group=dev',
    ])
      expect(outputOf(session, `kubectl get pods ${flags}`)).toBe('No resources found in default namespace.\n');
  });

  // client-go rest.Config: "requesting uid, groups or user-extra for %s without impersonating a user".
  it('refuses --as-group or --as-uid without --as, naming the user', () => {
    const session = testSession();
    expect(outputOf(session, 'kubectl get pods --as-group=dev')).toBe(
      'error: requesting uid, groups or user-extra for kubernetes-admin without impersonating a user\n',
    );
    expect(session.engine.records().at(-1)?.exitCode).toBe(1);
  });

  it('reports a certificate-authority file that is not there, for the cluster', () => {
    const session = testSession();
    expect(outputOf(session, 'kubectl get pods --certificate-authority=ca.crt')).toBe(
      'error: unable to read certificate-authority ca.crt for kubernetes due to open ca.crt: no such file or directory\n',
    );
  });

  // discovery.MatchesServerVersion prints both version.Info structs with %#v.
  it('--match-server-version: the v1.32.4 server is not the v1.32.5 client', () => {
    const session = testSession();
    expect(outputOf(session, 'kubectl get pods --match-server-version')).toBe(
      'error: server version (&version.Info{Major:"1", Minor:"32", GitVersion:"v1.32.4", GitCommit:"59526cd4867447956156ae3a602fcbac10a2c335", GitTreeState:"clean", BuildDate:"2025-04-22T16:03:58Z", GoVersion:"go1.23.6", Compiler:"gc", Platform:"linux/amd64"}) differs from client version (version.Info{Major:"1", Minor:"32", GitVersion:"v1.32.5", GitCommit:"9894294ef13a5b32803e3ca2c0d620a088cc84d1", GitTreeState:"clean", BuildDate:"2025-05-15T09:12:10Z", GoVersion:"go1.23.8", Compiler:"gc", Platform:"linux/amd64"})\n',
    );
    expect(outputOf(session, 'kubectl version --client --match-server-version')).toBe(
      'Client Version: v1.32.5\nKustomize Version: v5.5.0\n',
    );
  });

  // Real, against a closed local port: discovery's klog lines (memcache.go:265), which the console
  // leaves out, then this line.
  it('cannot reach a server other than the cluster', () => {
    const session = testSession();
    expect(outputOf(session, 'kubectl get pods -s https://127.0.0.1:8443')).toBe(
      'The connection to the server 127.0.0.1:8443 was refused - did you specify the right host or port?\n',
    );
    const pods = session.cluster.list('Pod', 'default');
    expect(pods.ok && pods.value).toEqual([]);
  });
});
