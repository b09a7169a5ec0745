// Probes as the kubelet runs them (pkg/kubelet/prober, pkg/probe): attempt k at
// start + initialDelaySeconds + k·periodSeconds; liveness/readiness are skipped until a startup
// probe has succeeded; thresholds count consecutive results; every failed attempt is an
// `Unhealthy` event worded as pkg/probe words its output.
import type { Container, Probe } from 'kubernetes-types/core/v1';
import type { SimClock, TimerId } from '../clock';
import type { ContainerInstance } from './container-instance';
import type { HttpRequest, HttpResponse, NetError } from '../program';

export type ProbeKind = 'liveness' | 'readiness' | 'startup';

/** Every probe attempt, for the probe-timeline UI (`Cluster.onProbe`). */
export interface ProbeResult {
  time: number;
  namespace: string;
  pod: string;
  container: string;
  probe: ProbeKind;
  result: 'success' | 'failure' | 'timeout';
  message: string;
  consecutiveFailures: number;
  failureThreshold: number;
}

export interface ProbeTarget {
  clock: SimClock;
  instance: ContainerInstance;
  container: Container;
  podIP: string;
  /** Is the container past its startup probe (or has none)? Liveness and readiness wait for it. */
  started(): boolean;
  report(kind: ProbeKind, outcome: Outcome, runner: ProbeRunner): void;
  /**
   * May repeated successes be counted at once? Only when nobody watches each attempt and the
   * program answers probes the same way, without side effects, until something else happens.
   */
  mayCountSuccessesAtOnce(): boolean;
}

export interface Outcome {
  result: 'success' | 'failure' | 'timeout';
  /** The probe output as pkg/probe returns it (empty on success). */
  output: string;
}

const USER_AGENT = 'kube-probe/1.32';
const SUCCESS: Outcome = { result: 'success', output: '' };

function isNetError(r: HttpResponse | NetError): r is NetError {
  return (r as NetError).error !== undefined;
}

/** Resolves a probe port: a number, or the name of one of the container's ports. */
export function resolvePort(container: Container, port: number | string | undefined): number | undefined {
  if (typeof port === 'number') return port;
  if (port === undefined) return undefined;
  if (/^\d+$/.test(port)) return Number(port);
  return container.ports?.find((p) => p.name === port)?.containerPort;
}

export class ProbeRunner {
  consecutiveFailures = 0;
  consecutiveSuccesses = 0;
  private timer: TimerId | undefined;
  private attempt = 0;
  private stopped = false;
  private readonly tick = () => this.run();

  constructor(
    readonly kind: ProbeKind,
    readonly probe: Probe,
    private readonly target: ProbeTarget,
  ) {}

  get failureThreshold(): number {
    return this.probe.failureThreshold ?? 3;
  }

  get successThreshold(): number {
    return this.probe.successThreshold ?? 1;
  }

  start(): void {
    this.scheduleNext();
  }

  stop(): void {
    this.stopped = true;
    if (this.timer !== undefined) this.target.clock.cancel(this.timer);
    this.timer = undefined;
  }

  private attemptTime(attempt: number): number {
    const p = this.probe;
    return this.target.instance.startedAt + ((p.initialDelaySeconds ?? 0) + attempt * (p.periodSeconds ?? 10)) * 1000;
  }

  private scheduleNext(quiet = false): void {
    if (this.stopped) return;
    this.timer = this.target.clock.schedule(this.attemptTime(this.attempt), this.tick, 'probe', quiet);
    this.attempt++;
  }

  private run(): void {
    this.timer = undefined;
    if (this.stopped || this.target.instance.exited) return;
    if (this.kind !== 'startup' && !this.target.started()) {
      this.scheduleNext();
      return;
    }
    if (this.steady()) {
      this.runSteady();
      return;
    }
    this.scheduleNext();
    if (this.probe.exec)
      this.executeCommand(this.probe.exec.command ?? [], this.probe.timeoutSeconds ?? 1, this.settle);
    else this.settle(this.check());
  }

  /** Past its success threshold, a network probe of a program that answers without side effects. */
  private steady(): boolean {
    return (
      !this.probe.exec && this.consecutiveSuccesses >= this.successThreshold && this.target.mayCountSuccessesAtOnce()
    );
  }

  /**
   * A success here changes nothing, and the answer cannot change while only quiet timers run: the
   * attempts in that stretch are counted at once, as the successes they would be, and the next
   * attempt is the first one after it. Long stretches of simulated time (a `sleep` of days) then
   * cost one attempt per probe instead of one every period. A failure runs as usual.
   */
  private runSteady(): void {
    const outcome = this.check();
    const success = outcome.result === 'success';
    const skipped = success ? this.attemptsWithin(this.target.clock.quietStretch()) : 0;
    this.attempt += skipped;
    this.scheduleNext(success);
    this.consecutiveSuccesses += skipped;
    this.settle(outcome);
  }

