// A check in words, shown under a step as its goal ("Pod kuard: phase Running, ready"), so the
// learner knows what the lesson is waiting for without reading YAML.

import type { Check, PodCheck, RanCheck } from './check-types';

function podWords(c: PodCheck): string {
  if (c.exists === false) return `Pod ${c.name} is gone`;
  const parts: string[] = [];
  if (c.phase) parts.push(`phase ${c.phase}`);
  if (c.status) parts.push(`STATUS ${c.status}`);
  if (c.ready !== undefined) parts.push(c.ready ? 'ready' : 'not ready');
  if (c.restarts !== undefined) parts.push(`restarted at least ${c.restarts} time${c.restarts === 1 ? '' : 's'}`);
  if (c.lastTerminated) parts.push(`last terminated: ${c.lastTerminated}`);
  if (c.terminating !== undefined) parts.push(c.terminating ? 'Terminating' : 'not Terminating');
  if (c.scheduled !== undefined) parts.push(c.scheduled ? 'scheduled' : 'not scheduled');
  if (c.node) parts.push(c.node === 'any' ? 'on a node' : `on node ${c.node}`);
  if (c.qosClass) parts.push(`QoS ${c.qosClass}`);
  if (c.image) parts.push(`image ${c.image}`);
  if (c.livenessProbe) parts.push(`${c.livenessProbe} liveness probe`);
  if (c.readinessProbe) parts.push(`${c.readinessProbe} readiness probe`);
  for (const [kind, map] of [
    ['requests', c.requests],
    ['limits', c.limits],
  ] as const) {
    if (map)
      parts.push(
        `${kind} ${Object.entries(map)
          .map(([k, v]) => `${k} ${v}`)
          .join(', ')}`,
      );
  }
  for (const v of c.volumes ?? []) parts.push(`volume ${v.name}${v.type ? ` (${v.type})` : ''}`);
  if (c.containers !== undefined) parts.push(`${c.containers} containers`);
  return `Pod ${c.name}${parts.length ? `: ${parts.join(', ')}` : ' exists'}`;
}

/** "kubectl exec with kuard cat, with no kubectl cp since kubectl apply with kuard-pod-pvc.yaml, after kubectl delete with kuard". */
function ranWords(c: RanCheck): string {
  const extra = [...c.args, ...c.flags.map((alts) => alts[0]!)].join(' ');
  const out = `${c.command.join(' ')}${extra ? ` with ${extra}` : ''}${c.afterRestartOf ? ` after ${c.afterRestartOf} restarted` : ''}`;
  const none = c.without ? `, with no ${c.without.map(ranWords).join(' or ')}` : '';
  if (c.after) return `${out}${none ? `${none} since` : ', after'} ${ranWords(c.after)}`;
  return `${out}${none ? `${none} before it` : ''}`;
}

export function describeCheck(check: Check): string[] {
  switch (check.kind) {
    case 'all':
      return check.of.flatMap(describeCheck);
    case 'any':
      return [`one of: ${check.of.flatMap(describeCheck).join(' / ')}`];
    case 'not':
      return [`not: ${describeCheck(check.of).join('; ')}`];
    case 'pod':
      return [podWords(check)];
    case 'event':
      return [
        `an event ${check.reason}${check.object ? ` for ${check.object}` : ''}${check.messageContains ? ` ("${check.messageContains}")` : ''}`,
      ];
    case 'ran':
      return [`you ran ${ranWords(check)}`];
    case 'file':
      return [
        check.exists === false
          ? `file ${check.name} removed`
          : `file ${check.name} saved${check.contains.length ? ' with the right content' : ''}`,
      ];
    case 'pvc':
      return [
        check.exists === false
          ? `claim ${check.name} gone`
          : `claim ${check.name}${check.phase ? ` ${check.phase}` : ' exists'}`,
      ];
    case 'pv':
      return [
        check.exists === false
          ? `volume ${check.name} gone`
          : `volume ${check.name}${check.phase ? ` ${check.phase}` : ' exists'}`,
      ];
    case 'quiz':
      return ['the question answered correctly'];
  }
}
