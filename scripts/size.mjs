// `make size`: every file a first visit downloads, raw / gzip / brotli, and the total.
//   node scripts/size.mjs [dist] [--check]     (--check: exit 1 above the budget)
// The list is the service worker's precache (what the app needs to run) plus the worker itself;
// the end-to-end tests check that a real first visit requests nothing outside this list.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

// The gate: 175 KB gzip since the screens became Yew components, 190 KB since the result at a
// glance and the fixes of what customers hit (issues 14 and 15: 172.2 → 185.9 KB; README,
// "Size ledger"); the goal stays 150 KB.
export const BUDGET_GZIP = 190 * 1024;
export const GOAL_GZIP = 150 * 1024;

/** The files a first visit downloads, relative to dist/. */
export function firstVisitFiles(dist) {
  const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
  const list = JSON.parse(sw.match(/self\.PRECACHE\s*=\s*(\[[\s\S]*?\])/)[1]);
  return ['index.html', ...list.filter((f) => f !== './').map((f) => f.replace(/^\.\//, '')), 'sw.js'];
}

export function sizes(dist) {
  return firstVisitFiles(dist).map((f) => {
    const data = readFileSync(join(dist, f));
    return {
      file: f,
      raw: data.length,
      gzip: gzipSync(data, { level: 9 }).length,
      brotli: brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const dist = args.find((a) => !a.startsWith('--')) || 'dist';
  const rows = sizes(dist);
  const kb = (n) => (n / 1024).toFixed(1).padStart(8);
  console.log(`${'file'.padEnd(40)}${'raw KB'.padStart(8)}${'gzip KB'.padStart(9)}${'br KB'.padStart(8)}`);
  for (const r of rows) console.log(`${r.file.padEnd(40)}${kb(r.raw)} ${kb(r.gzip)}${kb(r.brotli)}`);
  const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  console.log(`${'total'.padEnd(40)}${kb(total.raw)} ${kb(total.gzip)}${kb(total.brotli)}`);
  console.log(`budget: ${(BUDGET_GZIP / 1024).toFixed(0)} KB gzip for the whole first visit (goal ${(GOAL_GZIP / 1024).toFixed(0)} KB: ${((total.gzip - GOAL_GZIP) / 1024).toFixed(1)} KB to go)`);
  if (args.includes('--check') && total.gzip > BUDGET_GZIP) {
    console.error(`over budget by ${((total.gzip - BUDGET_GZIP) / 1024).toFixed(1)} KB gzip`);
    process.exit(1);
  }
}
