// The editor's tabs (WAI-ARIA tabs pattern): Left/Right move between tabs, Delete closes one.
import { type KeyboardEvent, useEffect, useRef } from 'react';

export interface TabItem {
  id: string;
  label: string;
  closeLabel: string;
  /** A live object from `kubectl edit` rather than a workspace file. */
  live?: boolean;
}

export function EditorTabs({
  tabs,
  selectedId,
  onSelect,
  onClose,
}: {
  tabs: TabItem[];
  selectedId: string | undefined;
  onSelect(id: string): void;
  onClose(id: string): void;
}) {
  const list = useRef<HTMLDivElement>(null);
  // A tab that comes to the front (a new port-forward's page, a `kubectl edit`) is scrolled into sight
  // when the row is wider than the pane; only the row scrolls, not the page.
  useEffect(() => {
    const row = list.current;
    const tab = selectedId ? row?.querySelector<HTMLElement>(`[data-tab-id="${CSS.escape(selectedId)}"]`) : null;
    const box = tab?.parentElement;
    if (!row || !box) return;
    if (box.offsetLeft < row.scrollLeft) row.scrollLeft = box.offsetLeft;
    else if (box.offsetLeft + box.offsetWidth > row.scrollLeft + row.clientWidth)
      row.scrollLeft = box.offsetLeft + box.offsetWidth - row.clientWidth;
  }, [selectedId, tabs.length]);
  const focusTab = (index: number) => {
    const tab = tabs[(index + tabs.length) % tabs.length];
    if (!tab) return;
    onSelect(tab.id);
    list.current?.querySelector<HTMLElement>(`[data-tab-id="${CSS.escape(tab.id)}"]`)?.focus();
  };
  const onKeyDown = (event: KeyboardEvent, index: number, id: string) => {
    if (event.key === 'ArrowRight') focusTab(index + 1);
    else if (event.key === 'ArrowLeft') focusTab(index - 1);
    else if (event.key === 'Home') focusTab(0);
    else if (event.key === 'End') focusTab(tabs.length - 1);
    else if (event.key === 'Delete') onClose(id);
    else return;
    event.preventDefault();
  };

  return (
    <div className="pl-tabs" role="tablist" aria-label="Open files" ref={list}>
      {tabs.map((tab, index) => {
        const selected = tab.id === selectedId;
        return (
          <div key={tab.id} className="pl-tab" data-selected={selected} data-live={tab.live ?? false}>
            <button
              type="button"
              role="tab"
              className="pl-tab__label"
              aria-selected={selected}
              tabIndex={selected ? 0 : -1}
              data-tab-id={tab.id}
              aria-keyshortcuts="Delete"
              onClick={() => onSelect(tab.id)}
              onKeyDown={(event) => onKeyDown(event, index, tab.id)}
            >
              {tab.label}
            </button>
            <button
              type="button"
              className="pl-tab__close"
              // A tablist may hold only tabs: for assistive technology and the keyboard, Delete on the
              // tab itself closes it (aria-keyshortcuts); this button is the mouse's way.
              aria-hidden="true"
              tabIndex={-1}
              title={tab.closeLabel}
              onClick={() => onClose(tab.id)}
            >
              ×
            </button>
          </div>
        );
      })}
    </div>
  );
}
