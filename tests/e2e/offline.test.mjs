// Offline: after one visit online, the service worker (sw.js) serves the app and the result
// text from its cache, so any result URL opens without a connection; a new release replaces
// the cache instead of piling up a second one.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { firstVisitFiles } from '../../scripts/size.mjs';
import { control, DIST, gotoApp, launch, openPage, PHONE, serveDist, title } from './helpers.mjs';

let browser;
let dir; // a private copy of dist/, so a rebuild during the run cannot change it under us
let site;
let version; // the cache name of this release, from sw.js
before(async () => {
  browser = await launch();
  dir = mkdtempSync(join(tmpdir(), 'bandian-offline-'));
  cpSync(DIST, dir, { recursive: true });
  version = readFileSync(join(dir, 'sw.js'), 'utf8').match(/["'`](bandian-[0-9a-f]{6,})["'`]/)?.[1];
  site = await serveDist({ dir });
});
after(async () => {
  await browser?.close();
  await site?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const RESULT = 'customer=small_micro&kw=120&area=rural&line_m=50&dig_m=20&city_core=0&builder=grid&date=2026-11-26';
const OTHER = 'customer=other_org&kw=500&area=urban&supply=single&special=1&date=2026-11-26';

/** Wait until the service worker is active and controls the page. */
async function controlled(page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated', null, { timeout: 10_000 });
}

/** Evaluate `fn(arg)` in the page until it returns true (page.waitForFunction does not await promises). */
async function until(page, fn, arg, what, timeout = 10_000) {
  const end = Date.now() + timeout;
  for (;;) {
    if (await page.evaluate(fn, arg)) return;
    if (Date.now() > end) assert.fail(`timed out waiting for ${what}`);
    await new Promise((ok) => setTimeout(ok, 100));
  }
}

/** Wait until the release's cache holds a file (the worker stores fetched files asynchronously). */
async function cached(page, file) {
  await until(
    page,
    async (f) => {
      for (const key of await caches.keys()) {
        if (key.startsWith('bandian-') && (await (await caches.open(key)).match(f, { ignoreSearch: true }))) return true;
      }
      return false;
    },
    file,
    `${file} in the cache`,
  );
}

const bandianCaches = (page) => page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('bandian-')));

async function assertResult(page, { tier, category, tierText }) {
  await page.locator('section[data-tier][data-category]').waitFor({ timeout: 10_000 });
  assert.equal(await title(page), '测算结果');
  assert.equal(await page.locator('[data-tier]').getAttribute('data-tier'), tier);
  assert.equal(await page.locator('[data-category]').getAttribute('data-category'), category);
  const text = await page.locator('#main').innerText();
  assert.ok(text.includes(tierText), `tier ${tierText}`);
  assert.ok(text.includes('宿发改能源函〔2021〕37号') || text.includes('依据'), 'the result text (fetched) is there');
}

describe('offline', () => {
  test('sw.js names its cache after the release', () => {
    assert.match(version ?? '', /^bandian-[0-9a-f]{8,}$/, `VERSION in sw.js: ${version}`);
  });

  test('after one visit online, the same and a different result open offline', async () => {
    const { context, page, problems } = await openPage(browser, PHONE);
    await gotoApp(page, `${site.url}?${RESULT}`);
    await assertResult(page, { tier: 'three_zero', category: 'lv_three_zero', tierText: '“三零”服务' });
    await controlled(page);
    // The first load was not yet controlled; once it is, the result text goes through the worker.
    await gotoApp(page, `${site.url}?${RESULT}`);
    await assertResult(page, { tier: 'three_zero', category: 'lv_three_zero', tierText: '“三零”服务' });
    await cached(page, 'zh.result.txt');
    assert.deepEqual(await bandianCaches(page), [version], 'exactly one cache, this release\'s');

    await context.setOffline(true);
    assert.equal(await page.evaluate(() => navigator.onLine), false);
    await page.reload();
    await page.waitForFunction(() => document.documentElement.classList.contains('app-ready'));
    await assertResult(page, { tier: 'three_zero', category: 'lv_three_zero', tierText: '“三零”服务' });

    // A result never opened before: the page is the cached shell whatever the query.
    await gotoApp(page, `${site.url}?${OTHER}`);
    await assertResult(page, { tier: 'three_save', category: 'hv_single', tierText: '“三省”服务' });

    // And answering from the start works offline too.
    await gotoApp(page, site.url);
    assert.equal(await title(page), '办电自助测算');
    await page.locator(control('begin')).click();
    await page.waitForFunction(() => document.querySelector('#page-title')?.textContent.trim() !== '办电自助测算');
    assert.equal(await page.locator('html.crashed').count(), 0);
    await context.setOffline(false);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a new release replaces the old cache', async () => {
    // A release of our own in a scratch copy: same files, a new sw.js.
    const release = mkdtempSync(join(tmpdir(), 'bandian-release-'));
    cpSync(dir, release, { recursive: true });
    const own = await serveDist({ dir: release });
    try {
      const { context, page, problems } = await openPage(browser, PHONE);
      await gotoApp(page, `${own.url}?${RESULT}`);
      await controlled(page);
      await gotoApp(page, `${own.url}?${RESULT}`);
      await cached(page, 'zh.result.txt');
      assert.deepEqual(await bandianCaches(page), [version]);

      const next = 'bandian-00000000e2e00001';
      const sw = readFileSync(join(release, 'sw.js'), 'utf8');
      assert.ok(sw.includes(version));
      writeFileSync(join(release, 'sw.js'), sw.replaceAll(version, next));
      // The new worker installs and takes over at once (skipWaiting: controllerchange); it is
      // "activated" once its activate step (the clean-up of old caches) has finished.
      await page.evaluate(() => {
        window.__swChanged = new Promise((ok) => navigator.serviceWorker.addEventListener('controllerchange', ok, { once: true }));
      });
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
      const changed = await page.evaluate(() =>
        Promise.race([window.__swChanged.then(() => true), new Promise((ok) => setTimeout(() => ok(false), 10_000))]),
      );
      assert.ok(changed, 'the new release\'s worker took over');
      await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated', null, { timeout: 10_000 });
      assert.deepEqual(await bandianCaches(page), [next], 'only the new release\'s cache is left');
      // The new cache holds the whole shell.
      const shell = firstVisitFiles(release).filter((f) => f !== 'sw.js').map((f) => (f === 'index.html' ? './' : `./${f}`));
      assert.ok(shell.length >= 5, `the shell: ${shell.join(', ')}`);
      const missing = await page.evaluate(
        async ([n, files]) => {
          const cache = await caches.open(n);
          const out = [];
          for (const f of files) if (!(await cache.match(f))) out.push(f);
          return out;
        },
        [next, shell],
      );
      assert.deepEqual(missing, [], 'the new cache has every shell file');
      assert.deepEqual(problems, []);
      await context.close();
    } finally {
      await own.close();
      rmSync(release, { recursive: true, force: true });
    }
  });
});
