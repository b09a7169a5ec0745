// kubectl run (pkg/cmd/run/run.go): builds a one-container Pod from flags and creates it.

import { matchesReferenceGrammar } from '../../sim/images/reference';
import type { CommandContext, RunResult } from '../command';
import { defineCommand } from '../command';
import { parseDryRun, waitFor } from './common';
import { PRINT_FLAGS, parsePrintFlags, printWithFlags, readPrinterFiles, type ObjectPrinter } from './print-flags';
import { checkPodRunningTimeout, startProcess } from './exec';
import { parseCascade } from './delete';
import { RUN_EXTRA_FLAGS, applyOverrides } from './run-overrides';
import { CommandFailure, fail, failWithHelp, formatStatusError, formatWarnings, klogLine } from '../errors';
import type { KubeObject, Pod } from '../../sim/api';
import { unservedRefusal, unservedTypeOfKind } from '../unserved-kinds';

interface RunOptions {
  /** -i/-t: attach to the container once it runs (approximated by a process in it), --rm deletes it after. */
  attach: boolean;
  tty: boolean;
  remove: boolean;
  command: string[];
  name: string;
  pod: Record<string, unknown>;
  dryRun: 'none' | 'client' | 'server';
  /** -o and the other printing flags; without -o it prints "pod/NAME created". */
  printer: ObjectPrinter;
  namespace: string;
  /** -q: no "If you don't see a command prompt" or "pod deleted" lines of kubectl's own. */
  quiet: boolean;
  fieldManager: string;
  saveConfig: boolean;
  /** --expose: the Service kubectl would create next (the simulator serves no Services). */
  expose: boolean;
  /** --grace-period and --force, for the deletion --rm makes. */
  gracePeriod?: number;
}

/** A klog error line, as kubectl's port-forward and curl-like failures log them. */
export function klogError(now: number, source: string, message: string): string {
  return klogLine('E', now, source, message);
}

function parseKeyValues(
  items: string[],
  what: 'label' | 'env' | 'annotations',
): Record<string, string> | CommandFailure {
  const out: Record<string, string> = {};
  for (const item of items) {
    const eq = item.indexOf('=');
    if (eq <= 0) {
      if (what === 'label') return fail(`unexpected label spec: ${item}`);
      return fail(what === 'env' ? `invalid env: ${item}` : `invalid annotations format: ${item}`);
    }
    if (what === 'env' && !isEnvVarName(item.slice(0, eq))) return fail(`invalid env: ${item}`);
    out[item.slice(0, eq)] = item.slice(eq + 1);
  }
  return out;
}

/** apimachinery validation.IsEnvVarName, as run.go parseEnvs applies it. */
function isEnvVarName(name: string): boolean {
  return /^[-._a-zA-Z][-._a-zA-Z0-9]*$/.test(name) && name !== '.' && !name.startsWith('..');
}

