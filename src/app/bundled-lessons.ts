// The lessons as the built site ships them: Vite inlines every file under lessons/ as text at
// build time (import.meta.glob), so the page needs no request to load a lesson. The headless tools
// and tests read lessons/ from disk instead.

import { buildCatalog, type Catalog } from '../lessons/catalog';

const lessonTexts: Record<string, string> = import.meta.glob('../../lessons/*.md', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const startFiles: Record<string, string> = import.meta.glob('../../lessons/files/*', {
  query: '?raw',
  import: 'default',
  eager: true,
});

let catalog: Catalog | undefined;

/** The bundled catalogue (parsed once). Broken files never reach a build: the Vite plugin stops it. */
export function bundledCatalog(): Catalog {
  catalog ??= buildCatalog(
    Object.entries(lessonTexts).map(([path, text]) => ({ path: path.replace(/^(\.\.\/)+/, ''), text })),
    Object.fromEntries(
      Object.entries(startFiles).map(([path, text]) => [path.replace(/^(\.\.\/)+lessons\//, ''), text]),
    ),
  );
  return catalog;
}
