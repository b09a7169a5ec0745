// monaco-yaml's language server (validation, completion, hover against the Pod schema), bundled locally.
import 'monaco-yaml/yaml.worker.js';
