// kubectl describe (pkg/describe/describe.go): one page per object, with its Events. A name that
// matches no object is tried as a prefix, as kubectl does (`kubectl describe pod kua`).

import type { Event, KubeObject, Node, PersistentVolume, PersistentVolumeClaim, Pod } from '../../sim/api';
import { defineCommand, type CommandContext } from '../command';
import { fail, formatStatusError } from '../errors';
import * as printers from '../printers';
import { isUnserved, parseResourceArgs, type AnyResourceType } from '../resources';
import { unservedNotFound } from '../unserved-kinds';
import { listSelected } from './common';

interface DescribeOptions {
  requests: { type: AnyResourceType; names: string[] }[];
  selector: string;
  allNamespaces: boolean;
  namespace: string;
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
    { name: 'selector', short: 'l', type: 'string', help: 'Selector (label query) to filter on.' },
    { name: 'show-events', type: 'bool', default: true, help: 'Show the events related to the described object.' },
  ],
  parse({ flags, args, namespace }) {
    if (args.length === 0) {
      return fail(
        'You must specify the type of resource to describe. Use "kubectl api-resources" for a complete list of supported resources.',
      );
    }
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
    return { requests, selector: flags.string('selector'), allNamespaces: flags.bool('all-namespaces'), namespace };
  },
  run(options, ctx) {
    const pages: string[] = [];
    const errors: string[] = [];
    let listedAny = false;
    for (const request of options.requests) {
      const namespace = request.type.namespaced ? (options.allNamespaces ? undefined : options.namespace) : undefined;
      if (request.names.length === 0) {
        listedAny = true;
        const listed = listSelected(ctx, request.type, namespace, { label: options.selector });
        if (!listed.ok) errors.push(formatStatusError(listed.error));
        else for (const obj of listed.value) pages.push(describeObject(request.type, obj, ctx));
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
          pages.push(describeObject(type, got.value, ctx));
          continue;
        }
        if (got.error.reason !== 'NotFound') {
          errors.push(formatStatusError(got.error));
          continue;
        }
        const listed = ctx.cluster.list(type.kind, namespace);
        const matches = listed.ok ? listed.value.filter((o) => (o.metadata?.name ?? '').startsWith(name)) : [];
        if (matches.length === 0) errors.push(formatStatusError(got.error));
        for (const obj of matches) pages.push(describeObject(type, obj, ctx));
      }
    }
    const text = pages.join('\n\n');
    if (text) ctx.stdout(text.endsWith('\n') ? text : text + '\n');
    if (pages.length === 0 && listedAny && errors.length === 0) {
      const namespaced = options.requests.some((r) => r.type.namespaced);
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

function describeObject(type: AnyResourceType, obj: KubeObject, ctx: CommandContext): string {
  const now = ctx.cluster.clock.now();
  switch (type.kind) {
    case 'Pod':
      return printers.describePod(obj as Pod, eventsFor(obj, ctx), now);
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
      return printers.describeNode(obj as Node, onNode, nodeEvents, now);
    }
    case 'PersistentVolumeClaim': {
      // describe lists every Pod in the claim's namespace to find those that mount it (getPodsForPVC).
      const pods = ctx.cluster.list('Pod', obj.metadata?.namespace ?? 'default');
      return printers.describePersistentVolumeClaim(obj as PersistentVolumeClaim, eventsFor(obj, ctx), now, {
        pods: pods.ok ? (pods.value as Pod[]) : [],
      });
    }
    case 'PersistentVolume':
      return printers.describePersistentVolume(obj as PersistentVolume, eventsFor(obj, ctx), now);
    default:
      return `Name:         ${obj.metadata?.name ?? ''}\n`;
  }
}
