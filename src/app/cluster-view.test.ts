import { describe, expect, it } from 'vitest';
import type { Node, PersistentVolumeClaim, Pod } from '../sim/api';
import { buildPicture, podCard, volumeChip } from './cluster-view';

const node = (name: string, cpu = '2', memory = '4Gi'): Node => ({
  apiVersion: 'v1',
  kind: 'Node',
  metadata: { name },
  status: {
    allocatable: { cpu, memory, pods: '110' },
    capacity: { cpu, memory, pods: '110' },
    conditions: [{ type: 'Ready', status: 'True' }],
  },
});

function pod(
  name: string,
  patch: { spec?: Partial<NonNullable<Pod['spec']>>; status?: Pod['status']; metadata?: Pod['metadata'] } = {},
): Pod {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, namespace: 'default', uid: `uid-${name}`, ...patch.metadata },
    spec: {
      containers: [{ name: 'kuard', image: 'gcr.io/kuar-demo/kuard-amd64:blue' }],
      nodeName: 'node-1',
      ...patch.spec,
    },
    status: patch.status ?? {
      phase: 'Running',
      containerStatuses: [
        {
          name: 'kuard',
          image: 'x',
          imageID: '',
          ready: true,
          restartCount: 0,
          started: true,
          state: { running: { startedAt: '2024-05-01T10:00:00Z' } },
        },
      ],
    },
  };
}

const crashLooping = pod('crashy', {
  status: {
    phase: 'Running',
    containerStatuses: [
      {
        name: 'kuard',
        image: 'x',
        imageID: '',
        ready: false,
        restartCount: 3,
        started: false,
        state: { waiting: { reason: 'CrashLoopBackOff', message: 'back-off 40s restarting failed container=kuard' } },
        lastState: { terminated: { exitCode: 137, reason: 'Error', finishedAt: '2024-05-01T10:05:00Z' } },
      },
    ],
  },
});

describe('podCard', () => {
  it('says STATUS, READY and RESTARTS as kubectl get pods does, with a colour for each state', () => {
    const running = podCard(pod('kuard'));
    expect(running).toMatchObject({
      key: 'default/kuard',
      status: 'Running',
      ready: '1/1',
      restartCount: 0,
      tone: 'ok',
    });
    expect(running.containers).toEqual([
      { name: 'kuard', role: 'main', state: 'running', ready: true, restartCount: 0, tone: 'ok' },
    ]);

    const crashy = podCard(crashLooping);
    expect(crashy).toMatchObject({ status: 'CrashLoopBackOff', ready: '0/1', restartCount: 3, tone: 'bad' });
    expect(crashy.containers[0]).toMatchObject({ state: 'waiting', reason: 'CrashLoopBackOff', tone: 'bad' });
  });

  it('marks a running container that is not ready as a warning, not as healthy', () => {
    const notReady = podCard(
      pod('web', {
        status: {
          phase: 'Running',
          containerStatuses: [
            {
              name: 'kuard',
              image: 'x',
              imageID: '',
              ready: false,
              restartCount: 0,
              state: { running: { startedAt: '2024-05-01T10:00:00Z' } },
            },
          ],
        },
      }),
    );
    expect(notReady).toMatchObject({ status: 'Running', ready: '0/1', tone: 'warn' });
    expect(notReady.containers[0]).toMatchObject({ state: 'running', ready: false, tone: 'warn' });
  });

  it('gives a deleted Pod the end of its grace period to count down to', () => {
    const card = podCard(
      pod('leaving', { metadata: { deletionTimestamp: '2024-05-01T10:10:30Z', deletionGracePeriodSeconds: 30 } }),
    );
    expect(card.status).toBe('Terminating');
    expect(card.terminating).toEqual({ deadline: Date.parse('2024-05-01T10:10:30Z'), graceSeconds: 30 });
  });

  it("keeps an unscheduled Pod off the nodes with the scheduler's reason", () => {
    const card = podCard(
      pod('big', {
        spec: { nodeName: undefined },
        status: {
          phase: 'Pending',
          conditions: [
            {
              type: 'PodScheduled',
              status: 'False',
              reason: 'Unschedulable',
              message:
                '0/1 nodes are available: 1 Insufficient cpu. preemption: 0/1 nodes are available: 1 No preemption victims found for incoming pod.',
            },
          ],
        },
      }),
    );
    expect(card).toMatchObject({ status: 'Pending', nodeName: undefined, tone: 'warn' });
    expect(card.pending?.reason).toBe('Unschedulable');
    expect(card.pending?.message).toContain('Insufficient cpu');
  });

  it('sums requests, taking a lone limit as the request and the largest init container as a floor', () => {
    const card = podCard(
      pod('sized', {
        spec: {
          initContainers: [{ name: 'init', image: 'busybox', resources: { requests: { cpu: '2', memory: '64Mi' } } }],
          containers: [
            { name: 'a', image: 'x', resources: { requests: { cpu: '500m', memory: '128Mi' } } },
            { name: 'b', image: 'x', resources: { limits: { cpu: '250m', memory: '256Mi' } } },
          ],
        },
      }),
    );
    expect(card.requests).toEqual({ cpuMilli: 2000, memoryBytes: 384 * 1024 * 1024 });
    expect(card.containers.map((c) => `${c.role}:${c.name}:${c.state}`)).toEqual([
      'init:init:none',
      'main:a:none',
      'main:b:none',
    ]);
  });
});

