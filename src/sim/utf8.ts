// The size of text in bytes, as files, HTTP bodies and `wc -c` count it.

/** Bytes of a string in UTF-8, without TextEncoder (not in the core's libs). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}
