// One container's block in `kubectl describe pod` (kubectl pkg/describe describeContainers):
// basic info, command, state, resources, probes, environment and mounts, in kubectl's order.

import type { Pod } from '../../sim/api';
import type { DescribeWriter } from './describe-writer';
import { rfc1123z } from './describe-writer';
import { canonicalQuantity, parseQuantity } from './quantity';

type Container = NonNullable<Pod['spec']>['containers'][number];
type ContainerStatus = NonNullable<NonNullable<Pod['status']>['containerStatuses']>[number];
type ContainerState = NonNullable<ContainerStatus['state']>;
type Probe = NonNullable<Container['livenessProbe']>;
type EnvVar = NonNullable<Container['env']>[number];

export function writeContainers(
  w: DescribeWriter,
  label: string,
  containers: Container[],
  statuses: ContainerStatus[] | undefined,
  pod: Pod,
): void {
  const byName = new Map((statuses ?? []).map((s) => [s.name, s]));
  w.write(0, `${label}:${containers.length === 0 ? ' <none>' : ''}\n`);
  for (const container of containers) {
    const status = byName.get(container.name);
    writeBasicInfo(w, container, status);
    writeCommand(w, container);
    if (status) writeState(w, status);
    writeResources(w, container.resources, 2);
    writeProbes(w, container);
    if (container.envFrom && container.envFrom.length > 0) writeEnvFrom(w, container);
    writeEnv(w, container, pod);
    writeMounts(w, container);
  }
}

function writeBasicInfo(w: DescribeWriter, c: Container, status: ContainerStatus | undefined): void {
  w.write(1, `${c.name}:\n`);
  if (status) w.write(2, `Container ID:\t${status.containerID ?? ''}\n`);
  w.write(2, `Image:\t${c.image ?? ''}\n`);
  if (status) w.write(2, `Image ID:\t${status.imageID ?? ''}\n`);
  const ports = (c.ports ?? []).map((p) => `${p.containerPort}/${p.protocol ?? ''}`).join(', ');
  if (ports.includes(',')) w.write(2, `Ports:\t${ports}\n`);
  else w.write(2, `Port:\t${ports || '<none>'}\n`);
  const hostPorts = (c.ports ?? []).map((p) => `${p.hostPort ?? 0}/${p.protocol ?? ''}`).join(', ');
  if (hostPorts.includes(',')) w.write(2, `Host Ports:\t${hostPorts}\n`);
  else w.write(2, `Host Port:\t${hostPorts || '<none>'}\n`);
  const seccomp = c.securityContext?.seccompProfile;
  if (seccomp) {
    w.write(2, `SeccompProfile:\t${seccomp.type}\n`);
    if (seccomp.type === 'Localhost') w.write(3, `LocalhostProfile:\t${seccomp.localhostProfile ?? ''}\n`);
  }
}

function writeCommand(w: DescribeWriter, c: Container): void {
  for (const [title, words] of [
    ['Command', c.command],
    ['Args', c.args],
  ] as const) {
    if (!words || words.length === 0) continue;
    w.write(2, `${title}:\n`);
    for (const word of words) for (const line of word.split('\n')) w.write(3, `${line}\n`);
  }
}

function writeStateBlock(w: DescribeWriter, title: string, state: ContainerState | undefined): void {
  if (state?.running) {
    w.write(2, `${title}:\tRunning\n`);
    w.write(3, `Started:\t${rfc1123z(state.running.startedAt)}\n`);
  } else if (state?.waiting) {
    w.write(2, `${title}:\tWaiting\n`);
    if (state.waiting.reason) w.write(3, `Reason:\t${state.waiting.reason}\n`);
  } else if (state?.terminated) {
    const t = state.terminated;
    w.write(2, `${title}:\tTerminated\n`);
    if (t.reason) w.write(3, `Reason:\t${t.reason}\n`);
    if (t.message) w.write(3, `Message:\t${t.message}\n`);
    w.write(3, `Exit Code:\t${t.exitCode}\n`);
    if (t.signal && t.signal > 0) w.write(3, `Signal:\t${t.signal}\n`);
    w.write(3, `Started:\t${rfc1123z(t.startedAt)}\n`);
    w.write(3, `Finished:\t${rfc1123z(t.finishedAt)}\n`);
  } else {
    w.write(2, `${title}:\tWaiting\n`);
  }
}

