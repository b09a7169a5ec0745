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
