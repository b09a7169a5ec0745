// A command-line flag parser with the rules of spf13/pflag, which kubectl uses: long flags as
// `--name=value` or `--name value`, shorthands as `-n value`, `-nvalue` or `-n=value`, boolean
// shorthands combined (`-it`), `--` ending flag parsing, and flags mixed freely with arguments.
// The error texts are pflag's own, because learners see them verbatim.

/** 'duration' is kept as the text typed, once Go's time.ParseDuration accepts it. */
import { parseDuration } from './go-duration';

export type FlagType = 'bool' | 'string' | 'int' | 'stringArray' | 'duration';

export interface FlagSpec {
  name: string;
  short?: string;
  type: FlagType;
  /** For help text only: the value a learner would write, e.g. "string" or "int". */
  help: string;
  /** Default shown in help and used when the flag is absent. */
  default?: string | number | boolean;
  /**
   * pflag's NoOptDefVal: the value used when the flag is given without `=value`
   * (kubectl's `--dry-run` means `--dry-run=unchanged`; booleans mean true).
   */
  noOptDefault?: string;
  /** Listed as deprecated: accepted, with this warning printed. */
  deprecated?: string;
  /** A check of the value beyond its type: the reason pflag gives after "invalid argument", or undefined. */
  check?: (raw: string) => string | undefined;
}

export type FlagValue = string | number | boolean | string[];

export interface ParsedArgs {
  /** Values of flags that were given (absent flags are not in the map). */
  values: Map<string, FlagValue>;
  /** Positional arguments, in order, including those after `--`. */
  args: string[];
  /** Index in `args` where `--` appeared, or -1 (cobra's ArgsLenAtDash). */
  dashAt: number;
  /** Deprecation warnings collected while parsing. */
  warnings: string[];
}

export type FlagParseResult = { ok: true; parsed: ParsedArgs } | { ok: false; error: string };

const BOOL_TRUE = new Set(['1', 't', 'T', 'TRUE', 'true', 'True']);
const BOOL_FALSE = new Set(['0', 'f', 'F', 'FALSE', 'false', 'False']);

/** Go's strconv.ParseBool accepts exactly these spellings. */
function parseGoBool(text: string): boolean | undefined {
  if (BOOL_TRUE.has(text)) return true;
  if (BOOL_FALSE.has(text)) return false;
  return undefined;
}

function flagDisplayName(spec: FlagSpec): string {
  return spec.short ? `-${spec.short}, --${spec.name}` : `--${spec.name}`;
}

/** Converts a raw value for one flag, with pflag's "invalid argument" wording on failure. */
function convert(
  spec: FlagSpec,
  raw: string,
  previous: FlagValue | undefined,
): { ok: true; value: FlagValue } | { ok: false; error: string } {
  const invalid = (detail: string) => ({
    ok: false as const,
    error: `invalid argument "${raw}" for "${flagDisplayName(spec)}" flag: ${detail}`,
  });
  const problem = spec.check?.(raw);
  if (problem !== undefined) return invalid(problem);
  switch (spec.type) {
    case 'bool': {
      const value = parseGoBool(raw);
      return value === undefined ? invalid(`strconv.ParseBool: parsing "${raw}": invalid syntax`) : { ok: true, value };
    }
    case 'int': {
      if (!/^[+-]?\d+$/.test(raw)) return invalid(`strconv.ParseInt: parsing "${raw}": invalid syntax`);
      const value = Number(raw);
      if (!Number.isSafeInteger(value)) return invalid(`strconv.ParseInt: parsing "${raw}": value out of range`);
      return { ok: true, value };
    }
    case 'stringArray':
      return { ok: true, value: [...((previous as string[] | undefined) ?? []), raw] };
    case 'duration': {
      const parsed = parseDuration(raw);
      return parsed.ok ? { ok: true, value: raw } : invalid(parsed.error);
    }
    case 'string':
      return { ok: true, value: raw };
  }
}

/**
 * Parses argv (without the command words) against the flags a command accepts.
 * Errors come back in pflag's words, without the "Error: " prefix or the usage hint.
 */
