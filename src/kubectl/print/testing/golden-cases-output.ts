// Golden cases for the template output formats (-o jsonpath and friends) and --sort-by.

import { alignColumns } from '../../commands/common';
import { columnsFromSpec, customColumnRows } from '../custom-columns';
import { type GoldenCase, defaultPods, jsonPathCase, sortedNamesCase } from './golden-case-builders';
import { podNamed } from './golden-cluster';

// customcolumn.go printOneObject: fmt.Sprint of each value, several values joined by ",".
function customColumnsCase(name: string, spec: string): GoldenCase {
  return {
    name,
    args: ['get', 'pods', '-o', `custom-columns=${spec}`],
    ours: (c) => {
      const parsed = columnsFromSpec(spec);
      if (!parsed.ok) return `--- stderr ---\nerror: ${parsed.error}\n--- exit 1 ---\n`;
      return alignColumns(customColumnRows(defaultPods(c), parsed.columns, false).rows);
    },
  };
}

export const OUTPUT_FORMAT_CASES: GoldenCase[] = [
  customColumnsCase(
    'custom-columns-joined',
    'NAME:.metadata.name,PORTS:.spec.containers[*].ports[*].containerPort,IMAGES:spec.containers[*].image,READY:{.status.containerStatuses[*].ready}',
  ),
  customColumnsCase(
    'custom-columns-maps',
    'NAME:metadata.name,LABELS:.metadata.labels,RESOURCES:.spec.containers[0].resources,PORTS:.spec.containers[0].ports',
  ),
  customColumnsCase(
    'custom-columns-numbers',
    'NAME:.metadata.name,GRACE:.spec.terminationGracePeriodSeconds,IP:{.status.podIPs[*].ip}',
  ),
  jsonPathCase('jsonpath-names', ['get', 'pods'], '{.items[*].metadata.name}', defaultPods, true),
  jsonPathCase('jsonpath-single', ['get', 'pod', 'kuard'], '{.status.podIP}', (c) => [podNamed(c, 'kuard')], false),
  jsonPathCase(
    'jsonpath-range',
    ['get', 'pods'],
    '{range .items[*]}{.metadata.name}{"\\t"}{.status.phase}{"\\n"}{end}',
    defaultPods,
    true,
  ),
  jsonPathCase(
    'jsonpath-filter',
    ['get', 'pod', 'two-containers'],
    '{.spec.containers[?(@.name=="debian-container")].image}',
    (c) => [podNamed(c, 'two-containers')],
    false,
  ),
  jsonPathCase(
    'jsonpath-map',
    ['get', 'pod', 'kuard-restarts'],
    '{.metadata.labels}',
    (c) => [podNamed(c, 'kuard-restarts')],
    false,
  ),
  jsonPathCase(
    'jsonpath-object',
    ['get', 'pod', 'kuard'],
    '{.status.containerStatuses[0].state}',
    (c) => [podNamed(c, 'kuard')],
    false,
  ),
  jsonPathCase(
    'jsonpath-restarts',
    ['get', 'pods'],
    '{.items[*].status.containerStatuses[*].restartCount}',
    defaultPods,
    true,
  ),
  jsonPathCase('jsonpath-missing', ['get', 'pod', 'kuard'], '{.status.nothing}', (c) => [podNamed(c, 'kuard')], false),
  jsonPathCase('jsonpath-unclosed', ['get', 'pod', 'kuard'], '{.metadata.name', (c) => [podNamed(c, 'kuard')], false),
  jsonPathCase('jsonpath-no-braces', ['get', 'pod', 'kuard'], '.metadata.name', (c) => [podNamed(c, 'kuard')], false),
  jsonPathCase(
    'jsonpath-out-of-range',
    ['get', 'pod', 'kuard'],
    '{.spec.containers[5].name}',
    (c) => [podNamed(c, 'kuard')],
    false,
  ),
  jsonPathCase('jsonpath-range-unclosed', ['get', 'pods'], '{range .items[*]}{.metadata.name} ', defaultPods, true),
  jsonPathCase('jsonpath-end-alone', ['get', 'pods'], '{.kind}{end}', defaultPods, true),
  jsonPathCase('jsonpath-bad-char', ['get', 'pod', 'kuard'], '{.metadata.name|}', (c) => [podNamed(c, 'kuard')], false),
  jsonPathCase(
    'jsonpath-bad-index',
    ['get', 'pod', 'kuard'],
    '{.spec.containers[x]}',
    (c) => [podNamed(c, 'kuard')],
    false,
  ),
  jsonPathCase(
    'jsonpath-recursive',
    ['get', 'pod', 'kuard'],
    '{..containerPort}',
    (c) => [podNamed(c, 'kuard')],
    false,
  ),
  jsonPathCase(
    'jsonpath-union',
    ['get', 'pod', 'kuard'],
    "{.metadata['name','namespace']}",
    (c) => [podNamed(c, 'kuard')],
    false,
  ),
  jsonPathCase(
    'jsonpath-text-around',
    ['get', 'pod', 'kuard'],
    'pod={.metadata.name} ip={.status.podIP}',
    (c) => [podNamed(c, 'kuard')],
    false,
  ),
  jsonPathCase('jsonpath-index', ['get', 'pods'], '{.items[0].metadata.name}', defaultPods, true),
  jsonPathCase('jsonpath-last', ['get', 'pods'], '{.items[-1:].metadata.name}', defaultPods, true),
  sortedNamesCase('sort-by-name', '.metadata.name'),
  sortedNamesCase('sort-by-creation', '.metadata.creationTimestamp'),
  sortedNamesCase('sort-by-restarts', '.status.containerStatuses[0].restartCount'),
  sortedNamesCase('sort-by-braces', '{.metadata.name}'),
  sortedNamesCase('sort-by-missing', '.spec.nothing'),
];
