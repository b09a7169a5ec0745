// kubectl config view (pkg/cmd/config/view.go): the kubeconfig, with its secrets omitted as kubectl does.

import type { KubeObject } from '../../sim/api';
import { defineCommand } from '../command';
import { fail, failWithHelp } from '../errors';
import { printGoTemplate } from '../print/go-template';
import { printJsonPath } from '../print/jsonpath';
import { printObjects } from '../printers';
import { parseOutputFormat, withTemplateFlag, type OutputFormat } from './common';

/** view.go's printer flags: JSON, YAML, name and the templates, not tables. */
const VIEW_FORMATS =
  'go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,yaml';

export const viewCommand = defineCommand<{ output: OutputFormat }>({
  name: 'config view',
  group: 'Other Commands',
  summary: 'Display merged kubeconfig settings or a specified kubeconfig file',
  help: `Display merged kubeconfig settings or a specified kubeconfig file.

Examples:
  # Show the kubeconfig
  kubectl config view`,
  usage: 'config view [flags] [options]',
  flags: [
    { name: 'flatten', type: 'bool', help: 'Put the files the kubeconfig names into it (the console has none).' },
    { name: 'merge', type: 'bool', default: true, help: 'Merge the kubeconfig files (the console has one).' },
    { name: 'minify', type: 'bool', help: 'Remove all information not used by current-context from the output' },
    { name: 'output', short: 'o', type: 'string', default: 'yaml', help: 'Output format: yaml, json, jsonpath=...' },
    { name: 'raw', type: 'bool', help: 'Display raw byte data and sensitive data' },
    { name: 'template', type: 'string', help: 'The template for -o go-template or jsonpath.' },
  ],
  parse({ flags, args }) {
    // view.go: Complete refuses arguments; Validate needs a file to read unmerged.
    if (args.length > 0) return failWithHelp('config view', `unexpected arguments: [${args.join(' ')}]`);
    const text = withTemplateFlag(flags.has('output') ? flags.string('output') : 'yaml', flags.string('template'));
    const output = text === 'wide' || text === '' ? undefined : parseOutputFormat(text);
    if (!output || output.kind === 'table' || output.kind.startsWith('custom-columns'))
      return fail(
        `unable to match a printer suitable for the output format "${text}", allowed formats are: ${VIEW_FORMATS}`,
      );
    if (!flags.bool('merge') && !flags.has('kubeconfig'))
      return fail('if merge==false a precise file must be specified');
    return { output };
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
    const asObject = config as unknown as KubeObject;
    const output = options.output;
    if (output.kind === 'yaml') ctx.stdout(printObjects([asObject], 'yaml'));
    else if (output.kind === 'json') ctx.stdout(`${JSON.stringify(config, null, 4)}\n`);
    // The name printer finds no name on a Config.
    else if (output.kind === 'name') ctx.stdout('config/<unknown>\n');
    else if (output.kind === 'jsonpath') {
      const printed = printJsonPath([asObject], output.template, { asList: false });
      if (!printed.ok) {
        ctx.stderr(`${printed.error}\n`);
        return 1;
      }
      ctx.stdout(printed.text);
    } else if (output.kind === 'go-template') {
      const printed = printGoTemplate([asObject], output.template, { asList: false });
      ctx.stdout(printed.stdout);
      if (printed.error) {
        ctx.stderr(`${printed.error}\n`);
        return 1;
      }
    } else {
      ctx.stderr('error: the template files are not offered for kubectl config view in Pod Lab\n');
      return 1;
    }
    return 0;
  },
});
