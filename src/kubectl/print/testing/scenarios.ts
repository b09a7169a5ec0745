// The cluster states the chapter shows, one Pod per state, with the events a real cluster would
// have recorded for them. Shared by the unit tests, the golden generator and the benchmark.

import type { Event, Pod } from '../../../sim/api';
import {
  KUARD_IMAGE,
  condition,
  makeEvent,
  makeNode,
  makePersistentVolume,
  makePersistentVolumeClaim,
  makePod,
  resetEventCounter,
  readyConditions,
  runningStatus,
  terminated,
  waitingStatus,
} from './fixtures';

const LAST_APPLIED =
  '{"apiVersion":"v1","kind":"Pod","metadata":{"annotations":{},"name":"kuard","namespace":"default"},"spec":{"containers":[{"image":"gcr.io/kuar-demo/kuard-amd64:blue","name":"kuard","ports":[{"containerPort":8080,"name":"http","protocol":"TCP"}]}]}}\n';

const kuardPort = [{ containerPort: 8080, name: 'http', protocol: 'TCP' }];
const probes = {
  livenessProbe: {
    failureThreshold: 3,
    httpGet: { path: '/healthy', port: 8080, scheme: 'HTTP' },
    initialDelaySeconds: 5,
    periodSeconds: 10,
    successThreshold: 1,
    timeoutSeconds: 1,
  },
  readinessProbe: {
    failureThreshold: 3,
    httpGet: { path: '/ready', port: 8080, scheme: 'HTTP' },
    initialDelaySeconds: 30,
    periodSeconds: 10,
    successThreshold: 1,
    timeoutSeconds: 1,
  },
};
const burstable = { limits: { cpu: '1', memory: '256Mi' }, requests: { cpu: '500m', memory: '128Mi' } };

function startupEvents(p: { name: string; uid: string }, createdAgo: number, container = 'kuard', image = KUARD_IMAGE): Event[] {
  return [
    makeEvent(p, { reason: 'Scheduled', message: `Successfully assigned default/${p.name} to node-1`, from: 'default-scheduler', firstAgo: createdAgo }),
    makeEvent(p, { reason: 'Pulling', message: `Pulling image "${image}"`, firstAgo: createdAgo - 1, fieldPath: `spec.containers{${container}}` }),
    makeEvent(p, {
      reason: 'Pulled',
      message: `Successfully pulled image "${image}" in 2.803s (2.803s including waiting). Image size: 9734506 bytes.`,
      firstAgo: createdAgo - 4,
      fieldPath: `spec.containers{${container}}`,
    }),
    makeEvent(p, { reason: 'Created', message: `Created container ${container}`, firstAgo: createdAgo - 4, fieldPath: `spec.containers{${container}}` }),
    makeEvent(p, { reason: 'Started', message: `Started container ${container}`, firstAgo: createdAgo - 5, fieldPath: `spec.containers{${container}}` }),
  ];
}

export interface Scenario {
  pod: Pod;
  events: Event[];
}

function scenario(pod: Pod, events: Event[]): Scenario {
  return { pod, events };
}

const id = (n: number) => `6f1c4d1e-8f0e-4a52-9a8e-3c2b1d0e${n.toString().padStart(4, '0')}`;

