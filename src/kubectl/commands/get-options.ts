// kubectl get's options and their checks, in get.go's order: Complete (the raw request, the
// required resource), then Validate (--raw, --show-labels, --output-watch-events), then the
// printer and the resource builder.

import type { FlagReader } from '../flags';
import { CommandFailure, fail } from '../errors';
import { SELECTOR_WITH_TUPLES, parseResourceArgs, type AnyResourceType } from '../resources';
import { customColumnsError, goQuote, selectOutputFormat, unknownFormatMessage, type OutputFormat } from './common';

export interface GetOptions {
  requests: { type: AnyResourceType; names: string[] }[];
  /** -f: the objects are named by manifests (resolved when the command runs). */
  files: string[];
  /** -k: a kustomization folder (only ever an error in the console's flat workspace). */
  kustomize: string;
  output: OutputFormat;
  selector: string;
  fieldSelector: string;
  allNamespaces: boolean;
  watch: boolean;
  watchOnly: boolean;
  /** --output-watch-events: watch rows (and objects) are printed as ADDED/MODIFIED/DELETED events. */
  outputWatchEvents: boolean;
  showLabels: boolean;
  noHeaders: boolean;
  labelColumns: string[];
  sortBy: string;
  ignoreNotFound: boolean;
  /** --show-kind: names print as `pod/kuard` (as they do anyway when the objects span kinds). */
  showKind: boolean;
  namespace: string;
  /** --show-managed-fields: keep metadata.managedFields in -o yaml and -o json. */
  showManagedFields: boolean;
  /** --server-print=false: kubectl's own table of NAME and AGE instead of the server's columns. */
  serverPrint: boolean;
  /** --subresource: status reads the object itself; any other is not served for these kinds. */
  subresource: string;
  /** --allow-missing-template-keys=false: a missing key fails jsonpath and go-template output. */
  allowMissingKeys: boolean;
  /** --raw: the path to GET, printed as the server sends it. */
  raw?: string;
}

const REQUIRED_RESOURCE =
  'You must specify the type of resource to get. Use "kubectl api-resources" for a complete list of supported resources.\n\n' +
  'error: Required resource not specified.\n' +
  'Use "kubectl explain <resource>" for a detailed description of that resource (e.g. kubectl explain pods).\n' +
  "See 'kubectl get -h' for help and examples\n";

/**
 * Go's url.ParseRequestURI, as --raw's check uses it: the reason a value is not a request URI, or
 * undefined. An absolute URL (with a scheme) passes; otherwise the value must be a path.
 */
export function requestUriError(raw: string): string | undefined {
  if (/[\x00-\x1f\x7f]/.test(raw)) return 'net/url: invalid control character in URL';
  if (raw === '*') return undefined;
  if (raw.startsWith(':')) return 'missing protocol scheme';
  const scheme = /^[A-Za-z][A-Za-z0-9+.-]*:/.exec(raw);
  let rest = scheme ? raw.slice(scheme[0].length) : raw;
  rest = rest.endsWith('?') && rest.split('?').length === 2 ? rest.slice(0, -1) : rest.split('?')[0]!;
  if (!rest.startsWith('/')) return scheme ? undefined : 'invalid URI for request';
  const badEscape = /%(?![0-9A-Fa-f]{2})/.exec(rest);
  if (badEscape) return `invalid URL escape ${goQuote(rest.slice(badEscape.index, badEscape.index + 3))}`;
  return undefined;
}

export function parseGet({
  flags,
  args,
  namespace,
}: {
  flags: FlagReader;
  args: string[];
  namespace: string;
}): GetOptions | CommandFailure {
  const watch = flags.bool('watch') || flags.bool('watch-only');
  const rawOutput = flags.string('output');
  const raw = flags.string('raw');
  if (raw !== '') {
    // Complete returns at once for --raw; Validate then checks what would change the request.
    if (args.length > 0) return fail('arguments may not be passed when --raw is specified');
    if (watch || flags.string('selector') !== '')
      return fail('--raw may not be specified with other flags that filter the server request or alter the output');
    if (rawOutput !== '') return fail('--raw and --output are mutually exclusive');
    const invalid = requestUriError(raw);
    if (invalid) return fail(`--raw must be a valid URL path: parse ${goQuote(raw)}: ${invalid}`);
  }
  const files = flags.list('filename');
  const kustomize = flags.string('kustomize');
  let requests: GetOptions['requests'] = [];
  const showKind = flags.bool('show-kind');
  if (raw === '' && files.length === 0 && kustomize === '') {
    if (args.length === 0) return new CommandFailure(REQUIRED_RESOURCE);
    const parsed = parseResourceArgs(args, true);
    if (!parsed.ok) return fail(parsed.error);
    if (parsed.typesOnly.length > 0) {
      requests = parsed.typesOnly.map((type) => ({ type, names: [] }));
    } else {
      for (const ref of parsed.refs) {
        const last = requests[requests.length - 1];
        if (last && last.type === ref.type) last.names.push(ref.name!);
        else requests.push({ type: ref.type, names: [ref.name!] });
      }
    }
  }
  // The builder's FilenameParam and ResourceTypeOrNameArgs.
  if (kustomize !== '' && files.length > 0) return fail('only one of -f or -k can be specified');
  if (kustomize !== '' && args.length > 0)
    return fail('when paths, URLs, or stdin is provided as input, you may not specify resource arguments as well');
  const selector = flags.string('selector');
  // The builder: a selector leaves no room for names, in either form.
  if (files.length === 0 && (selector.trim() !== '' || flags.string('field-selector').trim() !== '')) {
    if (args.some((a) => a.includes('/'))) return fail(SELECTOR_WITH_TUPLES);
    if (args.length > 1) return fail('name cannot be provided when a selector is specified');
  }
  // Validate, after Complete: labels only fit a table; watch events need a watch.
  if (flags.bool('show-labels') && rawOutput !== '' && rawOutput !== 'wide')
    return fail(`--show-labels option cannot be used with ${rawOutput} printer`);
  if (flags.bool('output-watch-events') && !watch)
    return fail('--output-watch-events option can only be used with --watch or --watch-only');
  if (watch && requests.length > 1) return fail('you may only specify a single resource type');
  // The printer is made in Run, after Complete and Validate.
  const output = selectOutputFormat(rawOutput, flags.string('template'));
  if (!output) return fail(unknownFormatMessage(rawOutput));
  const columnsError = customColumnsError(output);
  if (columnsError) return fail(columnsError);
  const subresource = flags.string('subresource');
  // The builder refuses a subresource for anything but named objects.
  if (subresource !== '' && requests.some((r) => r.names.length === 0))
    return fail('subresource cannot be used when bulk resources are specified');
  return {
    requests,
    files,
    kustomize,
    output,
    selector,
    fieldSelector: flags.string('field-selector'),
    allNamespaces: flags.bool('all-namespaces'),
    watch,
    watchOnly: flags.bool('watch-only'),
    outputWatchEvents: flags.bool('output-watch-events'),
    showLabels: flags.bool('show-labels'),
    noHeaders: flags.bool('no-headers'),
    labelColumns: flags
      .list('label-columns')
      .flatMap((l) => l.split(','))
      .filter((l) => l !== ''),
    sortBy: flags.string('sort-by'),
    ignoreNotFound: flags.bool('ignore-not-found'),
    showKind,
    namespace,
    showManagedFields: flags.bool('show-managed-fields'),
    serverPrint: flags.bool('server-print'),
    subresource,
    allowMissingKeys: flags.bool('allow-missing-template-keys'),
    ...(raw !== '' ? { raw } : {}),
  };
}
