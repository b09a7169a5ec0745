// Every lesson shipped in lessons/ parses, names start files that exist, and has what a learner
// needs in every step: a check, a solution, at least one hint.
import { describe, expect, it } from 'vitest';
import { buildCatalog } from './catalog';
import { readLessonSources } from '../../scripts/lessons-vite-plugin';

const lessonFiles = readLessonSources(new URL('../..', import.meta.url).pathname);
const catalog = buildCatalog(lessonFiles.sources, lessonFiles.files);

describe('the lesson files', () => {
  it('all parse and validate (file:line on failure)', () => {
    expect(catalog.errors.map((e) => e.message)).toEqual([]);
  });

  it('cover the chapter: at least twelve lessons in order, plus one sandbox', () => {
    const ordinary = catalog.lessons.filter((l) => !l.sandbox);
    expect(ordinary.length).toBeGreaterThanOrEqual(12);
    expect(catalog.lessons.filter((l) => l.sandbox)).toHaveLength(1);
    expect(ordinary.map((l) => l.order)).toEqual([...ordinary.map((l) => l.order)].sort((a, b) => a - b));
  });

  it('give every step a hint, and every runnable command block at least one command', () => {
    for (const lesson of catalog.lessons.filter((l) => !l.sandbox)) {
      for (const step of lesson.steps) {
        expect(step.hints.length, `${lesson.file}:${step.line}`).toBeGreaterThan(0);
        expect(step.solution.length, `${lesson.file}:${step.line}`).toBeGreaterThan(0);
      }
    }
  });
});

describe('the build-time lesson check (Vite plugin)', () => {
  it('stops the build on a broken lesson, naming its file and line', async () => {
    const { mkdtempSync, mkdirSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { lessonsPlugin } = await import('../../scripts/lessons-vite-plugin');
    const root = mkdtempSync(join(tmpdir(), 'pod-lab-lessons-'));
    mkdirSync(join(root, 'lessons', 'files'), { recursive: true });
    writeFileSync(
      join(root, 'lessons', 'bad.md'),
      '---\nid: bad\ntitle: Bad\norder: 1\n---\n## Step\n```check\npod: kuard\nphse: Running\n```\n',
    );
    const plugin = lessonsPlugin();
    (plugin.configResolved as (c: { root: string }) => void)({ root });
    const context = {
      error: (message: string) => {
        throw new Error(message);
      },
    };
    await expect((plugin.buildStart as (this: typeof context) => Promise<void>).call(context)).rejects.toThrow(
      /lessons\/bad\.md:9: check: unknown field "phse" for pod/,
    );
  });
});

describe('quizzes a learner cannot game', () => {
  it('the correct option is the longest in fewer than half of the quizzes', () => {
    const quizzes = catalog.lessons.flatMap((l) =>
      l.steps.flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'quiz' ? [b] : []))),
    );
    expect(quizzes.length).toBeGreaterThan(5);
    const longestIsCorrect = quizzes.filter((q) => {
      const longest = Math.max(...q.options.map((o) => o.text.length));
      return q.options.some((o) => o.correct && o.text.length === longest);
    });
    expect(longestIsCorrect.length).toBeLessThan(quizzes.length / 2);
  });
});

describe('the lesson text', () => {
  it('glues no suffix onto a column name or command in backticks (no "`RESTARTS`ed")', () => {
    for (const { path, text } of lessonFiles.sources) {
      expect(text.match(/`[^`\n]+`(ed|ing|es)\b/g) ?? [], path).toEqual([]);
    }
  });
});
