// Reads one lesson file (Markdown with YAML front matter) into a Lesson, or throws a LessonError
// naming the file and line of the first problem. The build runs this over every file in lessons/,
// so an unknown field, a broken check or a solution that writes a file no block defines fails it.

import { LineCounter, isMap, isScalar, parseAllDocuments, parseDocument, type Node } from 'yaml';
import { parseCheck } from './check-parse';
import { endsWithCtrlC } from './streaming';
import { parseDuration } from './duration';
import { parseQuiz } from './quiz-parse';
import { LessonError, type Lesson, type SolutionLine, type StartState, type Step, type StepBlock } from './types';

const FRONT_FIELDS = ['id', 'title', 'order', 'summary', 'sandbox', 'start'];
const START_FIELDS = ['objects', 'files', 'settle'];
const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

interface Front {
  id: string;
  title: string;
  order: number;
  summary: string;
  sandbox: boolean;
  start: StartState;
}

function parseFront(text: string, file: string, base: number): Front {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true });
  const at = (node: Node | null | undefined) => (node?.range ? base + lines.linePos(node.range[0]).line - 1 : base);
  const err = doc.errors[0];
  if (err)
    throw new LessonError(
      file,
      base + (err.linePos?.[0]?.line ?? 1) - 1,
      `front matter: ${err.message.split('\n')[0]}`,
    );
  const root = doc.contents as Node | null;
  if (!isMap(root)) throw new LessonError(file, base, 'front matter must be a mapping (id, title, …)');
  const fields = new Map<string, { key: Node; value: Node | null }>();
  for (const pair of root.items) {
    const key = pair.key as Node;
    const name = isScalar(key) ? String(key.value) : '';
    if (!FRONT_FIELDS.includes(name)) {
      throw new LessonError(file, at(key), `front matter: unknown field "${name}" (known: ${FRONT_FIELDS.join(', ')})`);
    }
    fields.set(name, { key, value: (pair.value as Node | null) ?? null });
  }
  const scalar = (name: string, type: 'string' | 'number' | 'boolean', required: boolean): unknown => {
    const entry = fields.get(name);
    if (!entry) {
      if (required) throw new LessonError(file, base, `front matter: missing "${name}"`);
      return undefined;
    }
    if (!isScalar(entry.value) || typeof entry.value.value !== type) {
      throw new LessonError(file, at(entry.value ?? entry.key), `front matter: "${name}" must be a ${type}`);
    }
    return entry.value.value;
  };
  const id = scalar('id', 'string', true) as string;
  if (!ID_PATTERN.test(id))
    throw new LessonError(
      file,
      at(fields.get('id')?.value),
      `front matter: id "${id}" must be lowercase words joined by "-"`,
    );
  const start: StartState = { objects: [], files: {}, settle: 0 };
  const startNode = fields.get('start')?.value;
  if (startNode) {
    if (!isMap(startNode))
      throw new LessonError(file, at(startNode), 'front matter: "start" must be a mapping (objects, files, settle)');
    for (const pair of startNode.items) {
      const key = pair.key as Node;
      const value = pair.value as Node | null;
      const name = isScalar(key) ? String(key.value) : '';
      if (!START_FIELDS.includes(name)) {
        throw new LessonError(
          file,
          at(key),
          `front matter: unknown field "start.${name}" (known: ${START_FIELDS.join(', ')})`,
        );
      }
      const json = value?.toJSON() as unknown;
      if (name === 'objects') {
        if (!Array.isArray(json) || !json.every((x) => typeof x === 'string')) {
          throw new LessonError(file, at(value), 'front matter: "start.objects" must be a list of manifest paths');
        }
        start.objects = json;
      } else if (name === 'files') {
        if (
          typeof json !== 'object' ||
          json === null ||
          Array.isArray(json) ||
          !Object.values(json).every((x) => typeof x === 'string')
        ) {
          throw new LessonError(file, at(value), 'front matter: "start.files" maps workspace names to paths');
        }
        start.files = json as Record<string, string>;
      } else {
        const ms = typeof json === 'string' ? parseDuration(json) : undefined;
        if (ms === undefined)
          throw new LessonError(file, at(value), 'front matter: "start.settle" must be a duration such as 20s');
        start.settle = ms;
      }
    }
  }
  return {
    id,
    title: scalar('title', 'string', true) as string,
    order: scalar('order', 'number', true) as number,
    summary: (scalar('summary', 'string', false) as string | undefined) ?? '',
    sandbox: (scalar('sandbox', 'boolean', false) as boolean | undefined) ?? false,
    start,
  };
}

