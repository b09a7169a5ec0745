// Golden cases for the template output formats (-o jsonpath and friends) and --sort-by.

import { type ApiResourcesOptions, apiResourcesText } from '../../commands/api-resources';
import { alignColumns } from '../../commands/common';
import { columnsFromSpec, customColumnRows } from '../custom-columns';
import { printGoTemplate } from '../go-template';
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

// cli-runtime printers/template.go GoTemplatePrinter: the object as decoded JSON (int64 numbers),
// missing keys as <no value>, and on failure the debugging dump on stdout.
function goTemplateCase(name: string, template: string, list = false): GoldenCase {
  return {
    name,
    args: list
      ? ['get', 'pods', '-o', `go-template=${template}`]
      : ['get', 'pod', 'kuard', '-o', `go-template=${template}`],
    ours: (c) => {
      const printed = printGoTemplate(list ? defaultPods(c) : [podNamed(c, 'kuard')], template, { asList: list });
      return printed.error === undefined
        ? printed.stdout
        : `${printed.stdout}--- stderr ---\n${printed.error}\n--- exit 1 ---\n`;
    },
  };
}

const GO_TEMPLATE_CASES: GoldenCase[] = [
  goTemplateCase('go-template-names', '{{range .items}}{{.metadata.name}}{{"\\n"}}{{end}}', true),
  goTemplateCase(
    'go-template-range-vars',
    '{{range $i, $p := .items}}{{if $i}}, {{end}}{{$p.metadata.name}}={{$p.status.phase}}{{end}}{{"\\n"}}',
    true,
  ),
  goTemplateCase(
    'go-template-values',
    '{{.metadata.name}} {{.metadata.labels}} {{.spec.containers}} {{.nothing}} {{.spec.terminationGracePeriodSeconds}} {{.status.conditions}}',
  ),
  goTemplateCase(
    'go-template-functions',
    '{{len .spec.containers}} {{index .spec.containers 0 "name"}} {{printf "%-8s|%5d|%q|%v" .kind .spec.priority .status.phase 1000000.0}} {{eq .kind "Pod"}} {{and .spec.nodeName (ne .status.phase "Pending")}} {{or .nope "fallback"}} {{not .spec.nodeName}} {{print 1 2 "a" .kind}} {{println "x"}}',
  ),
  goTemplateCase(
    'go-template-control',
    '{{with .status}}{{.phase}}{{end}} {{if eq .status.phase "Pending"}}waiting{{else if eq .status.phase "Running"}}running{{else}}other{{end}} {{- $n := .metadata.name }} [{{ $n }}] {{ range .spec.containers }}{{ range .ports }}{{ .containerPort }}/{{ .protocol }}{{ end }}{{ end }} {{range .nope}}x{{else}}empty{{end}}',
  ),
  goTemplateCase('go-template-field-of-string', '{{.metadata.name}}|{{.metadata.name.first}}'),
  goTemplateCase('go-template-index-out-of-range', '{{index .spec.containers 5}}'),
  goTemplateCase('go-template-nil-field', '{{(index .status.conditions 0).lastProbeTime.seconds}}'),
  goTemplateCase('go-template-compare-types', '{{lt .kind 3}}'),
  goTemplateCase('go-template-range-string', '{{range .metadata.name}}x{{end}}'),
  goTemplateCase('go-template-unclosed', '{{.metadata.name'),
  goTemplateCase('go-template-dash-in-key', '{{.metadata.labels.app-name}}'),
  goTemplateCase('go-template-unknown-function', '{{upper .metadata.name}}'),
  goTemplateCase('go-template-missing-end', '{{range .spec.containers}}{{.name}}'),
];

// apiresources.go: kubectl formats the discovery the stand-in serves from ../../discovery.ts, so
// these check the filters, the stable sort by group (or name/kind) and the columns.
function apiResourcesCase(name: string, flags: string[], options: Partial<ApiResourcesOptions>): GoldenCase {
  return {
    name,
    args: ['api-resources', ...flags],
    prepare: (c) => ({ ...c, discovery: 'full' }),
    ours: () => apiResourcesText({ output: '', verbs: [], categories: [], sortBy: '', noHeaders: false, ...options }),
  };
}

const API_RESOURCES_CASES: GoldenCase[] = [
  apiResourcesCase('api-resources', [], {}),
  apiResourcesCase('api-resources-wide', ['-o', 'wide'], { output: 'wide' }),
  apiResourcesCase('api-resources-name', ['-o', 'name'], { output: 'name' }),
  apiResourcesCase('api-resources-cluster-scoped', ['--namespaced=false'], { namespaced: false }),
  apiResourcesCase('api-resources-apps-by-kind', ['--api-group=apps', '--sort-by=kind'], {
    apiGroup: 'apps',
    sortBy: 'kind',
  }),
  apiResourcesCase('api-resources-core-group', ['--api-group=', '--no-headers'], { apiGroup: '', noHeaders: true }),
  apiResourcesCase('api-resources-verbs', ['--verbs=list,watch', '--namespaced=true', '--sort-by=name', '-o', 'name'], {
    verbs: ['list', 'watch'],
    namespaced: true,
    sortBy: 'name',
    output: 'name',
  }),
  apiResourcesCase('api-resources-category-all', ['--categories=all', '-o', 'wide'], {
    categories: ['all'],
    output: 'wide',
  }),
];

export const OUTPUT_FORMAT_CASES: GoldenCase[] = [
  ...GO_TEMPLATE_CASES,
  ...API_RESOURCES_CASES,
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
