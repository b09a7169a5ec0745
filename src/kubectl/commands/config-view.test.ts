import { describe, expect, it } from 'vitest';
import { outputOf, testSession } from '../testing/session';

describe('kubectl config view', () => {
  it('prints the kubeconfig with its keys omitted, and the namespace once one is set', () => {
    const session = testSession();
    const server = session.cluster.server.controlPlaneURL;
    const view = (namespace: string) =>
      'apiVersion: v1\nclusters:\n- cluster:\n    certificate-authority-data: DATA+OMITTED\n' +
      `    server: ${server}\n  name: kubernetes\ncontexts:\n- context:\n    cluster: kubernetes\n${namespace}` +
      '    user: kubernetes-admin\n  name: kubernetes-admin@kubernetes\ncurrent-context: kubernetes-admin@kubernetes\n' +
      'kind: Config\npreferences: {}\nusers:\n- name: kubernetes-admin\n  user:\n' +
      '    client-certificate-data: DATA+OMITTED\n    client-key-data: DATA+OMITTED\n';
    expect(outputOf(session, 'kubectl config view')).toBe(view(''));
    session.run('kubectl config set-context --current --namespace=dev');
    expect(outputOf(session, 'kubectl config view --minify')).toBe(view('    namespace: dev\n'));
  });
});
