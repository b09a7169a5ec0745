// Pod validation with the API server's field paths and wording (pkg/apis/core/validation and
// apimachinery pkg/util/validation). Runs after defaulting, on the object about to be stored.
import { utf8Length } from '../utf8';
import type { Container, Pod, Probe } from 'kubernetes-types/core/v1';
import { quote, type FieldError } from './status-errors';
import { quantityValue } from './quantity';

const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

export const SUBDOMAIN_MESSAGE =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
const LABEL_MESSAGE =
  "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";
const LABEL_VALUE_MESSAGE =
  "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')";
const QUALIFIED_NAME_MESSAGE =
  "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')";

const supported = (values: string[]) => `supported values: ${values.map((v) => `"${v}"`).join(', ')}`;

/** metadata.name of a namespaced or cluster object: an RFC 1123 subdomain. */
export function validateObjectName(
  name: string | undefined,
  generateName: string | undefined,
  errors: FieldError[],
): void {
  if (!name) {
    if (!generateName)
      errors.push({ field: 'metadata.name', type: 'Required value', detail: 'name or generateName is required' });
    return;
  }
  if (name.length > 253)
    errors.push({
      field: 'metadata.name',
      type: 'Invalid value',
      value: quote(name),
      detail: 'must be no more than 253 characters',
    });
  else if (!DNS1123_SUBDOMAIN.test(name))
    errors.push({ field: 'metadata.name', type: 'Invalid value', value: quote(name), detail: SUBDOMAIN_MESSAGE });
}

/** apimachinery ValidateAnnotations: keys and values together may hold at most TotalAnnotationSizeLimitB (256 KiB). */
export function validateAnnotationsSize(annotations: Record<string, string> | undefined, errors: FieldError[]): void {
  let total = 0;
  for (const [key, value] of Object.entries(annotations ?? {})) total += utf8Length(key) + utf8Length(value ?? '');
  if (total > 256 * 1024)
    errors.push({ field: 'metadata.annotations', type: 'Too long', detail: `must have at most ${256 * 1024} bytes` });
}

export function validateLabels(labels: Record<string, string> | undefined, errors: FieldError[]): void {
  for (const [key, value] of Object.entries(labels ?? {})) {
    const namePart = key.includes('/') ? key.slice(key.indexOf('/') + 1) : key;
    if (!/^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/.test(namePart) || namePart.length > 63)
      errors.push({
        field: 'metadata.labels',
        type: 'Invalid value',
        value: quote(key),
        detail: QUALIFIED_NAME_MESSAGE,
      });
    if (value.length > 63)
      errors.push({
        field: 'metadata.labels',
        type: 'Invalid value',
        value: quote(value),
        detail: 'must be no more than 63 characters',
      });
    else if (!/^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/.test(value))
      errors.push({
        field: 'metadata.labels',
        type: 'Invalid value',
        value: quote(value),
        detail: LABEL_VALUE_MESSAGE,
      });
  }
}

function nonNegative(value: number | undefined, field: string, errors: FieldError[]): void {
  if (value !== undefined && value < 0)
    errors.push({ field, type: 'Invalid value', value: String(value), detail: 'must be greater than or equal to 0' });
}

