// Regenerates every golden file with the upstream kubectl v1.32 binary (kubectl-binary.ts):
// - src/kubectl/print/testdata: serves our fixtures through standin-server.ts and records what
//   kubectl prints for them;
// - src/kubectl/testdata/NAME.txt: records each command line of NAME.sh against the stand-in
//   serving no objects (client-side errors, and what an empty cluster answers), or the Pods of
//   its setup, with the full v1.32 discovery when the script says so (standin-objects.ts).
// Usage: npm run golden [-- lines]   (needs the kubectl binary; the tests do not; "lines" records
// only the command-line scripts). GOLDEN_ONLY=PREFIX records only the cases and scripts whose
// names start with PREFIX.
//
// Ages: kubectl computes them from the real clock, the fixtures from FIXTURE_NOW. For commands
// that print ages, every timestamp is shifted by a whole number of seconds so that the real
// "now" falls just after FIXTURE_NOW + shift, and absolute dates in the output are shifted back.
// A run is retried when kubectl might have crossed a second boundary.

import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CASES, buildCluster, leaseFor } from '../../src/kubectl/print/testing/golden-cases';
import { FIXTURE_NOW } from '../../src/kubectl/print/testing/fixtures';
import { upstreamKubectlOrExit } from './kubectl-binary';
import { recordScript } from './record-lines';
import { standInObjectsFor } from './standin-objects';
import { standInPortFree, standInReady } from './standin-ready';

const KUBECTL = upstreamKubectlOrExit();
const PORT = Number(process.env.GOLDEN_PORT ?? 18977);
const OUT_DIR = join(import.meta.dirname, '../../src/kubectl/print/testdata');
const LINES_DIR = join(import.meta.dirname, '../../src/kubectl/testdata');
const work = mkdtempSync(join(tmpdir(), 'golden-'));
const objectsFile = join(work, 'objects.json');
const kubeconfig = join(work, 'kubeconfig');

writeFileSync(
  kubeconfig,
  `apiVersion: v1
kind: Config
clusters: [{name: sim, cluster: {server: "http://127.0.0.1:${PORT}"}}]
contexts: [{name: sim, context: {cluster: sim, user: u, namespace: default}}]
current-context: sim
users: [{name: u, user: {}}]
`,
);

// Only the API's time fields move; a timestamp-looking annotation value stays as written.
const ISO =
  /"(creationTimestamp|deletionTimestamp|firstTimestamp|lastTimestamp|eventTime|lastObservedTime|startTime|startedAt|finishedAt|lastTransitionTime|lastProbeTime|lastHeartbeatTime|lastPhaseTransitionTime|renewTime|acquireTime)":"(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(\.\d+)?Z"/g;

function shiftJson(text: string, shiftMs: number): string {
  return text.replace(ISO, (_, key: string, base: string, frac: string | undefined) => {
    const shifted = new Date(Date.parse(`${base}Z`) + shiftMs).toISOString().slice(0, 19);
    return `"${key}":"${shifted}${frac ?? ''}Z"`;
  });
}

const RFC1123Z = /(Sun|Mon|Tue|Wed|Thu|Fri|Sat), (\d{2}) (\w{3}) (\d{4}) (\d{2}):(\d{2}):(\d{2}) \+0000/g;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

function unshiftDates(text: string, shiftMs: number): string {
  return text.replace(RFC1123Z, (_m, _d, day: string, mon: string, year: string, h: string, mi: string, s: string) => {
    const t = Date.UTC(Number(year), MONTHS.indexOf(mon), Number(day), Number(h), Number(mi), Number(s)) - shiftMs;
    const d = new Date(t);
    const p = (n: number) => String(n).padStart(2, '0');
    return `${DAYS[d.getUTCDay()]}, ${p(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000`;
  });
}

function sleepUntilEarlyInSecond(): void {
  for (;;) {
    const ms = Date.now() % 1000;
    if (ms >= 20 && ms < 120) return;
    execFileSync('sleep', [String(((1020 - ms) % 1000) / 1000)]);
  }
}

function runKubectl(args: string[]): { stdout: string; stderr: string; code: number } {
  try {
    const stdout = execFileSync(KUBECTL, args, {
      env: { ...process.env, KUBECONFIG: kubeconfig, TZ: 'UTC' },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return { stdout, stderr: '', code: 0 };
  } catch (err) {
    const e = err as { stdout?: string; stderr?: string; status?: number };
    return { stdout: e.stdout ?? '', stderr: e.stderr ?? '', code: e.status ?? 1 };
  }
}

async function main(): Promise<void> {
  await standInPortFree(PORT);
  const server = spawn(
    process.execPath,
    ['--import', 'tsx', join(import.meta.dirname, 'standin-server.ts'), String(PORT), objectsFile],
    { stdio: 'inherit' },
  );
  try {
    writeFileSync(objectsFile, JSON.stringify(buildCluster(FIXTURE_NOW)));
    await standInReady(PORT);
    const onlyLines = process.argv.includes('lines');
    const prefix = process.env.GOLDEN_ONLY ?? '';
    for (const c of onlyLines ? [] : CASES.filter((k) => k.name.startsWith(prefix))) {
      let attempt = 0;
      for (;;) {
        attempt++;
        let shift = 0;
        if (c.ages) {
          sleepUntilEarlyInSecond();
          shift = Math.floor(Date.now() / 1000) * 1000 - FIXTURE_NOW;
        }
        const base = buildCluster(FIXTURE_NOW);
        const cluster = c.prepare ? c.prepare(base) : base;
        cluster.leases = cluster.nodes.map((n) => leaseFor(n, FIXTURE_NOW));
        writeFileSync(objectsFile, shiftJson(JSON.stringify(cluster), shift));
        const started = Date.now();
        const result = runKubectl(c.args);
        const ended = Date.now();
        if (c.ages && Math.floor(ended / 1000) !== Math.floor(started / 1000) && attempt < 5) continue;
        let text = result.stdout;
        if (result.stderr) text += `--- stderr ---\n${result.stderr}`;
        if (result.code !== 0) text += `--- exit ${result.code} ---\n`;
        writeFileSync(join(OUT_DIR, `${c.name}.txt`), c.ages ? unshiftDates(text, shift) : text);
        process.stdout.write(`${c.name}: ${result.code === 0 ? 'ok' : `exit ${result.code}`}\n`);
        break;
      }
    }
    for (const script of readdirSync(LINES_DIR).filter((f) => f.endsWith('.sh') && f.startsWith(prefix))) {
      writeFileSync(objectsFile, standInObjectsFor(readFileSync(join(LINES_DIR, script), 'utf8')));
      recordScript(KUBECTL, kubeconfig, join(LINES_DIR, script), join(LINES_DIR, script.replace(/\.sh$/, '.txt')));
    }
  } finally {
    server.kill();
  }
}

void main();