export const runCommand = defineCommand<RunOptions>({
  name: 'run',
  group: 'Basic Commands (Beginner)',
  summary: 'Run a particular image on the cluster',
  help: `Create and run a particular image in a pod.

Examples:
  # Start a kuard Pod
  kubectl run kuard --image=gcr.io/kuar-demo/kuard-amd64:blue

  # Start it with a port, labels and an environment variable
  kubectl run kuard --image=gcr.io/kuar-demo/kuard-amd64:blue --port=8080 --labels="app=kuard,env=dev" --env="MODE=demo"

  # Print the Pod it would create, without creating it
  kubectl run kuard --image=gcr.io/kuar-demo/kuard-amd64:blue --dry-run=client -o yaml

  # Run a command instead of the image's default (arguments after --)
  kubectl run busybox --image=busybox --restart=Never --command -- sleep 3600`,
  usage:
    'run NAME --image=image [--env="key=value"] [--port=port] [--dry-run=server|client] [--command] -- [COMMAND] [args...]',
  flags: [
    { name: 'annotations', type: 'stringArray', help: 'Annotations to put on the Pod.' },
    { name: 'command', type: 'bool', help: 'Use the words after -- as the container command instead of its args.' },
    {
      name: 'dry-run',
      type: 'string',
      default: 'none',
      noOptDefault: 'unchanged',
      help: 'Must be "none", "server", or "client".',
    },
    { name: 'env', type: 'stringArray', help: 'Environment variables to set in the container.' },
    { name: 'image', type: 'string', help: 'The image for the container to run.' },
    { name: 'image-pull-policy', type: 'string', help: 'The image pull policy for the container.' },
    {
      name: 'labels',
      short: 'l',
      type: 'string',
      help: 'Comma separated labels to apply to the pod. Will override the default "run" label.',
    },
    ...PRINT_FLAGS,
    { name: 'port', type: 'string', help: 'The port that this container exposes.' },
    { name: 'rm', type: 'bool', help: 'Delete the Pod after the attached session ends (only with -i/-t).' },
    {
      name: 'restart',
      type: 'string',
      default: 'Always',
      help: 'The restart policy for this Pod. Legal values [Always, OnFailure, Never].',
    },
    { name: 'stdin', short: 'i', type: 'bool', help: 'Keep stdin open on the container.' },
    { name: 'tty', short: 't', type: 'bool', help: 'Allocate a TTY for the container.' },
    ...RUN_EXTRA_FLAGS,
  ],
  // The checks in kubectl v1.32's order: --dry-run and the printer (ToOptions), then Validate
  // (name, image, -t, restart policy, --rm, dry-run with attach, pull policy), then the generator
  // (env, annotations, labels, port).
  parse({ flags, args, dashAt, namespace }) {
    // cobra's ValidateRequiredFlags (command.go), before any of run's own checks.
    if (!flags.has('image')) return fail('required flag(s) "image" not set');
    const dryRun = parseDryRun(flags.string('dry-run'));
    if (dryRun instanceof CommandFailure) return dryRun;
    const printer = parsePrintFlags(flags);
    if (printer instanceof CommandFailure) return printer;
    // Complete builds the delete options --rm uses (delete_flags.go parseCascadingFlag).
    const cascade = parseCascade(flags.string('cascade'));
    if (cascade instanceof CommandFailure) return cascade;
    const name = dashAt === 0 ? undefined : args[0];
    if (!name) return failWithHelp('run', 'NAME is required for run');
    const timeoutProblem = checkPodRunningTimeout(flags.string('pod-running-timeout'), 'run');
    if (timeoutProblem) return timeoutProblem;
    const image = flags.string('image');
    if (image === '') return fail('--image is required');
    if (!matchesReferenceGrammar(image)) return fail(`Invalid image name "${image}": invalid reference format`);
    const stdin = flags.bool('stdin');
    if (flags.bool('tty') && !stdin)
      return failWithHelp('run', '-i/--stdin is required for containers with -t/--tty=true');
    const expose = flags.bool('expose');
    if (expose && flags.string('port') === '') return failWithHelp('run', '--port must be set when exposing a service');
    // -i attaches unless --attach says otherwise.
    const attach = flags.has('attach') ? flags.bool('attach') : stdin;
    const restart = flags.string('restart');
    if (!['Always', 'OnFailure', 'Never'].includes(restart))
      return failWithHelp('run', `invalid restart policy: ${restart}`);
    if (flags.bool('rm') && !attach) return failWithHelp('run', '--rm should only be used for attached containers');
    if (attach && dryRun !== 'none')
      return failWithHelp(
        'run',
        "--dry-run=[server|client] can't be used with attached containers options (--attach, --stdin, or --tty)",
      );
    const pullPolicy = flags.string('image-pull-policy');
    if (pullPolicy !== '' && !['Always', 'IfNotPresent', 'Never'].includes(pullPolicy))
      return failWithHelp('run', `invalid image pull policy: ${pullPolicy}`);
    const env = parseKeyValues(flags.list('env'), 'env');
    if (env instanceof CommandFailure) return env;
    const annotations = parseKeyValues(flags.list('annotations'), 'annotations');
    if (annotations instanceof CommandFailure) return annotations;
    const labelsText = flags.string('labels');
    const labels = labelsText ? parseKeyValues(labelsText.split(','), 'label') : { run: name };
    if (labels instanceof CommandFailure) return labels;
    const words = args.slice(1);
    // Built in the Go structs' field order (Container, ObjectMeta, PodSpec): a client dry run
    // prints this typed object as JSON in that order.
    const container: Record<string, unknown> = { name, image };
    if (words.length > 0) container[flags.bool('command') ? 'command' : 'args'] = words;
    const port = flags.string('port');
    if (port !== '') {
      if (!/^[+-]?\d+$/.test(port)) return fail(`strconv.Atoi: parsing "${port}": invalid syntax`);
      container.ports = [{ containerPort: Number(port) }];
    }
    if (Object.keys(env).length > 0) container.env = Object.entries(env).map(([n, value]) => ({ name: n, value }));
    container.resources = {};
    if (pullPolicy) container.imagePullPolicy = pullPolicy;
    if (flags.bool('privileged')) container.securityContext = { privileged: true };
    if (stdin) {
      container.stdin = true;
      if (!flags.bool('leave-stdin-open')) container.stdinOnce = true;
    }
    if (flags.bool('tty')) container.tty = true;
    const metadata: Record<string, unknown> = { name, creationTimestamp: null, labels };
    if (Object.keys(annotations).length > 0) metadata.annotations = annotations;
    const generated = {
      kind: 'Pod',
      apiVersion: 'v1',
      metadata,
      spec: { containers: [container], restartPolicy: restart, dnsPolicy: 'ClusterFirst' },
      status: {},
    };
    const pod = applyOverrides(generated, flags.string('overrides'), flags.string('override-type'));
    if (pod instanceof CommandFailure) return pod;
    // Without -i, --attach would stream the container's output: the simulator has no attach endpoint.
    if (attach && !stdin)
      return fail('Pod Lab cannot attach to a Pod without -i: run it without --attach, then use kubectl logs -f');
    const gracePeriod = flags.bool('force') ? 0 : flags.int('grace-period');
    return {
      attach,
      tty: flags.bool('tty'),
      remove: flags.bool('rm'),
      command: words,
      name,
      pod,
      dryRun,
      printer,
      namespace,
      quiet: flags.bool('quiet'),
      fieldManager: flags.string('field-manager'),
      saveConfig: flags.bool('save-config'),
      expose,
      gracePeriod: gracePeriod >= 0 ? gracePeriod : undefined,
    };
  },
  run(options, ctx) {
    return runPod(options, ctx);
  },
});

