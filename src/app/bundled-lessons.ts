// The lessons as the built site ships them: parsed and checked at build time, and compiled into
// the page as data (scripts/lessons-vite-plugin.ts), so the page needs no request and no parsing
// to open a lesson. The headless tools and tests read lessons/ from disk instead.

import compiled from 'virtual:pod-lab-catalog';
import type { Catalog } from '../lessons/catalog';

let catalog: Catalog | undefined;

/** The bundled catalogue. Broken files never reach a build: the Vite plugin stops it. */
export function bundledCatalog(): Catalog {
  catalog ??= { lessons: compiled.lessons, files: compiled.files, startObjects: compiled.startObjects, errors: [] };
  return catalog;
}
