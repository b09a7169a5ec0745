// Whole sessions through the console engine, compared with reviewed transcripts. Each
// transcripts/NAME.sh is fed line by line exactly as the headless console does (prompt + line,
// then output), over a cluster with a fixed start time and seed; the manifests beside the
// scripts are the workspace. Regenerate on purpose with `npx vitest run -u`, and review the diff.

import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { testSession } from './testing/session';

const dir = join(dirname(fileURLToPath(import.meta.url)), 'transcripts');
const files = readdirSync(dir);
const workspaceFiles = Object.fromEntries(
  files.filter((f) => /\.(ya?ml|json)$/.test(f)).map((f) => [f, readFileSync(join(dir, f), 'utf8')]),
);
const scripts = files.filter((f) => f.endsWith('.sh')).sort();

describe('console transcripts', () => {
  it.each(scripts)('%s', async (script) => {
    const lines = readFileSync(join(dir, script), 'utf8')
      .split('\n')
      .filter((line) => line !== '' && !line.startsWith('# '));
    const session = testSession(workspaceFiles);
    const transcript = session.run(...lines);
    await expect(transcript).toMatchFileSnapshot(join(dir, script.replace(/\.sh$/, '.txt')));
  });

  it('has a script for every transcript, so none is left unchecked', () => {
    const orphans = files.filter((f) => f.endsWith('.txt') && !files.includes(f.replace(/\.txt$/, '.sh')));
    expect(orphans).toEqual([]);
  });
});
