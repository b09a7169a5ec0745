// A draggable, keyboard-operable divider between two panes (WAI-ARIA "window splitter" pattern):
// Arrow keys move it by 2 %, Home/End to the limits, and the value is announced as a percentage.

import { type KeyboardEvent, type PointerEvent, useRef } from 'react';

export interface SplitterProps {
  /** 'vertical': a vertical bar between side-by-side panes; 'horizontal': between stacked panes. */
  orientation: 'vertical' | 'horizontal';
  /** Size of the first pane, in percent of the container. */
  value: number;
  min: number;
  max: number;
  label: string;
  /** The two panes' container, to turn pointer positions into percentages. */
  container: () => HTMLElement | null;
  onChange(value: number): void;
}

export function Splitter({ orientation, value, min, max, label, container, onChange }: SplitterProps) {
  const dragging = useRef(false);
  const clamp = (v: number) => Math.round(Math.min(max, Math.max(min, v)) * 10) / 10;

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    dragging.current = true;
    event.currentTarget.setPointerCapture(event.pointerId);
    event.preventDefault();
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (!dragging.current) return;
    const box = container()?.getBoundingClientRect();
    if (!box) return;
    const ratio =
      orientation === 'vertical' ? (event.clientX - box.left) / box.width : (event.clientY - box.top) / box.height;
    onChange(clamp(ratio * 100));
  };
  const onPointerUp = (event: PointerEvent<HTMLDivElement>) => {
    dragging.current = false;
    event.currentTarget.releasePointerCapture(event.pointerId);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const back = orientation === 'vertical' ? 'ArrowLeft' : 'ArrowUp';
    const forward = orientation === 'vertical' ? 'ArrowRight' : 'ArrowDown';
    let next: number | undefined;
    if (event.key === back) next = value - 2;
    else if (event.key === forward) next = value + 2;
    else if (event.key === 'Home') next = min;
    else if (event.key === 'End') next = max;
    if (next === undefined) return;
    event.preventDefault();
    onChange(clamp(next));
  };

  return (
    <div
      className={`pl-splitter pl-splitter--${orientation}`}
      role="separator"
      tabIndex={0}
      aria-label={label}
      aria-orientation={orientation}
      aria-valuenow={Math.round(value)}
      aria-valuemin={min}
      aria-valuemax={max}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onKeyDown={onKeyDown}
    />
  );
}
