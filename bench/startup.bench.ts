// Start-up figures, printed, never asserted:
//   - how much JavaScript arrives before Monaco (gzip), and the size of Monaco's lazy chunk and workers;
//   - navigation → the answer of `kubectl get pods`, typed as soon as the console exists (median,
//     min and max of cold loads, each in a fresh browser context), on this machine as it is, with the
//     CPU throttled 4× (a school Chromebook), and on a slow-3G network (first visit, nothing cached);
//   - the work each keystroke costs while the page loads, the longest task before the answer, and a
//     waterfall of what loaded before it.
// The site is served gzip-compressed from a sub-path (/pod-lab/), as a host would.
//   npx tsx bench/startup.bench.ts
// Builds the working tree into dist-bench-startup (POD_LAB_OUT=DIR measures DIR as built).
// STARTUP_BASE=DIR also measures another build (e.g. main's), loads interleaved with this one's, and
// prints each figure for both with the ratio: on a busy machine only figures of one run compare.
// STARTUP_RUNS (default 10) and STARTUP_PROFILES (default "local,cpu4x,slow3g") narrow a quick run.

import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../scripts/chromium';
import { siteToMeasure } from './support/serve';
import { serveStatic } from './support/static-site';
import { PROBE_SCRIPT, READ_PROBE, type ProbeResult } from './support/startup-probe';

const root = join(import.meta.dirname, '..');
const runs = Number(process.env.STARTUP_RUNS ?? 10);
const COMMAND = 'kubectl get pods';

interface Profile {
  name: string;
  label: string;
  target: string;
  cpuRate?: number;
  /** Chrome DevTools Protocol network conditions: latency in ms, throughput in bytes/s. */
  network?: { latency: number; downloadThroughput: number; uploadThroughput: number };
}

// Slow 3G as WebPageTest's "3G Slow" profile defines it: 400 kbit/s each way, 400 ms round trip.
// (DevTools' own "Slow 3G" preset adds 2 s to every request, which no page can answer within 1.5 s.)
const PROFILES: Profile[] = [
  { name: 'local', label: 'this machine', target: '≤ 300 ms' },
  { name: 'cpu4x', label: 'CPU throttled 4×', target: '≤ 1000 ms', cpuRate: 4 },
  {
    name: 'slow3g',
    label: 'slow 3G (400 kbit/s, 400 ms RTT), first visit',
    target: '≤ 1500 ms',
    network: { latency: 400, downloadThroughput: 50_000, uploadThroughput: 50_000 },
  },
];

interface Load extends ProbeResult {
  keyWorkMax: number;
  keyWorkMedian: number;
  keyDelayMax: number;
  longestTask: number;
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The entry chunk and every chunk or stylesheet index.html asks for with it. */
function initialFiles(outDir: string): string[] {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const srcs = [
    ...html.matchAll(/<script[^>]+src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]+rel="(?:modulepreload|stylesheet)"[^>]+href="([^"]+)"/g),
  ];
  return srcs.map((m) => join(outDir, m[1]!.replace(/^\.\//, '')));
}

function gzipTotal(files: string[]): number {
  return files.reduce((sum, file) => sum + gzipSync(readFileSync(file)).length, 0);
}

function assetsMatching(outDir: string, pattern: RegExp): string[] {
  return readdirSync(join(outDir, 'assets'))
    .filter((name) => pattern.test(name))
    .map((name) => join(outDir, 'assets', name));
}

function printSizes(label: string, outDir: string): void {
  const initial = initialFiles(outDir);
  console.log(`${label} (${outDir})`);
  console.log(`  initial files (gzip):       ${kb(gzipTotal(initial))} in ${initial.length} file(s)`);
  console.log(`  Monaco lazy chunk (gzip):   ${kb(gzipTotal(assetsMatching(outDir, /^MonacoEditor-.*\.js$/)))}`);
  console.log(`  YAML worker (gzip):         ${kb(gzipTotal(assetsMatching(outDir, /^yaml\.worker-.*\.js$/)))}`);
  console.log(`  editor worker (gzip):       ${kb(gzipTotal(assetsMatching(outDir, /^editor\.worker-.*\.js$/)))}`);
}

/** One cold load: a fresh context (empty cache and storage), the command typed once the console exists. */
async function load(browser: Browser, url: string, profile: Profile): Promise<Load> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    if (profile.cpuRate) await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpuRate });
    if (profile.network) {
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', { offline: false, ...profile.network });
    }
    await page.addInitScript(PROBE_SCRIPT);
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForSelector('.xterm-helper-textarea', { state: 'attached', timeout: 60_000 });
    await page.focus('.xterm-helper-textarea');
    await page.keyboard.type(COMMAND);
    await page.keyboard.press('Enter');
    // A function, not a string: the page's CSP refuses the eval a string predicate needs.
    await page.waitForFunction(
      () => (window as unknown as { __startupProbe: ProbeResult }).__startupProbe.answerAt,
      undefined,
      {
        timeout: 60_000,
      },
    );
    const probe = await page.evaluate<ProbeResult>(READ_PROBE);
    const perKey = new Map<number, number>();
    // Group the events of one key by their order: each key's keydown starts a new group.
    let key = -1;
    for (const [type, , work] of probe.keys) {
      if (type === 'keydown') key++;
      perKey.set(key, (perKey.get(key) ?? 0) + work);
    }
    const before = probe.longTasks.filter(([start]) => start < probe.answerAt);
    return {
      ...probe,
      keyWorkMax: Math.max(0, ...perKey.values()),
      keyWorkMedian: median([...perKey.values()]),
      keyDelayMax: Math.max(0, ...probe.keys.map(([, delay]) => delay)),
      longestTask: Math.max(0, ...before.map(([, duration]) => duration)),
    };
  } finally {
    await context.close();
  }
}

