import { describe, expect, it } from 'vitest';
import { tabwrite } from './tabwriter';

describe('tabwriter (Go text/tabwriter semantics)', () => {
  it('pads each column to its widest cell plus padding, but not the last cell of a line', () => {
    expect(tabwrite('NAME\tAGE\nkuard\t12m\n', { minWidth: 6, padding: 3 })).toBe('NAME    AGE\nkuard   12m\n');
  });

  it('aligns only consecutive lines that have the column: a line without tabs ends the block', () => {
    const text = 'Name:\tkuard\nContainers:\n  Image:\tx\n  Container ID:\ty\n';
    expect(tabwrite(text, { minWidth: 0, padding: 2 })).toBe(
      'Name:  kuard\nContainers:\n  Image:         x\n  Container ID:  y\n',
    );
  });

  it('remembers column widths across flushes so later rows never shrink (watch)', () => {
    const widths: number[] = [];
    const first = tabwrite('NAME\tSTATUS\tAGE\nlong-name\tRunning\t1s\n', {
      minWidth: 6,
      padding: 3,
      rememberedWidths: widths,
    });
    const later = tabwrite('a\tPending\t2s\n', { minWidth: 6, padding: 3, rememberedWidths: widths });
    expect(first).toBe('NAME        STATUS    AGE\nlong-name   Running   1s\n');
    expect(later).toBe('a           Pending   2s\n');
  });

  it('counts characters, not UTF-16 units, for width', () => {
    expect(tabwrite('😀\tx\nab\ty\n', { minWidth: 0, padding: 1 })).toBe('😀  x\nab y\n');
  });
});
