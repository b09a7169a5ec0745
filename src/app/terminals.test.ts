import { describe, expect, it } from 'vitest';
import { createConsole } from '../kubectl/console';
import { createCluster } from '../sim/index';
import { memoryStorage } from './persistence';
import { createSession } from './session';
import { createCommandLog } from './terminals';
import { browse } from './forward-browser';

function build() {
  return createSession({
    createCluster,
    createConsole,
    startTime: Date.UTC(2026, 10, 22, 10, 0, 0),
    seed: 5,
    storage: memoryStorage(),
    playing: true,
  });
}

describe('a second terminal', () => {
  it('keeps a watch running while the first terminal makes the Pod it shows', () => {
    const session = build();
    const second = session.terminals.getState().open();
    let watched = '';
    second.output.subscribe((text) => (watched += text));
    let first = '';
    session.output.subscribe((text) => (first += text));

    second.console.submit('kubectl get pods -w');
    expect(second.console.state().kind).toBe('running');
    session.console.submit('kubectl run kuard --image=gcr.io/kuar-demo/kuard-amd64:blue');
    expect(first).toContain('pod/kuard created');
    expect(session.console.state().kind).toBe('idle');
    session.cluster.clock.advanceBy(10_000);
    // The watch saw the Pod appear and start, in its own terminal only.
    expect(watched).toMatch(/kuard +0\/1 +Pending/);
    expect(watched).toMatch(/kuard +1\/1 +Running/);
    expect(first).not.toContain('Pending');
    expect(second.console.state().kind).toBe('running');
  });

  it('closing it stops its command and its port-forward; the first terminal is untouched', () => {
    const session = build();
    session.console.submit('kubectl run kuard --image=gcr.io/kuar-demo/kuard-amd64:blue');
    session.cluster.clock.advanceBy(10_000);
    const second = session.terminals.getState().open();
    second.console.submit('kubectl port-forward kuard 8080:8080');
    expect(session.forwards.getState().forwards.map((f) => f.localPort)).toEqual([8080]);
    session.terminals.getState().close(second.id);
    expect(session.terminals.getState().extra).toEqual([]);
    expect(session.forwards.getState().forwards).toEqual([]);
    session.console.submit('kubectl get pods');
    expect(session.console.records().at(-1)?.output).toMatch(/kuard +1\/1 +Running/);
  });

  it('the in-app browser’s connection is reported by the terminal that runs the port-forward', () => {
    const session = build();
    session.console.submit('kubectl run kuard --image=gcr.io/kuar-demo/kuard-amd64:blue');
    session.cluster.clock.advanceBy(10_000);
    const second = session.terminals.getState().open();
    let forwarding = '';
    second.output.subscribe((text) => (forwarding += text));
    let first = '';
    session.output.subscribe((text) => (first += text));
    second.console.submit('kubectl port-forward kuard 8080:8080');
    const result = browse({ cluster: session.cluster, ...session.forwards.getState() }, 8080, { path: '/' });
    expect(result.kind).toBe('response');
    expect(forwarding).toContain('Forwarding from 127.0.0.1:8080 -> 8080\n');
    expect(forwarding).toMatch(/Handling connection for 8080\n$/);
    expect(first).not.toContain('Handling connection');
  });

  it('the command log the lesson checks read holds the commands of every terminal, in finishing order', () => {
    const session = build();
    const log = createCommandLog();
    const second = session.terminals.getState().open();
    log.add(session.console);
    log.add(second.console);
    const told: string[] = [];
    log.onRecord((record) => told.push(record.line));
    session.console.submit('kubectl get pods');
    second.console.submit('kubectl get nodes');
    session.console.submit('kubectl version --client');
    expect(log.records().map((r) => r.line)).toEqual([
      'kubectl get pods',
      'kubectl get nodes',
      'kubectl version --client',
    ]);
    expect(told).toEqual(log.records().map((r) => r.line));
  });
});
