// Build-time validation of the lessons: every file in lessons/ is parsed and checked (front matter,
// steps, check vocabulary, solutions, start files) before Vite bundles anything. A broken lesson
// stops `vite build` with "lessons/NAME.md:LINE: what is wrong"; `vite dev` reports it on save.
// The parsed catalogue is also what the page ships (the module "virtual:pod-lab-catalog"): data,
// so the browser does not parse fourteen lessons of Markdown and YAML before the console answers.
//
// The checker itself (src/lessons/catalog.ts) is loaded through Vite's module runner when the build
// starts, not imported here: vite.config.ts imports this file, and Vite's native config loader
// wants config imports it can run without a bundler.

import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import type { Catalog, CompiledCatalog, LessonSource } from '../src/lessons/catalog';

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

async function loadCatalog(root: string): Promise<Catalog> {
  const { runnerImport } = await import('vite');
  const repo = fileURLToPath(new URL('..', import.meta.url));
  const { module } = await runnerImport<typeof import('../src/lessons/catalog')>(join(repo, 'src/lessons/catalog.ts'), {
    configFile: false,
    root: repo,
    logLevel: 'silent',
  });
  const { sources, files } = readLessonSources(root);
  return module.buildCatalog(sources, files);
}

async function lessonProblems(root: string): Promise<string[]> {
  return (await loadCatalog(root)).errors.map((e) => e.message);
}

const CATALOG_MODULE = 'virtual:pod-lab-catalog';
const RESOLVED_CATALOG = '\0' + CATALOG_MODULE;

/** The catalogue as a module: JSON.parse of one string literal is the quickest way to data in V8. */
function catalogModule(catalog: Catalog): string {
  const data: CompiledCatalog = {
    lessons: catalog.lessons,
    files: catalog.files,
    startObjects: catalog.startObjects ?? {},
  };
  return `export default JSON.parse(${JSON.stringify(JSON.stringify(data))});\n`;
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
    resolveId: (id) => (id === CATALOG_MODULE ? RESOLVED_CATALOG : undefined),
    async load(id) {
      if (id !== RESOLVED_CATALOG) return undefined;
      const { sources } = readLessonSources(root);
      for (const source of sources) this.addWatchFile(resolve(root, source.path));
      return catalogModule(await loadCatalog(root));
    },
    async handleHotUpdate(ctx) {
      if (!ctx.file.includes('/lessons/')) return;
      for (const message of await lessonProblems(root)) ctx.server.config.logger.error(message);
      const compiled = ctx.server.moduleGraph.getModuleById(RESOLVED_CATALOG);
      if (compiled) ctx.server.moduleGraph.invalidateModule(compiled);
      ctx.server.ws.send({ type: 'full-reload' });
    },
  };
}
