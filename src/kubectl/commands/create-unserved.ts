// The `kubectl create` subcommands for kinds the simulator does not run (create deployment,
// create configmap, …): each is refused in Pod Lab's own words, whatever its flags, and
// nothing changes. kubectl v1.32's pkg/cmd/create/create.go lists these subcommands.

import { defineCommand, type Command } from '../command';
import { fail } from '../errors';
import { unservedRefusal, unservedTypeOfKind } from '../unserved-kinds';

/** Subcommand, its aliases, the kind it creates, and the words that precede the name. */
const SUBCOMMANDS: [name: string, aliases: string[], kind: string, typeWords?: string[]][] = [
  ['clusterrole', [], 'ClusterRole'],
  ['clusterrolebinding', [], 'ClusterRoleBinding'],
  ['configmap', ['cm'], 'ConfigMap'],
  ['cronjob', ['cj'], 'CronJob'],
  ['deployment', ['deploy'], 'Deployment'],
  ['ingress', ['ing'], 'Ingress'],
  ['job', [], 'Job'],
  ['poddisruptionbudget', ['pdb'], 'PodDisruptionBudget'],
  ['priorityclass', ['pc'], 'PriorityClass'],
  ['quota', ['resourcequota'], 'ResourceQuota'],
  ['role', [], 'Role'],
  ['rolebinding', [], 'RoleBinding'],
  ['secret', [], 'Secret', ['docker-registry', 'generic', 'tls']],
  ['service', ['svc'], 'Service', ['clusterip', 'externalname', 'loadbalancer', 'nodeport']],
  ['serviceaccount', ['sa'], 'ServiceAccount'],
];

/** The NAME operand: the first word that is not a flag (after `generic`, `clusterip`, …). */
function nameIn(words: readonly string[], typeWords: readonly string[]): string | undefined {
  const operands = words.filter((w) => !w.startsWith('-'));
  const first = operands[0];
  return first !== undefined && typeWords.includes(first) ? operands[1] : first;
}

function refusingCommand(name: string, aliases: string[], kind: string, typeWords: string[] = []): Command<never> {
  const type = unservedTypeOfKind(kind);
  if (!type) throw new Error(`create ${name}: ${kind} is not in the v1.32 discovery`);
  const refusal = (words: readonly string[]) => unservedRefusal(type, nameIn(words, typeWords));
  return defineCommand<never>({
    name: `create ${name}`,
    aliases,
    hidden: true,
    group: 'Basic Commands (Beginner)',
    summary: `Create a ${kind} (not in Pod Lab)`,
    help: unservedRefusal(type, undefined),
    usage: `create ${name} NAME`,
    flags: [],
    refusal,
    parse: ({ args }) => fail(refusal(args)),
    run: () => 1,
  });
}

export const UNSERVED_CREATE_COMMANDS: readonly Command<never>[] = SUBCOMMANDS.map(([name, aliases, kind, words]) =>
  refusingCommand(name, aliases, kind, words),
);