function parseSolution(text: string, file: string, first: number): SolutionLine[] {
  const out: SolutionLine[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = first + i;
    const trimmed = raw.trim();
    if (!trimmed || trimmed.startsWith('#')) return;
    const write = /^write\s+(\S+)$/.exec(trimmed);
    const answer = /^answer\s+(\d+)$/.exec(trimmed);
    const browse = /^browse\s+(GET|PUT|POST)\s+(\/\S*)(?:\s+(.+))?$/.exec(trimmed);
    if (browse) {
      const body = browse[3];
      out.push({
        line,
        action: {
          kind: 'browse',
          method: browse[1] as 'GET' | 'PUT' | 'POST',
          path: browse[2]!,
          ...(body ? { body } : {}),
        },
      });
    } else if (write) out.push({ line, action: { kind: 'write', file: write[1]! } });
    else if (answer) out.push({ line, action: { kind: 'answer', option: Number(answer[1]) } });
    else if (trimmed === '^C') out.push({ line, action: { kind: 'interrupt' } });
    else if (/^(write|answer|browse)\b/.test(trimmed)) {
      throw new LessonError(
        file,
        line,
        `solution: "${trimmed}" — use "write FILE", "answer N" or "browse METHOD /path [BODY]"`,
      );
    } else out.push({ line, action: { kind: 'run', text: trimmed.replace(/^\$ /, '') } });
  });
  return out;
}

interface Draft {
  title: string;
  line: number;
  blocks: StepBlock[];
  checks: { text: string; line: number }[];
  hints: string[];
  solutions: SolutionLine[][];
}