export function buildScenarios(): Record<string, Scenario> {
  resetEventCounter();
  const s: Record<string, Scenario> = {};

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
      makeEvent(creating, { reason: 'Scheduled', message: 'Successfully assigned default/creating to node-1', from: 'default-scheduler', firstAgo: 3 }),
      makeEvent(creating, { reason: 'Pulling', message: `Pulling image "${KUARD_IMAGE}"`, firstAgo: 2, fieldPath: 'spec.containers{kuard}' }),
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

  const crash = { name: 'crashy', uid: id(6) };
  s['crash-loop'] = scenario(
    makePod({
      ...crash,
      createdAgo: 300,
      containers: [{ name: 'app', image: 'busybox', imagePullPolicy: 'Always', command: ['sh', '-c', 'echo boom; exit 1'] }],
      containerStatuses: [
        waitingStatus('app', 'CrashLoopBackOff', `back-off 40s restarting failed container=app pod=crashy_default(${crash.uid})`, {
          image: 'docker.io/library/busybox:latest',
          imageID: 'docker.io/library/busybox@sha256:2919d0172f7524b2d8df9e50066a682669e6d170ac0f6a49676d54358fe970b5',
          containerID: 'containerd://aa11bb22cc33dd44ee55ff66aa77bb88cc99dd00ee11ff22aa33bb44cc55dd66',
          restartCount: 4,
          lastState: { terminated: terminated('Error', 1, 46, 45) },
        }),
      ],
      conditions: readyConditions(300, 280, false, ['app']),
      phase: 'Running',
      podIP: '10.244.1.10',
    }),
    [
      makeEvent(crash, { reason: 'Scheduled', message: 'Successfully assigned default/crashy to node-1', from: 'default-scheduler', firstAgo: 300 }),
      makeEvent(crash, { reason: 'Pulling', message: 'Pulling image "busybox"', firstAgo: 299, lastAgo: 47, count: 5, fieldPath: 'spec.containers{app}' }),
      makeEvent(crash, { reason: 'Created', message: 'Created container app', firstAgo: 297, lastAgo: 46, count: 5, fieldPath: 'spec.containers{app}' }),
      makeEvent(crash, { reason: 'Started', message: 'Started container app', firstAgo: 297, lastAgo: 46, count: 5, fieldPath: 'spec.containers{app}' }),
      makeEvent(crash, {
        type: 'Warning',
        reason: 'BackOff',
        message: `Back-off restarting failed container app in pod crashy_default(${crash.uid})`,
        firstAgo: 290,
        lastAgo: 6,
        count: 20,
        fieldPath: 'spec.containers{app}',
      }),
    ],
  );

  const oom = { name: 'memory-demo-2', uid: id(7) };
  s['oom-killed'] = scenario(
    makePod({
      ...oom,
      createdAgo: 101,
      containers: [
        {
          name: 'memory-demo-2-ctr',
          image: 'polinux/stress',
          command: ['stress'],
          args: ['--vm', '1', '--vm-bytes', '250M', '--vm-hang', '1'],
          resources: { limits: { memory: '100Mi' }, requests: { memory: '50Mi' } },
        },
      ],
      containerStatuses: [
        {
          containerID: 'containerd://bb11bb22cc33dd44ee55ff66aa77bb88cc99dd00ee11ff22aa33bb44cc55dd66',
          image: 'docker.io/polinux/stress:latest',
          imageID: 'docker.io/polinux/stress@sha256:b6144f84f9c15dac80deb48d3a646b55c7043ab1d83ea0a697c09097aaad21aa',
          lastState: { terminated: terminated('OOMKilled', 137, 30, 29) },
          name: 'memory-demo-2-ctr',
          ready: false,
          restartCount: 3,
          started: false,
          state: { terminated: terminated('OOMKilled', 137, 2, 1) },
        },
      ],
      conditions: readyConditions(101, 99, false, ['memory-demo-2-ctr']),
      phase: 'Running',
      podIP: '10.244.1.11',
      qosClass: 'Burstable',
    }),
    [],
  );

  const failed = { name: 'failed-job', uid: id(8) };
  s['error'] = scenario(
    makePod({
      ...failed,
      createdAgo: 4000,
      restartPolicy: 'Never',
      containers: [{ name: 'task', image: 'busybox', command: ['sh', '-c', 'exit 3'] }],
      containerStatuses: [
        {
          containerID: 'containerd://cc11bb22cc33dd44ee55ff66aa77bb88cc99dd00ee11ff22aa33bb44cc55dd66',
          image: 'docker.io/library/busybox:latest',
          imageID: 'docker.io/library/busybox@sha256:2919d0172f7524b2d8df9e50066a682669e6d170ac0f6a49676d54358fe970b5',
          lastState: {},
          name: 'task',
          ready: false,
          restartCount: 0,
          started: false,
          state: { terminated: terminated('Error', 3, 3995, 3994) },
        },
      ],
      conditions: [
        condition('PodReadyToStartContainers', 'False', 3990),
        condition('Initialized', 'True', 4000),
        condition('Ready', 'False', 3994, 'PodFailed'),
        condition('ContainersReady', 'False', 3994, 'PodFailed'),
        condition('PodScheduled', 'True', 4000),
      ],
      phase: 'Failed',
      podIP: '10.244.1.12',
    }),
    [],
  );

  const done = { name: 'hello', uid: id(9) };
  s['completed'] = scenario(
    makePod({
      ...done,
      createdAgo: 30000,
      restartPolicy: 'OnFailure',
      containers: [{ name: 'hello', image: 'busybox', args: ['echo', 'hello world'] }],
      containerStatuses: [
        {
          containerID: 'containerd://dd11bb22cc33dd44ee55ff66aa77bb88cc99dd00ee11ff22aa33bb44cc55dd66',
          image: 'docker.io/library/busybox:latest',
          imageID: 'docker.io/library/busybox@sha256:2919d0172f7524b2d8df9e50066a682669e6d170ac0f6a49676d54358fe970b5',
          lastState: {},
          name: 'hello',
          ready: false,
          restartCount: 0,
          started: false,
          state: { terminated: terminated('Completed', 0, 29996, 29996) },
        },
      ],
      conditions: [
        condition('PodReadyToStartContainers', 'False', 29990),
        condition('Initialized', 'True', 30000),
        condition('Ready', 'False', 29996, 'PodCompleted'),
        condition('ContainersReady', 'False', 29996, 'PodCompleted'),
        condition('PodScheduled', 'True', 30000),
      ],
      phase: 'Succeeded',
      podIP: '10.244.1.13',
    }),
    [],
  );

  const pull = { name: 'badimage', uid: id(10) };
  const pullConditions = readyConditions(40, 40, false, ['web']);
  s['err-image-pull'] = scenario(
    makePod({
      ...pull,
      createdAgo: 40,
      containers: [{ name: 'web', image: 'nginx:doesnotexist' }],
      containerStatuses: [
        waitingStatus(
          'web',
          'ErrImagePull',
          'rpc error: code = NotFound desc = failed to pull and unpack image "docker.io/library/nginx:doesnotexist": failed to resolve reference "docker.io/library/nginx:doesnotexist": docker.io/library/nginx:doesnotexist: not found',
          { image: 'nginx:doesnotexist' },
        ),
      ],
      conditions: pullConditions,
      phase: 'Pending',
      podIP: '10.244.1.14',
    }),
    [
      makeEvent(pull, { reason: 'Scheduled', message: 'Successfully assigned default/badimage to node-1', from: 'default-scheduler', firstAgo: 40 }),
      makeEvent(pull, { reason: 'Pulling', message: 'Pulling image "nginx:doesnotexist"', firstAgo: 39, lastAgo: 3, count: 2, fieldPath: 'spec.containers{web}' }),
      makeEvent(pull, {
        type: 'Warning',
        reason: 'Failed',
        message:
          'Failed to pull image "nginx:doesnotexist": rpc error: code = NotFound desc = failed to pull and unpack image "docker.io/library/nginx:doesnotexist": failed to resolve reference "docker.io/library/nginx:doesnotexist": docker.io/library/nginx:doesnotexist: not found',
        firstAgo: 38,
        lastAgo: 2,
        count: 2,
        fieldPath: 'spec.containers{web}',
      }),
      makeEvent(pull, { type: 'Warning', reason: 'Failed', message: 'Error: ErrImagePull', firstAgo: 38, lastAgo: 2, count: 2, fieldPath: 'spec.containers{web}' }),
      makeEvent(pull, { reason: 'BackOff', message: 'Back-off pulling image "nginx:doesnotexist"', firstAgo: 37, lastAgo: 10, count: 2, fieldPath: 'spec.containers{web}' }),
      makeEvent(pull, { type: 'Warning', reason: 'Failed', message: 'Error: ImagePullBackOff', firstAgo: 37, lastAgo: 10, count: 2, fieldPath: 'spec.containers{web}' }),
    ],
  );

  const backoff = { name: 'badimage-backoff', uid: id(11) };
  s['image-pull-backoff'] = scenario(
    makePod({
      ...backoff,
      createdAgo: 150,
      containers: [{ name: 'web', image: 'nginx:doesnotexist' }],
      containerStatuses: [waitingStatus('web', 'ImagePullBackOff', 'Back-off pulling image "nginx:doesnotexist"', { image: 'nginx:doesnotexist' })],
      conditions: readyConditions(150, 150, false, ['web']),
      phase: 'Pending',
      podIP: '10.244.1.15',
    }),
    [],
  );

  const init = { name: 'myapp-pod', uid: id(12) };
  const initLabels = { 'app.kubernetes.io/name': 'MyApp' };
  s['init-running'] = scenario(
    makePod({
      ...init,
      createdAgo: 25,
      labels: initLabels,
      initContainers: [{ name: 'init-myservice', image: 'busybox:1.28', command: ['sh', '-c', 'until nslookup myservice; do echo waiting; sleep 2; done'] }],
      containers: [{ name: 'myapp-container', image: 'busybox:1.28', command: ['sh', '-c', 'echo The app is running! && sleep 3600'] }],
      initContainerStatuses: [runningStatus('init-myservice', 20, { image: 'docker.io/library/busybox:1.28', ready: false, started: true })],
      containerStatuses: [waitingStatus('myapp-container', 'PodInitializing', undefined, { image: 'busybox:1.28' })],
      conditions: [
        condition('PodReadyToStartContainers', 'True', 21),
        condition('Initialized', 'False', 25, 'ContainersNotInitialized', 'containers with incomplete status: [init-myservice]'),
        condition('Ready', 'False', 25, 'ContainersNotReady', 'containers with unready status: [myapp-container]'),
        condition('ContainersReady', 'False', 25, 'ContainersNotReady', 'containers with unready status: [myapp-container]'),
        condition('PodScheduled', 'True', 25),
      ],
      phase: 'Pending',
      podIP: '10.244.1.16',
    }),
    [],
  );

  const initDone = { name: 'myapp-pod-2', uid: id(13) };
  s['pod-initializing'] = scenario(
    makePod({
      ...initDone,
      createdAgo: 30,
      initContainers: [{ name: 'init-myservice', image: 'busybox:1.28', command: ['sh', '-c', 'true'] }],
      containers: [{ name: 'myapp-container', image: 'busybox:1.28', command: ['sh', '-c', 'sleep 3600'] }],
      initContainerStatuses: [
        {
          containerID: 'containerd://ee11bb22cc33dd44ee55ff66aa77bb88cc99dd00ee11ff22aa33bb44cc55dd66',
          image: 'docker.io/library/busybox:1.28',
          imageID: 'docker.io/library/busybox@sha256:141c253bc4c3fd0a201d32dc1f493bcf3fff003b6df416dea4f41046e0f37d47',
          lastState: {},
          name: 'init-myservice',
          ready: true,
          restartCount: 0,
          started: false,
          state: { terminated: terminated('Completed', 0, 26, 25) },
        },
      ],
      containerStatuses: [waitingStatus('myapp-container', 'PodInitializing', undefined, { image: 'busybox:1.28' })],
      conditions: [
        condition('PodReadyToStartContainers', 'True', 27),
        condition('Initialized', 'True', 24),
        condition('Ready', 'False', 30, 'ContainersNotReady', 'containers with unready status: [myapp-container]'),
        condition('ContainersReady', 'False', 30, 'ContainersNotReady', 'containers with unready status: [myapp-container]'),
        condition('PodScheduled', 'True', 30),
      ],
      phase: 'Pending',
      podIP: '10.244.1.17',
    }),
    [],
  );

  const terminating = { name: 'kuard-terminating', uid: id(14) };
  s['terminating'] = scenario(
    makePod({
      ...terminating,
      createdAgo: 3600,
      deletionAgo: -25,
      containers: [{ name: 'kuard', ports: kuardPort }],
      containerStatuses: [runningStatus('kuard', 3590)],
      conditions: readyConditions(3600, 3590),
      phase: 'Running',
      podIP: '10.244.1.18',
    }),
    [
      makeEvent(terminating, { reason: 'Killing', message: 'Stopping container kuard', firstAgo: 5, fieldPath: 'spec.containers{kuard}' }),
    ],
  );

  const two = { name: 'two-containers', uid: id(15) };
  s['multi-container'] = scenario(
    makePod({
      ...two,
      createdAgo: 50,
      containers: [
        { name: 'nginx-container', image: 'nginx', imagePullPolicy: 'Always', volumeMounts: [{ mountPath: '/usr/share/nginx/html', name: 'shared-data' }] },
        {
          name: 'debian-container',
          image: 'debian',
          imagePullPolicy: 'Always',
          command: ['/bin/sh'],
          args: ['-c', 'echo Hello from the debian container > /pod-data/index.html && sleep 3600'],
          env: [
            { name: 'MODE', value: 'demo' },
            { name: 'MY_POD_NAME', valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.name' } } },
            { name: 'PASSWORD', valueFrom: { secretKeyRef: { key: 'password', name: 'db' } } },
            { name: 'LEVEL', valueFrom: { configMapKeyRef: { key: 'level', name: 'cfg' } } },
          ],
          volumeMounts: [{ mountPath: '/pod-data', name: 'shared-data' }],
        },
      ],
      volumes: [
        { emptyDir: {}, name: 'shared-data' },
        { name: 'nfs-data', nfs: { path: '/exports', server: 'nfs.example.com' } },
        { name: 'claim', persistentVolumeClaim: { claimName: 'my-pvc' } },
      ],
      containerStatuses: [
        runningStatus('nginx-container', 45, { image: 'docker.io/library/nginx:latest', imageID: 'docker.io/library/nginx@sha256:0d17b565c37bcbd895e9d92315a05c1c3c9a29f762b011a10c54a66cd53c9b31' }),
        waitingStatus('debian-container', 'ContainerCreating', undefined, { image: 'debian' }),
      ],
      conditions: readyConditions(50, 45, false, ['debian-container']),
      phase: 'Pending',
      podIP: '10.244.1.19',
    }),
    [],
  );

  const guaranteed = { name: 'kuard-guaranteed', uid: id(16) };
  s['guaranteed'] = scenario(
    makePod({
      ...guaranteed,
      createdAgo: 7 * 3600 + 300,
      namespace: 'kube-public',
      containers: [
        {
          name: 'kuard',
          ports: kuardPort,
          resources: { limits: { cpu: '500m', memory: '128Mi' }, requests: { cpu: '500m', memory: '128Mi' } },
          livenessProbe: { exec: { command: ['cat', '/tmp/healthy'] }, failureThreshold: 3, initialDelaySeconds: 5, periodSeconds: 5, successThreshold: 1, timeoutSeconds: 1 },
          readinessProbe: { failureThreshold: 3, periodSeconds: 10, successThreshold: 1, tcpSocket: { port: 8080 }, timeoutSeconds: 1 },
        },
      ],
      containerStatuses: [runningStatus('kuard', 7 * 3600)],
      conditions: readyConditions(7 * 3600 + 300, 7 * 3600 - 10),
      phase: 'Running',
      podIP: '10.244.2.5',
      node: 'node-2',
      qosClass: 'Guaranteed',
    }),
    [],
  );
  return s;
}

export function buildNodes() {
  return [makeNode('control-plane', 86400 * 3, { controlPlane: true }), makeNode('node-1', 86400 * 3 - 60), makeNode('node-2', 86400 * 3 - 60)];
}

export function buildVolumes() {
  return {
    pvs: [makePersistentVolume('task-pv-volume', 600, { namespace: 'default', name: 'my-pvc' }), makePersistentVolume('spare-pv', 300)],
    pvcs: [makePersistentVolumeClaim('my-pvc', 590, 'task-pv-volume'), makePersistentVolumeClaim('waiting-pvc', 20)],
  };
}
