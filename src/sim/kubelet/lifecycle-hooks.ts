// postStart and preStop handlers as the kubelet runs them (pkg/kubelet/lifecycle/handlers.go
// handlerRunner.Run): exec in the container, an HTTP GET to the Pod, or a sleep; anything else
// fails. The outcome is an error message in the kubelet's words, or undefined on success. Like the
// kubelet, an HTTP hook succeeds on any answer; only a failed request is an error.
import type { Container, LifecycleHandler, Pod } from 'kubernetes-types/core/v1';
import type { SimClock } from '../clock';
import type { ContainerInstance } from './container-instance';
import { resolvePort } from './prober';

export interface HookTarget {
  clock: SimClock;
  instance: ContainerInstance;
  container: Container;
  pod: Pod;
  podIP: string;
}

/** format.Pod: name_namespace(uid). */
function podRef(pod: Pod): string {
  const m = pod.metadata;
  return `${m?.name}_${m?.namespace ?? 'default'}(${m?.uid})`;
}

function goList(argv: readonly string[]): string {
  return `[${argv.join(' ')}]`;
}

/** Starts the handler; `done` is called once with the failure message, or undefined. Returns a cancel function. */
export function runHook(
  handler: LifecycleHandler,
  target: HookTarget,
  done: (error: string | undefined) => void,
): () => void {
  const { clock, instance, container, pod } = target;
  let finished = false;
  let cancelled = false;
  // The outcome always arrives on a later clock tick, never inside the step that started the hook.
  const finish = (error: string | undefined) => {
    if (finished) return;
    finished = true;
    clock.after(0, () => !cancelled && done(error), 'lifecycle hook done');
  };
  if (handler.exec) {
    const argv = handler.exec.command ?? [];
    let output = '';
    let stderr = '';
    // RunInContainer has no timeout for hooks; ExecSync's error names the command and its exit code.
    const process = instance.program.exec(
      argv,
      {
        stdout: (chunk) => (output += chunk),
        stderr: (chunk) => {
          output += chunk;
          stderr += chunk;
        },
        exit: (code) => {
          if (code === 0) return finish(undefined);
          const error = `command '${argv.join(' ')}' exited with ${code}: ${stderr}`;
          finish(
            `Exec lifecycle hook (${goList(argv)}) for Container "${container.name}" in Pod "${podRef(pod)}" failed - error: ${error}, message: ${JSON.stringify(output)}`,
          );
        },
      },
      { tty: false, stdin: false },
    );
    return () => {
      cancelled = true;
      process.signal('SIGKILL');
    };
  }
  if (handler.httpGet) {
    const get = handler.httpGet;
    const port = resolvePort(container, get.port) ?? 0;
    const host = get.host || target.podIP;
    const path = get.path ?? '/';
    const id = clock.after(
      0,
      () => {
        const headers: Record<string, string> = {};
        for (const h of get.httpHeaders ?? []) headers[h.name] = h.value;
        const response = instance.exited
          ? { error: 'connection-refused' as const }
          : instance.program.http(port, { method: 'GET', path, headers, from: 'probe' });
        if (!('error' in response)) return finish(undefined);
        const scheme = (get.scheme ?? 'HTTP').toLowerCase();
        const url = `${scheme}://${host}:${port}${path.startsWith('/') ? '' : '/'}${path}`;
        finish(
          `HTTP lifecycle hook (${path}) for Container "${container.name}" in Pod "${podRef(pod)}" failed - error: Get "${url}": dial tcp ${host}:${port}: connect: connection refused`,
        );
      },
      'lifecycle hook http',
    );
    return () => {
      cancelled = true;
      clock.cancel(id);
    };
  }
  if (handler.sleep) {
    const id = clock.after(handler.sleep.seconds * 1000, () => finish(undefined), 'lifecycle hook sleep');
    return () => {
      cancelled = true;
      clock.cancel(id);
    };
  }
  // The API still accepts tcpSocket (kept for compatibility), but Run has no case for it: its
  // default branch fails, so a postStart is FailedPostStartHook and a preStop FailedPreStopHook.
  finish(`Cannot run handler: invalid handler: ${goHandler(handler)}`);
  return () => {};
}

/** Go's %v of a *v1.LifecycleHandler (its generated String method); only tcpSocket reaches it. */
function goHandler(handler: LifecycleHandler): string {
  const tcp = handler.tcpSocket;
  // intstr.IntOrString is printed as a plain struct: {Type IntVal StrVal}.
  const port = typeof tcp?.port === 'number' ? `{0 ${tcp.port} }` : `{1 0 ${tcp?.port ?? ''}}`;
  const tcpText = tcp ? `&TCPSocketAction{Port:${port},Host:${tcp.host ?? ''},}` : 'nil';
  return `&LifecycleHandler{Exec:nil,HTTPGet:nil,TCPSocket:${tcpText},Sleep:nil,}`;
}
