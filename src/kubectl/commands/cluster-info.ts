// kubectl cluster-info: where the control plane and CoreDNS answer.

import { defineCommand } from '../command';

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
