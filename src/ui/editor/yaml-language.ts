// The YAML language for the editor: Monaco's own colouring and brackets, with Enter rules that
// give a new line the indentation a Kubernetes manifest needs. Monaco's YAML only indents after
// `key:`; after a list item `- name: kuard` it lines the new line up under the dash, where the next
// field of that item must not go. Registered here rather than by Monaco's lazy YAML contribution,
// so these rules are the only ones and no later registration replaces them.
import { conf, language } from 'monaco-editor/esm/vs/basic-languages/yaml/yaml.js';
import type * as Monaco from 'monaco-editor/esm/vs/editor/editor.api.js';

/** A list item that starts a mapping: `- name: kuard` (a value after `: `, a comment allowed). */
const ITEM_WITH_VALUE = /^\s*- +[^\s#:][^#:]*:\s+[^\s#].*$/;
/** A list item whose first key opens a block: `- name:` with nothing behind it. */
const ITEM_OPENING_BLOCK = /^\s*- +[^\s#:][^#:]*:\s*(#.*)?$/;
/** Any key with nothing behind it: `spec:`. */
const KEY_OPENING_BLOCK = /:\s*(#.*)?$/;

export function registerYaml(monaco: typeof Monaco): void {
  const { IndentAction } = monaco.languages;
  monaco.languages.register({
    id: 'yaml',
    extensions: ['.yaml', '.yml'],
    aliases: ['YAML', 'yaml'],
    mimetypes: ['application/x-yaml', 'text/x-yaml'],
  });
  monaco.languages.setMonarchTokensProvider('yaml', language);
  monaco.languages.setLanguageConfiguration('yaml', {
    ...conf,
    onEnterRules: [
      // The item's next field lines up under its first key ("- " is two columns).
      { beforeText: ITEM_WITH_VALUE, action: { indentAction: IndentAction.None, appendText: '  ' } },
      // Under the item's first key, one level in.
      { beforeText: ITEM_OPENING_BLOCK, action: { indentAction: IndentAction.Indent, appendText: '  ' } },
      { beforeText: KEY_OPENING_BLOCK, action: { indentAction: IndentAction.Indent } },
    ],
  });
}
