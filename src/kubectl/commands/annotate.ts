// kubectl annotate (pkg/cmd/annotate/annotate.go): set or remove annotations.

import { defineCommand } from '../command';
import { runMeta } from './metadata-apply';
import { makeParse, metaFlags, type MetaOptions } from './metadata-changes';

export const annotateCommand = defineCommand<MetaOptions>({
  name: 'annotate',
  group: 'Settings Commands',
  summary: 'Update the annotations on a resource',
  help: `Add, change or remove annotations on objects. Annotations hold free-form text for tools and people;
unlike labels, they cannot be used to select objects.

Examples:
  # Annotate the kuard Pod
  kubectl annotate pod kuard description='my first pod'

  # Remove the annotation
  kubectl annotate pod kuard description-`,
  usage: 'annotate [--overwrite] (-f FILENAME | TYPE NAME) KEY_1=VAL_1 ... KEY_N=VAL_N',
  flags: metaFlags('annotations'),
  parse: makeParse('annotations'),
  run: (options, ctx) => runMeta('annotations', options, ctx),
});
