// How go-yaml v2 (as used by sigs.k8s.io/yaml, behind `kubectl -o yaml`) decides a string's
// style: plain when it would read back as the same string, double-quoted when it would read back
// as another type (number, bool, null, timestamp), single-quoted when YAML indicators forbid
// plain style, literal block (|) for multi-line text. Mirrors resolve.go and the emitter's
// analyze_scalar/select_scalar_style.

export type ScalarStyle = 'plain' | 'single' | 'double' | 'literal';

const BOOL_OR_NULL = new Set([
  'y', 'Y', 'yes', 'Yes', 'YES', 'on', 'On', 'ON', 'true', 'True', 'TRUE',
  'n', 'N', 'no', 'No', 'NO', 'off', 'Off', 'OFF', 'false', 'False', 'FALSE',
  '', '~', 'null', 'Null', 'NULL',
  '.nan', '.NaN', '.NAN', '.inf', '.Inf', '.INF', '+.inf', '+.Inf', '+.INF', '-.inf', '-.Inf', '-.INF',
  '<<',
]);

// Go's strconv.ParseInt/ParseUint with base 0 (after go-yaml drops underscores).
const GO_INT = /^[-+]?(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)$/;
const YAML_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
const BINARY = /^-?0b[01]+$/;
// The timestamp layouts go-yaml accepts: 2006-1-2T15:4:5.999999999Z07:00 (also with 't'),
// "2006-1-2 15:4:5.999999999" and 2006-1-2.
const TIMESTAMP =
  /^\d{4}-\d{1,2}-\d{1,2}(?:[Tt]\d{1,2}:\d{1,2}:\d{1,2}(?:\.\d+)?(?:Z|[-+]\d{2}:\d{2})|[ ]\d{1,2}:\d{1,2}:\d{1,2}(?:\.\d+)?)?$/;
const BASE60_FLOAT = /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/;

/** True when go-yaml would read this plain text back as something other than a string. */
export function resolvesToNonString(s: string): boolean {
  if (BOOL_OR_NULL.has(s)) return true;
  const first = s.charAt(0);
  if (first === '.') return /^\.[0-9]+([eE][-+]?[0-9]+)?$/.test(s) || /^\.(inf|Inf|INF|nan|NaN|NAN)$/.test(s);
  if (!/[-+0-9]/.test(first)) return false;
  if (/^[0-9]/.test(first) && TIMESTAMP.test(s) && validDate(s)) return true;
  const plain = s.replace(/_/g, '');
  if (GO_INT.test(plain)) return true;
  if (YAML_FLOAT.test(plain)) return true;
  if (BINARY.test(plain)) return true;
  return false;
}

