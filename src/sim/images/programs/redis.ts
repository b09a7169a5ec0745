// redis-server as the official image runs it (user redis, port 6379, data in /data), with its
// start-up and shutdown log lines, and redis-cli for `kubectl exec redis -- redis-cli ping`.
// Only a handful of commands exist; enough to show that data in /data survives restarts when
// /data is a volume (the final RDB save writes /data/dump.rdb on SIGTERM).

import { resolvePath } from '../../fs';
import { serveForever, type ExecContext, type Executable, type RedisReply } from '../machine';
import type { Resume, Run } from '../process';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "1:M 22 Nov 2026 10:00:05.123 * " — pid, role (C child/config, M master), time, level mark. */
function logPrefix(pid: number, role: 'C' | 'M', ms: number, level: '*' | '#'): string {
  const d = new Date(ms);
  const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
  return `${pid}:${role} ${pad(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}.${pad(d.getUTCMilliseconds(), 3)} ${level} `;
}

export function redisServerProgram(version: string): Executable {
  return function* redisServer(ctx: ExecContext): Run {
    const { machine, proc } = ctx;
    const host = machine.host;
    const log = (role: 'C' | 'M', level: '*' | '#', text: string): void =>
      ctx.io.out(`${logPrefix(proc.pid, role, host.now(), level)}${text}\n`);
    const port = Number(ctx.argv[ctx.argv.indexOf('--port') + 1]) || 6379;
    const dir = ctx.argv.includes('--dir') ? ctx.argv[ctx.argv.indexOf('--dir') + 1]! : ctx.cwd;
    const store = loadDump(ctx, dir);
    log(
      'C',
      '#',
      "WARNING Memory overcommit must be enabled! Without it, a background save or replication may fail under low memory condition. Being disabled, it can also cause failures without low memory condition, see https://github.com/jemalloc/jemalloc/issues/1328. To fix this issue add 'vm.overcommit_memory = 1' to /etc/sysctl.conf and then reboot or run the command 'sysctl vm.overcommit_memory=1' for this to take effect.",
    );
    log('C', '*', 'oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo');
    log('C', '*', `Redis version=${version}, bits=64, commit=00000000, modified=0, pid=${proc.pid}, just started`);
    log(
      'C',
      '#',
      'Warning: no config file specified, using the default config. In order to specify a config file use redis-server /path/to/redis.conf',
    );
    log('M', '*', 'monotonic clock: POSIX clock_gettime');
    log('M', '*', `Running mode=standalone, port=${port}.`);
    log('M', '*', 'Server initialized');
    if (store.size > 0) {
      log('M', '*', `Loading RDB produced by version ${version}`);
      log('M', '*', `Done loading RDB, keys loaded: ${store.size}, keys expired: 0.`);
      log('M', '*', 'DB loaded from disk: 0.000 seconds');
    }
    log('M', '*', 'Ready to accept connections tcp');
    machine.listeners.set(port, { pid: proc.pid, command: (args) => execute(store, args) });
    proc.command = `redis-server *:${port}`;
    proc.onSignal = (sig) => {
      if (sig !== 'SIGTERM' && sig !== 'SIGINT') return;
      ctx.io.out(
        `${proc.pid}:signal-handler (${Math.floor(host.now() / 1000)}) Received ${sig} scheduling shutdown...\n`,
      );
      log('M', '*', 'User requested shutdown...');
      log('M', '*', 'Saving the final RDB snapshot before exiting.');
      try {
        host.fs.writeFile(resolvePath(ctx.cwd, `${dir}/dump.rdb`), `REDIS0011${JSON.stringify([...store])}`);
        log('M', '*', 'DB saved on disk');
      } catch {
        log(
          'M',
          '#',
          'Failed opening the temp RDB file temp-1.rdb (in server root dir /data) for saving: Read-only file system',
        );
      }
      log('M', '#', 'Redis is now ready to exit, bye bye...');
      proc.runner.kill(0);
    };
    return yield* serveForever();
  };
}

