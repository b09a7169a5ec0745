import { describe, expect, it } from 'vitest';
import { clockActionFor, type KeyPress } from './clock-shortcuts';

const press = (key: string, extra: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  targetTag: 'BODY',
  targetIsTextEntry: false,
  ...extra,
});

describe('clock shortcuts', () => {
  it('maps the documented keys to clock actions', () => {
    expect(clockActionFor(press('k'))).toEqual({ kind: 'toggle' });
    expect(clockActionFor(press('K'))).toEqual({ kind: 'toggle' });
    expect(clockActionFor(press('.'))).toEqual({ kind: 'step' });
    expect(clockActionFor(press(']'))).toEqual({ kind: 'faster' });
    expect(clockActionFor(press('['))).toEqual({ kind: 'slower' });
    expect(clockActionFor(press('l'))).toEqual({ kind: 'skip', ms: 10_000 });
    expect(clockActionFor(press('L'))).toEqual({ kind: 'skip', ms: 30_000 });
    expect(clockActionFor(press('m'))).toEqual({ kind: 'skip', ms: 300_000 });
    expect(clockActionFor(press('x'))).toBeUndefined();
  });

  it('never takes keys typed into the console, the editor or a form field', () => {
    expect(clockActionFor(press('.', { targetIsTextEntry: true }))).toBeUndefined();
    expect(clockActionFor(press('k', { targetTag: 'TEXTAREA' }))).toBeUndefined(); // xterm's hidden textarea
    expect(clockActionFor(press('l', { targetTag: 'INPUT' }))).toBeUndefined();
  });

  it('leaves Space to the page (it scrolls while reading) and browser chords alone', () => {
    expect(clockActionFor(press(' '))).toBeUndefined();
    expect(clockActionFor(press(' ', { targetTag: 'BUTTON' }))).toBeUndefined();
    expect(clockActionFor(press('.', { targetTag: 'BUTTON' }))).toEqual({ kind: 'step' });
    expect(clockActionFor(press('l', { ctrlKey: true }))).toBeUndefined();
    expect(clockActionFor(press('[', { metaKey: true }))).toBeUndefined();
  });
});
