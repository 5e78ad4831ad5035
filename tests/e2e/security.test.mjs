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
import { act, control, choose, DESKTOP, DIST, fill, gotoApp, launch, next, openPage, PHONE, serveDist, title } from './helpers.mjs';

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
    // A portal's theme is set on <html> through the CSSOM (which the CSP allows): only its
    // --bd-* variables may be there.
    styled: [...document.querySelectorAll('[style]')]
      .filter((e) => !(e === document.documentElement && [...e.style].every((p) => p.startsWith('--bd-'))))
      .map((e) => e.outerHTML.slice(0, 120)),
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
    // Every request of the whole test, the service worker's included, and every one refused.
    const urls = recordRequests(context, page);
    const failed = [];
    context.on('requestfailed', (r) => failed.push(`${r.url()} ${r.failure()?.errorText}`));
    const response = await page.goto(site.url);
    assert.match(response.headers()['content-security-policy'] ?? '', /script-src 'self' 'wasm-unsafe-eval'/, 'served with the CSP');
    await page.waitForFunction(() => document.documentElement.classList.contains('app-ready'));
    await page.locator('#page-title').waitFor();
    const at = async (expected) => {
      assert.equal(await title(page), expected);
      await assertNoInline(page, expected);
    };
    await at('办电自助测算');

    // Every question, by its controls: a high-voltage customer with every optional answer.
    await act(page, 'begin');
    await at('用电地址在哪个区县？');
    await choose(page, '埇桥区');
    await at('在哪个乡镇或街道？');
    await page.getByLabel('乡镇或街道').selectOption({ label: '符离镇' });
    await next(page);
    await at('用电地址属于哪类地区？');
    await choose(page, '市区');
    await at('谁来申请用电？');
    await choose(page, '其他企业或机关事业单位');
    await at('用电主要做什么？');
    await choose(page, '电动汽车充换电设施');
    await at('需要多大的用电容量？');
    // A wrong capacity: the error state, the live feedback while typing, the equipment helper.
    await page.getByLabel('用电容量（千瓦）', { exact: true }).fill('abc');
    await page.locator('button[type=submit]').click();
    await page.locator('[aria-invalid="true"]').first().waitFor();
    await assertNoInline(page, 'capacity with an error');
    await page.locator('details.helper summary').click();
    await page.locator('#eq-ev_dc').fill('9');
    await page.locator(`#helper-result ${control('fill')}`).waitFor();
    await assertNoInline(page, 'the equipment helper');
    await page.getByLabel('用电容量（千瓦）', { exact: true }).fill('500');
    await assertNoInline(page, 'capacity feedback');
    await next(page);
    await at('需要单电源还是双电源？');
    await choose(page, '单电源');
    await at('是否属于下列情况之一？');
    await choose(page, '是，属于其中一种');
    await at('接电工程的线路大约多长？');
    await fill(page, '长度（米）', '250');
    await at('需要开挖道路或临时占用绿地多长？');
    await fill(page, '长度（米）', '50');
    await at('工程在宿州市城区范围内吗？');
    await choose(page, '是，在城区内');
    await at('接电工程由谁来建？');
    await choose(page, '自己委托的施工单位');
    await at('您自己的设计和施工大约需要多久？');
    await page.getByLabel('设计（天）', { exact: true }).fill('30');
    await page.getByLabel('施工（天）', { exact: true }).fill('60');
    await next(page);
    await at('打算哪天提出申请？');
    await fill(page, '申请日期', '2026-11-26');
    await at('请核对您的回答');
    await act(page, 'go:result');
    await page.locator('[data-tier]').waitFor();
    await at('测算结果');
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    await assertNoInline(page, 'high-voltage result, every disclosure open');

    // A low-voltage result from a URL, its disclosures and the tracker.
    await gotoApp(page, `${site.url}?${RESULT}`);
    await page.locator('[data-tier]').waitFor();
    await assertNoInline(page, 'result');
    await page.locator('details.basis > summary').first().click();
    await page.locator('section.tracker summary').click();
    await page.locator('.tracker input[name]').first().fill('2026-12-01');
    await page.locator('.tracker input[name]').first().dispatchEvent('change');
    await page.locator('div.missed').waitFor();
    await assertNoInline(page, 'result with the tracker');
    // 长辈模式.
    await act(page, 'elder:1');
    await page.waitForFunction(() => document.documentElement.classList.contains('elder'));
    await assertNoInline(page, 'elder');
    await act(page, 'elder:0');

    // English (its text is fetched from the same origin).
    await act(page, 'lang:en');
    await page.waitForFunction(() => document.documentElement.lang === 'en' && document.querySelector('[data-tier]'));
    await at('Your estimate');

    // What-if: a view of its own (its banner), the answers as they were.
    await page.locator(control('set')).first().click();
    await page.locator(control('whatif-leave')).waitFor();
    await assertNoInline(page, 'what-if');
    await page.locator(control('whatif-leave')).click();
    await page.locator(control('set')).first().waitFor();

    // Print.
    await page.emulateMedia({ media: 'print' });
    await assertNoInline(page, 'print');
    await page.emulateMedia({ media: 'screen' });

    // A kiosk: the QR code, and the countdown (idle_s=20 shows it at once); "finish".
    await gotoApp(page, `${site.url}?mode=kiosk&idle_s=20&${RESULT}`);
    await page.locator('svg.qr').waitFor();
    await page.getByRole('alertdialog').waitFor();
    await assertNoInline(page, 'kiosk result with the countdown');
    // (With idle_s ≤ 20 the countdown is the whole idle time: it stays up. "finish" on a kiosk
    // with the default idle time.)
    await gotoApp(page, `${site.url}?mode=kiosk&${RESULT}`);
    await page.locator('[data-tier]').waitFor();
    await act(page, 'finish');
    await page.waitForFunction(() => !document.querySelector('[data-tier]'));
    await at('办电自助测算');

    // Embedded (a portal's theme through the URL): a question and a result.
    await gotoApp(page, `${site.url}?mode=embed&accent=%23aa0000&area=urban`);
    await at('谁来申请用电？');
    await gotoApp(page, `${site.url}?mode=embed&accent=%23aa0000&${HV}`);
    await page.locator('[data-tier]').waitFor();
    await at('测算结果');

    assert.deepEqual(problems, [], 'no CSP violations, page errors or console errors');
    const foreign = [...urls].filter((u) => !u.startsWith('data:') && !u.startsWith('blob:') && new URL(u).origin !== origin);
    assert.deepEqual(foreign, [], 'requests to other origins');
    assert.ok(urls.size > 10, `requests were recorded (${urls.size})`);
    assert.deepEqual(failed.filter((f) => /CSP|BLOCKED/i.test(f)), [], 'requests refused by the policy');
    await context.close();
  });

  test('every request goes to the app\'s own origin: no fonts, analytics or CDNs', async () => {
    const { context, page, problems } = await openPage(browser, PHONE);
    const urls = recordRequests(context, page);
    /** A response for a file of the app, waited for by name (not by a load state). */
    const arrives = (file) => page.waitForResponse((r) => new URL(r.url()).pathname === `/${file}`, { timeout: 15_000 });
    await gotoApp(page, site.url);
    // The result text is fetched as soon as the customer begins.
    const resultText = arrives('zh.result.txt');
    await act(page, 'begin');
    await resultText;
    // The service worker has installed (its precache downloads are done) once it is ready.
    await page.evaluate(() => navigator.serviceWorker.ready);
    await gotoApp(page, `${site.url}?${RESULT}`);
    await page.locator('[data-tier]').waitFor();
    const english = [arrives('en.txt'), arrives('en.result.txt')];
    await act(page, 'lang:en');
    await Promise.all(english);
    await page.waitForFunction(() => document.documentElement.lang === 'en' && document.querySelector('[data-tier]'));
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
    // The service worker's install (precache) is part of the first visit: ready once installed.
    await page.evaluate(() => navigator.serviceWorker.ready);
    const listed = new Set(firstVisitFiles(dir));
    const paths = () => [...urls].map((u) => {
      const url = new URL(u);
      assert.equal(url.origin, origin);
      const path = decodeURIComponent(url.pathname).replace(/^\//, '');
      return path === '' ? 'index.html' : path;
    });
    // Every counted file is downloaded on a first visit: wait for each request by name.
    const deadline = Date.now() + 15_000;
    while ([...listed].some((f) => !paths().includes(f)) && Date.now() < deadline) await page.waitForTimeout(100);
    const requested = paths();
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
