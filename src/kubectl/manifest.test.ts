// Manifest reading errors. Expected texts come from kubectl v1.32.4 (`kubectl apply -f FILE`
// against the stand-in server) on the same broken files; the line numbers are go-yaml's.

import { describe, expect, it } from 'vitest';
import { outputOf, testSession } from './testing/session';

const broken: [name: string, content: string, expected: string][] = [
  [
    'bad.yaml',
    'apiVersion: v1\nkind: Pod\nmetadata:\n  name: kuard\nspec:\n  containers:\n    - image: x\n     name: kuard\n',
    "error: error parsing bad.yaml: error converting YAML to JSON: yaml: line 7: did not find expected '-' indicator\n",
  ],
  [
    'tab.yaml',
    'apiVersion: v1\nkind: Pod\nmetadata:\n  name: kuard\nspec:\n\tcontainers: []\n',
    'error: error parsing tab.yaml: error converting YAML to JSON: yaml: line 6: found character that cannot start any token\n',
  ],
  [
    'y1.yaml',
    'apiVersion: v1\nkind: Pod\nmetadata:\n  name: kuard\nspec:\n  containers:\n    - image: x\n      name: kuard\n        ports: 1\n',
    'error: error parsing y1.yaml: error converting YAML to JSON: yaml: line 9: mapping values are not allowed in this context\n',
  ],
  [
    'y2.yaml',
    'apiVersion: v1\nkind: Pod\nmetadata:\n  name: kuard\n spec:\n  containers: []\n',
    'error: error parsing y2.yaml: error converting YAML to JSON: yaml: line 4: did not find expected key\n',
  ],
  [
    'y3.yaml',
    'apiVersion: v1\nkind: Pod\nmetadata:\n  name: "kuard\nspec: {}\n',
    'error: error parsing y3.yaml: error converting YAML to JSON: yaml: line 6: found unexpected end of stream\n',
  ],
  [
    'y4.yaml',
    'apiVersion: v1\nkind: Pod\nmetadata:\n  name: kuard\nspec:\n  containers:\n  - name: a\n    image: [x\n',
    "error: error parsing y4.yaml: error converting YAML to JSON: yaml: line 8: did not find expected ',' or ']'\n",
  ],
  [
    'y7.yaml',
    'kind: Pod\nmetadata:\n  name: kuard\n',
    'error: error validating "y7.yaml": error validating data: apiVersion not set; if you choose to ignore these errors, turn validation off with --validate=false\n',
  ],
  [
    'y8.yaml',
    'metadata:\n  name: kuard\n',
    'error: error validating "y8.yaml": error validating data: [apiVersion not set, kind not set]; if you choose to ignore these errors, turn validation off with --validate=false\n',
  ],
  [
    'nokind.yaml',
    'apiVersion: v1\nmetadata:\n  name: kuard\n',
    'error: error validating "nokind.yaml": error validating data: kind not set; if you choose to ignore these errors, turn validation off with --validate=false\n',
  ],
  [
    'kind-map.yaml',
    'apiVersion: v1\nkind: {a: 1}\nmetadata:\n  name: x\n',
    'error: error validating "kind-map.yaml": error validating data: kind isn\'t string type; if you choose to ignore these errors, turn validation off with --validate=false\n',
  ],
  [
    'both-numbers.yaml',
    'apiVersion: 1\nkind: 1\n',
    'error: error validating "both-numbers.yaml": error validating data: [apiVersion isn\'t string type, kind isn\'t string type]; if you choose to ignore these errors, turn validation off with --validate=false\n',
  ],
  [
    'kind-null.yaml',
    'apiVersion: 1\nkind: ~\n',
    'error: error validating "kind-null.yaml": error validating data: [apiVersion isn\'t string type, kind not set]; if you choose to ignore these errors, turn validation off with --validate=false\n',
  ],
  [
    'kind-huge.yaml',
    'apiVersion: v1\nkind: 1e309\nmetadata:\n  name: x\n',
    'error: resource mapping not found for name: "x" namespace: "" from "kind-huge.yaml": no matches for kind "1e309" in version "v1"\nensure CRDs are installed first\n',
  ],
  [
    'inf.yaml',
    'apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\n  annotations:\n    a: .inf\n',
    'error: error parsing inf.yaml: error converting YAML to JSON: json: unsupported value: +Inf\n',
  ],
  [
    'nan.yaml',
    'apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\nspec:\n  x: [1, .nan]\n',
    'error: error parsing nan.yaml: error converting YAML to JSON: json: unsupported value: NaN\n',
  ],
  [
    'y10.yaml',
    '- a\n- b\n',
    'error: error validating "y10.yaml": error validating data: invalid object to validate; if you choose to ignore these errors, turn validation off with --validate=false\n',
  ],
  [
    'j1.json',
    '{"apiVersion": "v1", "kind": "Pod",\n "metadata": {"name": "x",}}\n',
    "error: error parsing j1.json: json: offset 63: invalid character '}' looking for beginning of object key string\n",
  ],
  ['empty.yaml', '', 'error: no objects passed to apply\n'],
];

