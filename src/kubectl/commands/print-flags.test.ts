// The printing flags of the commands that change objects, against the cluster (cli-runtime's
// PrintFlags: JSONYamlPrintFlags hides managedFields unless --show-managed-fields; the template
// printers take --allow-missing-template-keys). Client dry runs and the printer errors are
// recorded from kubectl.1.32 in ../testdata/error-sweep-print.sh; these lines need a server.

import { describe, expect, it } from 'vitest';
import { KUARD_POD_YAML, outputOf, testSession } from '../testing/session';

const RUN_KUARD = 'kubectl run kuard --image=gcr.io/kuar-demo/kuard-amd64:blue';

function withKuard(files: Record<string, string> = {}) {
  const session = testSession(files);
  session.run(RUN_KUARD);
  return session;
}

function exitCode(session: ReturnType<typeof testSession>): number | undefined {
  return session.engine.records().at(-1)?.exitCode;
}

describe('kubectl run -o', () => {
  it('prints the created Pod without managedFields unless --show-managed-fields', () => {
    const hidden = outputOf(testSession(), `${RUN_KUARD} -o yaml`);
    expect(hidden).toContain('  name: kuard\n');
    expect(hidden).not.toContain('managedFields');
    const shown = outputOf(testSession(), `${RUN_KUARD} -o yaml --show-managed-fields`);
    expect(shown).toContain('  managedFields:\n');
    expect(shown).toContain('    manager: kubectl-run\n');
  });

  it('prints a template, and with --allow-missing-template-keys=false a missing key is an error', () => {
    expect(outputOf(testSession(), `${RUN_KUARD} --template='{{.metadata.name}}'`)).toBe('kuard');
    const session = testSession();
    const text = outputOf(session, `${RUN_KUARD} -o jsonpath='{.metadata.nope}' --allow-missing-template-keys=false`);
    expect(text).toMatch(
      /^error: error executing jsonpath "\{\.metadata\.nope\}": Error executing template: nope is not found\./,
    );
    expect(exitCode(session)).toBe(1);
  });
});

describe('kubectl label and annotate -o', () => {
  it('label -o name prints the object name instead of "labeled", and the label is set', () => {
    const session = withKuard();
    expect(outputOf(session, 'kubectl label pod kuard tier=web -o name')).toBe('pod/kuard\n');
    expect(outputOf(session, "kubectl get pod kuard -o jsonpath='{.metadata.labels.tier}'")).toBe('web');
  });

  it('annotate -o jsonpath prints from the changed object', () => {
    const session = withKuard();
    expect(outputOf(session, "kubectl annotate pod kuard owner=me -o jsonpath='{.metadata.annotations.owner}'")).toBe(
      'me',
    );
  });

  it('label -o yaml --show-managed-fields shows kubectl-label as a field manager', () => {
    const session = withKuard();
    const text = outputOf(session, 'kubectl label pod kuard tier=web -o yaml --show-managed-fields');
    expect(text).toContain('    manager: kubectl-label\n');
    expect(outputOf(withKuard(), 'kubectl label pod kuard tier=web -o yaml')).not.toContain('managedFields');
  });

  it('annotate refuses an unknown format before looking the Pod up', () => {
    const session = testSession();
    expect(outputOf(session, 'kubectl annotate pod nope a=b -o wide')).toBe(
      'error: unable to match a printer suitable for the output format "wide", allowed formats are: go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,yaml\n',
    );
    expect(exitCode(session)).toBe(1);
  });
});

describe('kubectl create -f and apply -f -o', () => {
  it('create -o jsonpath prints the created object, and -o yaml hides its managedFields', () => {
    const session = testSession({ 'kuard-pod.yaml': KUARD_POD_YAML });
    expect(outputOf(session, "kubectl create -f kuard-pod.yaml -o jsonpath='{.metadata.name}'")).toBe('kuard');
    expect(outputOf(session, 'kubectl get pod kuard -o yaml --show-managed-fields')).toContain(
      '    manager: kubectl-create\n',
    );
  });

  it('apply -o yaml prints the applied objects once all are applied, as a List for several', () => {
    const two = `${KUARD_POD_YAML}---\n${KUARD_POD_YAML.replace('name: kuard', 'name: kuard2')}`;
    const session = testSession({ 'two.yaml': two });
    const text = outputOf(session, 'kubectl apply -f two.yaml -o yaml --show-managed-fields');
    expect(text).toMatch(/^apiVersion: v1\nitems:\n/);
    expect(text).toContain('kind: List\n');
    expect(text.match(/manager: kubectl-client-side-apply/g)).toHaveLength(2);
    expect(outputOf(session, 'kubectl get pods -o name')).toBe('pod/kuard\npod/kuard2\n');
  });

  it('create reads a missing template file before any manifest', () => {
    const session = testSession();
    expect(outputOf(session, 'kubectl create -f nope.yaml -o go-template-file=t.tmpl')).toBe(
      'error: error reading --template t.tmpl, open t.tmpl: no such file or directory\n',
    );
  });
});

describe('kubectl create namespace and edit -o', () => {
  it('create namespace -o go-template prints from the created Namespace', () => {
    const session = testSession();
    expect(outputOf(session, "kubectl create namespace dev -o go-template='{{.kind}}/{{.metadata.name}}'")).toBe(
      'Namespace/dev',
    );
    expect(session.cluster.get('Namespace', undefined, 'dev').ok).toBe(true);
  });

  it('edit offers only json and yaml, and says so once the object is found', () => {
    const session = withKuard();
    expect(outputOf(session, 'kubectl edit pod kuard -o name')).toBe(
      'error: unable to match a printer suitable for the output format "name", allowed formats are: json,yaml\n',
    );
  });
});

describe('kubectl get with the template flags', () => {
  it('-o jsonpath-as-json prints each result list as indented JSON', () => {
    const session = withKuard();
    expect(outputOf(session, "kubectl get pod kuard -o jsonpath-as-json='{.metadata.name}'")).toBe(
      '[\n    "kuard"\n]\n',
    );
  });

  it('--allow-missing-template-keys=false makes a missing map key a go-template error', () => {
    const session = withKuard();
    const text = outputOf(
      session,
      "kubectl get pod kuard -o go-template='{{.nope}}' --allow-missing-template-keys=false",
    );
    expect(text).toContain(
      'error: error executing template "{{.nope}}": template: output:1:2: executing "output" at <.nope>: map has no entry for key "nope"\n',
    );
    expect(exitCode(session)).toBe(1);
  });

  it('--template beside -o jsonpath=… matches no printer', () => {
    const session = withKuard();
    expect(outputOf(session, "kubectl get pod kuard -o jsonpath='{.kind}' --template='{.metadata.name}'")).toBe(
      'error: unable to match a printer suitable for the output format "jsonpath={.kind}", allowed formats are: custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,wide,yaml\n',
    );
  });
});
