// The probe timeline: one lane per container, time running left to right. Probe checks are ticks
// (pass, fail, timeout) on a row per probe kind, with the failure count against failureThreshold;
// kills, terminations, restarts and back-off gaps sit on the same lane; a green band shows when the
// container was Ready. It follows the clock, or stays where the scrubber put it.
//
// Moving with the clock costs no React render: marks are placed at absolute times and one CSS
// variable slides every lane; lanes re-render only when they gain a mark.

import { memo, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { useSession } from '../../app/session-context';
import { describeMark, firstMarkAtOrAfter, type Lane, type LaneMark } from '../../app/probe-timeline';
import { useProbeTimeline, useSimSecond } from '../cluster/use-cluster';
import { formatElapsed } from '../clock/format-time';
import '../clock/theme.css';
import './timeline.css';

const WINDOWS = [
  { label: '1 min', ms: 60_000 },
  { label: '2 min', ms: 120_000 },
  { label: '5 min', ms: 300_000 },
  { label: '15 min', ms: 900_000 },
];
const MAX_LANES = 24;
const LABEL_WIDTH = 150;

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
  const tracks = useRef<HTMLDivElement>(null);

  // Measure the drawable width once and on resize (never per frame).
  useLayoutEffect(() => {
    const el = tracks.current;
    if (!el) return;
    const measure = () => setWidth(Math.max(200, el.clientWidth - LABEL_WIDTH));
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

  const lanes = useMemo(() => {
    const focused = focusPod ? allLanes.filter((l) => `${l.namespace}/${l.pod}` === focusPod) : [];
    // kube-system's containers (DNS, kube-proxy) are not the lesson's: shown only when their Pod is selected.
    const rest = allLanes.filter((l) => !focused.includes(l) && l.namespace !== 'kube-system');
    return [...focused, ...rest];
  }, [allLanes, focusPod]);
  const shown = showAll ? lanes : lanes.slice(0, MAX_LANES);

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
        style={{ '--pl-tl-label': `${LABEL_WIDTH}px` } as React.CSSProperties}
      >
        <div className="pl-timeline__future" aria-hidden="true" />
        <Axis from={sliceFrom} to={sliceTo} pxPerMs={pxPerMs} windowMs={windowMs} />
        {shown.length === 0 && (
          <p className="pl-muted pl-small pl-timeline__empty">
            No containers yet. Create a Pod to see its probes here.
          </p>
        )}
        {shown.map((lane) => (
          <LaneRow
            key={lane.key}
            lane={lane}
            origin={startedAt}
            pxPerMs={pxPerMs}
            from={sliceFrom}
            to={sliceTo}
            focused={focusPod === `${lane.namespace}/${lane.pod}`}
          />
        ))}
      </div>
      {lanes.length > MAX_LANES && (
        <button type="button" className="pl-chip pl-timeline__more" onClick={() => setShowAll((v) => !v)}>
          {showAll ? `Show the first ${MAX_LANES} lanes` : `Show all ${lanes.length} lanes`}
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
    </ul>
  );
}

const Axis = memo(function Axis({
  from,
  to,
  pxPerMs,
  windowMs,
}: {
  from: number;
  to: number;
  pxPerMs: number;
  windowMs: number;
}) {
  const stepMs = windowMs <= 60_000 ? 10_000 : windowMs <= 120_000 ? 20_000 : windowMs <= 300_000 ? 60_000 : 180_000;
  const ticks: number[] = [];
  for (let t = Math.ceil(from / stepMs) * stepMs; t <= to; t += stepMs) if (t >= 0) ticks.push(t);
  return (
    <div className="pl-lane-row pl-lane-row--axis" aria-hidden="true">
      <div className="pl-lane-row__label" />
      <div className="pl-lane-row__view">
        <div className="pl-lane-row__track">
          {ticks.map((t) => (
            <span key={t} className="pl-axis-tick" style={{ left: `${t * pxPerMs}px` }}>
              {formatElapsed(t)}
            </span>
          ))}
        </div>
      </div>
    </div>
  );
});

const PROBE_ROW: Record<string, number> = { startup: 0, liveness: 1, readiness: 2 };

const LaneRow = memo(function LaneRow({
  lane,
  origin,
  pxPerMs,
  from,
  to,
  focused,
}: {
  lane: Lane;
  origin: number;
  pxPerMs: number;
  from: number;
  to: number;
  focused: boolean;
}) {
  const x = (time: number) => (time - origin) * pxPerMs;
  const lo = firstMarkAtOrAfter(lane.marks, origin + from);
  const hi = firstMarkAtOrAfter(lane.marks, origin + to);
  const visible = lane.marks.slice(lo, hi);
  const crowded = crowdedCounts(visible, x);
  const readyBands = bands(lane.marks, origin + to, (m) => (m.kind === 'ready' ? m.ready : undefined));
  const probes = new Set(lane.marks.filter((m) => m.kind === 'probe').map((m) => (m as { probe: string }).probe));
  const restarts = lane.marks.filter((m) => m.kind === 'started' && m.restartCount > 0).length;
  const failures = visible.filter((m) => m.kind === 'probe' && m.result !== 'success').length;
  const summary =
    `${lane.pod} / ${lane.container}: ${lane.ready ? 'ready' : 'not ready'}, ` +
    `${failures} failed probe checks in view, ${restarts} restarts seen` +
    (probes.size ? `; probes: ${[...probes].join(', ')}` : '; no probes');
  return (
    <div
      className="pl-lane-row"
      data-lane={lane.key}
      data-focused={focused}
      data-gone={lane.gone ?? false}
      tabIndex={0}
      aria-label={lane.gone ? `${summary} (Pod deleted)` : summary}
    >
      <div className="pl-lane-row__label" title={lane.key}>
        <span className="pl-dot" data-tone={lane.ready ? 'ok' : 'warn'} aria-hidden="true" />
        <span className="pl-lane-row__pod">{lane.pod}</span>
        <span className="pl-muted">{lane.container}</span>
        {lane.gone && <span className="pl-muted pl-small">deleted</span>}
      </div>
      <div className="pl-lane-row__view">
        <div className="pl-lane-row__track">
          {readyBands.map(([a, b]) => (
            <span
              key={a}
              className="pl-band-ready"
              style={{ left: `${x(a)}px`, width: `${Math.max(1, x(b) - x(a))}px` }}
              title="Ready"
            />
          ))}
          {visible.map((mark, i) => (
            <Mark
              key={`${mark.kind}:${mark.time}:${i}`}
              mark={mark}
              lane={lane}
              left={x(mark.time)}
              showCount={!crowded.has(i)}
              width={mark.kind === 'backoff' ? x(mark.until ?? origin + to) - x(mark.time) : 0}
            />
          ))}
        </div>
      </div>
    </div>
  );
});

/** A failure count ("2/3") is this wide; a closer next tick on the same row would overprint it. */
const COUNT_WIDTH_PX = 24;

/** Indexes of failed ticks whose count would overprint a neighbour on their row (the tick's title still says it). */
function crowdedCounts(marks: readonly LaneMark[], x: (time: number) => number): Set<number> {
  const crowded = new Set<number>();
  const lastOnRow = new Map<string, number>();
  marks.forEach((mark, i) => {
    if (mark.kind !== 'probe') return;
    const before = lastOnRow.get(mark.probe);
    const previous = before === undefined ? undefined : marks[before];
    if (before !== undefined && previous?.kind === 'probe' && x(mark.time) - x(previous.time) < COUNT_WIDTH_PX) {
      // Of two counts that collide, the higher one tells more (3/3 is the check that killed).
      if (previous.consecutiveFailures > mark.consecutiveFailures) {
        crowded.add(i);
        return;
      }
      crowded.add(before);
    }
    lastOnRow.set(mark.probe, i);
  });
  return crowded;
}

function Mark({
  mark,
  lane,
  left,
  width,
  showCount,
}: {
  mark: LaneMark;
  lane: Lane;
  left: number;
  width: number;
  showCount: boolean;
}) {
  const title = describeMark(mark, lane);
  switch (mark.kind) {
    case 'probe':
      return (
        <span
          className="pl-tick"
          data-kind="probe"
          data-probe={mark.probe}
          data-result={mark.result}
          style={{ left: `${left}px`, top: `${6 + PROBE_ROW[mark.probe]! * 11}px` }}
          title={title}
        >
          {showCount && mark.result !== 'success' && (
            <span className="pl-tick__count">{`${mark.consecutiveFailures}/${mark.failureThreshold}`}</span>
          )}
        </span>
      );
    case 'backoff':
      return (
        <span
          className="pl-backoff"
          data-kind="backoff"
          style={{ left: `${left}px`, width: `${Math.max(2, width)}px` }}
          title={title}
        />
      );
    case 'kill':
      return <span className="pl-kill" data-kind="kill" style={{ left: `${left}px` }} title={title} />;
    case 'terminated':
      return (
        <span
          className="pl-terminated"
          data-kind="terminated"
          data-reason={mark.reason}
          style={{ left: `${left}px` }}
          title={title}
        />
      );
    case 'started':
      return (
        <span
          className="pl-started"
          data-kind="started"
          data-restart={mark.restartCount}
          style={{ left: `${left}px` }}
          title={title}
        >
          {mark.restartCount > 0 ? `↻${mark.restartCount}` : '▶'}
        </span>
      );
    case 'ready':
      return null; // drawn as bands
  }
}

/** Time spans where a boolean carried by some marks was true; an open span runs to `openEnd`. */
function bands(
  marks: readonly LaneMark[],
  openEnd: number,
  value: (m: LaneMark) => boolean | undefined,
): [number, number][] {
  const out: [number, number][] = [];
  let since: number | undefined;
  for (const m of marks) {
    const v = value(m);
    if (v === undefined) continue;
    if (v && since === undefined) since = m.time;
    if (!v && since !== undefined) {
      out.push([since, m.time]);
      since = undefined;
    }
  }
  if (since !== undefined) out.push([since, Math.max(since, openEnd)]);
  return out;
}
