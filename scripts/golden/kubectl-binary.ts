// The oracle: the upstream kubectl v1.32 binary. The `kubectl` on PATH here is a version
// dispatcher whose own flag and command errors differ from kubectl's ("Error: unknown flag" and a
// klog line for a missing required flag), so recording from it would teach the wrong words.
// KUBECTL names the binary; otherwise kubectl.1.32 beside the dispatcher is used. A binary whose
// `version --client` mentions the dispatcher is refused.

import { execFileSync } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';

function onPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const candidate = join(dir, name);
    if (dir !== '' && existsSync(candidate)) return candidate;
  }
  return undefined;
}

/** The path of the upstream kubectl v1.32, or an explanation of why none was found. */
export function findUpstreamKubectl(): { ok: true; path: string } | { ok: false; reason: string } {
  let path = process.env.KUBECTL;
  if (!path) {
    const dispatcher = onPath('kubectl');
    if (!dispatcher) return { ok: false, reason: 'no kubectl on PATH; set KUBECTL to the kubectl v1.32 binary' };
    path = join(dirname(realpathSync(dispatcher)), 'kubectl.1.32');
    if (!existsSync(path))
      return { ok: false, reason: `${path} does not exist; set KUBECTL to the kubectl v1.32 binary` };
  }
  let version: string;
  try {
    version = execFileSync(path, ['version', '--client'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    return { ok: false, reason: `${path} version --client failed: ${(error as Error).message}` };
  }
  if (/dispatcher/i.test(version)) {
    return { ok: false, reason: `${path} is the version dispatcher (${version.split('\n')[0]}), not kubectl` };
  }
  if (!/^Client Version: v1\.32\./m.test(version)) {
    return { ok: false, reason: `${path} is not kubectl v1.32 (${version.split('\n')[0]})` };
  }
  return { ok: true, path };
}

/** The upstream binary, or exit with the reason: recording from anything else is worse than nothing. */
export function upstreamKubectlOrExit(): string {
  const found = findUpstreamKubectl();
  if (found.ok) return found.path;
  process.stderr.write(`golden: ${found.reason}\n`);
  process.exit(2);
}
