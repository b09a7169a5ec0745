// Resource quantities (k8s.io/apimachinery/pkg/api/resource): parsing, adding, and the
// canonical String() kubectl prints ("1000m" is "1", 2 × 128Mi is "256Mi").

export type QuantityFormat = 'DecimalSI' | 'BinarySI' | 'DecimalExponent';

export interface Quantity {
  /** The amount in nano-units, exactly. */
  nanos: bigint;
  format: QuantityFormat;
}

const BINARY_SUFFIXES: Record<string, number> = { Ki: 1, Mi: 2, Gi: 3, Ti: 4, Pi: 5, Ei: 6 };
const DECIMAL_SUFFIXES: Record<string, number> = { n: -9, u: -6, m: -3, '': 0, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };
const QUANTITY = /^([+-]?)([0-9]*\.?[0-9]*)(Ki|Mi|Gi|Ti|Pi|Ei|[numkMGTPE]|[eE][+-]?[0-9]+)?$/;

export function parseQuantity(text: string | number | undefined | null): Quantity | undefined {
  if (text === undefined || text === null) return undefined;
  const m = QUANTITY.exec(String(text).trim());
  if (!m || m[2] === '' || m[2] === '.') return undefined;
  const [, sign, digits, suffix = ''] = m;
  const [whole = '', fraction = ''] = digits!.split('.');
  // Scale the decimal mantissa to nano-units (9 fractional digits, truncating beyond).
  let nanos = BigInt((whole || '0') + fraction.padEnd(9, '0').slice(0, 9));
  let format: QuantityFormat = 'DecimalSI';
  if (suffix in BINARY_SUFFIXES) {
    nanos *= 1024n ** BigInt(BINARY_SUFFIXES[suffix]!);
    format = 'BinarySI';
  } else if (/^[eE]/.test(suffix)) {
    nanos = scaleByPowerOfTen(nanos, Number(suffix.slice(1)));
    format = 'DecimalExponent';
  } else {
    nanos = scaleByPowerOfTen(nanos, DECIMAL_SUFFIXES[suffix]!);
  }
  return { nanos: sign === '-' ? -nanos : nanos, format };
}

function scaleByPowerOfTen(value: bigint, exponent: number): bigint {
  return exponent >= 0 ? value * 10n ** BigInt(exponent) : value / 10n ** BigInt(-exponent);
}

const NANO = 1_000_000_000n;

export function addQuantities(a: Quantity | undefined, b: Quantity | undefined): Quantity | undefined {
  if (!a) return b;
  if (!b) return a;
  // The sum keeps the first operand's format unless that one was zero (Quantity.Add).
  return { nanos: a.nanos + b.nanos, format: a.nanos === 0n ? b.format : a.format };
}

export function zeroQuantity(format: QuantityFormat = 'DecimalSI'): Quantity {
  return { nanos: 0n, format };
}

/** The canonical text of a quantity, as Quantity.String() prints it. */
export function formatQuantity(q: Quantity): string {
  const negative = q.nanos < 0n;
  const abs = negative ? -q.nanos : q.nanos;
  const sign = negative ? '-' : '';
  let format = q.format;
  // Small or fractional binary amounts print in decimal form.
  if (format === 'BinarySI' && (abs < 1024n * NANO || abs % NANO !== 0n)) format = 'DecimalSI';
  if (format === 'BinarySI') {
    let units = abs / NANO;
    let power = 0;
    while (power < 6 && units % 1024n === 0n && units !== 0n) {
      units /= 1024n;
      power++;
    }
    const suffix = ['', 'Ki', 'Mi', 'Gi', 'Ti', 'Pi', 'Ei'][power];
    return `${sign}${units}${suffix}`;
  }
  if (abs === 0n) return '0';
  // Largest power of 1000 (from nano up to exa) that leaves an integral mantissa.
  let exponent = -9;
  let mantissa = abs;
  while (exponent < 18 && mantissa % 1000n === 0n) {
    mantissa /= 1000n;
    exponent += 3;
  }
  if (format === 'DecimalExponent') return `${sign}${mantissa}${exponent === 0 ? '' : `e${exponent}`}`;
  const suffix = {
    '-9': 'n',
    '-6': 'u',
    '-3': 'm',
    '0': '',
    '3': 'k',
    '6': 'M',
    '9': 'G',
    '12': 'T',
    '15': 'P',
    '18': 'E',
  }[String(exponent)];
  return `${sign}${mantissa}${suffix}`;
}

/** Canonical text of a stored quantity string; unparsable text is shown as it is. */
export function canonicalQuantity(text: string | number | undefined): string {
  const q = parseQuantity(text);
  return q ? formatQuantity(q) : String(text ?? '');
}

export function milliValue(q: Quantity | undefined): bigint {
  if (!q) return 0n;
  // MilliValue rounds up (ScaledValue with ceiling).
  const milli = q.nanos / 1_000_000n;
  return q.nanos % 1_000_000n > 0n ? milli + 1n : milli;
}

export function value(q: Quantity | undefined): bigint {
  if (!q) return 0n;
  const whole = q.nanos / NANO;
  return q.nanos % NANO > 0n ? whole + 1n : whole;
}
