import { describe, expect, it } from 'vitest';
import { createCluster } from '../sim/index';
import { browse, kuardPageContext } from './forward-browser';
import { testSession } from '../kubectl/testing/session';

const KUARD = {
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name: 'kuard', namespace: 'default' },
  spec: {
    containers: [{ name: 'kuard', image: 'gcr.io/kuar-demo/kuard-amd64:blue', ports: [{ containerPort: 8080 }] }],
  },
};

function runningKuard() {
  const cluster = createCluster({ seed: 3 });
  const created = cluster.create(KUARD);
  expect(created.ok).toBe(true);
  cluster.clock.runUntil(() => {
    const pod = cluster.get('Pod', 'default', 'kuard');
    return pod.ok && (pod.value as { status?: { phase?: string } }).status?.phase === 'Running';
  }, 120_000);
  const printed: string[] = [];
  const forwards = [{ namespace: 'default', pod: 'kuard', localPort: 8080, podPort: 8080 }];
  return { cluster, printed, forwards, connect: (_port: number, text: string) => printed.push(text), lose: () => {} };
}

describe('in-app browser through a port-forward', () => {
  it('loads kuard’s page, and the port-forward reports the connection', () => {
    const s = runningKuard();
    const result = browse(s, 8080, { path: '/' });
    expect(result.kind).toBe('response');
    if (result.kind !== 'response') return;
    expect(result.response.status).toBe(200);
    const context = kuardPageContext(result.response.body);
    expect(context?.version).toBe('v0.10.0-blue');
    expect(String(context?.requestDump)).toMatch(/^GET \/ HTTP\/1\.1\r\nHost: localhost:8080/);
    expect(s.printed).toEqual(['Handling connection for 8080\n']);
  });

  it('drives kuard’s liveness API: fail the next 2 checks', () => {
    const s = runningKuard();
    const put = browse(s, 8080, { method: 'PUT', path: '/healthy/api', body: '{"failNext":2}' });
    expect(put.kind).toBe('response');
    const status = browse(s, 8080, { path: '/healthy/api' });
    expect(status.kind === 'response' && JSON.parse(status.response.body).failNext).toBe(2);
  });

  it('a port nothing forwards is refused, without touching the console', () => {
    const s = runningKuard();
    expect(browse(s, 9999, { path: '/' })).toEqual({
      kind: 'refused',
      message: 'localhost refused to connect (nothing forwards port 9999).',
    });
    expect(s.printed).toEqual([]);
  });

  it('a forward to a port the Pod does not listen on is lost: the port-forward ends and the page says so', () => {
    // The same path as curl through the forward (client-go portforward.go handleConnection).
    const session = testSession();
    session.run('kubectl run kuard --image=gcr.io/kuar-demo/kuard-amd64:blue', 'sleep 10');
    session.run('kubectl port-forward kuard 8081:9090');
    const result = browse(
      {
        cluster: session.cluster,
        connect: (port, text) => session.engine.connectForward(port, text),
        forwards: session.engine.forwards(),
        lose: (port, text) => session.engine.loseForward(port, text),
      },
      8081,
      { path: '/' },
    );
    expect(result).toEqual({
      kind: 'lost',
      pod: 'kuard',
      message:
        'The connection to pod kuard was lost, so kubectl port-forward stopped ("error: lost connection to pod" in the console). Run kubectl port-forward again to open this page.',
    });
    const record = session.engine.records().find((r) => r.line === 'kubectl port-forward kuard 8081:9090')!;
    expect(record.exitCode).toBe(1);
    expect(record.output).toMatch(
      /portforward\.go:424\] "Unhandled Error" err="an error occurred forwarding 8081 -> 9090: error forwarding port 9090 to pod kuard[^\n]*\nerror: lost connection to pod\n$/,
    );
    expect(session.engine.forwards()).toEqual([]);
    expect(session.engine.state().kind).toBe('idle');
  });

  it('finds no page context in a page that is not kuard’s', () => {
    expect(kuardPageContext('<html><body>nginx</body></html>')).toBeUndefined();
    expect(kuardPageContext('<script>var pageContext = {broken;</script>')).toBeUndefined();
  });
});
