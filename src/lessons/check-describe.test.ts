// A step's goals as the learner reads them: each condition in plain words with its own tick, and a
// file check that reads the manifest as YAML and names the field that is wrong or missing.
import { describe, expect, it } from 'vitest';
import type { Workspace } from '../kubectl/console-types';
import { createConsole } from '../kubectl/console';
import { createCluster } from '../sim/index';
import { createFakeCatalog } from '../sim/testing/fake-images';
import { eventBaseline, type CheckContext } from './check-eval';
import { goalItems } from './check-describe';
import { parseCheck } from './check-parse';
import { parseLesson } from './parse';

const KUARD = `apiVersion: v1
kind: Pod
metadata:
  name: kuard
spec:
  containers:
    - image: gcr.io/kuar-demo/kuard-amd64:blue
      name: kuard
      ports:
        - containerPort: 8080
`;

const FILE_CHECK = `file: kuard-pod.yaml
fields:
  kind: Pod
  metadata.name: kuard
  spec.containers[0].image: gcr.io/kuar-demo/kuard-amd64:blue
  spec.containers[0].ports[0].containerPort: 8080`;

function setup() {
  const cluster = createCluster({ startTime: Date.UTC(2026, 10, 22, 10), seed: 1, images: createFakeCatalog() });
  const files = new Map<string, string>();
  const workspace: Workspace = {
    list: () => [...files.keys()],
    read: (n) => files.get(n),
    write: (n, c) => void files.set(n, c),
  };
  const console = createConsole({ cluster, workspace, clockDriver: 'console', hooks: { output: () => {} } });
  const ctx = (): CheckContext => ({
    cluster,
    workspace,
    records: console.records(),
    firstRecord: 0,
    eventBaseline: eventBaseline(cluster),
    quizAnswered: false,
  });
  const goals = (yaml: string) => goalItems(parseCheck(yaml, 'test.md', 1), ctx());
  return { files, console, goals };
}

describe('file checks read the YAML', () => {
  it('passes the manifest as written', () => {
    const t = setup();
    t.files.set('kuard-pod.yaml', KUARD);
    expect(t.goals(FILE_CHECK)).toEqual([expect.objectContaining({ met: true })]);
    expect(t.goals(FILE_CHECK)[0]!.file).toBeUndefined();
  });

  it('refuses spec indented under metadata, and says where spec went', () => {
    const t = setup();
    t.files.set('kuard-pod.yaml', KUARD.replace(/\n(spec:| {2}containers:| {4}- | {6})/g, '\n  $1'));
    expect(t.files.get('kuard-pod.yaml')).toContain('\n  spec:\n');
    const [goal] = t.goals(FILE_CHECK);
    expect(goal!.met).toBe(false);
    expect(goal!.problem).toBe(
      'kuard-pod.yaml: spec is missing (there is a spec at metadata.spec: check its indentation)',
    );
  });

  it('refuses a file that does not parse, with the line', () => {
    const t = setup();
    t.files.set('kuard-pod.yaml', KUARD.replace('  name: kuard', '  name: kuard\n   bad: [unclosed'));
    const [goal] = t.goals(FILE_CHECK);
    expect(goal!.met).toBe(false);
    expect(goal!.problem).toMatch(/^kuard-pod\.yaml is not valid YAML \(line \d+\): /);
  });

  it('names a wrong value, and a value of the wrong type', () => {
    const t = setup();
    t.files.set('kuard-pod.yaml', KUARD.replace('kind: Pod', 'kind: Deployment'));
    expect(t.goals(FILE_CHECK)[0]!.problem).toBe('kuard-pod.yaml: kind is "Deployment", expected "Pod"');
    // The failed goal names its file, so the learner can compare it with the lesson's manifest.
    expect(t.goals(FILE_CHECK)[0]!.file).toBe('kuard-pod.yaml');
    t.files.set('kuard-pod.yaml', KUARD.replace('containerPort: 8080', 'containerPort: "8080"'));
    expect(t.goals(FILE_CHECK)[0]!.problem).toBe(
      'kuard-pod.yaml: spec.containers[0].ports[0].containerPort is the text "8080", expected the number 8080',
    );
  });

  it('says nothing more than "not yet" before the file exists', () => {
    const t = setup();
    expect(t.goals(FILE_CHECK)).toEqual([{ text: expect.stringContaining('kuard-pod.yaml is saved'), met: false }]);
  });
});

describe('each condition ticks on its own, in plain words', () => {
  it('two ran conditions that differ in output are told apart and ticked separately', () => {
    const t = setup();
    const check = `all:
  - ran: kubectl get
    args: [pods]
    outputContains: "No resources"
  - ran: kubectl get
    args: [pods]
    outputContains: "NAME"`;
    t.console.submit('kubectl get pods');
    const goals = t.goals(check);
    expect(goals.map((g) => g.text)).toEqual([
      'You ran kubectl get with pods, and its output showed "No resources"',
      'You ran kubectl get with pods, and its output showed "NAME"',
    ]);
    expect(goals.map((g) => g.met)).toEqual([true, false]);
  });

  it('a negated restart count reads as a sentence, and goal: gives the lesson its own words', () => {
    const t = setup();
    const goals = t.goals(`all:
  - not: {pod: kuard, restarts: 1}
  - ran: kubectl port-forward
    args: [kuard]
  - quiz: answered
    goal: You picked the right answer`);
    expect(goals.map((g) => g.text)).toEqual([
      'Pod kuard has not restarted',
      'You ran kubectl port-forward with kuard, then stopped it with Ctrl+C',
      'You picked the right answer',
    ]);
    expect(goals.map((g) => g.met)).toEqual([true, false, false]);
  });
});

describe('a step that completes only after Ctrl+C', () => {
  const lesson = (prose: string) => `---
id: t
title: T
order: 1
summary: s
---
## Forward

${prose}

\`\`\`check
ran: kubectl port-forward
args: [kuard]
exitCode: any
\`\`\`

\`\`\`solution
kubectl port-forward kuard 8080:8080
^C
\`\`\`
`;

  it('must say so in its text', () => {
    expect(() => parseLesson(lesson('Open a forward to kuard.'), 'lessons/t.md')).toThrow(
      /lessons\/t\.md:\d+: step "Forward" completes only when a streaming command ends/,
    );
    expect(parseLesson(lesson('Open a forward, then press **Ctrl+C**.'), 'lessons/t.md').steps).toHaveLength(1);
  });
});
