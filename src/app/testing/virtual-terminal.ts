// A tiny VT screen for tests: enough of xterm's behaviour (printing with auto-wrap and the
// pending-wrap state, CR, LF, cursor moves, erase below) to check what a learner would see after
// the line editor's output has been written, without a browser.

export class VirtualTerminal {
  rows: string[][] = [[]];
  row = 0;
  col = 0;
  private pendingWrap = false;

  constructor(readonly cols: number) {}

  write(data: string): void {
    let i = 0;
    while (i < data.length) {
      const c = data[i]!;
      if (c === '\x1b' && data[i + 1] === '[') {
        let j = i + 2;
        while (j < data.length && /[0-9;?]/.test(data[j]!)) j++;
        this.csi(data.slice(i + 2, j), data[j]!);
        i = j + 1;
        continue;
      }
      if (c === '\r') {
        this.col = 0;
        this.pendingWrap = false;
      } else if (c === '\n') {
        this.moveRow(this.row + 1);
        this.pendingWrap = false;
      } else if (c === '\x07') {
        // bell: nothing to draw
      } else {
        this.print(c);
      }
      i++;
    }
  }

  /** The screen's text, one string per row, trailing spaces trimmed. */
  lines(): string[] {
    return this.rows.map((r) => r.join('').trimEnd());
  }

  cursor(): { row: number; col: number } {
    return { row: this.row, col: this.col };
  }

  private print(c: string): void {
    if (this.pendingWrap) {
      this.moveRow(this.row + 1);
      this.col = 0;
      this.pendingWrap = false;
    }
    const line = this.rows[this.row]!;
    while (line.length < this.col) line.push(' ');
    line[this.col] = c;
    if (this.col === this.cols - 1) this.pendingWrap = true;
    else this.col++;
  }

  private moveRow(row: number): void {
    while (this.rows.length <= row) this.rows.push([]);
    this.row = row;
  }

  private csi(params: string, final: string): void {
    const n = Number(params || '1');
    this.pendingWrap = false;
    switch (final) {
      case 'A':
        this.row = Math.max(0, this.row - n);
        break;
      case 'B':
        this.moveRow(this.row + n);
        break;
      case 'C':
        this.col = Math.min(this.cols - 1, this.col + n);
        break;
      case 'D':
        this.col = Math.max(0, this.col - n);
        break;
      case 'H':
        this.row = 0;
        this.col = 0;
        break;
      case 'J':
        if (params === '2') this.rows = this.rows.map(() => []);
        else {
          this.rows[this.row] = this.rows[this.row]!.slice(0, this.col);
          this.rows.length = this.row + 1;
        }
        break;
    }
  }
}
