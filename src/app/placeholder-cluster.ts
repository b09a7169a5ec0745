// Stand-in until src/sim/index.ts (createCluster) lands: a clock and nothing else, so the page,
// the editor and the console can be built and tested. Every request fails the way an unreachable
// API server would be reported. Deleted once the simulator is wired in.

import type { ApiResult, ClusterApi, StatusError } from '../sim/api';
import { SimClock } from '../sim/clock';

function unavailable<T>(): ApiResult<T> {
  const error: StatusError = {
    kind: 'Status',
    apiVersion: 'v1',
    metadata: {},
    status: 'Failure',
    message: 'the server is currently unable to handle the request',
    reason: 'InternalError',
    code: 503,
  };
  return { ok: false, error };
}

export function createPlaceholderCluster(options: { startTime: number; seed: number }): ClusterApi {
  return {
    clock: new SimClock(options.startTime),
    server: { gitVersion: 'v1.32.4', controlPlaneURL: 'https://127.0.0.1:6443', coreDNSURL: '' },
    create: unavailable,
    update: unavailable,
    get: unavailable,
    list: unavailable,
    delete: unavailable,
    watch: () => () => {},
    readLogs: unavailable,
    exec: unavailable,
    portForward: unavailable,
    podMetrics: unavailable,
    nodeMetrics: unavailable,
  };
}
