/**
 * The embed page, embed.html: the same document as index.html (same bundle, same policy in its
 * <meta>), under its own name, so that a server can let other sites frame it and only it
 * (scripts/vite-csp.ts sends it `frame-ancestors *`, and every other page `'none'`). The app
 * tells the two apart by the path (src/main.tsx): embedded, it shows a slim bar with "Open in
 * the full atlas" instead of the header.
 *
 * A copy rather than a second HTML input: with two inputs the bundler splits the shared start-up
 * code into more chunks, and the full atlas would load more files than it does now.
 */
import type { Plugin } from 'vite';

export const EMBED_HTML = 'embed.html';

export function embedPage(): Plugin {
  return {
    name: 'atlas-embed-page',
    // Dev server: /embed.html is index.html (the app reads the path).
    configureServer(server) {
      server.middlewares.use((req, _res, next) => {
        if (req.url?.split('?')[0] === `/${EMBED_HTML}`)
          req.url = `/index.html${req.url.slice(EMBED_HTML.length + 1)}`;
        next();
      });
    },
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const index = bundle['index.html'];
        if (!index || index.type !== 'asset') throw new Error('no index.html in the bundle');
        const html = String(index.source).replace(
          /<title>([^<]*)<\/title>/,
          (_m, title: string) => `<title>${title} (embedded)</title>`,
        );
        this.emitFile({ type: 'asset', fileName: EMBED_HTML, source: html });
      },
    },
  };
}
