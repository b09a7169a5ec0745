// The console engine: a small bash-like shell around kubectl. It lexes a line into pipelines,
// runs kubectl and the shell's builtins, sends output through the filters of the pipe, and
// keeps streaming commands (`-w`, `logs -f`, `port-forward`), waits and `exec -it` shells
// running as jobs until they end or Ctrl+C stops them. The same engine serves the web terminal,
// the headless console (bin/console.ts) and the tests.

import type { CommandContext, Job, KubeconfigState, PortForwardTable, RunResult } from './command';
import type { CommandRecord, ConsoleEngine, ConsoleOptions, ConsoleState, PortForward } from './console-types';
import { completeLine } from './completion';
import { runKubectl } from './kubectl';
import { BUILTINS, type BuiltinContext } from './shell/builtins';
import { createFilter, type Filter, type Sink } from './shell/filters';
import { argvWithStatus, lex, type Pipeline, type Stage } from './shell/lexer';
import { levenshtein } from './suggest';

const SHELL_ENV: Readonly<Record<string, string>> = {
  HOME: '/home/learner',
  USER: 'learner',
  SHELL: '/bin/bash',
  PWD: '/home/learner',
};

interface LineRecord {
  line: string;
  argv: string[][];
  output: string;
  startedAt: number;
}

interface ActiveJob {
  job: Job;
  line: string;
  ended: boolean;
}

/** bash's reply to an unknown command, plus a hint when it looks like a mistyped kubectl. */
export function commandNotFound(name: string): string {
  const looksLikeKubectl = name !== 'kubectl' && name.length >= 4 && levenshtein(name, 'kubectl') <= 2;
  return `bash: ${name}: command not found\n${looksLikeKubectl ? "Did you mean 'kubectl'?\n" : ''}`;
}

