// ConfigMaps and Secrets as the kubelet reads them, for environment variables and volumes. The
// simulator stores neither kind yet, so the one lookup below knows only the ConfigMaps a fresh
// kubeadm cluster has (kube-root-ca.crt in every namespace, the add-ons' own in kube-system); a
// future ConfigMap or Secret kind plugs in there.
import type { Container, Pod } from 'kubernetes-types/core/v1';

export type ConfigKind = 'configmap' | 'secret';

/** The cluster CA every namespace's kube-root-ca.crt ConfigMap carries (also the service account's ca.crt). */
export const CLUSTER_CA_CERT =
  '-----BEGIN CERTIFICATE-----\nMIIDBTCCAe2gAwIBAgIIPodLabSimulatedCA\n-----END CERTIFICATE-----\n';

/** The data of a ConfigMap or Secret in a namespace, or undefined when there is no such object. */
export function configObjectData(
  kind: ConfigKind,
  namespace: string,
  name: string,
): Readonly<Record<string, string>> | undefined {
  if (kind !== 'configmap') return undefined;
  // pkg/controller/certificates/rootcacertpublisher puts kube-root-ca.crt into every namespace.
  if (name === 'kube-root-ca.crt') return { 'ca.crt': CLUSTER_CA_CERT };
  return namespace === 'kube-system' ? ADD_ON_CONFIG_MAPS[name] : undefined;
}

/** The kube-system ConfigMaps kubeadm writes for the add-ons the cluster runs (their keys only matter). */
const ADD_ON_CONFIG_MAPS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  coredns: {
    Corefile:
      '.:53 {\n    errors\n    health\n    kubernetes cluster.local in-addr.arpa ip6.arpa\n    forward . /etc/resolv.conf\n    cache 30\n}\n',
  },
  'kube-proxy': {
    'config.conf': 'apiVersion: kubeproxy.config.k8s.io/v1alpha1\nkind: KubeProxyConfiguration\n',
    'kubeconfig.conf': 'apiVersion: v1\nkind: Config\n',
  },
};

/**
 * The kubelet's cache answers a missing object with a NotFound for the singular resource
 * (pkg/kubelet/configmap and secret managers: GroupResource "configmap" / "secret").
 */
function notFound(kind: ConfigKind, name: string): string {
  return `${kind} "${name}" not found`;
}

/**
 * Why the kubelet cannot build this container's environment, or undefined when it can
 * (pkg/kubelet/kubelet_pods.go makeEnvironmentVariables: envFrom first, then env; a missing object
 * marked optional is skipped, any other stops the start with CreateContainerConfigError).
 */
export function envConfigError(pod: Pod, container: Container): string | undefined {
  const namespace = pod.metadata?.namespace ?? 'default';
  for (const from of container.envFrom ?? []) {
    const ref = from.configMapRef ?? from.secretRef;
    if (!ref) continue;
    const kind: ConfigKind = from.configMapRef ? 'configmap' : 'secret';
    if (!configObjectData(kind, namespace, ref.name ?? '') && !ref.optional) return notFound(kind, ref.name ?? '');
  }
  for (const env of container.env ?? []) {
    const ref = env.valueFrom?.configMapKeyRef ?? env.valueFrom?.secretKeyRef;
    if (!ref) continue;
    const kind: ConfigKind = env.valueFrom?.configMapKeyRef ? 'configmap' : 'secret';
    const data = configObjectData(kind, namespace, ref.name ?? '');
    if (ref.optional) continue;
    if (!data) return notFound(kind, ref.name ?? '');
    if (data[ref.key] === undefined)
      return `couldn't find key ${ref.key} in ${kind === 'configmap' ? 'ConfigMap' : 'Secret'} ${namespace}/${ref.name ?? ''}`;
  }
  return undefined;
}

/** The value an env entry takes from a ConfigMap or Secret key (undefined: not such an entry, or skipped). */
export function envValueFromConfig(
  pod: Pod,
  valueFrom: NonNullable<Container['env']>[number]['valueFrom'],
): string | undefined {
  const ref = valueFrom?.configMapKeyRef ?? valueFrom?.secretKeyRef;
  if (!ref) return undefined;
  const kind: ConfigKind = valueFrom?.configMapKeyRef ? 'configmap' : 'secret';
  return configObjectData(kind, pod.metadata?.namespace ?? 'default', ref.name ?? '')?.[ref.key];
}

/** Every variable envFrom brings in, with its prefix (makeEnvironmentVariables: later sources win). */
export function envFromConfig(pod: Pod, container: Container): Record<string, string> {
  const out: Record<string, string> = {};
  for (const from of container.envFrom ?? []) {
    const ref = from.configMapRef ?? from.secretRef;
    if (!ref) continue;
    const kind: ConfigKind = from.configMapRef ? 'configmap' : 'secret';
    const data = configObjectData(kind, pod.metadata?.namespace ?? 'default', ref.name ?? '') ?? {};
    for (const [key, value] of Object.entries(data)) out[`${from.prefix ?? ''}${key}`] = value;
  }
  return out;
}

/**
 * One message per configMap or secret volume whose object is missing and not optional, as the
 * volume manager's mount operation reports it (pkg/volume/configmap and secret SetUpAt, wrapped by
 * operationexecutor GenerateMountVolumeFunc: `MountVolume.SetUp failed for volume "v" : <error>`).
 */
export function volumeMountErrors(pod: Pod): string[] {
  const namespace = pod.metadata?.namespace ?? 'default';
  const errors: string[] = [];
  for (const volume of pod.spec?.volumes ?? []) {
    const source = volume.configMap
      ? { kind: 'configmap' as const, name: volume.configMap.name ?? '', optional: volume.configMap.optional }
      : volume.secret
        ? { kind: 'secret' as const, name: volume.secret.secretName ?? '', optional: volume.secret.optional }
        : undefined;
    if (!source || source.optional || configObjectData(source.kind, namespace, source.name)) continue;
    errors.push(`MountVolume.SetUp failed for volume "${volume.name}" : ${notFound(source.kind, source.name)}`);
  }
  return errors;
}
