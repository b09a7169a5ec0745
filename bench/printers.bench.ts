// Printer speed with 1,000 realistic Pods: median of ≥ 20 runs for `get pods`, `get pods -o
// wide`, `describe pod` (with its events) and `get pods -o yaml`. Target: each ≤ 5 ms.
// Run: npx tsx bench/printers.bench.ts

import type { Pod } from '../src/sim/api';
import { describePod, printObjects, printTable } from '../src/kubectl/print/index';
import { FIXTURE_NOW } from '../src/kubectl/print/testing/fixtures';
import { buildScenarios } from '../src/kubectl/print/testing/scenarios';

const RUNS = 30;
const WARMUP = 5;

function thousandPods(): Pod[] {
  const states = Object.values(buildScenarios()).map((s) => s.pod);
  const pods: Pod[] = [];
  for (let i = 0; i < 1000; i++) {
    const pod = JSON.parse(JSON.stringify(states[i % states.length])) as Pod;
    (pod.metadata as { name: string }).name = `${pod.metadata!.name}-${i}`;
    pods.push(pod);
  }
  return pods;
}

function median(fn: () => unknown): number {
  for (let i = 0; i < WARMUP; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

const pods = thousandPods();
const scenario = buildScenarios()['running-restarts']!;
const results: [string, number][] = [
  ['printTable (get pods)', median(() => printTable('Pod', pods, { now: FIXTURE_NOW }))],
  ['printTable wide (get pods -o wide)', median(() => printTable('Pod', pods, { now: FIXTURE_NOW, wide: true }))],
  ['describePod (one pod, 8 events)', median(() => describePod(scenario.pod, scenario.events, FIXTURE_NOW))],
  ['printObjects yaml (get pods -o yaml)', median(() => printObjects(pods, 'yaml', { asList: true }))],
  ['printObjects json (get pods -o json)', median(() => printObjects(pods, 'json', { asList: true }))],
];
for (const [name, ms] of results)
  process.stdout.write(`${name.padEnd(40)} median ${ms.toFixed(3)} ms over ${RUNS} runs\n`);
