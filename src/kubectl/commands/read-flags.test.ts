// The read commands' flags whose output the recorded lines cannot hold: ages from the simulated
// clock, watches that run until Ctrl+C, the server's own bytes for --raw, and the console's home
// folder in -k's errors. Texts are kubectl v1.32's (kubectl.1.32 against the stand-in server,
// `get pods -w --output-watch-events -o json|yaml` compared byte for byte); the shapes follow
// cli-runtime printers/tableprinter.go (the EVENT column), events/event_printer.go (the table)
// and delete.go confirmation (the -i prompt).

import { describe, expect, it } from 'vitest';
import { expectRun, outputOf, testSession, type TestSession } from '../testing/session';

const KUARD = 'kubectl run kuard --image=gcr.io/kuar-demo/kuard-amd64:blue';

function withKuard(): TestSession {
  const session = testSession();
  session.run(KUARD, 'kubectl wait --for=condition=Ready pod/kuard');
  return session;
}

describe('get -w --output-watch-events (get.go watch, printers WatchEvent)', () => {
  it('puts each row’s event type in an EVENT column, the listed Pods being ADDED', () => {
    const session = withKuard();
    session.run('kubectl get pods -w --output-watch-events');
    const later = session.run('kubectl run web --image=nginx', 'sleep 5', '^C');
    const watch = session.engine.records().find((r) => r.line.startsWith('kubectl get pods -w'))!;
    expect(watch.output).toMatch(/^EVENT {6}NAME {4}READY {3}STATUS {4}RESTARTS {3}AGE\nADDED {6}kuard {3}1\/1 /);
    expect(later).toMatch(/\nADDED {6}web {5}0\/1 {5}Pending/);
    expect(later).toMatch(/\nMODIFIED {3}web {5}0\/1 {5}ContainerCreating/);
    expect(watch.exitCode).toBe(130);
  });

  it('prints each event as one line of JSON holding its type and the whole object, managed fields and all', () => {
    const session = withKuard();
    session.run('kubectl get pods -w --output-watch-events -o json');
    session.run('kubectl label pod kuard tier=web', '^C');
    const watch = session.engine.records().find((r) => r.line.startsWith('kubectl get pods -w'))!;
    const events = watch.output
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as { type: string; object: { metadata: Record<string, unknown> } });
    expect(events.map((e) => e.type)).toEqual(['ADDED', 'MODIFIED']);
    expect(events[1]!.object.metadata.labels).toEqual({ run: 'kuard', tier: 'web' });
    expect(events[0]!.object.metadata.managedFields).toBeDefined();
  });

  it('prints YAML events as object then type, with "---" only between them', () => {
    const session = withKuard();
    session.run('kubectl get pods -w --output-watch-events -o yaml');
    session.run('kubectl label pod kuard tier=web', '^C');
    const output = session.engine.records().find((r) => r.line.startsWith('kubectl get pods -w'))!.output;
    expect(output.startsWith('object:\n  apiVersion: v1\n  kind: Pod\n')).toBe(true);
    expect(output.split('---\n').map((doc) => doc.split('\n').filter((l) => l.startsWith('type:')))).toEqual([
      ['type: ADDED'],
      ['type: MODIFIED'],
    ]);
    expect(output.endsWith('type: MODIFIED\n')).toBe(true);
  });
});

describe('get -w -o yaml (one YAMLPrinter for the whole watch, printers/yaml.go PrintObj)', () => {
  it('writes "---" before each object after the first, so the last change ends with its own fields', () => {
    const session = withKuard();
    session.run('kubectl get pods -w -o yaml');
    const afterLabel = session.run('kubectl label pod kuard tier=web', '^C');
    const watch = session.engine.records().find((r) => r.line.startsWith('kubectl get pods -w'))!;
    expect(watch.output.startsWith('apiVersion: v1\n')).toBe(true);
    expect(watch.output.split('\n---\n')).toHaveLength(2);
    expect(watch.output.endsWith('---\n')).toBe(false);
    expect(afterLabel).toContain('tier: web');
  });
});

describe('get --server-print=false (kubectl’s own NAME and AGE table)', () => {
  it('prints only NAME and AGE, kind-prefixed with --show-kind and after NAMESPACE with -A', () => {
    const session = withKuard();
    session.run('sleep 60');
    expect(outputOf(session, 'kubectl get pods --server-print=false')).toBe('NAME    AGE\nkuard   62s\n');
    expect(outputOf(session, 'kubectl get pod kuard --server-print=false --show-kind')).toBe(
      'NAME        AGE\npod/kuard   62s\n',
    );
    expect(outputOf(session, 'kubectl get pods -A --server-print=false -l run=kuard')).toBe(
      'NAMESPACE   NAME    AGE\ndefault     kuard   62s\n',
    );
  });
});

