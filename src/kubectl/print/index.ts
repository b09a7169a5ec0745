// kubectl's output printers: pure functions from API objects (and the current time) to the exact
// text kubectl v1.32 prints. No cluster access; callers pass everything in.

export { humanDuration } from './duration';
export { podStatusText, summarizePod } from './pod-status';
export type { PodRowSummary } from './pod-status';
export { printTable, printWatchRows, formatLabels } from './table';
export type { TableOptions } from './table';
export { printObjects, printNames } from './objects';
export type { PrintObjectsOptions } from './objects';
export { toYaml } from './yaml';
export { printJsonPath } from './jsonpath';
export { sortObjects } from './sort';
export { describePod } from './describe-pod';
export { describeNode, defaultNodeLease } from './describe-node';
export type { DescribeNodeOptions, NodeLease } from './describe-node';
export { describePersistentVolume, describePersistentVolumeClaim } from './describe-storage';
export type { DescribeClaimOptions } from './describe-storage';
