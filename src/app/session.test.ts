import { describe, expect, it } from 'vitest';
import type { ConsoleOptions } from '../kubectl/console-types';
import { createConsole } from '../kubectl/console';
import { createCluster, type Pod } from '../sim/index';
import { memoryStorage } from './persistence';
import { createSession } from './session';

function build() {
  let options: ConsoleOptions | undefined;
  const storage = memoryStorage();
  const session = createSession({
    createCluster,
    createConsole: (opts) => {
      options = opts;
      return createConsole(opts);
    },
    startTime: Date.UTC(2026, 10, 22, 10, 0, 0),
    seed: 7,
    storage,
    playing: false,
  });
  return { session, options: options!, storage };
}

describe('session wiring', () => {
  it('gives the console the files as its workspace, the saved history, and an external clock', () => {
    const { session, options } = build();
    expect(options.clockDriver).toBe('external');
    expect(options.workspace.read('kuard-pod.yaml')).toContain('kuard-amd64:blue');
    session.files.getState().write('kuard-pod.yaml', 'changed');
    expect(options.workspace.read('kuard-pod.yaml')).toBe('changed');
  });

  it('passes the history of an earlier page session to the console', () => {
    const storage = memoryStorage({ 'pod-lab:history:v1': JSON.stringify(['kubectl get pods']) });
    let history: string[] | undefined;
    createSession({
      createCluster,
      createConsole: (opts) => {
        history = opts.history;
        return createConsole(opts);
      },
      startTime: 0,
      seed: 1,
      storage,
      playing: false,
    });
    expect(history).toEqual(['kubectl get pods']);
  });

  it('console output reaches the terminal, even when written before the terminal subscribed', () => {
    const { session, options } = build();
    options.hooks.output('early\n');
    const seen: string[] = [];
    session.output.subscribe((t) => seen.push(t));
    options.hooks.output('late\n');
    expect(seen).toEqual(['early\n', 'late\n']);
  });

  it('kubectl edit opens the object as a YAML tab; "Save and apply" hands the text back', () => {
    const { session, options } = build();
    const saved: string[] = [];
    const pod: Pod = {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'kuard', namespace: 'default', managedFields: [{ manager: 'kubectl' }] },
    };
    options.hooks.openEditor!(pod, (t) => saved.push(t));
    const [tab] = session.edits.getState().sessions;
    expect(tab!.title).toBe('pod/kuard (edit)');
    expect(tab!.text).toMatch(/^# Please edit the object below\./);
    expect(tab!.text).toContain('kind: Pod\nmetadata:\n  name: kuard\n  namespace: default\n');
    expect(tab!.text).not.toContain('managedFields');
    session.edits.getState().update(tab!.id, tab!.text + '# changed\n');
    session.edits.getState().saveAndClose(tab!.id);
    expect(saved).toEqual([tab!.text + '# changed\n']);
    expect(session.edits.getState().sessions).toEqual([]);
  });

  it('port-forwards reported by the console are kept for the browser panel', () => {
    const { session, options } = build();
    options.hooks.portForwardChanged!([{ namespace: 'default', pod: 'kuard', localPort: 8080, podPort: 8080 }]);
    expect(session.forwards.getState().forwards).toEqual([
      { namespace: 'default', pod: 'kuard', localPort: 8080, podPort: 8080 },
    ]);
  });

  it('the clock driver plays the cluster’s own clock', () => {
    const { session } = build();
    const before = session.cluster.clock.now();
    session.clockDriver.getState().skip(10_000);
    expect(session.cluster.clock.now()).toBe(before + 10_000);
    expect(session.clockDriver.getState().now).toBe(before + 10_000);
  });

  it('an edit tab closes when kubectl edit is interrupted in the console', () => {
    const { session } = build();
    session.cluster.create({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'kuard', namespace: 'default' },
      spec: { containers: [{ name: 'kuard', image: 'gcr.io/kuar-demo/kuard-amd64:blue' }] },
    });
    const printed: string[] = [];
    session.output.subscribe((t) => printed.push(t));
    session.console.submit('kubectl edit pod kuard');
    expect(session.edits.getState().sessions.map((s) => s.title)).toEqual(['pod/kuard (edit)']);
    session.console.interrupt();
    expect(session.edits.getState().sessions).toEqual([]);
    expect(printed.join('')).toContain('Edit cancelled, no changes made.');
  });
});