function spread(values: number[]): string {
  return `median ${median(values).toFixed(0)} ms (min ${Math.min(...values).toFixed(0)}, max ${Math.max(...values).toFixed(0)})`;
}

function waterfall(loadOf: Load, siteUrl: string): void {
  const rows = loadOf.resources.filter((r) => r.start < loadOf.answerAt).sort((a, b) => a.start - b.start);
  for (const r of rows) {
    const name = r.name.startsWith(siteUrl) ? r.name.slice(siteUrl.length) || '(page)' : r.name;
    console.log(
      `      ${r.start.toFixed(0).padStart(5)} → ${r.end.toFixed(0).padStart(5)} ms  ${kb(r.bytes).padStart(9)}  ${name}`,
    );
  }
  const at = (ms: number | undefined) => (ms === undefined ? '?' : ms.toFixed(0));
  console.log(
    `      console input at ${at(loadOf.consoleAt)} ms, Enter at ${at(loadOf.enterAt)} ms, answer at ${at(loadOf.answerAt)} ms`,
  );
}

/** The session's phases (the page's own measures), each as a median over the loads: when it began, how long it took. */
function phases(loads: Load[]): void {
  const names = [...new Set(loads.flatMap((l) => l.phases.map((p) => p.name)))];
  if (names.length === 0) return;
  console.log('      session phases (median start → median duration):');
  for (const name of names) {
    const seen = loads.flatMap((l) => l.phases.filter((p) => p.name === name));
    const took = seen.map((p) => p.duration);
    const span = took.some((d) => d > 0)
      ? `${median(took).toFixed(0).padStart(4)} ms (max ${Math.max(...took).toFixed(0)})`
      : '';
    console.log(
      `        ${median(seen.map((p) => p.start))
        .toFixed(0)
        .padStart(5)} ms  ${name.padEnd(24)} ${span}`,
    );
  }
}

function report(label: string, loads: Load[], siteUrl: string): void {
  const answers = loads.map((l) => l.answerAt);
  console.log(`    ${label}: navigation → answer ${spread(answers)}`);
  console.log(
    `      console input exists: median ${median(loads.map((l) => l.consoleAt)).toFixed(0)} ms; Enter pressed: median ${median(loads.map((l) => l.enterAt)).toFixed(0)} ms`,
  );
  console.log(
    `      per keystroke while loading: handlers median ${median(loads.map((l) => l.keyWorkMedian)).toFixed(1)} ms, worst ${Math.max(...loads.map((l) => l.keyWorkMax)).toFixed(1)} ms; ` +
      `longest wait for the main thread ${median(loads.map((l) => l.keyDelayMax)).toFixed(0)} ms (median of loads)`,
  );
  const longest = loads.map((l) => l.longestTask);
  console.log(
    `      longest task before the answer: median ${median(longest).toFixed(0)} ms, max ${Math.max(...longest).toFixed(0)} ms (0: none over 50 ms)`,
  );
  phases(loads);
  const typical = [...loads].sort((a, b) => a.answerAt - b.answerAt)[loads.length >> 1]!;
  console.log(`      waterfall of the median load, what started before the answer:`);
  waterfall(typical, siteUrl);
}

async function main(): Promise<void> {
  const outDir = siteToMeasure(root, 'dist-bench-startup');
  const baseDir = process.env.STARTUP_BASE ? resolve(process.env.STARTUP_BASE) : undefined;
  const wanted = (process.env.STARTUP_PROFILES ?? 'local,cpu4x,slow3g').split(',');
  const profiles = PROFILES.filter((p) => wanted.includes(p.name));

  console.log('Pod Lab start-up');
  printSizes('this build', outDir);
  if (baseDir) printSizes('base build', baseDir);

  const sites = [{ label: 'this build', site: await serveStatic(outDir) }];
  if (baseDir) sites.push({ label: 'base build', site: await serveStatic(baseDir) });
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  try {
    for (const profile of profiles) {
      console.log(`\n  ${profile.label} (target ${profile.target}), ${runs} cold loads each:`);
      const results = sites.map(() => [] as Load[]);
      for (let run = 0; run < runs; run++) {
        // Alternate which site goes first, so neither always meets the machine in the same state.
        const order = run % 2 ? [...sites.keys()].reverse() : [...sites.keys()];
        for (const i of order) results[i]!.push(await load(browser, sites[i]!.site.url, profile));
      }
      sites.forEach(({ label, site }, i) => report(label, results[i]!, site.url));
      if (results.length === 2) {
        const ratio = (pick: (l: Load) => number) =>
          (median(results[0]!.map(pick)) / Math.max(1, median(results[1]!.map(pick)))).toFixed(2);
        console.log(
          `    this / base: answer ${ratio((l) => l.answerAt)}, console input ${ratio((l) => l.consoleAt)}, longest task ${ratio((l) => l.longestTask)}`,
        );
      }
    }
  } finally {
    await browser.close();
    for (const { site } of sites) await site.close();
  }
}

await main();
