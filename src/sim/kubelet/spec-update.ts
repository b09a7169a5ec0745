// An allowed spec change on a running Pod: only a container's image may change, and the kubelet
// restarts that container (computePodActions compares the container's spec hash).
import type { Pod } from 'kubernetes-types/core/v1';
import type { ContainerRunner } from './container-runner';
import { DEFAULT_GRACE_SECONDS } from '../timing';

/** A container waiting on its image tries again at once when the image changes. */
const IMAGE_WAITING_REASONS = new Set(['ErrImagePull', 'ImagePullBackOff', 'InvalidImageName', 'ErrImageNeverPull']);

export function restartChangedContainers(runners: readonly ContainerRunner[], pod: Pod, podActive: boolean): void {
  const all = [...(pod.spec?.initContainers ?? []), ...(pod.spec?.containers ?? [])];
  for (const runner of runners) {
    const spec = all.find((c) => c.name === runner.name);
    if (!spec || spec.image === runner.spec.image) {
      if (spec) runner.spec = spec;
      continue;
    }
    runner.spec = spec;
    if (runner.running) {
      runner.kill(
        'spec',
        pod.spec?.terminationGracePeriodSeconds ?? DEFAULT_GRACE_SECONDS,
        `Container ${runner.name} definition changed, will be restarted`,
      );
    } else if (runner.state.waiting && podActive && (!runner.init || !runner.succeeded)) {
      if (IMAGE_WAITING_REASONS.has(runner.state.waiting.reason ?? '')) runner.begin();
    }
  }
}
