// Defaults and validation for the non-Pod kinds a learner may create: Namespaces,
// PersistentVolumes and PersistentVolumeClaims (pkg/apis/core/validation, v1 defaults).
import type { Namespace, PersistentVolume, PersistentVolumeClaim } from 'kubernetes-types/core/v1';
import { quote, type FieldError } from './status-errors';
import { validateLabels, validateAnnotationsSize, validateObjectName } from './pod-validation';
import { mut } from '../mutable';

const ACCESS_MODES = ['ReadOnlyMany', 'ReadWriteMany', 'ReadWriteOnce', 'ReadWriteOncePod'];
const supported = (values: string[]) => `supported values: ${values.map((v) => `"${v}"`).join(', ')}`;

function validateAccessModes(modes: string[] | undefined, field: string, errors: FieldError[]): void {
  if (!modes || modes.length === 0) {
    errors.push({ field, type: 'Required value', detail: 'at least 1 access mode is required' });
    return;
  }
  for (const mode of modes) {
    if (!ACCESS_MODES.includes(mode))
      errors.push({ field, type: 'Unsupported value', value: quote(mode), detail: supported(ACCESS_MODES) });
  }
}

export function defaultClaim(pvc: PersistentVolumeClaim): void {
  pvc.spec ??= {};
  pvc.spec.volumeMode ??= 'Filesystem';
  mut(pvc).status = { phase: 'Pending' };
}

export function validateClaim(pvc: PersistentVolumeClaim): FieldError[] {
  const errors: FieldError[] = [];
  validateObjectName(pvc.metadata?.name, pvc.metadata?.generateName, errors);
  validateLabels(pvc.metadata?.labels, errors);
  validateAnnotationsSize(pvc.metadata?.annotations, errors);
  validateAccessModes(pvc.spec?.accessModes, 'spec.accessModes', errors);
  if (pvc.spec?.resources?.requests?.storage === undefined)
    errors.push({ field: 'spec.resources[storage]', type: 'Required value' });
  return errors;
}

export function defaultVolume(pv: PersistentVolume): void {
  pv.spec ??= {};
  pv.spec.persistentVolumeReclaimPolicy ??= 'Retain';
  pv.spec.volumeMode ??= 'Filesystem';
  if (pv.spec.hostPath) pv.spec.hostPath.type ??= '';
  mut(pv).status = { phase: 'Pending' };
}

export function validateVolume(pv: PersistentVolume): FieldError[] {
  const errors: FieldError[] = [];
  validateObjectName(pv.metadata?.name, pv.metadata?.generateName, errors);
  validateLabels(pv.metadata?.labels, errors);
  validateAnnotationsSize(pv.metadata?.annotations, errors);
  validateAccessModes(pv.spec?.accessModes, 'spec.accessModes', errors);
  if (pv.spec?.capacity?.storage === undefined) errors.push({ field: 'spec.capacity', type: 'Required value' });
  const sources = ['hostPath', 'nfs', 'local', 'csi'].filter(
    (k) => (pv.spec as Record<string, unknown> | undefined)?.[k] !== undefined,
  );
  if (sources.length === 0)
    errors.push({ field: 'spec', type: 'Required value', detail: 'must specify a volume type' });
  if (!['Retain', 'Delete', 'Recycle'].includes(pv.spec?.persistentVolumeReclaimPolicy ?? 'Retain'))
    errors.push({
      field: 'spec.persistentVolumeReclaimPolicy',
      type: 'Unsupported value',
      value: quote(pv.spec?.persistentVolumeReclaimPolicy),
      detail: supported(['Delete', 'Recycle', 'Retain']),
    });
  return errors;
}

export function defaultNamespace(ns: Namespace): void {
  ns.metadata!.labels = { ...(ns.metadata!.labels ?? {}), 'kubernetes.io/metadata.name': ns.metadata!.name! };
  ns.spec = { finalizers: ['kubernetes'] };
  mut(ns).status = { phase: 'Active' };
}

export function validateNamespace(ns: Namespace): FieldError[] {
  const errors: FieldError[] = [];
  const name = ns.metadata?.name;
  if (!name)
    errors.push({ field: 'metadata.name', type: 'Required value', detail: 'name or generateName is required' });
  else if (!/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(name) || name.length > 63)
    errors.push({
      field: 'metadata.name',
      type: 'Invalid value',
      value: quote(name),
      detail:
        "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')",
    });
  validateLabels(ns.metadata?.labels, errors);
  validateAnnotationsSize(ns.metadata?.annotations, errors);
  return errors;
}
