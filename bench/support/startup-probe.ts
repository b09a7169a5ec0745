// What the start-up benchmark records inside the page, from before the page's first script runs:
// when the console's input exists, when each key reached its handlers and how long they took, every
// long task, and when the console shows the answer to `kubectl get pods`. A string, not a function:
// tsx's name-keeping helper does not exist inside the page.

/** What `window.__startupProbe` holds once the answer is on screen. */
export interface ProbeResult {
  consoleAt: number;
  answerAt: number;
  enterAt: number;
  /** [event type, ms the key waited for the main thread, ms its handlers took] */
  keys: [string, number, number][];
  /** [start, duration] of every task over 50 ms */
  longTasks: [number, number][];
  resources: { name: string; start: number; end: number; bytes: number }[];
  /** The page's own start-up measures (src/app/startup-marks.ts), prefix dropped. */
  phases: { name: string; start: number; duration: number }[];
}

export const PROBE_SCRIPT = `(() => {
  const probe = { consoleAt: undefined, answerAt: undefined, enterAt: undefined, keys: [], longTasks: [] };
  window.__startupProbe = probe;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) probe.longTasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  // A listener added to the target from the window's capture phase runs after the target's own
  // listeners (xterm's), and stopPropagation does not skip it: start to end is the handlers' work.
  for (const type of ['keydown', 'keypress', 'beforeinput', 'input', 'keyup']) {
    window.addEventListener(type, (event) => {
      const start = performance.now();
      const delay = Math.max(0, start - event.timeStamp);
      if (type === 'keydown' && event.key === 'Enter') probe.enterAt = start;
      event.target.addEventListener(type, () => probe.keys.push([type, delay, performance.now() - start]), { once: true });
    }, true);
  }
  const answered = (text) => {
    const at = text.lastIndexOf('kubectl get pods');
    if (at < 0) return false;
    const after = text.slice(at + 16);
    return after.includes('No resources found') || after.includes('NAME ') || after.includes('error:');
  };
  const observer = new MutationObserver(() => {
    if (probe.consoleAt === undefined && document.querySelector('.xterm-helper-textarea')) probe.consoleAt = performance.now();
    if (probe.enterAt === undefined) return;
    const rows = document.querySelector('.xterm-rows');
    if (rows && answered(rows.textContent.replace(/\\u00a0/g, ' '))) {
      probe.answerAt = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
})();`;

/** Reads the probe and the resources fetched so far (call once the answer is on screen). */
export const READ_PROBE = `(() => {
  const probe = window.__startupProbe;
  const resources = [performance.getEntriesByType('navigation')[0], ...performance.getEntriesByType('resource')]
    .filter(Boolean)
    .map((e) => ({ name: e.name, start: e.startTime, end: e.responseEnd, bytes: e.transferSize || e.encodedBodySize || 0 }));
  const phases = performance
    .getEntriesByType('measure')
    .filter((e) => e.name.startsWith('pod-lab:'))
    .map((e) => ({ name: e.name.slice(8), start: e.startTime, duration: e.duration }));
  return { ...probe, resources, phases };
})()`;
