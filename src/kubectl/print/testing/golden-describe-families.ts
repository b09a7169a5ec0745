// Golden cases for the describe details that only show with particular objects: many events in
// the same second (Go's unstable sort), downward-API env vars kubectl cannot resolve, tolerations
// out of key order, and a claim mounted by several Pods (one through two volumes).

import type { Event, Pod } from '../../../sim/api';
import { describePersistentVolumeClaim } from '../describe-storage';
import { describePod } from '../describe-pod';
import { FIXTURE_NOW, makePod, readyConditions, runningStatus } from './fixtures';
import { makeEvent } from './fixtures-cluster';
import type { Cluster } from './golden-cluster';
import type { GoldenCase } from './golden-case-builders';
import { id, kuardPort } from './scenario-parts';

const SIDECARS = ['kuard', 'log-shipper', 'metrics', 'proxy', 'cache'];
const SIDECAR_IMAGES: Record<string, string> = {
  kuard: 'gcr.io/kuar-demo/kuard-amd64:blue',
  'log-shipper': 'fluent/fluent-bit:3.1',
  metrics: 'prom/node-exporter:v1.8.2',
  proxy: 'envoyproxy/envoy:v1.31.0',
  cache: 'redis:7.4',
};
const imageOf = (container: string) => SIDECAR_IMAGES[container]!;
const sidecarsRef = { name: 'sidecars', uid: id(90) };

function sidecarsPod(): Pod {
  const pod = makePod({
    ...sidecarsRef,
    createdAgo: 60,
    labels: { app: 'kuard', team: 'lab' },
    annotations: { owner: 'learner' },
    containers: SIDECARS.map((name, i) => ({
      name,
      image: imageOf(name),
      ...(i === 0
        ? {
            ports: kuardPort,
            env: [
              ['POD_NAME', 'metadata.name'],
              ['POD_NAMESPACE', 'metadata.namespace'],
              ['APP', "metadata.labels['app']"],
              ['OWNER', "metadata.annotations['owner']"],
              ['ALL_LABELS', 'metadata.labels'],
              ['POD_UID', 'metadata.uid'],
              ['NODE', 'spec.nodeName'],
              ['POD_IP', 'status.podIP'],
            ].map(([envName, fieldPath]) => ({
              name: envName!,
              valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath: fieldPath! } },
            })),
          }
        : {}),
    })),
    containerStatuses: SIDECARS.map((name) =>
      runningStatus(name, 59, {
        image: imageOf(name),
        imageID: `${imageOf(name).split(':')[0]}@sha256:${'4f'.repeat(32)}`,
      }),
    ),
    conditions: readyConditions(60, 59),
    phase: 'Running',
    podIP: '10.244.1.30',
  });
  pod.spec!.tolerations = [
    { effect: 'NoExecute', key: 'node.kubernetes.io/not-ready', operator: 'Exists', tolerationSeconds: 300 },
    { effect: 'NoExecute', key: 'node.kubernetes.io/unreachable', operator: 'Exists', tolerationSeconds: 300 },
    { effect: 'NoSchedule', key: 'dedicated', operator: 'Equal', value: 'lab' },
    { operator: 'Exists' },
    { effect: 'NoSchedule', key: 'gpu', operator: 'Exists' },
  ];
  return pod;
}

// Scheduled, then every container's image already present, created and started in one second:
// 16 events, 12 of them with the same last timestamp. The first container has restarted twice
// since, so its three events were seen again later. Names increase as a real cluster's do (the
// hex of the first occurrence), so the API lists them in that order, which is not sorted.
function sidecarsEvents(): Event[] {
  const events = [
    makeEvent(sidecarsRef, {
      reason: 'Scheduled',
      message: 'Successfully assigned default/sidecars to node-1',
      from: 'default-scheduler',
      firstAgo: 60,
    }),
  ];
  for (const name of SIDECARS) {
    const fieldPath = `spec.containers{${name}}`;
    const seen = name === 'kuard' ? { firstAgo: 59, lastAgo: 20, count: 3, fieldPath } : { firstAgo: 59, fieldPath };
    events.push(
      makeEvent(sidecarsRef, {
        reason: 'Pulled',
        message: `Container image "${imageOf(name)}" already present on machine`,
        ...seen,
      }),
      makeEvent(sidecarsRef, { reason: 'Created', message: `Created container ${name}`, ...seen }),
      makeEvent(sidecarsRef, { reason: 'Started', message: `Started container ${name}`, ...seen }),
    );
  }
  events.forEach((e, i) => (e.metadata.name = `sidecars.188a0c${(0x1000 + i * 0x35).toString(16)}`));
  return events;
}

function claimUser(name: string, n: number, claimVolumes: string[]): Pod {
  return makePod({
    name,
    uid: id(n),
    createdAgo: 40,
    containers: [{ name: 'kuard', ports: kuardPort }],
    containerStatuses: [runningStatus('kuard', 38)],
    conditions: readyConditions(40, 38),
    phase: 'Running',
    podIP: `10.244.2.${n}`,
    volumes: claimVolumes.map((v) => ({ name: v, persistentVolumeClaim: { claimName: 'my-pvc' } })),
  });
}

const withSidecars = (c: Cluster): Cluster => ({
  ...c,
  pods: [...c.pods, sidecarsPod()],
  events: [...c.events, ...sidecarsEvents()],
});

// Pods in key order, as the API lists them.
const withClaimUsers = (c: Cluster): Cluster => ({
  ...c,
  pods: [claimUser('a-reader', 91, ['data']), claimUser('claim-twice', 92, ['data', 'backup']), ...c.pods],
});

const defaultPods = (c: Cluster) => c.pods.filter((p) => p.metadata?.namespace === 'default');

export const DESCRIBE_FAMILY_CASES: GoldenCase[] = [
  {
    // describe.go DescribeEvents: sort.Sort(event.SortableEvents); describeContainerEnvVars with
    // EnvValueRetriever; printTolerationsMultilineWithIndent.
    name: 'describe-pod-same-second-events',
    args: ['describe', 'pod', 'sidecars'],
    ages: true,
    prepare: withSidecars,
    ours: (c) => {
      const pod = c.pods.find((p) => p.metadata?.name === 'sidecars')!;
      return describePod(
        pod,
        c.events.filter((e) => e.involvedObject?.uid === pod.metadata?.uid),
        FIXTURE_NOW,
      );
    },
  },
  {
    // describe.go getPodsForPVC and printPodsMultilineWithIndent.
    name: 'describe-pvc-used-by-several',
    args: ['describe', 'pvc', 'my-pvc'],
    ages: true,
    prepare: withClaimUsers,
    ours: (c) => describePersistentVolumeClaim(c.persistentvolumeclaims[0]!, [], FIXTURE_NOW, { pods: defaultPods(c) }),
  },
];
