// Every delay the simulated cluster waits for, in one place, each with the upstream setting or the
// measurement it stands for. Milliseconds unless the name says otherwise.

/** The kubelet reports a newly bound Pod (ContainerCreating) this long after the binding (its watch + first sync). */
export const ADMIT_MS = 100;

/** Sandbox creation (pause container + CNI) before the first image pull starts. */
export const SANDBOX_MS = 500;

/** Pull time: a fixed registry round trip plus the image's size at ~10 MB/s (kuard's 9.7 MB ≈ 1.5 s). */
export const PULL_LATENCY_MS = 500;
export const PULL_BYTES_PER_MS = 10_000;
/** A pull of an image already on the node (imagePullPolicy Always) only re-checks the manifest. */
export const MANIFEST_CHECK_MS = 350;
/** A registry that answers "not found" does so after one round trip. */
export const PULL_NOT_FOUND_MS = 400;

/** The kubelet notices an exit and restarts on its next sync, about a second later (PLEG relist period 1s). */
export const RESTART_SYNC_MS = 1000;

/** An image-pull failure shows ErrImagePull until the next sync turns it into ImagePullBackOff. */
export const PULL_BACKOFF_SYNC_MS = 1000;

/**
 * A pod worker whose sync failed retries about every 10 s and records its event again
 * (pkg/kubelet/pod_workers.go: a failed sync is requeued after backOffPeriod, 10 s).
 */
export const WORKER_RESYNC_MS = 10_000;

/** killContainer never waits less than 2 s (pkg/kubelet/kuberuntime minimumGracePeriodInSeconds). */
export const MIN_KILL_GRACE_SECONDS = 2;

/** The grace period when the Pod spec names none (core/v1 DefaultTerminationGracePeriodSeconds). */
export const DEFAULT_GRACE_SECONDS = 30;

/**
 * Restart back-off (pkg/kubelet/kubelet.go: flowcontrol.NewBackOff(backOffPeriod, MaxContainerBackOff)):
 * 10 s doubling to a 5 min cap; an entry untouched for twice the cap expires.
 */
export const BACKOFF_INITIAL_MS = 10_000;
export const BACKOFF_MAX_MS = 300_000;

/** metrics-server scrapes every kubelet once per --metric-resolution (15 s in its released components.yaml). */
export const METRIC_RESOLUTION_MS = 15_000;
/** metrics-server pkg/storage/pod.go freshContainerMinMetricsResolution. */
export const FRESH_CONTAINER_MIN_MS = 10_000;

/**
 * The scheduling queue (pkg/scheduler/internal/queue/scheduling_queue.go): a Pod's back-off starts
 * at podInitialBackoffDuration and doubles per attempt to podMaxBackoffDuration;
 * flushUnschedulablePodsLeftover runs every 30 s and retries Pods that have waited longer than
 * podMaxInUnschedulablePodsDuration.
 */
export const SCHEDULER_INITIAL_BACKOFF_MS = 1000;
export const SCHEDULER_MAX_BACKOFF_MS = 10_000;
export const UNSCHEDULABLE_FLUSH_PERIOD_MS = 30_000;
export const UNSCHEDULABLE_MAX_WAIT_MS = 5 * 60_000;

/** PodGC (pkg/controller/podgc/gc_controller.go): gcCheckPeriod and the orphan quarantineTime. */
export const PODGC_CHECK_PERIOD_MS = 20_000;
export const PODGC_QUARANTINE_MS = 40_000;

/**
 * The volume manager's reconciler runs every 100 ms (volumemanager reconcilerLoopSleepPeriod); a failed
 * mount may be retried once its back-off has passed (exponentialbackoff: 500 ms doubling to 2 min 2 s,
 * SafeToRetry refusing while time since the failure <= the back-off), so on the first pass after it.
 */
export const VOLUME_RECONCILE_MS = 100;
export const MOUNT_BACKOFF_INITIAL_MS = 500;
export const MOUNT_BACKOFF_MAX_MS = 122_000;
