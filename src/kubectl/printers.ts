// The printer API (fixed names, src/kubectl/print/index.ts) as the commands use it.

export {
  printTable,
  printWatchRows,
  printObjects,
  printNames,
  printJsonPath,
  sortObjects,
  describePod,
  describeNode,
  describePersistentVolumeClaim,
  describePersistentVolume,
  humanDuration,
  toGoJsonInFieldOrder,
} from './print';
