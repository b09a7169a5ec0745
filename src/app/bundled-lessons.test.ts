import { describe, expect, it } from 'vitest';
import { readLessonSources } from '../../scripts/lessons-vite-plugin';
import { buildCatalog } from '../lessons/catalog';
import { bundledCatalog } from './bundled-lessons';

describe('the lesson catalogue compiled into the page at build time', () => {
  it('is the catalogue parsed from lessons/, every lesson, step, check and start file', () => {
    const { sources, files } = readLessonSources(new URL('../..', import.meta.url).pathname);
    const parsed = buildCatalog(sources, files);
    expect(parsed.errors).toEqual([]);
    const shipped = bundledCatalog();
    expect(shipped.lessons.map((l) => l.id)).toEqual(parsed.lessons.map((l) => l.id));
    expect(shipped).toEqual(parsed);
  });
});
