// Whatever a learner types or writes, the console answers with kubectl's kind of error or a result,
// never JavaScript's words, and keeps answering. Random console lines and mutated manifests go
// through the real engine with a fixed seed. `npm test` runs a modest count; `npm run fuzz` sets
// FUZZ_LINES and FUZZ_MANIFESTS (10,000 and 2,000).
import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { outputOf, testSession, type TestSession } from './testing/session';

const LINES = Number(process.env.FUZZ_LINES ?? 120);
const MANIFESTS = Number(process.env.FUZZ_MANIFESTS ?? 40);
const SEED = 20261205;

/** What JavaScript, not kubectl, would print. None of these words is in the generated input. */
const JAVASCRIPT_WORDS = /TypeError|RangeError|ReferenceError|SyntaxError|undefined|\[object|NaN|Infinity/;

const WORDS = [
  'kubectl',
  'get',
  'pods',
  'pod',
  'po',
  'describe',
  'delete',
  'apply',
  'create',
  'run',
  'label',
  'annotate',
  'logs',
  'exec',
  'top',
  'explain',
  'events',
  'edit',
  'port-forward',
  'kuard',
  'nginx',
  '-f',
  'kuard-pod.yaml',
  '-o',
  'yaml',
  'json',
  'wide',
  'name',
  'jsonpath={.items[*].metadata.name}',
  'jsonpath={.spec',
  '-l',
  'app=',
  'app!=x',
  'app in (a,b)',
  '--image=nginx',
  '--image=',
  '--restart=Never',
  '--',
  'sh',
  '-c',
  'echo hi',
  '-n',
  'kube-system',
  '--all-namespaces',
  '-A',
  '-w',
  '--field-selector=status.phase=Running',
  'x=',
  'x-',
  '=',
  '--overwrite',
  '--dry-run=client',
  '--grace-period=0',
  '--force',
  '--since=1h',
  '--tail=-1',
  '--tail=x',
  '--timeout=0s',
  'sleep',
  '1',
  '1e309',
  '-1',
  '0',
  '|',
  'grep',
  '-E',
  '(a+)+$',
  '[',
  '\\(',
  'head',
  '-n',
  'wc',
  'echo',
  '$?',
  '"',
  "'",
  ';',
  '&&',
  '>',
  'out.txt',
  'cat',
  'ls',
  'clear',
  'help',
  'history',
  '{}',
  '[]',
  'é',
  'nodes',
  'pv',
  'pvc',
  'ns',
  'default',
  'cp',
  'rollout',
  'config',
  'view',
  'version',
  '--client',
];

// Words are mostly apart, sometimes glued (`"\(`), so quotes, escapes and operators also meet inside one word.
const line = fc
  .array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(' ', ' ', '')), { minLength: 1, maxLength: 8 })
  .map((parts) =>
    parts
      .map(([word, gap]) => word + gap)
      .join('')
      .trimEnd(),
  );

const POD = {
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name: 'kuard', labels: { app: 'kuard' }, annotations: { note: 'x' } },
  spec: {
    containers: [
      {
        name: 'kuard',
        image: 'gcr.io/kuar-demo/kuard-amd64:blue',
        ports: [{ containerPort: 8080, name: 'http', protocol: 'TCP' }],
        resources: { requests: { cpu: '500m', memory: '128Mi' }, limits: { memory: '256Mi' } },
        livenessProbe: { httpGet: { path: '/healthy', port: 8080 }, periodSeconds: 10 },
        volumeMounts: [{ name: 'data', mountPath: '/data' }],
      },
    ],
    volumes: [{ name: 'data', emptyDir: {} }],
    restartPolicy: 'Always',
  },
};

/** Every path in the manifest, so a mutation can land on any field. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [prefix];
  const keys: (string | number)[] = Array.isArray(value) ? value.map((_v, i) => i) : Object.keys(value);
  return [prefix, ...keys.flatMap((k) => paths((value as Record<string | number, unknown>)[k], [...prefix, k]))];
}
const PATHS = paths(POD).filter((p) => p.length > 0);

const oddValue = fc.oneof(
  fc.constantFrom<unknown>(null, '', 0, -1, 1.5, 1e308, true, {}, [], { a: 1 }, [null], 'x'.repeat(300), '-', '🙂'),
  fc.jsonValue({ maxDepth: 2 }),
);

const mutation = fc.record({ path: fc.constantFrom(...PATHS), value: oddValue, remove: fc.boolean() });

function mutated(changes: { path: (string | number)[]; value: unknown; remove: boolean }[]): unknown {
  const copy = structuredClone(POD) as unknown as Record<string | number, unknown>;
  for (const { path, value, remove } of changes) {
    let at: unknown = copy;
    for (const key of path.slice(0, -1)) at = at && typeof at === 'object' ? (at as Record<string, unknown>)[key] : at;
    if (!at || typeof at !== 'object') continue;
    const last = path[path.length - 1]!;
    if (remove && !Array.isArray(at)) delete (at as Record<string | number, unknown>)[last];
    else (at as Record<string | number, unknown>)[last] = value;
  }
  return copy;
}

function stillAnswers(session: TestSession): void {
  session.run('^C');
  expect(outputOf(session, 'kubectl get ns default -o name')).toBe('namespace/default\n');
}

describe('fuzz: nothing a learner writes gets an answer in JavaScript', () => {
  it(`console lines (${LINES})`, () => {
    const session = testSession({ 'kuard-pod.yaml': stringify(POD) });
    fc.assert(
      fc.property(line, (text) => {
        const output = outputOf(session, text);
        session.run('^C');
        expect(output).not.toMatch(JAVASCRIPT_WORDS);
      }),
      { seed: SEED, numRuns: LINES },
    );
    stillAnswers(session);
  }, 600_000);

  it(`mutated manifests (${MANIFESTS})`, () => {
    const session = testSession();
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (changes) => {
        const manifest = mutated(changes);
        for (const [name, text] of [
          ['m.yaml', stringify(manifest)],
          ['m.json', JSON.stringify(manifest)],
        ] as const) {
          session.workspace.write(name, text);
          for (const command of [`kubectl apply -f ${name}`, `kubectl delete -f ${name} --grace-period=0 --force`]) {
            const output = outputOf(session, command);
            expect(output, `${command}\n${text}`).not.toMatch(JAVASCRIPT_WORDS);
          }
        }
      }),
      { seed: SEED, numRuns: MANIFESTS },
    );
    stillAnswers(session);
  }, 600_000);
});
