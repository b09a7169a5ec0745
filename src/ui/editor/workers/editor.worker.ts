// Monaco's generic editor worker (diffing, word ranges), bundled locally by Vite.
import 'monaco-editor/esm/vs/editor/editor.worker.js';
