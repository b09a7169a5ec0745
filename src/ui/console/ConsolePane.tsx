// The console pane: a title bar naming the shell, the first terminal, and any more the learner
// opened (stacked below it, so a `get pods -w` stays in sight while they type in another). The
// bar also enlarges the console across the whole width, so wide tables and describe fit.
import { WithSession, useSession, useSessionStore } from '../../app/session-context';
import type { Terminal } from '../../app/terminals';
import { CONSOLE_FONT_SIZE, WIDE_CONSOLE_FONT_SIZE } from './console-terminal';
import { ConsoleView } from './ConsoleView';

export interface ConsolePaneProps {
  wide: boolean;
  onToggleWide(): void;
}

export function ConsolePane({ wide, onToggleWide }: ConsolePaneProps) {
  const fontSize = wide ? WIDE_CONSOLE_FONT_SIZE : CONSOLE_FONT_SIZE;
  return (
    <div className="pl-console-pane">
      <div className="pl-pane__bar">
        <h2 className="pl-pane__title">Console</h2>
        <span className="pl-pane__hint">
          <kbd>Tab</kbd> completes · <kbd>↑</kbd> history · <kbd>Ctrl</kbd>+<kbd>C</kbd> stops · <kbd>Shift</kbd>+
          <kbd>Tab</kbd> leaves
        </span>
        <div className="pl-toolbar pl-console-pane__tools">
          <WithSession fallback={null}>
            <NewTerminalButton />
          </WithSession>
          <button type="button" className="pl-button" aria-pressed={wide} onClick={onToggleWide}>
            {wide ? 'Shrink console' : 'Enlarge console'}
          </button>
        </div>
      </div>
      <div className="pl-console-pane__terminals">
        <ConsoleView fontSize={fontSize} />
        <WithSession fallback={null}>
          <ExtraTerminals fontSize={fontSize} />
        </WithSession>
      </div>
    </div>
  );
}

function NewTerminalButton() {
  const session = useSession();
  const count = useSessionStore(session.terminals, (s) => s.extra.length);
  return (
    <button
      type="button"
      className="pl-button"
      // One more is what watching needs; more than that leaves each too few rows to read.
      disabled={count >= 1}
      title="Another terminal on the same cluster and files, e.g. for kubectl get pods -w"
      onClick={() => session.terminals.getState().open()}
    >
      New terminal
    </button>
  );
}

function ExtraTerminals({ fontSize }: { fontSize: number }) {
  const session = useSession();
  const extra = useSessionStore(session.terminals, (s) => s.extra);
  return extra.map((terminal) => <ExtraTerminal key={terminal.id} terminal={terminal} fontSize={fontSize} />);
}

function ExtraTerminal({ terminal, fontSize }: { terminal: Terminal; fontSize: number }) {
  const session = useSession();
  const name = `Terminal ${terminal.id + 1}`;
  return (
    <section className="pl-console-pane__extra" aria-label={name}>
      <div className="pl-console-pane__extra-bar">
        <h3 className="pl-pane__title">{name}</h3>
        <button
          type="button"
          className="pl-tab__close"
          aria-label={`Close ${name.toLowerCase()}`}
          title="Close (stops what runs in it)"
          onClick={() => session.terminals.getState().close(terminal.id)}
        >
          ×
        </button>
      </div>
      <ConsoleView terminal={terminal} fontSize={fontSize} />
    </section>
  );
}
