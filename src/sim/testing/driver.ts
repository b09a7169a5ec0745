// A chainable driver for tests across the project:
//   const sim = simulate({ seed: 7 }).apply(podManifest).advance('30s');
//   sim.pod('kuard').status?.phase; sim.events('kuard'); sim.reasons('kuard')
// Time strings: "500ms", "30s", "2m", "1h". Errors from apply/delete throw, so a test that expects
// success fails loudly; use `sim.cluster` directly to test error paths.
import type { Event, Pod } from 'kubernetes-types/core/v1';
import { createCluster, type Cluster, type ClusterOptions } from '../index';
import type { DeleteOptions, KubeObject } from '../api';
import type { ProbeResult } from '../kubelet/prober';
import { createFakeCatalog } from './fake-images';

export function parseDuration(text: string | number): number {
  if (typeof text === 'number') return text;
  const m = /^(\d+(?:\.\d+)?)(ms|s|m|h)$/.exec(text.trim());
  if (!m) throw new Error(`bad duration "${text}"`);
  const unit = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[m[2] as 'ms' | 's' | 'm' | 'h'];
  return Math.round(Number(m[1]) * unit);
}

export class SimDriver {
  readonly cluster: Cluster;
  readonly start: number;
  readonly probes: ProbeResult[] = [];

  constructor(opts: ClusterOptions) {
    // No kube-system add-ons by default: their probes and events would crowd the tests' own.
    this.cluster = createCluster({ images: createFakeCatalog(), systemPods: false, ...opts });
    this.start = this.cluster.clock.now();
    this.cluster.onProbe((r) => this.probes.push(r));
  }

  /** Creates the object, or updates it when it exists (like `kubectl apply` without the merge). */
  apply(obj: object): this {
    const o = obj as KubeObject;
    const existing = this.cluster.get(o.kind as 'Pod', o.metadata?.namespace, o.metadata?.name ?? '');
    const result = existing.ok
      ? this.cluster.update({ ...existing.value, ...o, metadata: { ...existing.value.metadata, ...o.metadata } })
      : this.cluster.create(obj);
    if (!result.ok) throw new Error(result.error.message);
    return this;
  }

  delete(name: string, opts?: DeleteOptions & { namespace?: string }): this {
    const result = this.cluster.delete('Pod', opts?.namespace ?? 'default', name, opts);
    if (!result.ok) throw new Error(result.error.message);
    return this;
  }

  advance(by: string | number): this {
    this.cluster.clock.advanceBy(parseDuration(by));
    return this;
  }

  /** Moves to `at` after the start (e.g. "45s"). */
  advanceTo(at: string | number): this {
    this.cluster.clock.advanceTo(this.start + parseDuration(at));
    return this;
  }

  /** Milliseconds since the driver started. */
  elapsed(): number {
    return this.cluster.clock.now() - this.start;
  }

  pod(name: string, namespace = 'default'): Pod {
    const result = this.cluster.get('Pod', namespace, name);
    if (!result.ok) throw new Error(result.error.message);
    return result.value as Pod;
  }

  podOrUndefined(name: string, namespace = 'default'): Pod | undefined {
    const result = this.cluster.get('Pod', namespace, name);
    return result.ok ? (result.value as Pod) : undefined;
  }

  /** Events about a Pod (by name), oldest first. */
  events(name: string, namespace = 'default'): Event[] {
    const result = this.cluster.list('Event', namespace, { fieldSelector: `involvedObject.name=${name}` });
    if (!result.ok) throw new Error(result.error.message);
    return (result.value as Event[]).sort(
      (a, b) => Number(a.metadata.resourceVersion) - Number(b.metadata.resourceVersion),
    );
  }

  /** "Reason: message" of each event about a Pod, in creation order. */
  reasons(name: string, namespace = 'default'): string[] {
    return this.events(name, namespace).map((e) => `${e.reason}: ${e.message}`);
  }
}

export function simulate(opts: ClusterOptions = {}): SimDriver {
  return new SimDriver(opts);
}

/** A minimal Pod manifest for tests. */
export function podManifest(
  name: string,
  container: Record<string, unknown>,
  spec: Record<string, unknown> = {},
): object {
  return { apiVersion: 'v1', kind: 'Pod', metadata: { name }, spec: { containers: [{ name, ...container }], ...spec } };
}
