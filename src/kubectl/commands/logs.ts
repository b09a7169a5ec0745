// kubectl logs (pkg/cmd/logs/logs.go): one container's log, the previous instance's with -p,
// the last N lines with --tail, and a live stream with -f until the container stops or Ctrl+C.

import type { LogLine, Pod } from '../../sim/api';
import { defineCommand, type Job } from '../command';
import { fail, failWithHelp, formatStatusError } from '../errors';
import { resolveResourceType, resourceTypeOf } from '../resources';
import { defaultContainer, listSelected, rfc3339NanoFixed } from './common';
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
      const known = [
        ...(pod.spec?.containers ?? []),
        ...(pod.spec?.initContainers ?? []),
        ...(pod.spec?.ephemeralContainers ?? []),
      ];
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
      `${options.prefix ? `[pod/${options.pod}/${container}] ` : ''}${options.timestamps ? rfc3339NanoFixed(line.time) + ' ' : ''}${line.text}\n`;
    const since = options.sinceMs > 0 ? ctx.cluster.clock.now() - options.sinceMs : (options.sinceTime ?? -Infinity);
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

const SINCE_BOTH = 'error: at most one of `sinceTime` or `sinceSeconds` may be specified\n';

const RFC3339 = '2006-01-02T15:04:05Z07:00';

/** Go's quote() in time's errors (printable ASCII as is). */
const timeQuote = (s: string) => `"${s.replace(/["\\]/g, (c) => `\\${c}`)}"`;

/**
 * kubectl's util.ParseRFC3339: time.Parse with RFC3339Nano, then RFC3339, whose error it returns.
 * A port of Go's time.parse for that layout (src/time/format.go): the same leniency (a one-digit
 * hour, a comma before the fraction) and the same errors, "cannot parse X as Y" or "… out of range".
 */
export function parseRFC3339(value: string): { ok: true; ms: number } | { ok: false; error: string } {
  const cannot = (valueElem: string, layoutElem: string) => ({
    ok: false as const,
    error: `parsing time ${timeQuote(value)} as ${timeQuote(RFC3339)}: cannot parse ${timeQuote(valueElem)} as ${timeQuote(layoutElem)}`,
  });
  const outOfRange = (what: string) => ({
    ok: false as const,
    error: `parsing time ${timeQuote(value)}: ${what} out of range`,
  });
  const isDigit = (s: string, i: number) => i < s.length && s[i]! >= '0' && s[i]! <= '9';
  // getnum: one or (fixed) exactly two leading digits.
  const getnum = (s: string, fixed: boolean): [number, string] | undefined => {
    if (!isDigit(s, 0)) return undefined;
    if (!isDigit(s, 1)) return fixed ? undefined : [Number(s[0]), s.slice(1)];
    return [Number(s.slice(0, 2)), s.slice(2)];
  };
  let rest = value;
  const skip = (prefix: string) => {
    if (!rest.startsWith(prefix)) return false;
    rest = rest.slice(prefix.length);
    return true;
  };
  // 2006
  if (rest.length < 4 || !isDigit(rest, 0) || !/^[0-9]{4}$/.test(rest.slice(0, 4))) return cannot(rest, '2006');
  const year = Number(rest.slice(0, 4));
  rest = rest.slice(4);
  const fields: [prefix: string, layout: string, fixed: boolean, range: string, max: number][] = [
    ['-', '01', true, 'month', 12],
    ['-', '02', true, '', 99],
    ['T', '15', false, 'hour', 23],
    [':', '04', true, 'minute', 59],
    [':', '05', true, 'second', 59],
  ];
  const numbers: number[] = [];
  for (const [prefix, layout, fixed, range, max] of fields) {
    if (!skip(prefix)) return cannot(rest, prefix);
    const got = getnum(rest, fixed);
    if (!got) return cannot(rest, layout);
    if (range && (got[0] > max || (range === 'month' && got[0] === 0))) return outOfRange(range);
    numbers.push(got[0]);
    rest = got[1];
  }
  const [month, day, hour, minute, second] = numbers as [number, number, number, number, number];
  // A fraction after the seconds, though the layout has none.
  let nanos = 0;
  if (rest.length >= 2 && (rest[0] === '.' || rest[0] === ',') && isDigit(rest, 1)) {
    let n = 2;
    while (isDigit(rest, n)) n++;
    nanos = Number(rest.slice(1, Math.min(n, 10)).padEnd(9, '0'));
    rest = rest.slice(n);
  }
  // Z07:00
  let offsetSeconds = 0;
  if (rest.startsWith('Z')) rest = rest.slice(1);
  else {
    if (rest.length < 6 || rest[3] !== ':') return cannot(rest, 'Z07:00');
    const hh = getnum(rest.slice(1, 3), true);
    const mm = hh ? getnum(rest.slice(4, 6), true) : undefined;
    const hours = hh?.[0] ?? 0;
    const minutes = mm?.[0] ?? 0;
    // Go sets the range error before it looks at the sign, and a later field's range error wins.
    if (minutes > 60) return outOfRange('time zone offset minute');
    if (hours > 24) return outOfRange('time zone offset hour');
    if (!hh || !mm || (rest[0] !== '+' && rest[0] !== '-')) return cannot(rest, 'Z07:00');
    offsetSeconds = (rest[0] === '-' ? -1 : 1) * (hours * 60 + minutes) * 60;
    rest = rest.slice(6);
  }
  if (rest !== '') return { ok: false, error: `parsing time ${timeQuote(value)}: extra text: ${timeQuote(rest)}` };
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const daysInMonth = month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
  if (day < 1 || day > daysInMonth) return outOfRange('day');
  const seconds = daysFromCivil(year, month, day) * 86400 + hour * 3600 + minute * 60 + second - offsetSeconds;
  return { ok: true, ms: seconds * 1000 + Math.floor(nanos / 1e6) };
}

/** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil), for any year 0000-9999. */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}
