// The console pane: a title bar naming the shell, and the terminal.
import { ConsoleView } from './ConsoleView';

export function ConsolePane() {
  return (
    <div className="pl-console-pane">
      <div className="pl-pane__bar">
        <h2 className="pl-pane__title">Console</h2>
        <span className="pl-pane__hint">
          <kbd>Tab</kbd> completes · <kbd>↑</kbd> history · <kbd>Ctrl</kbd>+<kbd>C</kbd> stops · <kbd>Shift</kbd>+
          <kbd>Tab</kbd> leaves
        </span>
      </div>
      <ConsoleView />
    </div>
  );
}
