// The headless console: the same engine as the web console, in a terminal.
//   npm run --silent console -- --workdir DIR
// The files in DIR are the workspace (read on demand, written back to disk). With a terminal on
// stdin it is interactive; otherwise each input line is echoed after the prompt ("$ " + line),
// followed by its output. A line that is exactly "^C" is Ctrl+C. End of input exits with 0.
// The simulated clock starts at the real time. Piped, it moves only where a user would wait
// (sleep, kubectl delete), so a script gives the same output every time apart from that start;
// at a terminal it also runs on in real time, so a watch shows the cluster changing.

import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { createCluster } from '../src/sim';
import { createConsole } from '../src/kubectl/console';
import type { Workspace } from '../src/kubectl/console-types';
import { loadExplainSchemas } from '../src/kubectl/explain/schemas';
import { feedLine, readlineCompletion } from '../src/kubectl/transcript';

/** How often an interactive terminal moves simulated time on by the real time that has passed. */
const REAL_TIME_TICK_MS = 100;

function usage(message: string): never {
  process.stderr.write(`${message}\nusage: npm run --silent console -- --workdir DIR [--seed N]\n`);
  process.exit(2);
}

function parseArgs(argv: string[]): { workdir: string; seed: number } {
  let workdir: string | undefined;
  let seed = 1;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--workdir') workdir = argv[++i];
    else if (a.startsWith('--workdir=')) workdir = a.slice('--workdir='.length);
    else if (a === '--seed') seed = Number(argv[++i]);
    else if (a.startsWith('--seed=')) seed = Number(a.slice('--seed='.length));
    else if (a === '--help' || a === '-h') usage('The Pod Lab console.');
    else usage(`unknown argument: ${a}`);
  }
  if (!workdir) usage('--workdir is required');
  if (!Number.isFinite(seed)) usage('--seed must be a number');
  return { workdir: resolve(workdir), seed };
}

/** The workspace as files in one directory; names may not leave it. */
function diskWorkspace(root: string): Workspace {
  const inside = (name: string): string | undefined => {
    const path = resolve(root, name);
    const rel = relative(root, path);
    return rel === '' || rel.startsWith('..') ? undefined : path;
  };
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((entry) => {
      const full = resolve(dir, entry);
      return statSync(full).isDirectory() ? walk(full) : [relative(root, full)];
    });
  return {
    list: () => (existsSync(root) ? walk(root).sort() : []),
    read(name) {
      const path = inside(name);
      if (!path || !existsSync(path) || statSync(path).isDirectory()) return undefined;
      return readFileSync(path, 'utf8');
    },
    write(name, content) {
      const path = inside(name);
      if (!path) return;
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, content);
    },
  };
}

function main(): void {
  const { workdir, seed } = parseArgs(process.argv.slice(2));
  if (!existsSync(workdir)) mkdirSync(workdir, { recursive: true });
  const interactive = Boolean(process.stdin.isTTY);
  const toTerminal = Boolean(process.stdout.isTTY);
  const write = (text: string) => void process.stdout.write(text);
  const cluster = createCluster({ startTime: Date.now(), seed });
  const engine = createConsole({
    cluster,
    workspace: diskWorkspace(workdir),
    clockDriver: 'console',
    hooks: {
      output: write,
      // Piped output has no screen to clear; a terminal gets the escape sequence.
      clear: () => {
        if (toTerminal) write('\x1b[H\x1b[2J');
      },
    },
  });

  if (!interactive) {
    const lines = createInterface({ input: process.stdin, crlfDelay: Infinity, terminal: false });
    lines.on('line', (line) => feedLine(engine, line, write));
    lines.on('close', () => {
      engine.dispose();
      process.exitCode = 0;
    });
    return;
  }

  // A person at the terminal watches the cluster live (-w, logs -f): simulated time also passes
  // as real time does. `sleep N` still jumps ahead at once, as in a piped script.
  let lastTick = Date.now();
  const ticker = setInterval(() => {
    const now = Date.now();
    cluster.clock.advanceBy(now - lastTick);
    lastTick = now;
  }, REAL_TIME_TICK_MS);

  const rl = createInterface({
    input: process.stdin,
    output: process.stdout,
    terminal: true,
    completer: (line: string) => readlineCompletion(engine.complete(line, line.length), line),
  });
  const prompt = () => {
    rl.setPrompt(engine.prompt());
    rl.prompt();
  };
  rl.on('line', (line) => {
    // At the outer prompt, `exit` leaves the terminal as it would leave bash.
    if (engine.state().kind === 'idle' && line.trim() === 'exit') {
      rl.close();
      return;
    }
    engine.submit(line);
    // A command that keeps running (-w, -f, port-forward) owns the terminal: no prompt until it ends.
    if (engine.state().kind !== 'running') prompt();
  });
  let wasRunning = false;
  engine.onStateChange((state) => {
    const running = state.kind === 'running';
    if (wasRunning && !running) prompt();
    wasRunning = running;
  });
  rl.on('SIGINT', () => {
    // The terminal is raw under readline, so nothing echoes Ctrl+C: show it as bash's tty would,
    // for a line being typed (which is abandoned) and for a command running in the foreground.
    write('^C\n');
    rl.write(null, { ctrl: true, name: 'u' });
    const wasForeground = engine.state().kind === 'running';
    engine.interrupt();
    // A stopped command prompts through the state change; an abandoned line prompts here.
    if (!wasForeground || engine.state().kind === 'running') prompt();
  });
  rl.on('close', () => {
    clearInterval(ticker);
    if (engine.state().kind === 'shell') {
      engine.endOfInput();
    }
    engine.dispose();
    write('\n');
    process.exit(0);
  });
  prompt();
}

// Piped lines are echoed as they are read, so `kubectl explain` must answer at once: load its
// schemas before the first line.
void loadExplainSchemas().then(main);
