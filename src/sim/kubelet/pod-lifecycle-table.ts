// The life of a Pod on its node, as data (the container-level table is lifecycle-table.ts):
// admitted, sandbox up and containers started in order, stopped by its deadline, its restart policy
// or a deletion, and finally removed. pod-worker.ts executes it through lifecycle-engine.ts.
import type { Rule } from './lifecycle-engine';

export type PodPhaseOnNode =
  /** Accepted by the kubelet; the sandbox is being created. */
  | 'Admitted'
  /** Sandbox up: init containers, then app containers, restarted by the policy. */
  | 'Active'
  /** Past activeDeadlineSeconds: containers are being stopped; nothing restarts. */
  | 'DeadlineExceeded'
  /** restartPolicy Never/OnFailure and the app containers are done: the sidecars are being stopped. */
  | 'Completing'
  /** Deleted: containers get SIGTERM, SIGKILL at the end of the grace period. */
  | 'Terminating'
  /** Done for good (phase Succeeded or Failed); the object stays until deleted. */
  | 'Finished'
  /** The object is gone from the API. */
  | 'Gone';

export type PodEvent =
  | 'volumesChecked'
  | 'sandboxUp'
  | 'deadline'
  | 'delete'
  | 'containerStopped'
  | 'appsFinished'
  | 'completed'
  | 'forceDelete';

export type PodGuard = 'containersRunning' | 'volumesMissing';

export type PodAction =
  | 'failMount'
  | 'createSandbox'
  | 'setUpNetwork'
  | 'mountVolumes'
  | 'startNext'
  | 'cancelStart'
  | 'clearDeadline'
  | 'killContainers'
  | 'stopNextSidecar'
  | 'checkStopped'
  | 'applyRestartPolicy'
  | 'checkCompleted'
  | 'stopSidecars'
  | 'settlePhase'
  | 'finish'
  | 'failForDeadline'
  | 'report'
  | 'reportTerminal'
  | 'removeObject'
  | 'abandonContainers';

export type PodRule = Rule<PodPhaseOnNode, PodEvent, PodGuard, PodAction>;

const SYNC_POD = 'pkg/kubelet/kuberuntime/kuberuntime_manager.go SyncPod';
const TERMINATING = 'pkg/kubelet/kubelet.go SyncTerminatingPod';
const COMPUTE_POD_ACTIONS = 'pkg/kubelet/kuberuntime/kuberuntime_manager.go computePodActions';

export const POD_LIFECYCLE: readonly PodRule[] = [
  {
    from: 'Admitted',
    on: 'volumesChecked',
    when: 'volumesMissing',
    to: 'Admitted',
    actions: ['failMount'],
    follows:
      'pkg/kubelet/volumemanager/reconciler mountOrAttachVolumes; operationexecutor GenerateMountVolumeFunc (FailedMount, retried with exponential back-off); SyncPod waits in WaitForAttachAndMount',
  },
  {
    from: 'Admitted',
    on: 'volumesChecked',
    to: 'Admitted',
    actions: ['createSandbox'],
    follows: `${SYNC_POD} (volumes mounted: the sandbox is created next)`,
  },
  {
    from: 'Admitted',
    on: 'sandboxUp',
    to: 'Active',
    actions: ['setUpNetwork', 'mountVolumes', 'startNext'],
    follows: `${SYNC_POD} (createPodSandbox, then init containers one by one, then the containers in order)`,
  },
  {
    from: ['Admitted', 'Active'],
    on: 'deadline',
    to: 'DeadlineExceeded',
    emits: [
      {
        type: 'Normal',
        reason: 'DeadlineExceeded',
        text: 'Pod was active on the node longer than the specified deadline',
      },
    ],
    actions: ['cancelStart', 'killContainers', 'report', 'checkStopped'],
    follows:
      'pkg/kubelet/active_deadline.go ShouldEvict; pkg/kubelet/pod_workers.go UpdatePod (SyncPodKill, grace from the spec)',
  },
  {
    from: 'DeadlineExceeded',
    on: 'containerStopped',
    when: 'containersRunning',
    to: 'DeadlineExceeded',
    actions: ['stopNextSidecar', 'report'],
    follows: 'pkg/kubelet/status/status_manager.go mergePodStatus (phase stays Running while containers may run)',
  },
  {
    from: 'DeadlineExceeded',
    on: 'containerStopped',
    to: 'Finished',
    actions: ['failForDeadline', 'finish', 'report'],
    follows: 'pkg/kubelet/status/status_manager.go mergePodStatus (Failed, reason DeadlineExceeded, once all stopped)',
  },
  {
    from: 'Active',
    on: 'containerStopped',
    to: 'Active',
    actions: ['applyRestartPolicy', 'checkCompleted', 'report'],
    follows: `${COMPUTE_POD_ACTIONS} (restartPolicy)`,
  },
  {
    from: 'Active',
    on: 'appsFinished',
    to: 'Completing',
    actions: ['stopSidecars', 'report'],
    follows: `${COMPUTE_POD_ACTIONS} (no app container to keep or start: KillPod, and the sidecars are not restarted)`,
  },
  {
    from: 'Completing',
    on: 'containerStopped',
    when: 'containersRunning',
    to: 'Completing',
    actions: ['stopNextSidecar', 'report'],
    follows: 'pkg/kubelet/kuberuntime/kuberuntime_termination_order.go (the next sidecar, last declared first)',
  },
  {
    from: 'Completing',
    on: 'containerStopped',
    to: 'Finished',
    actions: ['settlePhase', 'finish', 'report'],
    follows: 'pkg/kubelet/status/status_manager.go mergePodStatus (terminal only once no container can run)',
  },
  {
    from: 'Active',
    on: 'completed',
    to: 'Finished',
    actions: ['finish'],
    follows: 'pkg/kubelet/kubelet_pods.go getPhase (Succeeded or Failed: nothing will restart)',
  },
  {
    from: 'Finished',
    on: 'containerStopped',
    to: 'Finished',
    actions: ['report'],
    follows: 'pkg/kubelet/kubelet_pods.go generateAPIPodStatus',
  },
  {
    from: ['Admitted', 'Active', 'DeadlineExceeded', 'Completing', 'Finished'],
    on: 'delete',
    to: 'Terminating',
    actions: ['clearDeadline', 'cancelStart', 'killContainers', 'checkStopped'],
    follows: `${TERMINATING} (killPod with the deletion's grace period)`,
  },
  {
    from: 'Terminating',
    on: 'delete',
    to: 'Terminating',
    actions: ['killContainers'],
    follows: `${TERMINATING} (a shorter grace period brings SIGKILL closer)`,
  },
  {
    from: 'Terminating',
    on: 'containerStopped',
    when: 'containersRunning',
    to: 'Terminating',
    actions: ['stopNextSidecar', 'report'],
    follows: TERMINATING,
  },
  {
    from: 'Terminating',
    on: 'containerStopped',
    to: 'Gone',
    actions: ['reportTerminal', 'removeObject'],
    follows: 'pkg/kubelet/status/status_manager.go syncPod (terminal phase, then the final delete)',
  },
  {
    from: '*',
    on: 'forceDelete',
    to: 'Gone',
    actions: ['clearDeadline', 'cancelStart', 'abandonContainers'],
    follows: 'pkg/kubelet/kubelet.go HandlePodRemoves',
  },
];
