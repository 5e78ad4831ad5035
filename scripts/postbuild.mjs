// Trunk post_build hook (Trunk.toml). Runs in the staging directory before it becomes dist/.
//
// 1. Strict CSP (`script-src 'self' 'wasm-unsafe-eval'`) forbids inline scripts, so Trunk's
//    inline loader is replaced by boot-<hash>.js, which also shows the hotline fallback when
//    WebAssembly is missing or fails, and registers the service worker.
// 2. The service worker is written from the real, hashed file names: a new release has a new
//    cache name and the old cache is deleted on activation.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minify } from 'terser';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('postbuild: TRUNK_STAGING_DIR is not set (run through trunk)');
  process.exit(1);
}
const hash = (data) => createHash('sha256').update(data).digest('hex').slice(0, 16);

const indexPath = join(dir, 'index.html');
let html = readFileSync(indexPath, 'utf8');
// Trunk's loader: an inline module script (quotes may be minified away).
const inline = html.match(/<script type=["']?module["']?[^>]*>([\s\S]*?)<\/script>/);
if (!inline) {
  console.error('postbuild: Trunk loader script not found in index.html');
  process.exit(1);
}
const js = inline[1].match(/from\s*["']([^"']+\.js)["']/)?.[1];
const wasm = inline[1].match(/["']([^"']+_bg\.wasm)["']/)?.[1];
if (!js || !wasm) {
  console.error('postbuild: could not read the module and wasm names from the loader');
  process.exit(1);
}
// 3. Release only, shrinking the glue and the wasm together:
//    a. wasm-bindgen names every import and export after the Rust item plus a hash
//       (`__wbg_addEventListener_f2d27251d333a631`), once in the wasm and again in the glue.
//       wasm-opt renames them all to one or two letters and prints the mapping; the glue is
//       rewritten to match, and the build fails if any name is left unmatched (5.8 KB gzip).
//    b. Trunk does not minify the glue: terser does (about 2 KB gzip).
if (process.env.TRUNK_PROFILE === 'release') {
  const gluePath = join(dir, js.replace(/^\.\//, ''));
  const wasmPath = join(dir, wasm.replace(/^\.\//, ''));
  let glue = readFileSync(gluePath, 'utf8');
  // The features enabled for Trunk's wasm-opt run in index.html (data-wasm-opt-params).
  const features = [...readFileSync(join(dirname(fileURLToPath(import.meta.url)), '..', 'index.html'), 'utf8').matchAll(/--enable-[a-z-]+/g)].map((m) => m[0]);
  const printed = execFileSync('wasm-opt', [...new Set(features), '--minify-imports-and-exports-and-modules', wasmPath, '-o', wasmPath], { encoding: 'utf8' });
  const map = JSON.parse(printed.slice(printed.indexOf('{')));
  const module = new WebAssembly.Module(readFileSync(wasmPath));
  const modules = [...new Set(WebAssembly.Module.imports(module).map((i) => i.module))];
  const oldModules = [...new Set(map.imports.map(([m]) => m))];
  if (modules.length !== 1 || oldModules.length !== 1) {
    console.error(`postbuild: expected one import module, found ${modules} (was ${oldModules})`);
    process.exit(1);
  }
  const swap = (pattern, to, what, required = true) => {
    const before = glue;
    glue = glue.replace(pattern, to);
    if (required && glue === before) {
      console.error(`postbuild: ${what} not found in the glue`);
      process.exit(1);
    }
  };
  const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  swap(new RegExp(`(["'])${esc(oldModules[0])}\\1(?=\\s*:)`), JSON.stringify(modules[0]), `import module ${oldModules[0]}`);
  for (const [, from, to] of map.imports) {
    swap(new RegExp(`(?<![\\w$])${esc(from)}(?=\\s*:)`, 'g'), JSON.stringify(to), `import ${from}`);
  }
  // Exports the glue does not use (main, the abort handler) need no rewriting.
  for (const [from, to] of map.exports) {
    swap(new RegExp(`\\bwasm\\.${esc(from)}\\b`, 'g'), `wasm[${JSON.stringify(to)}]`, `export ${from}`, false);
  }
  const left = glue.match(/__wbg_\w+_[0-9a-f]{16}\b|\bwasm\.(?:__wbindgen|__externref|wasm_bindgen)\w*/);
  if (left) {
    console.error(`postbuild: ${left[0]} is still in the glue after renaming`);
    process.exit(1);
  }
  const out = await minify(glue, { module: true, compress: true, mangle: true });
  writeFileSync(gluePath, out.code);
}

// 4. The text files the app fetches (English, the result page's) are served as their texts in
//    the order of their sorted keys, one per line, after a line with a fingerprint of the keys:
//    the app then places each line in its slot without carrying the keys itself, and refuses a
//    file written for other keys. build.rs computes the same fingerprint (FNV-1a, 32 bits, of
//    the sorted keys joined by newlines).
const fnv = (s) => {
  let h = 0x811c9dc5;
  for (const b of Buffer.from(s, 'utf8')) h = Math.imul(h ^ b, 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
};
for (const name of ['zh.result.txt', 'en.txt', 'en.result.txt']) {
  const path = join(dir, name);
  const entries = [];
  for (const raw of readFileSync(path, 'utf8').split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const eq = line.indexOf('=');
    if (eq < 0) {
      console.error(`postbuild: ${name}: expected \`key = text\`: ${line}`);
      process.exit(1);
    }
    entries.push([line.slice(0, eq).trim(), line.slice(eq + 1).trim()]);
  }
  entries.sort(([a], [b]) => Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8')));
  const keys = entries.map(([k]) => k).join('\n');
  writeFileSync(path, `#bandian-text ${fnv(keys)}\n${entries.map(([, t]) => t).join('\n')}\n`);
}

const boot = `// Generated by scripts/postbuild.mjs from Trunk's loader.
// The page's own content paints first; the app (glue and WebAssembly, fetched in parallel)
// starts right after. The text a URL will need (English, the result) is fetched meanwhile.
const root = document.documentElement;
const fail = () => root.classList.add('crashed');
const q = new URLSearchParams(location.search);
const text = [];
if (q.get('lang') === 'en') text.push('en.txt');
if (q.has('kw')) text.push('zh.result.txt', ...(q.get('lang') === 'en' ? ['en.result.txt'] : []));
for (const href of text) {
  const l = document.createElement('link');
  Object.assign(l, { rel: 'preload', as: 'fetch', href, crossOrigin: 'anonymous' });
  document.head.append(l);
}
const start = () => {
  if (typeof WebAssembly !== 'object') return fail();
  const wasm = fetch('${wasm}');
  import('${js}')
    .then((m) => m.default({ module_or_path: wasm }))
    .then(() => dispatchEvent(new CustomEvent('TrunkApplicationStarted')))
    .catch(fail);
};
// After the first paint; or soon in any case, as frames may not come (a background tab, a
// portal's iframe out of view).
let once = false;
const go = () => once || ((once = true), start());
requestAnimationFrame(() => setTimeout(go, 0));
setTimeout(go, 100);
if ('serviceWorker' in navigator && location.protocol.startsWith('http')) {
  addEventListener('load', () => {
    navigator.serviceWorker.register('./sw.js').catch(() => {});
    // Text fetched before the worker took over: fetch it again through the worker, so that it
    // is there offline too.
    if (!navigator.serviceWorker.controller) {
      navigator.serviceWorker.addEventListener('controllerchange', () => {
        for (const e of performance.getEntriesByType('resource')) {
          if (new URL(e.name).pathname.endsWith('.txt')) fetch(e.name).catch(() => {});
        }
      }, { once: true });
    }
  });
}
`;
const release = process.env.TRUNK_PROFILE === 'release';
const small = async (code) => (release ? (await minify(code, { module: true, compress: true, mangle: true })).code : code);
const bootCode = await small(boot);
const bootName = `boot-${hash(bootCode)}.js`;
writeFileSync(join(dir, bootName), bootCode);
html = html.replace(inline[0], `<script type="module" src="./${bootName}"></script>`);
// The boot script fetches the glue and the wasm itself, after the first paint.
html = html.replace(/<link[^>]*rel=["']?(modulepreload|preload)["']?[^>]*>/g, '');
writeFileSync(indexPath, html);

// Everything the app needs to run offline (not the example embedding page or PNG icons).
const all = [];
const walk = (d) => {
  for (const name of readdirSync(d)) {
    const p = join(d, name);
    if (statSync(p).isDirectory()) walk(p);
    else all.push(relative(dir, p).split('\\').join('/'));
  }
};
walk(dir);
const precache = all
  .filter((f) => /^(index\.html|boot-.*\.js|bandian-.*\.(js|wasm)|app-.*\.css|static\/icon\.svg|static\/manifest\.webmanifest)$/.test(f))
  .sort();
const version = hash(precache.map((f) => f + ':' + hash(readFileSync(join(dir, f)))).join('\n'));
const files = ['./', ...precache.filter((f) => f !== 'index.html').map((f) => './' + f)];
const sw = `// Generated by scripts/postbuild.mjs: the offline cache for this release.
const VERSION = 'bandian-${version}';
// Read by scripts/size.mjs: what a first visit downloads.
self.PRECACHE = ${JSON.stringify(files, null, 2)};
const FILES = self.PRECACHE;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(VERSION).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('bandian-') && k !== VERSION).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    // The page: network first (a new release shows at once), the cached copy when offline.
    // Answers live in the query, so any query is served by the same page.
    event.respondWith(
      fetch(request).catch(() => caches.open(VERSION).then((cache) => cache.match('./', { ignoreSearch: true }))),
    );
    return;
  }
  // Files: the cache first; anything fetched later (the English text) is kept for offline use.
  event.respondWith(
    caches.match(request, { ignoreSearch: true }).then((hit) => hit || fetch(request).then((response) => {
      if (response.ok) {
        const copy = response.clone();
        caches.open(VERSION).then((cache) => cache.put(request, copy));
      }
      return response;
    })),
  );
});
`;
writeFileSync(join(dir, 'sw.js'), release ? (await minify(sw, { compress: true, mangle: true })).code : sw);
console.log(`postbuild: ${bootName}, sw.js (bandian-${version}, ${files.length} files)`);
