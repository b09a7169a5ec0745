// What the stand-in serves while a command-line script (src/kubectl/testdata/NAME.sh) is recorded
// or swept: every kind a v1.32 cluster serves when the script has the line
// `# stand-in: full discovery` (none of them with objects), the core types otherwise; and the
// Pods (in default) and Nodes our console holds after the script's "# setup:" lines, so that
// both sides see them, with the default namespace's Events too when the script has the line
// `# stand-in: events`.

import { sessionAfter } from '../../src/kubectl/testing/fresh-session';
import { setupLines } from '../../src/kubectl/testing/recorded-lines';

export function standInObjectsFor(script: string): string {
  const objects: Record<string, unknown> = {};
  if (script.split('\n').includes('# stand-in: full discovery')) objects['discovery'] = 'full';
  const setup = setupLines(script);
  if (setup.length > 0) {
    const { cluster } = sessionAfter(setup);
    const pods = cluster.list('Pod', 'default');
    const nodes = cluster.list('Node', undefined);
    if (!pods.ok || !nodes.ok) throw new Error('the setup left no Pods or Nodes to list');
    objects['pods'] = pods.value;
    objects['nodes'] = nodes.value;
    if (script.split('\n').includes('# stand-in: events')) {
      const events = cluster.list('Event', 'default');
      if (events.ok) objects['events'] = events.value;
    }
  }
  return JSON.stringify(objects);
}
