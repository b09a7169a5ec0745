// What metrics-server would answer for `kubectl top pod`: the kubelets' container figures, but
// only for Pods it has scraped long enough to compute a CPU rate for every running container.
//
// metrics-server scrapes every kubelet once per --metric-resolution (15s in its released
// components.yaml; the flag's own default is 60s). A CPU rate needs two points per container
// (pkg/storage/pod.go podStorage.Store): a container first seen 10s or more after it started gets
// a synthetic zero point at its start time; one seen sooner waits for the next scrape. GetMetrics
// leaves out a Pod while any of its containers lacks a rate. So a container's figures appear at
// the first scrape at least 10s after it (re)started: 10 to 25 seconds later.

import type { Pod } from 'kubernetes-types/core/v1';
import type { PodMetrics } from './api';

import { FRESH_CONTAINER_MIN_MS, METRIC_RESOLUTION_MS } from './timing';

export { FRESH_CONTAINER_MIN_MS, METRIC_RESOLUTION_MS };

/** When metrics-server last scraped: scrapes fall on whole multiples of the resolution. */
export function lastScrape(now: number): number {
  return Math.floor(now / METRIC_RESOLUTION_MS) * METRIC_RESOLUTION_MS;
}

/** Keeps the Pods whose every reported container started at least FRESH_CONTAINER_MIN before the last scrape. */
export function scrapedPodMetrics(metrics: PodMetrics[], pods: Pod[], now: number): PodMetrics[] {
  const scrape = lastScrape(now);
  const byKey = new Map(pods.map((p) => [`${p.metadata?.namespace}/${p.metadata?.name}`, p]));
  return metrics.filter((m) => {
    const pod = byKey.get(`${m.namespace}/${m.name}`);
    const statuses = pod?.status?.containerStatuses ?? [];
    return m.containers.every((c) => {
      const startedAt = statuses.find((s) => s.name === c.name)?.state?.running?.startedAt;
      const started = startedAt ? Date.parse(startedAt) : Number.NaN;
      return !Number.isNaN(started) && scrape - started >= FRESH_CONTAINER_MIN_MS;
    });
  });
}
