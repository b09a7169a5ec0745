// kubectl edit (pkg/cmd/edit/edit.go, pkg/cmd/util/editor/editoptions.go): fetches the objects
// named by arguments or files, opens them in the editor (one object, or a List of several) and,
// when the learner saves, sends each edited object as a patch (edit-save.ts).

import type { KubeObject, StatusError } from '../../sim/api';
import { defineCommand, type CommandContext, type Job } from '../command';
import { fail, formatStatusError } from '../errors';
import { readManifests } from '../manifest';
import { isUnserved, parseResourceArgs, type AnyResourceType } from '../resources';
import { unservedNotFound } from '../unserved-kinds';
import { mappedResourceType } from './file-targets';
import { NO_RESOURCES, TEMPLATE_FLAG } from './common';
import { editedDocument, saveEdits, type EditTarget, type SaveOptions } from './edit-save';

interface EditOptions extends Omit<SaveOptions, 'validation' | 'output'> {
  refs: { type: AnyResourceType; name: string }[];
  typesOnly: AnyResourceType[];
  files: string[];
  argsGiven: boolean;
  output: string;
  validate: string;
}

/** cmdutil.GetValidationDirective: Go's ParseBool spellings, else the three names, case and all. */
function validationDirective(value: string): SaveOptions['validation'] | undefined {
  if (['1', 't', 'T', 'TRUE', 'true', 'True', 'strict'].includes(value)) return 'Strict';
  if (['0', 'f', 'F', 'FALSE', 'false', 'False', 'ignore'].includes(value)) return 'Ignore';
  if (value === 'warn') return 'Warn';
  return undefined;
}

type Found = { ok: true; targets: EditTarget[] } | { ok: false; errors: string[] };

function fromServer(ref: { type: AnyResourceType; name: string }, namespace: string, ctx: CommandContext) {
  if (isUnserved(ref.type)) return { ok: false as const, error: unservedNotFound(ref.type, ref.name) };
  return ctx.cluster.get(ref.type.kind, ref.type.namespaced ? namespace : undefined, ref.name);
}

/** The builder's objects, fetched again from the server (Latest), and every error on the way. */
function findTargets(options: EditOptions, ctx: CommandContext): Found | { failed: string } {
  const targets: EditTarget[] = [];
  const errors: string[] = [];
  const keep = (type: AnyResourceType, got: { ok: true; value: KubeObject } | { ok: false; error: StatusError }) => {
    if (!got.ok) errors.push(formatStatusError(got.error));
    else if (!isUnserved(type)) targets.push({ type, live: got.value });
  };
  if (options.files.length > 0) {
    const read = readManifests(options.files, ctx.workspace);
    if (read.missingPath !== undefined) return { failed: `the path "${read.missingPath}" does not exist` };
    if (options.argsGiven)
      return {
        failed: 'when paths, URLs, or stdin is provided as input, you may not specify resource arguments as well',
      };
    errors.push(...read.errors.map((e) => `error: ${e}\n`));
    for (const item of read.objects) {
      const apiVersion = String(item.object.apiVersion);
      const kind = String(item.object.kind);
      const type = mappedResourceType(item.object);
      const meta = (item.object.metadata ?? {}) as Record<string, unknown>;
      const name = typeof meta.name === 'string' ? meta.name : '';
      const namespace = typeof meta.namespace === 'string' && meta.namespace ? meta.namespace : options.namespace;
      if (!type) {
        errors.push(
          `error: resource mapping not found for name: "${name}" namespace: "${typeof meta.namespace === 'string' ? meta.namespace : ''}" from "${item.source}": no matches for kind "${kind}" in version "${apiVersion}"\nensure CRDs are installed first\n`,
        );
        continue;
      }
      keep(type, fromServer({ type, name }, namespace, ctx));
    }
  }
  for (const ref of options.refs) keep(ref.type, fromServer(ref, options.namespace, ctx));
  for (const type of options.typesOnly) {
    if (isUnserved(type)) continue;
    const listed = ctx.cluster.list(type.kind, type.namespaced ? options.namespace : undefined);
    if (!listed.ok) errors.push(formatStatusError(listed.error));
    else for (const live of listed.value) targets.push({ type, live });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, targets };
}

