/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { atlasServing } from './scripts/vite-csp.ts';
import { preloadMap } from './scripts/vite-preload-map.ts';
import { embedPage } from './scripts/vite-embed-page.ts';
import { geodataVerified } from './scripts/vite-geodata-verified.ts';

export default defineConfig({
  // atlasServing: the Content-Security-Policy (a <meta> in the build, a header in preview)
  // and brotli/gzip twins of every text asset, served by `vite preview`.
  // preloadMap: the lazy map chunk and MapLibre download in parallel with the app.
  // embedPage: embed.html, the one page other sites may frame (a copy of index.html).
  // geodataVerified: validates the geodata at build time; the app skips the schemas for it.
  plugins: [react(), atlasServing(), preloadMap(), embedPage(), geodataVerified()],
  // Atlas content and the basemap are imported with `?url` and fetched at run time, so each
  // file loads (and can fail) on its own and the JavaScript bundle stays small.
  assetsInclude: ['**/*.geojson'],
  // Never inline data as data: URLs: every file is its own request (and CSP allows only 'self').
  build: { target: 'es2022', sourcemap: true, assetsInlineLimit: 0, chunkSizeWarningLimit: 1200 },
  server: { port: 5173 },
  preview: { port: 4173 },
  // Unit and contract tests run in node; component tests (panels through the DOM, no
  // browser) in happy-dom.
  test: {
    // Sized for a machine three times slower than a developer's, under load (the fuzz
    // tests take seconds on an idle one).
    testTimeout: 60_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/contract/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['tests/setup-i18n.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'component',
          include: ['tests/component/**/*.test.tsx'],
          environment: 'happy-dom',
          setupFiles: ['tests/setup-i18n.ts', 'tests/component/setup.ts'],
        },
      },
    ],
  },
});