function runPod(options: RunOptions, ctx: CommandContext): RunResult {
  const printer = readPrinterFiles(options.printer, ctx.workspace);
  if (typeof printer === 'string') {
    ctx.stderr(printer);
    return 1;
  }
  const suffix = options.dryRun === 'client' ? ' (dry run)' : options.dryRun === 'server' ? ' (server dry run)' : '';
  const show = (obj: KubeObject, typed = false): number => {
    const shown = printWithFlags(ctx, printer, [obj], { typed });
    if (shown.printed) return shown.exitCode;
    ctx.stdout(`pod/${obj.metadata?.name ?? options.name} created${suffix}\n`);
    return 0;
  };
  if (options.dryRun === 'client') {
    // generateService prints its Service before run prints the Pod.
    if (options.expose && !options.printer.format) ctx.stdout(`service/${options.name} created (dry run)\n`);
    return show(options.pod, true);
  }
  // The server fills creationTimestamp and status; send only what a user sets.
  const { creationTimestamp: _unset, ...metadata } = (options.pod.metadata ?? {}) as Record<string, unknown>;
  if (options.saveConfig) {
    // util.CreateOrUpdateAnnotation: the generated object as compact JSON, before the annotation.
    const annotations = (metadata.annotations ?? {}) as Record<string, string>;
    metadata.annotations = {
      ...annotations,
      'kubectl.kubernetes.io/last-applied-configuration': `${JSON.stringify(options.pod)}\n`,
    };
  }
  const { status: _status, ...rest } = options.pod;
  const body = { ...rest, metadata: { ...metadata, namespace: options.namespace } };
  const created = ctx.cluster.create(body, {
    fieldManager: options.fieldManager,
    fieldValidation: 'Strict',
    dryRun: options.dryRun === 'server',
  });
  if (!created.ok) {
    ctx.stderr(formatStatusError(created.error));
    return 1;
  }
  ctx.stderr(formatWarnings(created.warnings));
  if (!options.attach) return exposed(options, ctx, show(created.value));
  return attachWhenRunning(options, ctx);
}

