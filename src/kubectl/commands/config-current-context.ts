// kubectl config current-context (pkg/cmd/config/current_context.go).

import { defineCommand } from '../command';

export const currentContextCommand = defineCommand<Record<string, never>>({
  name: 'config current-context',
  group: 'Other Commands',
  summary: 'Display the current-context',
  help: `Display the current-context.

Examples:
  # Display the current-context
  kubectl config current-context`,
  usage: 'config current-context [options]',
  flags: [],
  parse: () => ({}),
  run(_options, ctx) {
    ctx.stdout(`${ctx.kubeconfig.context}\n`);
    return 0;
  },
});
