import { describe, expect, it } from 'vitest';
import { createHistoryStore } from './history-store';
import { memoryStorage } from './persistence';

describe('history store', () => {
  it('survives a reload', () => {
    const storage = memoryStorage();
    createHistoryStore({ storage }).getState().add('kubectl get pods');
    expect(createHistoryStore({ storage }).getState().lines).toEqual(['kubectl get pods']);
  });

  it('skips blank lines, lines starting with a space and immediate repeats (HISTCONTROL=ignoreboth)', () => {
    const history = createHistoryStore({ storage: memoryStorage() });
    for (const line of ['a', 'a', '  ', ' secret', 'b', 'a']) history.getState().add(line);
    expect(history.getState().lines).toEqual(['a', 'b', 'a']);
  });

  it('keeps only the newest entries past the limit', () => {
    const history = createHistoryStore({ storage: memoryStorage(), limit: 3 });
    for (const line of ['1', '2', '3', '4']) history.getState().add(line);
    expect(history.getState().lines).toEqual(['2', '3', '4']);
  });

  it('ignores a saved value that is not a list of strings', () => {
    const storage = memoryStorage({ 'pod-lab:history:v1': '{"a":1}' });
    expect(createHistoryStore({ storage }).getState().lines).toEqual([]);
  });
});