function validateProbe(
  probe: Probe | undefined,
  field: string,
  kind: 'liveness' | 'readiness' | 'startup',
  errors: FieldError[],
): void {
  if (!probe) return;
  const handlers = [probe.exec, probe.httpGet, probe.tcpSocket, probe.grpc].filter((h) => h !== undefined).length;
  if (handlers === 0) errors.push({ field, type: 'Required value', detail: 'must specify a handler type' });
  if (handlers > 1) errors.push({ field, type: 'Forbidden', detail: 'may not specify more than 1 handler type' });
  nonNegative(probe.initialDelaySeconds, `${field}.initialDelaySeconds`, errors);
  nonNegative(probe.timeoutSeconds, `${field}.timeoutSeconds`, errors);
  nonNegative(probe.periodSeconds, `${field}.periodSeconds`, errors);
  nonNegative(probe.successThreshold, `${field}.successThreshold`, errors);
  nonNegative(probe.failureThreshold, `${field}.failureThreshold`, errors);
  if (kind !== 'readiness' && probe.successThreshold !== undefined && probe.successThreshold !== 1)
    errors.push({
      field: `${field}.successThreshold`,
      type: 'Invalid value',
      value: String(probe.successThreshold),
      detail: 'must be 1',
    });
  if (kind === 'readiness' && probe.terminationGracePeriodSeconds !== undefined)
    errors.push({
      field: `${field}.terminationGracePeriodSeconds`,
      type: 'Invalid value',
      value: String(probe.terminationGracePeriodSeconds),
      detail: 'must not be set for readinessProbes',
    });
  if (probe.terminationGracePeriodSeconds !== undefined && probe.terminationGracePeriodSeconds <= 0)
    errors.push({
      field: `${field}.terminationGracePeriodSeconds`,
      type: 'Invalid value',
      value: String(probe.terminationGracePeriodSeconds),
      detail: 'must be greater than 0',
    });
  const port = probe.httpGet?.port ?? probe.tcpSocket?.port ?? probe.grpc?.port;
  const portField = probe.httpGet
    ? `${field}.httpGet.port`
    : probe.tcpSocket
      ? `${field}.tcpSocket.port`
      : `${field}.grpc.port`;
  if (handlers === 1 && !probe.exec) {
    if (typeof port === 'number' && (port < 1 || port > 65535))
      errors.push({
        field: portField,
        type: 'Invalid value',
        value: String(port),
        detail: 'must be between 1 and 65535, inclusive',
      });
    if (port === undefined) errors.push({ field: portField, type: 'Required value' });
  }
  if (probe.httpGet?.scheme !== undefined && !['HTTP', 'HTTPS'].includes(probe.httpGet.scheme))
    errors.push({
      field: `${field}.httpGet.scheme`,
      type: 'Unsupported value',
      value: quote(probe.httpGet.scheme),
      detail: supported(['HTTP', 'HTTPS']),
    });
  if (probe.exec && (probe.exec.command ?? []).length === 0)
    errors.push({ field: `${field}.exec.command`, type: 'Required value' });
}

function validateResources(c: Container, field: string, errors: FieldError[]): void {
  const requests = c.resources?.requests ?? {};
  const limits = c.resources?.limits ?? {};
  for (const [name, value] of [...Object.entries(requests), ...Object.entries(limits)]) {
    const v = quantityValue(value);
    if (v !== undefined && v < 0)
      errors.push({
        field: `${field}.resources`,
        type: 'Invalid value',
        value: quote(value),
        detail: 'must be greater than or equal to 0',
      });
    if (!['cpu', 'memory', 'ephemeral-storage'].includes(name) && !name.includes('/') && !name.startsWith('hugepages-'))
      errors.push({
        field: `${field}.resources.${Object.prototype.hasOwnProperty.call(requests, name) ? 'requests' : 'limits'}[${name}]`,
        type: 'Invalid value',
        value: quote(name),
        detail: 'must be a standard resource type or fully qualified',
      });
  }
  for (const [name, value] of Object.entries(requests)) {
    const limit = limits[name];
    if (limit === undefined) continue;
    if ((quantityValue(value) ?? 0) > (quantityValue(limit) ?? 0))
      errors.push({
        field: `${field}.resources.requests`,
        type: 'Invalid value',
        value: quote(String(value)),
        detail: `must be less than or equal to ${name} limit of ${limit}`,
      });
  }
}

