// kubectl config view (pkg/cmd/config/view.go): the kubeconfig, with its secrets omitted as kubectl does.

import type { KubeObject } from '../../sim/api';
import { defineCommand } from '../command';
import { printObjects } from '../printers';

export const viewCommand = defineCommand<{ minify: boolean }>({
  name: 'config view',
  group: 'Other Commands',
  summary: 'Display merged kubeconfig settings or a specified kubeconfig file',
  help: `Display merged kubeconfig settings or a specified kubeconfig file.

Examples:
  # Show the kubeconfig
  kubectl config view`,
  usage: 'config view [flags] [options]',
  flags: [
    { name: 'minify', type: 'bool', help: 'Remove all information not used by current-context from the output' },
    { name: 'raw', type: 'bool', help: 'Display raw byte data and sensitive data' },
  ],
  parse: ({ flags }) => ({ minify: flags.bool('minify') }),
  run(_options, ctx) {
    const k = ctx.kubeconfig;
    const context: Record<string, string> = { cluster: k.cluster, user: k.user };
    if (k.namespace) context.namespace = k.namespace;
    const config = {
      apiVersion: 'v1',
      clusters: [
        {
          cluster: { 'certificate-authority-data': 'DATA+OMITTED', server: ctx.cluster.server.controlPlaneURL },
          name: k.cluster,
        },
      ],
      contexts: [{ context, name: k.context }],
      'current-context': k.context,
      kind: 'Config',
      preferences: {},
      users: [{ name: k.user, user: { 'client-certificate-data': 'DATA+OMITTED', 'client-key-data': 'DATA+OMITTED' } }],
    };
    ctx.stdout(printObjects([config as unknown as KubeObject], 'yaml'));
    return 0;
  },
});
