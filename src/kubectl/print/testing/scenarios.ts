// The cluster states the chapter shows, one Pod per state, with the events a real cluster would
// have recorded for them. Shared by the unit tests, the golden generator and the benchmark.
// The order of scenarios (and so of events, whose names count up) is fixed: goldens depend on it.

import { makeNode, makePersistentVolume, makePersistentVolumeClaim, resetEventCounter } from './fixtures-cluster';
import type { Scenario } from './scenario-parts';
import { addFailingScenarios } from './scenarios-failing';
import { addStartingScenarios } from './scenarios-healthy';
import { addLateScenarios } from './scenarios-late';

export type { Scenario } from './scenario-parts';

export function buildScenarios(): Record<string, Scenario> {
  resetEventCounter();
  const s: Record<string, Scenario> = {};
  addStartingScenarios(s);
  addFailingScenarios(s);
  addLateScenarios(s);
  return s;
}

export function buildNodes() {
  return [
    makeNode('control-plane', 86400 * 3, { controlPlane: true }),
    makeNode('node-1', 86400 * 3 - 60),
    makeNode('node-2', 86400 * 3 - 60),
  ];
}

export function buildVolumes() {
  return {
    pvs: [
      makePersistentVolume('task-pv-volume', 600, { namespace: 'default', name: 'my-pvc' }),
      makePersistentVolume('spare-pv', 300),
    ],
    pvcs: [makePersistentVolumeClaim('my-pvc', 590, 'task-pv-volume'), makePersistentVolumeClaim('waiting-pvc', 20)],
  };
}
