// Pods on their way up or running: scheduled or not, creating, (not) ready, restarted.

import { KUARD_IMAGE, condition, makePod, readyConditions, runningStatus, terminated, waitingStatus } from './fixtures';
import { makeEvent } from './fixtures-cluster';
import {
  type Scenario,
  LAST_APPLIED,
  kuardPort,
  probes,
  burstable,
  startupEvents,
  scenario,
  id,
} from './scenario-parts';

export function addStartingScenarios(s: Record<string, Scenario>): void {
  const running = { name: 'kuard', uid: id(1) };
  s['running'] = scenario(
    makePod({
      ...running,
      createdAgo: 96,
      annotations: { 'kubectl.kubernetes.io/last-applied-configuration': LAST_APPLIED },
      containers: [{ name: 'kuard', ports: kuardPort }],
      containerStatuses: [runningStatus('kuard', 91)],
      conditions: readyConditions(96, 91),
      phase: 'Running',
      podIP: '10.244.1.7',
    }),
    startupEvents(running, 96),
  );

  const pending = { name: 'cpu-hog', uid: id(2) };
  s['pending-unschedulable'] = scenario(
    makePod({
      ...pending,
      createdAgo: 91,
      scheduled: false,
      containers: [{ name: 'app', image: 'nginx:1.25', resources: { requests: { cpu: '100' } } }],
      conditions: [
        condition(
          'PodScheduled',
          'False',
          91,
          'Unschedulable',
          '0/3 nodes are available: 3 Insufficient cpu. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod..',
        ),
      ],
      phase: 'Pending',
      qosClass: 'Burstable',
    }),
    [
      makeEvent(pending, {
        type: 'Warning',
        reason: 'FailedScheduling',
        message:
          '0/3 nodes are available: 3 Insufficient cpu. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod..',
        from: 'default-scheduler',
        firstAgo: 91,
        lastAgo: 21,
        count: 2,
      }),
    ],
  );

  const creating = { name: 'creating', uid: id(3) };
  s['container-creating'] = scenario(
    makePod({
      ...creating,
      createdAgo: 3,
      containers: [{ name: 'kuard', ports: kuardPort }],
      containerStatuses: [waitingStatus('kuard', 'ContainerCreating')],
      conditions: [
        condition('PodReadyToStartContainers', 'False', 3),
        condition('Initialized', 'True', 3),
        condition('Ready', 'False', 3, 'ContainersNotReady', 'containers with unready status: [kuard]'),
        condition('ContainersReady', 'False', 3, 'ContainersNotReady', 'containers with unready status: [kuard]'),
        condition('PodScheduled', 'True', 3),
      ],
      phase: 'Pending',
    }),
    [
      makeEvent(creating, {
        reason: 'Scheduled',
        message: 'Successfully assigned default/creating to node-1',
        from: 'default-scheduler',
        firstAgo: 3,
      }),
      makeEvent(creating, {
        reason: 'Pulling',
        message: `Pulling image "${KUARD_IMAGE}"`,
        firstAgo: 2,
        fieldPath: 'spec.containers{kuard}',
      }),
    ],
  );

  const notReady = { name: 'kuard-unready', uid: id(4) };
  s['running-not-ready'] = scenario(
    makePod({
      ...notReady,
      createdAgo: 200,
      labels: { app: 'kuard', tier: 'web' },
      containers: [{ name: 'kuard', ports: kuardPort, resources: burstable, ...probes }],
      containerStatuses: [runningStatus('kuard', 195, { ready: false })],
      conditions: readyConditions(200, 60, false, ['kuard']),
      phase: 'Running',
      podIP: '10.244.1.8',
      qosClass: 'Burstable',
    }),
    [
      ...startupEvents(notReady, 200),
      makeEvent(notReady, {
        type: 'Warning',
        reason: 'Unhealthy',
        message: 'Readiness probe failed: HTTP probe failed with statuscode: 500',
        firstAgo: 80,
        lastAgo: 5,
        count: 8,
        fieldPath: 'spec.containers{kuard}',
      }),
    ],
  );

  const restarted = { name: 'kuard-restarts', uid: id(5) };
  s['running-restarts'] = scenario(
    makePod({
      ...restarted,
      createdAgo: 720,
      labels: { app: 'kuard' },
      containers: [
        {
          name: 'kuard',
          ports: kuardPort,
          resources: burstable,
          ...probes,
          volumeMounts: [{ mountPath: '/data', name: 'kuard-data' }],
        },
      ],
      volumes: [{ hostPath: { path: '/var/lib/kuard', type: '' }, name: 'kuard-data' }],
      containerStatuses: [
        runningStatus('kuard', 11, {
          restartCount: 3,
          lastState: { terminated: terminated('Error', 2, 240, 12) },
        }),
      ],
      conditions: readyConditions(720, 1),
      phase: 'Running',
      podIP: '10.244.1.9',
      qosClass: 'Burstable',
    }),
    [
      ...startupEvents(restarted, 720),
      makeEvent(restarted, {
        type: 'Warning',
        reason: 'Unhealthy',
        message: 'Liveness probe failed: HTTP probe failed with statuscode: 500',
        firstAgo: 331,
        lastAgo: 101,
        count: 6,
        fieldPath: 'spec.containers{kuard}',
      }),
      makeEvent(restarted, {
        reason: 'Killing',
        message: 'Container kuard failed liveness probe, will be restarted',
        firstAgo: 311,
        lastAgo: 81,
        count: 2,
        fieldPath: 'spec.containers{kuard}',
      }),
      makeEvent(restarted, {
        reason: 'Pulled',
        message: `Container image "${KUARD_IMAGE}" already present on machine`,
        firstAgo: 300,
        lastAgo: 11,
        count: 3,
        fieldPath: 'spec.containers{kuard}',
      }),
    ],
  );
}
