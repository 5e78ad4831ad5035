// Kiosk mode (mode=kiosk) at a service-hall touch screen, 1080×1920: the QR code carries the
// result to the customer's phone, nothing leaves the app, and an idle kiosk (or "finish")
// forgets everything: answers, storage, history and the page itself.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import jsQR from 'jsqr';
import { act, control, fakeClock, gotoApp, KIOSK, launch, openPage, PHONE, scrollToRender, serveDist, title } from './helpers.mjs';

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
          download: root.querySelectorAll('[data-testid="download"], a[download]').length,
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
      assert.equal(await page.locator(control('finish')).count(), 1, 'the finish button is there');
    }
    // Pressing the hotline numbers and the QR code does nothing outside the page.
    await page.locator('.hotline-number').first().click();
    await page.locator('svg.qr').click();
    // The start screen and a question screen have no tel: links either.
    const telLinks = () => page.evaluate(() => [...document.querySelectorAll('#root a[href^="tel:" i]')].length);
    await act(page, 'restart');
    await page.locator(control('begin')).waitFor();
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

    // The countdown (after idle_s, never sooner; as long as idle_s when that is under 20 s)
    // with the visitor's way out.
    await dialog(page).waitFor({ timeout: 10_000 });
    assert.equal((await dialog(page).getByRole('heading').innerText()).trim(), '还在使用吗？');
    assert.match(await dialog(page).innerText(), /[1-5] 秒/, 'a countdown in seconds');
    assert.equal(await dialog(page).getByRole('button', { name: '我还在' }).count(), 1);
    // Still the result while counting down.
    assert.equal(await page.locator('[data-tier]').count(), 1);

    await waitForStart(page, 15_000);
    assert.equal(await page.evaluate(() => location.search), '?mode=kiosk&idle_s=5');
    const storage = await page.evaluate(() => ({ local: localStorage.length, session: sessionStorage.length }));
    assert.deepEqual(storage, { local: 0, session: 0 }, 'storage cleared');
    assert.equal(await page.evaluate(() => history.length), historyAtLoad, 'no history entries were added');
    const html = await page.evaluate(() => document.documentElement.outerHTML);
    for (const trace of [TRACE_KW, '测算结果', 'small_micro', 'data-tier', 'data-category', 'line_m=47']) {
      assert.ok(!html.includes(trace), `the page no longer contains ${trace}`);
    }
    assert.equal(await page.locator(control('go:summary')).count(), 0, 'no "continue where you left off"');

    // Going back does not bring the answers back: the kiosk's one history entry now holds the
    // start screen's URL, so Back leaves the app (to the blank page the tab opened on) and
    // Forward returns to the start screen, not to the visitor's answers.
    await page.goBack({ timeout: 10_000 });
    assert.equal(page.url(), 'about:blank', 'Back leaves the app: no entry of the visitor\'s is left');
    await page.goForward({ timeout: 10_000 });
    assert.equal(page.url(), `${site.url}?mode=kiosk&idle_s=5`);
    await page.waitForFunction(() => document.documentElement.classList.contains('app-ready') && document.querySelector('#page-title'));
    assert.equal(await title(page), '办电自助测算');
    const again = await page.evaluate(() => document.documentElement.outerHTML);
    for (const trace of [TRACE_KW, '测算结果', 'small_micro', 'data-tier', 'line_m=47']) {
      assert.ok(!again.includes(trace), `after Back and Forward the page does not contain ${trace}`);
    }
    assert.deepEqual(problems, []);
    await context.close();
  });

  // The idle timer on the page's own clock (Playwright's fake timers): every tick runs, in
  // order, however busy the machine, so "nothing happened" is checked after the ticks that would
  // have done it.
  /** Run the page's clock second by second for `ms`, drawing after each: never a countdown. */
  async function quietFor(page, tick, ms, what) {
    for (let t = 1000; t <= ms; t += 1000) {
      await tick(1000);
      assert.equal(await dialog(page).count(), 0, `${what}: a countdown after ${t / 1000} s of the page's time`);
    }
  }

  test('"I\'m still here" keeps the answers and restarts the idle time', async () => {
    const { context, page, problems } = await openPage(browser, KIOSK);
    const tick = await fakeClock(page);
    // 22 s idle time: the 20 s countdown appears after 22 s without a touch, never sooner.
    await openResult(page, `mode=kiosk&idle_s=22&${ANSWERS}`);
    const url = page.url();
    // The clock stopped, a touch: the idle time counts from here, on the page's clock.
    await tick(0);
    await page.keyboard.press('Shift');
    await tick(300);
    assert.equal(await dialog(page).count(), 0, 'no countdown right after a touch');
    await tick(21_300);
    assert.equal(await dialog(page).count(), 0, 'no countdown before 22 s');
    await tick(400);
    assert.equal(await dialog(page).count(), 1, 'the countdown after 22 s');
    assert.match(await dialog(page).innerText(), /20 秒/);
    await tick(3000);
    assert.match(await dialog(page).innerText(), /17 秒/, 'it counts the seconds down');
    await dialog(page).getByRole('button', { name: '我还在' }).click();
    await tick(300);
    assert.equal(await dialog(page).count(), 0, 'gone at the next tick');
    // The answers are all still there.
    assert.equal(page.url(), url);
    assert.equal(await title(page), '测算结果');
    assert.equal(await page.locator('[data-tier]').getAttribute('data-tier'), 'three_zero');
    // The idle time starts again: nothing until 22 s after the touch, then a full countdown.
    await tick(21_300);
    assert.equal(await dialog(page).count(), 0, 'the countdown restarted from the beginning');
    await tick(400);
    assert.match(await dialog(page).innerText(), /20 秒/);
    assert.equal(page.url(), url);
    // In English too.
    await dialog(page).getByRole('button').click();
    await tick(300);
    await act(page, 'lang:en');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await page.keyboard.press('Shift');
    await tick(22_300);
    assert.equal((await dialog(page).getByRole('heading').innerText()).trim(), 'Still there?');
    assert.match(await dialog(page).innerText(), /in 20 seconds/);
    await dialog(page).getByRole('button', { name: "I'm still here" }).click();
    await tick(300);
    assert.equal(await dialog(page).count(), 0);
    assert.equal(await title(page), 'Your estimate');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('an untouched kiosk does not count down; the first visitor starts the idle time', async () => {
    const { context, page, problems } = await openPage(browser, KIOSK);
    const tick = await fakeClock(page);
    await gotoApp(page, `${site.url}?mode=kiosk&idle_s=5`);
    await tick(0);
    assert.equal(await title(page), '办电自助测算');
    // A minute of the page's time, twelve times the idle time, looked at every second (a
    // countdown would show 5 s in with idle_s=5; a late one, or one that came and went, would
    // be seen too): nothing.
    await quietFor(page, tick, 60_000, 'an empty start screen');
    // The same clock does drive the countdown once a visitor has begun.
    await act(page, 'begin');
    await page.locator('#page-title').waitFor();
    await tick(300);
    assert.equal(await dialog(page).count(), 0, 'no countdown before idle_s');
    await tick(4_800);
    assert.equal(await dialog(page).count(), 1, 'the countdown after idle_s');
    assert.match(await dialog(page).innerText(), /5 秒/);
    await tick(5000);
    await waitForStart(page);
    // Wiped back to the empty start screen: quiet again, for another minute of the page's time.
    await quietFor(page, tick, 60_000, 'the start screen after the wipe');
    assert.equal(await title(page), '办电自助测算');
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
