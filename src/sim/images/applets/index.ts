// The busybox multi-call binary: one program, many names. Like the real one it looks at the name
// it was started as (`/bin/cat` → cat), or at its first argument when run as `busybox cat`.

import type { Executable } from '../machine';
import type { Run } from '../process';
import { shellMain } from '../shell/main';
import { echo, printf, test } from './text';
import { cat, chmod, cp, mkdir, mv, rm, rmdir, touch } from './files';
import { ls, stat } from './list';
import { basename, dirname, grep, head, seq, sort, tail, tee, wc } from './textproc';
import { date, df, env, free, hostname, id, ip, kill, printenv, ps, sleep, uname, whoami } from './system';
import { wget } from './wget';

export const APPLETS: Record<string, Executable> = {
  sh: shellMain,
  ash: shellMain,
  echo: function* (ctx): Run {
    return echo(ctx.argv, ctx.io);
  },
  printf: function* (ctx): Run {
    return printf(ctx.argv, ctx.io);
  },
  test: function* (ctx): Run {
    return test(ctx.argv, ctx.io, ctx.machine.host.fs, ctx.cwd);
  },
  '[': function* (ctx): Run {
    return test(ctx.argv, ctx.io, ctx.machine.host.fs, ctx.cwd);
  },
  true: function* (): Run {
    return 0;
  },
  false: function* (): Run {
    return 1;
  },
  pwd: function* (ctx): Run {
    ctx.io.out(`${ctx.cwd}\n`);
    return 0;
  },
  cat,
  ls,
  stat,
  touch,
  rm,
  mkdir,
  rmdir,
  cp,
  mv,
  chmod,
  head,
  tail,
  wc,
  grep,
  sort,
  tee,
  seq,
  basename,
  dirname,
  sleep,
  kill,
  ps,
  date,
  env,
  printenv,
  hostname,
  ip,
  whoami,
  id,
  uname,
  df,
  free,
  wget,
};

export const busybox: Executable = function* (ctx): Run {
  let argv = ctx.argv;
  let name = argv[0]?.slice(argv[0].lastIndexOf('/') + 1) ?? 'busybox';
  if (name === 'busybox') {
    argv = argv.slice(1);
    name = argv[0] ?? '';
    if (!name || name === '--help') {
      ctx.io.out(
        'BusyBox v1.36.1 (2023-05-18 22:34:17 UTC) multi-call binary.\nBusyBox is copyrighted by many authors between 1998-2015.\nLicensed under GPLv2. See source distribution for detailed\ncopyright information.\n\nUsage: busybox [function [arguments]...]\n   or: busybox --list[-full]\n\nCurrently defined functions:\n\t' +
          Object.keys(APPLETS).sort().join(', ') +
          '\n',
      );
      return 0;
    }
  }
  const applet = APPLETS[name];
  if (!applet) {
    ctx.io.err(`${name}: applet not found\n`);
    return 127;
  }
  return yield* applet({ ...ctx, argv });
};
