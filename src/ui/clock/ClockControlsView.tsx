// The clock controls, given a driver: play/pause, step to the next event, the speeds, the skips and
// the simulated time. Every control is a real button with an accessible name; the time text is the
// only part that re-renders on every frame.

import { useEffect, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { CLOCK_SKIPS, CLOCK_SPEEDS, type ClockDriver } from '../../app/clock-driver';
import type { ClusterApi } from '../../sim/api';
import { stepAndReport } from '../../app/step-report';
import { CLOCK_SHORTCUTS, clockActionFor, type ClockAction } from './clock-shortcuts';
import { formatElapsed, formatTimeOfDay } from './format-time';
import './clock.css';

/** How long the sentence about a step stays up (real time), unless the clock moves on first. */
const STEP_REPORT_MS = 12_000;

export function ClockControlsView({
  driver,
  cluster,
  shortcuts = true,
}: {
  driver: ClockDriver;
  /** With the cluster, a step says what it stepped to. */
  cluster?: ClusterApi;
  shortcuts?: boolean;
}) {
  const playing = useStore(driver, (s) => s.playing);
  const speed = useStore(driver, (s) => s.speed);
  const [showHelp, setShowHelp] = useState(false);
  const [stepped, setStepped] = useState<string>();
  const hideTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const step = () => {
    const startedAt = driver.getState().startedAt;
    if (!cluster) return void driver.getState().step();
    const report = stepAndReport(cluster, driver, (now) => formatElapsed(now - startedAt));
    setStepped(report.text);
    clearTimeout(hideTimer.current);
    hideTimer.current = setTimeout(() => setStepped(undefined), STEP_REPORT_MS);
  };
  useEffect(() => () => clearTimeout(hideTimer.current), []);
  // Playing again makes the sentence stale.
  useEffect(() => {
    if (playing) setStepped(undefined);
  }, [playing]);
  useClockShortcuts(driver, shortcuts, step);

  const { togglePlaying, setSpeed, skip } = driver.getState();
  return (
    <div className="pl-clock pl-viz" role="toolbar" aria-label="Simulated clock">
      <button
        type="button"
        className="pl-clock__play"
        aria-label={playing ? 'Pause the clock' : 'Play the clock'}
        aria-keyshortcuts="K"
        title={playing ? 'Pause (K)' : 'Play (K)'}
        data-playing={playing}
        onClick={togglePlaying}
      >
        {playing ? <PauseIcon /> : <PlayIcon />}
      </button>
      <StepButton driver={driver} onStep={step} />
      <div className="pl-clock__group" role="group" aria-label="Speed">
        {CLOCK_SPEEDS.map((s) => (
          <button
            key={s}
            type="button"
            className="pl-clock__chip"
            aria-pressed={s === speed}
            aria-label={`Speed ${s}×`}
            onClick={() => setSpeed(s)}
          >
            {s}×
          </button>
        ))}
      </div>
      <div className="pl-clock__group" role="group" aria-label="Skip ahead">
        {CLOCK_SKIPS.map((s) => (
          <button
            key={s.ms}
            type="button"
            className="pl-clock__chip"
            aria-label={`Skip ${s.label} ahead`}
            title={`Skip ${s.label} ahead`}
            onClick={() => skip(s.ms)}
          >
            +{s.label}
          </button>
        ))}
      </div>
      <ClockTime driver={driver} />
      <div className="pl-clock__help-wrap">
        <button
          type="button"
          className="pl-clock__chip pl-clock__help-button"
          aria-label="Clock keyboard shortcuts"
          aria-expanded={showHelp}
          aria-controls="pl-clock-help"
          onClick={() => setShowHelp((v) => !v)}
          onBlur={() => setShowHelp(false)}
        >
          ?
        </button>
        {showHelp && (
          <div id="pl-clock-help" role="tooltip" className="pl-clock__help">
            <p>Clock shortcuts (not while typing in the console or editor):</p>
            <dl>
              {CLOCK_SHORTCUTS.map((s) => (
                <div key={s.label}>
                  <dt>
                    <kbd>{s.label}</kbd>
                  </dt>
                  <dd>{s.description}</dd>
                </div>
              ))}
            </dl>
          </div>
        )}
      </div>
      <p className="pl-clock__stepped" role="status">
        {stepped}
      </p>
    </div>
  );
}

function StepButton({ driver, onStep }: { driver: ClockDriver; onStep: () => void }) {
  // The tooltip names the next event; computed when the pointer or focus arrives, not every frame.
  const [title, setTitle] = useState('Step to the next event (.)');
  const [nextAt, setNextAt] = useState<number>();
  const refresh = () => {
    const next = driver.getState().peekNext();
    setNextAt(next?.at);
    if (!next) return setTitle('Step to the next event (.) — nothing is scheduled');
    const inMs = next.at - driver.getState().now;
    const what = next.label ? `: ${next.label}` : '';
    setTitle(`Step to the next event (.) — in ${(inMs / 1000).toFixed(1)} s${what}`);
  };
  return (
    <button
      type="button"
      className="pl-clock__step"
      aria-label="Step to the next event"
      aria-keyshortcuts="."
      title={title}
      data-next-at={nextAt}
      onPointerEnter={refresh}
      onFocus={refresh}
      onClick={() => {
        onStep();
        refresh();
      }}
    >
      <StepIcon />
    </button>
  );
}

/** The simulated time; subscribed on its own so a frame re-renders only this small text. */
function ClockTime({ driver }: { driver: ClockDriver }) {
  const exact = useStore(driver, (s) => s.now);
  const now = Math.floor(exact / 1000) * 1000;
  const startedAt = useStore(driver, (s) => s.startedAt);
  const playing = useStore(driver, (s) => s.playing);
  return (
    <output className="pl-clock__time" aria-label="Simulated time" data-sim-ms={exact} data-playing={playing}>
      <span className="pl-clock__time-of-day">{formatTimeOfDay(now)}</span>
      <span className="pl-clock__elapsed">{formatElapsed(now - startedAt)}</span>
      {!playing && <span className="pl-clock__paused">paused</span>}
    </output>
  );
}

function useClockShortcuts(driver: ClockDriver, enabled: boolean, step: () => void): void {
  const stepRef = useRef(step);
  useEffect(() => {
    stepRef.current = step;
  });
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      // The focused element, not the event's target: a first key typed on a fresh page is moved into
      // the console before this runs (console-focus.ts), and must not also work the clock.
      const focused = document.activeElement;
      const target =
        focused && focused !== document.body ? focused : event.target instanceof Element ? event.target : null;
      const action = clockActionFor({
        key: event.key,
        ctrlKey: event.ctrlKey,
        metaKey: event.metaKey,
        altKey: event.altKey,
        targetTag: target?.tagName ?? 'BODY',
        targetIsTextEntry: !!target?.closest('.monaco-editor, .xterm, [contenteditable=""], [contenteditable="true"]'),
      });
      if (!action) return;
      event.preventDefault();
      if (action.kind === 'step') stepRef.current();
      else run(driver, action);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [driver, enabled]);
}

function run(driver: ClockDriver, action: ClockAction): void {
  const state = driver.getState();
  switch (action.kind) {
    case 'toggle':
      return state.togglePlaying();
    case 'step':
      return void state.step();
    case 'faster':
      return state.faster();
    case 'slower':
      return state.slower();
    case 'skip':
      return state.skip(action.ms);
  }
}

const PlayIcon = () => (
  <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
    <path d="M4 2.5v11l9-5.5z" fill="currentColor" />
  </svg>
);
const PauseIcon = () => (
  <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
    <path d="M3.5 2.5h3v11h-3zM9.5 2.5h3v11h-3z" fill="currentColor" />
  </svg>
);
const StepIcon = () => (
  <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
    <path d="M2.5 2.5v11l7-5.5zM11 2.5h2.5v11H11z" fill="currentColor" />
  </svg>
);
