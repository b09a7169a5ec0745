// `kubectl ARGS…` → output: finds the command (cobra's rules: global flags may come before the
// verb), parses flags, validates, runs. Unknown commands get cobra's suggestions; unexpected
// exceptions become an `error:` line instead of breaking the console.

import type { Command, CommandContext, RunResult } from './command';
import { GLOBAL_FLAGS, HELP_FLAG } from './commands/global-flags';
import { clientConfigError, profileError } from './client-config';
import { CommandFailure, dryRunWarning, failFlag } from './errors';
import { parseDuration } from './go-duration';
import { FlagReader, parseFlags, type FlagSpec } from './flags';
import { renderCommandHelp, renderRootHelp } from './help';
import { COMMANDS, findCommand } from './registry';
import { KUBECTL_COMMAND_ORDER, suggestCommands } from './suggest';

/** Commands that never build a client for the server, so never read --request-timeout. */
const CLIENT_ONLY_COMMANDS = new Set(['version', 'config', 'completion', 'options']);

/** clientcmd's ParseTimeout (client-go tools/clientcmd/helpers.go): whole seconds, or a Go duration. */
function validRequestTimeout(value: string): boolean {
  return /^\+?[0-9]+$/.test(value) || parseDuration(value).ok;
}

export type KubectlContext = Omit<CommandContext, 'namespace'>;

const ROOT_FLAGS: FlagSpec[] = [...GLOBAL_FLAGS, HELP_FLAG];
// Only the global flags: cobra adds -h/--help when it executes, after kubectl has looked for the
// command, so `kubectl -h get pods` takes "get" for -h's value.
const takesValue = (word: string): boolean => {
  const spec = word.startsWith('--')
    ? GLOBAL_FLAGS.find((f) => f.name === word.slice(2))
    : GLOBAL_FLAGS.find((f) => f.short === word.slice(1));
  return spec?.type !== 'bool'; // an unknown flag is taken to have a value, as cobra does
};

/**
 * The words cobra takes for command names (cobra's stripFlags): `--flag value` and `-f value`
 * skip the value unless the flag is a known bool, even an unknown flag; `--flag=value` skips
 * nothing; the skip stops when at most one word is left. Returns their indexes in argv.
 */
function commandWords(argv: readonly string[]): number[] {
  const found: number[] = [];
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i]!;
    if (word === '--') break;
    const dashed = word.startsWith('-') && !word.includes('=') && (word.startsWith('--') || word.length === 2);
    if (dashed && takesValue(word)) {
      if (argv.length - (i + 1) <= 1) break;
      i++;
    } else if (word !== '' && !word.startsWith('-')) found.push(i);
  }
  return found;
}

/**
 * cobra's text for an unknown verb (legacyArgs in cobra's args.go, with its suggestions), printed
 * by kubectl's checkErr as `error:`; cobra's message ends with the last suggestion's newline,
 * which checkErr does not double.
 */
function unknownCommand(word: string): CommandFailure {
  const suggestions = suggestCommands(word);
  if (suggestions.length === 0) return new CommandFailure(`error: unknown command "${word}" for "kubectl"\n`);
  return new CommandFailure(
    `error: unknown command "${word}" for "kubectl"\n\nDid you mean this?\n${suggestions.map((s) => `\t${s}\n`).join('')}`,
  );
}

