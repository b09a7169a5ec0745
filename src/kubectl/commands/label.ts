// kubectl label (pkg/cmd/label/label.go): set or remove labels, checked as label values before sending.

import { defineCommand } from '../command';
import { runMeta } from './metadata-apply';
import { makeParse, metaFlags, type MetaOptions } from './metadata-changes';

export const labelCommand = defineCommand<MetaOptions>({
  name: 'label',
  group: 'Settings Commands',
  summary: 'Update the labels on a resource',
  help: `Add, change or remove labels on objects.

 A label key and value are each at most 63 characters of letters, digits, '-', '_' and '.',
starting and ending with a letter or digit. Changing a label that already exists needs --overwrite.

Examples:
  # Add the label env=prod to the kuard Pod
  kubectl label pod kuard env=prod

  # Change it
  kubectl label pod kuard env=dev --overwrite

  # Remove it
  kubectl label pod kuard env-`,
  usage: 'label [--overwrite] (-f FILENAME | TYPE NAME) KEY_1=VAL_1 ... KEY_N=VAL_N',
  flags: metaFlags('labels'),
  parse: makeParse('labels'),
  run: (options, ctx) => runMeta('labels', options, ctx),
});
