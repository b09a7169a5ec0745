// The slips learners make most in a manifest, each read by apply, create and delete -f. The
// expected texts are what kubectl v1.32.5 (kubectl.1.32) printed for the same files, offline
// (apply --dry-run=client, create, delete against a closed port): the parse fails before any
// request. go-yaml v2 under sigs.k8s.io/yaml words the YAML errors (yaml.go parser.fail numbers a
// parser error's line from 0); Go's encoding/json, read as a stream, words the JSON ones.

import { describe, expect, it } from 'vitest';
import { outputOf, testSession } from './testing/session';

// "command: echo hello" is a string where the API wants a list: only the parse matters here.
const KUARD = `apiVersion: v1
kind: Pod
metadata:
  name: kuard
  labels:
    app: kuard
spec:
  containers:
    - image: gcr.io/kuar-demo/kuard-amd64:blue
      name: kuard
      command: echo hello
      ports:
        - containerPort: 8080
          name: http
          protocol: TCP
`;

/** The kuard manifest with line `n` (from 1) replaced. */
function withLine(n: number, text: string): string {
  const lines = KUARD.split('\n');
  lines[n - 1] = text;
  return lines.join('\n');
}

const PARSE = 'error converting YAML to JSON: yaml:';

const yamlMistakes: [mistake: string, line: number, text: string, error: string][] = [
  ['a tab indents a key', 4, '\tname: kuard', `${PARSE} line 4: found character that cannot start any token`],
  ['a tab after a list dash', 9, '    -\timage: kuard', `${PARSE} line 9: found character that cannot start any token`],
  [
    'an unquoted ": " inside a value',
    11,
    '      command: echo a: b',
    `${PARSE} line 11: mapping values are not allowed in this context`,
  ],
  [
    'a key left of its siblings in a list item',
    10,
    '     name: kuard',
    `${PARSE} line 9: did not find expected '-' indicator`,
  ],
  [
    'a key right of its siblings',
    10,
    '       name: kuard',
    `${PARSE} line 10: mapping values are not allowed in this context`,
  ],
  [
    'a list item left of where it belongs',
    13,
    '       - containerPort: 8080',
    `${PARSE} line 14: mapping values are not allowed in this context`,
  ],
  [
    'a list indented past its own keys',
    9,
    '      - image: kuard',
    `${PARSE} line 9: did not find expected '-' indicator`,
  ],
  ['no space after a colon', 4, '  name:kuard', `${PARSE} line 5: mapping values are not allowed in this context`],
  ['a key without its colon', 2, 'kind Pod', `${PARSE} line 3: could not find expected ':'`],
  [
    'an unclosed double quote',
    9,
    '    - image: "gcr.io/kuar-demo/kuard-amd64:blue',
    `${PARSE} line 16: found unexpected end of stream`,
  ],
  ['an unclosed single quote', 6, "    app: 'kuard", `${PARSE} line 16: found unexpected end of stream`],
  ['an unclosed [ list', 11, '      command: ["echo", "hello"', `${PARSE} line 11: did not find expected ',' or ']'`],
  ['an unclosed { map', 6, '    {app: kuard', `${PARSE} line 6: did not find expected ',' or '}'`],
  [
    'a missing comma in a [ list',
    11,
    '      command: ["echo" "hello"]',
    `${PARSE} line 10: did not find expected ',' or ']'`,
  ],
  ['an alias to no anchor', 6, '    app: *x', `${PARSE} unknown anchor 'x' referenced`],
  [
    'an alias to no anchor in a list',
    9,
    '    - image: *kuard-image',
    `${PARSE} unknown anchor 'kuard-image' referenced`,
  ],
  ['a value starting with @', 9, '    - image: @kuard', `${PARSE} line 9: found character that cannot start any token`],
  ['a top-level key indented by one space', 7, ' spec:', `${PARSE} line 6: did not find expected key`],
  [
    'no space after a list dash',
    9,
    '    -image: kuard',
    `${PARSE} line 10: mapping values are not allowed in this context`,
  ],
];

const jsonMistakes: [mistake: string, text: string, error: string][] = [
  [
    'a trailing comma in an object',
    '{\n  "apiVersion": "v1",\n  "kind": "Pod",\n  "metadata": {\n    "name": "kuard",\n  }\n}\n',
    "json: offset 81: invalid character '}' looking for beginning of object key string",
  ],
  [
    'a trailing comma in a list',
    '{\n  "apiVersion": "v1",\n  "kind": "Pod",\n  "metadata": {"name": "kuard"},\n  "spec": {"containers": [{"name": "kuard", "image": "x"},]}\n}\n',
    "json: offset 133: invalid character ']' looking for beginning of value",
  ],
  [
    'a missing comma',
    '{\n  "apiVersion": "v1"\n  "kind": "Pod"\n}\n',
    "json: offset 26: invalid character '\"' after object key:value pair",
  ],
  [
    'single quotes',
    "{\n  'apiVersion': 'v1'\n}\n",
    "json: offset 5: invalid character '\\'' looking for beginning of object key string",
  ],
  [
    'a missing closing brace',
    '{\n  "apiVersion": "v1",\n  "kind": "Pod",\n  "metadata": {"name": "kuard"}\n',
    'unexpected EOF',
  ],
];

const VERBS = ['apply', 'create', 'delete'];

describe('kubectl -f with the usual manifest mistakes', () => {
  for (const verb of VERBS) {
    it.each(yamlMistakes)(`${verb}: %s`, (_mistake, line, text, error) => {
      const session = testSession({ 'kuard-pod.yaml': withLine(line, text) });
      expect(outputOf(session, `kubectl ${verb} -f kuard-pod.yaml`)).toBe(
        `error: error parsing kuard-pod.yaml: ${error}\n`,
      );
      expect(session.engine.records().at(-1)?.exitCode).toBe(1);
      expect(outputOf(session, 'kubectl get pods')).toBe('No resources found in default namespace.\n');
    });

    it.each(jsonMistakes)(`${verb}: JSON with %s`, (_mistake, text, error) => {
      const session = testSession({ 'kuard-pod.json': text });
      expect(outputOf(session, `kubectl ${verb} -f kuard-pod.json`)).toBe(
        `error: error parsing kuard-pod.json: ${error}\n`,
      );
      expect(session.engine.records().at(-1)?.exitCode).toBe(1);
    });
  }

  it('takes the last of two equal keys, as go-yaml v2 does (no error)', () => {
    const session = testSession({
      'kuard-pod.yaml': KUARD.replace('  name: kuard\n', '  name: kuard\n  name: kuard2\n').replace(
        '      command: echo hello\n',
        '',
      ),
    });
    expect(outputOf(session, 'kubectl apply -f kuard-pod.yaml')).toBe('pod/kuard2 created\n');
  });
});
