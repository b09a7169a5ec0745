// A pod's effective requests and limits (k8s.io/component-helpers resource.PodRequests/PodLimits,
// as describe node sums them): the larger of the sum over containers and the largest init
// container, per resource, plus the pod overhead.

import type { Pod } from '../../sim/api';
import { type Quantity, addQuantities, parseQuantity } from './quantity';

type ResourceMap = Record<string, Quantity>;

function add(into: ResourceMap, list: Record<string, unknown> | undefined): void {
  for (const [name, text] of Object.entries(list ?? {})) {
    const q = parseQuantity(text as string);
    if (q) into[name] = addQuantities(into[name], q)!;
  }
}

function maxInto(into: ResourceMap, list: ResourceMap): void {
  for (const [name, q] of Object.entries(list)) {
    const current = into[name];
    if (!current || q.nanos > current.nanos) into[name] = q;
  }
}

export function podRequestsAndLimits(pod: Pod): { requests: ResourceMap; limits: ResourceMap } {
  const requests: ResourceMap = {};
  const limits: ResourceMap = {};
  for (const c of pod.spec?.containers ?? []) {
    add(requests, c.resources?.requests);
    add(limits, c.resources?.limits);
  }
  // Sidecars (restartable init containers) run alongside the app containers; plain init
  // containers run one at a time before them.
  const sidecarRequests: ResourceMap = {};
  const sidecarLimits: ResourceMap = {};
  const initRequests: ResourceMap = {};
  const initLimits: ResourceMap = {};
  for (const c of pod.spec?.initContainers ?? []) {
    if (c.restartPolicy === 'Always') {
      add(sidecarRequests, c.resources?.requests);
      add(sidecarLimits, c.resources?.limits);
      continue;
    }
    const withSidecars: ResourceMap = { ...sidecarRequests };
    add(withSidecars, c.resources?.requests);
    maxInto(initRequests, withSidecars);
    const limitsWithSidecars: ResourceMap = { ...sidecarLimits };
    add(limitsWithSidecars, c.resources?.limits);
    maxInto(initLimits, limitsWithSidecars);
  }
  for (const [name, q] of Object.entries(sidecarRequests)) requests[name] = addQuantities(requests[name], q)!;
  for (const [name, q] of Object.entries(sidecarLimits)) limits[name] = addQuantities(limits[name], q)!;
  maxInto(requests, initRequests);
  maxInto(limits, initLimits);
  add(requests, pod.spec?.overhead);
  if (Object.keys(limits).length > 0) add(limits, pod.spec?.overhead);
  return { requests, limits };
}
