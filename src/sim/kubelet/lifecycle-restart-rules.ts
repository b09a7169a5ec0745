// The restart part of the container lifecycle (see lifecycle-table.ts): what happens between an
// exit and the next start - the restart sync, crash back-off, probe-kill restarts, spec changes.
import type { ContainerRule } from './lifecycle-table';
import { RESTART_SYNC_MS, WORKER_RESYNC_MS } from '../timing';

const COMPUTE_ACTIONS = 'pkg/kubelet/kuberuntime/kuberuntime_manager.go computePodActions';
const DO_BACKOFF = 'pkg/kubelet/kuberuntime/kuberuntime_manager.go doBackOff';

export const RESTART_RULES: readonly ContainerRule[] = [
  {
    from: 'Exited',
    on: 'crashed',
    when: 'startFailed',
    to: 'Exited',
    waiting: { reason: 'RunContainerError', message: '{startFailure}' },
    then: { after: { computed: 'restartSync' }, fire: 'restartSync' },
    follows: `${COMPUTE_ACTIONS} (the failed start's reasonCache entry)`,
  },
  {
    from: 'Exited',
    on: 'crashed',
    when: 'postStartFailed',
    to: 'Exited',
    waiting: { reason: 'PostStartHookError', message: '{hookError}' },
    then: { after: { computed: 'restartSync' }, fire: 'restartSync' },
    follows: `${COMPUTE_ACTIONS} (the reasonCache keeps ErrPostStartHook until the next start)`,
  },
  {
    from: 'Exited',
    on: 'crashed',
    to: 'Exited',
    then: { after: { computed: 'restartSync' }, fire: 'restartSync' },
    follows: COMPUTE_ACTIONS,
  },
  {
    from: 'Exited',
    on: 'restartSync',
    when: 'inBackOff',
    to: 'CrashBackOff',
    waiting: { reason: 'CrashLoopBackOff', message: 'back-off {backOff} restarting failed container={name} pod={who}' },
    emits: [{ type: 'Warning', reason: 'BackOff', text: 'Back-off restarting failed container {name} in pod {who}' }],
    actions: ['report'],
    then: { after: { computed: 'backOffLeft' }, fire: 'backOffOver' },
    repeatEvery: WORKER_RESYNC_MS,
    follows: DO_BACKOFF,
  },
  {
    from: 'Exited',
    on: 'restartSync',
    to: 'Waiting',
    actions: ['countBackOff', 'nextInstance', 'sync'],
    follows: DO_BACKOFF,
  },
  {
    from: 'CrashBackOff',
    on: 'backOffOver',
    to: 'Waiting',
    actions: ['countBackOff', 'nextInstance', 'sync'],
    follows: DO_BACKOFF,
  },
  {
    from: 'Exited',
    on: 'probeKilled',
    when: 'previousExitInBackOff',
    to: 'Exited',
    then: { after: { computed: 'restartSync' }, fire: 'restartSync' },
    follows: `${DO_BACKOFF} (reads the exit before the kill)`,
  },
  {
    from: 'Exited',
    on: 'probeKilled',
    when: 'firstProbeKill',
    to: 'Waiting',
    actions: ['nextInstance', 'sync'],
    follows: `${COMPUTE_ACTIONS} (kill and start in one sync)`,
  },
  {
    from: 'Exited',
    on: 'probeKilled',
    to: 'Waiting',
    actions: ['countBackOff', 'nextInstance', 'sync'],
    follows: `${COMPUTE_ACTIONS} (kill and start in one sync)`,
  },
  {
    from: 'Exited',
    on: 'specChanged',
    to: 'Exited',
    then: { after: RESTART_SYNC_MS, fire: 'specSync' },
    follows: `${COMPUTE_ACTIONS} (container hash changed)`,
  },
  {
    from: 'Exited',
    on: 'specSync',
    to: 'Waiting',
    actions: ['countBackOff', 'nextInstance', 'sync'],
    follows: `${COMPUTE_ACTIONS} (container hash changed)`,
  },
];
