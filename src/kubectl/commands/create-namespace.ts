// kubectl create namespace NAME (pkg/cmd/create/create_namespace.go): builds the Namespace on the
// client (createNamespace: kind, apiVersion, metadata.name; spec and status empty), prints it
// with --dry-run=client, or sends it with the field manager kubectl-create.

import type { KubeObject } from '../../sim/api';
import { defineCommand } from '../command';
import { CommandFailure, failWithHelp, formatStatusError, formatWarnings } from '../errors';
import { parseDryRun } from './common';
import { type FieldValidation, parseValidation } from './write-flags';
import { PRINT_FLAGS, parsePrintFlags, printWithFlags, readPrinterFiles, type ObjectPrinter } from './print-flags';

interface CreateNamespaceOptions {
  name: string;
  dryRun: 'none' | 'client' | 'server';
  printer: ObjectPrinter;
  saveConfig: boolean;
  fieldManager: string;
  validation: FieldValidation;
}

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
    ...PRINT_FLAGS,
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
    // Complete: the name first (NameFromCommandArgs), then the printer and the dry-run strategy.
    if (args.length !== 1) return failWithHelp('create namespace', `exactly one NAME is required, got ${args.length}`);
    const dryRun = parseDryRun(flags.string('dry-run'));
    if (dryRun instanceof CommandFailure) return dryRun;
    const printer = parsePrintFlags(flags);
    if (printer instanceof CommandFailure) return printer;
    const validation = parseValidation(flags.string('validate'));
    if (validation instanceof CommandFailure) return validation;
    return {
      name: args[0]!,
      dryRun,
      printer,
      saveConfig: flags.bool('save-config'),
      fieldManager: flags.string('field-manager'),
      validation,
    };
  },
  run(options, ctx) {
    const printer = readPrinterFiles(options.printer, ctx.workspace);
    if (typeof printer === 'string') {
      ctx.stderr(printer);
      return 1;
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
      const shown = printWithFlags(ctx, printer, [obj], { typed });
      if (shown.printed) return shown.exitCode;
      ctx.stdout(`namespace/${obj.metadata?.name ?? options.name} created${suffix}\n`);
      return 0;
    };
    if (options.dryRun === 'client') return show(namespace, true);
    const { creationTimestamp: _unset, ...metadata } = namespace.metadata as Record<string, unknown>;
    const created = ctx.cluster.create(
      { apiVersion: 'v1', kind: 'Namespace', metadata },
      { fieldManager: options.fieldManager, fieldValidation: options.validation, dryRun: options.dryRun === 'server' },
    );
    if (!created.ok) {
      ctx.stderr(formatStatusError(created.error));
      return 1;
    }
    ctx.stderr(formatWarnings(created.warnings));
    return show(created.value, false);
  },
});