/** Parses a lesson. `file` is how errors name it (e.g. "lessons/01-why-pods.md"). */
export function parseLesson(source: string, file: string): Lesson {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  if (lines[0] !== '---') throw new LessonError(file, 1, 'a lesson starts with "---" and its front matter');
  const end = lines.indexOf('---', 1);
  if (end < 0) throw new LessonError(file, 1, 'front matter is not closed by a "---" line');
  const front = parseFront(lines.slice(1, end).join('\n'), file, 2);

  const intro: StepBlock[] = [];
  const drafts: Draft[] = [];
  let prose: string[] = [];
  let proseLine = 0;
  const target = () => drafts[drafts.length - 1]?.blocks ?? intro;
  const flushProse = () => {
    const text = prose.join('\n').trim();
    if (text) target().push({ kind: 'markdown', text, line: proseLine });
    prose = [];
  };

  for (let i = end + 1; i < lines.length; i++) {
    const text = lines[i]!;
    const lineNo = i + 1;
    const fence = /^```(\S*)(.*)$/.exec(text);
    if (fence) {
      flushProse();
      const close = lines.findIndex((l, j) => j > i && l.trim() === '```');
      if (close < 0) throw new LessonError(file, lineNo, 'code block is not closed by a "```" line');
      const body = lines.slice(i + 1, close).join('\n');
      const info = `${fence[1]}${fence[2]}`.trim();
      const step = drafts[drafts.length - 1];
      const firstLine = lineNo + 1;
      const lang = fence[1]!;
      const needStep = (what: string) => {
        if (!step) throw new LessonError(file, lineNo, `a ${what} block belongs inside a "## step" section`);
        return step;
      };
      if (lang === 'console') {
        const commands = body
          .split('\n')
          .map((l) => l.replace(/^\$ /, '').trim())
          .filter(Boolean);
        if (commands.length === 0) throw new LessonError(file, lineNo, 'console block has no command');
        target().push({ kind: 'console', commands, line: lineNo });
      } else if (lang === 'yaml' && /\bfile=/.test(info)) {
        const name = /\bfile=(\S+)/.exec(info)![1]!;
        const err = parseAllDocuments(body, { lineCounter: new LineCounter() }).flatMap((doc) =>
          'errors' in doc ? doc.errors : [],
        )[0];
        if (err)
          throw new LessonError(
            file,
            firstLine + (err.linePos?.[0]?.line ?? 1) - 1,
            `${name}: ${err.message.split('\n')[0]}`,
          );
        target().push({ kind: 'manifest', file: name, text: body + '\n', line: lineNo });
      } else if (lang === 'check') {
        needStep('check').checks.push({ text: body, line: firstLine });
      } else if (lang === 'hint') {
        if (!body.trim()) throw new LessonError(file, lineNo, 'hint block is empty');
        needStep('hint').hints.push(body.trim());
      } else if (lang === 'solution') {
        needStep('solution').solutions.push(parseSolution(body, file, firstLine));
      } else if (lang === 'browse') {
        const label = /\blabel="([^"]+)"/.exec(info)?.[1];
        const request = /^(GET|PUT|POST)\s+(\/\S*)(?:\s+(.+))?$/.exec(body.trim());
        if (!label) throw new LessonError(file, lineNo, 'browse block needs label="…" (the button\'s text)');
        if (!request) throw new LessonError(file, firstLine, 'browse block holds one request: METHOD /path [BODY]');
        target().push({
          kind: 'browse',
          label,
          method: request[1] as 'GET' | 'PUT' | 'POST',
          path: request[2]!,
          ...(request[3] ? { body: request[3] } : {}),
          line: lineNo,
        });
      } else if (lang === 'quiz') {
        const quiz = parseQuiz(body, file, firstLine);
        const s = needStep('quiz');
        if (s.blocks.some((b) => b.kind === 'quiz')) throw new LessonError(file, lineNo, 'one quiz per step');
        s.blocks.push({ kind: 'quiz', ...quiz, line: lineNo });
      } else if (['check', 'hint', 'solution'].some((k) => lang.startsWith(k))) {
        throw new LessonError(file, lineNo, `unknown block type "${lang}"`);
      } else {
        target().push({ kind: 'code', lang, text: body, line: lineNo });
      }
      i = close;
      continue;
    }
    const heading = /^## (.+)$/.exec(text);
    if (heading) {
      flushProse();
      drafts.push({ title: heading[1]!.trim(), line: lineNo, blocks: [], checks: [], hints: [], solutions: [] });
      continue;
    }
    if (prose.length === 0) proseLine = lineNo;
    prose.push(text);
  }
  flushProse();

  if (front.sandbox && drafts.some((d) => d.checks.length > 0)) {
    throw new LessonError(file, drafts[0]!.line, 'the sandbox has no checks');
  }
  if (!front.sandbox && drafts.length === 0)
    throw new LessonError(file, end + 2, 'a lesson needs at least one "## step"');

  const manifests = new Set<string>();
  for (const d of drafts) for (const b of d.blocks) if (b.kind === 'manifest') manifests.add(b.file);

  const steps: Step[] = drafts.map((d, n) => {
    // The check's own problems first: they point at the exact line to fix.
    const check = d.checks[0] ? parseCheck(d.checks[0].text, file, d.checks[0].line) : undefined;
    if (!front.sandbox) {
      if (d.checks.length !== 1)
        throw new LessonError(file, d.line, `step "${d.title}" needs exactly one check block (has ${d.checks.length})`);
      if (d.solutions.length !== 1)
        throw new LessonError(
          file,
          d.line,
          `step "${d.title}" needs exactly one solution block (has ${d.solutions.length})`,
        );
    }
    const solution = d.solutions[0] ?? [];
    const quiz = d.blocks.find((b) => b.kind === 'quiz');
    for (const s of solution) {
      if (s.action.kind === 'write' && !manifests.has(s.action.file)) {
        throw new LessonError(file, s.line, `solution: no "yaml file=${s.action.file}" block in this lesson to write`);
      }
      if (s.action.kind === 'answer' && (!quiz || s.action.option < 1 || s.action.option > quiz.options.length)) {
        throw new LessonError(
          file,
          s.line,
          `solution: "answer ${s.action.option}" names no option of this step's quiz`,
        );
      }
    }
    if (check && needsCtrlC(check) && !d.blocks.some((b) => b.kind === 'markdown' && b.text.includes('Ctrl+C')))
      throw new LessonError(
        file,
        d.checks[0]!.line,
        `step "${d.title}" completes only when a streaming command ends: its text must tell the learner to press Ctrl+C`,
      );
    if (check && usesQuiz(check) && !quiz)
      throw new LessonError(file, d.checks[0]!.line, 'check: "quiz: answered" in a step without a quiz block');
    return { index: n + 1, title: d.title, line: d.line, blocks: d.blocks, check, hints: d.hints, solution };
  });

  return { ...front, file, intro, steps };
}

/** A ran condition on a command that runs until Ctrl+C (port-forward, -w, logs -f) is met only then. */
function needsCtrlC(check: import('./check-types').Check): boolean {
  if (check.kind === 'ran') return endsWithCtrlC(check);
  if (check.kind === 'all') return check.of.some(needsCtrlC);
  return false;
}

function usesQuiz(check: import('./check-types').Check): boolean {
  if (check.kind === 'quiz') return true;
  if (check.kind === 'all' || check.kind === 'any') return check.of.some(usesQuiz);
  if (check.kind === 'not') return usesQuiz(check.of);
  return false;
}
