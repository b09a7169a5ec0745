// The pod's QoS class as kubectl shows it: status.qosClass when the API server set it,
// otherwise computed like ComputePodQOS (pkg/apis/core/helper/qos): Guaranteed when every
// container limits cpu and memory with requests equal to limits, BestEffort when nothing is
// requested or limited, Burstable otherwise.

import type { Pod } from '../../sim/api';
import { parseQuantity } from './quantity';

const QOS_RESOURCES = ['cpu', 'memory'];

export function podQosClass(pod: Pod): string {
  if (pod.status?.qosClass) return pod.status.qosClass;
  const containers = [...(pod.spec?.containers ?? []), ...(pod.spec?.initContainers ?? [])];
  let anySet = false;
  let guaranteed = true;
  for (const c of containers) {
    const requests = (c.resources?.requests ?? {}) as Record<string, string>;
    const limits = (c.resources?.limits ?? {}) as Record<string, string>;
    for (const name of QOS_RESOURCES) {
      const request = parseQuantity(requests[name]);
      const limit = parseQuantity(limits[name]);
      if ((request && request.nanos !== 0n) || (limit && limit.nanos !== 0n)) anySet = true;
      if (!limit || limit.nanos === 0n) guaranteed = false;
      else if (request && request.nanos !== limit.nanos) guaranteed = false;
    }
  }
  if (!anySet) return 'BestEffort';
  return guaranteed ? 'Guaranteed' : 'Burstable';
}