function validateContainer(
  c: Container,
  field: string,
  volumes: Set<string>,
  errors: FieldError[],
  init: boolean,
): void {
  if (!c.name) errors.push({ field: `${field}.name`, type: 'Required value' });
  else if (!DNS1123_LABEL.test(c.name) || c.name.length > 63)
    errors.push({ field: `${field}.name`, type: 'Invalid value', value: quote(c.name), detail: LABEL_MESSAGE });
  if (!c.image || c.image.trim() === '') errors.push({ field: `${field}.image`, type: 'Required value' });
  if (c.imagePullPolicy !== undefined && !['Always', 'IfNotPresent', 'Never'].includes(c.imagePullPolicy))
    errors.push({
      field: `${field}.imagePullPolicy`,
      type: 'Unsupported value',
      value: quote(c.imagePullPolicy),
      detail: supported(['Always', 'IfNotPresent', 'Never']),
    });
  const portNames = new Set<string>();
  (c.ports ?? []).forEach((p, i) => {
    const pf = `${field}.ports[${i}]`;
    if (!p.containerPort) errors.push({ field: `${pf}.containerPort`, type: 'Required value' });
    else if (p.containerPort < 1 || p.containerPort > 65535)
      errors.push({
        field: `${pf}.containerPort`,
        type: 'Invalid value',
        value: String(p.containerPort),
        detail: 'must be between 1 and 65535, inclusive',
      });
    if (p.hostPort !== undefined && p.hostPort !== 0 && (p.hostPort < 1 || p.hostPort > 65535))
      errors.push({
        field: `${pf}.hostPort`,
        type: 'Invalid value',
        value: String(p.hostPort),
        detail: 'must be between 1 and 65535, inclusive',
      });
    if (p.protocol !== undefined && !['TCP', 'UDP', 'SCTP'].includes(p.protocol))
      errors.push({
        field: `${pf}.protocol`,
        type: 'Unsupported value',
        value: quote(p.protocol),
        detail: supported(['SCTP', 'TCP', 'UDP']),
      });
    if (p.name !== undefined) {
      if (p.name.length > 15)
        errors.push({
          field: `${pf}.name`,
          type: 'Invalid value',
          value: quote(p.name),
          detail: 'must be no more than 15 characters',
        });
      else if (!/^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/.test(p.name) || !/[a-z]/.test(p.name) || p.name.includes('--'))
        errors.push({
          field: `${pf}.name`,
          type: 'Invalid value',
          value: quote(p.name),
          detail: 'must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)',
        });
      else if (portNames.has(p.name))
        errors.push({ field: `${pf}.name`, type: 'Duplicate value', value: quote(p.name) });
      portNames.add(p.name);
    }
  });
  (c.env ?? []).forEach((e, i) => {
    if (!e.name) errors.push({ field: `${field}.env[${i}].name`, type: 'Required value' });
  });
  validateResources(c, field, errors);
  const mountPaths = new Set<string>();
  (c.volumeMounts ?? []).forEach((m, i) => {
    const mf = `${field}.volumeMounts[${i}]`;
    if (!m.name) errors.push({ field: `${mf}.name`, type: 'Required value' });
    else if (!volumes.has(m.name)) errors.push({ field: `${mf}.name`, type: 'Not found', value: quote(m.name) });
    if (!m.mountPath) errors.push({ field: `${mf}.mountPath`, type: 'Required value' });
    else if (mountPaths.has(m.mountPath))
      errors.push({
        field: `${mf}.mountPath`,
        type: 'Invalid value',
        value: quote(m.mountPath),
        detail: 'must be unique',
      });
    if (m.mountPath) mountPaths.add(m.mountPath);
  });
  if (init) {
    for (const p of ['livenessProbe', 'readinessProbe', 'startupProbe'] as const) {
      if (c[p] && c.restartPolicy !== 'Always')
        errors.push({
          field: `${field}.${p}`,
          type: 'Forbidden',
          detail: 'may not be set for init containers without restartPolicy=Always',
        });
    }
  } else {
    validateProbe(c.livenessProbe, `${field}.livenessProbe`, 'liveness', errors);
    validateProbe(c.readinessProbe, `${field}.readinessProbe`, 'readiness', errors);
    validateProbe(c.startupProbe, `${field}.startupProbe`, 'startup', errors);
  }
}

