// kubectl edit (pkg/cmd/edit, pkg/cmd/util/editor): opens the live object in the editor and,
// when the learner saves, sends the edited object as an update.

import { parse as parseYaml } from 'yaml';
import { deepEqual, threeWayMerge } from '../apply-merge';
import { defineCommand, type Job } from '../command';
import { fail, formatStatusError, formatWarnings } from '../errors';
import { parseResourceArgs, type ResourceType } from '../resources';
import { NO_RESOURCES } from './common';

interface EditOptions {
  type: ResourceType;
  name: string;
  namespace: string;
  /** -o: the editor's format, checked once the object is read. */
  output: string;
}

export const editCommand = defineCommand<EditOptions>({
  name: 'edit',
  group: 'Basic Commands (Intermediate)',
  summary: 'Edit a resource on the server',
  help: `Open an object as it is stored on the server in the editor; saving sends your changes.

 Lines starting with '#' are ignored, and saving an empty file cancels the edit. Most of a Pod's
spec cannot change after creation; the server refuses such edits and says which fields may change.

Examples:
  # Edit the kuard Pod
  kubectl edit pod kuard`,
  usage: 'edit (RESOURCE/NAME | -f FILENAME)',
  flags: [{ name: 'output', short: 'o', type: 'string', help: 'Output format: yaml or json.' }],
  parse({ flags, args, namespace }) {
    if (args.length === 0) {
      return fail(NO_RESOURCES);
    }
    const parsed = parseResourceArgs(args);
    if (!parsed.ok) return fail(parsed.error);
    if (parsed.refs.length !== 1) return fail('edit takes exactly one object in this console: TYPE NAME or TYPE/NAME');
    return { type: parsed.refs[0]!.type, name: parsed.refs[0]!.name!, namespace, output: flags.string('output') };
  },
  run(options, ctx) {
    const got = ctx.cluster.get(
      options.type.kind,
      options.type.namespaced ? options.namespace : undefined,
      options.name,
    );
    if (!got.ok) {
      ctx.stderr(formatStatusError(got.error));
      return 1;
    }
    // editoptions.go: the editor's printer knows only these two formats (json, yaml; any case).
    if (!['', 'json', 'yaml'].includes(options.output.toLowerCase())) {
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
    const original = got.value;
    const label = `${options.type.singular}/${options.name}`;
    let finished = false;
    let finishJob: ((code: number) => void) | undefined;
    const save = (edited: string): void => {
      if (finished) return;
      const done = (code: number) => {
        finished = true;
        finishJob?.(code);
      };
      const text = edited
        .split('\n')
        .filter((line) => !line.trimStart().startsWith('#'))
        .join('\n');
      if (text.trim() === '') {
        ctx.stdout('Edit cancelled, no changes made.\n');
        return done(0);
      }
      let value: unknown;
      try {
        value = parseYaml(text);
      } catch (error) {
        ctx.stderr(
          `error: error parsing edited object: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}\n`,
        );
        return done(1);
      }
      // Compare as JSON (what the editor showed went through YAML), without the managedFields
      // the editor never showed (editoptions.go strips them unless --show-managed-fields).
      const opened = JSON.parse(JSON.stringify(original)) as Record<string, unknown>;
      delete (opened.metadata as Record<string, unknown> | undefined)?.managedFields;
      if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
        const metadata = (value as { metadata?: unknown }).metadata;
        if (metadata && typeof metadata === 'object') delete (metadata as Record<string, unknown>).managedFields;
      }
      if (deepEqual(value, opened)) {
        ctx.stdout('Edit cancelled, no changes made.\n');
        return done(0);
      }
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        ctx.stderr('error: the edited file is not an object\n');
        return done(1);
      }
      // kubectl edit sends the difference between what it opened and what was saved as a patch,
      // so changes made to the live object meanwhile (status, restarts) are kept.
      const live = ctx.cluster.get(options.type.kind, original.metadata?.namespace, options.name);
      const base = live.ok ? (live.value as unknown as Record<string, unknown>) : opened;
      const patched = threeWayMerge(base, opened, value as Record<string, unknown>);
      const updated = ctx.cluster.update(patched, {
        fieldValidation: 'Strict',
        fieldManager: 'kubectl-edit',
      });
      if (!updated.ok) {
        ctx.stderr(formatStatusError(updated.error));
        return done(1);
      }
      ctx.stderr(formatWarnings(updated.warnings));
      ctx.stdout(`${label} edited\n`);
      return done(0);
    };
    const job: Job = {
      kind: 'wait',
      start(finish) {
        finishJob = finish;
        openEditor(original, save);
      },
      interrupt() {
        if (finished) return;
        finished = true;
        ctx.stdout('Edit cancelled, no changes made.\n');
        finishJob?.(0);
      },
    };
    return job;
  },
});
