// kubectl config (pkg/cmd/config): the few subcommands a learner uses — which context is current,
// and setting the context's namespace so later commands default to it.

import { defineCommand } from '../command';
import { failWithHelp } from '../errors';

const CONFIG_HELP = `Modify kubeconfig files using subcommands like "kubectl config set current-context my-context".

 In Pod Lab the kubeconfig holds one cluster, one user and one context; set-context can change
the context's namespace.

Available Commands:
  current-context   Display the current-context
  get-contexts      Describe one or many contexts
  set-context       Set a context entry in kubeconfig
  use-context       Set the current-context in a kubeconfig file
  view              Display merged kubeconfig settings or a specified kubeconfig file`;

function configUsage(): string {
  return `${CONFIG_HELP}\n\nUsage:\n  kubectl config SUBCOMMAND [options]\n\nUse "kubectl config <command> --help" for more information about a given command.\nUse "kubectl options" for a list of global command-line options (applies to all commands).\n`;
}

export const configCommand = defineCommand<{ unknown?: string }>({
  name: 'config',
  group: 'Other Commands',
  summary: 'Modify kubeconfig files',
  help: CONFIG_HELP,
  usage: 'config SUBCOMMAND',
  flags: [],
  parse: ({ args }) => (args.length > 0 ? failWithHelp('config', `unknown command "${args[0]}"`) : {}),
  run(_options, ctx) {
    // Without a subcommand kubectl prints this help as an error.
    ctx.stderr(configUsage());
    return 1;
  },
});
