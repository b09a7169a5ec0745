// kubectl logs (pkg/cmd/logs/logs.go): one container's log, the previous instance's with -p,
// the last N lines with --tail, and a live stream with -f until the container stops or Ctrl+C.

import type { Kind, LogLine, LogStream, Pod } from '../../sim/api';
import { defineCommand, type Job } from '../command';
import { fail, failWithHelp, formatStatusError } from '../errors';
import { SELECTOR_WITH_TUPLES, resolveResourceType, resourceTypeOf } from '../resources';
import { qualifiedResource, resolveUnservedType } from '../unserved-kinds';
import { defaultContainer, listSelected, rfc3339NanoFixed } from './common';
import { parseRFC3339 } from '../go-time';
import { parseGoDuration } from './wait';

interface LogsOptions {
  pod: string;
  /** -l: the logs of every matching Pod (then --tail defaults to 10, as kubectl does). */
  selector: string;
  /** --since as milliseconds, or 0 for everything. */
  sinceMs: number;
  /** --since-time as epoch milliseconds (whole seconds, as the API receives it), or undefined. */
  sinceTime: number | undefined;
  container: string;
  follow: boolean;
  previous: boolean;
  tail: number;
  timestamps: boolean;
  prefix: boolean;
  /** --all-containers: every container of the Pod, in turn. */
  allContainers: boolean;
  /** -c given as well as an inline CONTAINER argument: refused once the Pod is found. */
  containerTwice: boolean;
  /** --limit-bytes: at most this many bytes of each container's log, or undefined for all. */
  limitBytes: number | undefined;
  /** --max-log-requests: how many streams -f may follow at once. */
  maxLogRequests: number;
  namespace: string;
  /** TYPE/NAME of another kind: looked up, then refused (a Node has no logs to read). */
  otherKind?: Kind;
}

const USAGE_ERROR =
  "expected 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]'.\nPOD or TYPE/NAME is a required argument for the logs command";

