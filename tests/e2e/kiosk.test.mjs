// Kiosk mode (mode=kiosk) at a service-hall touch screen, 1080×1920: the QR code carries the
// result to the customer's phone, nothing leaves the app, and an idle kiosk (or "finish")
// forgets everything: answers, storage, history and the page itself.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import jsQR from 'jsqr';
import { act, gotoApp, KIOSK, launch, openPage, PHONE, scrollToRender, serveDist, title } from './helpers.mjs';

let browser;
let site;
before(async () => {
  browser = await launch();
  site = await serveDist();
});
after(async () => {
  await browser?.close();
  await site?.close();
});

// The embedding contract's example answers (small business, rural, 120 kW).
const ANSWERS = 'customer=small_micro&kw=120&area=rural&line_m=50&dig_m=20&city_core=0&builder=grid&date=2026-11-26';
// A capacity that appears nowhere else on any screen, to look for traces after a wipe.
const TRACE_KW = '97.3';
const TRACE_ANSWERS = `customer=small_micro&kw=${TRACE_KW}&area=rural&line_m=47&dig_m=19&city_core=0&builder=own&date=2026-11-26`;

const dialog = (page) => page.getByRole('alertdialog');

async function openResult(page, query, heading = '测算结果') {
  await gotoApp(page, `${site.url}?${query}`);
  await page.locator('section[data-tier][data-category]').waitFor();
  assert.equal(await title(page), heading);
}

/** Wait until the wipe has brought back the start screen. */
async function waitForStart(page, timeout = 10_000) {
  await page.waitForFunction(
    () => document.querySelector('#page-title')?.textContent.trim() === '办电自助测算' && !document.querySelector('[data-tier]'),
    null,
    { timeout },
  );
}

/** Decode the QR code drawn as SVG: screenshot it, read the pixels on a blank page, run jsQR. */
async function decodeQr(page) {
  const svg = page.locator('figure.qr-box svg.qr');
  await scrollToRender(svg);
  const png = await svg.screenshot();
  // The app's page forbids data: images (CSP), so read the pixels on a blank page of its own.
  const scratch = await page.context().newPage();
  try {
    const { width, height, pixels } = await scratch.evaluate(async (src) => {
      const img = new Image();
      img.src = src;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.naturalWidth;
      canvas.height = img.naturalHeight;
      const ctx = canvas.getContext('2d');
      ctx.drawImage(img, 0, 0);
      const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
      let binary = '';
      for (let i = 0; i < data.length; i += 0x8000) binary += String.fromCharCode(...data.subarray(i, i + 0x8000));
      return { width: canvas.width, height: canvas.height, pixels: btoa(binary) };
    }, `data:image/png;base64,${png.toString('base64')}`);
    const code = jsQR(new Uint8ClampedArray(Buffer.from(pixels, 'base64')), width, height, { inversionAttempts: 'dontInvert' });
    assert.ok(code, 'the QR code decodes');
    return code.data;
  } finally {
    await scratch.close();
  }
}

/** The query as sorted pairs, to compare URLs regardless of parameter order. */
const pairs = (url) => [...new URL(url).searchParams].sort(([a], [b]) => a.localeCompare(b));