  /** How many attempts from the next one on fall before `before` and no later than `through`. */
  private attemptsWithin({ before, through }: { before: number; through: number }): number {
    const inside = (attempt: number) => this.attemptTime(attempt) < before && this.attemptTime(attempt) <= through;
    const periodMs = (this.probe.periodSeconds ?? 10) * 1000;
    if (!(periodMs > 0) || !inside(this.attempt)) return 0;
    const end = Math.min(before, through + 1);
    let last = this.attempt + Math.max(0, Math.floor((end - this.attemptTime(this.attempt)) / periodMs) - 1);
    // The division may be off by one either way in floating point: settle it exactly.
    while (inside(last + 1)) last++;
    while (last > this.attempt && !inside(last)) last--;
    return last - this.attempt + 1;
  }

  private readonly settle = (outcome: Outcome): void => {
    if (this.stopped || this.target.instance.exited) return;
    if (outcome.result === 'success') {
      this.consecutiveSuccesses++;
      this.consecutiveFailures = 0;
    } else {
      this.consecutiveFailures++;
      this.consecutiveSuccesses = 0;
    }
    this.target.report(this.kind, outcome, this);
  };

  /** The network probes, answered at once by the program (prepared once: a probe runs every few seconds for hours). */
  private check(): Outcome {
    const { probe, target } = this;
    const { program } = target.instance;
    try {
      if (probe.httpGet) {
        const http = (this.http ??= this.prepareHttp());
        const response = program.http(http.port, http.request);
        if (isNetError(response)) {
          if (response.error === 'timeout')
            return {
              result: 'timeout',
              output: `Get "${http.url}": context deadline exceeded (Client.Timeout exceeded while awaiting headers)`,
            };
          return {
            result: 'failure',
            output: `Get "${http.url}": dial tcp ${http.host}:${http.port}: connect: connection refused`,
          };
        }
        // pkg/probe/http: 200 ≤ code < 400 is healthy.
        if (response.status >= 200 && response.status < 400) return SUCCESS;
        return { result: 'failure', output: `HTTP probe failed with statuscode: ${response.status}` };
      }
      if (probe.tcpSocket) {
        const port = resolvePort(target.container, probe.tcpSocket.port) ?? 0;
        const host = probe.tcpSocket.host || target.podIP;
        if (program.tcpConnect(port)) return SUCCESS;
        return { result: 'failure', output: `dial tcp ${host}:${port}: connect: connection refused` };
      }
      if (probe.grpc) {
        const port = probe.grpc.port;
        const answer = program.grpcHealth(port, probe.grpc.service ?? '');
        if (answer === 'SERVING') return SUCCESS;
        if (answer === 'NOT_SERVING')
          return { result: 'failure', output: 'service unhealthy (responded with "NOT_SERVING")' };
        return {
          result: 'timeout',
          output: `timeout: failed to connect service "${target.podIP}:${port}" within ${probe.timeoutSeconds ?? 1}s`,
        };
      }
    } catch (error) {
      return { result: 'failure', output: String(error) };
    }
    return { result: 'failure', output: 'unknown probe handler' };
  }

  private http: { port: number; host: string; url: string; request: HttpRequest } | undefined;

  private prepareHttp(): { port: number; host: string; url: string; request: HttpRequest } {
    const get = this.probe.httpGet!;
    const port = resolvePort(this.target.container, get.port) ?? 0;
    const host = get.host || this.target.podIP;
    const scheme = (get.scheme ?? 'HTTP').toLowerCase();
    const path = get.path ?? '/';
    const url = `${scheme}://${host}:${port}${path.startsWith('/') ? '' : '/'}${path}`;
    const headers: Record<string, string> = { 'User-Agent': USER_AGENT, Accept: '*/*' };
    for (const h of get.httpHeaders ?? []) headers[h.name] = h.value;
    return { port, host, url, request: { method: 'GET', path, headers, from: 'probe' } };
  }

  /** exec: success iff exit 0; the output is stdout and stderr combined; past timeoutSeconds it fails. */
  private executeCommand(argv: string[], timeoutSeconds: number, done: (o: Outcome) => void): void {
    const clock = this.target.clock;
    let output = '';
    let settled = false;
    let timeout: TimerId | undefined;
    const settle = (o: Outcome) => {
      if (settled) return;
      settled = true;
      if (timeout !== undefined) clock.cancel(timeout);
      done(o);
    };
    const handle = this.target.instance.program.exec(
      argv,
      {
        stdout: (chunk) => (output += chunk),
        stderr: (chunk) => (output += chunk),
        exit: (code) =>
          settle({ result: code === 0 ? 'success' : 'failure', output: code === 0 ? '' : output.replace(/\n$/, '') }),
      },
      { tty: false, stdin: false },
    );
    if (!settled) {
      timeout = clock.after(
        timeoutSeconds * 1000,
        () => {
          timeout = undefined;
          handle.signal('SIGKILL');
          settle({ result: 'timeout', output: `command "${argv.join(' ')}" timed out` });
        },
        'exec probe timeout',
      );
    }
  }
}
