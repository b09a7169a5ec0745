import { describe, expect, it } from 'vitest';
import type { ConsoleEngine, ConsoleState } from '../kubectl/console-types';
import { createConsoleController } from './console-controller';
import { createHistoryStore } from './history-store';
import { createOutputBus, type OutputBus } from './output-bus';
import { memoryStorage } from './persistence';
import { VirtualTerminal } from './testing/virtual-terminal';

/**
 * A console engine with three commands: `echo WORDS` answers at once, `watch` keeps running until
 * Ctrl+C (its output arrives later through `emit`), `sh` enters a container shell left by `exit`.
 */
function fakeEngine(output: OutputBus) {
  let state: ConsoleState = { kind: 'idle' };
  const listeners = new Set<(s: ConsoleState) => void>();
  const setState = (next: ConsoleState) => {
    state = next;
    for (const l of listeners) l(next);
  };
  const submitted: string[] = [];
  const engine: ConsoleEngine = {
    submit(line) {
      submitted.push(line);
      if (state.kind === 'shell') {
        if (line === 'exit') setState({ kind: 'idle' });
        else output.write(`${line}: not found\n`);
        return;
      }
      if (line.startsWith('echo ')) output.write(line.slice(5) + '\n');
      else if (line === 'watch') setState({ kind: 'running', line });
      else if (line === 'sh') setState({ kind: 'shell', pod: 'kuard', container: 'kuard' });
    },
    interrupt() {
      if (state.kind === 'running') setState({ kind: 'idle' });
    },
    endOfInput() {
      if (state.kind === 'shell') setState({ kind: 'idle' });
    },
    state: () => state,
    prompt: () => (state.kind === 'shell' ? '~ # ' : '$ '),
    complete: (line) => ({ from: line.lastIndexOf(' ') + 1, candidates: ['kuard-pod.yaml'] }),
    history: () => [],
    records: () => [],
    onStateChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    onRecord: () => () => {},
    forwards: () => [],
    loseForward: () => {},
    connectForward: () => false,
    dispose() {},
  };
  return { engine, submitted, emit: (text: string) => output.write(text) };
}

function setup(cols = 40) {
  const output = createOutputBus();
  const fake = fakeEngine(output);
  const history = createHistoryStore({ storage: memoryStorage() });
  const term = new VirtualTerminal(cols);
  const controller = createConsoleController(
    { console: fake.engine, history, output },
    { write: (d) => term.write(d), cols: () => cols },
  );
  const screen = () => {
    const lines = term.lines();
    while (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
    return lines;
  };
  return { ...fake, history, term, controller, screen };
}

describe('console controller', () => {
  it('shows a prompt, echoes the line, prints the answer and prompts again', () => {
    const s = setup();
    s.controller.input('echo hello\r');
    expect(s.screen()).toEqual(['$ echo hello', 'hello', '$']);
    expect(s.history.getState().lines).toEqual(['echo hello']);
  });

  it('holds the prompt back while a command streams, and Ctrl+C brings it back', () => {
    const s = setup();
    s.controller.input('watch\r');
    s.emit('NAME    READY\n');
    s.controller.input('typed while running');
    expect(s.screen()).toEqual(['$ watch', 'NAME    READY']);
    s.controller.input('\x03');
    expect(s.screen()).toEqual(['$ watch', 'NAME    READY', '^C', '$']);
  });

  it('runs each line of a multi-line paste in turn, echoing each just before its output', () => {
    const s = setup();
    s.controller.input('echo one\necho two\n');
    expect(s.screen()).toEqual(['$ echo one', 'one', '$ echo two', 'two', '$']);
  });

  it('output arriving while the learner types goes above the half-typed line', () => {
    const s = setup();
    s.controller.input('kubectl get');
    s.emit('Handling connection for 8080\n');
    expect(s.screen()).toEqual(['Handling connection for 8080', '$ kubectl get']);
    s.controller.input(' pods');
    expect(s.screen()).toEqual(['Handling connection for 8080', '$ kubectl get pods']);
  });

  it('inside an exec shell uses its prompt, and Ctrl+D leaves it', () => {
    const s = setup();
    s.controller.input('sh\r');
    expect(s.screen()).toEqual(['$ sh', '~ #']);
    s.controller.input('ls\r');
    s.controller.input('\x04');
    expect(s.screen()).toEqual(['$ sh', '~ # ls', 'ls: not found', '~ #', '$']);
  });

  it('Up recalls what was typed earlier, including in an earlier page session', () => {
    const s = setup();
    s.history.getState().add('kubectl get pods');
    s.controller.input('\x1b[A');
    expect(s.screen()).toEqual(['$ kubectl get pods']);
  });

  it('Tab asks the engine for completions of the word at the cursor', () => {
    const s = setup();
    s.controller.input('kubectl apply -f ku\t');
    expect(s.controller.line().chars.join('')).toBe('kubectl apply -f kuard-pod.yaml ');
  });

  it('Ctrl+C at the prompt abandons the line without running anything', () => {
    const s = setup();
    s.controller.input('echo no\x03');
    expect(s.submitted).toEqual([]);
    expect(s.screen()).toEqual(['$ echo no^C', '$']);
  });
});
