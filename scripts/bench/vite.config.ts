/**
 * Builds the bench's bare MapLibre page (scripts/bench/bare/) into bench-results/bare/,
 * with the same build settings and serving plugin as the atlas (vite.config.ts), so the two
 * differ only in what they ship. `npx vite build --config scripts/bench/vite.config.ts`
 */
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { atlasServing } from '../vite-csp.ts';

const root = resolve(import.meta.dirname, 'bare');

export default defineConfig({
  root,
  plugins: [atlasServing()],
  assetsInclude: ['**/*.geojson'],
  build: {
    outDir: resolve(import.meta.dirname, '..', '..', 'bench-results', 'bare'),
    emptyOutDir: true,
    target: 'es2022',
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1200,
    reportCompressedSize: false,
  },
  logLevel: 'warn',
});
