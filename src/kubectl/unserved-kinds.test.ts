// Kinds a v1.32 cluster serves but Pod Lab does not run. Reading them is recorded from the upstream
// binary (testdata/unserved-kinds.sh); creating them is Pod Lab's own refusal, checked here: the
// words name the object and what the cluster does run, the exit code is kubectl's 1, and neither
// the cluster nor the files change.

import { describe, expect, it } from 'vitest';
import { DISCOVERY } from './discovery';
import { RESOURCE_TYPES } from './resources';
import { KUARD_POD_YAML, outputOf, testSession, type TestSession } from './testing/session';
import { resolveUnservedType, SERVED_CORE_RESOURCES } from './unserved-kinds';

const DEPLOYMENT_YAML = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
        - name: web
          image: nginx
`;

const CONFIGMAP_YAML = `apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
data:
  color: blue
`;

const RUNS = 'It runs what the Pods chapter uses: Pods, PersistentVolumes, PersistentVolumeClaims and Namespaces.';

/** Runs a line and returns its output, exit code and every change the cluster stored meanwhile. */
function runWatching(session: TestSession, line: string): { output: string; exitCode?: number; changes: number } {
  let changes = 0;
  const stop = session.cluster.watch(() => void changes++);
  const files = JSON.stringify([...session.workspace.files]);
  const output = outputOf(session, line);
  stop();
  expect(JSON.stringify([...session.workspace.files])).toBe(files);
  return { output, exitCode: session.engine.records().at(-1)?.exitCode, changes };
}

describe('creating a kind Pod Lab does not run', () => {
  it.each([
    ['kubectl create deployment web --image=nginx', 'Deployments, so deployment.apps/web was not created'],
    ['kubectl create deploy web --image=nginx --replicas=3', 'Deployments, so deployment.apps/web was not created'],
    [
      'kubectl create configmap settings --from-literal=color=blue',
      'ConfigMaps, so configmap/settings was not created',
    ],
    ['kubectl create secret generic token --from-literal=a=b', 'Secrets, so secret/token was not created'],
    ['kubectl create service clusterip web --tcp=80:8080', 'Services, so service/web was not created'],
    ['kubectl create job once --image=busybox -- date', 'Jobs, so job.batch/once was not created'],
    ['kubectl create quota small --hard=pods=2', 'ResourceQuotas, so resourcequota/small was not created'],
    ['kubectl create ingress web --rule=a/b=c:80', 'Ingresses, so ingress.networking.k8s.io/web was not created'],
    ['kubectl create priorityclass high --value=1000', 'PriorityClasses, so priorityclass.scheduling.k8s.io/high'],
    ['kubectl create cm', 'ConfigMaps, so nothing was created'],
  ])('%s is refused plainly, with exit 1, and changes nothing', (line, words) => {
    const session = testSession();
    const run = runWatching(session, line);
    expect(run.output).toMatch(/^error: Pod Lab's cluster does not run /);
    expect(run.output).toContain(words);
    expect(run.output).toContain(RUNS);
    expect(run.output.endsWith('\n') && run.output.split('\n').length).toBe(2);
    expect(run.exitCode).toBe(1);
    expect(run.changes).toBe(0);
  });

  it.each(['apply', 'create'])(
    'kubectl %s -f refuses a Deployment and a ConfigMap, and still sends the Pod',
    (verb) => {
      const session = testSession({
        'web.yaml': DEPLOYMENT_YAML,
        'all.yaml': `${CONFIGMAP_YAML}---\n${KUARD_POD_YAML}`,
      });
      const web = runWatching(session, `kubectl ${verb} -f web.yaml`);
      expect(web.output).toBe(
        `error: Pod Lab's cluster does not run Deployments, so deployment.apps/web was not created. ${RUNS}\n`,
      );
      expect(web.exitCode).toBe(1);
      expect(web.changes).toBe(0);
      // As kubectl does with a multi-document file, the objects it can send are sent.
      const all = runWatching(session, `kubectl ${verb} -f all.yaml`);
      expect(all.output).toContain('configmap/settings was not created');
      expect(all.output).toContain('pod/kuard created');
      expect(all.exitCode).toBe(1);
      expect(outputOf(session, 'kubectl get configmaps')).toBe('No resources found in default namespace.\n');
    },
  );

  it('refuses even a dry run, which would otherwise print "created"', () => {
    const session = testSession({ 'web.yaml': DEPLOYMENT_YAML });
    const run = runWatching(session, 'kubectl apply -f web.yaml --dry-run=client');
    expect(run.output).toContain('deployment.apps/web was not created');
    expect(run.exitCode).toBe(1);
  });

  it("keeps kubectl's own answer for a kind no v1.32 cluster serves in that version", () => {
    const session = testSession({ 'old.yaml': DEPLOYMENT_YAML.replace('apps/v1', 'extensions/v1beta1') });
    expect(outputOf(session, 'kubectl apply -f old.yaml')).toBe(
      'error: resource mapping not found for name: "web" namespace: "" from "old.yaml": no matches for kind "Deployment" in version "extensions/v1beta1"\nensure CRDs are installed first\n',
    );
  });
});

describe('reading a kind Pod Lab does not run, from files', () => {
  // Real (kubectl.1.32 against the stand-in with the full discovery and no objects):
  //   kubectl get -f deploy.yaml      -> Error from server (NotFound): deployments.apps "web" not found
  //   kubectl delete -f deploy.yaml   -> Error from server (NotFound): error when deleting "deploy.yaml": deployments.apps "web" not found
  //   kubectl describe -f cm.yaml     -> (describe -f is not offered by Pod Lab)
  it('get -f and delete -f answer NotFound, as an empty cluster does', () => {
    const session = testSession({ 'deploy.yaml': DEPLOYMENT_YAML });
    expect(outputOf(session, 'kubectl get -f deploy.yaml')).toBe(
      'Error from server (NotFound): deployments.apps "web" not found\n',
    );
    expect(outputOf(session, 'kubectl delete -f deploy.yaml')).toBe(
      'Error from server (NotFound): error when deleting "deploy.yaml": deployments.apps "web" not found\n',
    );
    expect(session.engine.records().at(-1)?.exitCode).toBe(1);
  });

  it('get -w of such a kind prints nothing and runs until Ctrl+C', () => {
    const session = testSession();
    expect(session.run('kubectl get deployments -w', '^C')).toBe('$ kubectl get deployments -w\n$ ^C\n');
  });
});

describe('the unserved kinds', () => {
  it('are every listable kind of the v1.32 discovery that the simulator does not run', () => {
    expect([...SERVED_CORE_RESOURCES].sort()).toEqual(RESOURCE_TYPES.map((t) => t.plural).sort());
    const listable = DISCOVERY.filter(
      (r) => r.verbs.includes('list') && !['metrics.k8s.io', 'events.k8s.io'].includes(r.group),
    );
    for (const r of listable) {
      const word = r.group ? `${r.name}.${r.group}` : r.name;
      expect(resolveUnservedType(word) === undefined, word).toBe(r.group === '' && SERVED_CORE_RESOURCES.has(r.name));
    }
  });
});
