// The process a container runs: its argv (Pod command/args over the image's ENTRYPOINT/CMD, the
// Docker rules Kubernetes documents) and its environment (image env, then the Pod's env with
// $(VAR) expansion and downward-API references, then the service links kubelet injects).
import type { Container, Pod } from 'kubernetes-types/core/v1';
import type { ImageInfo } from '../program';
import { quantityValue } from '../apiserver/quantity';
import { envFromConfig, envValueFromConfig } from './config-objects';

function expand(text: string, env: Record<string, string>): string {
  // $(VAR) expands when defined; $$(VAR) escapes to a literal $(VAR).
  return text.replace(/\$\$|\$\(([A-Za-z_][A-Za-z0-9_.-]*)\)/g, (match, name: string | undefined) => {
    if (match === '$$') return '$';
    return name !== undefined && env[name] !== undefined ? env[name] : match;
  });
}

export function containerArgv(c: Container, image: ImageInfo, env: Record<string, string>): string[] {
  const command = c.command ?? [...image.entrypoint];
  const args = c.args ?? (c.command ? [] : [...image.cmd]);
  return [...command, ...args].map((word) => expand(word, env));
}

function fieldRefValue(pod: Pod, path: string, nodeName: string, hostIP: string, podIP: string): string {
  const label = /^metadata\.(labels|annotations)\['(.+)'\]$/.exec(path);
  if (label) return (label[1] === 'labels' ? pod.metadata?.labels : pod.metadata?.annotations)?.[label[2]!] ?? '';
  switch (path) {
    case 'metadata.name':
      return pod.metadata?.name ?? '';
    case 'metadata.namespace':
      return pod.metadata?.namespace ?? '';
    case 'metadata.uid':
      return pod.metadata?.uid ?? '';
    case 'spec.nodeName':
      return nodeName;
    case 'spec.serviceAccountName':
      return pod.spec?.serviceAccountName ?? '';
    case 'status.hostIP':
      return hostIP;
    case 'status.podIP':
      return podIP;
    default:
      return '';
  }
}

export function containerEnv(
  pod: Pod,
  c: Container,
  image: ImageInfo,
  nodeName: string,
  hostIP: string,
  podIP: string,
  nodeMemory: number,
  nodeCpu: number,
): Record<string, string> {
  const env: Record<string, string> = {
    PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
    ...image.env,
    HOSTNAME: pod.metadata?.name ?? '',
    ...envFromConfig(pod, c),
  };
  for (const e of c.env ?? []) {
    const fromConfig = envValueFromConfig(pod, e.valueFrom);
    if (e.value !== undefined) env[e.name] = expand(e.value, env);
    else if (fromConfig !== undefined) env[e.name] = fromConfig;
    else if (e.valueFrom?.configMapKeyRef || e.valueFrom?.secretKeyRef) continue;
    else if (e.valueFrom?.fieldRef)
      env[e.name] = fieldRefValue(pod, e.valueFrom.fieldRef.fieldPath, nodeName, hostIP, podIP);
    else if (e.valueFrom?.resourceFieldRef) {
      const ref = e.valueFrom.resourceFieldRef;
      const [kind, resource] = ref.resource.split('.') as [string, string];
      const value = quantityValue((kind === 'limits' ? c.resources?.limits : c.resources?.requests)?.[resource]);
      const divisor = quantityValue(ref.divisor ?? (resource === 'cpu' ? '1' : '1')) ?? 1;
      const fallback = resource === 'cpu' ? nodeCpu : nodeMemory;
      env[e.name] = String(Math.ceil((value ?? (kind === 'limits' ? fallback : 0)) / divisor));
    } else env[e.name] = '';
  }
  // Service links for the API server Service (enableServiceLinks adds the same for every Service).
  Object.assign(env, {
    KUBERNETES_SERVICE_HOST: '10.96.0.1',
    KUBERNETES_SERVICE_PORT: '443',
    KUBERNETES_SERVICE_PORT_HTTPS: '443',
    KUBERNETES_PORT: 'tcp://10.96.0.1:443',
    KUBERNETES_PORT_443_TCP: 'tcp://10.96.0.1:443',
    KUBERNETES_PORT_443_TCP_PROTO: 'tcp',
    KUBERNETES_PORT_443_TCP_PORT: '443',
    KUBERNETES_PORT_443_TCP_ADDR: '10.96.0.1',
  });
  return env;
}
