// "Run in console" types the command into the console the way a paste does: a paste event on the
// terminal's input element, which xterm turns into input for the console's line editor. So the
// command is echoed, joins the history and runs exactly as if the learner had typed it, and the
// prompt comes back after a stream is stopped with Ctrl+C. Returns false when no console is on the
// page (the caller then runs the command directly).

export function pasteIntoConsole(text: string): boolean {
  const input = document.querySelector<HTMLTextAreaElement>('.pl-console .xterm-helper-textarea');
  if (!input || typeof DataTransfer === 'undefined') return false;
  const data = new DataTransfer();
  data.setData('text/plain', text);
  input.focus();
  input.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  return true;
}
