// A small static server for dist/ (used by `make run` and the end-to-end tests).
//   node scripts/serve.mjs [dir] [port] [--csp] [--host 127.0.0.1]
// With --csp every response carries the strict Content-Security-Policy the README documents.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

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
      const body = await readFile(path);
      const head = { 'Content-Type': TYPES[extname(path)] || 'application/octet-stream', 'Cache-Control': 'no-cache', ...headers };
      if (csp) head['Content-Security-Policy'] = CSP;
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
