// kubectl explain (pkg/cmd/explain/explain.go, OpenAPI v3 plaintext template): the documentation
// of a kind or one of its fields, from the v1.32 API server's OpenAPI document for the kinds a
// learner writes in this chapter: Pod, PersistentVolume, PersistentVolumeClaim and Namespace.

import { defineCommand, type CommandContext, type Job } from '../command';
import { fail } from '../errors';
import { renderExplain, type Schemas } from '../explain/render';
import { loadedExplainSchemas, loadExplainSchemas } from '../explain/schemas';
import { resolveResourceType } from '../resources';
import { resolveUnservedType } from '../unserved-kinds';

const DOCUMENTED = new Set(['Pod', 'PersistentVolume', 'PersistentVolumeClaim', 'Namespace']);

interface ExplainOptions {
  path: string[];
  recursive: boolean;
  typeWord: string;
  /** --api-version as typed ('' when absent). */
  apiVersion: string;
  /** -o: the name of the template explain renders with. */
  output: string;
}

function explain(schemas: Schemas, kind: string, options: ExplainOptions, ctx: CommandContext): number {
  const result = renderExplain(schemas, kind, options.path, options.recursive);
  if (result.ok) {
    ctx.stdout(result.text);
    return 0;
  }
  ctx.stdout(result.stdout);
  ctx.stderr(`${result.error}\n`);
  return 1;
}

/** Waits for the schemas (a moment, the first time), then explains; typed lines wait meanwhile. */
function explainWhenLoaded(kind: string, options: ExplainOptions, ctx: CommandContext): Job {
  let done: ((code: number) => void) | undefined;
  return {
    kind: 'wait',
    start(finish) {
      done = finish;
      loadExplainSchemas().then(
        (schemas) => done?.(explain(schemas, kind, options, ctx)),
        () => {
          ctx.stderr('error: the API documentation could not be loaded\n');
          done?.(1);
        },
      );
    },
    interrupt() {
      const finish = done;
      done = undefined;
      finish?.(130);
    },
  };
}

export const explainCommand = defineCommand<ExplainOptions>({
  name: 'explain',
  group: 'Basic Commands (Intermediate)',
  summary: 'Get documentation for a resource',
  help: `Describe the fields of a resource type, from the API's own documentation.

 Name a field with dots to see its documentation and the fields below it.

Examples:
  # The Pod resource and its top-level fields
  kubectl explain pods

  # One field of a Pod's containers
  kubectl explain pods.spec.containers

  # Every field below a Pod's spec, as a tree of names and types
  kubectl explain pods.spec --recursive`,
  usage: 'explain TYPE [--recursive=FALSE|TRUE] [flags]',
  flags: [
    {
      name: 'api-version',
      type: 'string',
      help: 'The group/version of the resource to explain; Pod Lab documents the core v1 kinds.',
    },
    {
      name: 'output',
      short: 'o',
      type: 'string',
      default: 'plaintext',
      help: 'Format in which to render the schema: plaintext (plaintext-openapiv2 is the older layout Pod Lab does not have).',
    },
    { name: 'recursive', type: 'bool', help: 'Show every field below the named one, as a tree of names and types.' },
  ],
  parse({ flags, args }) {
    if (args.length === 0) {
      return fail(
        'You must specify the type of resource to explain. Use "kubectl api-resources" for a complete list of supported resources.',
      );
    }
    if (args.length > 1) return fail(`We accept only this format: explain RESOURCE`);
    const [typeWord, ...path] = args[0]!.split('.');
    return {
      path,
      recursive: flags.bool('recursive'),
      typeWord: typeWord!,
      apiVersion: flags.string('api-version'),
      output: flags.string('output'),
    };
  },
  run(options, ctx) {
    const kind = resolveResourceType(options.typeWord)?.kind ?? resolveUnservedType(options.typeWord)?.kind;
    if (!kind) {
      ctx.stderr(`the server doesn't have a resource type "${options.typeWord}"\n`);
      return 1;
    }
    if (!DOCUMENTED.has(kind)) {
      ctx.stderr(
        `error: Pod Lab's API documentation covers what the Pods chapter uses: Pods, PersistentVolumes, PersistentVolumeClaims and Namespaces (not ${kind})\n`,
      );
      return 1;
    }
    const refused = versionOrFormatError(kind, options);
    if (refused) {
      ctx.stderr(`error: ${refused}\n`);
      return 1;
    }
    const schemas = loadedExplainSchemas();
    return schemas ? explain(schemas, kind, options, ctx) : explainWhenLoaded(kind, options, ctx);
  },
});

/**
 * explain.go Run, then openapiv3explain's printModelDescriptionWithGenerator: --api-version picks
 * the group/version whose OpenAPI document is read (the kinds documented here are all core v1),
 * and the template is looked up before any field of the path.
 */
function versionOrFormatError(kind: string, options: ExplainOptions): string | undefined {
  if (options.apiVersion !== '' && options.apiVersion !== 'v1') {
    const parts = options.apiVersion.split('/');
    if (parts.length > 2) return `unexpected GroupVersion string: ${options.apiVersion}`;
    const [group, version] = parts.length === 2 ? parts : ['', parts[0]];
    const plural = resolveResourceType(kind)?.plural ?? kind.toLowerCase();
    return `couldn't find resource for "${group}/${version}, Resource=${plural}"`;
  }
  if (options.output === 'plaintext-openapiv2')
    return "Pod Lab's API documentation has only the plaintext layout of kubectl v1.27 and later (leave out -o plaintext-openapiv2)";
  if (options.output !== 'plaintext') return `unrecognized format: ${options.output}`;
  return undefined;
}
