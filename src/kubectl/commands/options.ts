// kubectl options: the flags every command accepts.

import { defineCommand } from '../command';
import { renderFlagList } from '../help';
import { GLOBAL_FLAGS } from './global-flags';

export const optionsCommand = defineCommand<Record<string, never>>({
  name: 'options',
  group: 'Other Commands',
  hidden: true,
  summary: 'Print the list of flags inherited by all commands',
  help: `Print the flags every command accepts.

Examples:
  # The global flags
  kubectl options`,
  usage: 'options [flags]',
  flags: [],
  parse: () => ({}),
  run(_options, ctx) {
    ctx.stdout(`The following options can be passed to any command:\n\n${renderFlagList(GLOBAL_FLAGS)}`);
    return 0;
  },
});
