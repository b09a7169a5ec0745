// Help pages in kubectl's layout (cobra templates as kubectl customises them in
// pkg/util/templates): description and examples, then "Options:" with one entry per flag
// (`    -c, --container='':` then the tab-indented description), then "Usage:". The words are ours.

import type { Command } from './command';
import type { FlagSpec } from './flags';

function defaultText(spec: FlagSpec): string {
  if (spec.type === 'bool') return String(spec.default ?? false);
  if (spec.type === 'int') return String(spec.default ?? 0);
  if (spec.type === 'stringArray') return '[]';
  if (spec.type === 'duration') return String(spec.default ?? '0s');
  return `'${spec.default ?? ''}'`;
}

export function renderFlagList(flags: readonly FlagSpec[]): string {
  const sorted = [...flags].sort((a, b) => a.name.localeCompare(b.name));
  return sorted
    .map((spec) => {
      const names = spec.short ? `-${spec.short}, --${spec.name}` : `--${spec.name}`;
      return `    ${names}=${defaultText(spec)}:\n\t${spec.help}\n`;
    })
    .join('\n');
}

export function renderCommandHelp(command: Command<unknown>): string {
  const options = command.flags.length > 0 ? `Options:\n${renderFlagList(command.flags)}\n` : '';
  return (
    `${command.help.trimEnd()}\n\n` +
    options +
    `Usage:\n  kubectl ${command.usage} [options]\n\n` +
    `Use "kubectl options" for a list of global command-line options (applies to all commands).\n`
  );
}

/** `kubectl` / `kubectl --help`: commands grouped as kubectl groups them. */
export function renderRootHelp(commands: readonly Command<unknown>[]): string {
  const groups = new Map<string, Command<unknown>[]>();
  for (const command of commands) {
    if (command.name.includes(' ') || command.hidden) continue;
    const list = groups.get(command.group) ?? [];
    list.push(command);
    groups.set(command.group, list);
  }
  let text =
    'kubectl controls the Kubernetes cluster manager.\n\n Find more information at: https://kubernetes.io/docs/reference/kubectl/\n\n';
  for (const [group, list] of groups) {
    text += `${group}:\n`;
    for (const command of list) text += `  ${command.name.padEnd(14)}  ${command.summary}\n`;
    text += '\n';
  }
  text +=
    'Usage:\n  kubectl [flags] [options]\n\n' +
    'Use "kubectl <command> --help" for more information about a given command.\n' +
    'Use "kubectl options" for a list of global command-line options (applies to all commands).\n';
  return text;
}
