// kubectl version: the client's and the cluster's versions.

import { defineCommand } from '../command';
import { fail } from '../errors';

/** kubectl's bundled kustomize in v1.32. */
const KUSTOMIZE_VERSION = 'v5.5.0';
/** The kubectl this console stands for: the upstream binary the goldens are recorded from. */
const CLIENT_VERSION = 'v1.32.5';

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
  parse({ flags, args }) {
    // version.go: Complete refuses arguments, then Validate checks the format.
    if (args.length > 0) return fail(`extra arguments: [${args.join(' ')}]`);
    const output = flags.string('output');
    if (output !== '' && output !== 'yaml' && output !== 'json') return fail(`--output must be 'yaml' or 'json'`);
    return { client: flags.bool('client'), output };
  },
  run(options, ctx) {
    let text = `Client Version: ${CLIENT_VERSION}\nKustomize Version: ${KUSTOMIZE_VERSION}\n`;
    if (!options.client) text += `Server Version: ${ctx.cluster.server.gitVersion}\n`;
    ctx.stdout(text);
    return 0;
  },
});
