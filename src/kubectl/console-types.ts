// The console's contract: the web terminal (src/ui), the headless console (bin/console.ts) and the
// lesson checks all drive the same engine through this surface. The engine owns the small shell
// (kubectl, clear, history, ls, cat, curl, sleep, date, pipes) and never touches a DOM.

import type { ClusterApi, KubeObject } from '../sim/api';

/** The learner's files: what `kubectl apply -f NAME`, `cat`, `ls` and `kubectl cp` read and write. */
export interface Workspace {
  list(): string[];
  read(name: string): string | undefined;
  write(name: string, content: string): void;
}

/**
 * Who moves the simulated clock while a command waits (`sleep`, `kubectl delete`, `-w`):
 * - 'external': the UI plays the clock; the console waits for simulated time to pass.
 * - 'console': nobody else does (headless, tests); the console advances the clock itself.
 */
export type ClockDriver = 'external' | 'console';

/** One finished command line, for `history`, lesson checks ("logs --previous was run") and the UI. */
export interface CommandRecord {
  line: string;
  /** argv after the shell split the line, per pipeline stage. */
  argv: string[][];
  exitCode: number;
  startedAt: number; // simulated ms
  endedAt: number;
  output: string;
}

export interface Completion {
  /** Index in the line where the replaced word starts. */
  from: number;
  candidates: string[];
}

export interface EditorView {
  format: 'yaml' | 'json';
}

export interface ConsoleHooks {
  /** Text to show, with "\n" line ends and no colours (the web terminal converts to "\r\n"). */
  output(text: string): void;
  /**
   * `kubectl edit`: open the live object (or a List of several) in the editor, as YAML with
   * kubectl's header or as bare JSON (`-o json`); the app calls back with the saved text.
   */
  openEditor?(object: KubeObject, save: (edited: string) => void, view?: EditorView): void;
  /** A port-forward started or stopped (the app opens or closes the in-app browser panel). */
  portForwardChanged?(forwards: readonly PortForward[]): void;
  /**
   * `clear`: the terminal should wipe its screen. Without this hook the console writes the
   * ANSI sequence "\x1b[H\x1b[2J" through output() instead.
   */
  clear?(): void;
}

export interface PortForward {
  namespace: string;
  pod: string;
  localPort: number;
  podPort: number;
}

export interface ConsoleOptions {
  cluster: ClusterApi;
  workspace: Workspace;
  clockDriver: ClockDriver;
  hooks: ConsoleHooks;
  /** Lines typed in earlier sessions, oldest first (for `history` and Up/Down). */
  history?: string[];
}

export type ConsoleState =
  | { kind: 'idle' }
  /** A streaming or waiting command runs (`-w`, `logs -f`, `port-forward`, `sleep`, `delete`); Ctrl+C stops it. */
  | { kind: 'running'; line: string }
  /** Inside `kubectl exec -it … -- sh`: lines go to the container's shell until `exit`. */
  | { kind: 'shell'; pod: string; container: string };

export interface ConsoleEngine {
  /** Runs one line as typed (the line editor has already handled editing keys). */
  submit(line: string): void;
  /** Ctrl+C: stops the running command (or, in a shell, the shell's foreground process). */
  interrupt(): void;
  /** Ctrl+D at an empty prompt (leaves an exec shell). */
  endOfInput(): void;
  state(): ConsoleState;
  /** "$ " normally; the container shell's own prompt inside an exec session. */
  prompt(): string;
  complete(line: string, cursor: number): Completion;
  history(): readonly string[];
  records(): readonly CommandRecord[];
  onStateChange(listener: (state: ConsoleState) => void): () => void;
  onRecord(listener: (record: CommandRecord) => void): () => void;
  /** Port-forwards open now (the in-app browser reaches the Pod through these). */
  forwards(): readonly PortForward[];
  /**
   * A connection through the forward on `localPort` failed on the Pod's side (the in-app
   * browser's request): the forwarder logs `text` and the port-forward ends, as for curl.
   */
  loseForward(localPort: number, text: string): void;
  /**
   * A connection arrived through the forward on `localPort` (the in-app browser's request): the
   * terminal running that `kubectl port-forward` prints `text`. False if no forward owns the port.
   */
  connectForward(localPort: number, text: string): boolean;
  dispose(): void;
}
