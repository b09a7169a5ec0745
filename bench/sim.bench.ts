// Simulator throughput, printed (never asserted):
//   1. 1,000 Pods with a liveness and a readiness probe through one simulated hour — wall time,
//      the simulated/wall-clock ratio and peak heap;
//   2. 10,000 Pods created, run, and deleted.
// Medians of several runs.   npx tsx bench/sim.bench.ts   (or npm run bench)
// The fake images from src/sim/testing keep the figures about the cluster, not the programs;
// `--real` uses the project's image catalogue (kuard) instead.
import { performance } from 'node:perf_hooks';
import { createCluster, type Cluster } from '../src/sim/index';
import { createFakeCatalog } from '../src/sim/testing/fake-images';
import { createImageCatalog } from '../src/sim/images';

const real = process.argv.includes('--real');
const image = real ? 'gcr.io/kuar-demo/kuard-amd64:blue' : 'fake/web:1';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function nodes(count: number) {
  return Array.from({ length: count }, (_, i) => ({
    name: `node-${i + 1}`,
    hostIP: `10.0.${1 + (i >> 8)}.${i & 255}`,
    cpu: '16',
    memory: '65843244Ki',
    pods: 110,
  }));
}

function cluster(nodeCount: number): Cluster {
  return createCluster({
    seed: 7,
    nodes: nodes(nodeCount),
    images: real ? createImageCatalog() : createFakeCatalog(),
    systemPods: false,
  });
}

function pod(i: number): object {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: `pod-${i}`, labels: { app: 'bench' } },
    spec: {
      containers: [
        {
          name: 'app',
          image,
          ports: [{ containerPort: 8080 }],
          livenessProbe: { httpGet: { path: '/healthy', port: 8080 }, initialDelaySeconds: 5, periodSeconds: 10 },
          readinessProbe: { httpGet: { path: '/ready', port: 8080 }, periodSeconds: 10 },
          resources: { requests: { cpu: '10m', memory: '16Mi' } },
        },
      ],
    },
  };
}

const gc = (globalThis as { gc?: () => void }).gc;

/** CPU time of this process in ms: on a shared machine it measures our work, not our wait. */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

function hourOfThousand(): {
  createMs: number;
  hourMs: number;
  hourCpuMs: number;
  peakHeapMb: number;
  probes: number;
  running: number;
} {
  gc?.();
  const base = process.memoryUsage().heapUsed;
  const c = cluster(10);
  let probes = 0;
  c.onProbe(() => probes++);
  const t0 = performance.now();
  for (let i = 0; i < 1000; i++) {
    const r = c.create(pod(i));
    if (!r.ok) throw new Error(r.error.message);
  }
  c.clock.advanceBy(60_000);
  const t1 = performance.now();
  const cpu1 = cpuMs();
  let peak = process.memoryUsage().heapUsed;
  const start = c.clock.now();
  for (let minute = 1; minute <= 60; minute++) {
    c.clock.advanceTo(start + minute * 60_000);
    if (minute % 10 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
  }
  const t2 = performance.now();
  const hourCpuMs = cpuMs() - cpu1;
  const list = c.list('Pod', 'default', { fieldSelector: 'status.phase=Running' });
  return {
    createMs: t1 - t0,
    hourMs: t2 - t1,
    hourCpuMs,
    peakHeapMb: (peak - base) / 1048576,
    probes,
    running: list.ok ? list.value.length : -1,
  };
}

function createAndDelete(count: number): { createMs: number; deleteMs: number; left: number } {
  const c = cluster(Math.ceil(count / 100));
  const t0 = performance.now();
  for (let i = 0; i < count; i++) c.create(pod(i));
  c.clock.advanceBy(60_000);
  const t1 = performance.now();
  for (let i = 0; i < count; i++) c.delete('Pod', 'default', `pod-${i}`);
  c.clock.advanceBy(60_000);
  const t2 = performance.now();
  const left = c.list('Pod', 'default');
  return { createMs: t1 - t0, deleteMs: t2 - t1, left: left.ok ? left.value.length : -1 };
}

const runs = Number(process.env.BENCH_RUNS ?? 3);
console.log(
  `images: ${real ? 'real catalogue (kuard)' : 'fake test images'}; ${runs} runs each; gc ${gc ? 'exposed' : 'not exposed (heap figures include garbage)'}`,
);

const hours = Array.from({ length: runs }, hourOfThousand);
const hourMs = median(hours.map((h) => h.hourMs));
console.log(
  `1,000 pods (liveness + readiness), create + start (60 s simulated; pulls queue per node): median ${median(hours.map((h) => h.createMs)).toFixed(0)} ms`,
);
const hourCpu = median(hours.map((h) => h.hourCpuMs));
console.log(
  `1,000 pods through one simulated hour: median ${hourMs.toFixed(0)} ms wall (${hourCpu.toFixed(0)} ms CPU), ${median(hours.map((h) => h.probes))} probe attempts, ${hours[0]!.running} Running at the end`,
);
console.log(
  `simulated / wall-clock time: ${(3_600_000 / hourMs).toFixed(0)}× (simulated / CPU time: ${(3_600_000 / hourCpu).toFixed(0)}×)`,
);
console.log(`peak heap growth during the hour: median ${median(hours.map((h) => h.peakHeapMb)).toFixed(1)} MB`);

const churn = Array.from({ length: runs }, () => createAndDelete(10_000));
console.log(
  `10,000 pods created and started (60 s simulated): median ${median(churn.map((c) => c.createMs)).toFixed(0)} ms`,
);
console.log(
  `10,000 pods deleted and gone (60 s simulated): median ${median(churn.map((c) => c.deleteMs)).toFixed(0)} ms, ${churn[0]!.left} left`,
);
