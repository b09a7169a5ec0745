// The simulated cluster's front door: `createCluster` plus every type a caller needs.
import { Cluster, type ClusterOptions } from './cluster';

export { Cluster, DEFAULT_START_TIME, type ClusterOptions } from './cluster';
export type * from './api';
export type { ProbeResult, ProbeKind } from './kubelet/prober';
export type { NodeSpecOption } from './nodes';
export { DEFAULT_NODES, KUBELET_VERSION } from './nodes';
export { SimClock } from './clock';
export { SeededRandom } from './random';
export type * from './program';
export { parseQuantity, canonicalQuantity, milliCores, quantityValue } from './apiserver/quantity';
export { parseLabelSelector, matchesLabels } from './apiserver/label-selectors';
export { utf8Length } from './utf8';

export function createCluster(opts: ClusterOptions = {}): Cluster {
  return new Cluster(opts);
}
