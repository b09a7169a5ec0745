// Placeholder until the image catalogue lands: every image is unknown to the registry.
import type { ImageCatalog } from '../program';

export function createImageCatalog(): ImageCatalog {
  return {
    lookup: (image) => ({ found: false, pullError: `failed to resolve reference "${image}": not found` }),
  };
}
