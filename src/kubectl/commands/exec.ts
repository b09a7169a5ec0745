// kubectl exec (pkg/cmd/exec/exec.go): runs a command in a running container. With -i/-t and a
// command that keeps reading (a shell), the console hands every typed line to the process until
// it exits; the shell's own prompt (its last unterminated output) becomes the console's prompt.

import type { ProcessHandle } from '../../sim/program';
import { defineCommand, type CommandContext, type Job, type RunResult } from '../command';
import { CommandFailure, fail, failWithHelp, formatStatusError } from '../errors';
import { type AttachTarget, attachablePod, defaultContainer, parsePodRef } from './common';
import { isUnserved, resourceTypeOf } from '../resources';
import { parseDuration } from '../go-duration';
import { targetsFromFiles } from './file-targets';

interface ExecOptions {
  pod: string;
  /** What the command line named (exec only): the Pod is looked up through it. */
  target?: AttachTarget;
  container: string;
  command: string[];
  stdin: boolean;
  tty: boolean;
  namespace: string;
  /** -f: the files whose object names the Pod (exec only). */
  files?: string[];
}

/**
 * cmdutil.GetPodRunningTimeoutFlag, which exec, attach and run call in Complete: the duration
 * (pflag has already refused one Go cannot parse) must be above zero.
 */
export function checkPodRunningTimeout(raw: string, commandPath: string): CommandFailure | undefined {
  const parsed = parseDuration(raw);
  if (parsed.ok && parsed.ms > 0) return undefined;
  return failWithHelp(commandPath, '--pod-running-timeout must be higher than zero');
}

export const POD_RUNNING_TIMEOUT_FLAG = {
  name: 'pod-running-timeout',
  type: 'duration',
  default: '1m0s',
  help: 'How long to wait until at least one pod is running (e.g. 5s, 2m, or 3h; above zero).',
} as const;

export const execCommand = defineCommand<ExecOptions>({
  name: 'exec',
  group: 'Troubleshooting and Debugging Commands',
  summary: 'Execute a command in a container',
  help: `Run a command in a container of a running Pod. Everything after -- is the command and its arguments.

Examples:
  # Run date in the kuard Pod's only container
  kubectl exec kuard -- date

  # List a directory in one container of a Pod with several
  kubectl exec two-containers -c nginx-container -- ls /usr/share/nginx/html

  # Open an interactive shell; leave it with exit
  kubectl exec -it kuard -- sh`,
  usage: 'exec (POD | TYPE/NAME) [-c CONTAINER] [flags] -- COMMAND [args...]',
  flags: [
    {
      name: 'container',
      short: 'c',
      type: 'string',
      help: 'Container name. If omitted, the kubectl.kubernetes.io/default-container annotation or the first container is used.',
    },
    { name: 'filename', short: 'f', type: 'stringArray', help: 'A file naming the Pod to run the command in.' },
    POD_RUNNING_TIMEOUT_FLAG,
    { name: 'quiet', short: 'q', type: 'bool', help: 'Only print output from the remote session' },
    { name: 'stdin', short: 'i', type: 'bool', help: 'Pass stdin to the container' },
    { name: 'tty', short: 't', type: 'bool', help: 'Stdin is a TTY' },
  ],
  parse({ flags, args, dashAt, namespace }) {
    // exec.go Complete: the first argument names the Pod unless the command starts at once;
    // with "--", words between the Pod and the separator are dropped, as kubectl drops them.
    const resource = args.length > 0 && dashAt !== 0 ? args[0]! : '';
    if (dashAt < 0 && args.length > 1) {
      // kubectl ≥ 1.31 no longer runs `exec POD COMMAND` without the separator.
      return failWithHelp('exec', 'exec [POD] [COMMAND] is not supported anymore. Use exec [POD] -- [COMMAND] instead');
    }
    const after = dashAt < 0 ? [] : args.slice(dashAt);
    const timeoutProblem = checkPodRunningTimeout(flags.string('pod-running-timeout'), 'exec');
    if (timeoutProblem) return timeoutProblem;
    // Validate, in its order.
    const files = flags.list('filename');
    if (resource === '' && files.length === 0) return fail('pod, type/name or --filename must be specified');
    if (after.length === 0) return fail('you must specify at least one command for the container');
    const common = {
      container: flags.string('container'),
      command: after,
      stdin: flags.bool('stdin'),
      tty: flags.bool('tty'),
      namespace,
    };
    // Run: with -f the builder reads the files first; a Pod name given as well is refused there.
    if (files.length > 0) return { ...common, pod: resource, files };
    const target = parsePodRef(resource);
    if (target instanceof CommandFailure) return target;
    return {
      pod: target.name,
      target,
      container: flags.string('container'),
      command: after,
      stdin: flags.bool('stdin'),
      tty: flags.bool('tty'),
      namespace,
    };
  },
  run(options, ctx) {
    return runExec(options, ctx);
  },
});

