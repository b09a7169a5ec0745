// Shared by the browser benchmarks: the site they measure, a free loopback port for `vite preview`,
// and a wait until it answers.
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

/**
 * The built site to measure. POD_LAB_OUT names one built already, measured as it is; otherwise the
 * bench builds the working tree into its own folder every time, so it never measures a stale build.
 */
export function siteToMeasure(root: string, benchFolder: string): string {
  if (process.env.POD_LAB_OUT) return resolve(root, process.env.POD_LAB_OUT);
  const outDir = resolve(root, benchFolder);
  console.log(`building ${outDir} …`);
  const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', outDir], {
    cwd: root,
    stdio: 'inherit',
  });
  if (build.status !== 0) throw new Error('vite build failed');
  return outDir;
}

export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port')),
      );
    });
  });
}

export async function waitForServer(url: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`preview server did not start at ${url}`);
}
