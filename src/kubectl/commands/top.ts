// kubectl top (pkg/cmd/top/top.go): metrics-server's view of CPU and memory use; `top pod` and
// `top node` are its subcommands.

import { defineCommand } from '../command';

const TOP_HELP = `Display resource (CPU/memory) usage.

 Shows how much CPU and memory Pods or nodes use now, as metrics-server reports it.

Available Commands:
  node          Display resource (CPU/memory) usage of nodes
  pod           Display resource (CPU/memory) usage of pods`;

export const topCommand = defineCommand<Record<string, never>>({
  name: 'top',
  group: 'Cluster Management Commands',
  summary: 'Display resource (CPU/memory) usage',
  help: TOP_HELP,
  usage: 'top [flags]',
  flags: [],
  parse: () => ({}),
  run(_options, ctx) {
    ctx.stdout(
      `${TOP_HELP}\n\nUsage:\n  kubectl top [flags] [options]\n\nUse "kubectl top <command> --help" for more information about a given command.\nUse "kubectl options" for a list of global command-line options (applies to all commands).\n`,
    );
    return 0;
  },
});

/** Memory as kubectl top prints it: whole mebibytes, rounded down. */
export function mebibytes(bytes: number): string {
  return `${Math.floor(bytes / (1024 * 1024))}Mi`;
}
