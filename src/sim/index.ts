// The simulated cluster's front door: `createCluster` plus every type a caller needs.
import { Cluster, type ClusterOptions } from './cluster';

export { Cluster, type ClusterOptions } from './cluster';
export type * from './api';
export type * from './program';
export { quantityValue } from './apiserver/quantity';
export { parseLabelSelector, matchesLabels } from './apiserver/label-selectors';
export { isValidLabelValue } from './apiserver/label-validation';
export { utf8Length } from './utf8';
export { metadataDecodeError } from './apiserver/decode';

export function createCluster(opts: ClusterOptions = {}): Cluster {
  return new Cluster(opts);
}
