// kubectl version: the client's and the cluster's versions.

import { defineCommand } from '../command';
import { fail } from '../errors';
import { toYaml } from '../print/yaml';

/** kubectl's bundled kustomize in v1.32. */
const KUSTOMIZE_VERSION = 'v5.5.0';
/** The kubectl this console stands for: the upstream binary the goldens are recorded from. */
const CLIENT_VERSION = 'v1.32.5';

/** apimachinery's version.Info, in its field order (json.Marshal keeps it; YAML sorts the keys). */
interface VersionInfo {
  major: string;
  minor: string;
  gitVersion: string;
  gitCommit: string;
  gitTreeState: string;
  buildDate: string;
  goVersion: string;
  compiler: string;
  platform: string;
}

/** What `kubectl.1.32 version --client -o json` reports for itself. */
export const CLIENT_INFO: VersionInfo = {
  major: '1',
  minor: '32',
  gitVersion: CLIENT_VERSION,
  gitCommit: '9894294ef13a5b32803e3ca2c0d620a088cc84d1',
  gitTreeState: 'clean',
  buildDate: '2025-05-15T09:12:10Z',
  goVersion: 'go1.23.8',
  compiler: 'gc',
  platform: 'linux/amd64',
};

/** The v1.32.4 release build (its kube-apiserver and kubectl share commit, date and Go). */
const RELEASE_BUILDS: Record<string, Pick<VersionInfo, 'gitCommit' | 'buildDate' | 'goVersion'>> = {
  'v1.32.4': {
    gitCommit: '59526cd4867447956156ae3a602fcbac10a2c335',
    buildDate: '2025-04-22T16:03:58Z',
    goVersion: 'go1.23.6',
  },
};

/** A version.Info as Go's %v prints the struct (discovery's MatchesServerVersion error). */
export function goVersionInfo(info: VersionInfo): string {
  const field = (name: string, value: string) => `${name}:${JSON.stringify(value)}`;
  return `version.Info{${[
    field('Major', info.major),
    field('Minor', info.minor),
    field('GitVersion', info.gitVersion),
    field('GitCommit', info.gitCommit),
    field('GitTreeState', info.gitTreeState),
    field('BuildDate', info.buildDate),
    field('GoVersion', info.goVersion),
    field('Compiler', info.compiler),
    field('Platform', info.platform),
  ].join(', ')}}`;
}

export function serverInfo(gitVersion: string): VersionInfo {
  const [major = '', minor = ''] = gitVersion.replace(/^v/, '').split('.');
  const build = RELEASE_BUILDS[gitVersion] ?? { gitCommit: '', buildDate: '', goVersion: '' };
  return { ...CLIENT_INFO, major, minor, gitVersion, ...build };
}

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
    // version.go Run: the structured forms are printed with Println, so YAML ends in a blank line.
    if (options.output !== '') {
      const version = {
        clientVersion: CLIENT_INFO,
        kustomizeVersion: KUSTOMIZE_VERSION,
        ...(options.client ? {} : { serverVersion: serverInfo(ctx.cluster.server.gitVersion) }),
      };
      ctx.stdout(options.output === 'json' ? `${JSON.stringify(version, null, 2)}\n` : `${toYaml(version)}\n`);
      return 0;
    }
    let text = `Client Version: ${CLIENT_VERSION}\nKustomize Version: ${KUSTOMIZE_VERSION}\n`;
    if (!options.client) text += `Server Version: ${ctx.cluster.server.gitVersion}\n`;
    ctx.stdout(text);
    return 0;
  },
});
