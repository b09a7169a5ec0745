// The shape every kubectl command shares (ARCHITECTURE.md, "One command"; after kubectl's
// pkg/cmd/<verb>/<verb>.go split into flags → options → run): help text, flag specs, a `parse`
// that validates into an options object, and a `run` that talks to the cluster and writes output.

import type { ClusterApi } from '../sim/api';
import type { ClockDriver, ConsoleHooks, PortForward, Workspace } from './console-types';
import type { CommandFailure } from './errors';
import type { FlagReader, FlagSpec } from './flags';

/** The console's kubeconfig: one context whose namespace `kubectl config set-context` can change. */
export interface KubeconfigState {
  context: string;
  cluster: string;
  user: string;
  /** The context's namespace ('' means "default"). */
  namespace: string;
}

/** Where a command's output goes, and what it may reach. */
export interface CommandContext {
  cluster: ClusterApi;
  workspace: Workspace;
  clockDriver: ClockDriver;
  hooks: ConsoleHooks;
  /** The namespace from -n/--namespace, else "default". */
  namespace: string;
  stdout(text: string): void;
  stderr(text: string): void;
  /** Port-forwards the console keeps open (curl goes through them). */
  portForwards: PortForwardTable;
  kubeconfig: KubeconfigState;
}

export interface PortForwardTable {
  list(): readonly PortForward[];
  /**
   * `onConnection` lets the forwarding command print "Handling connection for PORT"; `onLost`
   * tells it the connection to the Pod is gone (after printing what the forwarder logged).
   */
  open(forward: PortForward, onConnection: (text: string) => void, onLost?: (text: string) => void): void;
  close(forward: PortForward): void;
  /** Called by curl for each connection through a forward; returns false if none is open. */
  connect(localPort: number, text: string): boolean;
  /**
   * A connection failed on the Pod's side: the forwarder logs `text` and closes its connection
   * to the Pod, so the port-forward command ends (client-go portforward.go handleConnection).
   */
  lose(localPort: number, text: string): void;
}

/**
 * A command that keeps going after `run` returns: a stream (`-w`, `logs -f`, `port-forward`),
 * a wait for simulated time (`sleep`, `delete` when the UI drives the clock), or an exec shell.
 */
export interface Job {
  kind: 'stream' | 'wait' | 'shell';
  /** Begins the job; it calls `finish` exactly once when it ends on its own or after interrupt. */
  start(finish: (exitCode: number) => void): void;
  /** Ctrl+C. */
  interrupt(): void;
  /** Shell jobs: one typed line (without its newline). */
  input?(line: string): void;
  /** Shell jobs: Ctrl+D. */
  endOfInput?(): void;
  /** Shell jobs: the prompt the shell printed last. */
  prompt?(): string;
  shell?: { pod: string; container: string };
}

export type RunResult = number | Job;

export interface ParseInput {
  flags: FlagReader;
  args: string[];
  /** Index in args where `--` was, or -1. */
  dashAt: number;
  namespace: string;
  /** The flags as typed were given (for "was -n given?"). */
  namespaceGiven: boolean;
}

export interface Command<Options = unknown> {
  /** The verb, e.g. "get"; sub-verbs use a space, e.g. "top pod". */
  name: string;
  aliases?: string[];
  /** One line for `kubectl --help`. */
  summary: string;
  /** The group heading it is listed under in `kubectl --help`. */
  group: string;
  /** Left out of `kubectl --help` (as kubectl leaves out `options`). */
  hidden?: boolean;
  /** Everything above "Options:" in `kubectl VERB --help`: description, examples. */
  help: string;
  /** The "Usage:" line(s), without the leading "kubectl". */
  usage: string;
  flags: FlagSpec[];
  /**
   * Set for a kubectl command Pod Lab refuses (`create deployment`): its error message, given
   * the words after the verb, printed whatever the flags (they are not parsed).
   */
  refusal?(words: readonly string[]): string;
  parse(input: ParseInput): Options | CommandFailure;
  run(options: Options, ctx: CommandContext): RunResult;
}

/** Builds a command with its options type inferred, for the table. */
export function defineCommand<Options>(command: Command<Options>): Command<Options> {
  return command;
}