export const logsCommand = defineCommand<LogsOptions>({
  name: 'logs',
  group: 'Troubleshooting and Debugging Commands',
  summary: 'Print the logs for a container in a pod',
  help: `Print what a container wrote to its standard output and error. When the Pod has one container, its name is optional.

Examples:
  # The log of the kuard Pod
  kubectl logs kuard

  # The log of the container's previous run (after a restart)
  kubectl logs kuard --previous

  # The last 10 lines, then keep printing new ones until Ctrl+C
  kubectl logs kuard --tail=10 -f

  # One container of a Pod that has several
  kubectl logs two-containers -c debian-container`,
  usage: 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]',
  flags: [
    { name: 'all-containers', type: 'bool', help: "Get all containers' logs in the pod(s)." },
    { name: 'all-pods', type: 'bool', help: 'Get logs from all pod(s). Sets prefix to true.' },
    { name: 'container', short: 'c', type: 'string', help: 'Print the logs of this container' },
    { name: 'follow', short: 'f', type: 'bool', help: 'Keep printing new lines as they are written.' },
    {
      name: 'ignore-errors',
      type: 'bool',
      help: 'If watching / following pod logs, allow for any errors that occur to be non-fatal',
    },
    {
      name: 'insecure-skip-tls-verify-backend',
      type: 'bool',
      help: "Skip verifying the identity of the kubelet that logs are requested from. (The simulated kubelet's identity is always known.)",
    },
    { name: 'limit-bytes', type: 'int', default: 0, help: 'Maximum bytes of logs to return. Defaults to no limit.' },
    {
      name: 'max-log-requests',
      type: 'int',
      default: 5,
      help: 'Specify maximum number of concurrent logs to follow when using by a selector. Defaults to 5.',
    },
    {
      name: 'pod-running-timeout',
      type: 'duration',
      default: '20s',
      help: 'The length of time (like 5s, 2m, or 3h, higher than zero) to wait until at least one pod is running',
    },
    { name: 'prefix', type: 'bool', help: 'Prefix each log line with the log source (pod name and container name)' },
    {
      name: 'previous',
      short: 'p',
      type: 'bool',
      help: 'Print the logs of the previous instance of the container, if there was one.',
    },
    {
      name: 'selector',
      short: 'l',
      type: 'string',
      help: "Selector (label query) to filter on, supports '=', '==', and '!='.(e.g. -l key1=value1,key2=value2).",
    },
    {
      name: 'since',
      type: 'duration',
      default: '0s',
      help: 'Only return logs newer than a relative duration like 5s, 2m, or 3h.',
    },
    {
      name: 'since-time',
      type: 'string',
      help: 'Only return logs after a specific date (RFC3339). Defaults to all logs. Only one of since-time / since may be used.',
    },
    { name: 'tail', type: 'int', default: -1, help: 'Lines of recent log file to display. -1 shows every line.' },
    { name: 'timestamps', type: 'bool', help: 'Include timestamps on each line in the log output' },
  ],
  parse({ flags, args, namespace }) {
    const sinceMs = parseGoDuration(flags.string('since'));
    // --since is a duration flag: pflag rejected a bad value while parsing.
    if (sinceMs === undefined) return fail(`invalid duration: ${flags.string('since')}`);
    const selector = flags.string('selector');
    // Complete: one argument is the Pod, a second one its container; -l stands for the Pod.
    if (args.length > 2 || (!selector && args.length === 0)) return failWithHelp('logs', USAGE_ERROR);
    if (selector && args.length === 1) return failWithHelp('logs', 'only a selector (-l) or a POD name is allowed');
    // cmdutil.GetPodRunningTimeoutFlag, read in Complete right after the arguments.
    if ((parseGoDuration(flags.string('pod-running-timeout')) ?? 1) <= 0)
      return fail('--pod-running-timeout must be higher than zero');
    // Complete parses --since-time (util.ParseRFC3339) before it looks anything up.
    let sinceTime: number | undefined;
    if (flags.string('since-time') !== '') {
      const parsed = parseRFC3339(flags.string('since-time'));
      if (!parsed.ok) return fail(parsed.error);
      sinceTime = Math.floor(parsed.ms / 1000) * 1000;
    }
    // The builder refuses a named Pod (and container) together with -l.
    if (selector && args.length === 2) return fail(SELECTOR_WITH_TUPLES);
    const common = {
      sinceMs,
      sinceTime,
      container: args[1] ?? flags.string('container'),
      containerTwice: args.length === 2 && flags.has('container'),
      follow: flags.bool('follow'),
      previous: flags.bool('previous'),
      timestamps: flags.bool('timestamps'),
      prefix: flags.bool('prefix') || flags.bool('all-pods'),
      allContainers: flags.bool('all-containers'),
      limitBytes: flags.int('limit-bytes') !== 0 ? flags.int('limit-bytes') : undefined,
      maxLogRequests: flags.int('max-log-requests'),
      namespace,
    };
    // With -l, --tail defaults to 10, as kubectl does.
    if (args.length === 0) return { ...common, pod: '', selector, tail: flags.has('tail') ? flags.int('tail') : 10 };
    let pod = args[0]!;
    // The builder's ResourceNames("pods", arg): TYPE/NAME names another type.
    const slash = pod.indexOf('/');
    if (slash >= 0) {
      const typeWord = pod.slice(0, slash);
      if (pod.indexOf('/', slash + 1) >= 0)
        return fail('arguments in resource/name form may not have more than one slash');
      const type = resolveResourceType(typeWord);
      const unserved = type ? undefined : resolveUnservedType(typeWord);
      // A Deployment, Job…: kubectl looks the object up to find its Pods (polymorphichelpers
      // attachablePodForObject wraps the server's NotFound), and there is none.
      if (unserved)
        return fail(
          `error from server (NotFound): ${qualifiedResource(unserved)} "${pod.slice(slash + 1)}" not found in namespace "${namespace}"`,
        );
      if (!type) return fail(`the server doesn't have a resource type "${typeWord}"`);
      pod = pod.slice(slash + 1);
      if (type.kind !== 'Pod') return { ...common, pod, otherKind: type.kind, selector: '', tail: flags.int('tail') };
    }
    return { ...common, pod, selector: '', tail: flags.int('tail') };
  },
  run(options, ctx) {
    if (options.selector) {
      // The builder lists the Pods (ResourceTypes("pods").LabelSelectorParam); a rejected list is not
      // NotFound, so logs passes it on as it came (EnhanceListError's words).
      const listed = listSelected(ctx, resourceTypeOf('Pod'), options.namespace, { label: options.selector });
      if (!listed.ok) {
        ctx.stderr(formatStatusError(listed.error));
        return 1;
      }
      if (listed.value.length === 0) {
        ctx.stderr(`No resources found in ${options.namespace} namespace.\n`);
        return 0;
      }
      const invalid = validationError(options);
      if (invalid) {
        ctx.stderr(invalid);
        return 1;
      }
      // RunLogs: following more streams than --max-log-requests allows is refused up front.
      const requests = listed.value.reduce(
        (n, pod) => n + (options.allContainers ? containersToRead(pod as Pod, options, () => {}).length : 1),
        0,
      );
      if (options.follow && requests > options.maxLogRequests) {
        ctx.stderr(
          `error: you are attempting to follow ${requests} log streams, but maximum allowed concurrency is ${options.maxLogRequests}, use --max-log-requests to increase the limit\n`,
        );
        return 1;
      }
      let code = 0;
      for (const pod of listed.value) {
        const one = logsCommand.run({ ...options, selector: '', follow: false, pod: pod.metadata?.name ?? '' }, ctx);
        if (typeof one === 'number' && one !== 0) code = one;
      }
      return code;
    }
    const kind = options.otherKind ?? 'Pod';
    const got = ctx.cluster.get(kind, resourceTypeOf(kind).namespaced ? options.namespace : undefined, options.pod);
    if (!got.ok) {
      // logs wraps the lookup error in its own words: lowercase "error from server", with the
      // namespace (even for a cluster-scoped kind).
      if (got.error.reason === 'NotFound') {
        const plural = resourceTypeOf(kind).plural;
        ctx.stderr(
          `error: error from server (NotFound): ${plural} "${options.pod}" not found in namespace "${options.namespace}"\n`,
        );
      } else ctx.stderr(formatStatusError(got.error));
      return 1;
    }
    const invalid = validationError(options);
    if (invalid) {
      ctx.stderr(invalid);
      return 1;
    }
    // polymorphichelpers logsForObjectWithClient names the Go type it cannot read logs from, and
    // SelectorsForObject's reason.
    if (options.otherKind) {
      const goType = `*v1.${options.otherKind}`;
      ctx.stderr(`error: cannot get the logs from ${goType}: selector for ${goType} not implemented\n`);
      return 1;
    }
    const pod = got.value as Pod;
    const containers = containersToRead(pod, options, ctx.stderr);
    if (typeof containers === 'string') {
      ctx.stderr(containers);
      return 1;
    }
    const since = options.sinceMs > 0 ? ctx.cluster.clock.now() - options.sinceMs : (options.sinceTime ?? -Infinity);
    // sequentialConsumeRequest: each stream printed whole, in turn; the first failing read ends
    // the command, after what the earlier streams printed. Upstream walks a Go map (random
    // order); we keep the Pod's own order: init containers, containers, ephemeral containers.
    const streams: { stream: LogStream; format: (line: LogLine) => string }[] = [];
    for (const container of containers) {
      const stream = ctx.cluster.readLogs(options.namespace, options.pod, { container, previous: options.previous });
      if (!stream.ok) {
        ctx.stderr(formatStatusError(stream.error));
        return 1;
      }
      const format = lineFormat(options, container);
      const recent = stream.value.lines.filter((l) => l.time >= since);
      const lines = options.tail >= 0 ? recent.slice(Math.max(0, recent.length - options.tail)) : recent;
      const text = lines.map(format).join('');
      ctx.stdout(options.limitBytes === undefined ? text : limitBytes(text, options.limitBytes, options.prefix));
      streams.push({ stream: stream.value, format });
    }
    if (!options.follow || options.previous) return 0;
    return followAll(streams, ctx.stdout);
  },
});

