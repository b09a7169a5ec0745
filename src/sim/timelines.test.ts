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
    ])
      expect(names).toContain(lifecycle);
  });
});
