// One Pod of the probe timeline: a heading row with its name, then per container a row of its
// life (started, killed with the grace period it was given, terminated, back-off boxes with their
// length, a green band only while it was Ready) and one labelled row per probe ("liveness GET
// /healthy every 10 s"), its initial delay shaded after each start. Marks sit at absolute times;
// the parent slides every track with one transform per frame.

import { memo } from 'react';
import {
  backoffLength,
  describeMark,
  firstMarkAtOrAfter,
  graceSpans,
  initialDelaySpans,
  readyBands,
  type Lane,
  type LaneMark,
  type ProbeResult,
} from '../../app/probe-timeline';
import { formatElapsed } from '../clock/format-time';

const PROBE_ORDER: readonly ProbeResult['probe'][] = ['startup', 'liveness', 'readiness'];

/** What every row of a Pod needs to place its marks. */
export interface TrackScale {
  origin: number;
  pxPerMs: number;
  /** The slice of time drawn, relative to `origin` (a few windows around the one in view). */
  from: number;
  to: number;
}

export const PodLanes = memo(PodLanesView, (a, b) => {
  // A new grouping every time any lane changes; this Pod redraws only when one of its own lanes did.
  if (a.scale !== b.scale || a.focused !== b.focused || a.lanes.length !== b.lanes.length) return false;
  return a.lanes.every((lane, i) => lane === b.lanes[i]);
});

function PodLanesView({
  lanes,
  scale,
  focused,
}: {
  /** The lanes of one Pod (one uid), in container order. */
  lanes: readonly Lane[];
  scale: TrackScale;
  focused: boolean;
}) {
  const first = lanes[0]!;
  const gone = first.gone ?? false;
  const name = `Pod ${first.pod}${gone ? ' (deleted)' : ''}`;
  return (
    <div
      className="pl-tl-pod"
      role="group"
      aria-label={name}
      data-pod={`${first.namespace}/${first.pod}`}
      data-uid={first.uid}
      data-focused={focused}
      data-gone={gone}
    >
      <div className="pl-tl-pod__head">
        <span className="pl-lane-row__pod">{first.pod}</span>
        <span className="pl-muted pl-small" title={`uid ${first.uid}`}>
          uid {first.uid.slice(0, 8)}
        </span>
        {gone && <span className="pl-badge pl-small">deleted</span>}
      </div>
      {lanes.map((lane) => (
        <ContainerRows key={lane.key} lane={lane} scale={scale} />
      ))}
    </div>
  );
}

function ContainerRows({ lane, scale }: { lane: Lane; scale: TrackScale }) {
  const lo = firstMarkAtOrAfter(lane.marks, scale.origin + scale.from);
  const hi = firstMarkAtOrAfter(lane.marks, scale.origin + scale.to);
  const visible = lane.marks.slice(lo, hi);
  const seen = new Set(lane.marks.flatMap((m) => (m.kind === 'probe' ? [m.probe] : [])));
  const kinds = PROBE_ORDER.filter((k) => lane.probeSpecs?.[k] || seen.has(k));
  const restarts = lane.marks.filter((m) => m.kind === 'started' && m.restartCount > 0).length;
  const summary =
    `container ${lane.container}: ${lane.ready ? 'Ready' : 'not Ready'}, ${restarts} restarts seen` +
    (kinds.length === 0 ? ', no probes' : '');
  return (
    <>
      <Row label={`container ${lane.container}`} aria={summary} kind="life">
        <LifeTrack lane={lane} visible={visible} scale={scale} />
      </Row>
      {kinds.map((kind) => {
        const spec = lane.probeSpecs?.[kind];
        const label = spec?.label ?? `${kind} probe`;
        const ticks = visible.filter((m) => m.kind === 'probe' && m.probe === kind);
        const failures = ticks.filter((m) => m.kind === 'probe' && m.result !== 'success').length;
        return (
          <Row key={kind} label={label} aria={`${label}: ${failures} failed checks in view`} kind={kind}>
            {initialDelaySpans(lane.marks, spec?.initialDelayMs ?? 0).map(([a, b]) => (
              <Span key={a} className="pl-shade-delay" a={a} b={b} scale={scale}>
                {`initial delay ${(b - a) / 1000} s`}
              </Span>
            ))}
            <ProbeTicks ticks={ticks} lane={lane} scale={scale} />
          </Row>
        );
      })}
    </>
  );
}

function Row({
  label,
  aria,
  kind,
  children,
}: {
  label: string;
  aria: string;
  kind: string;
  children: React.ReactNode;
}) {
  return (
    <div className="pl-lane-row" data-row={kind} tabIndex={0} aria-label={aria}>
      <div className="pl-lane-row__label" title={label}>
        {label}
      </div>
      <div className="pl-lane-row__view">
        <div className="pl-lane-row__track">{children}</div>
      </div>
    </div>
  );
}

