// Process and system applets: sleep, kill, ps, date, env/printenv, hostname, id/whoami, uname,
// df, free. Output formats are busybox's (the shells of the busybox, alpine and kuard images).

import type { Signal } from '../../program';
import type { ExecContext, Machine, StdIO } from '../machine';
import type { Run } from '../process';

/** busybox sleep: N[smhd], fractions, several arguments summed, `infinity`. */
export function* sleep(ctx: ExecContext): Run {
  const args = ctx.argv.slice(1);
  if (args.length === 0) {
    ctx.io.err(
      'BusyBox v1.36.1 (2023-05-18 22:34:17 UTC) multi-call binary.\n\nUsage: sleep [N]...\n\nPause for a time equal to the total of the args given, where each arg can\nhave an optional suffix of (s)econds, (m)inutes, (h)ours, or (d)ays\n',
    );
    return 1;
  }
  let totalMs = 0;
  for (const arg of args) {
    if (/^inf(inity)?$/i.test(arg)) totalMs = Infinity;
    const match = /^(\d+(?:\.\d*)?|\.\d+)([smhd]?)$/.exec(arg);
    if (!match && totalMs !== Infinity) {
      const gnu = ctx.machine.profile.userland === 'gnu';
      ctx.io.err(
        gnu
          ? `sleep: invalid time interval '${arg}'\nTry 'sleep --help' for more information.\n`
          : `sleep: invalid number '${arg}'\n`,
      );
      return 1;
    }
    if (match)
      totalMs += Number(match[1]) * { '': 1000, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }[match[2] as ''];
  }
  if (totalMs === Infinity) for (;;) yield { kind: 'forever' };
  yield { kind: 'sleep', ms: Math.round(totalMs) };
  return 0;
}

const SIGNAL_NAMES: Record<string, Signal> = {
  INT: 'SIGINT',
  '2': 'SIGINT',
  KILL: 'SIGKILL',
  '9': 'SIGKILL',
  TERM: 'SIGTERM',
  '15': 'SIGTERM',
};

/** kill [-s SIG | -SIG] PID...; `error` prints with the caller's prefix ("sh: " for the builtin). */
export function killCommand(
  argv: readonly string[],
  io: StdIO,
  machine: Machine,
  error: (message: string) => void,
): number {
  const args = argv.slice(1);
  let signal: Signal = 'SIGTERM';
  if (args[0] === '-l') {
    io.out(
      ' 1) HUP\n 2) INT\n 3) QUIT\n 4) ILL\n 5) TRAP\n 6) ABRT\n 7) BUS\n 8) FPE\n 9) KILL\n10) USR1\n11) SEGV\n12) USR2\n13) PIPE\n14) ALRM\n15) TERM\n',
    );
    return 0;
  }
  if (args[0] === '-s' || (args[0]?.startsWith('-') && args[0] !== '--')) {
    const raw = args[0] === '-s' ? (args.splice(0, 2)[1] ?? '') : args.shift()!.slice(1);
    const name = raw.toUpperCase().replace(/^SIG/, '');
    const found = SIGNAL_NAMES[name];
    if (!found) {
      error(`kill: bad signal name '${raw}'`);
      return 1;
    }
    signal = found;
  }
  if (args.length === 0) {
    error('kill: usage: kill [-s sigspec | -signum | -sigspec] [pid | job]... or\nkill -l [exitstatus]');
    return 1;
  }
  let status = 0;
  for (const arg of args) {
    const pid = Number(arg);
    if (!/^\d+$/.test(arg)) {
      error(`kill: invalid number '${arg}'`);
      status = 1;
    } else if (!machine.signal(pid, signal)) {
      error(`can't kill pid ${arg}: No such process`);
      status = 1;
    }
  }
  return status;
}

export function* kill(ctx: ExecContext): Run {
  return killCommand(ctx.argv, ctx.io, ctx.machine, (message) => ctx.io.err(`${message}\n`));
}

