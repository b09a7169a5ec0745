// kubectl top (pkg/cmd/top/top.go): metrics-server's view of CPU and memory use; `top pod` and
// `top node` are its subcommands.

import { defineCommand } from '../command';
import { failWithHelp } from '../errors';

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
  // cmdutil.DefaultSubCommandRun (RequireNoArguments): a word that is no subcommand is a usage error.
  parse: ({ args }) => (args.length > 0 ? failWithHelp('top', `unknown command "${args[0]}"`) : {}),
  run(_options, ctx) {
    // Without a subcommand DefaultSubCommandRun prints the help as an error (stderr, exit 1).
    ctx.stderr(
      `${TOP_HELP}\n\nUsage:\n  kubectl top [flags] [options]\n\nUse "kubectl top <command> --help" for more information about a given command.\nUse "kubectl options" for a list of global command-line options (applies to all commands).\n`,
    );
    return 1;
  },
});

/** Memory as kubectl top prints it: whole mebibytes, rounded down. */
export function mebibytes(bytes: number): string {
  return `${Math.floor(bytes / (1024 * 1024))}Mi`;
}
