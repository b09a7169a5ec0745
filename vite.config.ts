/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { lessonsPlugin } from './scripts/lessons-vite-plugin.ts';
import { contentSecurityPolicyPlugin } from './scripts/csp-vite-plugin.ts';
import { bootPlugin } from './scripts/boot-vite-plugin.ts';

// base './' keeps every asset URL relative, so dist/ works from any sub-path (/pod-lab/) or a plain file server.
export default defineConfig({
  base: './',
  plugins: [
    lessonsPlugin(),
    react(),
    // The service worker precaches the whole built site (Monaco, its workers, every lazy chunk), so
    // after one visit Pod Lab opens and runs with the network off. 'prompt': a new version waits and
    // is announced in the page, never reloaded under a learner (src/app/app-updates.ts).
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      // The icons are in the precache through globPatterns already.
      includeManifestIcons: false,
      manifest: {
        name: 'Pod Lab — Kubernetes Pods, hands-on',
        short_name: 'Pod Lab',
        description:
          'Learn Kubernetes Pods hands-on: real kubectl commands against a cluster simulated in your browser.',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#2f5fb3',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: 'icon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,ttf,woff2,svg,png}'],
        // Monaco's chunk is ~3.5 MB and the YAML worker ~1 MB before compression.
        maximumFileSizeToCacheInBytes: 12 * 1024 * 1024,
        cleanupOutdatedCaches: true,
        // The first install takes over the open page, so its lazy chunks come from the cache too.
        // (Updates still wait: skipWaiting stays off until the page sends SKIP_WAITING.)
        clientsClaim: true,
        // Every route is a hash on index.html; a navigation to the folder itself gets the cached page.
        navigateFallback: 'index.html',
      },
    }),
    contentSecurityPolicyPlugin(),
    bootPlugin(),
  ],
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
    include: ['src/**/*.test.ts'],
    setupFiles: ['src/testing/fast-check-seed.ts', 'src/kubectl/testing/preload-explain.ts'],
  },
});
