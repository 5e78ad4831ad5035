// Security and privacy of the delivered page: the strict Content-Security-Policy holds on every
// screen (no inline script or style), nothing is requested from anywhere else, a first visit
// downloads only what `make size` counts, and the hotline stays reachable without JavaScript or
// after a crash.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { firstVisitFiles } from '../../scripts/size.mjs';
import { act, choose, DESKTOP, DIST, gotoApp, launch, next, openPage, PHONE, serveDist, title } from './helpers.mjs';

let browser;
let dir; // a private copy of dist/: the file list and the files served are the same release
let site;
let origin;
before(async () => {
  browser = await launch();
  dir = mkdtempSync(join(tmpdir(), 'bandian-security-'));
  cpSync(DIST, dir, { recursive: true });
  site = await serveDist({ dir });
  origin = new URL(site.url).origin;
});
after(async () => {
  await browser?.close();
  await site?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const RESULT = 'customer=small_micro&kw=120&area=rural&line_m=50&dig_m=20&city_core=0&builder=grid&date=2026-11-26';
const HV = 'customer=other_org&kw=500&area=urban&supply=single&special=1&date=2026-11-26';

/** No inline script, no style attribute anywhere in the DOM (the CSP would block them). */
async function assertNoInline(page, where) {
  const found = await page.evaluate(() => ({
    styled: [...document.querySelectorAll('[style]')].map((e) => e.outerHTML.slice(0, 120)),
    inlineScripts: document.querySelectorAll('script:not([src])').length,
    handlers: [...document.querySelectorAll('*')]
      .filter((e) => [...e.attributes].some((a) => a.name.startsWith('on')))
      .map((e) => e.outerHTML.slice(0, 120)),
    jsUrls: [...document.querySelectorAll('[href^="javascript:" i], [src^="javascript:" i]')].length,
  }));
  assert.deepEqual(found.styled, [], `${where}: style attributes`);
  assert.equal(found.inlineScripts, 0, `${where}: inline scripts`);
  assert.deepEqual(found.handlers, [], `${where}: inline event handlers`);
  assert.equal(found.jsUrls, 0, `${where}: javascript: URLs`);
}

/** Record every request of a context (pages and the service worker). */
function recordRequests(context, page) {
  const urls = new Set();
  context.on('request', (r) => urls.add(r.url()));
  page.on('request', (r) => urls.add(r.url()));
  return urls;
}

describe('security', () => {
  test('the strict CSP holds on every screen: no violations, no console errors, no inline script or style', async () => {
    const { context, page, problems } = await openPage(browser, PHONE);
    const response = await page.goto(site.url);
    assert.match(response.headers()['content-security-policy'] ?? '', /script-src 'self' 'wasm-unsafe-eval'/, 'served with the CSP');
    await page.waitForFunction(() => document.documentElement.classList.contains('app-ready'));
    await page.locator('#page-title').waitFor();
    assert.equal(await title(page), '办电自助测算');
    await assertNoInline(page, 'start');

    // A few questions.
    await act(page, 'begin');
    assert.equal(await title(page), '用电地址在哪个区县？');
    await assertNoInline(page, 'district');
    await choose(page, '埇桥区');
    await page.getByLabel('乡镇或街道').selectOption({ label: '符离镇' });
    await next(page);
    await assertNoInline(page, 'area');
    await choose(page, '农村');
    await assertNoInline(page, 'customer');
    await choose(page, '小微企业、个体工商户');
    await act(page, 'skip:use');
    assert.equal(await title(page), '需要多大的用电容量？');
    await assertNoInline(page, 'capacity');
    // A wrong capacity: the error state, and the live feedback while typing.
    await page.getByLabel('用电容量（千瓦）', { exact: true }).fill('abc');
    await page.locator('button[type=submit]').click();
    await page.locator('[aria-invalid="true"]').first().waitFor();
    await assertNoInline(page, 'capacity with an error');
    await page.getByLabel('用电容量（千瓦）', { exact: true }).fill('120');
    await assertNoInline(page, 'capacity feedback');

    // A result from a URL, its disclosures and the tracker.
    await gotoApp(page, `${site.url}?${RESULT}`);
    await page.locator('[data-tier]').waitFor();
    await assertNoInline(page, 'result');
    await page.locator('details.basis > summary').first().click();
    await page.locator('section.tracker summary').click();
    await page.locator('input[data-track]').first().fill('2026-12-10');
    await page.locator('input[data-track]').first().dispatchEvent('change');
    await assertNoInline(page, 'result with the tracker');
    // 长辈模式.
    await act(page, 'elder:1');
    await page.waitForFunction(() => document.documentElement.classList.contains('elder'));
    await assertNoInline(page, 'elder');
    await act(page, 'elder:0');

    // English (its text is fetched from the same origin).
    await act(page, 'lang:en');
    await page.waitForFunction(() => document.documentElement.lang === 'en' && document.querySelector('[data-tier]'));
    assert.equal(await title(page), 'Your estimate');
    await assertNoInline(page, 'English result');

    // What-if: change an answer in place.
    const before = page.url();
    await page.locator('[data-act="set"]').first().click();
    await page.waitForFunction((b) => location.href !== b, before);
    await assertNoInline(page, 'what-if');

    // The summary and a high-voltage result with its approval choices.
    await act(page, 'back');
    await page.locator('[data-act="go:result"]').first().waitFor();
    await assertNoInline(page, 'summary');
    await gotoApp(page, `${site.url}?lang=en&${HV}`);
    await page.locator('[data-tier]').waitFor();
    await assertNoInline(page, 'high-voltage result');

    // Print.
    await page.emulateMedia({ media: 'print' });
    await assertNoInline(page, 'print');
    await page.emulateMedia({ media: 'screen' });

    assert.deepEqual(problems, [], 'no CSP violations, page errors or console errors');
    await context.close();
  });

  test('every request goes to the app\'s own origin: no fonts, analytics or CDNs', async () => {
    const { context, page, problems } = await openPage(browser, PHONE);
    const urls = recordRequests(context, page);
    await page.goto(site.url, { waitUntil: 'networkidle' });
    await page.locator('#page-title').waitFor();
    await act(page, 'begin');
    await page.waitForLoadState('networkidle');
    await gotoApp(page, `${site.url}?${RESULT}`);
    await page.locator('[data-tier]').waitFor();
    await act(page, 'lang:en');
    await page.waitForFunction(() => document.documentElement.lang === 'en' && document.querySelector('[data-tier]'));
    await page.waitForLoadState('networkidle');
    assert.ok(urls.size > 5, `requests were recorded (${urls.size})`);
    const foreign = [...urls].filter((u) => {
      if (u.startsWith('data:') || u.startsWith('blob:')) return false;
      return new URL(u).origin !== origin;
    });
    assert.deepEqual(foreign, [], 'requests to other origins');
    // Nothing asks for fonts at all.
    assert.deepEqual([...urls].filter((u) => /\.(woff2?|ttf|otf|eot)(\?|$)/i.test(u)), []);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a first visit downloads only the files `make size` counts', async () => {
    const { context, page, problems } = await openPage(browser, PHONE);
    const urls = recordRequests(context, page);
    await page.goto(site.url, { waitUntil: 'networkidle' });
    await page.locator('#page-title').waitFor();
    // The service worker's install (precache) is part of the first visit.
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.waitForLoadState('networkidle');
    const listed = new Set(firstVisitFiles(dir));
    const requested = [...urls].map((u) => {
      const url = new URL(u);
      assert.equal(url.origin, origin);
      const path = decodeURIComponent(url.pathname).replace(/^\//, '');
      return path === '' ? 'index.html' : path;
    });
    // What the browser asks for by itself (icons, the manifest) must be listed or be in static/.
    const outside = requested.filter((f) => !listed.has(f) && !(f.startsWith('static/') && existsSync(join(dir, f))));
    assert.deepEqual(outside, [], `requested but not counted by scripts/size.mjs: ${outside.join(', ')}`);
    const browserOwn = requested.filter((f) => !listed.has(f));
    assert.ok(browserOwn.length <= 2, `few uncounted static files: ${browserOwn.join(', ')}`);
    // And the list is real: every counted file is downloaded on a first visit.
    const notRequested = [...listed].filter((f) => !requested.includes(f));
    assert.deepEqual(notRequested, [], 'counted but never requested');
    assert.ok(!requested.some((f) => f.endsWith('.txt')), 'no result or English text before it is needed');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('without JavaScript the page still shows the name and the hotline', async () => {
    const { context, page } = await openPage(browser, PHONE, { javaScriptEnabled: false });
    await page.goto(`${site.url}?${RESULT}`);
    const h1 = page.locator('#fallback h1');
    assert.ok(await h1.isVisible());
    assert.equal((await h1.innerText()).trim(), '办电自助测算');
    const hotline = page.locator('#fallback a[href="tel:95598"]').first();
    assert.ok(await hotline.isVisible(), 'tel:95598 visible');
    assert.equal((await hotline.innerText()).trim(), '95598');
    assert.ok((await page.locator('body').innerText()).includes('JavaScript'), 'says why');
    assert.equal(await page.locator('.crash-note').isVisible(), false, 'not a crash');
    await context.close();
  });

  test('a crash shows the fallback with the hotline instead of a dead page', async () => {
    const { context, page } = await openPage(browser, DESKTOP);
    await gotoApp(page, `${site.url}?${RESULT}`);
    assert.equal(await page.locator('#fallback').isVisible(), false, 'hidden while the app runs');
    await page.evaluate(() => document.documentElement.classList.add('crashed'));
    assert.ok(await page.locator('#fallback').isVisible(), '#fallback visible');
    assert.ok(await page.locator('#fallback a[href="tel:95598"]').first().isVisible(), 'the hotline');
    assert.ok(await page.locator('.crash-note').isVisible(), 'the crash note');
    assert.equal(await page.locator('#root').isVisible(), false, 'the app hidden');
    await context.close();
  });

  test('a real start-up failure (the WebAssembly cannot load) shows the fallback too', async () => {
    const { context, page } = await openPage(browser, PHONE);
    await page.route('**/*.wasm', (route) => route.abort());
    await page.goto(site.url);
    await page.waitForFunction(() => document.documentElement.classList.contains('crashed'), null, { timeout: 10_000 });
    assert.ok(await page.locator('#fallback a[href="tel:95598"]').first().isVisible());
    assert.ok(await page.locator('.crash-note').isVisible());
    await context.close();
  });
});
