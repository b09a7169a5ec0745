// kubectl create namespace NAME (pkg/cmd/create/create_namespace.go): builds the Namespace on the
// client (createNamespace: kind, apiVersion, metadata.name; spec and status empty), prints it
// with --dry-run=client, or sends it with the field manager kubectl-create.

import type { KubeObject } from '../../sim/api';
import { defineCommand } from '../command';
import { fail, failWithHelp, formatStatusError, formatWarnings } from '../errors';
import { printJsonPath, printNames, printObjects, toGoJsonInFieldOrder } from '../printers';
import { type OutputFormat, customColumnsError, parseDryRun, parseOutputFormat, resolveOutputFile } from './common';

interface CreateNamespaceOptions {
  name: string;
  dryRun: 'none' | 'client' | 'server';
  output: OutputFormat | undefined;
  saveConfig: boolean;
  fieldManager: string;
}

/** The formats of create's PrintFlags (no table, no custom columns), in the error's order. */
const CREATE_FORMATS =
  'go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,yaml';

export const createNamespaceCommand = defineCommand<CreateNamespaceOptions>({
  name: 'create namespace',
  aliases: ['ns'],
  group: 'Basic Commands (Beginner)',
  summary: 'Create a namespace with the specified name',
  help: `Create a namespace with the specified name.

Aliases:
namespace, ns

Examples:
  # Create a new namespace named my-namespace
  kubectl create namespace my-namespace`,
  usage: 'create namespace NAME [--dry-run=server|client|none]',
  flags: [
    {
      name: 'dry-run',
      type: 'string',
      default: 'none',
      noOptDefault: 'unchanged',
      help: 'Must be "none", "server", or "client". If client strategy, only print the object that would be sent, without sending it. If server strategy, submit server-side request without persisting the resource.',
    },
    {
      name: 'field-manager',
      type: 'string',
      default: 'kubectl-create',
      help: 'Name of the manager used to track field ownership.',
    },
    { name: 'output', short: 'o', type: 'string', help: 'Output format. One of: (json, yaml, name, jsonpath).' },
    {
      name: 'save-config',
      type: 'bool',
      help: 'If true, the configuration of current object will be saved in its annotation.',
    },
    {
      name: 'validate',
      type: 'string',
      default: 'strict',
      noOptDefault: 'strict',
      help: 'Must be one of: strict (or true), warn, ignore (or false).',
    },
  ],
  parse({ flags, args }) {
    // Complete: the printer and the dry-run strategy first, then the name (NameFromCommandArgs).
    const dryRun = parseDryRun(flags.string('dry-run'));
    if (typeof dryRun !== 'string') return dryRun;
    const outputText = flags.string('output');
    const format = parseOutputFormat(outputText);
    if (
      outputText !== '' &&
      (!format || format.kind === 'table' || format.kind === 'custom-columns' || format.kind === 'custom-columns-file')
    ) {
      return fail(
        `unable to match a printer suitable for the output format "${outputText}", allowed formats are: ${CREATE_FORMATS}`,
      );
    }
    const formatError = format && customColumnsError(format);
    if (formatError) return fail(formatError);
    if (args.length !== 1) return failWithHelp('create namespace', `exactly one NAME is required, got ${args.length}`);
    return {
      name: args[0]!,
      dryRun,
      output: outputText === '' ? undefined : format,
      saveConfig: flags.bool('save-config'),
      fieldManager: flags.string('field-manager'),
    };
  },
  run(options, ctx) {
    if (options.output) {
      const resolved = resolveOutputFile(options.output, ctx.workspace);
      if (typeof resolved === 'string') {
        ctx.stderr(`error: ${resolved}\n`);
        return 1;
      }
      options = { ...options, output: resolved };
    }
    // The typed object, in the Namespace struct's field order (it is printed that way as JSON).
    const namespace: Record<string, unknown> = {
      kind: 'Namespace',
      apiVersion: 'v1',
      metadata: { name: options.name, creationTimestamp: null },
      spec: {},
      status: {},
    };
    if (options.saveConfig) {
      // util.CreateOrUpdateAnnotation: the object as compact JSON, before the annotation is added.
      const applied = `${JSON.stringify(namespace)}\n`;
      namespace.metadata = {
        name: options.name,
        creationTimestamp: null,
        annotations: { 'kubectl.kubernetes.io/last-applied-configuration': applied },
      };
    }
    const suffix = options.dryRun === 'client' ? ' (dry run)' : options.dryRun === 'server' ? ' (server dry run)' : '';
    const show = (obj: KubeObject, typed: boolean): number => {
      const output = options.output;
      if (!output) ctx.stdout(`namespace/${obj.metadata?.name ?? options.name} created${suffix}\n`);
      else if (output.kind === 'yaml') ctx.stdout(printObjects([obj], 'yaml'));
      else if (output.kind === 'json') ctx.stdout(typed ? toGoJsonInFieldOrder(obj) : printObjects([obj], 'json'));
      else if (output.kind === 'name') ctx.stdout(printNames('Namespace', [obj]));
      else if (output.kind === 'jsonpath') {
        const printed = printJsonPath([obj], output.template, { asList: false });
        if (!printed.ok) {
          ctx.stderr(printed.error);
          return 1;
        }
        ctx.stdout(printed.text);
      }
      return 0;
    };
    if (options.dryRun === 'client') return show(namespace, true);
    const { creationTimestamp: _unset, ...metadata } = namespace.metadata as Record<string, unknown>;
    const created = ctx.cluster.create(
      { apiVersion: 'v1', kind: 'Namespace', metadata },
      { fieldManager: options.fieldManager, fieldValidation: 'Strict', dryRun: options.dryRun === 'server' },
    );
    if (!created.ok) {
      ctx.stderr(formatStatusError(created.error));
      return 1;
    }
    ctx.stderr(formatWarnings(created.warnings));
    return show(created.value, false);
  },
});
