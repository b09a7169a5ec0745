import { describe, expect, it } from 'vitest';
import type { ConsoleEngine } from '../kubectl/console-types';
import { createConsoleController } from './console-controller';
import { createDeferredConsole } from './deferred-console';
import { createHistoryStore } from './history-store';
import { createOutputBus } from './output-bus';
import { memoryStorage } from './persistence';
import { VirtualTerminal } from './testing/virtual-terminal';

/** A terminal wired to a console engine that arrives when the test says so. */
function setup() {
  const output = createOutputBus();
  const history = createHistoryStore({ storage: memoryStorage() });
  let arrive!: (engine: ConsoleEngine) => void;
  let fail!: (error: Error) => void;
  const promise = new Promise<ConsoleEngine>((resolve, reject) => {
    arrive = resolve;
    fail = reject;
  });
  const deferred = createDeferredConsole(promise, { history, output });
  const term = new VirtualTerminal(120);
  const controller = createConsoleController(
    { console: deferred, history, output },
    { write: (d) => term.write(d), cols: () => 120 },
  );
  const screen = () => {
    const lines = term.lines();
    while (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
    return lines;
  };
  return { deferred, controller, screen, arrive, fail, output };
}

/** An engine that answers `echo` lines and nothing else, standing in for kubectl's. */
function echoEngine(write: (text: string) => void): ConsoleEngine {
  return {
    submit: (line) => write(line.replace(/^echo /, '') + '\n'),
    interrupt() {},
    endOfInput() {},
    state: () => ({ kind: 'idle' }),
    prompt: () => '$ ',
    complete: () => ({ from: 0, candidates: [] }),
    history: () => [],
    records: () => [],
    onStateChange: () => () => {},
    onRecord: () => () => {},
    forwards: () => [],
    dispose() {},
  };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('console before the engine has loaded', () => {
  it('echoes typing at once, before the engine exists', () => {
    const s = setup();
    s.controller.input('kubectl get pods');
    expect(s.screen()).toEqual(['$ kubectl get pods']);
    expect(s.deferred.ready()).toBe(false);
  });

  it('a line submitted early waits, then runs when the engine arrives, and the prompt returns', async () => {
    const s = setup();
    s.controller.input('echo hello\r');
    expect(s.screen()).toEqual(['$ echo hello']);
    s.arrive(echoEngine((t) => s.output.write(t)));
    await flush();
    expect(s.screen()).toEqual(['$ echo hello', 'hello', '$']);
    expect(s.deferred.ready()).toBe(true);
  });

  it('Ctrl+C drops the waiting line', async () => {
    const s = setup();
    s.controller.input('echo never\r');
    s.controller.input('\x03');
    expect(s.screen()).toEqual(['$ echo never', '^C', '$']);
    s.arrive(echoEngine((t) => s.output.write(t)));
    await flush();
    expect(s.screen()).toEqual(['$ echo never', '^C', '$']);
  });

  it('says so when the engine cannot be loaded', async () => {
    const s = setup();
    s.controller.input('echo hello\r');
    s.fail(new Error('network error'));
    await flush();
    expect(s.screen()).toContain(
      'pod-lab: the simulated cluster could not be loaded (network error). Reload the page to try again.',
    );
    expect(s.screen().at(-1)).toBe('$');
  });
});