function writeState(w: DescribeWriter, status: ContainerStatus): void {
  writeStateBlock(w, 'State', status.state);
  if (status.lastState?.terminated) writeStateBlock(w, 'Last State', status.lastState);
  w.write(2, `Ready:\t${status.ready ? 'True' : 'False'}\n`);
  w.write(2, `Restart Count:\t${status.restartCount ?? 0}\n`);
}

export function writeResources(
  w: DescribeWriter,
  resources: { limits?: Record<string, unknown>; requests?: Record<string, unknown> } | undefined,
  level: number,
): void {
  if (!resources) return;
  for (const [title, list] of [
    ['Limits', resources.limits],
    ['Requests', resources.requests],
  ] as const) {
    const names = Object.keys(list ?? {}).sort();
    if (names.length === 0) continue;
    w.write(level, `${title}:\n`);
    for (const name of names) w.write(level + 1, `${name}:\t${canonicalQuantity(list![name] as string)}\n`);
  }
}

/** kubectl's one-line probe summary (DescribeProbe). */
export function describeProbe(probe: Probe): string {
  const attrs = `delay=${probe.initialDelaySeconds ?? 0}s timeout=${probe.timeoutSeconds ?? 0}s period=${probe.periodSeconds ?? 0}s #success=${
    probe.successThreshold ?? 0
  } #failure=${probe.failureThreshold ?? 0}`;
  if (probe.exec) return `exec [${(probe.exec.command ?? []).join(' ')}] ${attrs}`;
  if (probe.httpGet) {
    const g = probe.httpGet;
    const port = String(g.port ?? '');
    const host = g.host ?? '';
    // net.JoinHostPort brackets IPv6 hosts.
    const hostPort = port ? `${host.includes(':') ? `[${host}]` : host}:${port}` : host;
    let path = g.path ?? '';
    if (path && !path.startsWith('/') && hostPort) path = `/${path}`;
    return `http-get ${(g.scheme ?? '').toLowerCase()}://${hostPort}${path} ${attrs}`;
  }
  if (probe.tcpSocket) return `tcp-socket ${probe.tcpSocket.host ?? ''}:${String(probe.tcpSocket.port ?? '')} ${attrs}`;
  if (probe.grpc) return `grpc <pod>:${probe.grpc.port} ${probe.grpc.service ?? ''} ${attrs}`;
  return `unknown ${attrs}`;
}

function writeProbes(w: DescribeWriter, c: Container): void {
  if (c.livenessProbe) w.write(2, `Liveness:\t${describeProbe(c.livenessProbe)}\n`);
  if (c.readinessProbe) w.write(2, `Readiness:\t${describeProbe(c.readinessProbe)}\n`);
  if (c.startupProbe) w.write(2, `Startup:\t${describeProbe(c.startupProbe)}\n`);
}

function writeEnvFrom(w: DescribeWriter, c: Container): void {
  w.write(2, 'Environment Variables from:\n');
  for (const e of c.envFrom ?? []) {
    const from = e.configMapRef ? 'ConfigMap' : e.secretRef ? 'Secret' : '';
    const ref = e.configMapRef ?? e.secretRef;
    const optional = Boolean(ref?.optional);
    const source = e.prefix ? `${from} with prefix '${e.prefix}'` : from;
    w.write(3, `${ref?.name ?? ''}\t${source}\tOptional: ${optional}\n`);
  }
}