describe('get --raw (rawhttp RawGet)', () => {
  it('prints the object the API server holds, as one line of JSON', () => {
    const session = withKuard();
    const text = outputOf(session, 'kubectl get --raw /api/v1/namespaces/default/pods/kuard');
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.trimEnd().includes('\n')).toBe(false);
    const pod = JSON.parse(text) as { kind: string; metadata: { name: string }; status: { phase: string } };
    expect([pod.kind, pod.metadata.name, pod.status.phase]).toEqual(['Pod', 'kuard', 'Running']);
  });

  it('lists a collection, answers the health checks, and gives a 404 for paths it does not serve', () => {
    const session = withKuard();
    const nodes = JSON.parse(outputOf(session, 'kubectl get --raw /api/v1/nodes')) as {
      kind: string;
      items: unknown[];
    };
    expect([nodes.kind, nodes.items.length]).toEqual(['NodeList', 3]);
    expect(outputOf(session, 'kubectl get --raw /healthz')).toBe('ok');
    expectRun(session, 'kubectl get --raw /apis/apps/v1/namespaces/default/deployments/web', {
      stdout: '',
      stderr: 'Error from server (NotFound): the server could not find the requested resource\n',
      exitCode: 1,
    });
  });

  it('answers a subresource other than status as an unknown path', () => {
    expectRun(withKuard(), 'kubectl get pod kuard --subresource=scale', {
      stdout: '',
      stderr: 'Error from server (NotFound): the server could not find the requested resource\n',
      exitCode: 1,
    });
  });
});

describe('-k in the console’s home folder (kustomize’s KustomizeVisitor)', () => {
  it('finds no kustomization in /home/learner: bare for get and describe, with "error: " for delete', () => {
    const message =
      "unable to find one of 'kustomization.yaml', 'kustomization.yml' or 'Kustomization' in directory '/home/learner'\n";
    const session = testSession();
    expectRun(session, 'kubectl get -k .', { stdout: '', stderr: message, exitCode: 1 });
    expectRun(session, 'kubectl describe -k ./', { stdout: '', stderr: message, exitCode: 1 });
    expectRun(session, 'kubectl delete -k /home/learner', { stdout: '', stderr: `error: ${message}`, exitCode: 1 });
    expectRun(session, 'kubectl get -k nosuch', {
      stdout: '',
      stderr:
        "must build at directory: not a valid directory: evalsymlink failure on 'nosuch' : lstat /home/learner/nosuch: no such file or directory\n",
      exitCode: 1,
    });
  });

  it('says plainly that a kustomization is not built, and changes nothing', () => {
    const session = testSession({ 'kustomization.yaml': 'resources:\n- kuard-pod.yaml\n' });
    expect(outputOf(session, 'kubectl delete -k .')).toBe(
      'error: Pod Lab does not run kustomize: apply the files it lists with kubectl apply -f\n',
    );
  });
});

describe('delete -i (delete.go confirmation)', () => {
  it('lists what would go and, with no answer to read, deletes nothing', () => {
    const session = withKuard();
    expectRun(session, 'kubectl delete pods --all -i', {
      stdout:
        'You are about to delete the following 1 resource(s):\npod/kuard\nDo you want to continue? (y/n): deletion is cancelled\n',
      stderr: '',
      exitCode: 0,
    });
    expect(outputOf(session, 'kubectl get pods -o name')).toBe('pod/kuard\n');
  });
});

describe('describe --show-events', () => {
  it('leaves the Events section out entirely when false', () => {
    const session = withKuard();
    expect(outputOf(session, 'kubectl describe pod kuard')).toContain('\nEvents:\n  Type    Reason');
    const quiet = outputOf(session, 'kubectl describe pod kuard --show-events=false');
    expect(quiet).not.toContain('Events:');
    expect(quiet.endsWith('op=Exists for 300s\n')).toBe(true);
    expect(outputOf(session, 'kubectl describe node node-1 --show-events=false')).not.toContain('Events:');
  });
});

describe('kubectl events (events/event_printer.go)', () => {
  it('leaves out the heading with --no-headers, and adds NAMESPACE with -A', () => {
    const session = withKuard();
    const rows = outputOf(session, 'kubectl events --for pod/kuard --no-headers').split('\n');
    expect(rows[0]).toMatch(/^2s +Normal +Scheduled +Pod\/kuard +Successfully assigned default\/kuard to node-\d$/);
    expect(outputOf(session, 'kubectl events -A --for pod/kuard')).toMatch(/^NAMESPACE +LAST SEEN +TYPE/);
  });

  it('has no events for a kind the simulator does not run, as an empty cluster has none', () => {
    expectRun(withKuard(), 'kubectl events --for deployment/web', {
      stdout: '',
      stderr: 'No events found in default namespace.\n',
      exitCode: 0,
    });
  });

  it('-w prints the events there are, then each new one, with one heading, until Ctrl+C', () => {
    const session = withKuard();
    const first = session.run('kubectl events -w --types=Normal');
    expect(first.match(/LAST SEEN/g)).toHaveLength(1);
    expect(first).toMatch(/Started +Pod\/kuard +Started container kuard\n$/);
    const later = session.run('kubectl delete pod kuard --wait=false', 'sleep 40', '^C');
    expect(later).toMatch(/Killing +Pod\/kuard +Stopping container kuard/);
    expect(later).not.toContain('LAST SEEN');
    expect(session.engine.records().find((r) => r.line.startsWith('kubectl events -w'))!.exitCode).toBe(130);
  });
});