export function parseFlags(argv: readonly string[], specs: readonly FlagSpec[]): FlagParseResult {
  const byName = new Map<string, FlagSpec>();
  const byShort = new Map<string, FlagSpec>();
  for (const spec of specs) {
    byName.set(spec.name, spec);
    if (spec.short) byShort.set(spec.short, spec);
  }
  const values = new Map<string, FlagValue>();
  const args: string[] = [];
  const warnings: string[] = [];
  let dashAt = -1;

  const store = (spec: FlagSpec, raw: string): string | undefined => {
    const converted = convert(spec, raw, values.get(spec.name));
    if (!converted.ok) return converted.error;
    values.set(spec.name, converted.value);
    if (spec.deprecated) warnings.push(spec.deprecated);
    return undefined;
  };

  for (let i = 0; i < argv.length; i++) {
    const word = argv[i]!;
    if (word === '--') {
      dashAt = args.length;
      args.push(...argv.slice(i + 1));
      break;
    }
    if (word.startsWith('--') && word.length > 2) {
      const body = word.slice(2);
      const eq = body.indexOf('=');
      const name = eq >= 0 ? body.slice(0, eq) : body;
      const spec = byName.get(name);
      if (!spec) return { ok: false, error: `unknown flag: --${name}` };
      let raw: string;
      if (eq >= 0) raw = body.slice(eq + 1);
      else if (spec.type === 'bool') raw = 'true';
      else if (spec.noOptDefault !== undefined) raw = spec.noOptDefault;
      else if (i + 1 < argv.length) raw = argv[++i]!;
      else return { ok: false, error: `flag needs an argument: --${name}` };
      const error = store(spec, raw);
      if (error) return { ok: false, error };
      continue;
    }
    if (word.startsWith('-') && word.length > 1) {
      // A run of shorthands: each boolean takes no value; the first non-boolean takes the rest.
      const letters = word.slice(1);
      for (let j = 0; j < letters.length; j++) {
        const letter = letters[j]!;
        const spec = byShort.get(letter);
        if (!spec) return { ok: false, error: `unknown shorthand flag: '${letter}' in ${word}` };
        const rest = letters.slice(j + 1);
        let raw: string;
        if (rest.startsWith('=') && rest.length > 1) {
          // pflag reads `-n=x` as "x" but a bare `-n=` as the value "=".
          raw = rest.slice(1);
          j = letters.length;
        } else if (spec.type === 'bool') {
          raw = 'true';
        } else if (spec.noOptDefault !== undefined) {
          raw = spec.noOptDefault;
        } else if (rest.length > 0) {
          raw = rest;
          j = letters.length;
        } else if (i + 1 < argv.length) {
          raw = argv[++i]!;
        } else {
          return { ok: false, error: `flag needs an argument: '${letter}' in -${letter}` };
        }
        const error = store(spec, raw);
        if (error) return { ok: false, error };
      }
      continue;
    }
    args.push(word);
  }
  return { ok: true, parsed: { values, args, dashAt, warnings } };
}

/** Typed reads of parsed values, falling back to the spec's default. */
export class FlagReader {
  constructor(
    private readonly parsed: ParsedArgs,
    private readonly specs: readonly FlagSpec[],
  ) {}

  has(name: string): boolean {
    return this.parsed.values.has(name);
  }

  private fallback(name: string): FlagValue | undefined {
    return this.specs.find((s) => s.name === name)?.default;
  }

  string(name: string): string {
    const value = this.parsed.values.get(name) ?? this.fallback(name);
    return typeof value === 'string' ? value : value === undefined ? '' : String(value);
  }

  bool(name: string): boolean {
    const value = this.parsed.values.get(name) ?? this.fallback(name);
    return value === true;
  }

  int(name: string): number {
    const value = this.parsed.values.get(name) ?? this.fallback(name);
    return typeof value === 'number' ? value : 0;
  }

  list(name: string): string[] {
    const value = this.parsed.values.get(name);
    return Array.isArray(value) ? value : [];
  }
}
