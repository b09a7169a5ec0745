// Records command lines with the upstream kubectl (see src/kubectl/testing/recorded-lines.ts for
// the format). Each line runs through bash, with `kubectl` on PATH meaning the upstream binary, in
// an empty folder, so quoting and redirections read as they do in our console's shell.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type RecordedLine,
  formatRecording,
  normalizeKlog,
  scriptLines,
} from '../../src/kubectl/testing/recorded-lines';

export function recordScript(kubectl: string, kubeconfig: string, scriptPath: string, outPath: string): void {
  const bin = mkdtempSync(join(tmpdir(), 'golden-bin-'));
  symlinkSync(kubectl, join(bin, 'kubectl'));
  const cwd = mkdtempSync(join(tmpdir(), 'golden-cwd-'));
  const recorded: RecordedLine[] = scriptLines(readFileSync(scriptPath, 'utf8')).map((line) => {
    const result = spawnSync('bash', ['-c', line], {
      cwd,
      encoding: 'utf8',
      env: { ...process.env, PATH: `${bin}:${process.env.PATH ?? ''}`, KUBECONFIG: kubeconfig, TZ: 'UTC' },
    });
    return { line, stdout: result.stdout, stderr: normalizeKlog(result.stderr), exitCode: result.status ?? 1 };
  });
  writeFileSync(outPath, formatRecording(recorded));
  process.stdout.write(`${outPath}: ${recorded.length} lines\n`);
}
