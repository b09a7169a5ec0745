// What kubectl's global flags ask of the client configuration (client-go tools/clientcmd): the
// kubeconfig file, context, cluster and user they name must exist, impersonation needs a user,
// and --match-server-version compares the versions. Two loaders word the same faults differently:
// commands that first read their namespace (ToRawKubeConfigLoader().Namespace(), as get and
// label do) get DirectClientConfig's validation errors; those that first build a REST client
// (run, apply, explain, version…) get the loader's "does not exist" errors.

import type { CommandContext } from './command';
import type { FlagReader } from './flags';
import { CLIENT_INFO, goVersionInfo, serverInfo } from './commands/version';

/** Commands that build a REST client before reading their namespace (checked against kubectl.1.32). */
const REST_CLIENT_FIRST = new Set([
  'run',
  'create',
  'apply',
  'explain',
  'top node',
  'wait',
  'api-resources',
  'cluster-info',
  'version',
]);

/** The kubeconfig the console's kubectl reads when --kubeconfig is not given. */
const DEFAULT_KUBECONFIG = ['~/.kube/config', '/home/learner/.kube/config', '.kube/config'];

/** The profiles kubectl's --profile accepts (pkg/cmd/profiling.go initProfiling). */
const PROFILES = new Set(['none', 'cpu', 'heap', 'goroutine', 'threadcreate', 'block', 'mutex']);

/** kubectl's PersistentPreRunE: an unknown --profile stops every command before it runs. */
export function profileError(flags: FlagReader): string | undefined {
  const profile = flags.string('profile');
  return PROFILES.has(profile) ? undefined : `error: unknown profile '${profile}'\n`;
}

/**
 * The first fault in the client configuration the flags describe, as kubectl prints it, or
 * undefined. `commandName` is the command's name ("top node", "create namespace").
 */
export function clientConfigError(
  commandName: string,
  flags: FlagReader,
  ctx: Pick<CommandContext, 'kubeconfig' | 'workspace' | 'cluster'>,
): string | undefined {
  const kubeconfigPath = flags.string('kubeconfig');
  if (
    kubeconfigPath !== '' &&
    !DEFAULT_KUBECONFIG.includes(kubeconfigPath) &&
    ctx.workspace.read(kubeconfigPath) === undefined
  )
    return `error: stat ${kubeconfigPath}: no such file or directory\n`;
  const restFirst = REST_CLIENT_FIRST.has(commandName) || commandName.startsWith('create ');
  const context = flags.string('context');
  if (context !== '' && context !== ctx.kubeconfig.context)
    return restFirst
      ? `error: context "${context}" does not exist\n`
      : `Error in configuration: context was not found for specified context: ${context}\n`;
  const cluster = flags.string('cluster');
  if (cluster !== '' && cluster !== ctx.kubeconfig.cluster)
    return restFirst
      ? `error: cluster "${cluster}" does not exist\n`
      : `error: no server found for cluster "${cluster}"\n`;
  const user = flags.string('user');
  if (user !== '' && user !== ctx.kubeconfig.user) return `error: auth info "${user}" does not exist\n`;
  const ca = flags.string('certificate-authority');
  if (ca !== '' && ctx.workspace.read(ca) === undefined)
    return `error: unable to read certificate-authority ${ca} for ${ctx.kubeconfig.cluster} due to open ${ca}: no such file or directory\n`;
  // rest.Config: impersonating groups or a uid needs a user to impersonate.
  if (flags.string('as') === '' && (flags.list('as-group').length > 0 || flags.string('as-uid') !== ''))
    return `error: requesting uid, groups or user-extra for ${user || ctx.kubeconfig.user} without impersonating a user\n`;
  const server = flags.string('server');
  if (server !== '' && server !== ctx.cluster.server.controlPlaneURL)
    return `The connection to the server ${server.replace(/^https?:\/\//, '').replace(/\/.*$/, '')} was refused - did you specify the right host or port?\n`;
  if (flags.bool('match-server-version')) {
    const server = serverInfo(ctx.cluster.server.gitVersion);
    if (server.gitVersion !== CLIENT_INFO.gitVersion)
      return `error: server version (&${goVersionInfo(server)}) differs from client version (${goVersionInfo(CLIENT_INFO)})\n`;
  }
  return undefined;
}
