// kubectl create -f (pkg/cmd/create/create.go): like apply, but an object that exists is an error.

import { defineCommand, type Command, type CommandContext } from '../command';
import { readManifests, type ManifestObject } from '../manifest';
import { resourceTypeOf } from '../resources';
import { readPrinterFiles } from './print-flags';
import { objectToCreateByApply } from '../apply-merge';
import { CREATE_ONLY_FLAGS, parseCreateOptions } from './apply-options';
import {
  FILE_FLAGS,
  showOutcome,
  preflight,
  report,
  runFiles,
  withNamespace,
  type FileOptions,
} from './manifest-files';
import { fieldManagerFlag } from './write-flags';

function createOne(item: ManifestObject, options: FileOptions, ctx: CommandContext): boolean {
  const checked = preflight(item, options, 'create');
  if (typeof checked === 'string') {
    ctx.stderr(`error: ${checked}\n`);
    return false;
  }
  const { kind, name, namespace } = checked;
  const label = `${resourceTypeOf(kind).singular}/${name}`;
  // util.CreateOrUpdateAnnotation: --save-config stores the object as apply would.
  const object = options.saveConfig
    ? objectToCreateByApply(item.object, namespace)
    : withNamespace(item.object, namespace);
  if (options.dryRun === 'client') return showOutcome(ctx, options, object, label, 'created');
  const created = ctx.cluster.create(object, {
    fieldValidation: options.validation,
    fieldManager: options.fieldManager,
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
  flags: [...FILE_FLAGS, ...CREATE_ONLY_FLAGS, fieldManagerFlag('kubectl-create')],
  parse: parseCreateOptions,
  run: (options, ctx) => {
    // create.go Complete reads a template file before any manifest.
    const printer =
      typeof options.printer === 'string' ? options.printer : readPrinterFiles(options.printer, ctx.workspace);
    if (typeof printer === 'string') {
      ctx.stderr(printer);
      return 1;
    }
    if (options.create?.raw) {
      // rawhttp.RawPost reads the file before it sends anything.
      const file = options.files[0]!;
      if (ctx.workspace.read(file) === undefined) {
        ctx.stderr(`error: open ${file}: no such file or directory\n`);
        return 1;
      }
      ctx.stderr(
        `error: Pod Lab's console sends only kubectl's typed requests, so nothing was posted to ${options.create.raw}. Leave out --raw.\n`,
      );
      return 1;
    }
    if (options.create?.edit) {
      // RunEditOnCreate reads the files through the builder first.
      const missing = readManifests(options.files, ctx.workspace).missingPath;
      if (missing !== undefined) {
        ctx.stderr(`error: the path "${missing}" does not exist\n`);
        return 1;
      }
      ctx.stderr(
        "error: Pod Lab's kubectl create does not open an editor (--edit), so nothing was created. Edit the file in the editor, then create it.\n",
      );
      return 1;
    }
    return runFiles('create', { ...options, printer }, ctx, createOne);
  },
});
