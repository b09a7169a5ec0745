// The built index.html, ready for the console to answer early (src/main.tsx says how the page
// boots): the page's layout pre-rendered into #root (src/ui/prerender.tsx, run through Vite's
// module runner, as the lessons plugin runs the lesson checker), and a modulepreload link for the
// session's chunk and every chunk it imports, so they are fetched from the page's first byte,
// beside the console's own chunk, instead of once that has run; and the stylesheets of React's
// chunk, which lay the pre-rendered page out.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HtmlTagDescriptor, Plugin } from 'vite';

const SESSION_MODULE = '/src/app/browser-session.ts';
const PANES_MODULE = '/src/ui/mount.tsx';
const EMPTY_STYLESHEET = '\0pod-lab-empty-stylesheet';
const ROOT = '<div id="root"></div>';
const PRE_RENDERED = 'data-pre-rendered=""';

async function prerenderedRoot(): Promise<string> {
  const { runnerImport } = await import('vite');
  const repo = fileURLToPath(new URL('..', import.meta.url));
  const { module } = await runnerImport<{ prerenderApp(): string }>(join(repo, 'src/ui/prerender.tsx'), {
    configFile: false,
    root: repo,
    logLevel: 'silent',
    // Node would take xterm.js's CommonJS build, whose exports it cannot name: point it at the ES module
    // one (imported only: the console is never opened at build time).
    // Stylesheets are the page's business, not the markup's.
    plugins: [
      {
        name: 'pod-lab-prerender-no-css',
        enforce: 'pre',
        resolveId: (id) => (id.endsWith('.css') ? EMPTY_STYLESHEET : undefined),
        load: (id) => (id === EMPTY_STYLESHEET ? 'export {};' : undefined),
      },
    ],
    resolve: {
      alias: [
        { find: /^@xterm\/xterm$/, replacement: join(repo, 'node_modules/@xterm/xterm/lib/xterm.mjs') },
        { find: /^@xterm\/addon-fit$/, replacement: join(repo, 'node_modules/@xterm/addon-fit/lib/addon-fit.mjs') },
      ],
    },
  });
  return module.prerenderApp();
}

export function bootPlugin(): Plugin {
  return {
    name: 'pod-lab-boot',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      async handler(html, context) {
        if (!html.includes(ROOT)) throw new Error(`index.html: no ${ROOT} to pre-render the page into`);
        // Marked until React has taken the page over (src/ui/mount.tsx), for tests and tools that wait for it.
        const page = html.replace(ROOT, `<div id="root" ${PRE_RENDERED}>${await prerenderedRoot()}</div>`);
        const chunks = Object.values(context.bundle ?? {}).filter((c) => c.type === 'chunk');
        const session = chunks.find((c) => c.facadeModuleId?.endsWith(SESSION_MODULE));
        if (!session) throw new Error(`no chunk for ${SESSION_MODULE}: the boot code must import() it`);
        const files = new Set<string>();
        const visit = (fileName: string): void => {
          const chunk = chunks.find((c) => c.fileName === fileName);
          if (!chunk || chunk.isEntry || files.has(fileName)) return;
          files.add(fileName);
          chunk.imports.forEach(visit);
        };
        visit(session.fileName);
        const tags: HtmlTagDescriptor[] = [...files].map((file) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `./${file}` },
          injectTo: 'head',
        }));
        // The pre-rendered page is React's markup: the stylesheets React's chunk brings are its layout.
        const panes = chunks.find((c) => c.facadeModuleId?.endsWith(PANES_MODULE));
        if (!panes) throw new Error(`no chunk for ${PANES_MODULE}: the boot code must import() it`);
        const css = new Set<string>(html.match(/[^"]+\.css(?=")/g)?.map((href) => href.replace(/^\.\//, '')) ?? []);
        const styles = new Set<string>();
        const seen = new Set<string>();
        const collect = (fileName: string): void => {
          const chunk = chunks.find((c) => c.fileName === fileName);
          if (!chunk || seen.has(fileName)) return;
          seen.add(fileName);
          chunk.viteMetadata?.importedCss.forEach((file) => css.has(file) || styles.add(file));
          chunk.imports.forEach(collect);
        };
        collect(panes.fileName);
        for (const file of styles)
          tags.push({
            tag: 'link',
            attrs: { rel: 'stylesheet', crossorigin: true, href: `./${file}` },
            injectTo: 'head',
          });
        return { html: page, tags };
      },
    },
  };
}
