// kubectl version: the client's and the cluster's versions.

import { defineCommand } from '../command';
import { fail } from '../errors';

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
