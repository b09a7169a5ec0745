// monaco-yaml's language server (validation, completion, hover against the manifest schemas), bundled locally.
import 'monaco-yaml/yaml.worker.js';
