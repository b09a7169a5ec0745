// The error sweep: runs every line of a script (testdata/*.sh format) through the upstream kubectl
// v1.32 against the stand-in server, and through our console over a fresh test cluster, and prints
// each line whose stdout, stderr or exit code differ. Nothing is written: once a line agrees (or
// is to be pinned), `npm run golden -- lines` records it.
// Usage: tsx scripts/golden/sweep.ts SCRIPT.sh [--all]   (--all prints the equal lines too)

import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sessionAfter } from '../../src/kubectl/testing/fresh-session';
import { type RecordedLine, parseRecording, setupLines } from '../../src/kubectl/testing/recorded-lines';
import { upstreamKubectlOrExit } from './kubectl-binary';
import { recordScript } from './record-lines';
import { standInObjectsFor } from './standin-objects';
import { standInPortFree, standInReady } from './standin-ready';

const PORT = Number(process.env.GOLDEN_PORT ?? 18978);

/** Our console's answer, stream by stream, as client-errors.test.ts checks it. */
function ours(line: string, setup: readonly string[]): RecordedLine {
  const run = (text: string): { output: string; exitCode: number } => {
    const session = sessionAfter(setup);
    const shown = session.run(text);
    return { output: shown.slice(shown.indexOf('\n') + 1), exitCode: session.engine.records().at(-1)?.exitCode ?? -1 };
  };
  return {
    line,
    stdout: run(`${line} 2>/dev/null`).output,
    stderr: run(`${line} >/dev/null`).output,
    exitCode: run(line).exitCode,
  };
}

function show(label: string, r: RecordedLine): string {
  return `  ${label} exit ${r.exitCode}\n${r.stdout ? `    out| ${r.stdout.trimEnd().replace(/\n/g, '\n    out| ')}\n` : ''}${r.stderr ? `    err| ${r.stderr.trimEnd().replace(/\n/g, '\n    err| ')}\n` : ''}`;
}

async function main(): Promise<void> {
  const [scriptPath] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  if (!scriptPath) throw new Error('usage: tsx scripts/golden/sweep.ts SCRIPT.sh [--all]');
  const showAll = process.argv.includes('--all');
  const kubectl = upstreamKubectlOrExit();
  const work = mkdtempSync(join(tmpdir(), 'sweep-'));
  const objects = join(work, 'objects.json');
  const script = readFileSync(scriptPath, 'utf8');
  const setup = setupLines(script);
  writeFileSync(objects, standInObjectsFor(script));
  const kubeconfig = join(work, 'kubeconfig');
  writeFileSync(
    kubeconfig,
    `apiVersion: v1\nkind: Config\nclusters: [{name: sim, cluster: {server: "http://127.0.0.1:${PORT}"}}]\ncontexts: [{name: sim, context: {cluster: sim, user: u, namespace: default}}]\ncurrent-context: sim\nusers: [{name: u, user: {}}]\n`,
  );
  await standInPortFree(PORT);
  const server = spawn(
    process.execPath,
    ['--import', 'tsx', join(import.meta.dirname, 'standin-server.ts'), String(PORT), objects],
    { stdio: 'inherit' },
  );
  try {
    await standInReady(PORT);
    const recordingPath = join(work, 'recording.txt');
    recordScript(kubectl, kubeconfig, scriptPath, recordingPath);
    let differ = 0;
    const recorded = parseRecording(readFileSync(recordingPath, 'utf8'));
    for (const upstream of recorded) {
      const mine = ours(upstream.line, setup);
      const equal =
        mine.stdout === upstream.stdout && mine.stderr === upstream.stderr && mine.exitCode === upstream.exitCode;
      if (!equal) differ++;
      if (!equal || showAll) {
        process.stdout.write(`${equal ? '=' : '≠'} ${upstream.line}\n${show('kubectl', upstream)}`);
        if (!equal) process.stdout.write(show('ours   ', mine));
      }
    }
    process.stdout.write(`${recorded.length} lines, ${differ} differ\n`);
  } finally {
    server.kill();
  }
}

void main();