/** busybox ps: "PID   USER     TIME  COMMAND", one process a line. */
export function* ps(ctx: ExecContext): Run {
  const now = ctx.machine.host.now();
  ctx.io.out('PID   USER     TIME  COMMAND\n');
  const procs = [...ctx.machine.processes.values()].sort((a, b) => a.pid - b.pid);
  for (const proc of procs) {
    // CPU time grows slowly for servers; idle shells and sleeps stay at 0:00.
    const cpuSeconds = Math.floor(((now - proc.startedAt) / 1000) * (proc.cpuMillicores / 1000));
    const time = `${Math.floor(cpuSeconds / 60)}:${String(cpuSeconds % 60).padStart(2, '0')}`;
    ctx.io.out(
      `${String(proc.pid).padStart(5)} ${proc.user.name.padEnd(8).slice(0, 8)} ${time.padStart(5)} ${proc.command}\n`,
    );
  }
  return 0;
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const two = (n: number): string => String(n).padStart(2, '0');

/** date, in UTC (containers have no TZ set): `Sun Nov 22 10:00:05 UTC 2026`, or `+FORMAT`. */
export function formatDate(ms: number, format?: string): string {
  const d = new Date(ms);
  const fields: Record<string, string> = {
    a: DAYS[d.getUTCDay()]!,
    b: MONTHS[d.getUTCMonth()]!,
    d: two(d.getUTCDate()),
    e: String(d.getUTCDate()).padStart(2),
    H: two(d.getUTCHours()),
    M: two(d.getUTCMinutes()),
    S: two(d.getUTCSeconds()),
    Y: String(d.getUTCFullYear()),
    m: two(d.getUTCMonth() + 1),
    y: two(d.getUTCFullYear() % 100),
    s: String(Math.floor(ms / 1000)),
    Z: 'UTC',
    z: '+0000',
    N: String((ms % 1000) * 1_000_000).padStart(9, '0'),
    '%': '%',
  };
  fields['T'] = `${fields['H']}:${fields['M']}:${fields['S']}`;
  fields['F'] = `${fields['Y']}-${fields['m']}-${fields['d']}`;
  fields['D'] = `${fields['m']}/${fields['d']}/${fields['y']}`;
  const pattern = format ?? '%a %b %e %T %Z %Y';
  return pattern.replace(/%(.)/g, (match, code: string) => fields[code] ?? match);
}

export function* date(ctx: ExecContext): Run {
  const format = ctx.argv.slice(1).find((arg) => arg.startsWith('+'));
  const bad = ctx.argv.slice(1).find((arg) => !arg.startsWith('+') && arg !== '-u' && arg !== '-R');
  if (bad) {
    ctx.io.err(`date: invalid date '${bad}'\n`);
    return 1;
  }
  // busybox's default is "%a %b %e %H:%M:%S %Z %Y": single-digit days are space-padded ("Nov  2").
  const out = ctx.argv.includes('-R')
    ? formatDate(ctx.machine.host.now(), '%a, %d %b %Y %T %z')
    : formatDate(ctx.machine.host.now(), format?.slice(1));
  ctx.io.out(`${out}\n`);
  return 0;
}

export function* env(ctx: ExecContext): Run {
  const args = ctx.argv.slice(1);
  if (args.length > 0 && !args.every((arg) => arg.includes('='))) {
    const assignments = new Map(ctx.env);
    let i = 0;
    for (; i < args.length && args[i]!.includes('='); i++) {
      const [key, ...rest] = args[i]!.split('=');
      assignments.set(key!, rest.join('='));
    }
    const found = ctx.machine.resolve(args[i]!, assignments, ctx.cwd);
    if (!found.found) {
      ctx.io.err(`env: can't execute '${args[i]}': No such file or directory\n`);
      return 127;
    }
    return yield* ctx.machine.runChild(ctx, args.slice(i), found.exe, ctx.io, assignments, ctx.cwd);
  }
  const all = new Map(ctx.env);
  for (const arg of args) {
    const [key, ...rest] = arg.split('=');
    all.set(key!, rest.join('='));
  }
  for (const [key, value] of all) ctx.io.out(`${key}=${value}\n`);
  return 0;
}

export function* printenv(ctx: ExecContext): Run {
  const names = ctx.argv.slice(1);
  if (names.length === 0) {
    for (const [key, value] of ctx.env) ctx.io.out(`${key}=${value}\n`);
    return 0;
  }
  let status = 0;
  for (const name of names) {
    const value = ctx.env.get(name);
    if (value === undefined) status = 1;
    else ctx.io.out(`${value}\n`);
  }
  return status;
}

export function* hostname(ctx: ExecContext): Run {
  // -i: the addresses the name resolves to (the Pod IP, from the kubelet's /etc/hosts).
  ctx.io.out(ctx.argv[1] === '-i' ? `${ctx.machine.host.podIP}\n` : `${ctx.machine.host.hostname}\n`);
  return 0;
}

/** A stable MAC for the Pod's eth0, derived from its IP (the CNI picks one at random). */
function macFor(ip: string): string {
  const octets = ip.split('.').map(Number);
  return ['5a', '8e', ...octets.map((n) => (n & 0xff).toString(16).padStart(2, '0'))].join(':');
}

/** `ip addr` (busybox ip): loopback and the Pod's eth0 with its /24 on the node's bridge. */
export function* ip(ctx: ExecContext): Run {
  const [object = '', action = 'show'] = ctx.argv.slice(1);
  if (!['a', 'addr', 'address'].includes(object) || !['show', 'list', 'ls'].includes(action)) {
    ctx.io.err(
      'BusyBox v1.36.1 (2023-05-18 22:34:17 UTC) multi-call binary.\n\nUsage: ip [OPTIONS] address|route|link|tunnel|neigh|rule [ARGS]\n',
    );
    return 1;
  }
  const podIP = ctx.machine.host.podIP;
  const broadcast = podIP.replace(/\.\d+$/, '.255');
  ctx.io.out(
    [
      '1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue qlen 1000',
      '    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00',
      '    inet 127.0.0.1/8 scope host lo',
      '       valid_lft forever preferred_lft forever',
      '    inet6 ::1/128 scope host ',
      '       valid_lft forever preferred_lft forever',
      '2: eth0@if10: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue ',
      `    link/ether ${macFor(podIP)} brd ff:ff:ff:ff:ff:ff`,
      `    inet ${podIP}/24 brd ${broadcast} scope global eth0`,
      '       valid_lft forever preferred_lft forever',
      '',
    ].join('\n'),
  );
  return 0;
}

export function* whoami(ctx: ExecContext): Run {
  ctx.io.out(`${ctx.proc.user.name}\n`);
  return 0;
}

export function* id(ctx: ExecContext): Run {
  const user = ctx.proc.user;
  const groups =
    user.uid === 0
      ? ' groups=0(root),1(bin),2(daemon),3(sys),4(adm),6(disk),10(wheel),11(floppy),20(dialout),26(tape),27(video)'
      : '';
  const flag = ctx.argv[1];
  if (flag === '-u') ctx.io.out(`${user.uid}\n`);
  else if (flag === '-g') ctx.io.out(`${user.gid}\n`);
  else if (flag === '-un') ctx.io.out(`${user.name}\n`);
  else ctx.io.out(`uid=${user.uid}(${user.name}) gid=${user.gid}(${user.group})${groups}\n`);
  return 0;
}

export const KERNEL = {
  release: '6.8.0-1015-gcp',
  version: '#17-Ubuntu SMP Sat Sep 14 01:46:52 UTC 2024',
  machine: 'x86_64',
};

export function* uname(ctx: ExecContext): Run {
  const flags = ctx.argv.slice(1).join('').replace(/-/g, '');
  const host = ctx.machine.host.hostname;
  if (flags.includes('a')) ctx.io.out(`Linux ${host} ${KERNEL.release} ${KERNEL.version} ${KERNEL.machine} Linux\n`);
  else {
    const parts: string[] = [];
    if (flags === '' || flags.includes('s')) parts.push('Linux');
    if (flags.includes('n')) parts.push(host);
    if (flags.includes('r')) parts.push(KERNEL.release);
    if (flags.includes('v')) parts.push(KERNEL.version);
    if (flags.includes('m')) parts.push(KERNEL.machine);
    ctx.io.out(`${parts.join(' ')}\n`);
  }
  return 0;
}

export function* df(ctx: ExecContext): Run {
  const rows = [['overlay', 101445540, 13571228, 87857928, '/']];
  for (const mount of ctx.machine.host.fs.mountList())
    rows.push(['/dev/root', 101445540, 13571228, 87857928, mount.path]);
  rows.push(['tmpfs', 65536, 0, 65536, '/dev']);
  ctx.io.out('Filesystem           1K-blocks      Used Available Use% Mounted on\n');
  for (const [fs, blocks, used, avail, mountedOn] of rows) {
    const percent = `${Math.ceil(((used as number) * 100) / (blocks as number))}%`;
    ctx.io.out(
      `${String(fs).padEnd(20)}${String(blocks).padStart(10)}${String(used).padStart(10)}${String(avail).padStart(10)}${percent.padStart(5)} ${mountedOn}\n`,
    );
  }
  return 0;
}

export function* free(ctx: ExecContext): Run {
  const totalKiB = 8_148_000;
  const usedKiB = Math.round(ctx.machine.usage().memoryBytes / 1024) + 1_850_000;
  const row = (label: string, values: number[]): string =>
    label + values.map((v) => String(v).padStart(12)).join('') + '\n';
  ctx.io.out('              total        used        free      shared  buff/cache   available\n');
  ctx.io.out(row('Mem:  ', [totalKiB, usedKiB, totalKiB - usedKiB - 3_100_000, 4_212, 3_100_000, totalKiB - usedKiB]));
  ctx.io.out(row('Swap: ', [0, 0, 0]));
  return 0;
}
