// A port of the behaviour of Go's text/tabwriter as kubectl configures it (cli-runtime
// printers/tabwriter.go for `get`: minwidth 6, padding 3, RememberWidths; describe: minwidth 0,
// padding 2). Text is split into cells at '\t'; a cell is padded only when a tab ends it, so the
// last cell of a line is never padded. A column's width is decided per block of consecutive
// lines that all have a cell in that column.

export interface TabwriterOptions {
  minWidth: number;
  padding: number;
  /**
   * RememberWidths (kubernetes' tabwriter fork): column widths persist across flushes and only
   * grow. Pass the same array to every call that stands for one writer.
   */
  rememberedWidths?: number[];
}

/** Character width as Go's tabwriter counts it: one per rune. */
function textWidth(text: string): number {
  // Fast path: plain ASCII/BMP strings without surrogate pairs.
  let width = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) width--;
  }
  return width;
}

/**
 * Formats the given text (lines ending in "\n") as tabwriter output. A form feed ends a line
 * like "\n" (and is written as one) but also flushes, so no column spans it.
 */
export function tabwrite(text: string, opts: TabwriterOptions): string {
  if (!text.includes('\f')) return tabwriteFlush(text, opts);
  const chunks = text.split('\f');
  return chunks.map((chunk, i) => tabwriteFlush(i < chunks.length - 1 ? `${chunk}\n` : chunk, opts)).join('');
}

function tabwriteFlush(text: string, opts: TabwriterOptions): string {
  const rawLines = text.split('\n');
  // A trailing "\n" leaves one empty string that is not a line.
  const endsWithNewline = rawLines.length > 0 && rawLines[rawLines.length - 1] === '';
  if (endsWithNewline) rawLines.pop();
  const lines = rawLines.map((line) => line.split('\t'));
  const out: string[] = [];
  const widths: number[] = [];
  formatBlock(lines, 0, lines.length, widths, opts, out);
  let result = out.join('\n');
  if (endsWithNewline) result += '\n';
  return result;
}

function formatBlock(
  lines: string[][],
  line0: number,
  line1: number,
  widths: number[],
  opts: TabwriterOptions,
  out: string[],
): void {
  const column = widths.length;
  let start = line0;
  for (let row = line0; row < line1; row++) {
    const cells = lines[row]!;
    if (column >= cells.length - 1) continue;
    // This line starts a block of lines having a cell in this column.
    writeLines(lines, start, row, widths, out);
    start = row;
    let width = opts.minWidth;
    for (; row < line1; row++) {
      const blockCells = lines[row]!;
      if (column >= blockCells.length - 1) break;
      const w = textWidth(blockCells[column]!) + opts.padding;
      if (w > width) width = w;
    }
    const remembered = opts.rememberedWidths;
    if (remembered) {
      const previous = remembered[column];
      if (previous !== undefined && previous > width) width = previous;
      remembered[column] = width;
    }
    widths.push(width);
    formatBlock(lines, start, row, widths, opts, out);
    widths.pop();
    start = row;
    row--; // the loop's increment revisits the line that ended the block
  }
  writeLines(lines, start, line1, widths, out);
}

const SPACES: string[] = [];
const spaces = (n: number): string => (SPACES[n] ??= ' '.repeat(n));

function writeLines(lines: string[][], from: number, to: number, widths: number[], out: string[]): void {
  for (let row = from; row < to; row++) {
    const cells = lines[row]!;
    let text = '';
    for (let j = 0; j < cells.length; j++) {
      const cell = cells[j]!;
      if (j < widths.length) {
        text += cell + spaces(Math.max(0, widths[j]! - textWidth(cell)));
      } else {
        text += cell;
      }
    }
    out.push(text);
  }
}
