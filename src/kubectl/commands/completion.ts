// kubectl completion (pkg/cmd/completion/completion.go): the shell is checked as kubectl checks it;
// the console completes with Tab by itself, so there is no script to print for a shell.

import { defineCommand } from '../command';
import { fail, failWithHelp } from '../errors';

const SHELLS = ['bash', 'zsh', 'fish', 'powershell'];

export const completionCommand = defineCommand<{ shell: string }>({
  name: 'completion',
  group: 'Settings Commands',
  hidden: true,
  summary: 'Output shell completion code for the specified shell (bash, zsh, fish, or powershell)',
  help: `Output shell completion code for bash, zsh, fish or powershell.

 Pod Lab's console completes commands with Tab by itself.`,
  usage: 'completion SHELL',
  flags: [],
  parse({ args }) {
    // completion.go RunCompletion, in its order.
    if (args.length === 0) return failWithHelp('completion', 'Shell not specified.');
    if (args.length > 1) return failWithHelp('completion', 'Too many arguments. Expected only the shell type.');
    if (!SHELLS.includes(args[0]!)) return failWithHelp('completion', `Unsupported shell type "${args[0]}".`);
    return fail(`"kubectl completion" is not available in Pod Lab: its console completes commands and names with Tab`);
  },
  run: () => 0,
});