export function createConsole(opts: ConsoleOptions): ConsoleEngine {
  const { cluster, workspace, clockDriver, hooks } = opts;
  const historyLines = [...(opts.history ?? [])];
  const records: CommandRecord[] = [];
  const jobs: ActiveJob[] = [];
  const queued: string[] = [];
  const stateListeners = new Set<(state: ConsoleState) => void>();
  const recordListeners = new Set<(record: CommandRecord) => void>();
  const forwardEntries: {
    forward: PortForward;
    onConnection: (text: string) => void;
    onLost?: ((text: string) => void) | undefined;
  }[] = [];
  let lastExit = 0;
  // kubeadm's names for the admin context, as a learner's cluster would have them.
  const kubeconfig: KubeconfigState = {
    context: 'kubernetes-admin@kubernetes',
    cluster: 'kubernetes',
    user: 'kubernetes-admin',
    namespace: '',
  };
  let disposed = false;
  let lastState: string = 'idle';

  const portForwards: PortForwardTable = {
    list: () => forwardEntries.map((e) => e.forward),
    open(forward, onConnection, onLost) {
      forwardEntries.push({ forward, onConnection, onLost });
      hooks.portForwardChanged?.(portForwards.list());
    },
    close(forward) {
      const index = forwardEntries.findIndex((e) => e.forward === forward);
      if (index >= 0) forwardEntries.splice(index, 1);
      hooks.portForwardChanged?.(portForwards.list());
    },
    connect(localPort, text) {
      const entry = forwardEntries.find((e) => e.forward.localPort === localPort);
      if (!entry) return false;
      if (text) entry.onConnection(text);
      return true;
    },
    lose(localPort, text) {
      const entry = forwardEntries.find((e) => e.forward.localPort === localPort);
      if (entry?.onLost) entry.onLost(text);
      else entry?.onConnection(text);
    },
  };

  const computeState = (): ConsoleState => {
    const top = jobs[jobs.length - 1];
    if (!top) return { kind: 'idle' };
    if (top.job.kind === 'shell' && top.job.shell)
      return { kind: 'shell', pod: top.job.shell.pod, container: top.job.shell.container };
    return { kind: 'running', line: top.line };
  };

  const notifyState = () => {
    const state = computeState();
    const key = JSON.stringify(state);
    if (key === lastState) return;
    lastState = key;
    for (const listener of stateListeners) listener(state);
  };

  const show = (record: LineRecord, text: string) => {
    if (!text || disposed) return;
    record.output += text;
    hooks.output(text);
  };

  const finishRecord = (record: LineRecord) => {
    const done: CommandRecord = {
      line: record.line,
      argv: record.argv,
      exitCode: lastExit,
      startedAt: record.startedAt,
      endedAt: cluster.clock.now(),
      output: record.output,
    };
    records.push(done);
    for (const listener of recordListeners) listener(done);
  };

  /** Runs the first stage of a pipeline (kubectl, a builtin or a filter reading a file). */
  const runStage = (stage: Stage, ctx: BuiltinContext): RunResult => {
    const [name, ...args] = stage.argv;
    if (!name) return 0;
    if (name === 'kubectl') return runKubectl(args, ctx);
    const builtin = BUILTINS[name];
    if (builtin) return builtin(args, ctx);
    // A filter at the head of a pipe reads its file operand from the workspace (`grep x FILE`, `head FILE`).
    const operands: string[] = [];
    for (let i = 0; i < args.length; i++) {
      const a = args[i]!;
      if (['-n', '-A', '-B', '-C'].includes(a)) i++;
      else if (!a.startsWith('-')) operands.push(a);
    }
    const file = name === 'grep' ? operands[1] : operands[0];
    const content = file !== undefined ? workspace.read(file.replace(/^\.\//, '')) : undefined;
    const fileFilter = createFilter(stage.argv, { write: ctx.stdout }, { fileName: file });
    if (fileFilter) {
      if (!fileFilter.ok) {
        ctx.stderr(fileFilter.error);
        return fileFilter.exitCode;
      }
      if (file !== undefined && content === undefined) {
        if (name === 'grep') ctx.stderr(`grep: ${file}: No such file or directory\n`);
        else if (name === 'wc') ctx.stderr(`wc: ${file}: No such file or directory\n`);
        else ctx.stderr(`${name}: cannot open '${file}' for reading: No such file or directory\n`);
        return name === 'grep' ? 2 : 1;
      }
      if (content !== undefined) fileFilter.filter.write(content);
      return fileFilter.filter.end();
    }
    if (name === 'exit' || name === 'logout') return 0;
    ctx.stderr(commandNotFound(name));
    return 127;
  };

  /** Starts one pipeline; returns its exit code, or a job with the code to compute when it ends. */
  const startPipeline = (
    record: LineRecord,
    pipeline: Pipeline,
  ): number | { active: ActiveJob; finalize: (code: number) => number } => {
    const stages = pipeline.stages.map((stage) => ({ ...stage, argv: argvWithStatus(stage, lastExit) }));
    const last = stages[stages.length - 1]!;
    let redirected = '';
    const redirect = last.redirect;
    const finalSink: Sink = redirect ? { write: (t) => (redirected += t) } : { write: (t) => show(record, t) };
    // Filters are built from the end of the pipe backwards, each writing into the next.
    const filters: Filter[] = [];
    let downstream: Sink = finalSink;
    for (let i = stages.length - 1; i >= 1; i--) {
      const created = createFilter(stages[i]!.argv, downstream);
      if (!created) {
        show(record, `bash: ${stages[i]!.argv[0]}: reading from a pipe is not supported in this console\n`);
        return 1;
      }
      if (!created.ok) {
        show(record, created.error);
        return created.exitCode;
      }
      filters.unshift(created.filter);
      const filter = created.filter;
      downstream = { write: (t) => filter.write(t) };
    }
    const first = stages[0]!;
    const stdout = (text: string) => downstream.write(text);
    const stderr = first.stderrToStdout
      ? stdout
      : first.stderrDropped
        ? () => {}
        : (text: string) => show(record, text);
    const ctx: BuiltinContext = {
      cluster,
      workspace,
      clockDriver,
      hooks,
      namespace: 'default',
      stdout,
      stderr,
      portForwards,
      kubeconfig,
      history: () => historyLines,
      clear: () => (hooks.clear ? hooks.clear() : hooks.output('\x1b[H\x1b[2J')),
    } satisfies BuiltinContext & CommandContext;
    const finalize = (code: number): number => {
      let exit = code;
      for (const filter of filters) exit = filter.end();
      if (redirect && redirect.file !== '/dev/null') {
        const before = redirect.append ? (workspace.read(redirect.file) ?? '') : '';
        workspace.write(redirect.file, before + redirected);
      }
      return exit;
    };
    if (redirect && !redirect.append && redirect.file !== '/dev/null') workspace.write(redirect.file, '');
    const result = runStage(first, ctx);
    if (typeof result === 'number') return finalize(result);
    return { active: { job: result, line: record.line, ended: false }, finalize };
  };

  const runPipelines = (record: LineRecord, pipelines: Pipeline[], from: number): void => {
    for (let i = from; i < pipelines.length; i++) {
      const pipeline = pipelines[i]!;
      if (pipeline.connector === '&&' && lastExit !== 0) continue;
      if (pipeline.connector === '||' && lastExit === 0) continue;
      const started = startPipeline(record, pipeline);
      if (typeof started === 'number') {
        lastExit = started;
        continue;
      }
      const { active, finalize } = started;
      let finishedDuringStart = false;
      let startDone = false;
      const finish = (code: number) => {
        if (active.ended) return;
        active.ended = true;
        const index = jobs.indexOf(active);
        if (index >= 0) jobs.splice(index, 1);
        lastExit = finalize(code);
        if (!startDone) {
          finishedDuringStart = true;
          return;
        }
        runPipelines(record, pipelines, i + 1);
        notifyState();
        drainQueue();
      };
      jobs.push(active);
      active.job.start(finish);
      startDone = true;
      if (finishedDuringStart) continue;
      notifyState();
      return;
    }
    finishRecord(record);
  };

  const runLine = (line: string): void => {
    const record: LineRecord = { line, argv: [], output: '', startedAt: cluster.clock.now() };
    const lexed = lex(line, lastExit, SHELL_ENV);
    if (!lexed.ok) {
      show(record, lexed.error + '\n');
      lastExit = 2;
      finishRecord(record);
      return;
    }
    record.argv = lexed.pipelines.flatMap((p) => p.stages.map((s) => s.argv));
    if (lexed.pipelines.length === 0) return;
    try {
      runPipelines(record, lexed.pipelines, 0);
    } catch (error) {
      // Never let a bug in one command break the console.
      show(record, `error: ${error instanceof Error ? error.message : String(error)}\n`);
      lastExit = 1;
      finishRecord(record);
    }
  };

  const topJob = () => jobs[jobs.length - 1];

  function drainQueue(): void {
    while (queued.length > 0) {
      const top = topJob();
      if (top && (top.job.kind === 'wait' || top.job.kind === 'shell')) return;
      submitLine(queued.shift()!);
    }
  }

  function submitLine(line: string): void {
    if (disposed) return;
    if (line === '^C') {
      engine.interrupt();
      return;
    }
    const top = topJob();
    if (top?.job.kind === 'shell') {
      top.job.input?.(line);
      notifyState();
      return;
    }
    if (top?.job.kind === 'wait') {
      queued.push(line);
      return;
    }
    if (line.trim() !== '') historyLines.push(line);
    runLine(line);
    notifyState();
  }

  // Jobs may change shape as simulated time passes (a wait that becomes a shell): re-check the state.
  const stopClockWatch = cluster.clock.onAdvance(() => notifyState());

  const engine: ConsoleEngine = {
    submit: submitLine,
    interrupt() {
      const top = topJob();
      if (top) top.job.interrupt();
      notifyState();
      drainQueue();
    },
    endOfInput() {
      const top = topJob();
      if (top?.job.kind === 'shell') top.job.endOfInput?.();
      notifyState();
    },
    state: computeState,
    prompt() {
      const top = topJob();
      if (top?.job.kind === 'shell') return top.job.prompt?.() ?? '';
      return '$ ';
    },
    complete: (line, cursor) => completeLine(line, cursor, { cluster, workspace }),
    history: () => historyLines,
    records: () => records,
    onStateChange(listener) {
      stateListeners.add(listener);
      return () => stateListeners.delete(listener);
    },
    onRecord(listener) {
      recordListeners.add(listener);
      return () => recordListeners.delete(listener);
    },
    forwards: () => portForwards.list(),
    loseForward: (localPort, text) => portForwards.lose(localPort, text),
    connectForward: (localPort, text) => portForwards.connect(localPort, text),
    dispose() {
      while (jobs.length > 0) {
        const top = jobs[jobs.length - 1]!;
        top.job.interrupt();
        if (jobs[jobs.length - 1] === top) jobs.pop();
      }
      disposed = true;
      stopClockWatch();
      stateListeners.clear();
      recordListeners.clear();
    },
  };
  return engine;
}