const x = (time: number, scale: TrackScale) => (time - scale.origin) * scale.pxPerMs;

function Span({
  className,
  a,
  b,
  scale,
  title,
  children,
}: {
  className: string;
  a: number;
  b: number;
  scale: TrackScale;
  title?: string;
  children?: React.ReactNode;
}) {
  return (
    <span
      className={className}
      style={{ left: `${x(a, scale)}px`, width: `${Math.max(2, x(b, scale) - x(a, scale))}px` }}
      title={title ?? (typeof children === 'string' ? children : undefined)}
    >
      {children}
    </span>
  );
}

function LifeTrack({ lane, visible, scale }: { lane: Lane; visible: readonly LaneMark[]; scale: TrackScale }) {
  const openEnd = scale.origin + scale.to;
  return (
    <>
      {readyBands(lane.marks, openEnd).map(([a, b]) => (
        <Span key={a} className="pl-band-ready" a={a} b={b} scale={scale} title="Ready" />
      ))}
      {graceSpans(lane.marks, lane.graceMs ?? 30_000).map(([a, b]) => (
        <Span key={a} className="pl-shade-grace" a={a} b={b} scale={scale}>
          {`grace period (${Math.round((b - a) / 100) / 10} s)`}
        </Span>
      ))}
      {visible.map((mark, i) => {
        if (mark.kind === 'probe' || mark.kind === 'ready') return null;
        const left = x(mark.time, scale);
        const title = describeMark(mark, lane);
        const key = `${mark.kind}:${mark.time}:${i}`;
        switch (mark.kind) {
          case 'backoff': {
            const width = x(mark.until ?? openEnd, scale) - left;
            return (
              <span
                key={key}
                className="pl-backoff"
                data-kind="backoff"
                style={{ left: `${left}px`, width: `${Math.max(2, width)}px` }}
                title={title}
              >
                {`back-off ${backoffLength(mark) ?? ''}`.trimEnd()}
              </span>
            );
          }
          case 'kill':
            return <span key={key} className="pl-kill" data-kind="kill" style={{ left: `${left}px` }} title={title} />;
          case 'terminated':
            return (
              <span
                key={key}
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
                key={key}
                className="pl-started"
                data-kind="started"
                data-restart={mark.restartCount}
                style={{ left: `${left}px` }}
                title={title}
              >
                {mark.restartCount > 0 ? `↻${mark.restartCount}` : '▶'}
              </span>
            );
        }
      })}
    </>
  );
}

/** A failure count ("2/3") is this wide; a closer next tick would overprint it. */
const COUNT_WIDTH_PX = 24;

function ProbeTicks({ ticks, lane, scale }: { ticks: readonly LaneMark[]; lane: Lane; scale: TrackScale }) {
  let lastCountAt = -Infinity;
  // Of two counts that would collide, the later one is shown (3/3 is the check that killed).
  const shown = new Set<number>();
  for (let i = ticks.length - 1; i >= 0; i--) {
    const mark = ticks[i]!;
    if (mark.kind !== 'probe' || mark.result === 'success') continue;
    const at = x(mark.time, scale);
    if (lastCountAt - at >= COUNT_WIDTH_PX) shown.add(i);
    else if (lastCountAt === -Infinity) shown.add(i);
    else continue;
    lastCountAt = at;
  }
  return (
    <>
      {ticks.map((mark, i) =>
        mark.kind === 'probe' ? (
          <span
            key={`${mark.time}:${i}`}
            className="pl-tick"
            data-kind="probe"
            data-probe={mark.probe}
            data-result={mark.result}
            style={{ left: `${x(mark.time, scale)}px` }}
            title={describeMark(mark, lane)}
          >
            {shown.has(i) && (
              <span className="pl-tick__count">{`${mark.consecutiveFailures}/${mark.failureThreshold}`}</span>
            )}
          </span>
        ) : null,
      )}
    </>
  );
}

export const Axis = memo(function Axis({ scale, windowMs }: { scale: TrackScale; windowMs: number }) {
  const stepMs = windowMs <= 60_000 ? 10_000 : windowMs <= 120_000 ? 20_000 : windowMs <= 300_000 ? 60_000 : 180_000;
  const ticks: number[] = [];
  for (let t = Math.ceil(scale.from / stepMs) * stepMs; t <= scale.to; t += stepMs) if (t >= 0) ticks.push(t);
  return (
    <div className="pl-lane-row pl-lane-row--axis" aria-hidden="true">
      <div className="pl-lane-row__label" />
      <div className="pl-lane-row__view">
        <div className="pl-lane-row__track">
          {ticks.map((t) => (
            <span key={t} className="pl-axis-tick" style={{ left: `${t * scale.pxPerMs}px` }}>
              {formatElapsed(t)}
            </span>
          ))}
        </div>
      </div>
    </div>
  );
});
