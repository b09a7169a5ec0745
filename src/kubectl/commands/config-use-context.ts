// kubectl config use-context (pkg/cmd/config/use_context.go): Pod Lab has one context to switch to.

import { defineCommand, type Command } from '../command';
import { renderCommandHelp } from '../help';

export const useContextCommand: Command<{ name?: string; unexpected?: string[] }> = defineCommand<{
  name?: string;
  unexpected?: string[];
}>({
  name: 'config use-context',
  group: 'Other Commands',
  summary: 'Set the current-context in a kubeconfig file',
  help: `Set the current-context in a kubeconfig file.

Examples:
  # Use the context for the cluster
  kubectl config use-context kubernetes-admin@kubernetes`,
  usage: 'config use-context CONTEXT_NAME [options]',
  flags: [],
  parse: ({ args }) => (args.length === 1 ? { name: args[0] } : { unexpected: args }),
  run(options, ctx) {
    // use_context.go helpErrorf: the command's help on stdout, then the error.
    if (options.unexpected) {
      ctx.stdout(renderCommandHelp(useContextCommand));
      ctx.stderr(`error: Unexpected args: [${options.unexpected.join(' ')}]\n`);
      return 1;
    }
    if (options.name !== ctx.kubeconfig.context) {
      ctx.stderr(`error: no context exists with the name: "${options.name}"\n`);
      return 1;
    }
    ctx.stdout(`Switched to context "${options.name}".\n`);
    return 0;
  },
});