/**
 * The containers whose logs are read (polymorphichelpers logsForObjectWithClient): with
 * --all-containers every one, silently; otherwise -c's, or the default one with its notice.
 * Returns an error line when the Pod has none or -c names no container of it.
 */
function containersToRead(pod: Pod, options: LogsOptions, stderr: (text: string) => void): string[] | string {
  if (options.allContainers) {
    return [
      ...(pod.spec?.initContainers ?? []),
      ...(pod.spec?.containers ?? []),
      ...(pod.spec?.ephemeralContainers ?? []),
    ].map((c) => c.name);
  }
  if (!options.container) {
    const chosen = defaultContainer(pod);
    if (!chosen) return `error: pod ${options.pod} has no containers\n`;
    if (chosen.notice) stderr(chosen.notice);
    return [chosen.name];
  }
  const known = [
    ...(pod.spec?.containers ?? []),
    ...(pod.spec?.initContainers ?? []),
    ...(pod.spec?.ephemeralContainers ?? []),
  ];
  if (!known.some((c) => c.name === options.container)) {
    return `error: container ${options.container} is not valid for pod ${options.pod}\n`;
  }
  return [options.container];
}

/** logs.go addPrefixIfNeeded ("[pod/NAME/CONTAINER] ") and --timestamps before each line. */
function lineFormat(options: LogsOptions, container: string): (line: LogLine) => string {
  const prefix = options.prefix ? `[pod/${options.pod}/${container}] ` : '';
  return (line) => `${prefix}${options.timestamps ? rfc3339NanoFixed(line.time) + ' ' : ''}${line.text}\n`;
}