function loadDump(ctx: ExecContext, dir: string): Map<string, string> {
  try {
    const content = ctx.machine.host.fs.readFile(resolvePath(ctx.cwd, `${dir}/dump.rdb`));
    const entries = JSON.parse(content.slice('REDIS0011'.length)) as [string, string][];
    return new Map(entries);
  } catch {
    return new Map();
  }
}

function execute(store: Map<string, string>, args: readonly string[]): RedisReply {
  const [name = '', ...rest] = args;
  const arity = (n: number): RedisReply | undefined =>
    rest.length === n
      ? undefined
      : { kind: 'error', text: `ERR wrong number of arguments for '${name.toLowerCase()}' command` };
  switch (name.toLowerCase()) {
    case 'ping':
      return rest.length > 0 ? { kind: 'bulk', value: rest[0]! } : { kind: 'status', text: 'PONG' };
    case 'set':
      return arity(2) ?? (store.set(rest[0]!, rest[1]!), { kind: 'status', text: 'OK' });
    case 'get':
      return arity(1) ?? { kind: 'bulk', value: store.get(rest[0]!) ?? null };
    case 'del':
      return { kind: 'integer', value: rest.filter((key) => store.delete(key)).length };
    case 'incr': {
      const bad = arity(1);
      if (bad) return bad;
      const next = Number(store.get(rest[0]!) ?? '0') + 1;
      if (!Number.isInteger(next)) return { kind: 'error', text: 'ERR value is not an integer or out of range' };
      store.set(rest[0]!, String(next));
      return { kind: 'integer', value: next };
    }
    case 'dbsize':
      return { kind: 'integer', value: store.size };
    case 'keys':
      return { kind: 'array', items: [...store.keys()].sort() };
    default: {
      const preview = rest.map((arg) => `'${arg}'`).join(' ');
      return { kind: 'error', text: `ERR unknown command '${name}', with args beginning with: ${preview}` };
    }
  }
}

/** redis-cli ARGS: raw replies when not on a terminal, quoted and typed on one (like the real one). */
export function* redisCli(ctx: ExecContext): Run {
  const args = [...ctx.argv.slice(1)];
  let port = 6379;
  let host = '127.0.0.1';
  for (let i = 0; i < args.length;) {
    if (args[i] === '-p') port = Number(args.splice(i, 2)[1]);
    else if (args[i] === '-h') host = args.splice(i, 2)[1] ?? host;
    else i++;
  }
  const listener = ['127.0.0.1', 'localhost'].includes(host) ? ctx.machine.listeners.get(port) : undefined;
  if (!listener?.command) {
    ctx.io.err(`Could not connect to Redis at ${host}:${port}: Connection refused\n`);
    return 1;
  }
  if (args.length > 0) return printReply(ctx, listener.command(args), ctx.tty);
  // No command: the interactive prompt, one command per line until quit or end of input.
  const prompt = `${host}:${port}> `;
  for (;;) {
    ctx.io.out(prompt);
    const line: Resume = ctx.io.stdin ? ctx.io.stdin.readLine() : yield { kind: 'read' };
    if (line === null || line === undefined) return 0;
    const words = line
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map((w) => w.replace(/^"(.*)"$/, '$1'));
    if (words.length === 0) continue;
    if (/^(quit|exit)$/i.test(words[0]!)) return 0;
    printReply(ctx, listener.command(words), true);
  }
}

function printReply(ctx: ExecContext, reply: RedisReply, tty: boolean): number {
  switch (reply.kind) {
    case 'status':
      ctx.io.out(`${reply.text}\n`);
      return 0;
    case 'error':
      ctx.io.out(tty ? `(error) ${reply.text}\n` : `${reply.text}\n`);
      return tty ? 0 : 1;
    case 'integer':
      ctx.io.out(tty ? `(integer) ${reply.value}\n` : `${reply.value}\n`);
      return 0;
    case 'bulk':
      ctx.io.out(reply.value === null ? (tty ? '(nil)\n' : '\n') : tty ? `"${reply.value}"\n` : `${reply.value}\n`);
      return 0;
    case 'array':
      if (reply.items.length === 0) ctx.io.out(tty ? '(empty array)\n' : '');
      reply.items.forEach((item, i) => ctx.io.out(tty ? `${i + 1}) "${item}"\n` : `${item}\n`));
      return 0;
  }
}
