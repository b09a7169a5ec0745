// kubectl config (pkg/cmd/config): the few subcommands a learner uses — which context is current,
// and setting the context's namespace so later commands default to it.

import { defineCommand, type Command } from '../command';
import { fail, failWithHelp } from '../errors';
import { printObjects } from '../printers';
import type { KubeObject } from '../../sim/api';
import { alignColumns } from './common';

const CONFIG_HELP = `Modify kubeconfig files using subcommands like "kubectl config set current-context my-context".

 In Pod Lab the kubeconfig holds one cluster, one user and one context; set-context can change
the context's namespace.

Available Commands:
  current-context   Display the current-context
  get-contexts      Describe one or many contexts
  set-context       Set a context entry in kubeconfig
  use-context       Set the current-context in a kubeconfig file
  view              Display merged kubeconfig settings or a specified kubeconfig file`;

function configUsage(): string {
  return `${CONFIG_HELP}\n\nUsage:\n  kubectl config SUBCOMMAND [options]\n\nUse "kubectl config <command> --help" for more information about a given command.\nUse "kubectl options" for a list of global command-line options (applies to all commands).\n`;
}

export const configCommand = defineCommand<{ unknown?: string }>({
  name: 'config',
  group: 'Other Commands',
  summary: 'Modify kubeconfig files',
  help: CONFIG_HELP,
  usage: 'config SUBCOMMAND',
  flags: [],
  parse: ({ args }) => (args.length > 0 ? failWithHelp('config', `unknown command "${args[0]}"`) : {}),
  run(_options, ctx) {
    // Without a subcommand kubectl prints this help as an error.
    ctx.stderr(configUsage());
    return 1;
  },
});

export const currentContextCommand = defineCommand<Record<string, never>>({
  name: 'config current-context',
  group: 'Other Commands',
  summary: 'Display the current-context',
  help: `Display the current-context.

Examples:
  # Display the current-context
  kubectl config current-context`,
  usage: 'config current-context [options]',
  flags: [],
  parse: () => ({}),
  run(_options, ctx) {
    ctx.stdout(`${ctx.kubeconfig.context}\n`);
    return 0;
  },
});

export const getContextsCommand = defineCommand<{ names: string[]; noHeaders: boolean; nameOnly: boolean }>({
  name: 'config get-contexts',
  group: 'Other Commands',
  summary: 'Describe one or many contexts',
  help: `Display one or many contexts from the kubeconfig file.

Examples:
  # List all the contexts in your kubeconfig file
  kubectl config get-contexts`,
  usage: 'config get-contexts [(-o|--output=)name)] [options]',
  flags: [
    {
      name: 'no-headers',
      type: 'bool',
      help: "When using the default or custom-column output format, don't print headers (default print headers).",
    },
    { name: 'output', short: 'o', type: 'string', help: 'Output format. One of: (name).' },
  ],
  parse: ({ flags, args }) => {
    const output = flags.string('output');
    if (output !== '' && output !== 'name') return fail(`output must be one of '' or 'name': ${output}`);
    return { names: args, noHeaders: flags.bool('no-headers'), nameOnly: output === 'name' };
  },
  run(options, ctx) {
    const k = ctx.kubeconfig;
    const missing = options.names.find((n) => n !== k.context);
    if (missing) {
      ctx.stderr(`error: context ${missing} not found\n`);
      return 1;
    }
    if (options.nameOnly) {
      ctx.stdout(`${k.context}\n`);
      return 0;
    }
    const rows = options.noHeaders ? [] : [['CURRENT', 'NAME', 'CLUSTER', 'AUTHINFO', 'NAMESPACE']];
    rows.push(['*', k.context, k.cluster, k.user, k.namespace]);
    ctx.stdout(alignColumns(rows));
    return 0;
  },
});

export const setContextCommand = defineCommand<{ name?: string; current: boolean; namespace?: string }>({
  name: 'config set-context',
  group: 'Other Commands',
  summary: 'Set a context entry in kubeconfig',
  help: `Set a context entry in kubeconfig.

 Specifying a name that already exists will merge new fields on top of existing values for those fields.

Examples:
  # Make later commands use the namespace dev
  kubectl config set-context --current --namespace=dev`,
  usage:
    'config set-context [NAME | --current] [--cluster=cluster_nickname] [--user=user_nickname] [--namespace=namespace] [options]',
  flags: [{ name: 'current', type: 'bool', help: 'Modify the current context' }],
  parse: ({ flags, args, namespaceGiven }) => {
    const current = flags.bool('current');
    if (current && args.length > 0) return fail('you cannot specify both a context name and --current');
    if (!current && args.length === 0) return fail('you must specify a non-empty context name or --current');
    return { name: args[0], current, namespace: namespaceGiven ? flags.string('namespace') : undefined };
  },
  run(options, ctx) {
    const name = options.current ? ctx.kubeconfig.context : options.name!;
    if (name !== ctx.kubeconfig.context) {
      ctx.stderr(`error: Pod Lab's kubeconfig has a single context, "${ctx.kubeconfig.context}"\n`);
      return 1;
    }
    if (options.namespace !== undefined) ctx.kubeconfig.namespace = options.namespace;
    ctx.stdout(`Context "${name}" modified.\n`);
    return 0;
  },
});

export const useContextCommand = defineCommand<{ name?: string }>({
  name: 'config use-context',
  group: 'Other Commands',
  summary: 'Set the current-context in a kubeconfig file',
  help: `Set the current-context in a kubeconfig file.

Examples:
  # Use the context for the cluster
  kubectl config use-context kubernetes-admin@kubernetes`,
  usage: 'config use-context CONTEXT_NAME [options]',
  flags: [],
  parse: ({ args }) =>
    args.length === 1
      ? { name: args[0] }
      : failWithHelp('config use-context', 'Unexpected args: ' + JSON.stringify(args)),
  run(options, ctx) {
    if (options.name !== ctx.kubeconfig.context) {
      ctx.stderr(`error: no context exists with the name: "${options.name}"\n`);
      return 1;
    }
    ctx.stdout(`Switched to context "${options.name}".\n`);
    return 0;
  },
});

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

export const CONFIG_COMMANDS: Command<never>[] = [
  configCommand,
  currentContextCommand,
  getContextsCommand,
  setContextCommand,
  useContextCommand,
  viewCommand,
] as Command<never>[];
