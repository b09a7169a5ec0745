// The life of one container on the node, as data: state × event → next state, the waiting reason
// shown, the events recorded, the steps taken, the timer set, and the upstream v1.32 code each rule
// follows. container-runner.ts executes it through lifecycle-engine.ts. Rules are tried in order;
// the first whose `from`, `on` and guard (`when`) match wins. The timings are in ../timing.ts.
//
//   New ─sync→ Pulling ─pullDone→ Creating ─created→ Running ─exit→ Exited ─restartSync→ Waiting ─sync→ …
//                 │                                   │ kill                 │ in back-off
//                 └→ PullFailed ─→ PullBackOff ─→ sync └→ Stopping ─exit→ …   └→ CrashBackOff ─backOffOver→ Waiting
import type { Rule } from './lifecycle-engine';
import { PULL_BACKOFF_SYNC_MS, WORKER_RESYNC_MS } from '../timing';
import { RESTART_RULES } from './lifecycle-restart-rules';

export type ContainerPhase =
  /** Not started yet: waiting for the sandbox, an init container, or the container before it. */
  | 'New'
  /** Between an exit and the next start (the instant a restart begins). */
  | 'Waiting'
  | 'Pulling'
  /** The image cannot be used as named (InvalidImageName, ErrImageNeverPull); each resync tries again. */
  | 'ImageRejected'
  | 'PullFailed'
  | 'PullBackOff'
  | 'Creating'
  /** The container's config (its env from a ConfigMap or Secret) cannot be built; each resync tries again. */
  | 'ConfigRejected'
  /** Started; SyncPod waits for the postStart hook before the status says Running. */
  | 'PostStartHook'
  | 'Running'
  /** Being stopped: the preStop hook runs first, inside the grace period. */
  | 'PreStopHook'
  /** SIGTERM sent; SIGKILL when the grace period ends. */
  | 'Stopping'
  | 'Exited'
  | 'CrashBackOff'
  /** The Pod is gone: nothing more happens. */
  | 'Removed';

export type ContainerEvent =
  | 'sync'
  | 'pullDone'
  | 'backOffSync'
  | 'created'
  | 'configFailed'
  | 'kill'
  | 'hookSucceeded'
  | 'hookFailed'
  | 'graceOver'
  | 'exit'
  | 'crashed'
  | 'restartSync'
  | 'backOffOver'
  | 'probeKilled'
  | 'specChanged'
  | 'specSync'
  | 'abandon';

export type ContainerGuard =
  | 'invalidReference'
  | 'neverPullMissing'
  | 'imagePresent'
  | 'imageFound'
  | 'startFailed'
  | 'hasPostStart'
  | 'hasPreStop'
  | 'postStartFailed'
  | 'inBackOff'
  | 'previousExitInBackOff'
  | 'firstProbeKill';

export type ContainerAction =
  | 'attemptDone'
  | 'queuePull'
  | 'imagePulled'
  | 'pullBackOffStep'
  | 'create'
  | 'setRunning'
  | 'startProbes'
  | 'stopProbes'
  | 'report'
  | 'sigterm'
  | 'runPostStart'
  | 'runPreStop'
  | 'cancelHook'
  | 'killForPostStart'
  | 'sigkill'
  | 'silentKill'
  | 'recordExit'
  | 'tellWorker'
  | 'countBackOff'
  | 'nextInstance'
  | 'sync';

export type ContainerRule = Rule<ContainerPhase, ContainerEvent, ContainerGuard, ContainerAction>;

/** States from which a sync may (re)start the container. */
const STARTABLE: readonly ContainerPhase[] = [
  'New',
  'Waiting',
  'Exited',
  'CrashBackOff',
  'ImageRejected',
  'PullFailed',
  'PullBackOff',
  'ConfigRejected',
];
const IMAGE_MANAGER = 'pkg/kubelet/images/image_manager.go EnsureImageExists';
// startContainer records "Created container %v" and "Started container %v" in v1.32; the colon of
// "Created container: kuard" came with a later release (kubernetes/kubernetes#130471, 2025).
const START_CONTAINER = 'pkg/kubelet/kuberuntime/kuberuntime_container.go startContainer';
const KILL_CONTAINER = 'pkg/kubelet/kuberuntime/kuberuntime_container.go killContainer';
const HANDLERS = 'pkg/kubelet/lifecycle/handlers.go HandlerRunner.Run';
const PRE_STOP = 'pkg/kubelet/kuberuntime/kuberuntime_container.go executePreStopHook';

