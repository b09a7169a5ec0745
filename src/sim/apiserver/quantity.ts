// Resource quantities as the API server reads and re-serialises them (apimachinery
// pkg/api/resource): "500m", "0.5", "128Mi", "1G", "1e3". Stored objects carry the canonical form,
// so `cpu: 1000m` reads back as `1` and `cpu: 0.5` as `500m`.

export const QUANTITY_REGEX_TEXT = '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$';
const QUANTITY_SHAPE = /^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$/;

const BINARY: Record<string, number> = { Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60 };
const DECIMAL: Record<string, number> = {
  n: 1e-9,
  u: 1e-6,
  m: 1e-3,
  '': 1,
  k: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  P: 1e15,
  E: 1e18,
};

export type QuantityFormat = 'binary' | 'decimal' | 'exponent';

export interface Quantity {
  /** The value in base units (cores, bytes). */
  value: number;
  format: QuantityFormat;
}

export type QuantityParse = { ok: true; quantity: Quantity } | { ok: false; message: string };

export const QUANTITY_SHAPE_ERROR = `quantities must match the regular expression '${QUANTITY_REGEX_TEXT}'`;

export function parseQuantity(input: unknown): QuantityParse {
  // A JSON number is read from its text, as Quantity.UnmarshalJSON does: 1e+308 is an exponent.
  if (typeof input === 'number' && Number.isFinite(input)) return parseQuantity(String(input));
  if (typeof input !== 'string') return { ok: false, message: QUANTITY_SHAPE_ERROR };
  const match = QUANTITY_SHAPE.exec(input.trim() === input ? input : '');
  if (!match) return { ok: false, message: QUANTITY_SHAPE_ERROR };
  const [, numberText, suffix] = match as unknown as [string, string, string];
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(numberText)) return { ok: false, message: QUANTITY_SHAPE_ERROR };
  const mantissa = Number(numberText);
  if (suffix in BINARY) return { ok: true, quantity: { value: mantissa * BINARY[suffix]!, format: 'binary' } };
  if (suffix in DECIMAL) return { ok: true, quantity: { value: mantissa * DECIMAL[suffix]!, format: 'decimal' } };
  const exponent = /^[eE]([-+]?\d+)$/.exec(suffix);
  if (exponent) return { ok: true, quantity: { value: mantissa * 10 ** Number(exponent[1]), format: 'exponent' } };
  return { ok: false, message: "unable to parse quantity's suffix" };
}

/** Value in base units, or undefined for a missing/unparsable quantity. */
export function quantityValue(input: unknown): number | undefined {
  const parsed = parseQuantity(input);
  return parsed.ok ? parsed.quantity.value : undefined;
}

/** CPU in millicores, rounded up the way the API rounds sub-milli CPU. */
export function milliCores(input: unknown): number {
  const v = quantityValue(input);
  return v === undefined ? 0 : Math.ceil(Math.round(v * 1e6) / 1e3);
}

/** The canonical string the API server stores (largest suffix that keeps an integer). */
export function canonicalQuantity(q: Quantity): string {
  const sign = q.value < 0 ? '-' : '';
  const abs = Math.abs(q.value);
  if (q.format === 'binary' && Number.isInteger(abs) && abs >= 1024) {
    for (const suffix of ['Ei', 'Pi', 'Ti', 'Gi', 'Mi', 'Ki']) {
      const unit = BINARY[suffix]!;
      if (abs % unit === 0) return `${sign}${abs / unit}${suffix}`;
    }
  }
  // Decimal SI: work in integral milli-units, rounding up any finer fraction as the API does.
  const milli = Math.ceil(Math.round(abs * 1e6) / 1e3);
  if (!Number.isSafeInteger(milli)) return `${sign}${exponentForm(abs)}`;
  if (milli % 1000 !== 0) return `${sign}${milli}m`;
  let whole = milli / 1000;
  if (whole === 0) return '0';
  const suffixes =
    q.format === 'exponent' ? ['', 'e3', 'e6', 'e9', 'e12', 'e15', 'e18'] : ['', 'k', 'M', 'G', 'T', 'P', 'E'];
  let i = 0;
  while (whole % 1000 === 0 && i < suffixes.length - 1) {
    whole /= 1000;
    i++;
  }
  return `${sign}${whole}${suffixes[i]}`;
}

/**
 * A value too large for integral milli-units, as int64Amount.AsCanonicalBytes writes it: the
 * significant digits, then an exponent that is a multiple of three (1e308 is "100e306").
 */
function exponentForm(abs: number): string {
  const [mantissa = '', exponentText = '0'] = abs.toExponential().split('e');
  let digits = mantissa.replace('.', '');
  let exponent = Number(exponentText) - (digits.length - 1);
  while (exponent % 3 !== 0) {
    digits += '0';
    exponent--;
  }
  return `${digits}e${exponent}`;
}
