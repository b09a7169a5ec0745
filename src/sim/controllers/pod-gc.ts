// The pod garbage collector's orphan sweep (pkg/controller/podgc/gc_controller.go gcOrphaned): a
// Pod bound to a node that does not exist is marked Failed with a DisruptionTarget condition and
// force-deleted. The controller runs every gcCheckPeriod (20 s); a missing node name first seen in
// one run waits out quarantineTime (40 s) in a delaying queue, so the Pod goes in the run 40 s later.
// Runs are only simulated while an orphan is waiting, on the 20 s grid the controller started on.
import type { Node, Pod } from 'kubernetes-types/core/v1';
import type { SimClock } from '../clock';
import type { ObjectStore } from '../apiserver/store';
import { rfc3339 } from '../time-format';
import { mut } from '../mutable';
import { PODGC_CHECK_PERIOD_MS, PODGC_QUARANTINE_MS } from '../timing';

export class PodGarbageCollector {
  private readonly startedAt: number;
  /** Missing node names and when each leaves quarantine. */
  private quarantine = new Map<string, number>();
  private nextRun: number | undefined;

  constructor(
    private readonly store: ObjectStore,
    private readonly clock: SimClock,
    private readonly forceDelete: (pod: Pod) => void,
  ) {
    this.startedAt = clock.now();
  }

  /** A Pod was bound to a node by name: if that node is missing, the next run notices. */
  podBound(pod: Pod): void {
    if (this.nodeExists(pod.spec?.nodeName ?? '')) return;
    this.scheduleRun(this.clock.now());
  }

  private nodeExists(name: string): boolean {
    return this.store.find<Node>('Node', undefined, name) !== undefined;
  }

  /** The first run of the 20 s loop at or after `at`. */
  private scheduleRun(at: number): void {
    const ticks = Math.ceil((at - this.startedAt) / PODGC_CHECK_PERIOD_MS);
    const runAt = this.startedAt + ticks * PODGC_CHECK_PERIOD_MS;
    if (this.nextRun !== undefined && this.nextRun <= runAt) return;
    this.nextRun = runAt;
    this.clock.schedule(
      runAt,
      () => {
        if (this.nextRun !== runAt) return;
        this.nextRun = undefined;
        this.run();
      },
      'pod garbage collector',
    );
  }

  private run(): void {
    const now = this.clock.now();
    const orphans = this.store.all<Pod>('Pod').filter((p) => p.spec?.nodeName && !this.nodeExists(p.spec.nodeName));
    // nodeQueue.AddAfter keeps the earliest ready time for a name already waiting.
    for (const pod of orphans) {
      const name = pod.spec!.nodeName!;
      if (!this.quarantine.has(name)) this.quarantine.set(name, now + PODGC_QUARANTINE_MS);
    }
    const deletedNodes = new Set<string>();
    for (const [name, readyAt] of [...this.quarantine]) {
      if (readyAt > now) continue;
      this.quarantine.delete(name);
      if (!this.nodeExists(name)) deletedNodes.add(name);
    }
    for (const pod of orphans) {
      if (deletedNodes.has(pod.spec!.nodeName!)) this.markFailedAndDelete(pod);
    }
    if (this.quarantine.size > 0) this.scheduleRun(Math.min(...this.quarantine.values()));
  }

  /** markFailedAndDeletePodWithCondition: phase Failed plus the condition, then a delete with grace 0. */
  private markFailedAndDelete(pod: Pod): void {
    const phase = pod.status?.phase;
    if (phase !== 'Succeeded' && phase !== 'Failed') {
      const status = mut(pod.status ?? {});
      status.phase = 'Failed';
      status.conditions = [
        ...(status.conditions ?? []).filter((c) => c.type !== 'DisruptionTarget'),
        {
          lastProbeTime: null as unknown as undefined,
          lastTransitionTime: rfc3339(this.clock.now()),
          message: 'PodGC: node no longer exists',
          reason: 'DeletionByPodGC',
          status: 'True',
          type: 'DisruptionTarget',
        },
      ];
      mut(pod).status = status;
      this.store.modified(pod);
    }
    this.forceDelete(pod);
  }
}
