// Golden cases for managedFields: a Pod that went through the simulator's API server (created by
// kubectl run, started by the kubelet, labelled and annotated) is served to the real kubectl,
// which hides metadata.managedFields from -o yaml and -o json unless --show-managed-fields, and
// shows them to -o jsonpath and custom-columns with or without it.

import type { Pod } from '../../../sim/api';
import { createCluster } from '../../../sim';
import { alignColumns } from '../../commands/common';
import { columnsFromSpec, customColumnRows } from '../custom-columns';
import { printJsonPath, printObjects } from '../index';
import type { GoldenCase } from './golden-case-builders';
import type { Cluster } from './golden-cluster';

let tracked: Pod | undefined;

/** The Pod as the simulator stores it after four writers touched it. */
export function trackedPod(): Pod {
  if (tracked) return tracked;
  const cluster = createCluster({ seed: 11, systemPods: false });
  const created = cluster.create(
    {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'tracked', labels: { run: 'tracked' } },
      spec: {
        containers: [
          {
            name: 'tracked',
            image: 'gcr.io/kuar-demo/kuard-amd64:blue',
            ports: [{ containerPort: 8080 }],
            resources: {},
          },
        ],
        dnsPolicy: 'ClusterFirst',
        restartPolicy: 'Always',
      },
    },
    { fieldManager: 'kubectl-run' },
  );
  if (!created.ok) throw new Error(created.error.message);
  cluster.clock.advanceBy(30_000);
  const relabel = (change: (pod: Pod) => void, fieldManager: string) => {
    const got = cluster.get('Pod', 'default', 'tracked');
    if (!got.ok) throw new Error(got.error.message);
    change(got.value as Pod);
    const updated = cluster.update(got.value, { fieldManager });
    if (!updated.ok) throw new Error(updated.error.message);
  };
  relabel((pod) => (pod.metadata!.labels = { ...pod.metadata!.labels, tier: 'web' }), 'kubectl-label');
  cluster.clock.advanceBy(5_000);
  relabel((pod) => (pod.metadata!.annotations = { owner: 'team-a' }), 'kubectl-annotate');
  const got = cluster.get('Pod', 'default', 'tracked');
  if (!got.ok) throw new Error(got.error.message);
  tracked = got.value as Pod;
  return tracked;
}

const withTracked = (c: Cluster): Cluster => ({ ...c, pods: [...c.pods, trackedPod()] });

function jsonPath(name: string, template: string, show: boolean): GoldenCase {
  const flags = show ? ['--show-managed-fields'] : [];
  return {
    name,
    args: ['get', 'pod', 'tracked', '-o', `jsonpath=${template}`, ...flags],
    prepare: withTracked,
    ours: () => {
      const r = printJsonPath([trackedPod()], template, { asList: false });
      return r.ok ? r.text : `--- stderr ---\n${r.error}\n--- exit 1 ---\n`;
    },
  };
}

function customColumns(name: string, spec: string, show: boolean): GoldenCase {
  return {
    name,
    args: ['get', 'pod', 'tracked', '-o', `custom-columns=${spec}`, ...(show ? ['--show-managed-fields'] : [])],
    prepare: withTracked,
    ours: () => {
      const parsed = columnsFromSpec(spec);
      if (!parsed.ok) throw new Error(parsed.error);
      return alignColumns(customColumnRows([trackedPod()], parsed.columns, false).rows);
    },
  };
}

export const MANAGED_FIELDS_CASES: GoldenCase[] = [
  {
    name: 'managed-fields-yaml',
    args: ['get', 'pod', 'tracked', '-o', 'yaml', '--show-managed-fields'],
    prepare: withTracked,
    ours: () => printObjects([trackedPod()], 'yaml', { showManagedFields: true }),
  },
  {
    name: 'managed-fields-json',
    args: ['get', 'pod', 'tracked', '-o', 'json', '--show-managed-fields'],
    prepare: withTracked,
    ours: () => printObjects([trackedPod()], 'json', { showManagedFields: true }),
  },
  {
    name: 'managed-fields-hidden-yaml',
    args: ['get', 'pod', 'tracked', '-o', 'yaml'],
    prepare: withTracked,
    ours: () => printObjects([trackedPod()], 'yaml'),
  },
  jsonPath('managed-fields-jsonpath-managers', '{.metadata.managedFields[*].manager}', true),
  jsonPath('managed-fields-jsonpath-hidden', '{.metadata.managedFields}', false),
  customColumns(
    'managed-fields-custom-columns',
    'NAME:.metadata.name,MANAGERS:.metadata.managedFields[*].manager,OPS:.metadata.managedFields[*].operation',
    true,
  ),
  customColumns(
    'managed-fields-custom-columns-hidden',
    'NAME:.metadata.name,MANAGERS:.metadata.managedFields[*].manager',
    false,
  ),
];