/**
 * --expose: run.go generateService creates a Service after the Pod; the simulated cluster runs
 * none, so it says so after the Pod's line, and the command fails as kubectl's would.
 */
function exposed(options: RunOptions, ctx: CommandContext, code: number): number {
  const service = unservedTypeOfKind('Service');
  if (!options.expose || !service) return code;
  ctx.stderr(`error: ${unservedRefusal(service, options.name)}\n`);
  return 1;
}

/**
 * `kubectl run -it`: waits for the Pod to run, then connects the terminal to it. The simulator
 * has no attach endpoint, so the session is a process running the Pod's command (or sh) in the
 * container; with --rm the Pod is deleted when the session ends, as kubectl does.
 */
function attachWhenRunning(options: RunOptions, ctx: CommandContext): RunResult {
  const runningOrDone = () => {
    const now = phase(ctx, options);
    return now !== 'Pending' && now !== undefined;
  };
  return waitFor(ctx, runningOrDone, 60_000, (reached) => {
    if (!reached) {
      ctx.stderr('error: timed out waiting for the condition\n');
      return cleanup(options, ctx, 1);
    }
    return startSession(options, ctx);
  });
}

function startSession(options: RunOptions, ctx: CommandContext): RunResult {
  if (phase(ctx, options) !== 'Running') {
    ctx.stderr(`error: cannot attach to a container in a completed pod; current phase is ${phase(ctx, options)}\n`);
    return cleanup(options, ctx, 1);
  }
  if (!options.quiet) ctx.stderr("If you don't see a command prompt, try pressing enter.\n");
  const argv = options.command.length > 0 ? options.command : ['sh'];
  const session = startProcess(
    {
      pod: options.name,
      container: options.name,
      command: argv,
      stdin: true,
      tty: options.tty,
      namespace: options.namespace,
    },
    ctx,
  );
  if (typeof session === 'number') return cleanup(options, ctx, session);
  const start = session.start.bind(session);
  session.start = (finish) => start((code) => finish(cleanup(options, ctx, code)));
  return session;
}

function phase(ctx: CommandContext, options: RunOptions): string | undefined {
  const got = ctx.cluster.get('Pod', options.namespace, options.name);
  return got.ok ? (got.value as Pod).status?.phase : undefined;
}

/** --rm: delete the Pod and let its grace period pass, printing what kubectl prints. */
function cleanup(options: RunOptions, ctx: CommandContext, code: number): number {
  if (!options.remove) return code;
  const deleted = ctx.cluster.delete('Pod', options.namespace, options.name, {
    gracePeriodSeconds: options.gracePeriod,
  });
  if (!deleted.ok) {
    ctx.stderr(formatStatusError(deleted.error));
    return 1;
  }
  if (!options.quiet) ctx.stdout(`pod "${options.name}" deleted\n`);
  if (ctx.clockDriver === 'console')
    ctx.cluster.clock.runUntil(() => !ctx.cluster.get('Pod', options.namespace, options.name).ok, 60 * 60 * 1000);
  return code;
}
