// kubectl get (pkg/cmd/get/get.go): tables, -o yaml|json|name|jsonpath|go-template, --sort-by, -w.

import type { KubeObject } from '../../sim/api';
import { defineCommand, type CommandContext, type Job } from '../command';
import { formatStatusError } from '../errors';
import { printJsonPath, printNames, printObjects, printTable } from '../printers';
import { readManifests } from '../manifest';
import { customColumnRows } from '../print/custom-columns';
import { checkGoTemplate, printGoTemplate } from '../print/go-template';
import { isUnserved, resolveResourceType } from '../resources';
import { unservedKindOf, unservedNotFound } from '../unserved-kinds';
import { kustomizeError } from './builder-flags';
import { alignColumns, enhanceListError, resolveOutputFile } from './common';
import { GET_FLAGS, GET_HELP } from './get-flags';
import { parseGet, type GetOptions } from './get-options';
import { rawGet } from './raw-request';
import { applySortBy, type Group } from './get-sort';
import { watchJob } from './get-watch';

export const getCommand = defineCommand<GetOptions>({
  name: 'get',
  group: 'Basic Commands (Intermediate)',
  summary: 'Display one or many resources',
  help: GET_HELP,
  usage:
    'get [(-o|--output=)json|yaml|name|wide|jsonpath=...] (TYPE[.VERSION][.GROUP] [NAME | -l label] | TYPE[.VERSION][.GROUP]/NAME ...) [flags]',
  flags: GET_FLAGS,
  parse: parseGet,
  run(options, ctx) {
    return runGet(options, ctx);
  },
});

/** The printers' errors are whole kubectl lines ("error: …"); end them with a newline. */
function asLine(text: string): string {
  return text.endsWith('\n') ? text : `${text}\n`;
}

const NO_SUCH_SUBRESOURCE = 'Error from server (NotFound): the server could not find the requested resource\n';

/** Reads every object the request names; errors are collected in kubectl's order (after output). */
function collect(options: GetOptions, ctx: CommandContext): { groups: Group[]; errors: string[] } {
  const groups: Group[] = [];
  const errors: string[] = [];
  for (const request of options.requests) {
    const namespace = request.type.namespaced
      ? options.allNamespaces && request.names.length === 0
        ? undefined
        : options.namespace
      : undefined;
    const type = request.type;
    if (isUnserved(type)) {
      // A kind the simulator does not run: the server has none of it.
      for (const name of request.names)
        if (!options.ignoreNotFound) errors.push(formatStatusError(unservedNotFound(type, name)));
      groups.push({ type, objects: [], listed: request.names.length === 0 });
      continue;
    }
    if (request.names.length === 0) {
      // The builder's LabelSelectorParam and FieldSelectorParam trim the flags' values.
      const labelSelector = options.selector.trim();
      const fieldSelector = options.fieldSelector.trim();
      const listed = ctx.cluster.list(type.kind, namespace, {
        labelSelector: labelSelector || undefined,
        fieldSelector: fieldSelector || undefined,
      });
      if (!listed.ok)
        errors.push(formatStatusError(enhanceListError(listed.error, type, labelSelector, fieldSelector)));
      else groups.push({ type, objects: listed.value, listed: true });
      continue;
    }
    const objects: KubeObject[] = [];
    for (const name of request.names) {
      // Only the status subresource is served for these kinds; it reads the object itself.
      if (options.subresource !== '' && options.subresource !== 'status') {
        errors.push(NO_SUCH_SUBRESOURCE);
        continue;
      }
      const got = ctx.cluster.get(type.kind, namespace, name);
      if (got.ok) objects.push(got.value);
      else if (!(options.ignoreNotFound && got.error.reason === 'NotFound')) errors.push(formatStatusError(got.error));
    }
    groups.push({ type, objects, listed: false });
  }
  return { groups, errors };
}

/** `get -f FILE`: the kinds and names the manifests describe, as requests. */
function requestsFromFiles(options: GetOptions, ctx: CommandContext): GetOptions['requests'] | string {
  const read = readManifests(options.files, ctx.workspace);
  if (read.missingPath !== undefined) return `error: the path "${read.missingPath}" does not exist\n`;
  if (read.errors.length > 0) return read.errors.map((e) => `error: ${e}\n`).join('');
  const requests: GetOptions['requests'] = [];
  for (const item of read.objects) {
    const type =
      resolveResourceType(String(item.object.kind)) ??
      unservedKindOf(String(item.object.apiVersion), String(item.object.kind));
    if (!type) return `error: the server doesn't have a resource type "${String(item.object.kind)}"\n`;
    const given = (item.object.metadata as Record<string, unknown> | undefined)?.name;
    const name = typeof given === 'string' ? given : '';
    const last = requests[requests.length - 1];
    if (last && last.type === type) last.names.push(name);
    else requests.push({ type, names: [name] });
  }
  return requests;
}

