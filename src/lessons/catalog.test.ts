import { describe, expect, it } from 'vitest';
import { buildCatalog } from './catalog';

const lesson = (id: string, order: number, start = '') =>
  `---\nid: ${id}\ntitle: T\norder: ${order}\n${start}---\n## S\n\`\`\`check\nran: kubectl get pods\n\`\`\`\n\`\`\`hint\nh\n\`\`\`\n\`\`\`solution\nkubectl get pods\n\`\`\`\n`;

describe('buildCatalog', () => {
  it('sorts lessons in the chapter order', () => {
    const c = buildCatalog(
      [
        { path: 'lessons/b.md', text: lesson('b', 2) },
        { path: 'lessons/a.md', text: lesson('a', 1) },
      ],
      {},
    );
    expect(c.errors).toEqual([]);
    expect(c.lessons.map((l) => l.id)).toEqual(['a', 'b']);
  });

  it('reports duplicate ids and orders, and missing start files, with the file', () => {
    const c = buildCatalog(
      [
        { path: 'lessons/a.md', text: lesson('a', 1) },
        { path: 'lessons/a2.md', text: lesson('a', 1, 'start:\n  objects: [files/missing.yaml]\n') },
      ],
      {},
    );
    expect(c.errors.map((e) => e.message)).toEqual([
      'lessons/a2.md:2: id "a" is already used by lessons/a.md',
      'lessons/a2.md:2: order 1 is already used by lessons/a.md',
      'lessons/a2.md:2: start file "files/missing.yaml" does not exist under lessons/',
    ]);
  });

  it('keeps the good lessons when one file is broken, and names the broken one', () => {
    const c = buildCatalog(
      [
        { path: 'lessons/a.md', text: lesson('a', 1) },
        { path: 'lessons/x.md', text: 'no front matter' },
      ],
      {},
    );
    expect(c.lessons.map((l) => l.id)).toEqual(['a']);
    expect(c.errors.map((e) => e.message)).toEqual(['lessons/x.md:1: a lesson starts with "---" and its front matter']);
  });
});
