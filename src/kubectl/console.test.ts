// The console engine's states and jobs: exec shells, streams stopped by Ctrl+C, waits when the UI
// drives the clock, edit through the editor hook, and the records lessons read.

import { describe, expect, it } from 'vitest';
import { createCluster } from '../sim';
import { createConsole } from './console';
import type { ConsoleState } from './console-types';
import { outputOf, TEST_START, testSession } from './testing/session';
import { memoryWorkspace } from './transcript';

const KUARD = 'kubectl run kuard --image=gcr.io/kuar-demo/kuard-amd64:blue';

describe('exec -it shells', () => {
  it('hands lines to the container shell until exit, with its prompt, then returns to $', () => {
    const session = testSession();
    session.run(KUARD, 'sleep 10');
    const states: ConsoleState['kind'][] = [];
    session.engine.onStateChange((s) => states.push(s.kind));
    session.run('kubectl exec -it kuard -- sh');
    expect(session.engine.state()).toEqual({ kind: 'shell', pod: 'kuard', container: 'kuard' });
    expect(session.engine.prompt()).not.toBe('$ ');
    expect(session.engine.prompt().endsWith(' ')).toBe(true);
    const out = session.run('echo inside');
    expect(out.endsWith('echo inside\ninside\n')).toBe(true);
    session.run('exit');
    expect(session.engine.state()).toEqual({ kind: 'idle' });
    expect(session.engine.prompt()).toBe('$ ');
    expect(states).toEqual(['shell', 'idle']);
    // Lines typed inside the container are not the learner's shell history.
    expect(session.engine.history()).toEqual([KUARD, 'sleep 10', 'kubectl exec -it kuard -- sh']);
  });

  it('refuses to exec into a container that has not started', () => {
    const session = testSession();
    session.run('kubectl run kuard --image=nginx:doesnotexist', 'sleep 5');
    expect(outputOf(session, 'kubectl exec kuard -- ls')).toBe(
      'error: unable to upgrade connection: container not found ("kuard")\n',
    );
    expect(session.engine.records().at(-1)?.exitCode).toBe(1);
  });

  it("passes on a failing command's exit code with kubectl's message", () => {
    const session = testSession();
    session.run(KUARD, 'sleep 10');
    expect(outputOf(session, 'kubectl exec kuard -- sh -c "exit 3"')).toBe('command terminated with exit code 3\n');
    expect(session.engine.records().at(-1)?.exitCode).toBe(3);
  });
});

describe('streams and Ctrl+C', () => {
  it('keeps a watch running through later lines and stops it on ^C with status 130', () => {
    const session = testSession();
    session.run('kubectl get pods -w');
    expect(session.engine.state()).toEqual({ kind: 'running', line: 'kubectl get pods -w' });
    const later = session.run(KUARD, 'sleep 5');
    expect(later).toContain('NAME    READY   STATUS');
    expect(later).toContain('kuard   1/1     Running');
    session.run('^C');
    expect(session.engine.state()).toEqual({ kind: 'idle' });
    const watch = session.engine.records().find((r) => r.line === 'kubectl get pods -w')!;
    expect(watch.exitCode).toBe(130);
    expect(watch.output).toContain('Running');
    // After ^C nothing more is printed for the watch.
    expect(session.run('sleep 60')).toBe('$ sleep 60\n');
  });

  it('closes a port-forward on ^C, after which curl cannot connect', () => {
    const session = testSession();
    session.run(KUARD, 'sleep 10', 'kubectl port-forward pod/kuard 8080');
    expect(session.engine.forwards()).toEqual([{ namespace: 'default', pod: 'kuard', localPort: 8080, podPort: 8080 }]);
    expect(outputOf(session, 'curl -s localhost:8080/ready')).toBe('Handling connection for 8080\nok');
    session.run('^C');
    expect(session.engine.forwards()).toEqual([]);
    expect(outputOf(session, 'curl localhost:8080/ready')).toContain('curl: (7) Failed to connect');
  });
});

describe('when the UI drives the clock', () => {
  function externalSession() {
    const cluster = createCluster({ startTime: TEST_START, seed: 1 });
    let out = '';
    const engine = createConsole({
      cluster,
      workspace: memoryWorkspace(),
      clockDriver: 'external',
      hooks: { output: (t) => (out += t) },
    });
    return { cluster, engine, output: () => out };
  }

  it('sleep waits for simulated time to pass and queues the lines typed meanwhile', () => {
    const { cluster, engine, output } = externalSession();
    engine.submit('sleep 30');
    expect(engine.state().kind).toBe('running');
    engine.submit('date');
    expect(output()).toBe('');
    cluster.clock.advanceBy(10_000);
    expect(engine.state().kind).toBe('running');
    cluster.clock.advanceBy(20_000);
    expect(engine.state().kind).toBe('idle');
    expect(output()).toBe('Sun Nov 22 10:00:30 UTC 2026\n');
  });

  it('Ctrl+C ends a wait and runs the lines queued behind it', () => {
    const { engine, output } = externalSession();
    engine.submit('sleep 30');
    engine.submit('echo after');
    engine.interrupt();
    expect(engine.state().kind).toBe('idle');
    expect(output()).toBe('after\n');
    expect(engine.records()[0]?.exitCode).toBe(130);
  });

  it('delete waits until the Pod is gone', () => {
    const { cluster, engine, output } = externalSession();
    engine.submit(KUARD);
    cluster.clock.advanceBy(10_000);
    engine.submit('kubectl delete pod kuard');
    expect(output()).toContain('pod "kuard" deleted\n');
    expect(engine.state().kind).toBe('running');
    for (let i = 0; i < 40 && engine.state().kind !== 'idle'; i++) cluster.clock.advanceBy(1_000);
    expect(engine.state().kind).toBe('idle');
    expect(cluster.get('Pod', 'default', 'kuard').ok).toBe(false);
  });
});

