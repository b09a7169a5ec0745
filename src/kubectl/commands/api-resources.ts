// kubectl api-resources: the resource types the server serves.

import { defineCommand } from '../command';
import { fail } from '../errors';
import { RESOURCE_TYPES } from '../resources';
import { alignColumns } from './common';

export const apiResourcesCommand = defineCommand<{
  wide: boolean;
  namespaced?: boolean;
  noHeaders: boolean;
  name: boolean;
}>({
  name: 'api-resources',
  group: 'Other Commands',
  summary: 'Print the supported API resources on the server',
  help: `List the resource types the server serves, with their short names.

Examples:
  # Every resource type
  kubectl api-resources

  # Only the namespaced ones
  kubectl api-resources --namespaced=true`,
  usage: 'api-resources [flags]',
  flags: [
    {
      name: 'namespaced',
      type: 'bool',
      default: true,
      help: 'If false, non-namespaced resources will be returned, otherwise returning namespaced resources by default.',
    },
    {
      name: 'no-headers',
      type: 'bool',
      help: "When using the default or custom-column output format, don't print headers.",
    },
    { name: 'output', short: 'o', type: 'string', help: 'Output format. One of: (wide, name).' },
  ],
  parse({ flags }) {
    const output = flags.string('output');
    if (output !== '' && output !== 'wide' && output !== 'name') return fail(`--output ${output} is not available`);
    return {
      wide: output === 'wide',
      name: output === 'name',
      namespaced: flags.has('namespaced') ? flags.bool('namespaced') : undefined,
      noHeaders: flags.bool('no-headers'),
    };
  },
  run(options, ctx) {
    const types = [...RESOURCE_TYPES]
      .filter((t) => options.namespaced === undefined || t.namespaced === options.namespaced)
      .sort((a, b) => a.plural.localeCompare(b.plural));
    if (options.name) {
      ctx.stdout(types.map((t) => `${t.plural}\n`).join(''));
      return 0;
    }
    const rows: string[][] = [];
    if (!options.noHeaders)
      rows.push([
        'NAME',
        'SHORTNAMES',
        'APIVERSION',
        'NAMESPACED',
        'KIND',
        ...(options.wide ? ['VERBS', 'CATEGORIES'] : []),
      ]);
    for (const t of types) {
      const row = [t.plural, t.shortNames.join(','), 'v1', String(t.namespaced), t.kind];
      if (options.wide) row.push(`[${t.verbs.join(' ')}]`, t.kind === 'Pod' ? 'all' : '');
      rows.push(row);
    }
    ctx.stdout(alignColumns(rows));
    return 0;
  },
});
