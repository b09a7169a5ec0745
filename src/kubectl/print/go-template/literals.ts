// Literals in a Go template: strconv.Unquote for "…" and `…`, and parse.newNumber's numbers.

import type { Item } from './lex';
import type { ArgNode } from './nodes';

/** Go's strconv.Unquote for "…" and `…` literals (the escapes a template uses). */
export function unquote(quoted: string): string | undefined {
  if (quoted.startsWith('`')) return quoted.slice(1, -1);
  const body = quoted.slice(1, -1);
  const simple: Record<string, string> = {
    n: '\n',
    t: '\t',
    r: '\r',
    '"': '"',
    "'": "'",
    '\\': '\\',
    a: '\x07',
    b: '\b',
    f: '\f',
    v: '\v',
  };
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (ch !== '\\') {
      out += ch;
      continue;
    }
    const e = body[++i];
    if (e !== undefined && e in simple && e !== "'") out += simple[e];
    else if (e === 'x' && /^[0-9a-fA-F]{2}$/.test(body.slice(i + 1, i + 3))) {
      out += String.fromCharCode(parseInt(body.slice(i + 1, i + 3), 16));
      i += 2;
    } else if ((e === 'u' || e === 'U') && /^[0-9a-fA-F]+$/.test(body.slice(i + 1, i + (e === 'u' ? 5 : 9)))) {
      const n = e === 'u' ? 4 : 8;
      out += String.fromCodePoint(parseInt(body.slice(i + 1, i + 1 + n), 16));
      i += n;
    } else return undefined;
  }
  return out;
}

export function parseNumber(item: Item): ArgNode {
  const text = item.value;
  if (item.type === 'charConstant') {
    const ch = unquote(`"${text.slice(1, -1).replace(/"/g, '\\"')}"`) ?? '';
    const code = ch.codePointAt(0) ?? 0;
    return { type: 'number', pos: item.pos, text, isInt: true, isFloat: true, value: code };
  }
  const clean = text.replace(/_/g, '');
  const body = clean.replace(/^[+-]/, '');
  const sign = clean.startsWith('-') ? -1 : 1;
  let value = Number.NaN;
  if (/^0[xX][0-9a-fA-F]+$/.test(body) || /^0[oO][0-7]+$/.test(body) || /^0[bB][01]+$/.test(body)) value = Number(body);
  else if (/^0[0-7]+$/.test(body)) value = parseInt(body, 8);
  else if (/^(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(body)) value = Number(body);
  if (Number.isNaN(value)) throw new Error(`illegal number syntax: ${JSON.stringify(text)}`);
  value *= sign;
  const looksFloat = !/^0[xX]/.test(body) && /[.eEpP]/.test(body);
  const isInt = Number.isInteger(value) && Math.abs(value) <= Number.MAX_SAFE_INTEGER;
  if (!looksFloat && !isInt) throw new Error(`integer overflow: ${JSON.stringify(text)}`);
  return { type: 'number', pos: item.pos, text, isInt, isFloat: true, value };
}

/** item.String() in lex.go, as "unexpected X in Y" shows a token. */