describe('kiosk', () => {
  test('the QR code carries the result URL without kiosk settings, and that URL opens the same result', async () => {
    const { context, page, problems } = await openPage(browser, KIOSK);
    await openResult(page, `mode=kiosk&idle_s=300&${ANSWERS}`);
    const svg = page.locator('figure.qr-box svg.qr');
    await svg.waitFor();
    // Black modules on white with a 4-module quiet zone: viewBox is size + 8.
    const [, , w, h] = (await svg.getAttribute('viewBox')).split(/\s+/).map(Number);
    assert.equal(w, h);
    assert.ok((w - 8 - 17) % 4 === 0 && w - 8 >= 21, `a QR code's size is 17 + 4·version, got ${w - 8}`);

    const decoded = await decodeQr(page);
    assert.equal(decoded, await svg.getAttribute('data-text'), 'the drawn code says what data-text says');
    const expected = `${site.url}?${ANSWERS}`;
    const got = new URL(decoded);
    assert.equal(`${got.origin}${got.pathname}`, site.url, 'the same app');
    assert.equal(got.searchParams.get('mode'), null, 'no mode=kiosk');
    assert.equal(got.searchParams.get('idle_s'), null, 'no idle_s');
    assert.deepEqual(pairs(decoded), pairs(expected), 'exactly the answers');

    const kioskTier = await page.locator('[data-tier]').getAttribute('data-tier');
    const kioskCategory = await page.locator('[data-category]').getAttribute('data-category');
    const kioskHeadline = await page.locator('.headline').innerText();
    const kioskTimeline = await page.locator('section[aria-labelledby="h-timeline"]').innerText();
    assert.equal(kioskTier, 'three_zero');
    assert.equal(kioskCategory, 'lv_three_zero');

    // The phone that scanned it.
    const phone = await openPage(browser, PHONE);
    await gotoApp(phone.page, decoded);
    await phone.page.locator('section[data-tier][data-category]').waitFor();
    assert.equal(await title(phone.page), '测算结果');
    assert.equal(await phone.page.locator('[data-tier]').getAttribute('data-tier'), kioskTier);
    assert.equal(await phone.page.locator('[data-category]').getAttribute('data-category'), kioskCategory);
    assert.equal(await phone.page.locator('.headline').innerText(), kioskHeadline);
    assert.equal(await phone.page.locator('section[aria-labelledby="h-timeline"]').innerText(), kioskTimeline);
    assert.equal(await phone.page.locator('html.kiosk').count(), 0, 'the phone is not in kiosk mode');
    assert.deepEqual(phone.problems, []);
    await phone.context.close();

    assert.deepEqual(problems, []);
    await context.close();
  });

  test('nothing leaves the app: no tel: links, no download, no new windows, no external links', async () => {
    const { context, page, problems } = await openPage(browser, KIOSK);
    const popups = [];
    context.on('page', (p) => popups.push(p.url()));
    await page.addInitScript(() => {
      window.__opened = [];
      window.open = (...a) => {
        window.__opened.push(String(a[0]));
        return null;
      };
    });
    for (const lang of ['zh', 'en']) {
      if (lang === 'zh') await openResult(page, `mode=kiosk&${ANSWERS}`);
      if (lang === 'en') {
        await act(page, 'lang:en');
        await page.waitForFunction(() => document.documentElement.lang === 'en' && document.querySelector('[data-tier]'));
        assert.equal(await title(page), 'Your estimate');
      }
      // The hotlines are there, as text.
      const main = await page.locator('#root').innerText();
      assert.ok(main.includes('95598') && main.includes('12398'), 'hotlines shown');
      const facts = await page.evaluate(() => {
        const root = document.querySelector('#root');
        const links = [...root.querySelectorAll('a[href], area[href]')];
        return {
          telInApp: links.filter((a) => a.getAttribute('href').trim().toLowerCase().startsWith('tel:')).length,
          visibleTel: [...document.querySelectorAll('a[href^="tel:" i]')].filter((a) => a.checkVisibility()).length,
          download: root.querySelectorAll('[data-act="download"], a[download]').length,
          targets: [...document.querySelectorAll('[target]')].map((e) => e.outerHTML.slice(0, 120)),
          // Every link in the app stays on this page (in-page anchors only).
          leaving: links
            .map((a) => a.href)
            .filter((href) => {
              const u = new URL(href);
              return u.origin !== location.origin || u.pathname !== location.pathname || u.search !== location.search;
            }),
          forms: [...root.querySelectorAll('form[action]')].map((f) => f.getAttribute('action')),
        };
      });
      assert.equal(facts.telInApp, 0, `${lang}: no tel: links in the app`);
      assert.equal(facts.visibleTel, 0, `${lang}: no visible tel: link anywhere`);
      assert.equal(facts.download, 0, `${lang}: no JSON download`);
      assert.deepEqual(facts.targets, [], `${lang}: nothing opens another window`);
      assert.deepEqual(facts.leaving, [], `${lang}: no links away from the app`);
      assert.deepEqual(facts.forms, [], `${lang}: no form posts anywhere`);
      assert.equal(await page.locator('[data-act="finish"]').count(), 1, 'the finish button is there');
    }
    // Pressing the hotline numbers and the QR code does nothing outside the page.
    await page.locator('.hotline-number').first().click();
    await page.locator('svg.qr').click();
    // The start screen and a question screen have no tel: links either.
    const telLinks = () => page.evaluate(() => [...document.querySelectorAll('#root a[href^="tel:" i]')].length);
    await act(page, 'restart');
    await page.locator('[data-act="begin"]').waitFor();
    assert.equal(await telLinks(), 0, 'start screen');
    await act(page, 'begin');
    await page.locator('form[data-q]').waitFor();
    assert.equal(await telLinks(), 0, 'question screen');
    assert.deepEqual(popups, []);
    assert.deepEqual(await page.evaluate(() => window.__opened), []);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('privacy: an idle kiosk counts down, then wipes answers, storage, history and the page', async () => {
    const { context, page, problems } = await openPage(browser, KIOSK);
    await openResult(page, `mode=kiosk&idle_s=5&${TRACE_ANSWERS}`);
    const historyAtLoad = await page.evaluate(() => history.length);
    assert.ok((await page.locator('#main').innerText()).includes(TRACE_KW));
    await page.evaluate(() => {
      localStorage.setItem('test.secret', 'kw=97.3');
      sessionStorage.setItem('test.secret', 'kw=97.3');
    });

    // The countdown (idle_s ≤ 20: it shows at once) with the visitor's way out.
    await dialog(page).waitFor({ timeout: 5000 });
    assert.equal((await dialog(page).getByRole('heading').innerText()).trim(), '还在使用吗？');
    assert.match(await dialog(page).innerText(), /[1-5] 秒/, 'a countdown in seconds');
    assert.equal(await dialog(page).getByRole('button', { name: '我还在' }).count(), 1);
    // Still the result while counting down.
    assert.equal(await page.locator('[data-tier]').count(), 1);

    await waitForStart(page);
    assert.equal(await page.evaluate(() => location.search), '?mode=kiosk&idle_s=5');
    const storage = await page.evaluate(() => ({ local: localStorage.length, session: sessionStorage.length }));
    assert.deepEqual(storage, { local: 0, session: 0 }, 'storage cleared');
    assert.equal(await page.evaluate(() => history.length), historyAtLoad, 'no history entries were added');
    const html = await page.evaluate(() => document.documentElement.outerHTML);
    for (const trace of [TRACE_KW, '测算结果', 'small_micro', 'data-tier', 'data-category', 'line_m=47']) {
      assert.ok(!html.includes(trace), `the page no longer contains ${trace}`);
    }
    assert.equal(await page.locator('[data-act="go:summary"]').count(), 0, 'no "continue where you left off"');

    // Going back does not bring the answers back.
    await page.goBack({ timeout: 5000 }).catch(() => null);
    const back = page.url();
    assert.ok(!back.includes(TRACE_KW) && !back.includes('customer='), `back leads to ${back}`);
    if (back.startsWith(site.url)) {
      await page.locator('#page-title').waitFor();
      assert.ok(!(await page.evaluate(() => document.documentElement.outerHTML)).includes(TRACE_KW));
    }
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('"I\'m still here" keeps the answers and restarts the idle time', async () => {
    const { context, page, problems } = await openPage(browser, KIOSK);
    // 22 s idle time: the 20 s countdown appears after 2 s without a touch.
    await openResult(page, `mode=kiosk&idle_s=22&${ANSWERS}`);
    const url = page.url();
    await dialog(page).waitFor({ timeout: 6000 });
    assert.match(await dialog(page).innerText(), /(20|19|18) 秒/);
    await dialog(page).getByRole('button', { name: '我还在' }).click();
    await dialog(page).waitFor({ state: 'detached', timeout: 2000 });
    const stayedAt = Date.now();
    // The answers are all still there.
    assert.equal(page.url(), url);
    assert.equal(await title(page), '测算结果');
    assert.equal(await page.locator('[data-tier]').getAttribute('data-tier'), 'three_zero');
    // The idle time starts again: the dialog only comes back ~2 s later, with a full countdown.
    await dialog(page).waitFor({ timeout: 6000 });
    assert.ok(Date.now() - stayedAt >= 1500, 'the countdown restarted from the beginning');
    assert.match(await dialog(page).innerText(), /(20|19) 秒/);
    assert.equal(page.url(), url);
    // In English too.
    await dialog(page).getByRole('button').click();
    await act(page, 'lang:en');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await dialog(page).waitFor({ timeout: 6000 });
    assert.equal((await dialog(page).getByRole('heading').innerText()).trim(), 'Still there?');
    await dialog(page).getByRole('button', { name: "I'm still here" }).click();
    await dialog(page).waitFor({ state: 'detached', timeout: 2000 });
    assert.equal(await title(page), 'Your estimate');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('an untouched kiosk does not count down; the first visitor starts the idle time', async () => {
    const { context, page, problems } = await openPage(browser, KIOSK);
    await gotoApp(page, `${site.url}?mode=kiosk&idle_s=5`);
    assert.equal(await title(page), '办电自助测算');
    // Well past the idle time (the countdown would show at once with idle_s=5): nothing.
    await page.waitForTimeout(6500);
    assert.equal(await dialog(page).count(), 0, 'no countdown over an empty start screen');
    await act(page, 'begin');
    await page.locator('#page-title').waitFor();
    await dialog(page).waitFor({ timeout: 7000 });
    assert.match(await dialog(page).innerText(), /[1-5] 秒/);
    await waitForStart(page);
    // Wiped back to the empty start screen: quiet again.
    await page.waitForTimeout(6500);
    assert.equal(await dialog(page).count(), 0, 'no countdown after the wipe either');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('"finish" wipes everything at once', async () => {
    const { context, page, problems } = await openPage(browser, KIOSK);
    await openResult(page, `mode=kiosk&${TRACE_ANSWERS}`);
    await page.evaluate(() => {
      localStorage.setItem('test.secret', '1');
      sessionStorage.setItem('test.secret', '1');
    });
    const started = Date.now();
    await act(page, 'finish');
    await waitForStart(page, 2000);
    assert.ok(Date.now() - started < 2000, 'at once');
    assert.equal(await page.evaluate(() => location.search), '?mode=kiosk');
    assert.deepEqual(await page.evaluate(() => [localStorage.length, sessionStorage.length]), [0, 0]);
    const html = await page.evaluate(() => document.documentElement.outerHTML);
    assert.ok(!html.includes(TRACE_KW) && !html.includes('测算结果'));
    assert.equal(await page.locator('html.kiosk').count(), 1, 'still a kiosk');
    assert.equal(await page.getByRole('alertdialog').count(), 0, 'no countdown right after a wipe');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a wipe returns to the kiosk\'s own language, not the visitor\'s', async () => {
    const { context, page, problems } = await openPage(browser, KIOSK);
    // A Chinese kiosk; the visitor switches to English and 长辈模式, then presses "finish".
    await openResult(page, `mode=kiosk&idle_s=300&${TRACE_ANSWERS}`);
    await act(page, 'lang:en');
    await page.waitForFunction(() => document.documentElement.lang === 'en' && document.querySelector('[data-tier]'));
    await act(page, 'elder:1');
    await page.waitForFunction(() => document.documentElement.classList.contains('elder'));
    await act(page, 'finish');
    await page.waitForFunction(() => !document.querySelector('[data-tier]'));
    assert.equal(await page.locator('html.elder').count(), 0, '长辈模式 is the visitor\'s, not kept');
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'zh-CN', 'the kiosk\'s language (Chinese)');
    assert.equal(await title(page), '办电自助测算');
    assert.equal(await page.evaluate(() => location.search), '?mode=kiosk&idle_s=300', 'no lang=en left behind');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a wipe keeps the kiosk\'s configuration: language and portal theme', async () => {
    const { context, page, problems } = await openPage(browser, KIOSK);
    // An English kiosk with the portal's colours and font.
    await openResult(page, `lang=en&mode=kiosk&idle_s=300&accent=%23aa0000&bg=%23ffffee&font=Noto%20Sans&${TRACE_ANSWERS}`, 'Your estimate');
    const css = () =>
      page.evaluate(() => {
        const s = getComputedStyle(document.documentElement);
        return ['--bd-accent', '--bd-bg', '--bd-font'].map((v) => s.getPropertyValue(v).trim());
      });
    assert.deepEqual(await css(), ['#aa0000', '#ffffee', 'Noto Sans']);
    await act(page, 'finish');
    await page.waitForFunction(() => !document.querySelector('[data-tier]'));
    assert.equal(await title(page), 'Electricity Connection Estimator', 'still in the kiosk\'s language');
    const q = Object.fromEntries(new URL(page.url()).searchParams);
    assert.deepEqual(q, { lang: 'en', mode: 'kiosk', idle_s: '300', accent: '#aa0000', bg: '#ffffee', font: 'Noto Sans' }, 'the kiosk configuration stays in the URL');
    assert.deepEqual(await css(), ['#aa0000', '#ffffee', 'Noto Sans'], 'the portal theme stays');
    assert.deepEqual(problems, []);
    await context.close();
  });
});