describe('volumeChip', () => {
  it('places each volume where its data lives and says what it survives', () => {
    expect(volumeChip({ name: 'scratch', emptyDir: {} })).toMatchObject({
      place: 'pod',
      survives: { containerRestart: true, podDeletion: false, moveToAnotherNode: false },
    });
    expect(volumeChip({ name: 'data', hostPath: { path: '/var/lib/kuard' } })).toMatchObject({
      place: 'node',
      detail: '/var/lib/kuard',
      survives: { containerRestart: true, podDeletion: true, moveToAnotherNode: false },
    });
    expect(volumeChip({ name: 'db', persistentVolumeClaim: { claimName: 'database' } })).toMatchObject({
      place: 'remote',
      detail: 'database',
      survives: { containerRestart: true, podDeletion: true, moveToAnotherNode: true },
    });
    expect(volumeChip({ name: 'share', nfs: { server: 'my.nfs.server.local', path: '/exports' } })).toMatchObject({
      place: 'remote',
      detail: 'my.nfs.server.local:/exports',
    });
    expect(volumeChip({ name: 'kube-api-access-x7k2p', projected: { sources: [] } }).place).toBe('api');
  });
});

describe('buildPicture', () => {
  it('puts Pods on their nodes, adds up requests against allocatable, and leaves unscheduled Pods waiting', () => {
    const sized = pod('sized', {
      spec: { containers: [{ name: 'kuard', image: 'x', resources: { requests: { cpu: '500m', memory: '128Mi' } } }] },
    });
    const done = pod('done', {
      spec: {
        containers: [{ name: 'job', image: 'x', resources: { requests: { cpu: '1', memory: '1Gi' } } }],
        restartPolicy: 'Never',
      },
      status: {
        phase: 'Succeeded',
        containerStatuses: [
          {
            name: 'job',
            image: 'x',
            imageID: '',
            ready: false,
            restartCount: 0,
            state: { terminated: { exitCode: 0, reason: 'Completed' } },
          },
        ],
      },
    });
    const waiting = pod('waiting', { spec: { nodeName: undefined }, status: { phase: 'Pending' } });
    const picture = buildPicture([node('node-2'), node('node-1', '4', '8Gi')], [sized, done, waiting].map(podCard));

    expect(picture.nodes.map((n) => n.name)).toEqual(['node-1', 'node-2']);
    const node1 = picture.nodes[0]!;
    expect(node1.pods.map((p) => p.name)).toEqual(['done', 'sized']);
    expect(node1.cpu).toEqual({ allocatableMilli: 4000, requestedMilli: 500 }); // the finished Pod holds nothing
    expect(node1.memory).toEqual({ allocatableBytes: 8 * 1024 ** 3, requestedBytes: 128 * 1024 ** 2 });
    expect(picture.pending.map((p) => p.name)).toEqual(['waiting']);
  });

  it('draws hostPath data on the node and claims outside the nodes with the Pods using them', () => {
    const withVolumes = pod('kuard', {
      spec: {
        volumes: [
          { name: 'kuard-data', hostPath: { path: '/var/lib/kuard' } },
          { name: 'db', persistentVolumeClaim: { claimName: 'database' } },
          { name: 'tmp', emptyDir: {} },
        ],
      },
    });
    const claim: PersistentVolumeClaim = {
      apiVersion: 'v1',
      kind: 'PersistentVolumeClaim',
      metadata: { name: 'database', namespace: 'default' },
      spec: { volumeName: 'database' },
      status: { phase: 'Bound' },
    };
    const picture = buildPicture([node('node-1')], [podCard(withVolumes)], [claim]);
    expect(picture.nodes[0]!.hostPaths).toEqual([{ path: '/var/lib/kuard', pods: ['default/kuard'] }]);
    expect(picture.remoteDisks).toEqual([
      {
        name: 'database',
        type: 'persistentVolumeClaim',
        detail: 'bound to database',
        usedBy: ['default/kuard'],
        phase: 'Bound',
      },
    ]);
  });
});
