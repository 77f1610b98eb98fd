/**
 * How the production atlas is served: one strict Content-Security-Policy and compressed files.
 *
 * - The policy goes into the built index.html as a <meta> (so it holds on any static host) and
 *   is sent as an HTTP header by `vite preview` (which can also say `frame-ancestors`).
 * - At build time every text asset (JS, CSS, HTML, JSON, GeoJSON) gets a brotli (.br) and a
 *   gzip (.gz) twin; the preview server sends the best one the browser accepts. Any static
 *   host that serves precompressed files (nginx `gzip_static`/`brotli_static`, Caddy
 *   `precompressed`, …) can do the same.
 *
 * The dev server gets neither: Vite's dev client and React Refresh need inline scripts.
 * The bench server (scripts/bench/server.ts) reuses `precompressed` and `SECURITY_HEADERS`.
 */
import { createReadStream, existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Connect, Plugin } from 'vite';
import { ONLINE_BASEMAPS, PROVIDERS } from '../src/basemaps.ts';

/**
 * The policy, directive by directive. Anything not named falls back to `default-src 'none'`.
 */
const DIRECTIVES: [directive: string, value: string][] = [
  ['default-src', "'none'"],
  // Only the built bundles run: no inline script, no eval, no other host.
  ['script-src', "'self'"],
  // MapLibre's worker is its own file (src/map/MapView.tsx `workerUrl`), never a blob: URL.
  ['worker-src', "'self'"],
  // Data, basemap and the fonts MapLibre rasterises are fetched from this origin; the online
  // basemaps a reader may choose (src/basemaps.ts) from their one host each: OpenFreeMap's
  // TileJSON and vector tiles, EOX's raster tiles (MapLibre fetches raster tiles with fetch(),
  // not <img>, so they need connect-src and nothing in img-src).
  // blob: is the reader's own file, written as GeoJSON by the worker that read it and read by
  // MapLibre's worker from a URL the page made (src/map/UserLayers.tsx): it never leaves the
  // page, and only the page can make such a URL.
  [
    'connect-src',
    ["'self'", 'blob:', ...ONLINE_BASEMAPS.map((b) => PROVIDERS[b].origin)].join(' '),
  ],
  // MapLibre's stylesheet draws its control icons as data: SVGs; the favicon is `data:,`.
  // An image cannot run script, and data: images never leave the page.
  ['img-src', "'self' data:"],
  ['font-src', "'self'"],
  // Stylesheets are files (<link rel=stylesheet>, including the ones Vite adds for lazy chunks).
  ['style-src', "'self'"],
  ['style-src-elem', "'self'"],
  // style="" attributes: none needed. React and MapLibre write inline styles through the
  // CSSOM (`element.style.transform = …`, `style.setProperty`), which CSP does not govern;
  // only style="" in parsed markup or setAttribute('style', …) would be refused, and the
  // atlas builds no markup from strings (an ESLint rule bans it). tests/e2e/security.spec.ts
  // drives the whole page and records zero violations.
  ['style-src-attr', "'none'"],
  // Trusted Types: no string reaches a DOM sink that can run script (innerHTML, script src,
  // eval, new Worker(url)…) unless a policy vets it, and the only policy allowed is the
  // page's `default` one (src/trustedTypes.ts), which passes this origin's built script
  // files (MapLibre's worker) and nothing else.
  ['require-trusted-types-for', "'script'"],
  ['trusted-types', 'default'],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
];

/**
 * `frame-ancestors` is ignored (with a console warning) in a <meta>: header only. The atlas
 * refuses to be framed; the embed page (embed.html) is meant to be framed by any site.
 */
const HEADER_ONLY: [string, string][] = [['frame-ancestors', "'none'"]];
const EMBED_HEADER_ONLY: [string, string][] = [['frame-ancestors', '*']];
/** The pages other sites may frame, by path. */
export const FRAMEABLE_PAGES = ['/embed.html'];

const serialise = (d: [string, string][]) => d.map(([k, v]) => `${k} ${v}`).join('; ');

