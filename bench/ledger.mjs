// `make ledger`: where the WebAssembly's bytes go, for the README's size ledger (figures, not a
// test). Builds the release wasm once more with full symbol names (v0 mangling, in its own
// target directory so the real build is untouched), runs wasm-bindgen and wasm-opt as the
// release does but keeping the names, and sums twiggy's report by what each byte is for: each
// page and component (its view and the Yew machinery made for it), the rules, Yew's shared
// runtime, the standard library, and data.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { ROOT } from '../tests/e2e/helpers.mjs';

const target = join(ROOT, 'target', 'ledger');
const out = join(target, 'out');
mkdirSync(out, { recursive: true });
const run = (cmd, args, opts = {}) => execFileSync(cmd, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 30, ...opts });

run('cargo', ['build', '--release', '--target', 'wasm32-unknown-unknown', '--bin', 'bandian'], {
  env: { ...process.env, CARGO_TARGET_DIR: target, RUSTFLAGS: '-C symbol-mangling-version=v0' },
});
run('wasm-bindgen', ['--target', 'web', '--keep-debug', '--no-typescript', '--out-dir', out,
  join(target, 'wasm32-unknown-unknown', 'release', 'bandian.wasm')]);
const features = [...new Set([...readFileSync(join(ROOT, 'index.html'), 'utf8').matchAll(/--enable-[a-z-]+/g)].map((m) => m[0]))];
const named = join(out, 'named.wasm');
run('wasm-opt', [...features, '-g', '-Oz', '--converge', '--low-memory-unused', '--zero-filled-memory', join(out, 'bandian_bg.wasm'), '-o', named]);
const csv = run('twiggy', ['top', '-n', '1000000', '--format', 'csv', named]).toString();

const rows = csv.trim().split('\n').slice(1).map((line) => {
  const m = line.match(/^(.*),(\d+),([\d.]+),[^,]*,[^,]*$/);
  return m ? { name: m[1].replace(/^"|"$/g, '').replace(/\[[0-9a-f]+\]/g, ''), size: Number(m[2]) } : null;
}).filter((r) => r && !/custom section|subsection/.test(r.name));

const groups = new Map();
const add = (group, size) => groups.set(group, (groups.get(group) ?? 0) + size);
for (const { name, size } of rows) {
  // A page's or component's module: its view, the Yew machinery made for it, its props.
  const comp = name.match(/bandian::((?:pages|components|app)::[a-z_]+)::[A-Z]/) ?? name.match(/bandian::(app)::App\b/);
  if (comp) add(`${comp[1]} (its view, the Yew code made for it, props)`, size);
  else if (name.startsWith('data segment')) add('data (text, tables, strings)', size);
  else if (/^<?bandian::(policy|calendar|divisions|flow)/.test(name)) add('rules, calendar, flow', size);
  else if (/^<?bandian::i18n/.test(name)) add('text accessors', size);
  else if (/^<?bandian::(components|pages|app)/.test(name)) add('page and component helpers (functions)', size);
  else if (/yew::|implicit_clone|indexmap|hashbrown|slab/.test(name)) add('Yew runtime (shared)', size);
  else if (/wasm_bindgen|web_sys|js_sys|gloo/.test(name)) add('browser bindings', size);
  else if (/qrcodegen/.test(name)) add('QR encoder', size);
  else add('standard library and the rest', size);
}
const total = [...groups.values()].reduce((a, b) => a + b, 0);
const kb = (n) => (n / 1024).toFixed(1).padStart(7);
console.log(`wasm with names, after wasm-opt: ${kb(total)} KB (the release also strips names and minifies imports)`);
const sorted = [...groups.entries()].sort((a, b) => b[1] - a[1]);
for (const [group, size] of sorted) console.log(`${kb(size)} KB  ${(100 * size / total).toFixed(1).padStart(5)}%  ${group}`);
console.log('\ntwiggy top 25:');
for (const { name, size } of rows.sort((a, b) => b.size - a.size).slice(0, 25)) console.log(`${kb(size)} KB  ${name.slice(0, 120)}`);
const release = readFileSync(join(ROOT, 'dist', readdirSync(join(ROOT, 'dist')).find((f) => f.endsWith('_bg.wasm'))));
console.log(`\nthe release wasm: ${kb(release.length)} KB raw, ${kb(gzipSync(release, { level: 9 }).length)} KB gzip`);
