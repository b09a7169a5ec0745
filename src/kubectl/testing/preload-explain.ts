// Every test's console answers `kubectl explain` at once, as the browser's does once the
// schemas have arrived (explain/schemas.ts).
import { loadExplainSchemas } from '../explain/schemas';

await loadExplainSchemas();
