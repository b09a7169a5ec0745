// kubectl create namespace against the cluster (the client-side answers, dry runs and flag errors
// are recorded from the upstream binary in ../testdata/client-errors.sh). Upstream:
// pkg/cmd/create/create_namespace.go (NamespaceOptions.Run) sends the Namespace with the field
// manager kubectl-create; the API server answers a second create with AlreadyExists.

import { describe, expect, it } from 'vitest';
import { outputOf, testSession } from '../testing/session';

describe('kubectl create namespace', () => {
  it('creates the Namespace, then refuses the same name with AlreadyExists and exit 1', () => {
    const session = testSession();
    expect(outputOf(session, 'kubectl create namespace team-a')).toBe('namespace/team-a created\n');
    expect(session.cluster.get('Namespace', undefined, 'team-a').ok).toBe(true);
    expect(outputOf(session, 'kubectl create ns team-a')).toBe(
      'Error from server (AlreadyExists): namespaces "team-a" already exists\n',
    );
    expect(session.engine.records().at(-1)?.exitCode).toBe(1);
    expect(outputOf(session, 'kubectl run kuard --image=gcr.io/kuar-demo/kuard-amd64:blue -n team-a')).toBe(
      'pod/kuard created\n',
    );
  });

  it('changes nothing on a client or server dry run', () => {
    const session = testSession();
    expect(outputOf(session, 'kubectl create namespace team-b --dry-run=server')).toBe(
      'namespace/team-b created (server dry run)\n',
    );
    expect(outputOf(session, 'kubectl create namespace team-b --dry-run=client -o name')).toBe('namespace/team-b\n');
    expect(session.cluster.get('Namespace', undefined, 'team-b').ok).toBe(false);
  });

  it("passes on the API server's refusal of a name that is no DNS label", () => {
    const session = testSession();
    expect(outputOf(session, 'kubectl create namespace Team_C')).toContain(
      'The Namespace "Team_C" is invalid: metadata.name: Invalid value: "Team_C": a lowercase RFC 1123 label',
    );
    expect(session.engine.records().at(-1)?.exitCode).toBe(1);
  });
});
