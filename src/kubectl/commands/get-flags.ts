// kubectl get's help and flags (pkg/cmd/get/get.go NewCmdGet), kept apart from the command.

import type { FlagSpec } from '../flags';
import { KUSTOMIZE_FLAG, RECURSIVE_FLAG } from './builder-flags';
import { TEMPLATE_FLAG } from './common';
import { ALLOW_MISSING_KEYS_FLAG, SHOW_MANAGED_FIELDS_FLAG } from './print-flags';

export const GET_HELP = `Display one or many resources.

 Prints a table of the most important facts about the resources you name. Narrow the list with a
label selector (-l), widen it to every namespace (-A), or print whole objects with -o yaml or -o json.

 Use "kubectl api-resources" to see the resource types this cluster serves.

Examples:
  # List the Pods in the current namespace
  kubectl get pods

  # The same, with the Pod IP and node
  kubectl get pods -o wide

  # One Pod, as YAML
  kubectl get pod kuard -o yaml

  # Pods whose label app is kuard, with their labels
  kubectl get pods -l app=kuard --show-labels

  # Watch Pods change until Ctrl+C
  kubectl get pods --watch

  # Only the names, with JSONPath
  kubectl get pods -o jsonpath='{.items[*].metadata.name}'`;

export const GET_FLAGS: FlagSpec[] = [
  ALLOW_MISSING_KEYS_FLAG,
  {
    name: 'all-namespaces',
    short: 'A',
    type: 'bool',
    help: 'List the requested objects across all namespaces. The namespace in the current context is ignored even if specified with --namespace.',
  },
  {
    name: 'field-selector',
    type: 'string',
    help: 'Selector (field query) to filter on, e.g. --field-selector status.phase=Running.',
  },
  {
    name: 'chunk-size',
    type: 'int',
    default: 500,
    help: 'Return large lists in chunks rather than all at once. (A simulated cluster answers in one piece.)',
  },
  { name: 'filename', short: 'f', type: 'stringArray', help: 'Files naming the resources to get.' },
  { name: 'ignore-not-found', type: 'bool', help: 'Do not report an error when a named object does not exist.' },
  KUSTOMIZE_FLAG,
  {
    name: 'label-columns',
    short: 'L',
    type: 'stringArray',
    help: 'Label keys to show as extra columns (upper-cased).',
  },
  { name: 'no-headers', type: 'bool', help: 'Leave out the header line of tables.' },
  { name: 'output', short: 'o', type: 'string', help: 'Output format: json, yaml, name, wide, jsonpath=...' },
  {
    name: 'output-watch-events',
    type: 'bool',
    help: 'With --watch or --watch-only, print each change as a watch event (ADDED, MODIFIED, DELETED); the objects already there are ADDED.',
  },
  {
    name: 'raw',
    type: 'string',
    help: 'Raw URI to request from the server, e.g. /api/v1/namespaces/default/pods/kuard.',
  },
  RECURSIVE_FLAG,
  {
    name: 'selector',
    short: 'l',
    type: 'string',
    help: "Selector (label query) to filter on, supports '=', '==', '!=', 'in', 'notin'. (e.g. -l key1=value1,key2=value2).",
  },
  {
    name: 'server-print',
    type: 'bool',
    default: true,
    help: 'If true, have the server return the table columns; if false, kubectl prints only NAME and AGE.',
  },
  { name: 'show-kind', type: 'bool', help: 'List the resource type with each name (pod/kuard).' },
  { name: 'show-labels', type: 'bool', help: 'Show every label as the last column.' },
  SHOW_MANAGED_FIELDS_FLAG,
  {
    name: 'sort-by',
    type: 'string',
    help: "Sort by a JSONPath field, e.g. '{.metadata.name}' or .status.startTime.",
  },
  {
    name: 'subresource',
    type: 'string',
    help: 'If specified, gets the subresource of the requested object. Must be one of [status scale].',
  },
  TEMPLATE_FLAG,
  { name: 'watch', short: 'w', type: 'bool', help: 'After listing, keep printing a line for each change.' },
  { name: 'watch-only', type: 'bool', help: 'Print a line for each change, without the initial list.' },
];
