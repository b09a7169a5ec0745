// What every part of the simulated kubelet shares: the clock, randomness, the store and event
// recorder, the image catalogue, per-node state (pulled images, pod IPs) and long-lived storage.
import type { Pod } from 'kubernetes-types/core/v1';
import type { ImageCatalog } from '../program';
import type { SimClock } from '../clock';
import type { SeededRandom } from '../random';
import type { ObjectStore } from '../apiserver/store';
import type { EventRecorder } from '../events';
import type { ProbeResult } from './prober';
import type { VolumeStorage } from './volumes';

export interface NodeRuntime {
  name: string;
  hostIP: string;
  /** Third octet of the node's pod CIDR (10.244.N.0/24). */
  podSubnet: number;
  /** Image references already pulled to this node. */
  images: Set<string>;
  usedIPs: Set<number>;
  /** The kubelet pulls one image at a time (serializeImagePulls: true): when the current pull ends. */
  pullBusyUntil: number;
  /** When the last queued pull of each image ends: a second pull of it only re-checks the manifest. */
  pullsQueued: Map<string, number>;
  nextIP: number;
  allocatableCpuMilli: number;
  allocatableMemory: number;
}

export interface KubeletContext {
  clock: SimClock;
  random: SeededRandom;
  store: ObjectStore;
  events: EventRecorder;
  images: ImageCatalog;
  storage: VolumeStorage;
  probeListeners: Set<(r: ProbeResult) => void>;
  /** The claim's bound PersistentVolume, for mounting. */
  boundVolume(
    namespace: string,
    claimName: string,
  ): { name: string; nfs?: { server: string; path: string }; hostPath?: { path: string } } | undefined;
  /** The Pod left the store (its node's resources are free again). */
  podGone(pod: Pod): void;
}
