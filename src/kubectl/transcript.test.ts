// The interactive headless console completes words as bash does, through Node's readline.
import { describe, expect, it } from 'vitest';
import { testSession } from './testing/session';
import { readlineCompletion } from './transcript';

describe('readlineCompletion', () => {
  const session = testSession({ 'kuard-pod.yaml': 'kind: Pod\n' });
  const complete = (line: string) => readlineCompletion(session.engine.complete(line, line.length), line);

  it('offers the words that replace the one being typed, not whole lines', () => {
    expect(complete('kubectl get po')).toEqual([['po', 'pod', 'pods'], 'po']);
  });

  it('finishes an only candidate with a space, as bash does', () => {
    expect(complete('kubectl appl')).toEqual([['apply '], 'appl']);
    expect(complete('kubectl apply -f kuard')).toEqual([['kuard-pod.yaml '], 'kuard']);
  });

  it('offers nothing when nothing fits', () => {
    expect(complete('kubectl zzz')).toEqual([[], 'zzz']);
  });
});
