// Loads Monaco the lean way: the editor core with its features and the YAML language only (not
// every language Monaco ships; yaml-language.ts), the workers as local bundles (no CDN), and monaco-yaml validating
// every workspace file against the Kubernetes v1 schemas generated into src/sim/openapi (each
// document against its kind's: Pod, PersistentVolume or PersistentVolumeClaim).

import 'monaco-editor/esm/vs/editor/editor.all.js';
import * as monaco from 'monaco-editor/esm/vs/editor/editor.api.js';
import { configureMonacoYaml } from 'monaco-yaml';
import manifestSchema from '../../sim/openapi/manifests.schema.json';
import EditorWorker from './workers/editor.worker?worker';
import YamlWorker from './workers/yaml.worker?worker';
import { registerYaml } from './yaml-language';

registerYaml(monaco);

// Kept: the hook that makes Monaco's styles pass the page's CSP (ui/common/csp-safe-styles.ts).
window.MonacoEnvironment = {
  ...window.MonacoEnvironment,
  getWorker: (_workerId, label) => (label === 'yaml' ? new YamlWorker() : new EditorWorker()),
};

// monaco-yaml asks for its worker the older way ({ moduleId, label, createData }). Monaco 0.54
// answers that only from its full bundle (editor.main.js), which we do not load; this is the same
// bridge, for our one language: start the worker, hand it its creation data, then wrap it.
interface LegacyWorkerOptions {
  worker?: unknown;
  label?: string;
  createData?: unknown;
  host?: unknown;
  keepIdleModels?: boolean;
}
const editorApi = monaco.editor as unknown as { createWebWorker(options: LegacyWorkerOptions): unknown };
const createWebWorkerFromWorker = editorApi.createWebWorker.bind(editorApi);
editorApi.createWebWorker = (options) => {
  if (options.worker !== undefined) return createWebWorkerFromWorker(options);
  const worker = Promise.resolve(window.MonacoEnvironment!.getWorker!('workerMain.js', options.label ?? '')).then(
    (w) => {
      // The first message selects the worker's module (ignored by ESM workers), the second is its creation data.
      w.postMessage('ignore');
      w.postMessage(options.createData);
      return w;
    },
  );
  return createWebWorkerFromWorker({ worker, host: options.host, keepIdleModels: options.keepIdleModels });
};

/** Identifies the schema inside monaco-yaml; never fetched (enableSchemaRequest is off). */
export const MANIFEST_SCHEMA_URI = 'inmemory://pod-lab/schemas/manifests.schema.json';

configureMonacoYaml(monaco, {
  enableSchemaRequest: false,
  validate: true,
  completion: true,
  hover: true,
  format: {},
  schemas: [{ uri: MANIFEST_SCHEMA_URI, fileMatch: ['*'], schema: manifestSchema }],
});

export { monaco };

/** How text looks in both the editor and the diff view, so a file reads the same in each. */
export const EDITOR_LOOK = {
  automaticLayout: true,
  fontFamily: "ui-monospace, 'DejaVu Sans Mono', 'SFMono-Regular', Menlo, Consolas, monospace",
  fontSize: 13,
  lineHeight: 20,
  minimap: { enabled: false },
  scrollBeyondLastLine: false,
} satisfies monaco.editor.IEditorOptions;
