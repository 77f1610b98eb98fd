/**
 * The bench's static server: serves a built directory the way `vite preview` serves the atlas
 * (same security headers, same precompressed brotli/gzip files; scripts/vite-csp.ts), with
 * optional overrides that answer some paths from other files — how the synthetic dataset is
 * served in place of geodata/projects.geojson without touching the build.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, resolve, sep } from 'node:path';
import { COMPRESSIBLE, SECURITY_HEADERS, precompressed } from '../vite-csp.ts';

const TYPES: Record<string, string> = {
  ...COMPRESSIBLE,
  '.woff2': 'font/woff2',
  '.png': 'image/png',
  '.map': 'application/json',
};

export interface Override {
  /** Requests whose path matches are answered from `file` (and its .br/.gz twins). */
  path: RegExp;
  file: string;
}

export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}

export async function serveStatic(
  root: string,
  port: number,
  overrides: Override[] = [],
): Promise<StaticServer> {
  const base = resolve(root);
  const compressed = precompressed(base);
  const server: Server = createServer((req, res) => {
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) res.setHeader(k, v);
    const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    const override = overrides.find((o) => o.path.test(pathname));
    if (override) {
      const dir = resolve(override.file, '..');
      req.url = `/${override.file.slice(dir.length + 1)}`;
      return precompressed(dir)(req, res, () => sendFile(override.file));
    }
    compressed(req, res, () => {
      const file = resolve(
        base,
        pathname === '/' ? 'index.html' : `.${decodeURIComponent(pathname)}`,
      );
      if (!file.startsWith(base + sep)) return notFound();
      sendFile(file);
    });

    function sendFile(file: string) {
      if (!existsSync(file) || !statSync(file).isFile()) return notFound();
      res.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
      res.setHeader('Content-Length', statSync(file).size);
      if (req.method === 'HEAD') res.end();
      else createReadStream(file).pipe(res);
    }
    function notFound() {
      res.statusCode = 404;
      res.end('not found');
    }
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', ok);
  });
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${bound}`,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
