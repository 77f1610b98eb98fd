/**
 * Starts downloading the map as soon as the page does. The map is a lazy chunk (so a browser
 * without WebGL never runs it), but lazy means it would be requested only after the app's
 * own script has loaded and run. A `modulepreload` link for the map chunk and everything it
 * imports (MapLibre) lets the browser fetch them in parallel with the app.
 */
import type { Plugin } from 'vite';

export function preloadMap(entry = 'src/map/MapView.tsx'): Plugin {
  return {
    name: 'atlas-preload-map',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const bundle = ctx.bundle;
        if (!bundle) return html; // dev server
        const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
        const map = chunks.find((c) => c.facadeModuleId?.endsWith(entry));
        if (!map) throw new Error(`no chunk for ${entry}`);
        const files = new Set<string>();
        const visit = (file: string) => {
          if (files.has(file)) return;
          files.add(file);
          const chunk = chunks.find((c) => c.fileName === file);
          chunk?.imports.forEach(visit);
          // react-map-gl imports MapLibre itself lazily: fetch it early too.
          chunk?.dynamicImports.filter((f) => /maplibre-gl/.test(f)).forEach(visit);
        };
        visit(map.fileName);
        const links = [...files]
          .filter((f) => !html.includes(f))
          .map((f) => `<link rel="modulepreload" crossorigin href="/${f}">`)
          .join('\n    ');
        return html.replace('</head>', `  ${links}\n  </head>`);
      },
    },
  };
}
