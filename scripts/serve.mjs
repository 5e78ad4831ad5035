// A small static server for dist/ (used by `make run` and the end-to-end tests).
//   node scripts/serve.mjs [dir] [port] [--csp] [--host 127.0.0.1]
// With --csp every response carries the strict Content-Security-Policy the README documents.
// Like a production server it compresses (brotli or gzip, as the browser accepts) and lets
// browsers keep content-hashed files for a year; everything else is revalidated.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

// File names with a content hash (Trunk's and postbuild's `-<16 hex>`) never change content.
const HASHED = /-[0-9a-f]{16}(_bg)?\.(js|wasm|css)$/;
const COMPRESS = new Set(['.html', '.js', '.mjs', '.wasm', '.css', '.json', '.webmanifest', '.svg', '.txt']);
const compressed = new Map();
const encode = (path, mtime, body, encoding) => {
  const key = `${path}:${mtime}:${encoding}`;
  if (!compressed.has(key)) {
    compressed.set(key, encoding === 'br'
      ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
      : gzipSync(body, { level: 9 }));
  }
  return compressed.get(key);
};

/** Start a server; resolves to { server, port, url }. */
export function serve(dir, { port = 0, host = '127.0.0.1', csp = false, headers = {} } = {}) {
  const root = resolve(dir);
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url, 'http://x');
      let path = normalize(join(root, decodeURIComponent(url.pathname)));
      if (!path.startsWith(root)) {
        res.writeHead(403).end();
        return;
      }
      if ((await stat(path).catch(() => null))?.isDirectory()) path = join(path, 'index.html');
      let body = await readFile(path);
      const head = {
        'Content-Type': TYPES[extname(path)] || 'application/octet-stream',
        'Cache-Control': HASHED.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache',
        'X-Content-Type-Options': 'nosniff',
        ...headers,
      };
      if (csp) head['Content-Security-Policy'] = CSP;
      if (COMPRESS.has(extname(path))) {
        head.Vary = 'Accept-Encoding';
        const accept = String(req.headers['accept-encoding'] || '');
        const encoding = /\bbr\b/.test(accept) ? 'br' : /\bgzip\b/.test(accept) ? 'gzip' : null;
        if (encoding) {
          body = encode(path, (await stat(path)).mtimeMs, body, encoding);
          head['Content-Encoding'] = encoding;
        }
      }
      res.writeHead(200, head);
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((ok) => server.listen(port, host, () => {
    const p = server.address().port;
    ok({ server, port: p, url: `http://${host}:${p}/` });
  }));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const flag = (f) => args.includes(f);
  const pos = args.filter((a) => !a.startsWith('--'));
  const dir = pos[0] || 'dist';
  const port = Number(pos[1] || 8080);
  const { url } = await serve(dir, { port, csp: flag('--csp') });
  console.log(`Serving ${dir}/ at ${url} (Content-Security-Policy: ${flag('--csp') ? CSP : 'none'}). Ctrl-C to stop.`);
}
