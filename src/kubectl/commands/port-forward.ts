// kubectl port-forward (pkg/cmd/portforward/portforward.go, client-go tools/portforward): opens
// local ports that reach a Pod's ports; `curl localhost:PORT` in the console goes through them.
// It runs until Ctrl+C, printing a line per connection.

import type { Pod } from '../../sim/api';
import type { PortForward } from '../console-types';
import { defineCommand, type Job } from '../command';
import { CommandFailure, fail, failWithHelp, formatStatusError } from '../errors';
import { parsePodRef } from './common';

interface PortSpec {
  /** undefined: any free port (`:8080`) or, with sameAsRemote, the resolved remote port (`8080`, `http`). */
  local: number | undefined;
  sameAsRemote: boolean;
  remote: string;
}

interface PortForwardOptions {
  pod: string;
  ports: PortSpec[];
  address: string;
  namespace: string;
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
    const pod = parsePodRef(args[0]!);
    if (pod instanceof CommandFailure) return pod;
    const ports: PortSpec[] = [];
    for (const spec of args.slice(1)) {
      const parts = spec.split(':');
      if (parts.length > 2) return fail(`invalid port format '${spec}'`);
      if (parts.length === 1) {
        ports.push({ local: undefined, sameAsRemote: true, remote: parts[0]! });
        continue;
      }
      const [localText, remote] = [parts[0]!, parts[1]!];
      let local: number | undefined;
      if (localText !== '') {
        if (!/^\d+$/.test(localText) || Number(localText) > 65535)
          return fail(
            `Error parsing local port '${localText}': strconv.ParseUint: parsing "${localText}": invalid syntax`,
          );
        local = Number(localText);
      }
      ports.push({ local, sameAsRemote: false, remote });
    }
    const address = flags
      .list('address')
      .flatMap((a) => a.split(','))
      .filter((a) => a !== '');
    return { pod, ports, address: address[0] ?? 'localhost', namespace };
  },
  run(options, ctx) {
    const got = ctx.cluster.get('Pod', options.namespace, options.pod);
    if (!got.ok) {
      ctx.stderr(formatStatusError(got.error));
      return 1;
    }
    const pod = got.value as Pod;
    const forwards: PortForward[] = [];
    for (const spec of options.ports) {
      let podPort: number;
      if (/^\d+$/.test(spec.remote)) podPort = Number(spec.remote);
      else {
        const named = (pod.spec?.containers ?? []).flatMap((c) => c.ports ?? []).find((p) => p.name === spec.remote);
        if (!named) {
          ctx.stderr(`error: Pod '${options.pod}' does not have a named port '${spec.remote}'\n`);
          return 1;
        }
        podPort = named.containerPort;
      }
      const taken = [...ctx.portForwards.list().map((f) => f.localPort), ...forwards.map((f) => f.localPort)];
      const localPort = spec.sameAsRemote ? podPort : (spec.local ?? freeLocalPort(taken));
      forwards.push({ namespace: options.namespace, pod: options.pod, localPort, podPort });
    }
    if (pod.status?.phase !== 'Running') {
      ctx.stderr(
        `error: unable to forward port because pod is not running. Current status=${pod.status?.phase ?? 'Pending'}\n`,
      );
      return 1;
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
          if (options.address === 'localhost') {
            ctx.stdout(
              `Forwarding from 127.0.0.1:${f.localPort} -> ${f.podPort}\nForwarding from [::1]:${f.localPort} -> ${f.podPort}\n`,
            );
          } else ctx.stdout(`Forwarding from ${options.address}:${f.localPort} -> ${f.podPort}\n`);
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
