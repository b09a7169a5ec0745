import { describe, expect, it } from 'vitest';
import { describeCheck } from './check-describe';
import { parseLesson } from './parse';
import { LessonError } from './types';

const FILE = 'lessons/99-test.md';

function lesson(body: string, front = 'id: test\ntitle: A test\norder: 99'): string {
  return `---\n${front}\n---\n${body}`;
}

const STEP = [
  '## Run it',
  'Type this:',
  '```console',
  'kubectl get pods',
  '```',
  '```check',
  'ran: kubectl get pods',
  '```',
  '```hint',
  'Look at the command above.',
  '```',
  '```hint',
  'Click "Run in console".',
  '```',
  '```solution',
  'kubectl get pods',
  '```',
].join('\n');

function errorOf(source: string): { line: number; detail: string } {
  try {
    parseLesson(source, FILE);
  } catch (e) {
    if (e instanceof LessonError) {
      expect(e.file).toBe(FILE);
      return { line: e.line, detail: e.detail };
    }
    throw e;
  }
  throw new Error('expected the lesson to be refused');
}

describe('parseLesson', () => {
  it('reads front matter, intro prose and steps with their blocks', () => {
    const l = parseLesson(lesson(`Intro text.\n\n${STEP}`), FILE);
    expect(l).toMatchObject({ id: 'test', title: 'A test', order: 99, sandbox: false });
    expect(l.intro).toEqual([{ kind: 'markdown', text: 'Intro text.', line: 6 }]);
    expect(l.steps).toHaveLength(1);
    const step = l.steps[0]!;
    expect(step.title).toBe('Run it');
    expect(step.index).toBe(1);
    expect(step.blocks.map((b) => b.kind)).toEqual(['markdown', 'console']);
    expect(step.hints).toEqual(['Look at the command above.', 'Click "Run in console".']);
    expect(step.solution).toEqual([{ line: 23, action: { kind: 'run', text: 'kubectl get pods' } }]);
    expect(step.check).toMatchObject({ kind: 'ran', command: ['kubectl', 'get', 'pods'], exitCode: 0 });
  });

  it('reads start state, manifests and solution directives', () => {
    const src = lesson(
      [
        '## Write',
        '```yaml file=kuard-pod.yaml',
        'apiVersion: v1',
        'kind: Pod',
        '```',
        '```check',
        '- pod: kuard',
        '  phase: Running',
        '  ready: true',
        '- file: kuard-pod.yaml',
        '  contains: "kind: Pod"',
        '```',
        '```solution',
        'write kuard-pod.yaml',
        '$ kubectl apply -f kuard-pod.yaml',
        '# a comment',
        'sleep 10s',
        '^C',
        '```',
      ].join('\n'),
      'id: test\ntitle: T\norder: 1\nstart:\n  objects: [files/a.yaml]\n  files: {kuard-pod.yaml: files/kuard-pod.yaml}\n  settle: 1m30s',
    );
    const l = parseLesson(src, FILE);
    expect(l.start).toEqual({
      objects: ['files/a.yaml'],
      files: { 'kuard-pod.yaml': 'files/kuard-pod.yaml' },
      settle: 90_000,
    });
    expect(l.steps[0]!.blocks[0]).toMatchObject({
      kind: 'manifest',
      file: 'kuard-pod.yaml',
      text: 'apiVersion: v1\nkind: Pod\n',
    });
    expect(l.steps[0]!.solution.map((s) => s.action)).toEqual([
      { kind: 'write', file: 'kuard-pod.yaml' },
      { kind: 'run', text: 'kubectl apply -f kuard-pod.yaml' },
      { kind: 'run', text: 'sleep 10s' },
      { kind: 'interrupt' },
    ]);
    expect(l.steps[0]!.check).toMatchObject({
      kind: 'all',
      of: [{ kind: 'pod', name: 'kuard', phase: 'Running', ready: true }, { kind: 'file' }],
    });
  });

  it('does not treat a "##" inside a code block as a step', () => {
    const l = parseLesson(lesson(`${STEP}\n\`\`\`text\n## not a step\n\`\`\``), FILE);
    expect(l.steps).toHaveLength(1);
    expect(l.steps[0]!.blocks.at(-1)).toMatchObject({ kind: 'code', lang: 'text', text: '## not a step' });
  });

  it('parses a quiz and its answer directive', () => {
    const src = lesson(
      '## Think\n```quiz\nquestion: Same Pod?\noptions:\n  - text: "Yes"\n    why: no\n  - text: "No"\n    correct: true\n    why: they scale apart\n```\n```check\nquiz: answered\n```\n```solution\nanswer 2\n```',
    );
    const step = parseLesson(src, FILE).steps[0]!;
    expect(step.blocks[0]).toMatchObject({
      kind: 'quiz',
      question: 'Same Pod?',
      options: [{ correct: false }, { correct: true }],
    });
    expect(step.solution[0]!.action).toEqual({ kind: 'answer', option: 2 });
  });
});