function validDate(s: string): boolean {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})/.exec(s)!;
  const month = Number(m[2]);
  const day = Number(m[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

// go-yaml's is_printable, which works on UTF-8 bytes and so treats characters outside the BMP
// (emoji) as unprintable: such strings end up double-quoted with \U escapes.
export function isPrintable(code: number): boolean {
  if (code === 0x0a) return true;
  if (code >= 0x20 && code <= 0x7e) return true;
  if (code >= 0xa0 && code <= 0xd7ff) return true;
  if (code >= 0xe000 && code <= 0xfffd && code !== 0xfeff) return true;
  return false;
}

const isBlankOrEnd = (ch: string | undefined): boolean =>
  ch === undefined || ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r';

interface Analysis {
  blockPlainAllowed: boolean;
  flowPlainAllowed: boolean;
  singleQuotedAllowed: boolean;
  blockAllowed: boolean;
  multiline: boolean;
}

function analyze(value: string): Analysis {
  if (value.length === 0) {
    return { blockPlainAllowed: true, flowPlainAllowed: false, singleQuotedAllowed: true, blockAllowed: false, multiline: false };
  }
  const chars = [...value];
  let blockIndicators = false;
  let flowIndicators = false;
  let lineBreaks = false;
  let specialCharacters = false;
  let leadingSpace = false;
  let leadingBreak = false;
  let trailingSpace = false;
  let trailingBreak = false;
  let breakSpace = false;
  let spaceBreak = false;
  let previousSpace = false;
  let previousBreak = false;
  if (value.startsWith('---') || value.startsWith('...')) {
    blockIndicators = true;
    flowIndicators = true;
  }
  let precededByWhitespace = true;
  let followedByWhitespace = isBlankOrEnd(chars[1]);
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    if (i === 0) {
      if ('#,[]{}&*!|>\'"%@`'.includes(ch)) {
        flowIndicators = true;
        blockIndicators = true;
      } else if (ch === '?' || ch === ':') {
        flowIndicators = true;
        if (followedByWhitespace) blockIndicators = true;
      } else if (ch === '-' && followedByWhitespace) {
        flowIndicators = true;
        blockIndicators = true;
      }
    } else if (',?[]{}'.includes(ch)) {
      flowIndicators = true;
    } else if (ch === ':') {
      flowIndicators = true;
      if (followedByWhitespace) blockIndicators = true;
    } else if (ch === '#' && precededByWhitespace) {
      flowIndicators = true;
      blockIndicators = true;
    }
    const code = ch.codePointAt(0)!;
    if (!isPrintable(code)) specialCharacters = true;
    const isBreak = ch === '\n' || ch === '\r' || code === 0x85 || code === 0x2028 || code === 0x2029;
    if (ch === ' ') {
      if (i === 0) leadingSpace = true;
      if (i === chars.length - 1) trailingSpace = true;
      if (previousBreak) breakSpace = true;
      previousSpace = true;
      previousBreak = false;
    } else if (isBreak) {
      lineBreaks = true;
      if (i === 0) leadingBreak = true;
      if (i === chars.length - 1) trailingBreak = true;
      if (previousSpace) spaceBreak = true;
      previousSpace = false;
      previousBreak = true;
    } else {
      previousSpace = false;
      previousBreak = false;
    }
    precededByWhitespace = isBlankOrEnd(ch) || isBreak;
    followedByWhitespace = isBlankOrEnd(chars[i + 2]);
  }
  const result: Analysis = {
    multiline: lineBreaks,
    flowPlainAllowed: true,
    blockPlainAllowed: true,
    singleQuotedAllowed: true,
    blockAllowed: true,
  };
  if (leadingSpace || leadingBreak || trailingSpace || trailingBreak) {
    result.flowPlainAllowed = false;
    result.blockPlainAllowed = false;
  }
  if (trailingSpace) result.blockAllowed = false;
  if (breakSpace) {
    result.flowPlainAllowed = false;
    result.blockPlainAllowed = false;
    result.singleQuotedAllowed = false;
  }
  if (spaceBreak || specialCharacters) {
    result.flowPlainAllowed = false;
    result.blockPlainAllowed = false;
    result.singleQuotedAllowed = false;
    result.blockAllowed = false;
  }
  if (lineBreaks) {
    result.flowPlainAllowed = false;
    result.blockPlainAllowed = false;
  }
  if (flowIndicators) result.flowPlainAllowed = false;
  if (blockIndicators) result.blockPlainAllowed = false;
  return result;
}

/** The style go-yaml picks for a string; `simpleKey` for mapping keys. */
export function chooseStyle(value: string, simpleKey: boolean): ScalarStyle {
  let style: ScalarStyle;
  if (value.includes('\n')) style = 'literal';
  else if (!resolvesToNonString(value) && !BASE60_FLOAT.test(value)) style = 'plain';
  else style = 'double';
  const analysis = analyze(value);
  if (style === 'plain') {
    if (!analysis.blockPlainAllowed || (value.length === 0 && simpleKey)) style = 'single';
  }
  if (style === 'single' && !analysis.singleQuotedAllowed) style = 'double';
  if (style === 'literal' && (!analysis.blockAllowed || simpleKey)) style = 'double';
  return style;
}
