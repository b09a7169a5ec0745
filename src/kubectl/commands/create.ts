// kubectl create -f (pkg/cmd/create/create.go): like apply, but an object that exists is an error.

import { defineCommand, type Command, type CommandContext } from '../command';
import type { ManifestObject } from '../manifest';
import { resourceTypeOf } from '../resources';
import { readPrinterFiles } from './print-flags';
import {
  FILE_FLAGS,
  showOutcome,
  parseFileOptions,
  preflight,
  report,
  runFiles,
  withNamespace,
  type FileOptions,
} from './manifest-files';

function createOne(item: ManifestObject, options: FileOptions, ctx: CommandContext): boolean {
  const checked = preflight(item, options, 'create');
  if (typeof checked === 'string') {
    ctx.stderr(`error: ${checked}\n`);
    return false;
  }
  const { kind, name, namespace } = checked;
  const label = `${resourceTypeOf(kind).singular}/${name}`;
  if (options.dryRun === 'client')
    return showOutcome(ctx, options, withNamespace(item.object, namespace), label, 'created');
  const created = ctx.cluster.create(withNamespace(item.object, namespace), {
    fieldValidation: 'Strict',
    fieldManager: 'kubectl-create',
    dryRun: options.dryRun === 'server',
  });
  return report(ctx, created, `error when creating "${item.source}": `, (obj) =>
    showOutcome(ctx, options, obj, `${resourceTypeOf(kind).singular}/${obj.metadata?.name ?? name}`, 'created'),
  );
}

export const createCommand: Command<FileOptions> = defineCommand<FileOptions>({
  name: 'create',
  group: 'Basic Commands (Beginner)',
  summary: 'Create a resource from a file or from stdin',
  help: `Create a resource from a file. JSON and YAML formats are accepted.

 Unlike apply, create fails when the object already exists.

Examples:
  # Create the Pod described in kuard-pod.yaml
  kubectl create -f kuard-pod.yaml`,
  usage: 'create -f FILENAME',
  flags: FILE_FLAGS,
  parse: parseFileOptions('create'),
  run: (options, ctx) => {
    // create.go Complete reads a template file before any manifest.
    const printer =
      typeof options.printer === 'string' ? options.printer : readPrinterFiles(options.printer, ctx.workspace);
    if (typeof printer === 'string') {
      ctx.stderr(printer);
      return 1;
    }
    return runFiles('create', { ...options, printer }, ctx, createOne);
  },
});