/** -f: every stream at once (parallelConsumeRequest for several); done when all have ended, or Ctrl+C. */
function followAll(
  streams: readonly { stream: LogStream; format: (line: LogLine) => string }[],
  stdout: (text: string) => void,
): Job {
  const stops: (() => void)[] = [];
  let done = false;
  const job: Job = {
    kind: 'stream',
    start(finish) {
      let open = streams.length;
      const end = (code: number) => {
        if (done) return;
        done = true;
        for (const stop of stops) stop();
        finish(code);
      };
      job.interrupt = () => end(130);
      for (const { stream, format } of streams) {
        stops.push(
          stream.follow(
            (line) => {
              if (!done) stdout(format(line));
            },
            () => {
              open--;
              if (open === 0) end(0);
            },
          ),
        );
        if (done) break;
      }
      if (done) for (const stop of stops) stop();
    },
    interrupt() {},
  };
  return job;
}

/**
 * --limit-bytes: the kubelet stops after that many bytes of the log (timestamps included); the
 * --prefix kubectl adds to each line it reads does not count.
 */
function limitBytes(text: string, limit: number, prefixed: boolean): string {
  let left = limit;
  let out = '';
  for (const line of text.split(/(?<=\n)/)) {
    const prefix = prefixed ? (/^\[[^\]]*\] /.exec(line)?.[0] ?? '') : '';
    let kept = '';
    for (const char of line.slice(prefix.length)) {
      const size = utf8Length(char.codePointAt(0)!);
      if (size > left) break;
      left -= size;
      kept += char;
    }
    if (kept !== '') out += prefix + kept;
    if (left === 0 || kept.length < line.length - prefix.length) break;
  }
  return out;
}

function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/** LogsOptions.Validate, run once the Pod (or the Pods for -l) were found, in its order. */
function validationError(options: LogsOptions): string | undefined {
  if (options.sinceTime !== undefined && options.sinceMs !== 0)
    return 'error: at most one of `sinceTime` or `sinceSeconds` may be specified\n';
  if (options.allContainers && options.container)
    return `error: --all-containers=true should not be specified with container name ${options.container}\n`;
  if (options.containerTwice) return 'error: only one of -c or an inline [CONTAINER] arg is allowed\n';
  if (options.limitBytes !== undefined && options.limitBytes < 0)
    return 'error: --limit-bytes must be greater than 0\n';
  if (options.sinceMs < 0) return 'error: --since must be greater than 0\n';
  if (options.tail < -1) return 'error: --tail must be greater than or equal to -1\n';
  return undefined;
}
