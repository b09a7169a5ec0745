// A mount that cannot succeed (a configMap or secret volume whose object is missing) is retried by
// the volume manager's reconciler with an exponential back-off per volume operation
// (pkg/volume/util/nestedpendingoperations + goroutinemap/exponentialbackoff). Every attempt that
// fails records a FailedMount warning; the Pod stays ContainerCreating until the mounts succeed.
import type { SimClock, TimerId } from '../clock';
import { MOUNT_BACKOFF_INITIAL_MS, MOUNT_BACKOFF_MAX_MS, VOLUME_RECONCILE_MS } from '../timing';

export class MountRetry {
  private timer: TimerId | undefined;
  private backOffMs = 0;

  constructor(private readonly clock: SimClock) {}

  /** An attempt failed: try again on the first reconciler pass after the (doubled) back-off. */
  failed(retry: () => void): void {
    this.backOffMs =
      this.backOffMs === 0 ? MOUNT_BACKOFF_INITIAL_MS : Math.min(this.backOffMs * 2, MOUNT_BACKOFF_MAX_MS);
    this.cancel();
    this.timer = this.clock.after(
      this.backOffMs + VOLUME_RECONCILE_MS,
      () => {
        this.timer = undefined;
        retry();
      },
      'volume mount retry',
    );
  }

  cancel(): void {
    if (this.timer !== undefined) this.clock.cancel(this.timer);
    this.timer = undefined;
  }
}
