// Placeholder until kubectl lands: a console that knows no commands yet.
import type { ConsoleEngine, ConsoleOptions, ConsoleState } from './console-types';

export function createConsole(opts: ConsoleOptions): ConsoleEngine {
  const history = [...(opts.history ?? [])];
  const idle: ConsoleState = { kind: 'idle' };
  return {
    submit(line) {
      if (line.trim()) history.push(line);
      const word = line.trim().split(/\s+/)[0];
      if (word) opts.hooks.output(`${word}: command not found\n`);
    },
    interrupt() {},
    endOfInput() {},
    state: () => idle,
    prompt: () => '$ ',
    complete: (line) => ({ from: line.length, candidates: [] }),
    history: () => history,
    records: () => [],
    onStateChange: () => () => {},
    onRecord: () => () => {},
    forwards: () => [],
    dispose() {},
  };
}
