// Cursor arithmetic for a line that wraps: the prompt and the line fill rows of `cols` cells, and
// moving the cursor between two offsets of the line may cross rows. Relative moves ("ESC [ n A"
// up, "ESC [ n B" down, carriage return then "ESC [ n C" right) never depend on where the line
// started on the screen, so scrolling cannot break them.

export interface Layout {
  cols: number;
  /** Cells the prompt takes before the first character of the line. */
  promptWidth: number;
}

/** Escape sequence moving the cursor from line offset `from` to line offset `to`. */
export function layoutMove(layout: Layout, from: number, to: number): string {
  if (from === to) return '';
  const a = cellOf(layout, from);
  const b = cellOf(layout, to);
  let out = '';
  if (b.row < a.row) out += `\x1b[${a.row - b.row}A`;
  if (b.row > a.row) out += `\x1b[${b.row - a.row}B`;
  if (b.col !== a.col) {
    if (b.row === a.row && b.col < a.col) out += `\x1b[${a.col - b.col}D`;
    else if (b.row === a.row) out += `\x1b[${b.col - a.col}C`;
    else out += '\r' + (b.col > 0 ? `\x1b[${b.col}C` : '');
  }
  return out;
}

function cellOf(layout: Layout, offset: number): { row: number; col: number } {
  const cell = layout.promptWidth + offset;
  return { row: Math.floor(cell / layout.cols), col: cell % layout.cols };
}
