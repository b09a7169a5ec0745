// kubectl describe (pkg/describe/describe.go): one page per object, with its Events. A name that
// matches no object is tried as a prefix, as kubectl does (`kubectl describe pod kua`).

import type { Event, KubeObject, Node, PersistentVolume, PersistentVolumeClaim, Pod } from '../../sim/api';
import { defineCommand, type CommandContext } from '../command';
import { fail, formatStatusError } from '../errors';
import * as printers from '../printers';
import { isUnserved, parseResourceArgs, type AnyResourceType } from '../resources';
import { unservedNotFound } from '../unserved-kinds';
import { KUSTOMIZE_FLAG, RECURSIVE_FLAG, kustomizeError } from './builder-flags';
import { listSelected } from './common';
import { describeTargetsFromFiles } from './describe-files';

interface DescribeOptions {
  requests: { type: AnyResourceType; names: string[]; namespace?: string }[];
  /** -f: the objects the manifests name (resolved when the command runs). */
  files: string[];
  /** Names were given with -f: refused once the files are found (the builder's order). */
  argsWithFiles: boolean;
  kustomize: string;
  selector: string;
  allNamespaces: boolean;
  namespace: string;
  showEvents: boolean;
}

export const describeCommand = defineCommand<DescribeOptions>({
  name: 'describe',
  group: 'Troubleshooting and Debugging Commands',
  summary: 'Show details of a specific resource or group of resources',
  help: `Show the details of one object or of a group of objects, with the events that concern them.

 When no object has exactly the name you give, every object whose name starts with it is shown.

Examples:
  # Describe a Pod
  kubectl describe pod kuard

  # Describe every Pod whose name starts with "kuard"
  kubectl describe pods kuard

  # Describe the Pods labelled app=kuard
  kubectl describe pods -l app=kuard

  # Describe a node
  kubectl describe node node-1`,
  usage: 'describe (-f FILENAME | TYPE [NAME_PREFIX | -l label] | TYPE/NAME)',
  flags: [
    { name: 'all-namespaces', short: 'A', type: 'bool', help: 'Describe the objects in every namespace.' },
    {
      name: 'chunk-size',
      type: 'int',
      default: 500,
      help: 'Return large lists in chunks rather than all at once. (A simulated cluster answers in one piece.)',
    },
    { name: 'filename', short: 'f', type: 'stringArray', help: 'Files naming the resources to describe.' },
    KUSTOMIZE_FLAG,
    RECURSIVE_FLAG,
    { name: 'selector', short: 'l', type: 'string', help: 'Selector (label query) to filter on.' },
    { name: 'show-events', type: 'bool', default: true, help: 'Show the events related to the described object.' },
  ],
  parse({ flags, args, namespace }) {
    const files = flags.list('filename');
    const kustomize = flags.string('kustomize');
    const base = {
      files,
      argsWithFiles: files.length > 0 && args.length > 0,
      kustomize,
      selector: flags.string('selector'),
      allNamespaces: flags.bool('all-namespaces'),
      namespace,
      showEvents: flags.bool('show-events'),
    };
    if (args.length === 0 && files.length === 0 && kustomize === '') {
      return fail(
        'You must specify the type of resource to describe. Use "kubectl api-resources" for a complete list of supported resources.',
      );
    }
    // The builder's FilenameParam: -f and -k exclude each other; names wait until the files are read.
    if (kustomize !== '' && files.length > 0) return fail('only one of -f or -k can be specified');
    if (files.length > 0) return { ...base, requests: [] };
    if (kustomize !== '' && args.length > 0)
      return fail('when paths, URLs, or stdin is provided as input, you may not specify resource arguments as well');
    if (kustomize !== '') return { ...base, requests: [] };
    const parsed = parseResourceArgs(args, true);
    if (!parsed.ok) return fail(parsed.error);
    const requests: DescribeOptions['requests'] = parsed.typesOnly.map((type) => ({ type, names: [] }));
    for (const ref of parsed.refs) {
      const last = requests[requests.length - 1];
      if (last && last.type === ref.type && last.names.length > 0) last.names.push(ref.name!);
      else requests.push({ type: ref.type, names: [ref.name!] });
    }
    // The resource builder refuses names together with a selector (resource.Builder.Do).
    if (parsed.refs.length > 0 && flags.string('selector') !== '') {
      return fail('name cannot be provided when a selector is specified');
    }
    if (parsed.refs.length > 0 && base.allNamespaces)
      return fail('a resource cannot be retrieved by name across all namespaces');
    return { ...base, requests };
  },
  run(options, ctx) {
    if (options.kustomize !== '') {
      // describe prints the kustomize error bare, without "error: ".
      ctx.stderr(`${kustomizeError(options.kustomize, ctx.workspace)}\n`);
      return 1;
    }
    const pages: string[] = [];
    const errors: string[] = [];
    let listedAny = false;
    let requests = options.requests;
    if (options.files.length > 0) {
      const fromFiles = describeTargetsFromFiles(options.files, options.argsWithFiles, options.namespace, ctx);
      if (typeof fromFiles === 'string') {
        ctx.stderr(fromFiles);
        return 1;
      }
      requests = fromFiles.requests;
      errors.push(...fromFiles.errors);
    }
    for (const request of requests) {
      const namespace = request.type.namespaced
        ? (request.namespace ?? (options.allNamespaces ? undefined : options.namespace))
        : undefined;
      if (request.names.length === 0) {
        listedAny = true;
        const listed = listSelected(ctx, request.type, namespace, { label: options.selector });
        if (!listed.ok) errors.push(formatStatusError(listed.error));
        else for (const obj of listed.value) pages.push(describeObject(request.type, obj, ctx, options.showEvents));
        continue;
      }
      const type = request.type;
      if (isUnserved(type)) {
        for (const name of request.names) errors.push(formatStatusError(unservedNotFound(type, name)));
        continue;
      }
      for (const name of request.names) {
        const got = ctx.cluster.get(type.kind, namespace, name);
        if (got.ok) {
          pages.push(describeObject(type, got.value, ctx, options.showEvents));
          continue;
        }
        // Objects named by files are not matched by prefix (only TYPE NAME_PREFIX is).
        if (got.error.reason !== 'NotFound' || options.files.length > 0) {
          errors.push(formatStatusError(got.error));
          continue;
        }
        const listed = ctx.cluster.list(type.kind, namespace);
        const matches = listed.ok ? listed.value.filter((o) => (o.metadata?.name ?? '').startsWith(name)) : [];
        if (matches.length === 0) errors.push(formatStatusError(got.error));
        for (const obj of matches) pages.push(describeObject(type, obj, ctx, options.showEvents));
      }
    }
    const text = pages.join('\n\n');
    if (text) ctx.stdout(text.endsWith('\n') ? text : text + '\n');
    if (pages.length === 0 && listedAny && errors.length === 0) {
      const namespaced = requests.some((r) => r.type.namespaced);
      ctx.stderr(
        namespaced && !options.allNamespaces
          ? `No resources found in ${options.namespace} namespace.\n`
          : 'No resources found\n',
      );
    }
    for (const error of errors) ctx.stderr(error);
    return errors.length > 0 ? 1 : 0;
  },
});

