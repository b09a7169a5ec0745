// kubectl config set-context (pkg/cmd/config/create_context.go): here, only the namespace of the one context.

import { defineCommand } from '../command';
import { fail } from '../errors';

export const setContextCommand = defineCommand<{ name?: string; current: boolean; namespace?: string }>({
  name: 'config set-context',
  group: 'Other Commands',
  summary: 'Set a context entry in kubeconfig',
  help: `Set a context entry in kubeconfig.

 Specifying a name that already exists will merge new fields on top of existing values for those fields.

Examples:
  # Make later commands use the namespace dev
  kubectl config set-context --current --namespace=dev`,
  usage:
    'config set-context [NAME | --current] [--cluster=cluster_nickname] [--user=user_nickname] [--namespace=namespace] [options]',
  flags: [{ name: 'current', type: 'bool', help: 'Modify the current context' }],
  parse: ({ flags, args, namespaceGiven }) => {
    const current = flags.bool('current');
    if (current && args.length > 0) return fail('you cannot specify both a context name and --current');
    if (!current && args.length === 0) return fail('you must specify a non-empty context name or --current');
    return { name: args[0], current, namespace: namespaceGiven ? flags.string('namespace') : undefined };
  },
  run(options, ctx) {
    const name = options.current ? ctx.kubeconfig.context : options.name!;
    if (name !== ctx.kubeconfig.context) {
      ctx.stderr(`error: Pod Lab's kubeconfig has a single context, "${ctx.kubeconfig.context}"\n`);
      return 1;
    }
    if (options.namespace !== undefined) ctx.kubeconfig.namespace = options.namespace;
    ctx.stdout(`Context "${name}" modified.\n`);
    return 0;
  },
});
