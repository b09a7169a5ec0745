import { describe, expect, it } from 'vitest';
import { FlagReader, parseFlags, type FlagSpec } from './flags';

const specs: FlagSpec[] = [
  { name: 'filename', short: 'f', type: 'stringArray', help: '' },
  { name: 'namespace', short: 'n', type: 'string', help: '' },
  { name: 'stdin', short: 'i', type: 'bool', help: '' },
  { name: 'tty', short: 't', type: 'bool', help: '' },
  { name: 'tail', type: 'int', default: -1, help: '' },
  { name: 'wait', type: 'bool', default: true, help: '' },
  { name: 'dry-run', type: 'string', default: 'none', noOptDefault: 'unchanged', help: '' },
];

function parse(...argv: string[]) {
  const result = parseFlags(argv, specs);
  if (!result.ok) throw new Error(result.error);
  return { reader: new FlagReader(result.parsed, specs), parsed: result.parsed };
}

describe('parseFlags (pflag rules)', () => {
  it('reads every spelling of a value flag the same way', () => {
    for (const argv of [
      ['-f', 'a.yaml'],
      ['-fa.yaml'],
      ['-f=a.yaml'],
      ['--filename', 'a.yaml'],
      ['--filename=a.yaml'],
    ]) {
      expect(parse(...argv).reader.list('filename')).toEqual(['a.yaml']);
    }
  });

  it('collects repeated array flags in order', () => {
    expect(parse('-f', 'a.yaml', '--filename=b.yaml').reader.list('filename')).toEqual(['a.yaml', 'b.yaml']);
  });

  it('combines boolean shorthands and lets the last letter take a value', () => {
    const { reader } = parse('-it');
    expect(reader.bool('stdin') && reader.bool('tty')).toBe(true);
    expect(parse('-itn', 'dev').reader.string('namespace')).toBe('dev');
  });

  it('accepts Go boolean spellings after = and keeps defaults otherwise', () => {
    expect(parse('--wait=false').reader.bool('wait')).toBe(false);
    expect(parse('--wait=F').reader.bool('wait')).toBe(false);
    expect(parse().reader.bool('wait')).toBe(true);
    expect(parse().reader.int('tail')).toBe(-1);
  });

  it('uses the no-value default for --dry-run alone, as kubectl does', () => {
    expect(parse('--dry-run').reader.string('dry-run')).toBe('unchanged');
    expect(parse('--dry-run=client').reader.string('dry-run')).toBe('client');
  });

  it('mixes arguments and flags and stops at --, remembering where', () => {
    const { parsed } = parse('kuard', '-i', '--', 'sh', '-c', 'echo -n hi');
    expect(parsed.args).toEqual(['kuard', 'sh', '-c', 'echo -n hi']);
    expect(parsed.dashAt).toBe(1);
  });

  it('reads `-n=` as the value "=" like pflag', () => {
    expect(parse('-n=').reader.string('namespace')).toBe('=');
  });

  it('words its errors as pflag does', () => {
    expect(parseFlags(['--foo'], specs)).toEqual({ ok: false, error: 'unknown flag: --foo' });
    expect(parseFlags(['-z'], specs)).toEqual({ ok: false, error: "unknown shorthand flag: 'z' in -z" });
    expect(parseFlags(['-iz'], specs)).toEqual({ ok: false, error: "unknown shorthand flag: 'z' in -iz" });
    expect(parseFlags(['-n'], specs)).toEqual({ ok: false, error: "flag needs an argument: 'n' in -n" });
    expect(parseFlags(['--namespace'], specs)).toEqual({ ok: false, error: 'flag needs an argument: --namespace' });
    expect(parseFlags(['--tail=x'], specs)).toEqual({
      ok: false,
      error: 'invalid argument "x" for "--tail" flag: strconv.ParseInt: parsing "x": invalid syntax',
    });
    expect(parseFlags(['-i=maybe'], specs)).toEqual({
      ok: false,
      error: 'invalid argument "maybe" for "-i, --stdin" flag: strconv.ParseBool: parsing "maybe": invalid syntax',
    });
  });
});
