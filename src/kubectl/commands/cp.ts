// kubectl cp (pkg/cmd/cp/cp.go): copies a file between a container and the workspace. Real
// kubectl streams a tar archive through exec; here the file's bytes go through `cat`, so the
// container needs cat (busybox, alpine and debian images have it).

import { defineCommand, type CommandContext } from '../command';
import { fail, formatStatusError } from '../errors';

interface Location {
  pod?: string;
  namespace?: string;
  path: string;
}

interface CpOptions {
  src: Location;
  dest: Location;
  container: string;
  namespace: string;
}

/** `[namespace/]pod:path` is remote; anything else is a workspace path. */
const FILESPEC_FORMAT = 'filespec must match the canonical format: [[namespace/]pod:]file/path';

/** kubectl cp.go extractFileSpec: `[[namespace/]pod:]path`; undefined when it does not match. */
function parseLocation(spec: string): Location | undefined {
  const colon = spec.indexOf(':');
  if (colon === 0) return undefined;
  if (colon < 0) return { path: spec };
  const pieces = spec.slice(0, colon).split('/');
  const path = spec.slice(colon + 1);
  if (pieces.length === 1) return { pod: pieces[0]!, path };
  if (pieces.length === 2) return { namespace: pieces[0]!, pod: pieces[1]!, path };
  return undefined;
}

/** Runs a process to completion (advancing simulated time briefly if it needs it). */
function runToEnd(
  ctx: CommandContext,
  namespace: string,
  pod: string,
  argv: string[],
  container: string,
  input?: string,
) {
  let stdout = '';
  let stderr = '';
  let code: number | undefined;
  const started = ctx.cluster.exec(
    namespace,
    pod,
    argv,
    {
      stdout: (c) => (stdout += c),
      stderr: (c) => (stderr += c),
      exit: (c) => (code = c),
    },
    { container: container || undefined, tty: false, stdin: input !== undefined },
  );
  if (!started.ok) return { error: started.error };
  if (input !== undefined) {
    started.value.write(input);
    started.value.signal('EOF');
  }
  if (code === undefined && ctx.clockDriver === 'console') ctx.cluster.clock.runUntil(() => code !== undefined, 10_000);
  return { stdout, stderr, code: code ?? 0 };
}

export const cpCommand = defineCommand<CpOptions>({
  name: 'cp',
  group: 'Troubleshooting and Debugging Commands',
  summary: 'Copy files and directories to and from containers',
  help: `Copy a file between a container and your files. A remote location is written POD:PATH
(or NAMESPACE/POD:PATH); anything else is one of your files.

Examples:
  # Copy a file out of the kuard container
  kubectl cp kuard:/etc/hostname hostname.txt

  # Copy one of your files into the container
  kubectl cp index.html kuard:/tmp/index.html`,
  usage: 'cp <file-spec-src> <file-spec-dest>',
  flags: [
    {
      name: 'container',
      short: 'c',
      type: 'string',
      help: 'Container name. If omitted, use the kubectl.kubernetes.io/default-container annotation for selecting the container to be attached or the first container in the pod will be chosen',
    },
    {
      name: 'no-preserve',
      type: 'bool',
      help: "The copied file/directory's ownership and permissions will not be preserved in the container",
    },
    {
      // Retries resume a copy whose stream broke; the simulated exec stream never breaks.
      name: 'retries',
      type: 'int',
      default: 0,
      help: 'Set number of retries to complete a copy operation from a container. Specify 0 to disable or any negative value for infinite retrying.',
    },
  ],
  parse({ flags, args, namespace }) {
    if (args.length < 2) return fail('source and destination are required');
    if (args.length > 2) return fail('source and destination are required');
    // kubectl cp.go: Complete parses both specs, Validate wants one local and one remote, and
    // Run refuses an empty path on either side before it reaches the server.
    const src = parseLocation(args[0]!);
    const dest = parseLocation(args[1]!);
    if (!src || !dest) return fail(FILESPEC_FORMAT);
    if (!src.pod && !dest.pod) return fail('one of src or dest must be a remote file specification');
    if (src.pod && dest.pod) return fail('one of src or dest must be a local file specification');
    if (src.path === '' || dest.path === '') return fail('filepath can not be empty');
    return { src, dest, container: flags.string('container'), namespace };
  },
  run(options, ctx) {
    if (options.src.pod) {
      const namespace = options.src.namespace ?? options.namespace;
      const pod = ctx.cluster.get('Pod', namespace, options.src.pod);
      if (!pod.ok) {
        ctx.stderr(formatStatusError(pod.error));
        return 1;
      }
      const result = runToEnd(ctx, namespace, options.src.pod, ['cat', options.src.path], options.container);
      if ('error' in result) {
        ctx.stderr(formatStatusError(result.error!));
        return 1;
      }
      if (result.code !== 0) {
        ctx.stderr(
          `tar: removing leading '/' from member names\nerror: ${options.src.path} no such file or directory\n`,
        );
        return 1;
      }
      ctx.stderr("tar: removing leading '/' from member names\n");
      const target =
        options.dest.path === '.' ? options.src.path.split('/').pop()! : options.dest.path.replace(/^\.\//, '');
      ctx.workspace.write(target, result.stdout);
      return 0;
    }
    const namespace = options.dest.namespace ?? options.namespace;
    const content = ctx.workspace.read(options.src.path.replace(/^\.\//, ''));
    if (content === undefined) {
      ctx.stderr(`error: ${options.src.path} doesn't exist in local filesystem\n`);
      return 1;
    }
    const pod = ctx.cluster.get('Pod', namespace, options.dest.pod!);
    if (!pod.ok) {
      ctx.stderr(formatStatusError(pod.error));
      return 1;
    }
    const quoted = `'${options.dest.path.replace(/'/g, `'\\''`)}'`;
    const result = runToEnd(
      ctx,
      namespace,
      options.dest.pod!,
      ['sh', '-c', `cat > ${quoted}`],
      options.container,
      content,
    );
    if ('error' in result) {
      ctx.stderr(formatStatusError(result.error!));
      return 1;
    }
    if (result.code !== 0) {
      ctx.stderr(result.stderr || `command terminated with exit code ${result.code}\n`);
      return 1;
    }
    return 0;
  },
});
