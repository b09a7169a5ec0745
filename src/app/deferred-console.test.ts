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
    { console: deferred, history, output, engineReady: () => deferred.ready() },
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
    // Completes the last word to "echo" or "everything", whichever it starts.
    complete: (line, cursor) => {
      const from = line.lastIndexOf(' ', cursor - 1) + 1;
      const word = line.slice(from, cursor);
      return { from, candidates: ['echo', 'everything'].filter((c) => word !== '' && c.startsWith(word)) };
    },
    history: () => [],
    records: () => [],
    onStateChange: () => () => {},
    onRecord: () => () => {},
    forwards: () => [],
    loseForward: () => {},
    connectForward: () => false,
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

  it('keys typed while an early line waits are played after it, in order', async () => {
    const s = setup();
    s.controller.input('echo first\r');
    s.controller.input('echo sec');
    s.controller.input('ond\recho third\r');
    expect(s.screen()).toEqual(['$ echo first']);
    s.arrive(echoEngine((t) => s.output.write(t)));
    await flush();
    expect(s.screen()).toEqual(['$ echo first', 'first', '$ echo second', 'second', '$ echo third', 'third', '$']);
  });

  it('a Tab pressed before completion has loaded completes once it has, and what follows comes after', async () => {
    const s = setup();
    s.controller.input('ec');
    s.controller.input('\t');
    s.controller.input('ev');
    s.controller.input('\t');
    s.controller.input('\r');
    expect(s.screen()).toEqual(['$ ec']);
    s.arrive(echoEngine((t) => s.output.write(t)));
    await flush();
    expect(s.screen()).toEqual(['$ echo everything', 'everything', '$']);
  });

  it('Ctrl+C drops what was typed ahead with the waiting line', async () => {
    const s = setup();
    s.controller.input('echo never\r');
    s.controller.input('echo dropped');
    s.controller.input('\x03');
    s.controller.input('echo kept\r');
    s.arrive(echoEngine((t) => s.output.write(t)));
    await flush();
    expect(s.screen()).toEqual(['$ echo never', '^C', '$ echo kept', 'kept', '$']);
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
