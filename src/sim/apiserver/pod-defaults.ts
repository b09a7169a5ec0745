// What the API server and its admission plugins add to a new Pod (pkg/apis/core/v1/defaults.go,
// plugin/pkg/admission/serviceaccount, defaulttolerationseconds, priority): pull policy by tag,
// probe timings, the kube-api-access projected volume, the two NoExecute tolerations, QoS class.
import type { Container, Pod, Probe } from 'kubernetes-types/core/v1';
import { quantityValue } from './quantity';

/** `:latest` or no tag → Always; a digest or any other tag → IfNotPresent. */
export function defaultPullPolicy(image: string): 'Always' | 'IfNotPresent' {
  if (image.includes('@')) return 'IfNotPresent';
  const lastSlash = image.lastIndexOf('/');
  const colon = image.indexOf(':', lastSlash + 1);
  if (colon < 0) return 'Always';
  return image.slice(colon + 1) === 'latest' ? 'Always' : 'IfNotPresent';
}

function defaultProbe(probe: Probe | undefined): void {
  if (!probe) return;
  if (!probe.timeoutSeconds) probe.timeoutSeconds = 1;
  if (!probe.periodSeconds) probe.periodSeconds = 10;
  if (!probe.successThreshold) probe.successThreshold = 1;
  if (!probe.failureThreshold) probe.failureThreshold = 3;
  if (probe.httpGet) {
    probe.httpGet.path ??= '/';
    probe.httpGet.scheme ??= 'HTTP';
  }
  if (probe.grpc && probe.grpc.service === undefined) probe.grpc.service = '';
}

function defaultContainer(c: Container, hostNetwork: boolean): void {
  if (c.image !== undefined && c.imagePullPolicy === undefined) c.imagePullPolicy = defaultPullPolicy(c.image);
  for (const port of c.ports ?? []) {
    port.protocol ??= 'TCP';
    // With the host's network a container port is a host port (SetDefaults_Pod).
    if (hostNetwork && port.hostPort === undefined) port.hostPort = port.containerPort;
  }
  c.resources ??= {};
  // Only limits set: requests default to the limits (pkg/apis/core/v1/defaults.go SetDefaults_Pod).
  if (c.resources.limits) {
    c.resources.requests ??= {};
    for (const [name, value] of Object.entries(c.resources.limits)) {
      if (c.resources.requests[name] === undefined) c.resources.requests[name] = value;
    }
  }
  c.terminationMessagePath ??= '/dev/termination-log';
  c.terminationMessagePolicy ??= 'File';
  for (const env of c.env ?? []) {
    if (env.valueFrom?.fieldRef) env.valueFrom.fieldRef.apiVersion ??= 'v1';
  }
  defaultProbe(c.livenessProbe);
  defaultProbe(c.readinessProbe);
  defaultProbe(c.startupProbe);
}

export const SERVICE_ACCOUNT_MOUNT = '/var/run/secrets/kubernetes.io/serviceaccount';

/** Fills every default and admission addition; `suffix` names the kube-api-access volume. */
export function applyPodDefaults(pod: Pod, suffix: string): void {
  defaultPod(pod);
  admitNewPod(pod, suffix);
}

/** pkg/apis/core/v1/defaults.go: what decoding fills in, before any admission plugin runs. */
export function defaultPod(pod: Pod): void {
  const spec = pod.spec!;
  spec.restartPolicy ??= 'Always';
  spec.terminationGracePeriodSeconds ??= 30;
  spec.dnsPolicy ??= 'ClusterFirst';
  spec.securityContext ??= {};
  spec.schedulerName ??= 'default-scheduler';
  spec.enableServiceLinks ??= true;
  // The v1 conversion keeps the deprecated serviceAccount equal to serviceAccountName.
  if (spec.serviceAccount && !spec.serviceAccountName) spec.serviceAccountName = spec.serviceAccount;
  if (spec.serviceAccountName) spec.serviceAccount = spec.serviceAccountName;
  for (const c of spec.initContainers ?? []) defaultContainer(c, spec.hostNetwork === true);
  for (const c of spec.containers ?? []) defaultContainer(c, spec.hostNetwork === true);
  for (const v of spec.volumes ?? []) {
    if (v.hostPath) v.hostPath.type ??= '';
    if (v.configMap) v.configMap.defaultMode ??= 420;
    if (v.secret) v.secret.defaultMode ??= 420;
  }
}

/** The admission plugins' additions to a new Pod: priority, tolerations, the service account and its token. */
export function admitNewPod(pod: Pod, suffix: string): void {
  const spec = pod.spec!;
  spec.preemptionPolicy ??= 'PreemptLowerPriority';
  spec.priority ??= 0;
  spec.serviceAccountName ??= 'default';
  spec.serviceAccount = spec.serviceAccountName;

  // DefaultTolerationSeconds admission: tolerate not-ready/unreachable for 300s unless the Pod says otherwise.
  spec.tolerations ??= [];
  for (const key of ['node.kubernetes.io/not-ready', 'node.kubernetes.io/unreachable']) {
    if (!spec.tolerations.some((t) => t.key === key && (t.effect === 'NoExecute' || !t.effect))) {
      spec.tolerations.push({ effect: 'NoExecute', key, operator: 'Exists', tolerationSeconds: 300 });
    }
  }

  // ServiceAccount admission: mount a projected token unless automount is off or the path is taken.
  if (spec.automountServiceAccountToken !== false) {
    const name = `kube-api-access-${suffix}`;
    spec.volumes ??= [];
    spec.volumes.push({
      name,
      projected: {
        defaultMode: 420,
        sources: [
          { serviceAccountToken: { expirationSeconds: 3607, path: 'token' } },
          { configMap: { items: [{ key: 'ca.crt', path: 'ca.crt' }], name: 'kube-root-ca.crt' } },
          {
            downwardAPI: {
              items: [{ fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.namespace' }, path: 'namespace' }],
            },
          },
        ],
      },
    });
    for (const c of [...(spec.initContainers ?? []), ...(spec.containers ?? [])]) {
      c.volumeMounts ??= [];
      if (!c.volumeMounts.some((m) => m.mountPath === SERVICE_ACCOUNT_MOUNT)) {
        c.volumeMounts.push({ mountPath: SERVICE_ACCOUNT_MOUNT, name, readOnly: true });
      }
    }
  }
}

/** QoS class by the kubelet's rules (pkg/apis/core/v1/helper/qos). */
export function qosClass(pod: Pod): 'Guaranteed' | 'Burstable' | 'BestEffort' {
  const all = [...(pod.spec?.initContainers ?? []), ...(pod.spec?.containers ?? [])];
  let any = false;
  let guaranteed = true;
  for (const c of all) {
    const requests = c.resources?.requests ?? {};
    const limits = c.resources?.limits ?? {};
    for (const r of ['cpu', 'memory']) {
      const req = quantityValue(requests[r]);
      const lim = quantityValue(limits[r]);
      if ((req !== undefined && req !== 0) || (lim !== undefined && lim !== 0)) any = true;
      if (lim === undefined || (req !== undefined && req !== lim)) guaranteed = false;
    }
  }
  if (!any) return 'BestEffort';
  return guaranteed ? 'Guaranteed' : 'Burstable';
}
