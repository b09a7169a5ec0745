// How long the console takes to run the everyday lines with 1,000 Pods in the cluster.
//   npx tsx bench/kubectl.bench.ts
// Prints the median of repeated runs per line (target ≤ 5 ms each); nothing is asserted.

import { performance } from 'node:perf_hooks';
import { createCluster } from '../src/sim';
import { createConsole } from '../src/kubectl/console';
import { memoryWorkspace } from '../src/kubectl/transcript';

const POD_COUNT = 1000;
const RUNS = 30;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const cluster = createCluster({ startTime: Date.UTC(2026, 10, 22, 10, 0, 0), seed: 1 });
let sink = 0;
const engine = createConsole({
  cluster,
  workspace: memoryWorkspace(),
  clockDriver: 'console',
  hooks: { output: (text) => (sink += text.length) },
});

const setupStart = performance.now();
for (let i = 0; i < POD_COUNT; i++) {
  const created = cluster.create({
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: `kuard-${String(i).padStart(4, '0')}`, namespace: 'default', labels: { app: 'kuard' } },
    spec: {
      containers: [
        {
          name: 'kuard',
          image: 'gcr.io/kuar-demo/kuard-amd64:blue',
          ports: [{ containerPort: 8080, name: 'http', protocol: 'TCP' }],
        },
      ],
    },
  });
  if (!created.ok) throw new Error(created.error.message);
}
// Let the Pods schedule and start so the tables have real STATUS/IP/NODE values.
cluster.clock.advanceBy(30_000);
console.log(`setup: ${POD_COUNT} pods created and started in ${(performance.now() - setupStart).toFixed(0)} ms`);

const lines = [
  'kubectl get pods',
  'kubectl get pods -o wide',
  'kubectl describe pod kuard-0500',
  'kubectl get pods -o yaml',
];
for (const line of lines) {
  const times: number[] = [];
  for (let run = 0; run < RUNS + 3; run++) {
    const start = performance.now();
    engine.submit(line);
    const elapsed = performance.now() - start;
    if (run >= 3) times.push(elapsed); // the first runs warm up the JIT
  }
  console.log(`${line.padEnd(34)} median ${median(times).toFixed(2)} ms over ${RUNS} runs`);
}
if (sink === 0) console.log('(no output?)');
