// A check in words, shown under a step as its goals: one line per condition, each ticked on its own
// ("Pod kuard is Running and ready ✓", "You ran kubectl apply with kuard-pod.yaml"), so the learner
// sees what the lesson is still waiting for without reading YAML. A condition's `goal:` gives the
// lesson's own words; otherwise the words are made from its fields.

import type { Check, EventCheck, PodCheck, RanCheck } from './check-types';
import { evaluate, fileProblem, type CheckContext } from './check-eval';
import { endsWithCtrlC } from './streaming';

export interface GoalItem {
  text: string;
  met: boolean;
  /** Why it is not met, when the check can tell (a file check names the wrong or missing field). */
  problem?: string;
  /** The workspace file a failed file check is about, when it exists (to compare with the lesson's manifest). */
  file?: string;
}

function listWords(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]!}`;
}

function times(n: number): string {
  return n === 1 ? 'once' : `${n} times`;
}

function quantities(map: Record<string, string>): string {
  return Object.entries(map)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
}

function podWords(c: PodCheck): string {
  if (c.exists === false) return `Pod ${c.name} is gone`;
  const parts: string[] = [];
  if (c.phase) parts.push(`is ${c.phase}`);
  if (c.status) parts.push(`shows STATUS ${c.status}`);
  if (c.ready !== undefined) parts.push(c.ready ? 'is ready' : 'is not ready');
  if (c.restarts !== undefined) parts.push(`has restarted at least ${times(c.restarts)}`);
  if (c.lastTerminated) parts.push(`was last stopped for ${c.lastTerminated}`);
  if (c.terminating !== undefined) parts.push(c.terminating ? 'is Terminating' : 'is not Terminating');
  if (c.scheduled !== undefined) parts.push(c.scheduled ? 'is scheduled to a node' : 'cannot be scheduled');
  if (c.node) parts.push(c.node === 'any' ? 'runs on a node' : `runs on node ${c.node}`);
  if (c.qosClass) parts.push(`has QoS class ${c.qosClass}`);
  if (c.image) parts.push(`runs ${c.image}`);
  if (c.livenessProbe) parts.push(`has ${c.livenessProbe === 'any' ? 'a' : `an ${c.livenessProbe}`} liveness probe`);
  if (c.readinessProbe)
    parts.push(`has ${c.readinessProbe === 'any' ? 'a' : `an ${c.readinessProbe}`} readiness probe`);
  if (c.requests) parts.push(`requests ${quantities(c.requests)}`);
  if (c.limits) parts.push(`is limited to ${quantities(c.limits)}`);
  for (const v of c.volumes ?? []) parts.push(`has the volume ${v.name}${v.type ? ` (${v.type})` : ''}`);
  if (c.containers !== undefined) parts.push(`has at least ${c.containers} containers`);
  const who = c.container ? `Pod ${c.name} (container ${c.container})` : `Pod ${c.name}`;
  return parts.length ? `${who} ${listWords(parts)}` : `Pod ${c.name} exists`;
}

/** "kubectl exec with kuard and cat, and its output showed "remember me", after kubectl delete with kuard". */
function ranWords(c: RanCheck): string {
  const extra = [...c.args, ...c.flags.map((alts) => alts.join(' or '))];
  let out = `${c.command.join(' ')}${extra.length ? ` with ${listWords(extra)}` : ''}`;
  if (c.exitCode !== null && c.exitCode !== 0) out += ` (failing with exit code ${c.exitCode})`;
  if (c.outputContains !== undefined) out += `, and its output showed "${c.outputContains}"`;
  if (c.afterRestartOf) out += `, after ${c.afterRestartOf} restarted`;
  if (endsWithCtrlC(c)) out += ', then stopped it with Ctrl+C';
  const none = c.without ? `, with no ${c.without.map(ranWords).join(' or ')}` : '';
  if (c.after) return `${out}${none ? `${none} since` : ', after'} ${ranWords(c.after)}`;
  return `${out}${none ? `${none} before it` : ''}`;
}

function eventWords(c: EventCheck): string {
  const about = c.object ? ` about ${c.object}` : '';
  const says = c.messageContains ? ` saying "${c.messageContains}"` : '';
  return `The cluster recorded a ${c.reason} event${about}${says}`;
}

/** The fields that name a Pod rather than say something about it. */
const POD_IDENTITY = ['kind', 'line', 'name', 'namespace', 'goal'];

function negatedWords(of: Check): string {
  const podFields = of.kind === 'pod' ? Object.keys(of).filter((k) => !POD_IDENTITY.includes(k)) : [];
  if (of.kind === 'pod' && of.restarts !== undefined && podFields.length === 1) {
    return of.restarts <= 1
      ? `Pod ${of.name} has not restarted`
      : `Pod ${of.name} has restarted fewer than ${of.restarts} times`;
  }
  if (of.kind === 'ran' && !of.goal) return `You did not run ${ranWords(of)}`;
  return `This does not happen: ${checkWords(of)}`;
}

/** One condition in words (a combinator becomes one sentence). */
export function checkWords(check: Check): string {
  if (check.goal) return check.goal;
  switch (check.kind) {
    case 'all':
      return listWords(check.of.map(checkWords));
    case 'any':
      return `One of these: ${check.of.map(checkWords).join('; or ')}`;
    case 'not':
      return negatedWords(check.of);
    case 'pod':
      return podWords(check);
    case 'event':
      return eventWords(check);
    case 'ran':
      return `You ran ${ranWords(check)}`;
    case 'file': {
      if (check.exists === false) return `${check.name} is removed from your files`;
      const fields = check.fields.map((f) => `${f.path}: ${String(f.value)}`);
      const text = check.contains.map((s) => `"${s}"`);
      const what = [...fields, ...text];
      return `${check.name} is saved${what.length ? ` with ${listWords(what)}` : ''}`;
    }
    case 'pvc':
      return check.exists === false
        ? `Claim ${check.name} is gone`
        : `Claim ${check.name} ${check.phase ? `is ${check.phase}` : 'exists'}`;
    case 'pv':
      return check.exists === false
        ? `PersistentVolume ${check.name} is gone`
        : `PersistentVolume ${check.name} ${check.phase ? `is ${check.phase}` : 'exists'}`;
    case 'quiz':
      return 'You answered the question correctly';
  }
}

/** The conditions a learner sees ticked one by one: the members of a top-level list, else the check itself. */
function goalConditions(check: Check): Check[] {
  return check.kind === 'all' && !check.goal ? check.of.flatMap(goalConditions) : [check];
}

/** Words only, for places without a cluster (the workshop handout). */
export function describeCheck(check: Check): string[] {
  return goalConditions(check).map(checkWords);
}

/** Each condition with whether it holds now; the step is done when every one is met. */
export function goalItems(check: Check, ctx: CheckContext): GoalItem[] {
  return goalConditions(check).map((c) => {
    const met = evaluate(c, ctx);
    const wrongFile = !met && c.kind === 'file' && c.exists !== false && ctx.workspace.read(c.name) !== undefined;
    const problem = wrongFile ? fileProblem(c, ctx) : undefined;
    return {
      text: checkWords(c),
      met,
      ...(problem ? { problem } : {}),
      ...(wrongFile ? { file: c.name } : {}),
    };
  });
}
