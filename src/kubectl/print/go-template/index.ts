// `-o go-template`: kubectl's GoTemplatePrinter (k8s.io/cli-runtime/pkg/printers/template.go).
// The template is named "output"; the object is printed as JSON and decoded again into generic
// maps (whole numbers as int64). When execution fails, kubectl keeps what was written, then
// prints the template, the raw JSON and the decoded object to stdout for debugging, and returns
// `error executing template "…": …`.

import type { KubeObject } from '../../../sim/api';
import { compactJson } from '../jsonpath';
import { toGoJsonInFieldOrder } from '../json';
import { printable } from '../objects';
import { Execution, TemplateExecError } from './exec';
import { parseGoTemplate, TemplateParseError, type ListNode } from './parse';
import { concrete, type Data, formatValue, goQuote } from './values';

/** Parses a template before any request, as the printer flags do; the error is kubectl's line. */
export function checkGoTemplate(template: string): { ok: true; tree: ListNode } | { ok: false; error: string } {
  try {
    return { ok: true, tree: parseGoTemplate(template) };
  } catch (err) {
    if (!(err instanceof TemplateParseError)) throw err;
    return { ok: false, error: `error: error parsing template ${template}, ${err.message}` };
  }
}

export interface PrintTemplateOptions {
  asList: boolean;
  /** The object was built on the client (a client dry run), not read from the server. */
  typed?: boolean;
  /** --allow-missing-template-keys (default true); false sets the template's missingkey=error. */
  allowMissingKeys?: boolean;
}

export function printGoTemplate(
  objects: KubeObject[],
  template: string,
  opts: PrintTemplateOptions,
): { stdout: string; error?: string } {
  const checked = checkGoTemplate(template);
  if (!checked.ok) return { stdout: '', error: checked.error };
  // Only the JSON and YAML printers hide managedFields (JSONYamlPrintFlags.ToPrinter wraps them in
  // OmitManagedFieldsPrinter); a template sees the object as the server sent it.
  const shown = printable(objects, { asList: opts.asList, showManagedFields: true });
  // The printer marshals the object it was given: a typed one (built on the client) in its Go
  // struct's field order, one decoded from the server with its keys sorted.
  const raw = opts.typed
    ? toGoJsonInFieldOrder(shown, '').slice(0, -1)
    : compactJson(JSON.parse(JSON.stringify(shown)) as Data);
  const data = JSON.parse(raw) as Data;
  const run = new Execution(template, concrete(data), 'output', opts.allowMissingKeys ?? true);
  try {
    run.run(checked.tree, concrete(data));
    return { stdout: run.output };
  } catch (err) {
    if (!(err instanceof TemplateExecError)) throw err;
    const debug =
      `Error executing template: ${err.message}. Printing more information for debugging the template:\n` +
      `\ttemplate was:\n\t\t${template}\n\traw data was:\n\t\t${raw}\n` +
      `\tobject given to template engine was:\n\t\t${formatValue(data)}\n\n`;
    return {
      stdout: run.output + debug,
      error: `error: error executing template ${goQuote(template)}: ${err.message}`,
    };
  }
}
