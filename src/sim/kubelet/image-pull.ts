// The image side of starting a container: is the reference usable, is the image on the node, and
// how long a pull takes on a node that pulls one image at a time (serializeImagePulls: true).
import type { Container } from 'kubernetes-types/core/v1';
import type { ImageLookup } from '../program';
import type { NodeRuntime } from './context';
import { invalidReferenceMessage, parseImageReference } from '../images/reference';
import { MANIFEST_CHECK_MS, PULL_BYTES_PER_MS, PULL_LATENCY_MS, PULL_NOT_FOUND_MS } from '../timing';

/** The kubelet's InspectFailed text for a reference it cannot parse (applyDefaultImageTag), or undefined. */
export function referenceError(image: string): string | undefined {
  if (parseImageReference(image)) return undefined;
  return `Failed to apply default image tag "${image}": ${invalidReferenceMessage(image)}`;
}

/** The pull policy allows using the image already on the node (shouldPullImage is false). */
export function usesPresentImage(spec: Container, node: NodeRuntime, lookup: ImageLookup): boolean {
  const image = spec.image ?? '';
  return node.images.has(image) && spec.imagePullPolicy !== 'Always' && lookup.found;
}

export function neverPullsMissing(spec: Container, node: NodeRuntime): boolean {
  return spec.imagePullPolicy === 'Never' && !node.images.has(spec.image ?? '');
}

export interface QueuedPull {
  lookup: ImageLookup;
  /** The pull itself. */
  durationMs: number;
  /** Request to done, including the wait behind earlier pulls. */
  totalMs: number;
  doneAt: number;
}

/** Puts a pull in the node's queue: pulls on a node run one after another. */
export function queuePull(node: NodeRuntime, image: string, lookup: ImageLookup, now: number): QueuedPull {
  const present = node.images.has(image);
  const layersComing = (node.pullsQueued.get(image) ?? -1) >= now;
  const durationMs = lookup.found
    ? present || layersComing
      ? MANIFEST_CHECK_MS
      : PULL_LATENCY_MS + Math.round(lookup.info.sizeBytes / PULL_BYTES_PER_MS)
    : PULL_NOT_FOUND_MS;
  const doneAt = Math.max(now, node.pullBusyUntil) + durationMs;
  node.pullBusyUntil = doneAt;
  if (lookup.found) node.pullsQueued.set(image, doneAt);
  return { lookup, durationMs, totalMs: doneAt - now, doneAt };
}
