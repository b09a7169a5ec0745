// The cluster picture's and the timeline's stores, one per session cluster, made on first use and
// shared by every component that draws the cluster (the strip, the full picture, the timeline).

import { useStore } from 'zustand';
import type { ClusterApi } from '../../sim/api';
import { useSession } from '../../app/session-context';
import type { ClockDriver } from '../../app/clock-driver';
import { createClusterViewStore, type ClusterViewStore } from '../../app/cluster-view-store';
import { createProbeTimelineStore, type ProbeTimelineStore } from '../../app/probe-timeline-store';

const views = new WeakMap<ClusterApi, ClusterViewStore>();
const timelines = new WeakMap<ClusterApi, ProbeTimelineStore>();

export function useClusterView(): ClusterViewStore {
  const { cluster } = useSession();
  let store = views.get(cluster);
  if (!store) {
    store = createClusterViewStore(cluster);
    views.set(cluster, store);
  }
  return store;
}

export function useProbeTimeline(): ProbeTimelineStore {
  const { cluster } = useSession();
  let store = timelines.get(cluster);
  if (!store) {
    store = createProbeTimelineStore(cluster);
    timelines.set(cluster, store);
  }
  return store;
}

/** The simulated time in whole seconds: components showing ages re-render once a simulated second. */
export function useSimSecond(): number {
  const driver: ClockDriver = useSession().clockDriver;
  return useStore(driver, (s) => Math.floor(s.now / 1000) * 1000);
}
