// github.com/mitchellh/go-wordwrap v1.0.1 WrapString, which kubectl explain wraps descriptions
// with (kubectl pkg/util/term NewWordWrapWriter): breaks only at white space, keeps the text's own
// newlines, lets a word longer than the limit run past it, and counts runes.

const NBSP = 0xa0;

/** Go's unicode.IsSpace. */
function isGoSpace(code: number): boolean {
  if (code <= 0xff) return code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0x85 || code === NBSP;
  return (
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  );
}

export function wrapString(text: string, limit: number): string {
  let out = '';
  let current = 0;
  let word = '';
  let space = '';
  let wordLength = 0;
  let spaceLength = 0;
  const flush = () => {
    current += spaceLength + wordLength;
    out += space + word;
    space = '';
    word = '';
    spaceLength = 0;
    wordLength = 0;
  };
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (char === '\n') {
      if (word === '') {
        if (current + spaceLength <= limit) out += space;
        space = '';
        spaceLength = 0;
      } else flush();
      out += char;
      current = 0;
    } else if (isGoSpace(code) && code !== NBSP) {
      if (space === '' || word !== '') flush();
      space += char;
      spaceLength++;
    } else {
      word += char;
      wordLength++;
      if (current + wordLength + spaceLength > limit && wordLength < limit) {
        out += '\n';
        current = 0;
        space = '';
        spaceLength = 0;
      }
    }
  }
  if (word === '') {
    if (current + spaceLength <= limit) out += space;
  } else out += space + word;
  return out;
}
