// kubectl config view (pkg/cmd/config/view.go): the kubeconfig, with its secrets omitted as kubectl does.

import type { KubeObject } from '../../sim/api';
import { defineCommand } from '../command';
import { CommandFailure, fail, failWithHelp } from '../errors';
import { printObjects } from '../printers';
import { PRINT_FLAGS, parsePrintFlags, printWithFlags, readPrinterFiles, type ObjectPrinter } from './print-flags';

export const viewCommand = defineCommand<{ printer: ObjectPrinter }>({
  name: 'config view',
  group: 'Other Commands',
  summary: 'Display merged kubeconfig settings or a specified kubeconfig file',
  help: `Display merged kubeconfig settings or a specified kubeconfig file.

Examples:
  # Show the kubeconfig
  kubectl config view`,
  usage: 'config view [flags] [options]',
  flags: [
    ...PRINT_FLAGS.map((flag) => (flag.name === 'output' ? { ...flag, default: 'yaml' } : flag)),
    { name: 'flatten', type: 'bool', help: 'Put the files the kubeconfig names into it (the console has none).' },
    { name: 'merge', type: 'bool', default: true, help: 'Merge the kubeconfig files (the console has one).' },
    { name: 'minify', type: 'bool', help: 'Remove all information not used by current-context from the output' },
    { name: 'raw', type: 'bool', help: 'Display raw byte data and sensitive data' },
  ],
  parse({ flags, args }) {
    // view.go: Complete refuses arguments and builds the printer; Validate needs a file to read
    // unmerged.
    if (args.length > 0) return failWithHelp('config view', `unexpected arguments: [${args.join(' ')}]`);
    const printer = parsePrintFlags(flags);
    if (printer instanceof CommandFailure) return printer;
    if (!flags.bool('merge') && !flags.has('kubeconfig'))
      return fail('if merge==false a precise file must be specified');
    return { printer };
  },
  run(options, ctx) {
    const k = ctx.kubeconfig;
    const context: Record<string, string> = { cluster: k.cluster, user: k.user };
    if (k.namespace) context.namespace = k.namespace;
    // clientcmd/api/v1.Config in its field order, as -o json keeps it (YAML sorts the keys).
    const config = {
      kind: 'Config',
      apiVersion: 'v1',
      preferences: {},
      clusters: [
        {
          name: k.cluster,
          cluster: { server: ctx.cluster.server.controlPlaneURL, 'certificate-authority-data': 'DATA+OMITTED' },
        },
      ],
      users: [{ name: k.user, user: { 'client-certificate-data': 'DATA+OMITTED', 'client-key-data': 'DATA+OMITTED' } }],
      contexts: [{ name: k.context, context }],
      'current-context': k.context,
    };
    const printer = readPrinterFiles(options.printer, ctx.workspace);
    if (typeof printer === 'string') {
      ctx.stderr(printer);
      return 1;
    }
    const format = printer.format?.kind ?? 'yaml';
    if (format === 'yaml') ctx.stdout(printObjects([config as unknown as KubeObject], 'yaml'));
    else if (format === 'json') ctx.stdout(`${JSON.stringify(config, null, 4)}\n`);
    // The name printer finds no name on a Config.
    else if (format === 'name') ctx.stdout('config/<unknown>\n');
    else {
      const printed = printWithFlags(ctx, printer, [config as unknown as KubeObject]);
      return printed.printed ? printed.exitCode : 0;
    }
    return 0;
  },
});
