// How kubectl turns failures into the text a learner sees (kubectl pkg/cmd/util/helpers.go,
// checkErr and StandardErrorMessage). Every failing command ends with exit code 1.

import type { StatusError } from '../sim/api';
import { resolveResourceType } from './resources';

/** A command that failed before or while talking to the server: the whole stderr text. */
export class CommandFailure {
  constructor(
    readonly text: string,
    readonly exitCode = 1,
  ) {}
}

/** `error: <message>` — kubectl's plain client-side error. */
export function fail(message: string): CommandFailure {
  return new CommandFailure(`error: ${message}\n`);
}

/** A usage error kubectl follows with a pointer to the command's help (cmdutil.UsageErrorf). */
export function failWithHelp(commandPath: string, message: string): CommandFailure {
  return new CommandFailure(`error: ${message}\nSee 'kubectl ${commandPath} -h' for help and examples\n`);
}

/**
 * A flag-parsing error as kubectl v1.32 prints it: cobra's FlagErrorFunc adds where to look, and
 * kubectl's checkErr prints it as a plain `error:` (cmd.go NewKubectlCommand sets
 * SilenceErrors, so cobra's own capital "Error:" never appears).
 */
export function failFlag(commandPath: string, message: string): CommandFailure {
  const path = commandPath === '' ? 'kubectl' : `kubectl ${commandPath}`;
  return new CommandFailure(`error: ${message}\nSee '${path} --help' for usage.\n`);
}

/**
 * A v1 Status from the server, as kubectl prints it. `context` is the phrase kubectl inserts when
 * a file was involved, e.g. `error when creating "kuard-pod.yaml": `.
 */
export function formatStatusError(status: StatusError, context = ''): string {
  if (status.reason === 'Invalid') {
    // Invalid (422) errors are rebuilt from the causes; the file name is not shown.
    const details = status.details;
    const causes = details?.causes ?? [];
    if (!details || causes.length === 0) return `Error from server (Invalid): ${context}${status.message}\n`;
    // Invalid errors carry the Kind ("Pod"); accept a resource name ("pods") too.
    const kind = details.kind ? (resolveResourceType(details.kind)?.kind ?? details.kind) : '';
    const head = kind || details.name ? `The ${kind} "${details.name ?? ''}" is invalid` : 'The request is invalid';
    const lines = causes.map((cause) => (cause.field ? `${cause.field}: ${cause.message}` : cause.message));
    if (lines.length === 1) return `${head}: ${lines[0]}\n`;
    return `${head}: \n${lines.map((line) => `* ${line}`).join('\n')}\n`;
  }
  return `Error from server (${status.reason}): ${context}${status.message}\n`;
}

/** Server warnings (the Warning header), printed to stderr before the result. */
export function formatWarnings(warnings: readonly string[] | undefined): string {
  return (warnings ?? []).map((w) => `Warning: ${w}\n`).join('');
}

/**
 * A klog line as kubectl writes it to stderr: level letter (E, W, I), MMDD, time with
 * microseconds, a process id (ours is always 4242) and the Go source position.
 */
export function klogLine(level: 'E' | 'W' | 'I', now: number, source: string, message: string): string {
  const d = new Date(now);
  const two = (n: number) => String(n).padStart(2, '0');
  const micros = String(d.getUTCMilliseconds() * 1000).padStart(6, '0');
  return `${level}${two(d.getUTCMonth() + 1)}${two(d.getUTCDate())} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}.${micros}    4242 ${source}] ${message}\n`;
}

/**
 * The warning cmdutil.GetDryRunStrategy logs for the old spellings of --dry-run (kubectl v1.32
 * pkg/cmd/util/helpers.go), or undefined for none/client/server.
 */
export function dryRunWarning(raw: string, now: number): string | undefined {
  if (raw === 'unchanged')
    return klogLine('W', now, 'helpers.go:702', '--dry-run is deprecated and can be replaced with --dry-run=client.');
  if (raw === 'true')
    return klogLine(
      'W',
      now,
      'helpers.go:716',
      '--dry-run=true is deprecated (boolean value) and can be replaced with --dry-run=client.',
    );
  if (raw === 'false')
    return klogLine(
      'W',
      now,
      'helpers.go:719',
      '--dry-run=false is deprecated (boolean value) and can be replaced with --dry-run=none.',
    );
  return undefined;
}
