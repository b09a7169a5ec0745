// Golden timelines: each src/sim/timelines/NAME.yaml (a Pod manifest and timed steps) runs through
// the simulator, and everything a client could see, with its time, must equal NAME.txt. The files
// are the documentation of when things happen. After a deliberate change, regenerate them with
// `UPDATE_TIMELINES=1 npx vitest run src/sim/timelines.test.ts` and review the diff.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runTimeline, type TimelineScenario } from './testing/timeline';
import { CONTAINER_LIFECYCLE } from './kubelet/lifecycle-table';
import { RESTART_RULES } from './kubelet/lifecycle-restart-rules';
import { POD_LIFECYCLE } from './kubelet/pod-lifecycle-table';

const dir = join(dirname(fileURLToPath(import.meta.url)), 'timelines');
const scenarios = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .sort();
const update = process.env.UPDATE_TIMELINES === '1';

describe('golden timelines', () => {
  it.each(scenarios)('%s', (file) => {
    const scenario = parse(readFileSync(join(dir, file), 'utf8')) as TimelineScenario;
    const actual = runTimeline(scenario);
    const golden = join(dir, file.replace(/\.yaml$/, '.txt'));
    if (update) writeFileSync(golden, actual);
    expect(actual).toBe(readFileSync(golden, 'utf8'));
  });

  it('has one timeline for every lifecycle the kubelet documents', () => {
    const names = scenarios.map((f) => f.replace(/\.yaml$/, ''));
    for (const lifecycle of [
      'start',
      'crash-loop',
      'liveness-kill',
      'readiness-flap',
      'startup-probe',
      'oom',
      'grace-period',
      'pod-gc',
      'host-port',
      'scheduling-cadence',
      'image-names',
      'scheduling-gates',
      'extended-resources',
      'priority',
      'nfs-reclaim',
      'kuard-start',
      'shell-pipelines',
      'termination-message',
    ])
      expect(names).toContain(lifecycle);
  });

  it('is listed in src/sim/README.md, which gives the lifecycle tables their true size', () => {
    const readme = readFileSync(join(dir, '..', 'README.md'), 'utf8');
    const listed = new Set([...readme.matchAll(/`([a-z0-9-]+)`/g)].map((m) => m[1]));
    const missing = scenarios.map((f) => f.replace(/\.yaml$/, '')).filter((name) => !listed.has(name));
    expect(missing).toEqual([]);
    expect(readme).toContain(`(${CONTAINER_LIFECYCLE.length} rules, ${RESTART_RULES.length} of them from`);
    expect(readme).toContain(`(${POD_LIFECYCLE.length} rules)`);
  });
});