/** Events about one object: same name, namespace and uid (describe.go asks with a field selector). */
function eventsFor(obj: KubeObject, ctx: CommandContext): Event[] {
  const namespace = obj.metadata?.namespace;
  const terms = [`involvedObject.name=${obj.metadata?.name ?? ''}`, `involvedObject.namespace=${namespace ?? ''}`];
  if (obj.metadata?.uid) terms.push(`involvedObject.uid=${obj.metadata.uid}`);
  const listed = ctx.cluster.list('Event', namespace ?? 'default', { fieldSelector: terms.join(',') });
  if (!listed.ok) return [];
  return (listed.value as Event[]).filter((e) => e.involvedObject.kind === obj.kind);
}

function describeObject(type: AnyResourceType, obj: KubeObject, ctx: CommandContext, showEvents: boolean): string {
  const now = ctx.cluster.clock.now();
  // --show-events=false: the describers are given no events and leave the section out.
  const eventsAbout = (o: KubeObject) => (showEvents ? eventsFor(o, ctx) : undefined);
  switch (type.kind) {
    case 'Pod':
      return printers.describePod(obj as Pod, eventsAbout(obj), now);
    case 'Node': {
      const pods = ctx.cluster.list('Pod', undefined, { fieldSelector: `spec.nodeName=${obj.metadata?.name ?? ''}` });
      const onNode = pods.ok ? (pods.value as Pod[]).filter((p) => p.spec?.nodeName === obj.metadata?.name) : [];
      const events = ctx.cluster.list('Event', undefined, {
        fieldSelector: `involvedObject.kind=Node,involvedObject.name=${obj.metadata?.name ?? ''}`,
      });
      const nodeEvents = events.ok
        ? (events.value as Event[]).filter(
            (e) => e.involvedObject.kind === 'Node' && e.involvedObject.name === obj.metadata?.name,
          )
        : [];
      return printers.describeNode(obj as Node, onNode, showEvents ? nodeEvents : undefined, now);
    }
    case 'PersistentVolumeClaim': {
      // describe lists every Pod in the claim's namespace to find those that mount it (getPodsForPVC).
      const pods = ctx.cluster.list('Pod', obj.metadata?.namespace ?? 'default');
      return printers.describePersistentVolumeClaim(obj as PersistentVolumeClaim, eventsAbout(obj), now, {
        pods: pods.ok ? (pods.value as Pod[]) : [],
      });
    }
    case 'PersistentVolume':
      return printers.describePersistentVolume(obj as PersistentVolume, eventsAbout(obj), now);
    default:
      return `Name:         ${obj.metadata?.name ?? ''}\n`;
  }
}