export function runKubectl(argv: readonly string[], ctx: KubectlContext): RunResult {
  try {
    return dispatch(argv, ctx);
  } catch (error) {
    ctx.stderr(`error: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

function dispatch(argv: readonly string[], ctx: KubectlContext): RunResult {
  const at = commandWords(argv)[0] ?? -1;
  if (at < 0) {
    // `kubectl`, `kubectl --help`, `kubectl -n x`: the root help (an unknown root flag is an error first).
    const parsed = parseFlags(argv, ROOT_FLAGS);
    if (!parsed.ok) {
      ctx.stderr(failFlag('', parsed.error).text);
      return 1;
    }
    ctx.stdout(renderRootHelp(COMMANDS));
    return 0;
  }
  const verb = argv[at]!;
  let rest = [...argv.slice(0, at), ...argv.slice(at + 1)];
  if (verb === 'help') {
    const target = rest.find((w) => !w.startsWith('-'));
    const command = target ? findCommand(target, rest.slice(rest.indexOf(target) + 1)) : undefined;
    if (target && !command) {
      // cobra's help command: the topic, then the root's usage (its help without the long
      // description), on stderr; the exit code stays 0.
      const root = renderRootHelp(COMMANDS);
      ctx.stderr(`Unknown help topic [\`${target}\`]\n\n\n${root.slice(root.indexOf('Basic Commands'))}`);
      return 0;
    }
    ctx.stdout(command ? renderCommandHelp(command.command) : renderRootHelp(COMMANDS));
    return 0;
  }
  const found = findCommand(verb, rest);
  if (!found) {
    // A real kubectl verb this simulator does not offer is not "unknown": say so plainly.
    if (KUBECTL_COMMAND_ORDER.includes(verb)) {
      ctx.stderr(
        `error: "kubectl ${verb}" is not available in Pod Lab, which simulates the commands of the Pods chapter (see "kubectl --help")\n`,
      );
      return 1;
    }
    // kubectl then looks for a plugin named by the leading words, which may not be flags
    // (cmd.go HandlePluginCommand): `kubectl --foo get pods` took "get" for --foo's value.
    const first = argv[0]!;
    if (first.startsWith('-') && argv.find((w) => !w.startsWith('-')) !== 'help') {
      ctx.stderr(`Error: flags cannot be placed before plugin name: ${first}\n`);
      return 1;
    }
    ctx.stderr(unknownCommand(verb).text);
    return 1;
  }
  const command: Command<unknown> = found.command;
  rest = found.rest;
  if (command.refusal) {
    ctx.stderr(`error: ${command.refusal(rest)}\n`);
    return 1;
  }
  const specs: FlagSpec[] = [
    ...command.flags,
    ...GLOBAL_FLAGS.filter((g) => !command.flags.some((f) => f.name === g.name || (g.short && f.short === g.short))),
    HELP_FLAG,
  ];
  const parsed = parseFlags(rest, specs);
  if (!parsed.ok) {
    // options.go sets its own flag error: kubectl options takes none of its own.
    ctx.stderr(
      command.name === 'options'
        ? `error: ${parsed.error}\nRun 'kubectl options' without flags.\n`
        : failFlag(command.name, parsed.error).text,
    );
    return 1;
  }
  const flags = new FlagReader(parsed.parsed, specs);
  if (flags.bool('help')) {
    ctx.stdout(renderCommandHelp(command));
    return 0;
  }
  for (const warning of parsed.parsed.warnings) ctx.stderr(warning);
  // Commands read --dry-run early in Complete, so its deprecation warning precedes their errors
  // (but not cobra's required-flag check, which runs first).
  if (flags.has('dry-run') && !(command.name === 'run' && !flags.has('image'))) {
    const warning = dryRunWarning(flags.string('dry-run'), ctx.cluster.clock.now());
    if (warning) ctx.stderr(warning);
  }
  const profileProblem = profileError(flags);
  if (profileProblem) {
    ctx.stderr(profileProblem);
    return 1;
  }
  // The client config is built as the command first needs the server (clientcmd ParseTimeout).
  const clientOnly =
    CLIENT_ONLY_COMMANDS.has(command.name.split(' ')[0]!) && !(command.name === 'version' && !flags.bool('client'));
  const configProblem = clientOnly ? undefined : clientConfigError(command.name, flags, ctx);
  if (configProblem) {
    ctx.stderr(configProblem);
    return 1;
  }
  if (!CLIENT_ONLY_COMMANDS.has(command.name.split(' ')[0]!) && !validRequestTimeout(flags.string('request-timeout'))) {
    ctx.stderr(
      'error: Invalid timeout value. Timeout must be a single integer in seconds, or an integer followed by a corresponding time unit (e.g. 1s | 2m | 3h)\n',
    );
    return 1;
  }
  const namespaceGiven = flags.has('namespace');
  const namespace = flags.string('namespace') || ctx.kubeconfig.namespace || 'default';
  const options = command.parse({
    flags,
    args: parsed.parsed.args,
    dashAt: parsed.parsed.dashAt,
    namespace,
    namespaceGiven,
  });
  if (options instanceof CommandFailure) {
    ctx.stderr(options.text);
    return options.exitCode;
  }
  return command.run(options, { ...ctx, namespace });
}
