// kubectl port-forward (pkg/cmd/portforward/portforward.go, client-go tools/portforward): opens
// local ports that reach a Pod's ports; `curl localhost:PORT` in the console goes through them.
// It runs until Ctrl+C, printing a line per connection.

import type { Pod } from '../../sim/api';
import type { PortForward } from '../console-types';
import { defineCommand, type Job } from '../command';
import { CommandFailure, failWithHelp } from '../errors';
import { type AttachTarget, attachablePod, goQuote, parsePodRef } from './common';

interface PortForwardOptions {
  target: AttachTarget;
  /** The port arguments as typed: every check on them needs the Pod, as kubectl's do. */
  ports: string[];
  /** --address, split at commas (pflag's StringSlice); localhost when not given. */
  addresses: string[];
  namespace: string;
}

/** portforward.go splitPort: LOCAL:REMOTE, or one port for both (three parts read as the first alone). */
function splitPort(spec: string): [string, string] {
  const parts = spec.split(':');
  return parts.length === 2 ? [parts[0]!, parts[1]!] : [parts[0]!, parts[0]!];
}

/**
 * portforward.go checkUDPPortInPod and convertPodNamedPortToNumber: a remote port that is not a
 * number names one of the Pod's container ports. Returns the specs with numbers, or the error.
 */
function podPortsByNumber(specs: readonly string[], pod: Pod): string[] | string {
  const byName = (name: string) =>
    (pod.spec?.containers ?? []).flatMap((c) => c.ports ?? []).find((p) => p.name === name)?.containerPort;
  const converted: string[] = [];
  for (const spec of specs) {
    const [local, remote] = splitPort(spec);
    let number = remote;
    if (!/^[+-]?\d+$/.test(remote)) {
      const found = byName(remote);
      if (found === undefined) return `Pod '${pod.metadata?.name ?? ''}' does not have a named port '${remote}'`;
      number = String(found);
    }
    converted.push(local !== remote ? `${local}:${number}` : number);
  }
  return converted;
}

/** strconv.ParseUint(text, 10, 16), with its error text. */
function parsePort(text: string): number | string {
  if (!/^\d+$/.test(text)) return `strconv.ParseUint: parsing ${goQuote(text)}: invalid syntax`;
  const value = Number(text);
  return value > 65535 ? `strconv.ParseUint: parsing ${goQuote(text)}: value out of range` : value;
}

/** client-go tools/portforward parsePorts: LOCAL:REMOTE or PORT, local 0 for any free port. */
function parsePorts(specs: readonly string[]): { local: number; remote: number }[] | string {
  const out: { local: number; remote: number }[] = [];
  for (const spec of specs) {
    const parts = spec.split(':');
    if (parts.length > 2) return `invalid port format '${spec}'`;
    const localText = parts.length === 1 ? parts[0]! : parts[0] || '0';
    const remoteText = parts.length === 1 ? parts[0]! : parts[1]!;
    const local = parsePort(localText);
    if (typeof local === 'string') return `error parsing local port '${localText}': ${local}`;
    const remote = parsePort(remoteText);
    if (typeof remote === 'string') return `error parsing remote port '${remoteText}': ${remote}`;
    if (remote === 0) return 'remote port must be > 0';
    out.push({ local, remote });
  }
  return out;
}

/** `:8080` asks for any free local port; take the first free one from a fixed base, so sessions repeat. */
function freeLocalPort(taken: readonly number[]): number {
  let port = 40123;
  while (taken.includes(port)) port++;
  return port;
}

