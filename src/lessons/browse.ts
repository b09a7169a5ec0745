// One request to the page behind the learner's port-forward, as the in-app browser (or a lesson's
// stand-in button for one of kuard's links) sends it: to the Pod and port of the first open forward.

import type { ClusterApi } from '../sim/api';
import type { PortForward } from '../kubectl/console-types';

export interface PageRequest {
  method: 'GET' | 'PUT' | 'POST';
  path: string;
  body?: string;
}

export type PageAnswer = { ok: true; status: number; body: string } | { ok: false; reason: string };

export function sendThroughForward(
  cluster: ClusterApi,
  forwards: readonly PortForward[],
  req: PageRequest,
): PageAnswer {
  const forward = forwards[0];
  if (!forward)
    return {
      ok: false,
      reason: 'No port-forward is open, so nothing answers on localhost. Start kubectl port-forward first.',
    };
  const result = cluster.portForward(forward.namespace, forward.pod, forward.podPort, {
    method: req.method,
    path: req.path,
    from: 'port-forward',
    ...(req.body !== undefined ? { body: req.body, headers: { 'Content-Type': 'application/json' } } : {}),
  });
  if (!result.ok) return { ok: false, reason: result.error.message };
  const answer = result.value;
  if ('error' in answer) {
    return {
      ok: false,
      reason:
        answer.error === 'timeout'
          ? 'The page did not answer in time.'
          : `Connection refused on port ${forward.podPort}.`,
    };
  }
  return { ok: true, status: answer.status, body: answer.body };
}
