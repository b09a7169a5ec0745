// Build-time validation of the lessons: every file in lessons/ is parsed and checked (front matter,
// steps, check vocabulary, solutions, start files) before Vite bundles anything. A broken lesson
// stops `vite build` with "lessons/NAME.md:LINE: what is wrong"; `vite dev` reports it on save.
//
// The checker itself (src/lessons/catalog.ts) is loaded through Vite's module runner when the build
// starts, not imported here: vite.config.ts imports this file, and Vite's native config loader
// wants config imports it can run without a bundler.

import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import type { LessonSource } from '../src/lessons/catalog';

/** The lesson files and start files as the catalogue takes them. */
export function readLessonSources(root: string): { sources: LessonSource[]; files: Record<string, string> } {
  const dir = resolve(root, 'lessons');
  const sources = readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => ({ path: `lessons/${name}`, text: readFileSync(join(dir, name), 'utf8') }));
  const files: Record<string, string> = {};
  for (const name of readdirSync(join(dir, 'files')))
    files[`files/${name}`] = readFileSync(join(dir, 'files', name), 'utf8');
  return { sources, files };
}

async function lessonProblems(root: string): Promise<string[]> {
  const { runnerImport } = await import('vite');
  const repo = fileURLToPath(new URL('..', import.meta.url));
  const { module } = await runnerImport<typeof import('../src/lessons/catalog')>(join(repo, 'src/lessons/catalog.ts'), {
    configFile: false,
    root: repo,
    logLevel: 'silent',
  });
  const { sources, files } = readLessonSources(root);
  return module.buildCatalog(sources, files).errors.map((e) => e.message);
}

export function lessonsPlugin(): Plugin {
  let root = process.cwd();
  return {
    name: 'pod-lab-lessons',
    configResolved(config) {
      root = config.root;
    },
    async buildStart() {
      const found = await lessonProblems(root);
      if (found.length > 0) this.error(`invalid lesson files:\n${found.join('\n')}`);
    },
    async handleHotUpdate(ctx) {
      if (!ctx.file.includes('/lessons/')) return;
      for (const message of await lessonProblems(root)) ctx.server.config.logger.error(message);
    },
  };
}
