// Keeps the arrows of ARCHITECTURE.md pointing down: sim imports nothing of ours; kubectl only sim;
// lessons sim and kubectl; app the core; nothing imports ui. A wrong import fails here with its file.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = dirname(new URL(import.meta.url).pathname);
const allowed: Record<string, string[]> = {
  sim: ['sim'],
  kubectl: ['sim', 'kubectl'],
  lessons: ['sim', 'kubectl', 'lessons'],
  app: ['sim', 'kubectl', 'lessons', 'app'],
  ui: ['sim', 'kubectl', 'lessons', 'app', 'ui'],
};

function* sourceFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* sourceFiles(path);
    else if (/\.(ts|tsx)$/.test(name)) yield path;
  }
}

function layerOf(file: string): string {
  return relative(src, file).split('/')[0]!;
}

describe('layer boundaries', () => {
  const violations: string[] = [];
  for (const file of sourceFiles(src)) {
    const layer = layerOf(file);
    const rules = allowed[layer];
    if (!rules) continue;
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(
      /(?:import|export)[^'"]*from\s+['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]/g,
    )) {
      const target = resolve(dirname(file), match[1] ?? match[2]!);
      const targetLayer = layerOf(target);
      if (targetLayer.startsWith('..') || targetLayer === relative(src, target)) continue; // outside src, or src/main.tsx
      if (!rules.includes(targetLayer)) violations.push(`${relative(src, file)} imports ${targetLayer}/`);
    }
    if (['sim', 'kubectl', 'lessons'].includes(layer) && !file.endsWith('.test.ts')) {
      for (const pkg of ['react', 'zustand', 'monaco-editor', '@xterm/xterm', 'node:fs']) {
        if (text.includes(`from '${pkg}`)) violations.push(`${relative(src, file)} imports ${pkg}`);
      }
    }
  }

  it('every import points down the layers', () => {
    expect(violations).toEqual([]);
  });

  it('finds the core files it guards (the scan itself works)', () => {
    expect([...sourceFiles(join(src, 'sim'))].length).toBeGreaterThan(2);
  });
});
