// On a phone the four panes are tabs (Lesson, Editor, Console, Cluster) instead of one tall stack.
// Arrow keys move between the tabs, as in any tab list.
import { useRef } from 'react';
import { useWorkbenchView, workbenchView, type PhoneTab } from './workbench-view';

export const PHONE_TABS: readonly { tab: PhoneTab; label: string; panel: string }[] = [
  { tab: 'lesson', label: 'Lesson', panel: 'pl-lesson-pane' },
  { tab: 'editor', label: 'Editor', panel: 'pl-editor-pane' },
  { tab: 'console', label: 'Console', panel: 'pl-console-pane' },
  { tab: 'cluster', label: 'Cluster', panel: 'pl-cluster-dock' },
];

export const phoneTabId = (tab: PhoneTab): string => `pl-phone-tab-${tab}`;

export function PhoneTabs() {
  const selected = useWorkbenchView((s) => s.phoneTab);
  const list = useRef<HTMLDivElement>(null);
  const choose = (tab: PhoneTab, focus = false) => {
    workbenchView.getState().setPhoneTab(tab);
    if (focus) list.current?.querySelector<HTMLElement>(`#${phoneTabId(tab)}`)?.focus();
  };
  const onKeyDown = (event: React.KeyboardEvent) => {
    const at = PHONE_TABS.findIndex((t) => t.tab === selected);
    const move = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
    if (move === undefined) return;
    event.preventDefault();
    choose(PHONE_TABS[(at + move + PHONE_TABS.length) % PHONE_TABS.length]!.tab, true);
  };
  return (
    <div className="pl-phone-tabs" role="tablist" aria-label="Workbench" ref={list} onKeyDown={onKeyDown}>
      {PHONE_TABS.map(({ tab, label, panel }) => (
        <button
          key={tab}
          type="button"
          role="tab"
          id={phoneTabId(tab)}
          aria-selected={tab === selected}
          aria-controls={panel}
          tabIndex={tab === selected ? 0 : -1}
          className="pl-phone-tabs__tab"
          onClick={() => choose(tab)}
        >
          {label}
        </button>
      ))}
    </div>
  );
}
