// The load generators of kubernetes.io's resource examples: polinux/stress (`stress --vm 1
// --vm-bytes 150M --vm-hang 1`, memory-request-limit*.yaml) and vish/stress (`-cpus 2`,
// cpu-request-limit.yaml). Their memory and CPU go to setUsage, so a memory limit below what they
// allocate ends in OOMKilled and a CPU limit throttles them.

import { serveForever, type ExecContext } from '../machine';
import type { Run } from '../process';

/** stress's size arguments: a number with an optional B/K/M/G suffix, in powers of 1024. */
function stressBytes(text: string): number | undefined {
  const match = /^(\d+)([bBkKmMgG]?)$/.exec(text);
  if (!match) return undefined;
  const unit = { '': 1, b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[match[2]!.toLowerCase() as ''];
  return Number(match[1]) * unit;
}

export function* polinuxStress(ctx: ExecContext): Run {
  const args = ctx.argv.slice(1);
  const value = (...names: string[]): string | undefined => {
    const i = args.findIndex((arg) => names.includes(arg));
    return i >= 0 ? args[i + 1] : undefined;
  };
  const cpu = Number(value('--cpu', '-c') ?? 0);
  const io = Number(value('--io', '-i') ?? 0);
  const vm = Number(value('--vm', '-m') ?? 0);
  const hdd = Number(value('--hdd', '-d') ?? 0);
  const vmBytes = stressBytes(value('--vm-bytes') ?? '256M');
  const timeout = value('--timeout', '-t');
  if (cpu + io + vm + hdd === 0 || vmBytes === undefined) {
    ctx.io.err(
      `stress: FAIL: [${ctx.proc.pid}] (244) ${vmBytes === undefined ? 'invalid number in --vm-bytes' : 'no hogs specified'}\n`,
    );
    return 1;
  }
  ctx.io.out(`stress: info: [${ctx.proc.pid}] dispatching hogs: ${cpu} cpu, ${io} io, ${vm} vm, ${hdd} hdd\n`);
  const { machine, proc } = ctx;
  const workers = [];
  for (let i = 0; i < cpu + io + vm + hdd; i++) {
    const hog = i < cpu ? 'cpu' : i < cpu + io ? 'io' : i < cpu + io + vm ? 'vm' : 'hdd';
    workers.push(
      machine.addProcess(
        { ppid: proc.pid, user: proc.user, command: ctx.argv.join(' '), runner: proc.runner, root: false },
        hog === 'vm' ? vmBytes : 256 * 1024,
      ),
    );
    workers[i]!.cpuMillicores = hog === 'cpu' || hog === 'vm' ? 1000 : 100;
  }
  machine.reportUsage();
  if (timeout) {
    const seconds = stressBytes(timeout.replace(/s$/, '')) ?? 0;
    yield { kind: 'sleep', ms: seconds * 1000 };
    for (const worker of workers) machine.removeProcess(worker.pid);
    ctx.io.out(`stress: info: [${proc.pid}] successful run completed in ${seconds}s\n`);
    return 0;
  }
  return yield* serveForever();
}

/** vish/stress: a Go program logging with glog; -cpus N keeps N cores busy, -mem-total allocates. */
export function* vishStress(ctx: ExecContext): Run {
  const args = ctx.argv.slice(1);
  const flag = (name: string, fallback: string): string => {
    const inline = args.find((arg) => arg.startsWith(`-${name}=`) || arg.startsWith(`--${name}=`));
    if (inline) return inline.slice(inline.indexOf('=') + 1);
    const i = args.findIndex((arg) => arg === `-${name}` || arg === `--${name}`);
    return i >= 0 ? (args[i + 1] ?? fallback) : fallback;
  };
  const cpus = Number(flag('cpus', '0')) || 0;
  const memTotal = flag('mem-total', '0');
  const { machine, proc } = ctx;
  const d = new Date(machine.host.now());
  const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
  const stamp = `I${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}.${pad(d.getUTCMilliseconds(), 3)}000`;
  ctx.io.err(
    `${stamp}       ${proc.pid} main.go:26] Allocating "${memTotal}" memory, in "4Ki" chunks, with a 1ms sleep between allocations\n`,
  );
  ctx.io.err(`${stamp}       ${proc.pid} main.go:39] Spawning a thread to consume CPU\n`);
  proc.cpuMillicores = cpus * 1000;
  machine.extraMemoryBytes = kubernetesBytes(memTotal);
  machine.reportUsage();
  proc.onSignal = (sig) => {
    if (sig === 'SIGTERM' || sig === 'SIGINT') proc.runner.kill(proc.pid === 1 ? 2 : 143);
  };
  return yield* serveForever();
}

/** Quantities like "150Mi" or "0" (vish/stress parses Kubernetes quantities). */
function kubernetesBytes(text: string): number {
  const match = /^(\d+)(Ki|Mi|Gi|k|M|G)?$/.exec(text);
  if (!match) return 0;
  const units: Record<string, number> = { Ki: 1024, Mi: 1024 ** 2, Gi: 1024 ** 3, k: 1e3, M: 1e6, G: 1e9 };
  return Number(match[1]) * (match[2] ? units[match[2]]! : 1);
}
