// kubectl version, cluster-info and api-resources: what the cluster says about itself.

import { defineCommand } from '../command';
import { fail } from '../errors';
import { RESOURCE_TYPES } from '../resources';
import { renderFlagList } from '../help';
import { alignColumns, GLOBAL_FLAGS } from './common';

/** kubectl's bundled kustomize in v1.32. */
const KUSTOMIZE_VERSION = 'v5.5.0';

export const versionCommand = defineCommand<{ client: boolean; output: string }>({
  name: 'version',
  group: 'Other Commands',
  summary: 'Print the client and server version information',
  help: `Print the version of kubectl and of the cluster it talks to.

Examples:
  # Both versions
  kubectl version

  # Only kubectl's
  kubectl version --client`,
  usage: 'version [flags]',
  flags: [
    { name: 'client', type: 'bool', help: 'Print the client version only (no server required).' },
    { name: 'output', short: 'o', type: 'string', help: "One of 'yaml' or 'json'." },
  ],
  parse({ flags }) {
    const output = flags.string('output');
    if (output !== '' && output !== 'yaml' && output !== 'json') return fail(`--output must be 'yaml' or 'json'`);
    return { client: flags.bool('client'), output };
  },
  run(options, ctx) {
    const version = ctx.cluster.server.gitVersion;
    let text = `Client Version: ${version}\nKustomize Version: ${KUSTOMIZE_VERSION}\n`;
    if (!options.client) text += `Server Version: ${version}\n`;
    ctx.stdout(text);
    return 0;
  },
});

export const clusterInfoCommand = defineCommand<Record<string, never>>({
  name: 'cluster-info',
  group: 'Cluster Management Commands',
  summary: 'Display cluster information',
  help: `Show the addresses of the control plane and of the cluster's services.

Examples:
  # Where the control plane and CoreDNS are
  kubectl cluster-info`,
  usage: 'cluster-info [flags]',
  flags: [],
  parse: () => ({}),
  run(_options, ctx) {
    const { controlPlaneURL, coreDNSURL } = ctx.cluster.server;
    ctx.stdout(
      `Kubernetes control plane is running at ${controlPlaneURL}\nCoreDNS is running at ${coreDNSURL}\n\n` +
        "To further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.\n",
    );
    return 0;
  },
});

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

export const optionsCommand = defineCommand<Record<string, never>>({
  name: 'options',
  group: 'Other Commands',
  hidden: true,
  summary: 'Print the list of flags inherited by all commands',
  help: `Print the flags every command accepts.

Examples:
  # The global flags
  kubectl options`,
  usage: 'options [flags]',
  flags: [],
  parse: () => ({}),
  run(_options, ctx) {
    ctx.stdout(`The following options can be passed to any command:\n\n${renderFlagList(GLOBAL_FLAGS)}`);
    return 0;
  },
});