export const portForwardCommand = defineCommand<PortForwardOptions>({
  name: 'port-forward',
  group: 'Troubleshooting and Debugging Commands',
  summary: 'Forward one or more local ports to a pod',
  help: `Forward one or more local ports to a Pod. The forward lasts until you press Ctrl+C.

 Use LOCAL:REMOTE to pick the local port; a single number uses the same port on both sides.

Examples:
  # Reach the kuard Pod's port 8080 at localhost:8080
  kubectl port-forward kuard 8080:8080

  # The same, naming the Pod as TYPE/NAME
  kubectl port-forward pod/kuard 8080

  # Local port 5000 to the Pod's port 8080
  kubectl port-forward kuard 5000:8080`,
  usage: 'port-forward TYPE/NAME [options] [LOCAL_PORT:]REMOTE_PORT [...[LOCAL_PORT_N:]REMOTE_PORT_N]',
  flags: [
    {
      name: 'address',
      type: 'stringArray',
      help: 'Addresses to listen on (comma separated). Only accepts IP addresses or localhost as a value.',
    },
    {
      name: 'pod-running-timeout',
      type: 'duration',
      default: '1m0s',
      help: 'How long to wait until at least one pod is running.',
    },
  ],
  parse({ flags, args, namespace }) {
    if (args.length < 2)
      return failWithHelp('port-forward', 'TYPE/NAME and list of ports are required for port-forward');
    const target = parsePodRef(args[0]!);
    if (target instanceof CommandFailure) return target;
    const address = flags
      .list('address')
      .flatMap((a) => a.split(','))
      .filter((a) => a !== '');
    return { target, ports: args.slice(1), addresses: flags.has('address') ? address : ['localhost'], namespace };
  },
  run(options, ctx) {
    const pod = attachablePod(ctx, options.namespace, options.target);
    if (!pod) return 1;
    const podName = options.target.name;
    const converted = podPortsByNumber(options.ports, pod);
    if (typeof converted === 'string') {
      ctx.stderr(`error: ${converted}\n`);
      return 1;
    }
    if (pod.status?.phase !== 'Running') {
      ctx.stderr(
        `error: unable to forward port because pod is not running. Current status=${pod.status?.phase ?? 'Pending'}\n`,
      );
      return 1;
    }
    const parsed = parsePorts(converted);
    if (typeof parsed === 'string') {
      ctx.stderr(`error: ${parsed}\n`);
      return 1;
    }
    const listen = listenAddresses(options.addresses);
    if (typeof listen === 'string') {
      ctx.stderr(`error: ${listen}\n`);
      return 1;
    }
    const forwards: PortForward[] = [];
    for (const { local, remote } of parsed) {
      const taken = [...ctx.portForwards.list().map((f) => f.localPort), ...forwards.map((f) => f.localPort)];
      const localPort = local === 0 ? freeLocalPort(taken) : local;
      forwards.push({ namespace: options.namespace, pod: podName, localPort, podPort: remote });
    }
    const busy = forwards.find((f) => ctx.portForwards.list().some((open) => open.localPort === f.localPort));
    if (busy) {
      const p = busy.localPort;
      ctx.stderr(
        `Unable to listen on port ${p}: Listeners failed to create with the following errors: [unable to create listener: Error listen tcp4 127.0.0.1:${p}: bind: address already in use unable to create listener: Error listen tcp6 [::1]:${p}: bind: address already in use]\n` +
          `error: unable to listen on any of the requested ports: [{${p} ${busy.podPort}}]\n`,
      );
      return 1;
    }
    let finished = false;
    const job: Job = {
      kind: 'stream',
      start(finish) {
        for (const f of forwards) {
          for (const host of listen) ctx.stdout(`Forwarding from ${host}:${f.localPort} -> ${f.podPort}\n`);
          ctx.portForwards.open(
            f,
            (text) => {
              if (!finished) ctx.stdout(text);
            },
            (text) => {
              // forward(): once the stream connection closes it returns ErrLostConnectionToPod.
              if (finished) return;
              ctx.stderr(text);
              ctx.stderr('error: lost connection to pod\n');
              end(1);
            },
          );
        }
        const end = (code: number) => {
          if (finished) return;
          finished = true;
          for (const f of forwards) ctx.portForwards.close(f);
          finish(code);
        };
        job.interrupt = () => end(130);
      },
      interrupt() {},
    };
    return job;
  },
});

function isIPv4(text: string): boolean {
  // k8s.io/utils/net ParseIPSloppy: four decimal bytes, leading zeros allowed.
  const parts = text.split('.');
  return parts.length === 4 && parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255);
}

function isIPv6(text: string): boolean {
  // Eight groups of up to four hex digits, or fewer around one "::"; the last two may be IPv4.
  const halves = text.split('::');
  if (halves.length > 2) return false;
  const groups = halves.map((h) => (h === '' ? [] : h.split(':')));
  const all = groups.flat();
  const last = all.at(-1);
  const v4 = last !== undefined && isIPv4(last);
  const hex = v4 ? all.slice(0, -1) : all;
  if (!hex.every((g) => /^[0-9A-Fa-f]{1,4}$/.test(g))) return false;
  const size = hex.length + (v4 ? 2 : 0);
  return halves.length === 2 ? size < 8 : size === 8;
}

/**
 * client-go portforward.go NewOnAddresses and parseAddresses: localhost means 127.0.0.1 and ::1,
 * anything else must be an IP address; the hosts as the "Forwarding from" lines show them.
 */
function listenAddresses(addresses: readonly string[]): string[] | string {
  if (addresses.length === 0) return 'you must specify at least 1 address';
  const hosts: string[] = [];
  for (const address of addresses) {
    if (address === 'localhost') hosts.push('127.0.0.1', '[::1]');
    else if (isIPv4(address)) hosts.push(address);
    else if (isIPv6(address)) hosts.push(`[${address}]`);
    else return `${address} is not a valid IP`;
  }
  return [...new Set(hosts)];
}
