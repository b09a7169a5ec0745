import { describe, expect, it } from 'vitest';
import { parseInline, parseMarkdown } from './markdown';

describe('lesson Markdown', () => {
  it('parses inline code, strong, emphasis and safe links', () => {
    expect(parseInline('Run `kubectl get pods`, **now** or *later*; see [docs](https://kubernetes.io/docs/).')).toEqual(
      [
        { kind: 'text', text: 'Run ' },
        { kind: 'code', text: 'kubectl get pods' },
        { kind: 'text', text: ', ' },
        { kind: 'strong', children: [{ kind: 'text', text: 'now' }] },
        { kind: 'text', text: ' or ' },
        { kind: 'em', children: [{ kind: 'text', text: 'later' }] },
        { kind: 'text', text: '; see ' },
        { kind: 'link', href: 'https://kubernetes.io/docs/', children: [{ kind: 'text', text: 'docs' }] },
        { kind: 'text', text: '.' },
      ],
    );
  });

  it('keeps HTML and script links as plain text', () => {
    expect(parseInline('<img src=x onerror=alert(1)> [x](javascript:alert(1))')).toEqual([
      { kind: 'text', text: '<img src=x onerror=alert(1)> [x](javascript:alert(1))' },
    ]);
  });

  it('splits paragraphs, lists with wrapped items, quotes and headings', () => {
    const blocks = parseMarkdown(
      'First line\nsecond line.\n\n- one\n  wrapped\n- two\n\n> quoted\n> more\n\n### Title\n1. a\n2. b',
    );
    expect(blocks).toEqual([
      { kind: 'p', children: [{ kind: 'text', text: 'First line second line.' }] },
      {
        kind: 'list',
        ordered: false,
        items: [[{ kind: 'text', text: 'one wrapped' }], [{ kind: 'text', text: 'two' }]],
      },
      { kind: 'quote', children: [{ kind: 'text', text: 'quoted more' }] },
      { kind: 'heading', children: [{ kind: 'text', text: 'Title' }] },
      { kind: 'list', ordered: true, items: [[{ kind: 'text', text: 'a' }], [{ kind: 'text', text: 'b' }]] },
    ]);
  });
});