// describe's EnvValueRetriever converts the field path with kubectl's own scheme, which knows no
// Pod field labels beyond the defaults (runtime.DefaultMetaV1FieldSelectorConversion): only
// metadata.name and metadata.namespace resolve; any other path (a label, the uid, status.podIP)
// fails to convert and shows an empty value.
function resolveFieldRef(pod: Pod, fieldPath: string): string {
  const meta = pod.metadata ?? {};
  if (fieldPath === 'metadata.name') return meta.name ?? '';
  if (fieldPath === 'metadata.namespace') return meta.namespace ?? '';
  return '';
}

// ExtractContainerResourceValue: the container's own limit or request, divided by the divisor and rounded up.
function resolveResourceFieldRef(
  c: Container,
  ref: NonNullable<NonNullable<EnvVar['valueFrom']>['resourceFieldRef']>,
): string {
  const [kind, resource] = ref.resource.split('.') as [string, string];
  const list = kind === 'limits' ? c.resources?.limits : c.resources?.requests;
  const amount = parseQuantity(list?.[resource]);
  const divisor = parseQuantity(ref.divisor ?? '1');
  if (!divisor || divisor.nanos === 0n) return '';
  if (!amount) return '0';
  const quotient = amount.nanos / divisor.nanos;
  return String(amount.nanos % divisor.nanos > 0n ? quotient + 1n : quotient);
}

function writeEnv(w: DescribeWriter, c: Container, pod: Pod): void {
  const env = c.env ?? [];
  w.write(2, `Environment:${env.length === 0 ? '\t<none>' : ''}\n`);
  for (const e of env) {
    const from = e.valueFrom;
    if (!from) {
      (e.value ?? '').split('\n').forEach((line, i) => w.write(3, i === 0 ? `${e.name}:\t${line}\n` : `\t${line}\n`));
    } else if (from.fieldRef) {
      const value = resolveFieldRef(pod, from.fieldRef.fieldPath);
      w.write(3, `${e.name}:\t${value} (${from.fieldRef.apiVersion ?? ''}:${from.fieldRef.fieldPath})\n`);
    } else if (from.resourceFieldRef) {
      let value = resolveResourceFieldRef(c, from.resourceFieldRef);
      const resource = from.resourceFieldRef.resource;
      if (value === '0' && (resource === 'limits.cpu' || resource === 'limits.memory')) value = 'node allocatable';
      w.write(3, `${e.name}:\t${value} (${resource})\n`);
    } else if (from.secretKeyRef) {
      const r = from.secretKeyRef;
      w.write(
        3,
        `${e.name}:\t<set to the key '${r.key}' in secret '${r.name ?? ''}'>\tOptional: ${Boolean(r.optional)}\n`,
      );
    } else if (from.configMapKeyRef) {
      const r = from.configMapKeyRef;
      w.write(
        3,
        `${e.name}:\t<set to the key '${r.key}' of config map '${r.name ?? ''}'>\tOptional: ${Boolean(r.optional)}\n`,
      );
    }
  }
}

function writeMounts(w: DescribeWriter, c: Container): void {
  const mounts = [...(c.volumeMounts ?? [])].sort((a, b) =>
    a.mountPath < b.mountPath ? -1 : a.mountPath > b.mountPath ? 1 : 0,
  );
  w.write(2, `Mounts:${mounts.length === 0 ? '\t<none>' : ''}\n`);
  for (const m of mounts) {
    const flags = [m.readOnly ? 'ro' : 'rw'];
    if (m.subPath) flags.push(`path=${JSON.stringify(m.subPath)}`);
    w.write(3, `${m.mountPath} from ${m.name} (${flags.join(',')})\n`);
  }
  if (c.volumeDevices && c.volumeDevices.length > 0) {
    w.write(2, 'Devices:\n');
    for (const d of [...c.volumeDevices].sort((a, b) => (a.devicePath < b.devicePath ? -1 : 1))) {
      w.write(3, `${d.devicePath} from ${d.name}\n`);
    }
  }
}
