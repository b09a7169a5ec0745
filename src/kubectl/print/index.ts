// kubectl's output printers: pure functions from API objects (and the current time) to the exact
// text kubectl v1.32 prints. No cluster access; callers pass everything in.

export { humanDuration } from './duration';
export { podStatusText } from './pod-status';
export { printTable, printWatchRows } from './table';
export type { TableOptions } from './table';
export { printObjects, printNames } from './objects';
export { printJsonPath } from './jsonpath';
export { sortObjects } from './sort';
export { describePod } from './describe-pod';
export { describeNode } from './describe-node';
export { describePersistentVolume, describePersistentVolumeClaim } from './describe-storage';
export { toGoJsonInFieldOrder } from './json';
