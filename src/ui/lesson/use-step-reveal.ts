// The moment a step's check holds, its "Step complete" mark is brought into view where the learner
// reads: at once when the lesson is on screen, or when they come back to it on a phone, where the
// lesson is a tab of its own and its mark can be far below the command they ran. A phone's lesson
// tab also keeps its place while the learner looks at the console or the editor.
import { useEffect, useRef, type RefObject } from 'react';
import { workbenchView } from '../layout/workbench-view';

/** How many frames to wait for the lesson tab to be laid out again after it is chosen. */
const FRAMES_TO_LAYOUT = 5;

export function useStepReveal(done: boolean, goal: RefObject<HTMLElement | null>): void {
  const wasDone = useRef(done);
  const pending = useRef(false);

  useEffect(() => {
    if (done && !wasDone.current) {
      if (isLaidOut(goal.current)) bringIntoView(goal.current);
      else pending.current = true;
    }
    wasDone.current = done;
  }, [done, goal]);

  useEffect(() => {
    let keptScroll = 0;
    let frame = 0;
    const unsubscribe = workbenchView.subscribe((state, before) => {
      const pane = goal.current?.closest<HTMLElement>('.pl-pane');
      if (!pane || state.phoneTab === before.phoneTab) return;
      if (before.phoneTab === 'lesson') {
        keptScroll = pane.scrollTop;
        return;
      }
      if (state.phoneTab !== 'lesson') return;
      let tries = 0;
      const restore = () => {
        if (!isLaidOut(pane) && ++tries < FRAMES_TO_LAYOUT) {
          frame = requestAnimationFrame(restore);
          return;
        }
        pane.scrollTop = keptScroll;
        if (pending.current && isLaidOut(goal.current)) {
          pending.current = false;
          bringIntoView(goal.current);
        }
      };
      frame = requestAnimationFrame(restore);
    });
    return () => {
      unsubscribe();
      cancelAnimationFrame(frame);
    };
  }, [goal]);
}

function isLaidOut(element: HTMLElement | null): element is HTMLElement {
  return element !== null && element.getClientRects().length > 0;
}

/** Scrolls the lesson only when the mark is not already wholly in sight. */
function bringIntoView(element: HTMLElement): void {
  const pane = element.closest('.pl-pane') ?? document.documentElement;
  const box = element.getBoundingClientRect();
  const view = pane.getBoundingClientRect();
  const top = Math.max(view.top, 0);
  const bottom = Math.min(view.bottom, window.innerHeight);
  if (box.top >= top && box.bottom <= bottom) return;
  const still = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  element.scrollIntoView({ block: 'center', behavior: still ? 'auto' : 'smooth' });
}
