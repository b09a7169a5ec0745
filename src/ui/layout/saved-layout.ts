// The pane sizes a learner chose, as saved, and how they lay out the workbench. Shared by the
// panes (layout-prefs.ts) and the page's boot code, which applies them to the pre-rendered page
// as soon as saved data is in, so the first layout a learner sees is theirs and React's takeover
// moves nothing.
import { type KeyValueStorage, readSaved } from '../../app/persistence';

export interface LayoutSizes {
  /** Width of the lesson pane, in % of the page. */
  lessonWidth: number;
  /** Height of the editor, in % of the right column. */
  editorHeight: number;
  /** The console spans the whole width under the lesson and the editor (wide tables, describe). */
  consoleWide: boolean;
}

export const LAYOUT_KEY = 'pod-lab:layout:v1';

export const DEFAULT_LAYOUT: LayoutSizes = { lessonWidth: 40, editorHeight: 50, consoleWide: false };

function parseSizes(value: unknown): LayoutSizes | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const saved = value as Partial<Record<keyof LayoutSizes, unknown>>;
  const number = (v: unknown, fallback: number) => (typeof v === 'number' && Number.isFinite(v) ? v : fallback);
  return {
    lessonWidth: number(saved.lessonWidth, DEFAULT_LAYOUT.lessonWidth),
    editorHeight: number(saved.editorHeight, DEFAULT_LAYOUT.editorHeight),
    consoleWide: saved.consoleWide === true,
  };
}

/** The saved sizes, or undefined when none are saved (or they cannot be read: set aside). */
export function readSavedLayout(storage: KeyValueStorage | undefined): LayoutSizes | undefined {
  return readSaved(storage, LAYOUT_KEY, parseSizes);
}

/** The workbench's custom properties for `sizes` (workbench.css lays the panes out from them). */
export function layoutVariables(sizes: LayoutSizes): Record<'--pl-lesson-width' | '--pl-editor-height', string> {
  return { '--pl-lesson-width': `${sizes.lessonWidth}%`, '--pl-editor-height': `${sizes.editorHeight}%` };
}

/**
 * Lays the pre-rendered workbench in `root` out at the saved sizes. Through the CSS object model:
 * the page's CSP refuses style attributes in markup, not properties set from its own script.
 */
export function applySavedLayout(root: HTMLElement, storage: KeyValueStorage): void {
  const sizes = readSavedLayout(storage);
  const workbench = root.querySelector<HTMLElement>('.pl-workbench');
  if (!sizes || !workbench) return;
  for (const [name, value] of Object.entries(layoutVariables(sizes))) workbench.style.setProperty(name, value);
  workbench.dataset.consoleWide = String(sizes.consoleWide);
  const dividers = workbench.querySelectorAll<HTMLElement>('.pl-splitter');
  const values = [sizes.lessonWidth, sizes.editorHeight];
  dividers.forEach((divider, i) => {
    if (values[i] !== undefined) divider.setAttribute('aria-valuenow', String(Math.round(values[i])));
  });
}
