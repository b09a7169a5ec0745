// Terminal colours matching the page's palette (src/ui/styles/app.css) in both schemes.
import type { ITheme } from '@xterm/xterm';
import type { ColorScheme } from '../theme/use-color-scheme';

const light: ITheme = {
  background: '#f6f8fa',
  foreground: '#1f2328',
  cursor: '#0969da',
  cursorAccent: '#f6f8fa',
  selectionBackground: '#b6d7ff',
  black: '#24292f',
  red: '#cf222e',
  green: '#116329',
  yellow: '#4d2d00',
  blue: '#0969da',
  magenta: '#8250df',
  cyan: '#1b7c83',
  white: '#6e7781',
};

const dark: ITheme = {
  background: '#010409',
  foreground: '#e6edf3',
  cursor: '#4493f8',
  cursorAccent: '#010409',
  selectionBackground: '#264f78',
  black: '#484f58',
  red: '#ff7b72',
  green: '#3fb950',
  yellow: '#d29922',
  blue: '#58a6ff',
  magenta: '#bc8cff',
  cyan: '#39c5cf',
  white: '#b1bac4',
};

export function terminalTheme(scheme: ColorScheme): ITheme {
  return scheme === 'dark' ? dark : light;
}
