// The Priority admission plugin on Pod create (plugin/pkg/admission/priority/admission.go admitPod):
// resolves spec.priorityClassName to its value and preemption policy, or refuses a class that does
// not exist; a priority or preemptionPolicy the request set itself must match what the class gives.
// The only classes are the two the API server creates at start-up (scheduling/v1
// SystemPriorityClasses). Since v1.17 the plugin no longer keeps them to kube-system; a cluster
// that wants that configures a ResourceQuota limitedResources rule, which a kubeadm cluster does not.
import type { Pod } from 'kubernetes-types/core/v1';

/** pkg/apis/scheduling: SystemCriticalPriority = 2000000000; node-critical is 1000 above it. */
export const SYSTEM_PRIORITY_CLASSES: Readonly<Record<string, number>> = {
  'system-node-critical': 2_000_001_000,
  'system-cluster-critical': 2_000_000_000,
};

/** Fills spec.priority and spec.preemptionPolicy, or says why the Pod is forbidden. */
export function admitPodPriority(pod: Pod): string | undefined {
  const spec = pod.spec;
  if (!spec) return undefined;
  let priority = 0;
  // No globalDefault class exists, so a Pod without a class gets DefaultPriorityWhenNoDefaultClassExists.
  const className = spec.priorityClassName ?? '';
  if (className !== '') {
    const value = SYSTEM_PRIORITY_CLASSES[className];
    if (value === undefined) return `no PriorityClass with name ${className} was found`;
    priority = value;
  }
  if (spec.priority !== undefined && spec.priority !== null && spec.priority !== priority)
    return `the integer value of priority (${spec.priority}) must not be provided in pod spec; priority admission controller computed ${priority} from the given PriorityClass name`;
  spec.priority = priority;
  const policy = 'PreemptLowerPriority';
  if (spec.preemptionPolicy !== undefined && spec.preemptionPolicy !== null && spec.preemptionPolicy !== policy)
    return `the string value of PreemptionPolicy (${spec.preemptionPolicy}) must not be provided in pod spec; priority admission controller computed ${policy} from the given PriorityClass name`;
  spec.preemptionPolicy = policy;
  return undefined;
}
