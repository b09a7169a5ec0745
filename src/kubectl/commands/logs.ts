// kubectl logs (pkg/cmd/logs/logs.go): one container's log, the previous instance's with -p,
// the last N lines with --tail, and a live stream with -f until the container stops or Ctrl+C.

import type { LogLine, LogStream, Pod } from '../../sim/api';
import { defineCommand, type Job } from '../command';
import { fail, failWithHelp, formatStatusError } from '../errors';
import { resolveResourceType, resourceTypeOf } from '../resources';
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
  namespace: string;
}

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
    { name: 'container', short: 'c', type: 'string', help: 'Print the logs of this container' },
    { name: 'follow', short: 'f', type: 'bool', help: 'Keep printing new lines as they are written.' },
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
    if (selector && args.length > 0) return failWithHelp('logs', 'only a selector (-l) or a POD name is allowed');
    if (!selector && args.length === 0) {
      return failWithHelp(
        'logs',
        "expected 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]'.\nPOD or TYPE/NAME is a required argument for the logs command",
      );
    }
    // Complete parses --since-time (util.ParseRFC3339) before it looks anything up.
    let sinceTime: number | undefined;
    if (flags.string('since-time') !== '') {
      const parsed = parseRFC3339(flags.string('since-time'));
      if (!parsed.ok) return fail(parsed.error);
      sinceTime = Math.floor(parsed.ms / 1000) * 1000;
    }
    if (selector) {
      const tail = flags.has('tail') ? flags.int('tail') : 10;
      return {
        pod: '',
        selector,
        sinceMs,
        sinceTime,
        container: flags.string('container'),
        follow: flags.bool('follow'),
        previous: flags.bool('previous'),
        tail,
        timestamps: flags.bool('timestamps'),
        prefix: flags.bool('prefix'),
        allContainers: flags.bool('all-containers'),
        namespace,
      };
    }
    if (args.length === 0) {
      return failWithHelp(
        'logs',
        "expected 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]'.\nPOD or TYPE/NAME is a required argument for the logs command",
      );
    }
    const tail = flags.int('tail');
    let pod = args[0]!;
    let container = flags.string('container');
    const slash = pod.indexOf('/');
    if (slash >= 0) {
      const typeWord = pod.slice(0, slash);
      const type = resolveResourceType(typeWord);
      const unserved = type ? undefined : resolveUnservedType(typeWord);
      // A Deployment, Job…: kubectl looks the object up to find its Pods (polymorphichelpers
      // attachablePodForObject wraps the server's NotFound), and there is none.
      if (unserved)
        return fail(
          `error from server (NotFound): ${qualifiedResource(unserved)} "${pod.slice(slash + 1)}" not found in namespace "${namespace}"`,
        );
      if (!type) return fail(`the server doesn't have a resource type "${typeWord}"`);
      if (type.kind !== 'Pod') return fail(`cannot get the logs from ${type.plural}`);
      pod = pod.slice(slash + 1);
    }
    if (args.length === 2) {
      if (container) return failWithHelp('logs', 'only one of -c or an inline [CONTAINER] arg is allowed');
      container = args[1]!;
    } else if (args.length > 2) {
      return failWithHelp(
        'logs',
        "expected 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]'.\nPOD or TYPE/NAME is a required argument for the logs command",
      );
    }
    return {
      pod,
      selector: '',
      sinceMs,
      sinceTime,
      container,
      follow: flags.bool('follow'),
      previous: flags.bool('previous'),
      tail,
      timestamps: flags.bool('timestamps'),
      prefix: flags.bool('prefix'),
      allContainers: flags.bool('all-containers'),
      namespace,
    };
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
      if (options.sinceTime !== undefined && options.sinceMs !== 0) {
        ctx.stderr(SINCE_BOTH);
        return 1;
      }
      let code = 0;
      for (const pod of listed.value) {
        const one = logsCommand.run({ ...options, selector: '', follow: false, pod: pod.metadata?.name ?? '' }, ctx);
        if (typeof one === 'number' && one !== 0) code = one;
      }
      return code;
    }
    const got = ctx.cluster.get('Pod', options.namespace, options.pod);
    if (!got.ok) {
      // logs wraps the lookup error in its own words: lowercase "error from server", with the namespace.
      if (got.error.reason === 'NotFound') {
        ctx.stderr(
          `error: error from server (NotFound): pods "${options.pod}" not found in namespace "${options.namespace}"\n`,
        );
      } else ctx.stderr(formatStatusError(got.error));
      return 1;
    }
    // Validate runs after Complete found the Pod (a missing Pod is reported first), in this order.
    if (options.sinceTime !== undefined && options.sinceMs !== 0) {
      ctx.stderr(SINCE_BOTH);
      return 1;
    }
    if (options.tail < -1) {
      ctx.stderr('error: --tail must be greater than or equal to -1\n');
      return 1;
    }
    // Validate: --all-containers with a container named by -c or as the second argument.
    if (options.allContainers && options.container) {
      ctx.stderr(`error: --all-containers=true should not be specified with container name ${options.container}\n`);
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
      ctx.stdout(lines.map(format).join(''));
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

const SINCE_BOTH = 'error: at most one of `sinceTime` or `sinceSeconds` may be specified\n';
