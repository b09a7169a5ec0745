// `kubectl describe pod` (kubectl pkg/describe describePod): the pod's identity, status, each
// container, conditions, volumes, QoS, node selectors, tolerations and its events, laid out by
// the describe tabwriter.

import type { Event, Pod } from '../../sim/api';
import { writeContainers } from './describe-container';
import { writeEvents } from './describe-events';
import { writeVolumes } from './describe-volumes';
import { DescribeWriter, rfc1123z, writeAnnotations, writeLabels, writeTolerations } from './describe-writer';
import { since } from './duration';
import { podQosClass } from './qos';

export function describePod(pod: Pod, events: Event[] | undefined, now: number): string {
  const w = new DescribeWriter();
  const meta = pod.metadata ?? {};
  const spec = pod.spec ?? { containers: [] };
  const status = pod.status ?? {};
  w.write(0, `Name:\t${meta.name ?? ''}\n`);
  w.write(0, `Namespace:\t${meta.namespace ?? ''}\n`);
  if (spec.priority !== undefined && spec.priority !== null) w.write(0, `Priority:\t${spec.priority}\n`);
  if (spec.priorityClassName) w.write(0, `Priority Class Name:\t${spec.priorityClassName}\n`);
  if (spec.runtimeClassName) w.write(0, `Runtime Class Name:\t${spec.runtimeClassName}\n`);
  if (spec.serviceAccountName) w.write(0, `Service Account:\t${spec.serviceAccountName}\n`);
  w.write(0, spec.nodeName ? `Node:\t${spec.nodeName}/${status.hostIP ?? ''}\n` : 'Node:\t<none>\n');
  if (status.startTime) w.write(0, `Start Time:\t${rfc1123z(status.startTime)}\n`);
  writeLabels(w, 'Labels', meta.labels);
  writeAnnotations(w, 'Annotations', meta.annotations);
  // kubectl ≥ 1.31 shows the phase, not "Terminating", for pods that already finished.
  if (meta.deletionTimestamp && status.phase !== 'Failed' && status.phase !== 'Succeeded') {
    w.write(0, `Status:\tTerminating (lasts ${since(meta.deletionTimestamp, now)})\n`);
    w.write(0, `Termination Grace Period:\t${meta.deletionGracePeriodSeconds ?? 0}s\n`);
  } else {
    w.write(0, `Status:\t${status.phase ?? ''}\n`);
  }
  if (status.reason) w.write(0, `Reason:\t${status.reason}\n`);
  if (status.message) w.write(0, `Message:\t${status.message}\n`);
  const seccomp = spec.securityContext?.seccompProfile;
  if (seccomp) {
    w.write(0, `SeccompProfile:\t${seccomp.type}\n`);
    if (seccomp.type === 'Localhost') w.write(0, `LocalhostProfile:\t${seccomp.localhostProfile ?? ''}\n`);
  }
  w.write(0, `IP:\t${status.podIP ?? ''}\n`);
  const ips = status.podIPs ?? [];
  if (ips.length === 0) {
    w.write(0, 'IPs:\t<none>\n');
  } else {
    w.write(0, 'IPs:\n');
    for (const ip of ips) w.write(1, `IP:\t${ip.ip}\n`);
  }
  const controller = (meta.ownerReferences ?? []).find((o) => o.controller);
  if (controller) w.write(0, `Controlled By:\t${controller.kind}/${controller.name}\n`);
  if (status.nominatedNodeName) w.write(0, `NominatedNodeName:\t${status.nominatedNodeName}\n`);

  if (spec.initContainers && spec.initContainers.length > 0) {
    writeContainers(w, 'Init Containers', spec.initContainers, status.initContainerStatuses, pod);
  }
  writeContainers(w, 'Containers', spec.containers ?? [], status.containerStatuses, pod);

  if (spec.readinessGates && spec.readinessGates.length > 0) {
    w.write(0, 'Readiness Gates:\n  Type\tStatus\n');
    for (const gate of spec.readinessGates) {
      const condition = (status.conditions ?? []).find((c) => c.type === gate.conditionType);
      w.write(1, `${gate.conditionType} \t${condition ? condition.status : '<none>'} \n`);
    }
  }
  if (status.conditions && status.conditions.length > 0) {
    w.write(0, 'Conditions:\n  Type\tStatus\n');
    for (const c of status.conditions) w.write(1, `${c.type} \t${c.status} \n`);
  }
  writeVolumes(w, spec.volumes);
  w.write(0, `QoS Class:\t${podQosClass(pod)}\n`);
  writeLabels(w, 'Node-Selectors', spec.nodeSelector);
  writeTolerations(w, 'Tolerations', spec.tolerations);
  writeTopologySpread(w, spec.topologySpreadConstraints);
  writeEvents(w, events, now);
  return w.toString();
}

type Spread = NonNullable<NonNullable<Pod['spec']>['topologySpreadConstraints']>;

function writeTopologySpread(w: DescribeWriter, constraints: Spread | undefined): void {
  if (!constraints || constraints.length === 0) return;
  const sorted = [...constraints].sort((a, b) =>
    a.topologyKey < b.topologyKey ? -1 : a.topologyKey > b.topologyKey ? 1 : 0,
  );
  w.write(0, 'Topology Spread Constraints:\t');
  sorted.forEach((c, i) => {
    if (i !== 0) w.write(0, '\t');
    let text = `${c.topologyKey}:${c.whenUnsatisfiable} when max skew ${c.maxSkew} is exceeded`;
    if (c.labelSelector) text += ` for selector ${formatLabelSelector(c.labelSelector)}`;
    w.write(0, `${text}\n`);
  });
}

type LabelSelector = NonNullable<Spread[number]['labelSelector']>;

/** metav1.FormatLabelSelector: "k=v,k2 in (a,b)" or "<none>". */
export function formatLabelSelector(selector: LabelSelector): string {
  const parts = Object.keys(selector.matchLabels ?? {})
    .sort()
    .map((k) => `${k}=${selector.matchLabels![k]}`);
  for (const e of selector.matchExpressions ?? []) {
    const values = [...(e.values ?? [])].sort().join(',');
    if (e.operator === 'In') parts.push(`${e.key} in (${values})`);
    else if (e.operator === 'NotIn') parts.push(`${e.key} notin (${values})`);
    else if (e.operator === 'Exists') parts.push(e.key);
    else if (e.operator === 'DoesNotExist') parts.push(`!${e.key}`);
  }
  return parts.length ? parts.join(',') : '<none>';
}
