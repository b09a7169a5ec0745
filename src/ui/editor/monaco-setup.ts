// Loads Monaco the lean way: the editor core with its features and the YAML language only (not
// every language Monaco ships), the workers as local bundles (no CDN), and monaco-yaml validating
// every workspace file against the Kubernetes v1 Pod schema generated into src/sim/openapi.

import 'monaco-editor/esm/vs/editor/editor.all.js';
import 'monaco-editor/esm/vs/basic-languages/yaml/yaml.contribution.js';
import * as monaco from 'monaco-editor/esm/vs/editor/editor.api.js';
import { configureMonacoYaml } from 'monaco-yaml';
import podSchema from '../../sim/openapi/pod.schema.json';
import EditorWorker from './workers/editor.worker?worker';
import YamlWorker from './workers/yaml.worker?worker';

declare global {
  interface Window {
    MonacoEnvironment?: { getWorker(workerId: string, label: string): Worker };
  }
}

window.MonacoEnvironment = {
  getWorker: (_workerId, label) => (label === 'yaml' ? new YamlWorker() : new EditorWorker()),
};

/** Identifies the schema inside monaco-yaml; never fetched (enableSchemaRequest is off). */
export const POD_SCHEMA_URI = 'inmemory://pod-lab/schemas/pod.schema.json';

configureMonacoYaml(monaco, {
  enableSchemaRequest: false,
  validate: true,
  completion: true,
  hover: true,
  format: {},
  schemas: [{ uri: POD_SCHEMA_URI, fileMatch: ['*'], schema: podSchema as never }],
});

export { monaco };
