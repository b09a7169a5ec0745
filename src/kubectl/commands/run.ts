// kubectl run (pkg/cmd/run/run.go): builds a one-container Pod from flags and creates it.

import type { CommandContext } from '../command';
import { defineCommand } from '../command';
import { CommandFailure, fail, failWithHelp, formatStatusError, formatWarnings } from '../errors';
import { printNames, printObjects } from '../printers';
import type { KubeObject } from '../../sim/api';

interface RunOptions {
  name: string;
  pod: Record<string, unknown>;
  dryRun: 'none' | 'client' | 'server';
  output: '' | 'yaml' | 'json' | 'name';
  namespace: string;
}

/** klog's header for kubectl's "command failed" line (cobra's required-flag check in v1.32). */
export function klogError(now: number, source: string, message: string): string {
  const d = new Date(now);
  const two = (n: number) => String(n).padStart(2, '0');
  const micros = String(d.getUTCMilliseconds() * 1000).padStart(6, '0');
  return `E${two(d.getUTCMonth() + 1)}${two(d.getUTCDate())} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}.${micros}    4242 ${source}] ${message}\n`;
}

function parseKeyValues(items: string[], what: 'label' | 'env'): Record<string, string> | CommandFailure {
  const out: Record<string, string> = {};
  for (const item of items) {
    const eq = item.indexOf('=');
    if (eq <= 0) return what === 'label' ? fail(`unexpected label spec: ${item}`) : fail(`invalid env: ${item}`);
    out[item.slice(0, eq)] = item.slice(eq + 1);
  }
  return out;
}

export const runCommand = defineCommand<RunOptions | { requiredImage: true }>({
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
  usage: 'run NAME --image=image [--env="key=value"] [--port=port] [--dry-run=server|client] [--command] -- [COMMAND] [args...]',
  flags: [
    { name: 'annotations', type: 'stringArray', help: 'Annotations to put on the Pod.' },
    { name: 'command', type: 'bool', help: 'Use the words after -- as the container command instead of its args.' },
    { name: 'dry-run', type: 'string', default: 'none', noOptDefault: 'unchanged', help: 'Must be "none", "server", or "client".' },
    { name: 'env', type: 'stringArray', help: 'Environment variables to set in the container.' },
    { name: 'image', type: 'string', help: 'The image for the container to run.' },
    { name: 'image-pull-policy', type: 'string', help: 'The image pull policy for the container.' },
    { name: 'labels', short: 'l', type: 'string', help: 'Comma separated labels to apply to the pod. Will override the default "run" label.' },
    { name: 'output', short: 'o', type: 'string', help: 'Output format: json, yaml or name.' },
    { name: 'port', type: 'string', help: "The port that this container exposes." },
    { name: 'restart', type: 'string', default: 'Always', help: 'The restart policy for this Pod. Legal values [Always, OnFailure, Never].' },
    { name: 'stdin', short: 'i', type: 'bool', help: 'Keep stdin open on the container.' },
    { name: 'tty', short: 't', type: 'bool', help: 'Allocate a TTY for the container.' },
  ],
  parse({ flags, args, dashAt, namespace }) {
    if (!flags.has('image')) return { requiredImage: true };
    const name = dashAt === 0 ? undefined : args[0];
    if (!name) return failWithHelp('run', 'NAME is required for run');
    const restart = flags.string('restart');
    if (!['Always', 'OnFailure', 'Never'].includes(restart)) return failWithHelp('run', `invalid restart policy: ${restart}`);
    const dryRunRaw = flags.string('dry-run');
    const dryRun = dryRunRaw === 'none' || dryRunRaw === 'false' ? 'none' : dryRunRaw === 'client' || dryRunRaw === 'unchanged' || dryRunRaw === 'true' ? 'client' : dryRunRaw === 'server' ? 'server' : undefined;
    if (!dryRun) return fail(`Invalid dry-run value (${dryRunRaw}). Must be "none", "server", or "client".`);
    const output = flags.string('output');
    if (!['', 'yaml', 'json', 'name'].includes(output)) {
      return fail(`unable to match a printer suitable for the output format "${output}", allowed formats are: json,name,yaml`);
    }
    const labelsText = flags.string('labels');
    const labels = labelsText ? parseKeyValues(labelsText.split(','), 'label') : { run: name };
    if (labels instanceof CommandFailure) return labels;
    const env = parseKeyValues(flags.list('env'), 'env');
    if (env instanceof CommandFailure) return env;
    const annotations = parseKeyValues(flags.list('annotations'), 'label');
    if (annotations instanceof CommandFailure) return annotations;
    const words = args.slice(1);
    const container: Record<string, unknown> = { image: flags.string('image'), name };
    if (words.length > 0) container[flags.bool('command') ? 'command' : 'args'] = words;
    if (Object.keys(env).length > 0) container.env = Object.entries(env).map(([n, value]) => ({ name: n, value }));
    const port = flags.string('port');
    if (port !== '') {
      if (!/^[+-]?\d+$/.test(port)) return fail(`strconv.Atoi: parsing "${port}": invalid syntax`);
      container.ports = [{ containerPort: Number(port) }];
    }
    if (flags.string('image-pull-policy')) container.imagePullPolicy = flags.string('image-pull-policy');
    container.resources = {};
    if (flags.bool('stdin')) container.stdin = true;
    if (flags.bool('tty')) container.tty = true;
    const metadata: Record<string, unknown> = { creationTimestamp: null, labels, name };
    if (Object.keys(annotations).length > 0) metadata.annotations = annotations;
    const pod = {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata,
      spec: { containers: [container], dnsPolicy: 'ClusterFirst', restartPolicy: restart },
      status: {},
    };
    return { name, pod, dryRun, output: output as RunOptions['output'], namespace };
  },
  run(options, ctx) {
    if ('requiredImage' in options) {
      ctx.stderr(klogError(ctx.cluster.clock.now(), 'run.go:72', `"command failed" err="required flag(s) \\"image\\" not set"`));
      return 1;
    }
    return runPod(options, ctx);
  },
});

function runPod(options: RunOptions, ctx: CommandContext): number {
  const suffix = options.dryRun === 'client' ? ' (dry run)' : options.dryRun === 'server' ? ' (server dry run)' : '';
  const show = (obj: KubeObject) => {
    if (options.output === 'yaml' || options.output === 'json') ctx.stdout(printObjects([obj], options.output));
    else if (options.output === 'name') ctx.stdout(printNames('Pod', [obj]));
    else ctx.stdout(`pod/${obj.metadata?.name ?? options.name} created${suffix}\n`);
  };
  if (options.dryRun === 'client') {
    show(options.pod as unknown as KubeObject);
    return 0;
  }
  // The server fills creationTimestamp and status; send only what a user sets.
  const { creationTimestamp: _unset, ...metadata } = options.pod.metadata as Record<string, unknown>;
  const { status: _status, ...rest } = options.pod;
  const body = { ...rest, metadata: { ...metadata, namespace: options.namespace } };
  const created = ctx.cluster.create(body, { fieldManager: 'kubectl-run', fieldValidation: 'Strict', dryRun: options.dryRun === 'server' });
  if (!created.ok) {
    ctx.stderr(formatStatusError(created.error));
    return 1;
  }
  ctx.stderr(formatWarnings(created.warnings));
  show(created.value);
  return 0;
}
