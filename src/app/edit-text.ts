// The text `kubectl edit` puts in the editor: kubectl's instruction header, then the live object
// as YAML. The header is kubectl's own (k8s.io/kubectl/pkg/cmd/util/editor, editHeader template).

import { stringify } from 'yaml';

export const EDIT_HEADER =
  '# Please edit the object below. Lines beginning with a \'#\' will be ignored,\n' +
  '# and an empty file will abort the edit. If an error occurs while saving this file will be\n' +
  '# reopened with the relevant failures.\n' +
  '#\n';

/** kubectl prints YAML through sigs.k8s.io/yaml: keys sorted, two-space indent, list items level with their key. */
export function objectYaml(object: unknown): string {
  return stringify(object, { sortMapEntries: true, indentSeq: false, lineWidth: 0 });
}

export function editText(object: unknown): string {
  return EDIT_HEADER + objectYaml(object);
}
