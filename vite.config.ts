/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { lessonsPlugin } from './scripts/lessons-vite-plugin.ts';

// base './' keeps every asset URL relative, so dist/ works from any sub-path (/pod-lab/) or a plain file server.
export default defineConfig({
  base: './',
  plugins: [lessonsPlugin(), react()],
  worker: { format: 'es' },
  optimizeDeps: {
    include: ['monaco-editor/esm/vs/editor/editor.worker', 'monaco-yaml/yaml.worker'],
  },
  build: {
    // POD_LAB_OUT lets parallel test runs build into separate folders (default dist/).
    outDir: process.env.POD_LAB_OUT ?? 'dist',
    target: 'es2022',
    chunkSizeWarningLimit: 4000,
  },
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts', 'bin/**/*.test.ts', 'scripts/**/*.test.ts', 'lessons/**/*.test.ts'],
  },
});
