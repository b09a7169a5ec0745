// Which Pod updates the API server accepts (pkg/apis/core/validation ValidatePodUpdate): labels and
// annotations freely; in the spec only images, activeDeadlineSeconds (set or lowered), added
// tolerations (or an existing one's tolerationSeconds), and a negative terminationGracePeriodSeconds
// corrected to 1, and scheduling gates removed. Anything else is Forbidden. The checks run in ValidatePodUpdate's order.
import type { Pod } from 'kubernetes-types/core/v1';
import type { FieldError } from './status-errors';

export const POD_UPDATE_FORBIDDEN =
  'pod updates may not change fields other than `spec.containers[*].image`,`spec.initContainers[*].image`,`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions to existing tolerations),`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)';

/** JSON with sorted keys, so two specs compare by content. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function validatePodSpecUpdate(oldPod: Pod, newPod: Pod): FieldError[] {
  const oldSpec = oldPod.spec!;
  const newSpec = newPod.spec!;
  const masked = (spec: Pod['spec'], other: Pod['spec']) => {
    const copy = JSON.parse(JSON.stringify(spec)) as NonNullable<Pod['spec']>;
    copy.containers?.forEach((c, i) => {
      if (other?.containers?.[i]) c.image = other.containers[i].image;
    });
    copy.initContainers?.forEach((c, i) => {
      if (other?.initContainers?.[i]) c.image = other.initContainers[i].image;
    });
    delete copy.activeDeadlineSeconds;
    delete copy.tolerations;
    // Scheduling gates may only be removed, checked below (validateSchedulingGates' update rule).
    delete copy.schedulingGates;
    const oldGrace = oldSpec.terminationGracePeriodSeconds;
    if (oldGrace !== undefined && oldGrace < 0 && newSpec.terminationGracePeriodSeconds === 1)
      delete copy.terminationGracePeriodSeconds;
    return copy;
  };
  const errors: FieldError[] = [];
  // ValidateContainerUpdates: a different number of containers stops validation at once.
  for (const key of ['containers', 'initContainers'] as const) {
    if ((oldSpec[key]?.length ?? 0) !== (newSpec[key]?.length ?? 0))
      return [{ field: `spec.${key}`, type: 'Forbidden', detail: 'pod updates may not add or remove containers' }];
  }
  // activeDeadlineSeconds may be set or lowered, never raised or removed once set; either error ends validation.
  const oldDeadline = oldSpec.activeDeadlineSeconds;
  const newDeadline = newSpec.activeDeadlineSeconds;
  if (oldDeadline !== undefined && newDeadline !== undefined && newDeadline > oldDeadline) {
    return [
      {
        field: 'spec.activeDeadlineSeconds',
        type: 'Invalid value',
        value: String(newDeadline),
        detail: 'must be less than or equal to previous value',
      },
    ];
  }
  if (oldDeadline !== undefined && newDeadline === undefined) {
    // A nil *int64 prints as the string "null" in field errors.
    return [
      {
        field: 'spec.activeDeadlineSeconds',
        type: 'Invalid value',
        value: '"null"',
        detail: 'must not update from a positive integer to nil value',
      },
    ];
  }
  // validateOnlyAddedTolerations: every old toleration must still be there, its tolerationSeconds aside.
  const withoutSeconds = (t: object) => stableJson({ ...t, tolerationSeconds: undefined });
  const newTolerations = (newSpec.tolerations ?? []).map(withoutSeconds);
  if (!(oldSpec.tolerations ?? []).every((t) => newTolerations.includes(withoutSeconds(t)))) {
    errors.push({
      field: 'spec.tolerations',
      type: 'Forbidden',
      detail: 'existing toleration can not be modified except its tolerationSeconds',
    });
  }
  const oldGates = new Set((oldSpec.schedulingGates ?? []).map((g) => g.name));
  (newSpec.schedulingGates ?? []).forEach((gate, i) => {
    if (!oldGates.has(gate.name))
      errors.push({
        field: `spec.schedulingGates[${i}].name`,
        type: 'Forbidden',
        detail: `only deletion is allowed, but found new scheduling gate '${gate.name}'`,
      });
  });
  if (stableJson(masked(oldSpec, oldSpec)) !== stableJson(masked(newSpec, oldSpec)))
    errors.push({ field: 'spec', type: 'Forbidden', detail: POD_UPDATE_FORBIDDEN });
  return errors;
}
