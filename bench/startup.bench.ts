/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// (Callbacks passed to page.evaluate run in the browser, so these tests see DOM types.)
// Start-up figures for the page: how much JavaScript arrives before Monaco (gzip), how big Monaco's
// lazy chunk and the YAML worker are, and how long from navigation until the console echoes a typed
// character (median of 5 cold browser launches). Printed, never asserted.
//   npx tsx bench/startup.bench.ts        (builds the working tree into dist-bench-startup; POD_LAB_OUT=DIR measures DIR as built)

import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../scripts/chromium';
import { freePort, siteToMeasure, waitForServer } from './support/serve';

const root = join(import.meta.dirname, '..');
const runs = 5;

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

function gzipSize(file: string): number {
  return gzipSync(readFileSync(file)).length;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The entry chunk and every chunk index.html preloads with it: what runs before Monaco is asked for. */
function initialScripts(outDir: string): string[] {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const srcs = [
    ...html.matchAll(/<script[^>]+src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
  ];
  return srcs.map((m) => join(outDir, m[1]!.replace(/^\.\//, '')));
}

function assetsMatching(outDir: string, pattern: RegExp): string[] {
  return readdirSync(join(outDir, 'assets'))
    .filter((name) => pattern.test(name))
    .map((name) => join(outDir, 'assets', name));
}

async function main(): Promise<void> {
  const outDir = siteToMeasure(root, 'dist-bench-startup');

  const initial = initialScripts(outDir);
  const initialGzip = initial.reduce((sum, file) => sum + gzipSize(file), 0);
  const monaco = assetsMatching(outDir, /^MonacoEditor-.*\.js$/);
  const yamlWorker = assetsMatching(outDir, /^yaml\.worker-.*\.js$/);
  const editorWorker = assetsMatching(outDir, /^editor\.worker-.*\.js$/);
  console.log('Pod Lab start-up');
  console.log(`  initial JS before Monaco (gzip): ${kb(initialGzip)}  (${initial.length} file(s); target ≤ 250 KB)`);
  console.log(`  Monaco lazy chunk (gzip):        ${kb(monaco.reduce((s, f) => s + gzipSize(f), 0))}`);
  console.log(`  YAML worker (gzip):              ${kb(yamlWorker.reduce((s, f) => s + gzipSize(f), 0))}`);
  console.log(`  editor worker (gzip):            ${kb(editorWorker.reduce((s, f) => s + gzipSize(f), 0))}`);

  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  const server = spawn(
    'npx',
    ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--outDir', outDir],
    {
      cwd: root,
      stdio: 'ignore',
      detached: true,
    },
  );
  try {
    await waitForServer(url);
    const timings: number[] = [];
    for (let run = 0; run < runs; run++) {
      const browser = await chromium.launch({
        executablePath: chromiumPath,
        args: chromiumArgs,
      });
      try {
        const page = await browser.newPage();
        await page.goto(url, { waitUntil: 'commit' });
        await page.waitForSelector('.xterm-helper-textarea', { state: 'attached' });
        await page.focus('.xterm-helper-textarea');
        await page.keyboard.type('x');
        await page.waitForFunction(
          () =>
            [...document.querySelectorAll('.xterm-rows > div')].some(
              (row) => row.textContent?.replace(/\u00a0/g, ' ').trimEnd() === '$ x',
            ),
          undefined,
          { polling: 'raf', timeout: 30_000 },
        );
        // performance.now() counts from the navigation's start: this is navigation → echo.
        timings.push(await page.evaluate(() => performance.now()));
      } finally {
        await browser.close();
      }
    }
    console.log(
      `  navigation → console echoes input: median ${median(timings).toFixed(0)} ms of ${runs} (${timings.map((t) => t.toFixed(0)).join(', ')}; target ≤ 1000 ms)`,
    );
  } finally {
    if (server.pid) process.kill(-server.pid);
  }
}

await main();
