// The probe timeline: one group of rows per Pod (by uid), time running left to right. Probe checks
// are ticks (pass, fail, timeout) on a labelled row per probe, with the failure count against
// failureThreshold; kills, terminations, restarts and back-off boxes sit on the container's row,
// under a green band while it was Ready (PodLanes.tsx). It follows the clock, or stays where the
// scrubber put it.
//
// Moving with the clock costs no React render: marks are placed at absolute times and one CSS
// variable slides every lane; lanes re-render only when they gain a mark.

import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { useSession } from '../../app/session-context';
import type { Lane } from '../../app/probe-timeline';
import { useProbeTimeline, useSimSecond } from '../cluster/use-cluster';
import { formatElapsed } from '../clock/format-time';
import { Axis, PodLanes, type TrackScale } from './PodLanes';
import '../clock/theme.css';
import './timeline.css';

const WINDOWS = [
  { label: '1 min', ms: 60_000 },
  { label: '2 min', ms: 120_000 },
  { label: '5 min', ms: 300_000 },
  { label: '15 min', ms: 900_000 },
];
const MAX_PODS = 12;
const LABEL_WIDTH = 210;
const NARROW_LABEL_WIDTH = 120;

export function ProbeTimeline({ focusPod }: { focusPod?: string }) {
  const { clockDriver } = useSession();
  const timeline = useProbeTimeline();
  const allLanes = useStore(timeline, (s) => s.lanes);
  const firstTime = useStore(timeline, (s) => s.firstTime);
  const startedAt = useStore(clockDriver, (s) => s.startedAt);
  const [windowMs, setWindowMs] = useState(120_000);
  const [scrubbedTo, setScrubbedTo] = useState<number | undefined>(undefined); // undefined: follow the clock
  const [showAll, setShowAll] = useState(false);
  const [width, setWidth] = useState(600);
  const [labelWidth, setLabelWidth] = useState(LABEL_WIDTH);
  const tracks = useRef<HTMLDivElement>(null);

  // Measure the drawable width once and on resize (never per frame).
  useLayoutEffect(() => {
    const el = tracks.current;
    if (!el) return;
    const measure = () => {
      const label = el.clientWidth < 560 ? NARROW_LABEL_WIDTH : LABEL_WIDTH;
      setLabelWidth(label);
      setWidth(Math.max(160, el.clientWidth - label));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const pxPerMs = width / windowMs;
  // Marks are drawn relative to the session start; the window's right edge is `end`.
  // Re-slicing happens per "page" (a window's width of time), not per frame.
  // Pages count from the session start, like the axis labels and the marks' positions.
  const followPage = useStore(clockDriver, (s) =>
    scrubbedTo === undefined ? Math.floor((s.now - startedAt) / windowMs) : 0,
  );
  const page = scrubbedTo === undefined ? followPage : Math.floor((scrubbedTo - startedAt) / windowMs);
  const sliceFrom = (page - 1) * windowMs;
  const sliceTo = (page + 2) * windowMs;

  // Slide all lanes with the clock by setting one CSS variable outside React.
  useEffect(() => {
    const el = tracks.current;
    if (!el) return;
    // While the session is younger than the window, its start stays at the left edge. The part of
    // the view after "now" is covered, so open bands (Ready, back-off) do not run into the future.
    // Transforms are set on the few track elements directly: changing an inherited custom property
    // on the container would restyle every tick below it on every frame.
    const apply = (now: number) => {
      const end = scrubbedTo ?? now;
      const shift = Math.max(0, (end - startedAt) * pxPerMs - width);
      const transform = `translateX(${(-shift).toFixed(1)}px)`;
      for (const track of el.querySelectorAll<HTMLElement>('.pl-lane-row__track')) track.style.transform = transform;
      const future = el.querySelector<HTMLElement>('.pl-timeline__future');
      if (future)
        future.style.transform = `translateX(${Math.min(width, (now - startedAt) * pxPerMs - shift).toFixed(1)}px)`;
    };
    apply(clockDriver.getState().now);
    if (scrubbedTo !== undefined) return;
    return clockDriver.subscribe((s) => apply(s.now));
  }, [clockDriver, scrubbedTo, pxPerMs, width, startedAt]);

  const pods = useMemo(() => {
    const focused = focusPod ? allLanes.filter((l) => `${l.namespace}/${l.pod}` === focusPod && !l.gone) : [];
    // kube-system's containers (DNS, kube-proxy) are not the lesson's: shown only when their Pod is selected.
    const rest = allLanes.filter((l) => !focused.includes(l) && l.namespace !== 'kube-system');
    return groupByPod([...focused, ...rest]);
  }, [allLanes, focusPod]);
  const shown = showAll ? pods : pods.slice(0, MAX_PODS);
  const scale: TrackScale = useMemo(
    () => ({ origin: startedAt, pxPerMs, from: sliceFrom, to: sliceTo }),
    [startedAt, pxPerMs, sliceFrom, sliceTo],
  );

  return (
    <section className="pl-timeline pl-viz" aria-label="Probe timeline">
      <header className="pl-timeline__bar">
        <h3>Probe timeline</h3>
        <Legend />
        <label className="pl-timeline__window">
          <span className="pl-muted">Window</span>
          <select value={windowMs} onChange={(e) => setWindowMs(Number(e.target.value))} aria-label="Time window shown">
            {WINDOWS.map((w) => (
              <option key={w.ms} value={w.ms}>
                {w.label}
              </option>
            ))}
          </select>
        </label>
      </header>
      <Scrubber min={firstTime ?? startedAt} startedAt={startedAt} scrubbedTo={scrubbedTo} onScrub={setScrubbedTo} />
      <div
        className="pl-timeline__tracks"
        ref={tracks}
        style={{ '--pl-tl-label': `${labelWidth}px` } as React.CSSProperties}
      >
        <div className="pl-timeline__future" aria-hidden="true" />
        <Axis scale={scale} windowMs={windowMs} />
        {shown.length === 0 && (
          <p className="pl-muted pl-small pl-timeline__empty">
            No containers yet. Create a Pod to see its probes here.
          </p>
        )}
        {shown.map((lanes) => (
          <PodLanes
            key={lanes[0]!.uid}
            lanes={lanes}
            scale={scale}
            focused={!lanes[0]!.gone && focusPod === `${lanes[0]!.namespace}/${lanes[0]!.pod}`}
          />
        ))}
      </div>
      {pods.length > MAX_PODS && (
        <button type="button" className="pl-chip pl-timeline__more" onClick={() => setShowAll((v) => !v)}>
          {showAll ? `Show the first ${MAX_PODS} Pods` : `Show all ${pods.length} Pods`}
        </button>
      )}
    </section>
  );
}

/** The slider over the past: at its right end the timeline follows the clock ("Live"). */
function Scrubber({
  min,
  startedAt,
  scrubbedTo,
  onScrub,
}: {
  min: number;
  startedAt: number;
  scrubbedTo: number | undefined;
  onScrub(to: number | undefined): void;
}) {
  const now = useSimSecond();
  const at = Math.min(scrubbedTo ?? now, now);
  return (
    <div className="pl-timeline__scrub">
      <input
        type="range"
        aria-label="Look back in time"
        min={Math.min(min, now)}
        max={now}
        step={1000}
        value={at}
        aria-valuetext={formatElapsed(at - startedAt)}
        onChange={(e) => {
          const v = Number(e.target.value);
          onScrub(v >= now ? undefined : v);
        }}
      />
      <span className="pl-timeline__at">{formatElapsed(at - startedAt)}</span>
      <button
        type="button"
        className="pl-chip"
        aria-pressed={scrubbedTo === undefined}
        onClick={() => onScrub(undefined)}
      >
        Live
      </button>
    </div>
  );
}

function Legend() {
  return (
    <ul className="pl-timeline__legend" aria-label="Legend">
      <li>
        <span className="pl-tick" data-result="success" /> pass
      </li>
      <li>
        <span className="pl-tick" data-result="failure" /> fail
      </li>
      <li>
        <span className="pl-tick" data-result="timeout" /> timeout
      </li>
      <li>
        <span className="pl-legend-kill" /> kill
      </li>
      <li>
        <span className="pl-legend-backoff" /> back-off
      </li>
      <li>
        <span className="pl-legend-ready" /> Ready
      </li>
      <li>
        <span className="pl-legend-delay" /> initial delay
      </li>
      <li>
        <span className="pl-legend-grace" /> grace period
      </li>
    </ul>
  );
}

/** The lanes of each Pod together, in the order given (the store keeps a Pod's lanes adjacent). */
function groupByPod(lanes: readonly Lane[]): Lane[][] {
  const groups = new Map<string, Lane[]>();
  for (const lane of lanes) {
    const group = groups.get(lane.uid);
    if (group) group.push(lane);
    else groups.set(lane.uid, [lane]);
  }
  return [...groups.values()];
}