/** exec.go Run with -f: the builder's FilenameParam (with the Pod name, if any, as ResourceNames). */
function fileTarget(
  options: ExecOptions,
  ctx: CommandContext,
): { target: AttachTarget; namespace: string } | undefined {
  const read = targetsFromFiles(options.files ?? [], false, options.namespace, ctx.workspace);
  if (read instanceof CommandFailure) {
    ctx.stderr(read.text);
    return undefined;
  }
  // builder.ResourceNames refuses a name once a path is set (its wording, not FilenameParam's).
  if (options.pod !== '') {
    ctx.stderr('error: resource/name arguments cannot be provided when a path is specified\n');
    return undefined;
  }
  const [first] = read.targets;
  if (read.errors.length > 0 || !first || isUnserved(first.type)) {
    ctx.stderr(read.errors.length > 0 ? `error: ${read.errors[0]}\n` : 'error: no objects passed to exec\n');
    return undefined;
  }
  return { target: { type: first.type, name: first.name }, namespace: first.namespace ?? options.namespace };
}

function runExec(options: ExecOptions, ctx: CommandContext): RunResult {
  const fromFile = options.files ? fileTarget(options, ctx) : undefined;
  if (options.files && !fromFile) return 1;
  const namespace = fromFile?.namespace ?? options.namespace;
  const target = fromFile?.target ?? options.target ?? { type: resourceTypeOf('Pod'), name: options.pod };
  const pod = attachablePod(ctx, namespace, target);
  if (!pod) return 1;
  const podName = pod.metadata?.name ?? options.pod;
  const phase = pod.status?.phase;
  if (phase === 'Succeeded' || phase === 'Failed') {
    ctx.stderr(`error: cannot exec into a container in a completed pod; current phase is ${phase}\n`);
    return 1;
  }
  let container = options.container;
  if (!container) {
    const chosen = defaultContainer(pod);
    if (chosen?.notice) ctx.stderr(chosen.notice);
    container = chosen?.name ?? '';
  }
  return startProcess({ ...options, pod: podName, namespace, container }, ctx);
}

/**
 * Runs a command in a container: returns its exit code when it ends at once, a shell job when
 * stdin is attached, or a stream job that ends with the process. Shared with `kubectl run -it`.
 */
export function startProcess(options: ExecOptions, ctx: CommandContext): RunResult {
  const container = options.container;
  const interactive = options.stdin;
  let exitCode: number | undefined;
  let partial = '';
  /** The shell's last prompt, shown again while a command typed into it is still running. */
  let lastPrompt = '';
  let shellMode = false;
  let onExit: ((code: number) => void) | undefined;
  const io = {
    stdout(chunk: string) {
      if (!shellMode) {
        ctx.stdout(chunk);
        return;
      }
      const text = partial + chunk;
      const cut = text.lastIndexOf('\n') + 1;
      if (cut > 0) ctx.stdout(text.slice(0, cut));
      partial = text.slice(cut);
      if (partial !== '') lastPrompt = partial;
    },
    stderr(chunk: string) {
      ctx.stderr(chunk);
    },
    exit(code: number) {
      if (exitCode !== undefined) return;
      exitCode = code;
      onExit?.(code);
    },
  };
  if (interactive) shellMode = true;
  const started = ctx.cluster.exec(options.namespace, options.pod, options.command, io, {
    container,
    tty: options.tty,
    stdin: options.stdin,
  });
  if (!started.ok) {
    const message = started.error.message;
    if (/^unable to upgrade connection/.test(message)) ctx.stderr(`error: ${message}\n`);
    // The stream's own failure Status: the API server's WebSocket translator wraps the SPDY
    // executor's error in one more InternalError, and kubectl prints the message after "error: ".
    else if (started.error.reason === 'InternalError') ctx.stderr(`error: Internal error occurred: ${message}\n`);
    else ctx.stderr(formatStatusError(started.error));
    return 1;
  }
  const handle: ProcessHandle = started.value;
  const finishText = (code: number): number => {
    if (partial) {
      ctx.stdout(partial);
      partial = '';
    }
    if (code !== 0) ctx.stderr(`command terminated with exit code ${code}\n`);
    return code;
  };
  if (exitCode !== undefined) return finishText(exitCode);

  if (interactive) {
    let finished = false;
    const job: Job = {
      kind: 'shell',
      shell: { pod: options.pod, container },
      start(finish) {
        onExit = (code) => {
          if (finished) return;
          finished = true;
          // Leaving a shell with `exit` is not an error worth reporting; a failing command's exit is.
          if (partial) partial = '';
          finish(code === 0 ? 0 : finishText(code));
        };
        if (exitCode !== undefined) onExit(exitCode);
      },
      input(line) {
        // The withheld prompt has been shown (as the prompt); what the shell prints next is new.
        partial = '';
        handle.write(line + '\n');
      },
      endOfInput() {
        handle.signal('EOF');
      },
      interrupt() {
        handle.signal('SIGINT');
      },
      prompt() {
        return partial !== '' ? partial : lastPrompt;
      },
    };
    return job;
  }

  // A one-shot command that did not end at once (e.g. `sleep 5`): wait like a user would.
  if (ctx.clockDriver === 'console') {
    ctx.cluster.clock.runUntil(() => exitCode !== undefined, 60_000);
    if (exitCode !== undefined) return finishText(exitCode);
  }
  let finished = false;
  let finishJob: ((code: number) => void) | undefined;
  return {
    kind: 'stream',
    start(finish) {
      finishJob = finish;
      onExit = (code) => {
        if (finished) return;
        finished = true;
        finish(finishText(code));
      };
      if (exitCode !== undefined) onExit(exitCode);
    },
    interrupt() {
      handle.signal('SIGINT');
      if (!finished) {
        finished = true;
        finishJob?.(130);
      }
    },
  } satisfies Job;
}
