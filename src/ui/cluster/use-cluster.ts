// The cluster picture's and the timeline's stores, one per session cluster, made on first use and
// shared by every component that draws the cluster (the strip, the full picture, the timeline).

import { useStore, type StoreApi } from 'zustand';
import { createStore } from 'zustand/vanilla';
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

/**
 * The simulated time for texts that show ages and countdowns, in whole seconds, refreshed at most
 * four times per real second while playing (at 30x a simulated second passes every two frames; no
 * one reads a number that fast, and a hundred cards redrawing it would cost the frame rate).
 * A pause, a step or a skip shows at once.
 */
export function useSimSecond(): number {
  const driver: ClockDriver = useSession().clockDriver;
  return useStore(ticker(driver), (s) => s.now);
}

const REFRESH_MS = 250;
const tickers = new WeakMap<ClockDriver, StoreApi<{ now: number }>>();

function ticker(driver: ClockDriver): StoreApi<{ now: number }> {
  let store = tickers.get(driver);
  if (store) return store;
  const second = (now: number) => Math.floor(now / 1000) * 1000;
  const made = createStore<{ now: number }>()(() => ({ now: second(driver.getState().now) }));
  let lastRealMs = 0;
  driver.subscribe((state) => {
    const now = second(state.now);
    if (now === made.getState().now) return;
    const real = performance.now();
    if (state.playing && real - lastRealMs < REFRESH_MS) return;
    lastRealMs = real;
    made.setState({ now });
  });
  tickers.set(driver, made);
  store = made;
  return store;
}