describe('kubectl apply -f with broken files', () => {
  it.each(broken)('%s', (name, content, expected) => {
    const session = testSession({ [name]: content });
    expect(outputOf(session, `kubectl apply -f ${name}`)).toBe(expected);
    expect(session.engine.records().at(-1)?.exitCode).toBe(1);
  });

  it('says "no objects passed to create" for an empty file given to create', () => {
    const session = testSession({ 'empty.yaml': '' });
    expect(outputOf(session, 'kubectl create -f empty.yaml')).toBe('error: no objects passed to create\n');
  });

  it('reports a kind the server does not serve as kubectl does (reference §8.3)', () => {
    const session = testSession({ 'pdo.yaml': 'apiVersion: v1\nkind: Pdo\nmetadata:\n  name: kuard\n' });
    expect(outputOf(session, 'kubectl apply -f pdo.yaml')).toBe(
      'error: resource mapping not found for name: "kuard" namespace: "" from "pdo.yaml": no matches for kind "Pdo" in version "v1"\nensure CRDs are installed first\n',
    );
  });

  it('stores a label written with no value as an empty string, as encoding/json does for a null map value', () => {
    const file =
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\n  labels:\n    app:\nspec:\n  containers:\n  - name: c\n    image: nginx\n';
    const session = testSession({ 'label.yaml': file });
    expect(outputOf(session, 'kubectl apply -f label.yaml')).toBe('pod/x created\n');
    expect(outputOf(session, 'kubectl get pod x -o jsonpath={.metadata.labels}')).toBe('{"app":""}');
  });

  it('refuses annotations over 256 KiB as the API server does (apimachinery ValidateAnnotations)', () => {
    const file = `apiVersion: v1\nkind: Pod\nmetadata:\n  name: big\n  annotations:\n    a: ${'x'.repeat(300_000)}\nspec:\n  containers:\n  - name: c\n    image: nginx\n`;
    const session = testSession({ 'big.yaml': file });
    expect(outputOf(session, 'kubectl create -f big.yaml')).toBe(
      'The Pod "big" is invalid: metadata.annotations: Too long: must have at most 262144 bytes\n',
    );
    expect(outputOf(session, 'kubectl get pods')).toBe('No resources found in default namespace.\n');
  });

  it('refuses a 20 MB annotation from kubectl annotate, and changes nothing', () => {
    // The file path is covered at 300 KB above: reading 20 MB of YAML costs seconds, the line no more.
    const big = 'x'.repeat(20 * 1024 * 1024);
    const file =
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: small\nspec:\n  containers:\n  - name: c\n    image: nginx\n';
    const session = testSession({ 'small.yaml': file });
    expect(outputOf(session, 'kubectl create -f small.yaml')).toBe('pod/small created\n');
    expect(outputOf(session, `kubectl annotate pod small a=${big}`)).toBe(
      'The Pod "small" is invalid: metadata.annotations: Too long: must have at most 262144 bytes\n',
    );
    expect(outputOf(session, 'kubectl get pod small -o jsonpath={.metadata.annotations}')).toBe('');
  }, 60_000);

  it('applies the objects before a broken document and then reports the error', () => {
    const file =
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: first\nspec:\n  containers:\n  - name: c\n    image: nginx\n---\nmetadata:\n  name: second\n';
    const session = testSession({ 'two.yaml': file });
    expect(outputOf(session, 'kubectl apply -f two.yaml')).toBe(
      'pod/first created\nerror: error validating "two.yaml": error validating data: [apiVersion not set, kind not set]; if you choose to ignore these errors, turn validation off with --validate=false\n',
    );
  });
});
