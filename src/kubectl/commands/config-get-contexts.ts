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
    if (output !== '' && output !== 'name')
      return fail(
        `--output ${output} is not available in kubectl config get-contexts; resetting to default output format`,
      );
    return { names: args, noHeaders: flags.bool('no-headers'), nameOnly: output === 'name' };
  },
  run(options, ctx) {
    const k = ctx.kubeconfig;
    const missing = options.names.filter((n) => n !== k.context);
    const shown = options.names.length === 0 || options.names.includes(k.context);
    if (options.nameOnly) {
      if (shown) ctx.stdout(`${k.context}\n`);
    } else {
      const rows = options.noHeaders ? [] : [['CURRENT', 'NAME', 'CLUSTER', 'AUTHINFO', 'NAMESPACE']];
      if (shown) rows.push(['*', k.context, k.cluster, k.user, k.namespace]);
      ctx.stdout(alignColumns(rows));
    }
    // get_contexts.go returns the misses as one aggregate: one is an "error:" line, several are
    // printed one a line, bare.
    if (missing.length === 1) ctx.stderr(`error: context ${missing[0]} not found\n`);
    else for (const name of missing) ctx.stderr(`context ${name} not found\n`);
    return missing.length > 0 ? 1 : 0;
  },
});
