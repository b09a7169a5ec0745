// Installs dependencies when node_modules is missing or older than package-lock.json, so that
// `npm start` and `npm test` work on a fresh clone with nothing else to type.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const quiet = process.argv.includes('--quiet');
const lockPath = join(root, 'package-lock.json');
const stampPath = join(root, 'node_modules', '.pod-lab-deps-stamp');

const lockHash = existsSync(lockPath) ? createHash('sha256').update(readFileSync(lockPath)).digest('hex') : 'no-lock';
const installed = existsSync(stampPath) ? readFileSync(stampPath, 'utf8').trim() : '';

if (installed !== lockHash) {
  if (!quiet) console.error('Pod Lab: installing dependencies (npm ci)…');
  const command = existsSync(lockPath) ? 'npm ci --no-audit --no-fund' : 'npm install --no-audit --no-fund';
  execSync(command, { cwd: root, stdio: quiet ? ['ignore', 'ignore', 'inherit'] : 'inherit' });
  writeFileSync(stampPath, lockHash + '\n');
}
