// kubectl logs (pkg/cmd/logs/logs.go): one container's log, the previous instance's with -p,
// the last N lines with --tail, and a live stream with -f until the container stops or Ctrl+C.

import type { LogLine, Pod } from '../../sim/api';
import { defineCommand, type Job } from '../command';
import { fail, failWithHelp, formatStatusError } from '../errors';
import { resolveResourceType } from '../resources';
import { defaultContainer, rfc3339Nano } from './common';
import { parseGoDuration } from './wait';

interface LogsOptions {
  pod: string;
  /** -l: the logs of every matching Pod (then --tail defaults to 10, as kubectl does). */
  selector: string;
  /** --since as milliseconds, or 0 for everything. */
  sinceMs: number;
  container: string;
  follow: boolean;
  previous: boolean;
  tail: number;
  timestamps: boolean;
  prefix: boolean;
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
    { name: 'previous', short: 'p', type: 'bool', help: 'Print the logs of the previous instance of the container, if there was one.' },
    { name: 'selector', short: 'l', type: 'string', help: "Selector (label query) to filter on, supports '=', '==', and '!='.(e.g. -l key1=value1,key2=value2)." },
    { name: 'since', type: 'duration', default: '0s', help: 'Only return logs newer than a relative duration like 5s, 2m, or 3h.' },
    { name: 'tail', type: 'int', default: -1, help: 'Lines of recent log file to display. -1 shows every line.' },
    { name: 'timestamps', type: 'bool', help: 'Include timestamps on each line in the log output' },
  ],
  parse({ flags, args, namespace }) {
    const sinceMs = parseGoDuration(flags.string('since'));
    // --since is a duration flag: pflag rejected a bad value while parsing.
    if (sinceMs === undefined) return fail(`invalid duration: ${flags.string('since')}`);
    const selector = flags.string('selector');
    if (selector && args.length > 0) return failWithHelp('logs', 'only a selector (-l) or a POD name is allowed');
    if (selector) {
      const tail = flags.has('tail') ? flags.int('tail') : 10;
      return { pod: '', selector, sinceMs, container: flags.string('container'), follow: flags.bool('follow'), previous: flags.bool('previous'), tail, timestamps: flags.bool('timestamps'), prefix: flags.bool('prefix'), namespace };
    }
    if (args.length === 0) {
      return failWithHelp('logs', "expected 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]'.\nPOD or TYPE/NAME is a required argument for the logs command");
    }
    const tail = flags.int('tail');
    let pod = args[0]!;
    let container = flags.string('container');
    const slash = pod.indexOf('/');
    if (slash >= 0) {
      const typeWord = pod.slice(0, slash);
      const type = resolveResourceType(typeWord);
      if (!type) return fail(`the server doesn't have a resource type "${typeWord}"`);
      if (type.kind !== 'Pod') return fail(`cannot get the logs from ${type.plural}`);
      pod = pod.slice(slash + 1);
    }
    if (args.length === 2) {
      if (container) return failWithHelp('logs', "only one of -c or an inline [CONTAINER] arg is allowed");
      container = args[1]!;
    } else if (args.length > 2) {
      return failWithHelp('logs', "expected 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]'.\nPOD or TYPE/NAME is a required argument for the logs command");
    }
    return {
      pod,
      selector: '',
      sinceMs,
      container,
      follow: flags.bool('follow'),
      previous: flags.bool('previous'),
      tail,
      timestamps: flags.bool('timestamps'),
      prefix: flags.bool('prefix'),
      namespace,
    };
  },
  run(options, ctx) {
    if (options.selector) {
      const listed = ctx.cluster.list('Pod', options.namespace, { labelSelector: options.selector });
      if (!listed.ok) {
        ctx.stderr(formatStatusError(listed.error));
        return 1;
      }
      if (listed.value.length === 0) {
        ctx.stderr(`No resources found in ${options.namespace} namespace.\n`);
        return 0;
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
        ctx.stderr(`error: error from server (NotFound): pods "${options.pod}" not found in namespace "${options.namespace}"\n`);
      } else ctx.stderr(formatStatusError(got.error));
      return 1;
    }
    // kubectl checks --tail only after finding the Pod (a missing Pod is reported first).
    if (options.tail < -1) {
      ctx.stderr('error: --tail must be greater than or equal to -1\n');
      return 1;
    }
    const pod = got.value as Pod;
    let container = options.container;
    if (!container) {
      const chosen = defaultContainer(pod);
      if (!chosen) {
        ctx.stderr(`error: pod ${options.pod} has no containers\n`);
        return 1;
      }
      if (chosen.notice) ctx.stderr(chosen.notice);
      container = chosen.name;
    } else {
      const known = [...(pod.spec?.containers ?? []), ...(pod.spec?.initContainers ?? []), ...(pod.spec?.ephemeralContainers ?? [])];
      if (!known.some((c) => c.name === container)) {
        ctx.stderr(`error: container ${container} is not valid for pod ${options.pod}\n`);
        return 1;
      }
    }
    const stream = ctx.cluster.readLogs(options.namespace, options.pod, { container, previous: options.previous });
    if (!stream.ok) {
      ctx.stderr(formatStatusError(stream.error));
      return 1;
    }
    const format = (line: LogLine) =>
      `${options.prefix ? `[pod/${options.pod}/${container}] ` : ''}${options.timestamps ? rfc3339Nano(line.time) + ' ' : ''}${line.text}\n`;
    const since = options.sinceMs > 0 ? ctx.cluster.clock.now() - options.sinceMs : -Infinity;
    const recent = stream.value.lines.filter((l) => l.time >= since);
    const lines = options.tail >= 0 ? recent.slice(Math.max(0, recent.length - options.tail)) : recent;
    ctx.stdout(lines.map(format).join(''));
    if (!options.follow || options.previous) return 0;
    let stop: (() => void) | undefined;
    let done = false;
    const job: Job = {
      kind: 'stream',
      start(finish) {
        const end = (code: number) => {
          if (done) return;
          done = true;
          stop?.();
          finish(code);
        };
        job.interrupt = () => end(130);
        stop = stream.value.follow(
          (line) => {
            if (!done) ctx.stdout(format(line));
          },
          () => end(0),
        );
        if (done) stop();
      },
      interrupt() {},
    };
    return job;
  },
});