describe('delete when the console drives the clock', () => {
  it('returns only after the Pod is gone, having let the grace period pass', () => {
    const session = testSession();
    // sleep as PID 1 ignores SIGTERM, so the kubelet kills it when the 30 s grace period ends.
    session.run('kubectl run sleeper --image=busybox -- sleep 3600', 'sleep 10');
    const before = session.cluster.clock.now();
    expect(outputOf(session, 'kubectl delete pod sleeper')).toBe('pod "sleeper" deleted\n');
    expect(session.cluster.get('Pod', 'default', 'sleeper').ok).toBe(false);
    expect(session.cluster.clock.now() - before).toBeGreaterThanOrEqual(30_000);
  });

  it('force-deletes with the warning and without waiting', () => {
    const session = testSession();
    session.run(KUARD, 'sleep 10');
    expect(outputOf(session, 'kubectl delete pod kuard --force')).toBe(
      'Warning: Immediate deletion does not wait for confirmation that the running resource has been terminated. The resource may continue to run on the cluster indefinitely.\npod "kuard" force deleted\n',
    );
  });
});

describe('records', () => {
  it('records each line with its argv per stage, exit code, times and output', () => {
    const session = testSession();
    session.run('sleep 5', 'kubectl get pods | grep kuard');
    const [sleep, get] = session.engine.records();
    expect(sleep).toMatchObject({
      line: 'sleep 5',
      argv: [['sleep', '5']],
      exitCode: 0,
      startedAt: TEST_START,
      endedAt: TEST_START + 5000,
    });
    expect(get).toMatchObject({
      argv: [
        ['kubectl', 'get', 'pods'],
        ['grep', 'kuard'],
      ],
      exitCode: 1,
      output: 'No resources found in default namespace.\n',
    });
  });
});

describe('get output formats built on the client', () => {
  it('prints custom columns and reads objects named by a file', () => {
    const session = testSession({
      'p.yaml':
        'apiVersion: v1\nkind: Pod\nmetadata:\n  name: kuard\nspec:\n  containers:\n  - name: kuard\n    image: gcr.io/kuar-demo/kuard-amd64:blue\n',
    });
    session.run('kubectl apply -f p.yaml', 'sleep 10');
    expect(
      outputOf(
        session,
        'kubectl get pods -o custom-columns=NAME:.metadata.name,PHASE:.status.phase,SEL:.spec.nodeSelector',
      ),
    ).toBe('NAME    PHASE     SEL\nkuard   Running   <none>\n');
    expect(outputOf(session, 'kubectl get -f p.yaml -o name')).toBe('pod/kuard\n');
  });
});

describe('get output for missing and malformed requests', () => {
  it('prints only the error for one missing object, whatever the format', () => {
    const session = testSession();
    for (const format of ['yaml', 'json', 'name', 'wide', 'jsonpath={.metadata.name}']) {
      expect(outputOf(session, `kubectl get pod nope -o ${format}`)).toBe(
        'Error from server (NotFound): pods "nope" not found\n',
      );
    }
  });

  it('prints an empty List for a list request with -o yaml', () => {
    const session = testSession();
    expect(outputOf(session, 'kubectl get pods -o yaml')).toBe(
      'apiVersion: v1\nitems: []\nkind: List\nmetadata:\n  resourceVersion: ""\n',
    );
  });

  it('passes JSONPath and sort-by errors through once, as whole kubectl lines', () => {
    const session = testSession();
    session.run(KUARD);
    expect(outputOf(session, 'kubectl get pods -o jsonpath={.items[0].metadata.name')).toBe(
      'error: error parsing jsonpath {.items[0].metadata.name, unclosed action\n',
    );
    // A table of one row is not sorted at all (kubectl v1.32 prints it); -o name sorts the List.
    expect(outputOf(session, 'kubectl get pods -o name --sort-by=.foo[')).toBe('error: unterminated array\n');
  });
});

