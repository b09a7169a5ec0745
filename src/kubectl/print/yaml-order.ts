// The order go-yaml v2 writes map keys in (its sorter.go), which `kubectl -o yaml` inherits.

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** go-yaml v2's key order (sorter.go): letters by code point, digit runs by numeric value, other characters before letters. */
export function naturalLess(a: string, b: string): boolean {
  const ar = [...a];
  const br = [...b];
  for (let i = 0; i < ar.length && i < br.length; i++) {
    if (ar[i] === br[i]) continue;
    const al = isLetter(ar[i]!);
    const bl = isLetter(br[i]!);
    if (al && bl) return ar[i]! < br[i]!;
    if (al || bl) return bl;
    let an = 0;
    let bn = 0;
    if (ar[i] === '0' || br[i] === '0') {
      for (let j = i - 1; j >= 0 && isDigit(ar[j]!); j--) {
        if (ar[j] !== '0') {
          an = 1;
          bn = 1;
          break;
        }
      }
    }
    let ai = i;
    for (; ai < ar.length && isDigit(ar[ai]!); ai++) an = an * 10 + Number(ar[ai]);
    let bi = i;
    for (; bi < br.length && isDigit(br[bi]!); bi++) bn = bn * 10 + Number(br[bi]);
    if (an !== bn) return an < bn;
    if (ai !== bi) return ai < bi;
    return ar[i]! < br[i]!;
  }
  return ar.length < br.length;
}

const isDigit = (ch: string): boolean => ch >= '0' && ch <= '9';
function isLetter(ch: string): boolean {
  if ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z')) return true;
  if (ch.charCodeAt(0) < 0x80) return false;
  return /\p{L}/u.test(ch);
}

function onlyAsciiLetters(key: string): boolean {
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) return false;
  }
  return true;
}

/** The keys go-yaml would print, in its order; undefined members are absent, as in JSON. */
export function sortedKeys(obj: { [key: string]: Json | undefined }): string[] {
  const keys: string[] = [];
  let allSimple = true;
  for (const k in obj) {
    if (!Object.prototype.hasOwnProperty.call(obj, k)) continue;
    const v = obj[k];
    if (v === undefined || typeof v === 'function') continue;
    keys.push(k);
    if (allSimple && !onlyAsciiLetters(k)) allSimple = false;
  }
  // Field names are letters only: plain code-point order is the same and much faster.
  if (allSimple) return keys.sort();
  return keys.sort((x, y) => (naturalLess(x, y) ? -1 : naturalLess(y, x) ? 1 : 0));
}