/** The policy as delivered in the built index.html. */
export const CSP_META = serialise(DIRECTIVES);
/** The policy as delivered by the preview (and bench) server. */
export const CSP_HEADER = serialise([...DIRECTIVES, ...HEADER_ONLY]);
/** The same policy for the embed page: only `frame-ancestors` differs. */
export const CSP_HEADER_EMBED = serialise([...DIRECTIVES, ...EMBED_HEADER_ONLY]);

export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CSP_HEADER,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/** Content types of the files the atlas ships that are worth compressing. */
export const COMPRESSIBLE: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

function* filesIn(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* filesIn(path);
    else yield path;
  }
}

/** Writes a .br and a .gz twin next to every compressible file of at least 1 kB in `dir`. */
export async function precompressDir(dir: string): Promise<void> {
  const jobs = [...filesIn(dir)]
    .filter((f) => COMPRESSIBLE[extname(f)] && statSync(f).size >= 1024)
    .map(async (file) => {
      const raw = await readFile(file);
      const [br, gzipped] = await Promise.all([
        brotli(raw, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
            [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
          },
        }),
        gz(raw, { level: 9 }),
      ]);
      writeFileSync(`${file}.br`, br);
      writeFileSync(`${file}.gz`, gzipped);
    });
  await Promise.all(jobs);
}

/**
 * Connect middleware: answers GET/HEAD for a file under `root` with its .br or .gz twin when
 * the browser accepts it; anything else goes on to `next`. `/` means `/index.html`.
 */
export function precompressed(root: string): Connect.NextHandleFunction {
  const base = resolve(root);
  return (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      return next();
    }
    const file = resolve(base, pathname === '/' ? 'index.html' : `.${pathname}`);
    const type = COMPRESSIBLE[extname(file)];
    if (!type || !file.startsWith(base + sep) || !existsSync(file)) return next();
    const accept = String(req.headers['accept-encoding'] ?? '');
    const encoding =
      /\bbr\b/.test(accept) && existsSync(`${file}.br`)
        ? 'br'
        : /\bgzip\b/.test(accept) && existsSync(`${file}.gz`)
          ? 'gzip'
          : null;
    if (!encoding) return next();
    const body = `${file}.${encoding === 'br' ? 'br' : 'gz'}`;
    res.statusCode = 200;
    res.setHeader('Content-Type', type);
    res.setHeader('Content-Encoding', encoding);
    res.setHeader('Content-Length', statSync(body).size);
    res.setHeader('Vary', 'Accept-Encoding');
    // Everything under assets/ carries a content hash in its name: cache it for good.
    res.setHeader(
      'Cache-Control',
      pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    );
    if (req.method === 'HEAD') res.end();
    else createReadStream(body).pipe(res);
  };
}

/** The path of a request URL, or '' if it cannot be parsed. */
function pathOf(url: string | undefined): string {
  try {
    return new URL(url ?? '/', 'http://localhost').pathname;
  } catch {
    return '';
  }
}

/** The Vite plugin: CSP meta + precompressed twins at build, headers + compression in preview. */
export function atlasServing(): Plugin {
  let outDir = 'dist';
  return {
    name: 'atlas-csp-and-compression',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (ctx.server) return html; // dev server: Vite's client needs inline scripts
        // Right after <meta charset>, before any script or stylesheet the policy governs.
        const meta = `<meta http-equiv="Content-Security-Policy" content="${CSP_META}" />`;
        const charset = /<meta charset=[^>]*>/i;
        if (!charset.test(html)) throw new Error('index.html needs a <meta charset> first');
        return html.replace(charset, (m) => `${m}\n    ${meta}`);
      },
    },
    // Runs only when a build writes its files (never in dev or preview).
    async writeBundle(options) {
      await precompressDir(options.dir ?? outDir);
    },
    configurePreviewServer(server) {
      // Before Vite's own middlewares: headers on every response, then precompressed files.
      server.middlewares.use((req, res, next) => {
        for (const [k, v] of Object.entries(SECURITY_HEADERS)) res.setHeader(k, v);
        if (FRAMEABLE_PAGES.includes(pathOf(req.url)))
          res.setHeader('Content-Security-Policy', CSP_HEADER_EMBED);
        next();
      });
      server.middlewares.use(precompressed(outDir));
    },
  };
}