export const editCommand = defineCommand<EditOptions>({
  name: 'edit',
  group: 'Basic Commands (Intermediate)',
  summary: 'Edit a resource on the server',
  help: `Open objects as they are stored on the server in the editor; saving sends your changes.

 Lines starting with '#' are ignored, and saving an empty file cancels the edit. Several objects
open together as a List. Most of a Pod's spec cannot change after creation; the server refuses
such edits and says which fields may change.

Examples:
  # Edit the kuard Pod
  kubectl edit pod kuard

  # Edit it as JSON, and remember the result for a later kubectl apply
  kubectl edit pod/kuard -o json --save-config`,
  usage: 'edit (RESOURCE/NAME | -f FILENAME)',
  flags: [
    {
      name: 'allow-missing-template-keys',
      type: 'bool',
      default: true,
      help: 'If true, ignore any errors in templates when a field or map key is missing in the template.',
    },
    {
      name: 'field-manager',
      type: 'string',
      default: 'kubectl-edit',
      help: 'Name of the manager used to track field ownership.',
    },
    {
      name: 'filename',
      short: 'f',
      type: 'stringArray',
      help: 'Filename, directory, or URL to files to use to edit the resource',
    },
    { name: 'output', short: 'o', type: 'string', help: 'Output format: yaml or json.' },
    { name: 'output-patch', type: 'bool', help: 'Output the patch if the resource is edited.' },
    { name: 'recursive', short: 'R', type: 'bool', help: 'Process the directory used in -f, --filename recursively.' },
    {
      name: 'record',
      type: 'bool',
      help: 'Record current kubectl command in the resource annotation.',
      deprecated: 'Flag --record has been deprecated, --record will be removed in the future\n',
    },
    {
      name: 'save-config',
      type: 'bool',
      help: 'If true, the configuration of current object will be saved in its annotation, for a later kubectl apply.',
    },
    {
      name: 'show-managed-fields',
      type: 'bool',
      help: 'If true, keep the managedFields when printing objects in JSON or YAML format.',
    },
    {
      name: 'subresource',
      type: 'string',
      help: 'If specified, edit will operate on the subresource of the requested object.',
    },
    TEMPLATE_FLAG,
    {
      name: 'validate',
      type: 'string',
      default: 'strict',
      noOptDefault: 'strict',
      help: 'Must be one of: strict (or true), warn, ignore (or false).',
    },
    { name: 'windows-line-endings', type: 'bool', help: 'Defaults to the line ending native to your platform.' },
  ],
  parse({ flags, args, namespace }) {
    const files = flags.list('filename');
    if (args.length === 0 && files.length === 0) return fail(NO_RESOURCES);
    const parsed = parseResourceArgs(args, true);
    if (!parsed.ok) return fail(parsed.error);
    return {
      refs: parsed.refs.map((r) => ({ type: r.type, name: r.name! })),
      typesOnly: parsed.typesOnly,
      files,
      argsGiven: args.length > 0,
      namespace,
      output: flags.string('output'),
      validate: flags.string('validate'),
      outputPatch: flags.bool('output-patch'),
      saveConfig: flags.bool('save-config'),
      fieldManager: flags.string('field-manager'),
      subresource: flags.string('subresource'),
      showManagedFields: flags.bool('show-managed-fields'),
    };
  },
  run(options, ctx) {
    const found = findTargets(options, ctx);
    if ('failed' in found) {
      ctx.stderr(`error: ${found.failed}\n`);
      return 1;
    }
    // Complete reads the directive after the builder; the objects are fetched in Run.
    const validation = validationDirective(options.validate);
    if (!validation) {
      ctx.stderr(
        `error: invalid - validate option "${options.validate}"; must be one of: strict (or true), warn, ignore (or false)\n`,
      );
      return 1;
    }
    if (!found.ok) {
      ctx.stderr(found.errors.join(''));
      return 1;
    }
    if (found.targets.length === 0) {
      ctx.stderr('error: edit cancelled, no objects found\n');
      return 1;
    }
    // The editor's own printer knows only JSON and YAML, in any case (editPrinterOptions).
    const output = options.output.toLowerCase();
    if (output !== '' && output !== 'yaml' && output !== 'json') {
      ctx.stderr(
        `error: unable to match a printer suitable for the output format "${options.output}", allowed formats are: json,yaml\n`,
      );
      return 1;
    }
    const openEditor = ctx.hooks.openEditor;
    if (!openEditor) {
      ctx.stderr('error: there is no editor in this console; use kubectl apply -f with an edited file instead\n');
      return 1;
    }
    const saveOptions: SaveOptions = { ...options, output, validation };
    let finished = false;
    let finishJob: ((code: number) => void) | undefined;
    const job: Job = {
      kind: 'wait',
      start(finish) {
        finishJob = finish;
        const document = editedDocument(found.targets) as unknown as KubeObject;
        openEditor(
          document,
          (edited) => {
            if (finished) return;
            finished = true;
            finishJob?.(saveEdits(found.targets, edited, saveOptions, ctx));
          },
          { format: output === 'json' ? 'json' : 'yaml' },
        );
      },
      interrupt() {
        if (finished) return;
        finished = true;
        ctx.stderr('Edit cancelled, no changes made.\n');
        finishJob?.(0);
      },
    };
    return job;
  },
});