export function validatePod(pod: Pod): FieldError[] {
  const errors: FieldError[] = [];
  validateObjectName(pod.metadata?.name, pod.metadata?.generateName, errors);
  validateLabels(pod.metadata?.labels, errors);
  validateAnnotationsSize(pod.metadata?.annotations, errors);
  const spec: NonNullable<Pod['spec']> = pod.spec ?? { containers: [] };
  const volumes = new Set<string>();
  (spec.volumes ?? []).forEach((v, i) => {
    const vf = `spec.volumes[${i}]`;
    if (!v.name) errors.push({ field: `${vf}.name`, type: 'Required value' });
    else if (volumes.has(v.name)) errors.push({ field: `${vf}.name`, type: 'Duplicate value', value: quote(v.name) });
    else if (!DNS1123_LABEL.test(v.name))
      errors.push({ field: `${vf}.name`, type: 'Invalid value', value: quote(v.name), detail: LABEL_MESSAGE });
    if (v.name) volumes.add(v.name);
    const sources = Object.keys(v).filter((k) => k !== 'name');
    if (sources.length === 0) errors.push({ field: vf, type: 'Required value', detail: 'must specify a volume type' });
    if (sources.length > 1)
      errors.push({
        field: `${vf}.${sources[1]}`,
        type: 'Forbidden',
        detail: 'may not specify more than 1 volume type',
      });
    if (v.hostPath && !v.hostPath.path) errors.push({ field: `${vf}.hostPath.path`, type: 'Required value' });
    if (v.nfs && !v.nfs.server) errors.push({ field: `${vf}.nfs.server`, type: 'Required value' });
    if (v.nfs && !v.nfs.path) errors.push({ field: `${vf}.nfs.path`, type: 'Required value' });
    if (v.persistentVolumeClaim && !v.persistentVolumeClaim.claimName)
      errors.push({ field: `${vf}.persistentVolumeClaim.claimName`, type: 'Required value' });
  });
  const names = new Set<string>();
  const checkName = (c: Container, field: string) => {
    if (c.name && names.has(c.name))
      errors.push({ field: `${field}.name`, type: 'Duplicate value', value: quote(c.name) });
    if (c.name) names.add(c.name);
  };
  (spec.initContainers ?? []).forEach((c, i) => {
    validateContainer(c, `spec.initContainers[${i}]`, volumes, errors, true);
    checkName(c, `spec.initContainers[${i}]`);
  });
  if (!spec.containers || spec.containers.length === 0)
    errors.push({ field: 'spec.containers', type: 'Required value' });
  (spec.containers ?? []).forEach((c, i) => {
    validateContainer(c, `spec.containers[${i}]`, volumes, errors, false);
    checkName(c, `spec.containers[${i}]`);
  });
  if (!['Always', 'OnFailure', 'Never'].includes(spec.restartPolicy ?? 'Always'))
    errors.push({
      field: 'spec.restartPolicy',
      type: 'Unsupported value',
      value: quote(spec.restartPolicy),
      detail: supported(['Always', 'OnFailure', 'Never']),
    });
  if (!['ClusterFirstWithHostNet', 'ClusterFirst', 'Default', 'None'].includes(spec.dnsPolicy ?? 'ClusterFirst'))
    errors.push({
      field: 'spec.dnsPolicy',
      type: 'Unsupported value',
      value: quote(spec.dnsPolicy),
      detail: supported(['ClusterFirstWithHostNet', 'ClusterFirst', 'Default', 'None']),
    });
  if (spec.activeDeadlineSeconds !== undefined && spec.activeDeadlineSeconds <= 0)
    errors.push({
      field: 'spec.activeDeadlineSeconds',
      type: 'Invalid value',
      value: String(spec.activeDeadlineSeconds),
      detail: 'must be between 1 and 2147483647, inclusive',
    });
  for (const [i, t] of (spec.tolerations ?? []).entries()) {
    if (t.operator !== undefined && !['Exists', 'Equal'].includes(t.operator))
      errors.push({
        field: `spec.tolerations[${i}].operator`,
        type: 'Unsupported value',
        value: quote(t.operator),
        detail: supported(['Equal', 'Exists']),
      });
  }
  return errors;
}

/** Non-fatal problems the API server reports as warnings (pkg/api/pod/warnings.go). */
export function podWarnings(pod: Pod): string[] {
  const warnings: string[] = [];
  const grace = pod.spec?.terminationGracePeriodSeconds;
  if (grace !== undefined && grace < 0)
    warnings.push(
      'spec.terminationGracePeriodSeconds: must be >= 0; negative values are invalid and will be treated as 1',
    );
  return warnings;
}