export const CONTAINER_LIFECYCLE: readonly ContainerRule[] = [
  // ── image ──
  {
    from: STARTABLE,
    on: 'sync',
    when: 'invalidReference',
    to: 'ImageRejected',
    waiting: { reason: 'InvalidImageName', message: '{referenceError}' },
    emits: [
      { type: 'Warning', reason: 'InspectFailed', text: '{referenceError}' },
      { type: 'Warning', reason: 'Failed', text: 'Error: InvalidImageName' },
    ],
    actions: ['report', 'attemptDone'],
    then: { after: WORKER_RESYNC_MS, fire: 'sync' },
    follows: `${IMAGE_MANAGER} (applyDefaultImageTag); the failed sync is retried (pod_workers.go backOffPeriod)`,
  },
  {
    from: STARTABLE,
    on: 'sync',
    when: 'neverPullMissing',
    to: 'ImageRejected',
    waiting: {
      reason: 'ErrImageNeverPull',
      message: 'Container image "{image}" is not present with pull policy of Never',
    },
    emits: [
      {
        type: 'Warning',
        reason: 'ErrImageNeverPull',
        text: 'Container image "{image}" is not present with pull policy of Never',
      },
      { type: 'Warning', reason: 'Failed', text: 'Error: ErrImageNeverPull' },
    ],
    actions: ['report', 'attemptDone'],
    then: { after: WORKER_RESYNC_MS, fire: 'sync' },
    follows: `${IMAGE_MANAGER} (shouldPullImage is false, image absent); retried each resync`,
  },
  {
    from: STARTABLE,
    on: 'sync',
    when: 'imagePresent',
    to: 'Creating',
    emits: [{ type: 'Normal', reason: 'Pulled', text: 'Container image "{image}" already present on machine' }],
    actions: ['create'],
    follows: IMAGE_MANAGER,
  },
  {
    from: STARTABLE,
    on: 'sync',
    to: 'Pulling',
    emits: [{ type: 'Normal', reason: 'Pulling', text: 'Pulling image "{image}"' }],
    actions: ['queuePull'],
    then: { after: { computed: 'pull' }, fire: 'pullDone' },
    follows: `${IMAGE_MANAGER} (serialized puller, pkg/kubelet/images/puller.go)`,
  },
  {
    from: 'Pulling',
    on: 'pullDone',
    when: 'imageFound',
    to: 'Creating',
    emits: [
      {
        type: 'Normal',
        reason: 'Pulled',
        text: 'Successfully pulled image "{image}" in {pullTime} ({pullTotal} including waiting). Image size: {imageSize} bytes.',
      },
    ],
    actions: ['imagePulled', 'create'],
    follows: IMAGE_MANAGER,
  },
  {
    from: 'Pulling',
    on: 'pullDone',
    to: 'PullFailed',
    waiting: { reason: 'ErrImagePull', message: '{pullError}' },
    emits: [
      { type: 'Warning', reason: 'Failed', text: 'Failed to pull image "{image}": {pullError}' },
      { type: 'Warning', reason: 'Failed', text: 'Error: ErrImagePull' },
    ],
    actions: ['report', 'attemptDone', 'pullBackOffStep'],
    then: { after: PULL_BACKOFF_SYNC_MS, fire: 'backOffSync' },
    follows: IMAGE_MANAGER,
  },
  {
    from: 'PullFailed',
    on: 'backOffSync',
    to: 'PullBackOff',
    waiting: { reason: 'ImagePullBackOff', message: 'Back-off pulling image "{image}"' },
    emits: [
      { type: 'Normal', reason: 'BackOff', text: 'Back-off pulling image "{image}"' },
      { type: 'Warning', reason: 'Failed', text: 'Error: ImagePullBackOff' },
    ],
    actions: ['report'],
    then: { after: { computed: 'pullBackOff' }, fire: 'sync' },
    repeatEvery: WORKER_RESYNC_MS,
    follows: `${IMAGE_MANAGER} (backOff.IsInBackOffSince: 10 s doubling to 5 min)`,
  },
  // ── create and start ──
  {
    from: 'Creating',
    on: 'configFailed',
    to: 'ConfigRejected',
    waiting: { reason: 'CreateContainerConfigError', message: '{configError}' },
    emits: [{ type: 'Warning', reason: 'Failed', text: 'Error: {configError}' }],
    actions: ['report', 'attemptDone'],
    then: { after: WORKER_RESYNC_MS, fire: 'sync' },
    follows: `${START_CONTAINER} (generateContainerConfig failed: ErrCreateContainerConfig); retried each resync`,
  },
  {
    from: 'Creating',
    on: 'created',
    when: 'startFailed',
    to: 'Running',
    emits: [
      { type: 'Normal', reason: 'Created', text: 'Created container {name}' },
      { type: 'Warning', reason: 'Failed', text: 'Error: {startFailure}' },
    ],
    actions: ['attemptDone'],
    follows: `${START_CONTAINER} (StartContainer failed: the exit, StartError 128, follows at once)`,
  },
  {
    from: 'Creating',
    on: 'created',
    when: 'hasPostStart',
    to: 'PostStartHook',
    emits: [
      { type: 'Normal', reason: 'Created', text: 'Created container {name}' },
      { type: 'Normal', reason: 'Started', text: 'Started container {name}' },
    ],
    actions: ['runPostStart'],
    follows: `${START_CONTAINER} (step 4: the postStart hook, before SyncPod moves on)`,
  },
  {
    from: 'Creating',
    on: 'created',
    to: 'Running',
    emits: [
      { type: 'Normal', reason: 'Created', text: 'Created container {name}' },
      { type: 'Normal', reason: 'Started', text: 'Started container {name}' },
    ],
    actions: ['setRunning', 'startProbes', 'report', 'attemptDone'],
    follows: START_CONTAINER,
  },
  {
    from: 'PostStartHook',
    on: 'hookSucceeded',
    to: 'Running',
    actions: ['setRunning', 'startProbes', 'report', 'attemptDone'],
    follows: HANDLERS,
  },
  {
    from: 'PostStartHook',
    on: 'hookFailed',
    to: 'Stopping',
    emits: [
      { type: 'Warning', reason: 'FailedPostStartHook', text: 'PostStartHook failed' },
      { type: 'Normal', reason: 'Killing', text: 'FailedPostStartHook' },
    ],
    actions: ['killForPostStart', 'sigterm', 'attemptDone'],
    then: { after: { computed: 'grace' }, fire: 'graceOver' },
    follows: `${START_CONTAINER} (killContainer with reason FailedPostStartHook; the message stays out of the event)`,
  },
  // ── stop ──
  {
    from: ['Running', 'PostStartHook'],
    on: 'kill',
    when: 'hasPreStop',
    to: 'PreStopHook',
    emits: [{ type: 'Normal', reason: 'Killing', text: '{killMessage}' }],
    actions: ['stopProbes', 'cancelHook', 'runPreStop'],
    then: { after: { computed: 'grace' }, fire: 'graceOver' },
    follows: `${KILL_CONTAINER} (preStop first, inside the grace period)`,
  },
  {
    from: ['Running', 'PostStartHook'],
    on: 'kill',
    to: 'Stopping',
    emits: [{ type: 'Normal', reason: 'Killing', text: '{killMessage}' }],
    actions: ['stopProbes', 'cancelHook', 'sigterm'],
    then: { after: { computed: 'grace' }, fire: 'graceOver' },
    follows: KILL_CONTAINER,
  },
  {
    from: 'PreStopHook',
    on: 'hookSucceeded',
    to: 'Stopping',
    actions: ['sigterm'],
    then: { after: { computed: 'graceAfterHook' }, fire: 'graceOver' },
    follows: `${PRE_STOP} (what is left of the grace period, at least 2 s)`,
  },
  {
    from: 'PreStopHook',
    on: 'hookFailed',
    to: 'Stopping',
    emits: [{ type: 'Warning', reason: 'FailedPreStopHook', text: 'PreStopHook failed' }],
    actions: ['sigterm'],
    then: { after: { computed: 'graceAfterHook' }, fire: 'graceOver' },
    follows: `${PRE_STOP} (the message stays out of the event)`,
  },
  {
    from: 'PreStopHook',
    on: 'graceOver',
    to: 'Stopping',
    actions: ['cancelHook', 'sigterm'],
    then: { after: { computed: 'graceAfterHook' }, fire: 'graceOver' },
    follows: `${PRE_STOP} (not done within the grace period: StopContainer with the 2 s minimum)`,
  },
  {
    from: 'PreStopHook',
    on: 'kill',
    to: 'PreStopHook',
    then: { after: { computed: 'grace' }, fire: 'graceOver' },
    follows: `${KILL_CONTAINER} (a second kill with a shorter grace)`,
  },
  {
    from: 'Stopping',
    on: 'kill',
    to: 'Stopping',
    then: { after: { computed: 'grace' }, fire: 'graceOver' },
    follows: `${KILL_CONTAINER} (a second kill with a shorter grace moves SIGKILL)`,
  },
  {
    from: 'Stopping',
    on: 'graceOver',
    to: 'Stopping',
    actions: ['sigkill'],
    follows: `${KILL_CONTAINER} (StopContainer timeout)`,
  },
  {
    from: ['Running', 'PostStartHook', 'PreStopHook', 'Stopping', 'Removed'],
    on: 'exit',
    to: 'Exited',
    actions: ['stopProbes', 'cancelHook', 'recordExit', 'tellWorker'],
    follows: 'pkg/kubelet/pleg/generic.go relist (ContainerDied)',
  },
  {
    from: '*',
    on: 'abandon',
    to: 'Removed',
    actions: ['stopProbes', 'cancelHook', 'silentKill'],
    follows: 'pkg/kubelet/kubelet.go HandlePodRemoves (the Pod object is gone)',
  },
  ...RESTART_RULES,
];
