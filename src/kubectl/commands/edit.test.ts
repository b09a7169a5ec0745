import { describe, expect, it } from 'vitest';
import { createCluster } from '../../sim';
import type { Pod } from '../../sim/api';
import { createConsole } from '../console';
import { TEST_START } from '../testing/session';
import { memoryWorkspace } from '../transcript';

const KUARD = 'kubectl run kuard --image=gcr.io/kuar-demo/kuard-amd64:blue';

describe('kubectl edit', () => {
  it('opens the live object and applies what the learner saves', () => {
    const cluster = createCluster({ startTime: TEST_START, seed: 1 });
    let out = '';
    let save: ((text: string) => void) | undefined;
    const engine = createConsole({
      cluster,
      workspace: memoryWorkspace(),
      clockDriver: 'console',
      hooks: { output: (t) => (out += t), openEditor: (_obj, onSave) => (save = onSave) },
    });
    engine.submit(KUARD);
    engine.submit('kubectl edit pod kuard');
    expect(engine.state().kind).toBe('running');
    const live = cluster.get('Pod', 'default', 'kuard');
    if (!live.ok) throw new Error('no pod');
    const edited = {
      ...live.value,
      metadata: { ...live.value.metadata, labels: { ...live.value.metadata?.labels, env: 'dev' } },
    };
    save!(JSON.stringify(edited));
    expect(out.endsWith('pod/kuard edited\n')).toBe(true);
    expect(engine.state().kind).toBe('idle');
    const after = cluster.get('Pod', 'default', 'kuard');
    expect(after.ok && after.value.metadata?.labels?.env).toBe('dev');
  });

  it('applies a saved YAML text as a patch: removed labels go, immutable fields are refused', () => {
    const cluster = createCluster({ startTime: TEST_START, seed: 1 });
    let out = '';
    let save: ((text: string) => void) | undefined;
    const engine = createConsole({
      cluster,
      workspace: memoryWorkspace(),
      clockDriver: 'console',
      hooks: { output: (t) => (out += t), openEditor: (_obj, onSave) => (save = onSave) },
    });
    engine.submit(KUARD);
    engine.submit('sleep 5');
    engine.submit('kubectl edit pod kuard');
    const live = cluster.get('Pod', 'default', 'kuard');
    if (!live.ok) throw new Error('no pod');
    const withoutLabels = { ...live.value, metadata: { ...live.value.metadata, labels: undefined } };
    save!(`# Please edit the object below.\n${JSON.stringify(withoutLabels, (_k, v: unknown) => v)}`);
    expect(out.endsWith('pod/kuard edited\n')).toBe(true);
    const after = cluster.get('Pod', 'default', 'kuard');
    expect(after.ok && after.value.metadata?.labels).toBeUndefined();

    out = '';
    engine.submit('kubectl edit pod kuard');
    const again = cluster.get('Pod', 'default', 'kuard');
    if (!again.ok) throw new Error('no pod');
    const pod = again.value as Pod;
    const renamed = {
      ...pod,
      spec: { ...pod.spec, containers: pod.spec!.containers.map((c) => ({ ...c, name: 'other' })) },
    };
    save!(JSON.stringify(renamed));
    expect(out.startsWith('The Pod "kuard" is invalid: ')).toBe(true);
    expect(engine.records().at(-1)?.exitCode).toBe(1);
  });

  it('cancels when nothing changed', () => {
    const cluster = createCluster({ startTime: TEST_START, seed: 1 });
    let out = '';
    const engine = createConsole({
      cluster,
      workspace: memoryWorkspace(),
      clockDriver: 'console',
      hooks: { output: (t) => (out += t), openEditor: (obj, onSave) => onSave(JSON.stringify(obj)) },
    });
    engine.submit(KUARD);
    engine.submit('kubectl edit pod/kuard');
    expect(out.endsWith('Edit cancelled, no changes made.\n')).toBe(true);
  });
});
