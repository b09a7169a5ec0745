// The text `kubectl edit` puts in the editor: kubectl's instruction header, then the live object
// as kubectl's own YAML printer writes it (keys in go-yaml's order, managedFields hidden, as
// `kubectl edit` does without --show-managed-fields). The header is kubectl's
// (k8s.io/kubectl/pkg/cmd/util/editor, the edit header template).

import type { KubeObject } from '../sim/api';
import type { EditorView } from '../kubectl/console-types';
import { printObjects } from '../kubectl/print/objects';

export const EDIT_HEADER =
  "# Please edit the object below. Lines beginning with a '#' will be ignored,\n" +
  '# and an empty file will abort the edit. If an error occurs while saving this file will be\n' +
  '# reopened with the relevant failures.\n' +
  '#\n';

/** editPrinterOptions: JSON comes without the header, which would not be valid JSON. */
export function editText(object: KubeObject, view: EditorView = { format: 'yaml' }): string {
  if (view.format === 'json') return printObjects([object], 'json');
  return EDIT_HEADER + printObjects([object], 'yaml');
}
