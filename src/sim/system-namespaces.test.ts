import { describe, expect, it } from 'vitest';
import { createCluster } from '.';

// kube-apiserver creates the system Namespaces itself at start-up (systemnamespaces controller,
// createNamespaceIfNeeded): one Update entry by "kube-apiserver" owning the name label.
describe('system Namespaces', () => {
  it.each(['default', 'kube-system', 'kube-public', 'kube-node-lease'])('%s is managed by kube-apiserver', (name) => {
    const cluster = createCluster({ seed: 1 });
    const ns = cluster.get('Namespace', undefined, name);
    if (!ns.ok) throw new Error(`no namespace ${name}`);
    expect(ns.value.metadata?.managedFields).toEqual([
      {
        apiVersion: 'v1',
        fieldsType: 'FieldsV1',
        fieldsV1: { 'f:metadata': { 'f:labels': { '.': {}, 'f:kubernetes.io/metadata.name': {} } } },
        manager: 'kube-apiserver',
        operation: 'Update',
        time: ns.value.metadata?.creationTimestamp,
      },
    ]);
  });
});
