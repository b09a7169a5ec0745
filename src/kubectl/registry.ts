// The command table: every kubectl verb the console knows, in kubectl's help order.

import type { Command } from './command';
import { apiResourcesCommand } from './commands/api-resources';
import { annotateCommand } from './commands/annotate';
import { applyCommand } from './commands/apply';
import { clusterInfoCommand } from './commands/cluster-info';
import { completionCommand } from './commands/completion';
import { configCommand } from './commands/config';
import { currentContextCommand } from './commands/config-current-context';
import { getContextsCommand } from './commands/config-get-contexts';
import { setContextCommand } from './commands/config-set-context';
import { useContextCommand } from './commands/config-use-context';
import { viewCommand } from './commands/config-view';
import { cpCommand } from './commands/cp';
import { createCommand } from './commands/create';
import { createNamespaceCommand } from './commands/create-namespace';
import { UNSERVED_CREATE_COMMANDS } from './commands/create-unserved';
import { deleteCommand } from './commands/delete';
import { describeCommand } from './commands/describe';
import { editCommand } from './commands/edit';
import { eventsCommand } from './commands/events';
import { execCommand } from './commands/exec';
import { explainCommand } from './commands/explain';
import { getCommand } from './commands/get';
import { labelCommand } from './commands/label';
import { logsCommand } from './commands/logs';
import { optionsCommand } from './commands/options';
import { portForwardCommand } from './commands/port-forward';
import { runCommand } from './commands/run';
import { topCommand } from './commands/top';
import { topNodeCommand } from './commands/top-node';
import { topPodCommand } from './commands/top-pod';
import { versionCommand } from './commands/version';
import { waitCommand } from './commands/wait';

export const COMMANDS: readonly Command<unknown>[] = [
  createCommand,
  createNamespaceCommand,
  ...UNSERVED_CREATE_COMMANDS,
  runCommand,
  explainCommand,
  getCommand,
  editCommand,
  deleteCommand,
  clusterInfoCommand,
  topCommand,
  topPodCommand,
  topNodeCommand,
  describeCommand,
  logsCommand,
  execCommand,
  portForwardCommand,
  cpCommand,
  eventsCommand,
  applyCommand,
  waitCommand,
  labelCommand,
  annotateCommand,
  completionCommand,
  apiResourcesCommand,
  configCommand,
  currentContextCommand,
  getContextsCommand,
  setContextCommand,
  useContextCommand,
  viewCommand,
  versionCommand,
  optionsCommand,
] as readonly Command<unknown>[];

/** Finds the command for a verb, descending into sub-verbs (`top pod`); returns the remaining argv. */
export function findCommand(
  verb: string,
  rest: readonly string[],
): { command: Command<unknown>; rest: string[] } | undefined {
  const top = COMMANDS.find((c) => !c.name.includes(' ') && (c.name === verb || c.aliases?.includes(verb)));
  if (!top) return undefined;
  const subIndex = rest.findIndex((w) => !w.startsWith('-'));
  if (subIndex >= 0) {
    const subWord = rest[subIndex]!;
    const sub = COMMANDS.find(
      (c) => c.name.startsWith(`${top.name} `) && (c.name === `${top.name} ${subWord}` || c.aliases?.includes(subWord)),
    );
    if (sub) return { command: sub, rest: [...rest.slice(0, subIndex), ...rest.slice(subIndex + 1)] };
  }
  return { command: top, rest: [...rest] };
}