function runGet(options: GetOptions, ctx: CommandContext): number | Job {
  const output = resolveOutputFile(options.output, ctx.workspace);
  if (typeof output === 'string') {
    ctx.stderr(`error: ${output}\n`);
    return 1;
  }
  options = { ...options, output };
  if (output.kind === 'go-template') {
    const checked = checkGoTemplate(output.template);
    if (!checked.ok) {
      ctx.stderr(asLine(checked.error));
      return 1;
    }
  }
  if (options.raw !== undefined) return rawGet(options.raw, ctx);
  if (options.kustomize !== '') {
    // get prints the kustomize error bare, without "error: ".
    ctx.stderr(`${kustomizeError(options.kustomize, ctx.workspace)}\n`);
    return 1;
  }
  if (options.files.length > 0) {
    const requests = requestsFromFiles(options, ctx);
    if (typeof requests === 'string') {
      ctx.stderr(requests);
      return 1;
    }
    options = { ...options, requests };
  }
  const { groups, errors } = collect(options, ctx);
  const now = ctx.cluster.clock.now();
  const all = groups.flatMap((g) => g.objects);
  // One named object prints as itself (or, when missing, only as the error); anything else as a List.
  const single = groups.length === 1 && !groups[0]!.listed && options.requests[0]!.names.length === 1;
  let exitCode = errors.length > 0 ? 1 : 0;

  if (options.sortBy) {
    const sortError = applySortBy(options, groups, single, ctx);
    if (sortError) {
      ctx.stderr(asLine(sortError));
      return 1;
    }
  }

  // With -w the watch prints the initial objects itself (kubectl get --watch).
  if (!options.watch) {
    const output = options.output;
    // printGeneric: a lone named object that is missing prints only its error, and with
    // --ignore-not-found nothing found prints nothing; else the List prints, even empty.
    const printNothing = all.length === 0 && (single || options.ignoreNotFound);
    if (output.kind === 'yaml' || output.kind === 'json') {
      if (!printNothing)
        ctx.stdout(
          printObjects(
            groups.flatMap((g) => g.objects),
            output.kind,
            { asList: !single, showManagedFields: options.showManagedFields },
          ),
        );
    } else if (output.kind === 'jsonpath') {
      const printed = printNothing
        ? { ok: true as const, text: '' }
        : printJsonPath(all, output.template, {
            asList: !single,
            asJson: output.asJson,
            allowMissingKeys: options.allowMissingKeys,
          });
      if (printed.ok) ctx.stdout(printed.text);
      else {
        // kubectl writes the error and a newline, after the blank line a failed execution ends with.
        ctx.stderr(`${printed.error}\n`);
        exitCode = 1;
      }
    } else if (output.kind === 'go-template') {
      if (!printNothing) {
        const printed = printGoTemplate(all, output.template, {
          asList: !single,
          allowMissingKeys: options.allowMissingKeys,
        });
        ctx.stdout(printed.stdout);
        if (printed.error !== undefined) {
          ctx.stderr(asLine(printed.error));
          exitCode = 1;
        }
      }
    } else if (output.kind === 'custom-columns') {
      // The custom-columns printer writes its header for an empty List too.
      if (!printNothing) {
        const printed = customColumnRows(all, output.columns, options.noHeaders);
        ctx.stdout(alignColumns(printed.rows));
        if (printed.error !== undefined) {
          ctx.stderr(`error: ${printed.error}\n`);
          exitCode = 1;
        }
      }
    } else if (output.kind === 'name') {
      for (const group of groups)
        if (group.objects.length > 0 && !isUnserved(group.type)) ctx.stdout(printNames(group.type.kind, group.objects));
    } else {
      // get.go multipleGVKsRequested over the builder's infos: a listed type is one (its Table,
      // even empty), a named object one if found. A missing name adds no kind.
      const kinds = new Set(groups.filter((g) => g.listed || g.objects.length > 0).map((g) => g.type.kind));
      let first = true;
      for (const group of groups) {
        if (group.objects.length === 0 || isUnserved(group.type)) continue;
        if (!first) ctx.stdout('\n');
        first = false;
        ctx.stdout(
          printTable(group.type.kind, group.objects, {
            withKind: options.showKind || kinds.size > 1,
            now,
            wide: output.kind === 'table' && output.wide,
            showLabels: options.showLabels,
            noHeaders: options.noHeaders,
            withNamespace: options.allNamespaces && group.type.namespaced,
            labelColumns: options.labelColumns,
            nameAndAgeOnly: !options.serverPrint,
          }),
        );
      }
    }
    // Only the human-readable printers say so (get.go's Run, when it wrote nothing and had no
    // error and no --ignore-not-found); printGeneric (-o name, custom-columns, …) prints nothing.
    const listedNothing =
      groups.every((g) => g.objects.length === 0) &&
      groups.some((g) => g.listed) &&
      errors.length === 0 &&
      !options.ignoreNotFound;
    if (listedNothing && output.kind === 'table') {
      // get.go allResourcesNamespaced: every listed type must be namespaced.
      const namespaced = groups.filter((g) => g.listed).every((g) => g.type.namespaced);
      ctx.stderr(
        namespaced && !options.allNamespaces
          ? `No resources found in ${options.namespace} namespace.\n`
          : 'No resources found\n',
      );
    }
  }
  for (const error of errors) ctx.stderr(error);
  if (!options.watch || errors.length > 0) return exitCode;
  const watched = groups[0]!.type;
  return isUnserved(watched) ? idleWatch() : watchJob(options, ctx, watched, groups[0]?.objects ?? []);
}

/** Watching a kind that never has objects: nothing to print until Ctrl+C. */
function idleWatch(): Job {
  let finish: ((exitCode: number) => void) | undefined;
  return {
    kind: 'stream',
    start: (done) => void (finish = done),
    interrupt: () => finish?.(130),
  };
}
