// Build-time validation of the lessons: every file in lessons/ is parsed and checked (front matter,
// steps, check vocabulary, solutions, start files) before Vite bundles anything. A broken lesson
// stops `vite build` with "lessons/NAME.md:LINE: what is wrong"; `vite dev` reports it on save.

import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { buildCatalog, type Catalog } from '../src/lessons/catalog';

export function readLessonsFromDisk(root: string): Catalog {
  const dir = resolve(root, 'lessons');
  const sources = readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => ({ path: `lessons/${name}`, text: readFileSync(join(dir, name), 'utf8') }));
  const files: Record<string, string> = {};
  for (const name of readdirSync(join(dir, 'files'))) files[`files/${name}`] = readFileSync(join(dir, 'files', name), 'utf8');
  return buildCatalog(sources, files);
}

export function lessonsPlugin(): Plugin {
  let root = process.cwd();
  const problems = () => readLessonsFromDisk(root).errors.map((e) => e.message);
  return {
    name: 'pod-lab-lessons',
    configResolved(config) {
      root = config.root;
    },
    buildStart() {
      const found = problems();
      if (found.length > 0) this.error(`invalid lesson files:\n${found.join('\n')}`);
    },
    handleHotUpdate(ctx) {
      if (!ctx.file.includes('/lessons/')) return;
      for (const message of problems()) ctx.server.config.logger.error(message);
    },
  };
}
