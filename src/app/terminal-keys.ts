// Splits raw terminal input into keys. xterm.js sends what a VT terminal would send: printable
// text, C0 control bytes (Ctrl+letter), and escape sequences for cursor and editing keys, in both
// the normal (CSI "ESC [") and application (SS3 "ESC O") cursor-key modes.

export type Key =
  | { kind: 'text'; text: string }
  | {
      kind:
        | 'enter'
        | 'backspace'
        | 'delete'
        | 'left'
        | 'right'
        | 'home'
        | 'end'
        | 'word-left'
        | 'word-right'
        | 'kill-to-start'
        | 'kill-to-end'
        | 'kill-word-back'
        | 'history-up'
        | 'history-down'
        | 'tab'
        | 'interrupt'
        | 'eof'
        | 'clear-screen'
        | 'ignored';
    };

type SimpleKind = Exclude<Key['kind'], 'text'>;

// Ctrl+letter bindings of readline's emacs mode.
const controlKeys: Record<string, SimpleKind> = {
  '\r': 'enter',
  '\n': 'enter',
  '\x7f': 'backspace',
  '\b': 'backspace', // Ctrl+H
  '\t': 'tab',
  '\x01': 'home', // Ctrl+A
  '\x05': 'end', // Ctrl+E
  '\x02': 'left', // Ctrl+B
  '\x06': 'right', // Ctrl+F
  '\x10': 'history-up', // Ctrl+P
  '\x0e': 'history-down', // Ctrl+N
  '\x15': 'kill-to-start', // Ctrl+U
  '\x0b': 'kill-to-end', // Ctrl+K
  '\x17': 'kill-word-back', // Ctrl+W
  '\x03': 'interrupt', // Ctrl+C
  '\x04': 'eof', // Ctrl+D
  '\x0c': 'clear-screen', // Ctrl+L
};

// Final bytes of CSI / SS3 sequences without parameters (or with modifier parameters handled below).
const cursorFinals: Record<string, SimpleKind> = {
  A: 'history-up',
  B: 'history-down',
  C: 'right',
  D: 'left',
  H: 'home',
  F: 'end',
};

// "ESC [ n ~" keys (VT220 editing keypad).
const tildeKeys: Record<string, SimpleKind> = {
  '1': 'home',
  '7': 'home',
  '4': 'end',
  '8': 'end',
  '3': 'delete',
};

export function parseKeys(data: string): Key[] {
  const keys: Key[] = [];
  let text = '';
  const flushText = () => {
    if (text) keys.push({ kind: 'text', text });
    text = '';
  };
  let i = 0;
  while (i < data.length) {
    const c = data[i]!;
    if (c === '\x1b') {
      flushText();
      const { key, length } = parseEscape(data, i);
      keys.push(key);
      i += length;
      continue;
    }
    if (c === '\r' && data[i + 1] === '\n') {
      flushText();
      keys.push({ kind: 'enter' });
      i += 2;
      continue;
    }
    const control = controlKeys[c];
    if (control) {
      flushText();
      keys.push({ kind: control });
    } else if (c < ' ') {
      flushText();
      keys.push({ kind: 'ignored' });
    } else {
      text += c;
    }
    i++;
  }
  flushText();
  return keys;
}

function parseEscape(data: string, start: number): { key: Key; length: number } {
  const next = data[start + 1];
  if (next === undefined) return { key: { kind: 'ignored' }, length: 1 };
  if (next === '[') {
    // CSI: parameter bytes 0x30–0x3F, intermediates 0x20–0x2F, one final byte 0x40–0x7E.
    let j = start + 2;
    while (j < data.length && data.charCodeAt(j) >= 0x20 && data.charCodeAt(j) <= 0x3f) j++;
    const final = data[j];
    if (final === undefined) return { key: { kind: 'ignored' }, length: data.length - start };
    const params = data.slice(start + 2, j);
    return { key: csiKey(params, final), length: j - start + 1 };
  }
  if (next === 'O') {
    const final = data[start + 2];
    if (final === undefined) return { key: { kind: 'ignored' }, length: 2 };
    const kind = cursorFinals[final];
    return { key: { kind: kind ?? 'ignored' }, length: 3 };
  }
  // Alt+key arrives as ESC followed by the key (xterm's default "meta sends escape").
  if (next === 'b' || next === 'B') return { key: { kind: 'word-left' }, length: 2 };
  if (next === 'f' || next === 'F') return { key: { kind: 'word-right' }, length: 2 };
  if (next === '\x7f') return { key: { kind: 'kill-word-back' }, length: 2 };
  return { key: { kind: 'ignored' }, length: 2 };
}

function csiKey(params: string, final: string): Key {
  if (final === '~') {
    const kind = tildeKeys[params.split(';')[0] ?? ''];
    return { kind: kind ?? 'ignored' };
  }
  const kind = cursorFinals[final];
  if (!kind) return { kind: 'ignored' };
  // "1;5D" is Ctrl+Left, "1;3D" Alt+Left: move by words, as most terminals' readline setups do.
  const modifier = params.split(';')[1];
  if (modifier === '5' || modifier === '3') {
    if (kind === 'left') return { kind: 'word-left' };
    if (kind === 'right') return { kind: 'word-right' };
  }
  return { kind };
}