describe('kubectl logs selections', () => {
  it('reads the Pods a selector matches, 10 lines each by default, and honours --since', () => {
    const session = testSession();
    session.run(KUARD, 'sleep 5');
    const all = outputOf(session, 'kubectl logs kuard')
      .split('\n')
      .filter((l) => l !== '');
    expect(all.length).toBeGreaterThan(10);
    expect(
      outputOf(session, 'kubectl logs -l run=kuard')
        .split('\n')
        .filter((l) => l !== ''),
    ).toEqual(all.slice(-10));
    session.run('sleep 60');
    expect(outputOf(session, 'kubectl logs kuard --since=10s')).toBe('');
    expect(outputOf(session, 'kubectl logs -l run=nobody')).toBe('No resources found in default namespace.\n');
  });
});

describe('kubectl port-forward', () => {
  it('resolves named ports, picks a local port for :PORT, and reports a busy port as kubectl does', () => {
    const session = testSession({
      'kuard.yaml':
        'apiVersion: v1\nkind: Pod\nmetadata:\n  name: kuard\nspec:\n  containers:\n  - name: kuard\n    image: gcr.io/kuar-demo/kuard-amd64:blue\n    ports:\n    - containerPort: 8080\n      name: http\n',
    });
    session.run('kubectl apply -f kuard.yaml', 'sleep 10');
    expect(outputOf(session, 'kubectl port-forward kuard 9000:http')).toBe(
      'Forwarding from 127.0.0.1:9000 -> 8080\nForwarding from [::1]:9000 -> 8080\n',
    );
    expect(outputOf(session, 'kubectl port-forward kuard :8080')).toBe(
      'Forwarding from 127.0.0.1:40123 -> 8080\nForwarding from [::1]:40123 -> 8080\n',
    );
    expect(outputOf(session, 'kubectl port-forward kuard 9000:8080')).toBe(
      'Unable to listen on port 9000: Listeners failed to create with the following errors: [unable to create listener: Error listen tcp4 127.0.0.1:9000: bind: address already in use unable to create listener: Error listen tcp6 [::1]:9000: bind: address already in use]\nerror: unable to listen on any of the requested ports: [{9000 8080}]\n',
    );
    // Real: kubectl port-forward kuard abc (reference §8.3)
    expect(outputOf(session, 'kubectl port-forward kuard abc')).toBe(
      "error: Pod 'kuard' does not have a named port 'abc'\n",
    );
  });

  it('refuses a Pod that is not running', () => {
    const session = testSession();
    session.run('kubectl run kuard --image=nginx:doesnotexist');
    expect(outputOf(session, 'kubectl port-forward kuard 8080')).toBe(
      'error: unable to forward port because pod is not running. Current status=Pending\n',
    );
  });
});

describe('kubectl config', () => {
  it('shows the context and lets set-context change the default namespace', () => {
    const session = testSession();
    expect(outputOf(session, 'kubectl config current-context')).toBe('kubernetes-admin@kubernetes\n');
    // Layout as kubectl v1.32 prints it (CURRENT NAME CLUSTER AUTHINFO NAMESPACE).
    expect(outputOf(session, 'kubectl config get-contexts')).toBe(
      'CURRENT   NAME                          CLUSTER      AUTHINFO           NAMESPACE\n*         kubernetes-admin@kubernetes   kubernetes   kubernetes-admin   \n',
    );
    expect(outputOf(session, 'kubectl config set-context --current --namespace=kube-system')).toBe(
      'Context "kubernetes-admin@kubernetes" modified.\n',
    );
    expect(outputOf(session, 'kubectl get pods')).toContain('coredns-');
    session.run('kubectl config set-context --current --namespace=dev');
    expect(outputOf(session, 'kubectl get pods')).toBe('No resources found in dev namespace.\n');
    expect(outputOf(session, 'kubectl config use-context nope')).toBe(
      'error: no context exists with the name: "nope"\n',
    );
    expect(outputOf(session, 'kubectl config foo')).toBe(
      'error: unknown command "foo"\nSee \'kubectl config -h\' for help and examples\n',
    );
  });
});

describe('kubectl events', () => {
  it('lists events oldest first, filters by object and type, and says when there are none', () => {
    const session = testSession();
    // Real (kubectl v1.32.4, empty namespace): No events found in default namespace.
    expect(outputOf(session, 'kubectl events')).toBe('No events found in default namespace.\n');
    session.run(KUARD, 'sleep 10');
    const lines = outputOf(session, 'kubectl events --for pod/kuard').split('\n');
    expect(lines[0]).toBe('LAST SEEN   TYPE     REASON      OBJECT      MESSAGE');
    // Real (kubectl v1.32.5, events/event_printer.go printOneEvent): OBJECT keeps the kind's case.
    expect(lines[1]).toContain('Scheduled   Pod/kuard   Successfully assigned default/kuard to node-');
    expect(lines.at(-2)).toContain('Started container kuard');
    expect(outputOf(session, 'kubectl events --types=Warning')).toBe('No events found in default namespace.\n');
    expect(outputOf(session, 'kubectl events --types=Foo')).toBe('error: valid --types are Normal or Warning\n');
  });
});
