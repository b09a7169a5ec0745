// (Starting tsx takes a few seconds on a busy machine, hence the generous test time limits.)
// The headless console's contract, against the real program: piped stdin, each line echoed after
// "$ ", the output as the web console shows it, the workspace on disk, and exit status 0 at EOF.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const workdir = mkdtempSync(join(tmpdir(), 'pod-lab-console-'));

afterAll(() => rmSync(workdir, { recursive: true, force: true }));

function runConsole(input: string) {
  return spawnSync(
    process.execPath,
    [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(root, 'bin', 'console.ts'), '--workdir', workdir],
    {
      input,
      encoding: 'utf8',
      cwd: root,
      timeout: 60_000,
    },
  );
}

describe('bin/console.ts with piped input', () => {
  it('echoes each line after the prompt, prints its output, writes files to the workdir and exits 0 at EOF', () => {
    writeFileSync(
      join(workdir, 'kuard-pod.yaml'),
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: kuard\nspec:\n  containers:\n  - image: gcr.io/kuar-demo/kuard-amd64:blue\n    name: kuard\n',
    );
    const result = runConsole(
      'ls\nkubectl apply -f kuard-pod.yaml\nkubectl get pods -o name\nkubectl get pods -w --no-headers -o name\n^C\necho done > out.txt\nkubectl gett\n',
    );
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(
      '$ ls\nkuard-pod.yaml\n' +
        '$ kubectl apply -f kuard-pod.yaml\npod/kuard created\n' +
        '$ kubectl get pods -o name\npod/kuard\n' +
        '$ kubectl get pods -w --no-headers -o name\npod/kuard\n' +
        '$ ^C\n' +
        '$ echo done > out.txt\n' +
        '$ kubectl gett\nerror: unknown command "gett" for "kubectl"\n\nDid you mean this?\n\tset\n\tget\n',
    );
    expect(readFileSync(join(workdir, 'out.txt'), 'utf8')).toBe('done\n');
  }, 60_000);

  it('exits 0 on empty input', () => {
    const result = runConsole('');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('');
  }, 60_000);
});
