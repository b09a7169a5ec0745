// Pods that crash, run out of memory, exit, cannot pull their image, or wait on init containers.

import { condition, makePod, readyConditions, runningStatus, terminated, waitingStatus } from './fixtures';
import { makeEvent } from './fixtures-cluster';
import { type Scenario, scenario, id } from './scenario-parts';

export function addFailingScenarios(s: Record<string, Scenario>): void {
  const crash = { name: 'crashy', uid: id(6) };
  s['crash-loop'] = scenario(
    makePod({
      ...crash,
      createdAgo: 300,
      containers: [
        { name: 'app', image: 'busybox', imagePullPolicy: 'Always', command: ['sh', '-c', 'echo boom; exit 1'] },
      ],
      containerStatuses: [
        waitingStatus(
          'app',
          'CrashLoopBackOff',
          `back-off 40s restarting failed container=app pod=crashy_default(${crash.uid})`,
          {
            image: 'docker.io/library/busybox:latest',
            imageID:
              'docker.io/library/busybox@sha256:2919d0172f7524b2d8df9e50066a682669e6d170ac0f6a49676d54358fe970b5',
            containerID: 'containerd://aa11bb22cc33dd44ee55ff66aa77bb88cc99dd00ee11ff22aa33bb44cc55dd66',
            restartCount: 4,
            lastState: { terminated: terminated('Error', 1, 46, 45) },
          },
        ),
      ],
      conditions: readyConditions(300, 280, false, ['app']),
      phase: 'Running',
      podIP: '10.244.1.10',
    }),
    [
      makeEvent(crash, {
        reason: 'Scheduled',
        message: 'Successfully assigned default/crashy to node-1',
        from: 'default-scheduler',
        firstAgo: 300,
      }),
      makeEvent(crash, {
        reason: 'Pulling',
        message: 'Pulling image "busybox"',
        firstAgo: 299,
        lastAgo: 47,
        count: 5,
        fieldPath: 'spec.containers{app}',
      }),
      makeEvent(crash, {
        reason: 'Created',
        message: 'Created container app',
        firstAgo: 297,
        lastAgo: 46,
        count: 5,
        fieldPath: 'spec.containers{app}',
      }),
      makeEvent(crash, {
        reason: 'Started',
        message: 'Started container app',
        firstAgo: 297,
        lastAgo: 46,
        count: 5,
        fieldPath: 'spec.containers{app}',
      }),
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
      makeEvent(pull, {
        reason: 'Scheduled',
        message: 'Successfully assigned default/badimage to node-1',
        from: 'default-scheduler',
        firstAgo: 40,
      }),
      makeEvent(pull, {
        reason: 'Pulling',
        message: 'Pulling image "nginx:doesnotexist"',
        firstAgo: 39,
        lastAgo: 3,
        count: 2,
        fieldPath: 'spec.containers{web}',
      }),
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
      makeEvent(pull, {
        type: 'Warning',
        reason: 'Failed',
        message: 'Error: ErrImagePull',
        firstAgo: 38,
        lastAgo: 2,
        count: 2,
        fieldPath: 'spec.containers{web}',
      }),
      makeEvent(pull, {
        reason: 'BackOff',
        message: 'Back-off pulling image "nginx:doesnotexist"',
        firstAgo: 37,
        lastAgo: 10,
        count: 2,
        fieldPath: 'spec.containers{web}',
      }),
      makeEvent(pull, {
        type: 'Warning',
        reason: 'Failed',
        message: 'Error: ImagePullBackOff',
        firstAgo: 37,
        lastAgo: 10,
        count: 2,
        fieldPath: 'spec.containers{web}',
      }),
    ],
  );

  const backoff = { name: 'badimage-backoff', uid: id(11) };
  s['image-pull-backoff'] = scenario(
    makePod({
      ...backoff,
      createdAgo: 150,
      containers: [{ name: 'web', image: 'nginx:doesnotexist' }],
      containerStatuses: [
        waitingStatus('web', 'ImagePullBackOff', 'Back-off pulling image "nginx:doesnotexist"', {
          image: 'nginx:doesnotexist',
        }),
      ],
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
      initContainers: [
        {
          name: 'init-myservice',
          image: 'busybox:1.28',
          command: ['sh', '-c', 'until nslookup myservice; do echo waiting; sleep 2; done'],
        },
      ],
      containers: [
        {
          name: 'myapp-container',
          image: 'busybox:1.28',
          command: ['sh', '-c', 'echo The app is running! && sleep 3600'],
        },
      ],
      initContainerStatuses: [
        runningStatus('init-myservice', 20, { image: 'docker.io/library/busybox:1.28', ready: false, started: true }),
      ],
      containerStatuses: [waitingStatus('myapp-container', 'PodInitializing', undefined, { image: 'busybox:1.28' })],
      conditions: [
        condition('PodReadyToStartContainers', 'True', 21),
        condition(
          'Initialized',
          'False',
          25,
          'ContainersNotInitialized',
          'containers with incomplete status: [init-myservice]',
        ),
        condition('Ready', 'False', 25, 'ContainersNotReady', 'containers with unready status: [myapp-container]'),
        condition(
          'ContainersReady',
          'False',
          25,
          'ContainersNotReady',
          'containers with unready status: [myapp-container]',
        ),
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
        condition(
          'ContainersReady',
          'False',
          30,
          'ContainersNotReady',
          'containers with unready status: [myapp-container]',
        ),
        condition('PodScheduled', 'True', 30),
      ],
      phase: 'Pending',
      podIP: '10.244.1.17',
    }),
    [],
  );
}
