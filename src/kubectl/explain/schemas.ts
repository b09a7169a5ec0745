// The OpenAPI v3 schemas `kubectl explain` reads (sim/openapi/core-v1.openapi.json, about 250 kB),
// loaded the first time they are needed rather than with the console, so that the page's first
// chunk does not carry them. Tests and the headless console load them up front.

import type { Schemas } from './render';

let loaded: Schemas | undefined;
let loading: Promise<Schemas> | undefined;

/** The schemas, if they have arrived. */
export function loadedExplainSchemas(): Schemas | undefined {
  return loaded;
}

export function loadExplainSchemas(): Promise<Schemas> {
  loading ??= import('../../sim/openapi/core-v1.openapi.json').then((module) => {
    loaded = module.default;
    return loaded;
  });
  return loading;
}
