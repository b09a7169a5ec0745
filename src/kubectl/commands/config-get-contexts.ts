// kubectl config get-contexts (pkg/cmd/config/get_contexts.go): Pod Lab's one context, as a table.

import { defineCommand } from '../command';
import { fail } from '../errors';
import { alignColumns } from './common';

export const getContextsCommand = defineCommand<{ names: string[]; noHeaders: boolean; nameOnly: boolean }>({
  name: 'config get-contexts',
  group: 'Other Commands',
  summary: 'Describe one or many contexts',
  help: `Display one or many contexts from the kubeconfig file.

Examples:
  # List all the contexts in your kubeconfig file
  kubectl config get-contexts`,
  usage: 'config get-contexts [(-o|--output=)name)] [options]',
  flags: [
    {
      name: 'no-headers',
      type: 'bool',
      help: "When using the default or custom-column output format, don't print headers (default print headers).",
    },
    { name: 'output', short: 'o', type: 'string', help: 'Output format. One of: (name).' },
  ],
  parse: ({ flags, args }) => {
    const output = flags.string('output');
    if (output !== '' && output !== 'name') return fail(`output must be one of '' or 'name': ${output}`);
    return { names: args, noHeaders: flags.bool('no-headers'), nameOnly: output === 'name' };
  },
  run(options, ctx) {
    const k = ctx.kubeconfig;
    const missing = options.names.find((n) => n !== k.context);
    if (missing) {
      ctx.stderr(`error: context ${missing} not found\n`);
      return 1;
    }
    if (options.nameOnly) {
      ctx.stdout(`${k.context}\n`);
      return 0;
    }
    const rows = options.noHeaders ? [] : [['CURRENT', 'NAME', 'CLUSTER', 'AUTHINFO', 'NAMESPACE']];
    rows.push(['*', k.context, k.cluster, k.user, k.namespace]);
    ctx.stdout(alignColumns(rows));
    return 0;
  },
});