describe('parseLesson refuses broken files with the file and line', () => {
  it('an unknown front matter field', () => {
    expect(errorOf(lesson(STEP, 'id: test\ntitle: T\norder: 1\ncolour: red'))).toEqual({
      line: 5,
      detail: 'front matter: unknown field "colour" (known: id, title, order, summary, sandbox, start)',
    });
  });

  it('a missing title', () => {
    expect(errorOf(lesson(STEP, 'id: test\norder: 1')).detail).toBe('front matter: missing "title"');
  });

  it('an unknown check field, on its own line', () => {
    const src = lesson(STEP.replace('ran: kubectl get pods', 'pod: kuard\nphse: Running'));
    expect(errorOf(src)).toEqual({ line: 13, detail: expect.stringContaining('unknown field "phse" for pod') });
  });

  it('a check of the wrong type', () => {
    const src = lesson(STEP.replace('ran: kubectl get pods', 'pod: kuard\nready: yes please'));
    expect(errorOf(src)).toMatchObject({ line: 13, detail: 'check: ready must be true or false' });
  });

  it('a condition that is none of the vocabulary', () => {
    const src = lesson(STEP.replace('ran: kubectl get pods', 'deployment: web'));
    expect(errorOf(src)).toMatchObject({ line: 12, detail: expect.stringContaining('a condition starts with one of') });
  });

  it('ran with after and without: nested ran conditions, each validated with its line', () => {
    const ordered =
      'ran: kubectl exec\nargs: [kuard, cat]\nafter:\n  ran: kubectl apply\n  after: {ran: kubectl delete, args: [kuard]}\nwithout:\n  - ran: kubectl cp\n  - {ran: kubectl exec, args: [kuard, sh], exitCode: any}';
    const step = parseLesson(lesson(STEP.replace('ran: kubectl get pods', ordered)), FILE).steps[0]!;
    expect(step.check).toMatchObject({
      kind: 'ran',
      command: ['kubectl', 'exec'],
      after: {
        kind: 'ran',
        command: ['kubectl', 'apply'],
        exitCode: 0,
        after: { command: ['kubectl', 'delete'], args: ['kuard'] },
      },
      without: [
        { command: ['kubectl', 'cp'], exitCode: 0 },
        { command: ['kubectl', 'exec'], args: ['kuard', 'sh'], exitCode: null },
      ],
    });
    expect(describeCheck(step.check!)).toEqual([
      'You ran kubectl exec with kuard and cat, with no kubectl cp or kubectl exec with kuard and sh since kubectl apply, after kubectl delete with kuard',
    ]);
    const bad = (check: string) => errorOf(lesson(STEP.replace('ran: kubectl get pods', check)));
    expect(bad('ran: kubectl exec\nafter: kubectl apply')).toEqual({
      line: 13,
      detail: expect.stringContaining('check: after needs a ran condition'),
    });
    expect(bad('ran: kubectl exec\nafter:\n  pod: kuard')).toEqual({
      line: 14,
      detail: expect.stringContaining('check: after takes ran conditions'),
    });
    expect(bad('ran: kubectl exec\nwithout: []')).toEqual({
      line: 13,
      detail: 'check: without needs at least one ran condition',
    });
    expect(bad('ran: kubectl exec\nwithout:\n  - ran: kubectl cp\n    sinse: 1')).toEqual({
      line: 15,
      detail: expect.stringContaining('unknown field "sinse" for ran'),
    });
  });

  it('a step without a check', () => {
    const src = lesson(STEP.replace('```check\nran: kubectl get pods\n```\n', ''));
    expect(errorOf(src)).toEqual({ line: 6, detail: 'step "Run it" needs exactly one check block (has 0)' });
  });

  it('a solution that writes a file no block defines', () => {
    const src = lesson(STEP.replace('```solution\nkubectl get pods', '```solution\nwrite nope.yaml'));
    expect(errorOf(src)).toEqual({
      line: 21,
      detail: 'solution: no "yaml file=nope.yaml" block in this lesson to write',
    });
  });

  it('a manifest that is not YAML', () => {
    const src = lesson(`${STEP}\n\`\`\`yaml file=bad.yaml\nmetadata:\n  name: [unclosed\n\`\`\``);
    expect(errorOf(src).line).toBeGreaterThanOrEqual(23);
  });

  it('an unclosed code block', () => {
    expect(errorOf(lesson('## S\n```check\npod: kuard'))).toEqual({
      line: 7,
      detail: 'code block is not closed by a "```" line',
    });
  });

  it('no front matter at all', () => {
    expect(errorOf('# Hello')).toEqual({ line: 1, detail: 'a lesson starts with "---" and its front matter' });
  });

  it('a quiz answer beyond its options', () => {
    const src = lesson(
      '## Q\n```quiz\nquestion: Q?\noptions:\n  - {text: a, correct: true, why: w}\n  - {text: b, why: w}\n```\n```check\nquiz: answered\n```\n```solution\nanswer 3\n```',
    );
    expect(errorOf(src)).toEqual({ line: 17, detail: 'solution: "answer 3" names no option of this step\'s quiz' });
  });

  it('a browse block without a label', () => {
    expect(errorOf(lesson(`${STEP}\n\`\`\`browse\nPUT /healthy/api {"failNext":3}\n\`\`\``))).toEqual({
      line: 23,
      detail: 'browse block needs label="…" (the button\'s text)',
    });
  });
});

describe('browse blocks', () => {
  it('carry the button text and the request', () => {
    const l = parseLesson(
      lesson(`${STEP}\n\`\`\`browse label="Fail the next 3 checks"\nPUT /healthy/api {"failNext":3}\n\`\`\``),
      FILE,
    );
    expect(l.steps[0]!.blocks.at(-1)).toEqual({
      kind: 'browse',
      label: 'Fail the next 3 checks',
      method: 'PUT',
      path: '/healthy/api',
      body: '{"failNext":3}',
      line: 23,
    });
  });
});
