// `make bench`: Lighthouse (mobile profile, default simulated throttling) on the release build
// served on loopback with the production headers, for the start page and a result page.
// Prints the median of RUNS runs (default 5): performance score, FCP, LCP, TBT, CLS.
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { serveDist } from '../tests/e2e/helpers.mjs';

const RUNS = Number(process.env.RUNS || 5);
const PAGES = {
  start: '',
  result: '?customer=small_micro&kw=120&area=rural&line_m=50&dig_m=20&city_core=0&builder=grid&date=2026-11-26',
};
const site = await serveDist();
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`Lighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version}, mobile, median of ${RUNS} runs:`);
for (const [name, query] of Object.entries(PAGES)) {
  const rows = [];
  for (let i = 0; i < RUNS; i++) {
    const result = await lighthouse(site.url + query, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
    const a = result.lhr.audits;
    rows.push({
      score: result.lhr.categories.performance.score * 100,
      fcp: a['first-contentful-paint'].numericValue,
      lcp: a['largest-contentful-paint'].numericValue,
      tbt: a['total-blocking-time'].numericValue,
      cls: a['cumulative-layout-shift'].numericValue,
    });
  }
  const m = (k) => median(rows.map((r) => r[k]));
  console.log(
    `  ${name.padEnd(7)} score ${m('score').toFixed(0).padStart(3)}  FCP ${(m('fcp') / 1000).toFixed(2)} s  LCP ${(m('lcp') / 1000).toFixed(2)} s  TBT ${m('tbt').toFixed(0)} ms  CLS ${m('cls').toFixed(3)}   (scores: ${rows.map((r) => r.score.toFixed(0)).join(' ')})`,
  );
}
await chrome.kill();
await site.close();
