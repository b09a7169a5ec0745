// kubectl's persistent flags, the ones `kubectl options` lists: every command accepts them, in front
// of the command word or behind it.

import type { FlagSpec } from '../flags';
import { parseDuration } from '../go-duration';

/** klog's --vmodule (klog.go moduleSpec.Set): comma-separated PATTERN=N, N a non-negative int32. */
function vmoduleProblem(raw: string): string | undefined {
  for (const piece of raw.split(',')) {
    if (piece === '') continue;
    const [pattern, level, extra] = piece.split('=');
    const syntax = 'syntax error: expect comma-separated list of filename=N';
    if (extra !== undefined || !pattern || !level) return syntax;
    if (!/^[+-]?\d+$/.test(level) || Math.abs(Number(level)) > 2 ** 31 - 1) return syntax;
    if (Number(level) < 0) return 'negative value for vmodule level';
  }
  return undefined;
}

/** kubectl's persistent flags (`kubectl options`); every command accepts them. */
export const GLOBAL_FLAGS: FlagSpec[] = [
  { name: 'as', type: 'string', help: 'The user to act as for this request (impersonation).' },
  { name: 'as-group', type: 'stringArray', help: 'A group to act as for this request; may be repeated.' },
  { name: 'as-uid', type: 'string', help: 'The UID to act as for this request.' },
  {
    name: 'cache-dir',
    type: 'string',
    default: '/home/learner/.kube/cache',
    help: 'Where discovery answers are cached.',
  },
  { name: 'certificate-authority', type: 'string', help: "A file with the CA certificate that signed the server's." },
  { name: 'client-certificate', type: 'string', help: 'A file with the client certificate for TLS.' },
  { name: 'client-key', type: 'string', help: 'A file with the client key for TLS.' },
  { name: 'cluster', type: 'string', help: 'The name of the kubeconfig cluster to use' },
  { name: 'context', type: 'string', help: 'The name of the kubeconfig context to use' },
  { name: 'disable-compression', type: 'bool', help: 'Ask the server not to compress its answers.' },
  {
    name: 'insecure-skip-tls-verify',
    type: 'bool',
    help: "Do not check the server's certificate (its connection is not secure).",
  },
  { name: 'kubeconfig', type: 'string', help: 'Path to the kubeconfig file to use for CLI requests.' },
  {
    name: 'log-flush-frequency',
    type: 'string',
    default: '5s',
    help: 'How often the log is flushed.',
    // A Go flag.Duration: any value time.ParseDuration refuses is flag's plain "parse error".
    check: (raw) => (parseDuration(raw).ok ? undefined : 'parse error'),
  },
  {
    name: 'match-server-version',
    type: 'bool',
    help: "Refuse to run unless the server's version is the client's.",
  },
  { name: 'namespace', short: 'n', type: 'string', help: 'If present, the namespace scope for this CLI request' },
  { name: 'password', type: 'string', help: 'The password for basic authentication.' },
  {
    name: 'profile',
    type: 'string',
    default: 'none',
    help: 'The profile to record (none, cpu, heap, goroutine, threadcreate, block or mutex).',
  },
  { name: 'profile-output', type: 'string', default: 'profile.pprof', help: 'The file the profile is written to.' },
  { name: 'request-timeout', type: 'string', default: '0', help: 'How long to wait for a single server request.' },
  { name: 'server', short: 's', type: 'string', help: 'The address and port of the Kubernetes API server.' },
  { name: 'tls-server-name', type: 'string', help: "The server name to check the server's certificate against." },
  { name: 'token', type: 'string', help: 'A bearer token to authenticate with.' },
  { name: 'user', type: 'string', help: 'The name of the kubeconfig user to use' },
  { name: 'username', type: 'string', help: 'The user name for basic authentication.' },
  { name: 'v', short: 'v', type: 'int', default: 0, help: 'number for the log level verbosity' },
  { name: 'vmodule', type: 'string', help: 'Log levels per file, as PATTERN=N,...', check: vmoduleProblem },
  {
    name: 'warnings-as-errors',
    type: 'bool',
    help: 'Treat warnings received from the server as errors and exit with a non-zero exit code',
  },
];

export const HELP_FLAG: FlagSpec = { name: 'help', short: 'h', type: 'bool', help: 'help for this command' };
