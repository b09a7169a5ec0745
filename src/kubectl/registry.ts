// The command table: every kubectl verb the console knows, in kubectl's help order.

import type { Command } from './command';
import { applyCommand, createCommand } from './commands/apply';
import { deleteCommand } from './commands/delete';
import { describeCommand } from './commands/describe';
import { execCommand } from './commands/exec';
import { getCommand } from './commands/get';
import { annotateCommand, labelCommand } from './commands/label';
import { logsCommand } from './commands/logs';
import { portForwardCommand } from './commands/port-forward';
import { runCommand } from './commands/run';
import { apiResourcesCommand, clusterInfoCommand, optionsCommand, versionCommand } from './commands/info';
import { topCommand, topNodeCommand, topPodCommand } from './commands/top';
import { cpCommand } from './commands/cp';
import { editCommand } from './commands/edit';
import { explainCommand } from './commands/explain';
import { waitCommand } from './commands/wait';
import { eventsCommand } from './commands/events';
import { CONFIG_COMMANDS } from './commands/config';

export const COMMANDS: readonly Command<unknown>[] = [
  createCommand,
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
  apiResourcesCommand,
  ...(CONFIG_COMMANDS as Command<unknown>[]),
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
