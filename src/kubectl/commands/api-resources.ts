// kubectl api-resources (pkg/cmd/apiresources/apiresources.go): the resource types the server's
// discovery serves (../discovery.ts), filtered by --namespaced (only when given), --api-group,
// --verbs and --categories, stably sorted by group (or by --sort-by name|kind), printed through
// a tab writer; -o wide adds VERBS and CATEGORIES, -o name prints NAME.GROUP.

import { defineCommand } from '../command';
import { type DiscoveredResource, DISCOVERY } from '../discovery';
import { fail, failWithHelp } from '../errors';
import { alignColumns } from './common';

export interface ApiResourcesOptions {
  output: '' | 'wide' | 'name';
  namespaced?: boolean;
  apiGroup?: string;
  verbs: string[];
  categories: string[];
  sortBy: '' | 'name' | 'kind';
  noHeaders: boolean;
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The text kubectl prints for the given discovery and options. */
export function apiResourcesText(options: ApiResourcesOptions, discovery: readonly DiscoveredResource[] = DISCOVERY) {
  const chosen = discovery.filter(
    (r) =>
      !r.name.includes('/') &&
      (options.namespaced === undefined || r.namespaced === options.namespaced) &&
      (options.apiGroup === undefined || r.group === options.apiGroup) &&
      options.verbs.every((v) => r.verbs.includes(v)) &&
      options.categories.every((c) => r.categories.includes(c)),
  );
  const key = (r: DiscoveredResource) =>
    options.sortBy === 'name' ? r.name : options.sortBy === 'kind' ? r.kind : r.group;
  // sort.Stable: rows with equal keys keep discovery order.
  const sorted = chosen.map((r, i) => ({ r, i })).sort((a, b) => compareText(key(a.r), key(b.r)) || a.i - b.i);
  if (options.output === 'name')
    return sorted.map(({ r }) => (r.group ? `${r.name}.${r.group}\n` : `${r.name}\n`)).join('');
  const rows: string[][] = [];
  if (!options.noHeaders)
    rows.push([
      'NAME',
      'SHORTNAMES',
      'APIVERSION',
      'NAMESPACED',
      'KIND',
      ...(options.output === 'wide' ? ['VERBS', 'CATEGORIES'] : []),
    ]);
  for (const { r } of sorted) {
    const row = [
      r.name,
      r.shortNames.join(','),
      r.group ? `${r.group}/${r.version}` : r.version,
      String(r.namespaced),
      r.kind,
    ];
    if (options.output === 'wide') row.push(r.verbs.join(','), r.categories.join(','));
    rows.push(row);
  }
  return alignColumns(rows);
}

export const apiResourcesCommand = defineCommand<ApiResourcesOptions>({
  name: 'api-resources',
  group: 'Other Commands',
  summary: 'Print the supported API resources on the server',
  help: `Print the supported API resources on the server.

Examples:
  # Print the supported API resources
  kubectl api-resources

  # Print the supported API resources with more information
  kubectl api-resources -o wide

  # Print the supported API resources sorted by a column
  kubectl api-resources --sort-by=name

  # Print the supported namespaced resources
  kubectl api-resources --namespaced=true

  # Print the supported non-namespaced resources
  kubectl api-resources --namespaced=false

  # Print the supported API resources with a specific APIGroup
  kubectl api-resources --api-group=rbac.authorization.k8s.io`,
  usage: 'api-resources [flags]',
  flags: [
    { name: 'api-group', type: 'string', help: 'Limit to resources in the specified API group.' },
    { name: 'cached', type: 'bool', help: 'Use the cached list of resources if available.' },
    {
      name: 'categories',
      type: 'stringArray',
      help: 'Limit to resources that belong to the specified categories.',
    },
    {
      name: 'namespaced',
      type: 'bool',
      default: true,
      help: 'If false, non-namespaced resources will be returned, otherwise returning namespaced resources by default.',
    },
    {
      name: 'no-headers',
      type: 'bool',
      help: "When using the default or custom-column output format, don't print headers (default print headers).",
    },
    { name: 'output', short: 'o', type: 'string', help: 'Output format. One of: (wide, name).' },
    {
      name: 'sort-by',
      type: 'string',
      help: "If non-empty, sort list of resources using specified field. The field can be either 'name' or 'kind'.",
    },
    { name: 'verbs', type: 'stringArray', help: 'Limit to resources that support the specified verbs.' },
  ],
  parse({ flags, args }) {
    // apiresources.go: Complete refuses arguments before Validate reads the flags.
    if (args.length > 0) return failWithHelp('api-resources', `unexpected arguments: [${args.join(' ')}]`);
    const output = flags.string('output');
    if (output !== '' && output !== 'wide' && output !== 'name') return fail(`--output ${output} is not available`);
    const sortBy = flags.string('sort-by');
    if (sortBy !== '' && sortBy !== 'name' && sortBy !== 'kind') return fail('--sort-by accepts only name or kind');
    const list = (name: string) =>
      flags
        .list(name)
        .flatMap((v) => v.split(','))
        .filter((v) => v !== '');
    return {
      output,
      sortBy,
      namespaced: flags.has('namespaced') ? flags.bool('namespaced') : undefined,
      apiGroup: flags.has('api-group') ? flags.string('api-group') : undefined,
      verbs: list('verbs'),
      categories: list('categories'),
      noHeaders: flags.bool('no-headers'),
    };
  },
  run(options, ctx) {
    ctx.stdout(apiResourcesText(options));
    return 0;
  },
});
