import type { Pod } from '../../sim/api';
import { describe, expect, it } from 'vitest';
import { KUARD_POD_YAML as POD, outputOf, testSession } from '../testing/session';

const files = {
  'kuard-pod.yaml': POD,
  'labelled.yaml': POD.replace('  name: kuard\n', '  name: kuard\n  labels:\n    app: kuard\n'),
  'green.yaml':
    'apiVersion: v1\nkind: Pod\nmetadata:\n  name: kuard\nspec:\n  containers:\n  - image: gcr.io/kuar-demo/kuard-amd64:green\n    name: kuard\n',
  'typo.yaml': POD.replace('      name: kuard\n', '      name: kuard\n      imagee: x\n'),
  'port.yaml': POD.replace('8080\n', '9090\n'),
  'other-ns.yaml': POD.replace('  name: kuard\n', '  name: kuard\n  namespace: other\n'),
  'two.json': JSON.stringify({
    apiVersion: 'v1',
    kind: 'List',
    items: [
      { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'a' }, spec: { containers: [{ name: 'a', image: 'nginx' }] } },
      { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'b' }, spec: { containers: [{ name: 'b', image: 'nginx' }] } },
    ],
  }),
  'multi.yaml': `${POD}---\n${POD.replace(/kuard\n/g, 'kuard2\n').replace('name: kuard2\n      ports', 'name: kuard2\n      ports')}`,
};

describe('kubectl apply', () => {
  it('creates, then reports unchanged, then configured', () => {
    const session = testSession(files);
    expect(outputOf(session, 'kubectl apply -f kuard-pod.yaml')).toBe('pod/kuard created\n');
    expect(outputOf(session, 'kubectl apply -f kuard-pod.yaml')).toBe('pod/kuard unchanged\n');
    expect(outputOf(session, 'kubectl apply -f labelled.yaml')).toBe('pod/kuard configured\n');
    expect(outputOf(session, 'kubectl get pod kuard -o jsonpath={.metadata.labels.app}')).toBe('kuard');
    // Removing the label from the file removes it from the Pod (three-way merge).
    expect(outputOf(session, 'kubectl apply -f kuard-pod.yaml')).toBe('pod/kuard configured\n');
    const pod = session.cluster.get('Pod', 'default', 'kuard');
    expect(pod.ok && pod.value.metadata?.labels).toBeUndefined();
  });

  it('stores the last applied configuration exactly as kubectl writes it', () => {
    const session = testSession(files);
    session.run('kubectl apply -f kuard-pod.yaml');
    const pod = session.cluster.get('Pod', 'default', 'kuard');
    expect(pod.ok && pod.value.metadata?.annotations?.['kubectl.kubernetes.io/last-applied-configuration']).toBe(
      '{"apiVersion":"v1","kind":"Pod","metadata":{"annotations":{},"name":"kuard","namespace":"default"},"spec":{"containers":[{"image":"gcr.io/kuar-demo/kuard-amd64:blue","name":"kuard","ports":[{"containerPort":8080,"name":"http","protocol":"TCP"}]}]}}\n',
    );
  });

  it('warns about the missing annotation on objects made with run, then configures', () => {
    const session = testSession(files);
    session.run('kubectl run kuard --image=gcr.io/kuar-demo/kuard-amd64:blue');
    expect(outputOf(session, 'kubectl apply -f green.yaml')).toBe(
      'Warning: resource pods/kuard is missing the kubectl.kubernetes.io/last-applied-configuration annotation which is required by kubectl apply. kubectl apply should only be used on resources created declaratively by either kubectl create --save-config or kubectl apply. The missing annotation will be patched automatically.\npod/kuard configured\n',
    );
    const pod = session.cluster.get('Pod', 'default', 'kuard');
    expect(pod.ok && (pod.value as Pod).spec?.containers[0]?.image).toBe('gcr.io/kuar-demo/kuard-amd64:green');
  });

  it('reports unknown fields through strict field validation', () => {
    const session = testSession(files);
    expect(outputOf(session, 'kubectl apply -f typo.yaml')).toBe(
      'Error from server (BadRequest): error when creating "typo.yaml": Pod in version "v1" cannot be handled as a Pod: strict decoding error: unknown field "spec.containers[0].imagee"\n',
    );
    expect(session.cluster.get('Pod', 'default', 'kuard').ok).toBe(false);
  });

  it('refuses to change an immutable field, in the Invalid format', () => {
    const session = testSession(files);
    session.run('kubectl apply -f kuard-pod.yaml');
    expect(
      outputOf(session, 'kubectl apply -f port.yaml').startsWith(
        'The Pod "kuard" is invalid: spec: Forbidden: pod updates may not change fields other than',
      ),
    ).toBe(true);
    expect(session.engine.records().at(-1)?.exitCode).toBe(1);
  });

  it('applies every item of a List and every document of a file', () => {
    const session = testSession(files);
    expect(outputOf(session, 'kubectl apply -f two.json')).toBe('pod/a created\npod/b created\n');
    expect(outputOf(session, 'kubectl apply -f multi.yaml')).toBe('pod/kuard created\npod/kuard2 created\n');
  });

  it('prints only resource/name with -o name, and marks dry runs', () => {
    const session = testSession(files);
    expect(outputOf(session, 'kubectl apply -f kuard-pod.yaml --dry-run=client')).toBe('pod/kuard created (dry run)\n');
    expect(session.cluster.get('Pod', 'default', 'kuard').ok).toBe(false);
    expect(outputOf(session, 'kubectl apply -f kuard-pod.yaml --dry-run=server')).toBe(
      'pod/kuard created (server dry run)\n',
    );
    expect(session.cluster.get('Pod', 'default', 'kuard').ok).toBe(false);
    expect(outputOf(session, 'kubectl apply -f kuard-pod.yaml -o name')).toBe('pod/kuard\n');
  });

  it('refuses a namespace that contradicts -n', () => {
    const session = testSession(files);
    expect(outputOf(session, 'kubectl apply -f other-ns.yaml -n dev')).toBe(
      'error: the namespace from the provided object "other" does not match the namespace "dev". You must pass \'--namespace=other\' to perform this operation.\n',
    );
  });
});
