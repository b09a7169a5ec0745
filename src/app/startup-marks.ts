// Start-up phases as User Timing measures ("pod-lab:…"), for the start-up benchmark and a
// performance trace to read: how long making the cluster, replaying, opening the lesson and the
// first command each took, and where each sat after navigation. Wall-clock time stays out of
// src/sim; it is read here, around the calls into it.

const STARTUP_MEASURE_PREFIX = 'pod-lab:';

/** Runs `work`, recording its span as the measure `pod-lab:<phase>`. */
export function measureStartup<T>(phase: string, work: () => T): T {
  const start = typeof performance === 'undefined' ? undefined : performance.now();
  try {
    return work();
  } finally {
    if (start !== undefined) performance.measure(STARTUP_MEASURE_PREFIX + phase, { start, end: performance.now() });
  }
}

/** Records the moment `pod-lab:<phase>` (a zero-length measure, so one list holds every phase). */
export function markStartup(phase: string): void {
  if (typeof performance === 'undefined') return;
  const now = performance.now();
  performance.measure(STARTUP_MEASURE_PREFIX + phase, { start: now, end: now });
}
