import { describe, expect, it } from 'vitest';
import { readLessonSources } from '../../../scripts/lessons-vite-plugin';
import { buildCatalog } from '../../lessons/catalog';
import { lessonMinutes, minutesText, stepMinutes } from './estimate';

const sources = readLessonSources(new URL('../../..', import.meta.url).pathname);
const catalog = buildCatalog(sources.sources, sources.files);

describe('workshop time estimates', () => {
  it('give every step at least a minute, and every lesson the sum of its parts', () => {
    for (const lesson of catalog.lessons.filter((l) => !l.sandbox)) {
      const steps = lesson.steps.map(stepMinutes);
      expect(steps.every((m) => m >= 1)).toBe(true);
      expect(lessonMinutes(lesson)).toBeGreaterThanOrEqual(steps.reduce((a, b) => a + b, 0));
    }
  });

  it('say the time as a teacher would plan it', () => {
    expect(minutesText(12)).toBe('about 12 min');
    expect(minutesText(60)).toBe('about 1 h');
    expect(minutesText(135)).toBe('about 2 h 15 min');
  });
});
