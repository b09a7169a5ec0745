// The printing flags of the commands that change objects (create, apply, run, label, annotate,
// create namespace; cli-runtime's genericclioptions.PrintFlags): -o with the object formats,
// --template, --show-managed-fields and --allow-missing-template-keys. Without -o a command prints
// its own "pod/kuard created" line; with one, it prints the object with get's printers.

import type { KubeObject } from '../../sim/api';
import type { CommandContext } from '../command';
import { CommandFailure, fail } from '../errors';
import type { FlagReader, FlagSpec } from '../flags';
import { printJsonPath, printNames, printObjects, toGoJsonInFieldOrder } from '../printers';
import { checkGoTemplate, printGoTemplate } from '../print/go-template';
import { TEMPLATE_FLAG, resolveOutputFile, selectOutputFormat, type OutputFormat } from './common';

export const ALLOW_MISSING_KEYS_FLAG: FlagSpec = {
  name: 'allow-missing-template-keys',
  type: 'bool',
  default: true,
  help: 'If true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats.',
};

export const SHOW_MANAGED_FIELDS_FLAG: FlagSpec = {
  name: 'show-managed-fields',
  type: 'bool',
  help: 'If true, keep the managedFields when printing objects in JSON or YAML format.',
};

/** The four printing flags, for a command's flag list. */
export const PRINT_FLAGS: FlagSpec[] = [
  ALLOW_MISSING_KEYS_FLAG,
  {
    name: 'output',
    short: 'o',
    type: 'string',
    help: 'Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file).',
  },
  SHOW_MANAGED_FIELDS_FLAG,
  TEMPLATE_FLAG,
];

/** The formats PrintFlags offers (no tables, no custom columns), in its error message's order. */
export const OBJECT_FORMATS =
  'go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,yaml';

type ObjectFormat = Exclude<OutputFormat, { kind: 'table' | 'custom-columns' | 'custom-columns-file' }>;

export interface ObjectPrinter {
  /** undefined: no -o and no --template, so the command prints its own line. */
  format: ObjectFormat | undefined;
  showManagedFields: boolean;
  allowMissingKeys: boolean;
}

/**
 * PrintFlags.ToPrinter, as far as it goes without the files: an unknown format, a template
 * format without a template, and an inline template that does not parse are refused here.
 */
export function parsePrintFlags(flags: FlagReader): ObjectPrinter | CommandFailure {
  const output = flags.string('output');
  const template = flags.string('template');
  const printer = {
    showManagedFields: flags.bool('show-managed-fields'),
    allowMissingKeys: flags.bool('allow-missing-template-keys'),
  };
  if (output === '' && template === '') return { ...printer, format: undefined };
  const format = selectOutputFormat(output, template);
  if (!format || format.kind === 'table' || format.kind === 'custom-columns' || format.kind === 'custom-columns-file')
    return fail(
      `unable to match a printer suitable for the output format "${output}", allowed formats are: ${OBJECT_FORMATS}`,
    );
  const problem = templateProblem(format);
  return problem === undefined ? { ...printer, format } : fail(problem);
}

function templateProblem(format: ObjectFormat): string | undefined {
  if (format.kind === 'jsonpath') {
    if (format.template === '') return 'template format specified but no template given';
    const check = printJsonPath([], format.template, { asList: false });
    if (!check.ok) return check.error.replace(/^error: /, '').replace(/\n$/, '');
  }
  if (format.kind === 'go-template') {
    const check = checkGoTemplate(format.template);
    if (!check.ok) return check.error.replace(/^error: /, '');
  }
  return undefined;
}

/** The file formats read their template (ToPrinter); the error is kubectl's line, or undefined. */
export function readPrinterFiles(
  printer: ObjectPrinter,
  workspace: CommandContext['workspace'],
): ObjectPrinter | string {
  if (!printer.format) return printer;
  const resolved = resolveOutputFile(printer.format, workspace);
  if (typeof resolved === 'string') return `error: ${resolved}\n`;
  const format = resolved as ObjectFormat;
  const problem = templateProblem(format);
  return problem === undefined ? { ...printer, format } : `error: ${problem}\n`;
}

/**
 * Prints objects as -o asks, or returns false when there is no -o (the command then prints its
 * own line). `typed`: the object was built on the client (a client dry run of run or create
 * namespace), which kubectl marshals in its Go struct's field order.
 */
export function printWithFlags(
  ctx: CommandContext,
  printer: ObjectPrinter,
  objects: KubeObject[],
  opts: { asList?: boolean; typed?: boolean } = {},
): { printed: false } | { printed: true; exitCode: number } {
  const format = printer.format;
  if (!format) return { printed: false };
  const asList = opts.asList ?? false;
  const common = { asList, allowMissingKeys: printer.allowMissingKeys };
  let exitCode = 0;
  if (format.kind === 'json' && opts.typed && objects.length === 1) {
    const [obj] = objects;
    ctx.stdout(toGoJsonInFieldOrder(printer.showManagedFields ? obj : withoutManagedFields(obj!)));
  } else if (format.kind === 'yaml' || format.kind === 'json') {
    ctx.stdout(printObjects(objects, format.kind, { asList, showManagedFields: printer.showManagedFields }));
  } else if (format.kind === 'name') {
    for (const obj of objects) if (obj.kind) ctx.stdout(printNames(obj.kind, [obj]));
  } else if (format.kind === 'jsonpath') {
    const printed = printJsonPath(objects, format.template, { ...common, asJson: format.asJson });
    if (printed.ok) ctx.stdout(printed.text);
    else {
      // A failed execution's text ends in a blank line; kubectl adds its newline all the same.
      ctx.stderr(`${printed.error}\n`);
      exitCode = 1;
    }
  } else if (format.kind === 'go-template') {
    const printed = printGoTemplate(objects, format.template, { ...common, typed: opts.typed });
    ctx.stdout(printed.stdout);
    if (printed.error !== undefined) {
      ctx.stderr(`${printed.error}\n`);
      exitCode = 1;
    }
  }
  return { printed: true, exitCode };
}

function withoutManagedFields(obj: KubeObject): KubeObject {
  if (!obj.metadata || !('managedFields' in obj.metadata)) return obj;
  const { managedFields: _hidden, ...metadata } = obj.metadata;
  return { ...obj, metadata };
}
