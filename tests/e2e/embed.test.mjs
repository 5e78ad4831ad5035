// Embedded in a portal (mode=embed): the example portal page static/embed-example.html on one
// origin, the app (dist/, strict CSP) on another. The portal hears `resize`, `estimate` and
// `invalid` through postMessage, only when it is the origin the app was told to talk to.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { control, DESKTOP, gotoApp, launch, openPage, ROOT, serveDist } from './helpers.mjs';

let browser;
let app; // dist/ with the strict CSP
let portal; // static/ (the example portal page)
let portalOrigin;
let appOrigin;
before(async () => {
  browser = await launch();
  app = await serveDist();
  appOrigin = `http://127.0.0.1:${app.port}`;
  // The portal has a strict policy of its own: its scripts from itself, frames from the app only.
  const { serve } = await import('../../scripts/serve.mjs');
  const started = await serve(join(ROOT, 'static'), {
    headers: { 'Content-Security-Policy': `default-src 'self'; frame-src ${appOrigin}` },
  });
  portal = { ...started, close: () => new Promise((ok) => started.server.close(ok)) };
  portalOrigin = `http://127.0.0.1:${portal.port}`;
});
after(async () => {
  await browser?.close();
  await app?.close();
  await portal?.close();
});

const ANSWERS = 'customer=small_micro&kw=120&area=rural&line_m=50&dig_m=20&city_core=0&builder=grid&date=2026-11-26';

/**
 * Open the portal with the app at `appQuery`. Besides the portal's own log, every message the
 * portal window receives (from any origin) is recorded in `window.__raw`.
 */
async function openPortal(appQuery, { parentOrigin = portalOrigin } = {}) {
  const opened = await openPage(browser, DESKTOP);
  await opened.page.addInitScript(() => {
    if (window.top !== window) return;
    window.__raw = [];
    addEventListener('message', (e) => window.__raw.push({ origin: e.origin, data: e.data }));
  });
  const po = parentOrigin === null ? '' : `&parent_origin=${encodeURIComponent(parentOrigin)}`;
  const appUrl = `${app.url}?mode=embed${po}${appQuery ? `&${appQuery}` : ''}`;
  await opened.page.goto(`${portal.url}embed-example.html?app=${encodeURIComponent(appUrl)}`);
  const frame = opened.page.frameLocator('#app-frame');
  return { ...opened, frame, appUrl };
}

/** The messages the example portal accepted and listed, parsed. */
const logged = (page) => page.$$eval('#log li', (items) => items.map((li) => JSON.parse(li.textContent)));

async function waitForMessage(page, type, count = 1, timeout = 10_000) {
  await page.waitForFunction(
    ([t, n]) => [...document.querySelectorAll('#log li')].filter((li) => JSON.parse(li.textContent).type === t).length >= n,
    [type, count],
    { timeout },
  );
  return (await logged(page)).filter((m) => m.type === type);
}

/** The resize messages once they stop coming (cards that come into view take their real height). */
async function settledResizes(page) {
  let before = -1;
  for (;;) {
    const now = (await logged(page)).filter((m) => m.type === 'resize');
    if (now.length === before) return now;
    before = now.length;
    await page.waitForTimeout(500);
  }
}

/**
 * Wait until everything the app in the frame has posted so far has reached the portal window:
 * after the frame's next two frames (resize observers have run), the frame sends a message of
 * the test's own, a string the portal's script ignores. Messages from one window to another
 * are delivered in the order they were sent, and a message to the wrong origin is dropped only
 * when its turn comes; so once this one is in, any earlier message would have been.
 */
async function allDelivered(page, appFrame) {
  const mark = `test-mark-${Math.random()}`;
  await appFrame.evaluate((m) => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(() => {
    parent.postMessage(m, '*');
    ok();
  }))), mark);
  await page.waitForFunction((m) => window.__raw.some((r) => r.data === m), mark, { timeout: 10_000 });
  return mark;
}

/** What the app posted (the test's marks left out). */
const fromApp = (page) => page.evaluate(() => window.__raw.filter((r) => !(typeof r.data === 'string' && r.data.startsWith('test-mark-'))));

/** Wait until the app inside the frame has rendered. */
async function appReady(page) {
  const frame = page.frames().find((f) => f.url().startsWith(app.url));
  assert.ok(frame, 'the app frame exists');
  await frame.waitForFunction(() => document.documentElement.classList.contains('app-ready') && document.querySelector('#page-title'));
  return frame;
}

describe('embedded in a portal', () => {
  test('the portal receives the estimate with the contract fields and values', async () => {
    const { context, page, problems, frame } = await openPortal(ANSWERS);
    const [first] = await waitForMessage(page, 'estimate');
    const e = first.estimate;
    for (const field of ['schema', 'policy', 'input', 'category', 'tier', 'connection', 'steps', 'supplier_days', 'whole_process_days', 'whole_process_due', 'approval', 'zero_investment', 'reliability_hours', 'hotlines']) {
      assert.ok(field in e, `estimate.${field}`);
    }
    assert.equal(e.schema, 1);
    assert.equal(e.policy, '宿发改能源函〔2021〕37号');
    assert.deepEqual(
      { ...e.input },
      { customer: 'small_micro', kw: 120, area: 'rural', line_m: 50, dig_m: 20, city_core: false, builder: 'grid', date: '2026-11-26' },
    );
    assert.equal(e.category, 'lv_three_zero');
    assert.equal(e.tier, 'three_zero');
    assert.equal(e.connection, 'low_voltage');
    assert.deepEqual(e.steps.map(({ id, days, due }) => ({ id, days, due })), [
      { id: 'acceptance', days: 1, due: '2026-11-27' },
      { id: 'connection', days: 2, due: '2026-12-04' }, // 施工接电 ends with the whole process
    ]);
    assert.equal(e.supplier_days, 3);
    assert.equal(e.whole_process_days, 6);
    assert.equal(e.whole_process_due, '2026-12-04');
    assert.equal(e.approval.path, 'filing');
    assert.equal(e.approval.days, 1.5);
    assert.equal(e.zero_investment, true);
    assert.equal(e.reliability_hours, 15);
    assert.deepEqual(e.hotlines, ['95598', '12398']);

    // Each time a result is shown: back to the summary and to the result again.
    await frame.locator(control('back')).first().click();
    await frame.locator(control('go:result')).first().click();
    const estimates = await waitForMessage(page, 'estimate', 2);
    assert.deepEqual(estimates[1].estimate, e, 'the same estimate again');
    // A what-if is a view, not the customer's answers: the portal gets no estimate of it (the
    // estimate always describes the answers given), and none again on the way back.
    const before = (await fromApp(page)).filter((m) => m.data.type === 'estimate').length;
    await frame.locator(control('set')).first().click();
    await frame.locator(control('whatif-leave')).waitFor();
    await allDelivered(page, await appReady(page));
    await frame.locator(control('whatif-leave')).click();
    await frame.locator(control('set')).first().waitFor();
    await allDelivered(page, await appReady(page));
    const estimatesNow = (await fromApp(page)).filter((m) => m.data.type === 'estimate');
    assert.equal(estimatesNow.length, before, 'no estimate of a what-if');

    // Everything the portal got came from the app's origin and was a known message type (the
    // test's own marks left out).
    const raw = await fromApp(page);
    assert.ok(raw.length > 0);
    for (const m of raw) {
      assert.equal(m.origin, appOrigin);
      assert.ok(['resize', 'estimate', 'invalid'].includes(m.data.type), m.data.type);
    }
    assert.equal(await page.locator('#log li[data-type="invalid"]').count(), 0, 'no invalid message for good answers');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the portal receives resize messages and sizes the iframe; opening a disclosure grows it', async () => {
    const { context, page, problems, frame } = await openPortal(ANSWERS);
    await waitForMessage(page, 'estimate');
    const frameHeight = () => page.locator('#app-frame').evaluate((f) => f.getBoundingClientRect().height);
    const contentHeight = () =>
      frame.locator('html').evaluate(() => Math.ceil(document.querySelector('.app').getBoundingClientRect().bottom + window.scrollY));
    let resizes = await waitForMessage(page, 'resize');
    for (const r of resizes) assert.ok(Number.isInteger(r.height) && r.height > 0, `height ${r.height}`);
    // The portal followed: the whole result shows without a scrollbar in the frame.
    await page.waitForFunction(() => {
      const f = document.querySelector('#app-frame');
      return Number(f.getAttribute('height')) > 1000;
    });
    resizes = await settledResizes(page);
    const content = await contentHeight();
    assert.ok(content > 1000, `a result is long (${content}px)`);
    assert.ok(Math.abs((await frameHeight()) - resizes.at(-1).height) <= 1, 'the iframe has the last reported height');
    assert.ok(resizes.at(-1).height >= content, `the reported height ${resizes.at(-1).height} covers the content ${content}`);

    // Open a disclosure ("依据"): the content grows, a new resize follows.
    const count = resizes.length;
    const last = resizes.at(-1).height;
    await frame.locator('details.basis > summary').first().click();
    resizes = await waitForMessage(page, 'resize', count + 1);
    assert.ok(resizes.at(-1).height > last, `grew from ${last} to ${resizes.at(-1).height}`);
    await page.waitForFunction((h) => Number(document.querySelector('#app-frame').getAttribute('height')) === h, resizes.at(-1).height);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('folding a section of the result: the portal is told the smaller height, and the larger one when it opens', async () => {
    const { context, page, problems, frame } = await openPortal(ANSWERS);
    await waitForMessage(page, 'estimate');
    await page.waitForFunction(() => Number(document.querySelector('#app-frame').getAttribute('height')) > 1000);
    let resizes = await settledResizes(page);
    const open = resizes.at(-1).height;
    // Heights are compared once the messages have settled: while cards lay out (a card below
    // the fold has an estimated size until it is drawn), a fold can post more than one height.
    await frame.locator('#h-docs button').click();
    await waitForMessage(page, 'resize', resizes.length + 1);
    resizes = await settledResizes(page);
    const folded = resizes.at(-1).height;
    assert.ok(folded < open, `shrank from ${open} to ${folded}`);
    await page.waitForFunction((h) => Number(document.querySelector('#app-frame').getAttribute('height')) === h, folded);
    await frame.locator('#h-docs button').click();
    await waitForMessage(page, 'resize', resizes.length + 1);
    resizes = await settledResizes(page);
    assert.ok(resizes.at(-1).height > folded, `grew again from ${folded} to ${resizes.at(-1).height}`);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('when the content gets shorter (a long result → the start screen) the portal is told the smaller height', async () => {
    const { context, page, problems, frame } = await openPortal(ANSWERS);
    await waitForMessage(page, 'estimate');
    await page.waitForFunction(() => Number(document.querySelector('#app-frame').getAttribute('height')) > 1000);
    const long = (await waitForMessage(page, 'resize')).at(-1).height;
    const count = (await waitForMessage(page, 'resize')).length;
    await frame.locator(control('restart')).first().click();
    await frame.locator(control('begin')).waitFor();
    const start = await frame.locator('html').evaluate(() => Math.ceil(document.querySelector('.app').getBoundingClientRect().bottom + window.scrollY));
    assert.ok(start < long / 2, `the start screen (${start}px) is much shorter than the result (${long}px)`);
    const resizes = await waitForMessage(page, 'resize', count + 1, 3000).catch(() => null);
    assert.ok(
      resizes,
      `no resize message after the content shrank from ${long}px to ${start}px: the iframe stays ${await page.locator('#app-frame').getAttribute('height')}px tall`,
    );
    assert.ok(resizes.at(-1).height < long, `shrank: ${resizes.at(-1).height}`);
    assert.ok(resizes.at(-1).height <= start + 50, `about the start screen's height ${start}, got ${resizes.at(-1).height}`);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('answers that cannot be estimated are posted once as invalid, with the field and a message', async () => {
    const { context, page, problems } = await openPortal('kw=abc&customer=household&area=urban');
    const appFrame = await appReady(page);
    const [invalid] = await waitForMessage(page, 'invalid');
    assert.equal(invalid.errors.length, 1, JSON.stringify(invalid.errors));
    assert.equal(invalid.errors[0].field, 'kw');
    assert.equal(typeof invalid.errors[0].message, 'string');
    assert.ok(invalid.errors[0].message.trim().length > 0, 'a human message');
    // The customer sees the capacity question again with the same message.
    assert.ok((await appFrame.locator('#main').innerText()).includes(invalid.errors[0].message.trim()));
    // Once: later renders (a language switch re-renders everything) do not repeat it.
    await appFrame.locator(control('lang:en')).click();
    await appFrame.waitForFunction(() => document.documentElement.lang === 'en' && document.querySelector('#page-title')?.innerText === 'How much capacity do you need?');
    await allDelivered(page, appFrame);
    assert.equal((await fromApp(page)).filter((m) => m.data?.type === 'invalid').length, 1, 'posted once');
    assert.equal((await logged(page)).filter((m) => m.type === 'invalid').length, 1, 'listed once');
    assert.equal((await logged(page)).filter((m) => m.type === 'estimate').length, 0, 'no estimate');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('messages are not delivered to a portal whose origin is not the one given', async () => {
    // parent_origin names another origin: the portal (which is the referrer) must hear nothing.
    const { context, page, problems } = await openPortal(ANSWERS, { parentOrigin: 'http://127.0.0.1:1' });
    const appFrame = await appReady(page);
    await appFrame.locator('[data-tier]').waitFor();
    // The app posts resize and estimate as soon as it renders: by the time the test's own mark
    // from the frame arrives, they would have.
    await allDelivered(page, appFrame);
    assert.deepEqual(await fromApp(page), [], 'nothing reached the portal');
    assert.equal(await page.locator('#log li').count(), 0);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('without parent_origin, messages go to the embedding page (the referrer)', async () => {
    const { context, page, problems } = await openPortal(ANSWERS, { parentOrigin: null });
    const [first] = await waitForMessage(page, 'estimate');
    assert.equal(first.estimate.tier, 'three_zero');
    for (const m of await page.evaluate(() => window.__raw)) assert.equal(m.origin, appOrigin);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a parent_origin that is not a plain origin (e.g. "*") is not used: messages go to the referrer', async () => {
    const { context, page, problems } = await openPortal(ANSWERS, { parentOrigin: '*' });
    const [first] = await waitForMessage(page, 'estimate', 1, 5000).catch(() => [null]);
    assert.ok(first, 'the embedding page (the referrer\'s origin) receives the estimate');
    assert.equal(first.estimate.tier, 'three_zero');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('embed mode has no site header or footer, a small toolbar and a transparent background', async () => {
    const { context, page, problems } = await openPortal(ANSWERS);
    const appFrame = await appReady(page);
    await appFrame.locator('[data-tier]').waitFor();
    // (index.html's static #fallback has a header too; it is hidden once the app runs.)
    assert.equal(await appFrame.locator('#root header.site-header').count(), 0, 'no site header in the app');
    assert.equal(await appFrame.locator('#root footer').count(), 0, 'no footer in the app');
    assert.equal(await appFrame.locator('header.site-header, footer, header').filter({ visible: true }).count(), 0, 'no header or footer visible');
    assert.equal(await appFrame.locator('#fallback').isVisible(), false);
    const toolbar = appFrame.locator('.toolbar');
    assert.equal(await toolbar.count(), 1);
    assert.equal(await toolbar.locator(control('lang:en')).count(), 1, 'language button');
    assert.equal(await toolbar.locator(control('elder:1')).count(), 1, 'large-text button');
    assert.equal(await appFrame.locator(control('finish')).count(), 0, 'no kiosk finish');
    assert.equal(await appFrame.locator('html.embed').count(), 1);
    const bg = await appFrame.evaluate(() => getComputedStyle(document.body).backgroundColor);
    assert.equal(bg, 'rgba(0, 0, 0, 0)', 'transparent body');
    // The portal keeps its own history: no entries pushed by the app while answering.
    const length = await page.evaluate(() => history.length);
    await appFrame.locator(control('back')).first().click();
    await appFrame.locator(control('go:result')).first().waitFor();
    assert.equal(await page.evaluate(() => history.length), length, 'no history entries');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the portal theme: a valid accent colour is applied, an unsafe value is ignored', async () => {
    const { context, page, problems } = await openPage(browser, DESKTOP);
    const accent = () => page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--bd-accent').trim());
    await gotoApp(page, `${app.url}?mode=embed&${ANSWERS}`);
    const standard = await accent();
    assert.match(standard, /^#[0-9a-f]{3,6}$/i, `the stylesheet's own accent, got ${standard}`);
    assert.notEqual(standard.toLowerCase(), '#aa0000');

    await gotoApp(page, `${app.url}?mode=embed&accent=%23aa0000&${ANSWERS}`);
    assert.equal(await accent(), '#aa0000');
    assert.equal(
      await page.evaluate(() => document.documentElement.style.getPropertyValue('--bd-accent')),
      '#aa0000',
      'set on <html>',
    );

    for (const bad of ['red;x', 'red%3Bx', '%23aa0000%3Bcolor%3Ared', 'url(x)', '%23ggg']) {
      await gotoApp(page, `${app.url}?mode=embed&accent=${bad}&${ANSWERS}`);
      assert.equal(await accent(), standard, `accent=${bad} is ignored`);
      assert.equal(await page.evaluate(() => document.documentElement.style.getPropertyValue('--bd-accent')), '', `accent=${bad} not set`);
    }
    assert.deepEqual(problems, []);
    await context.close();
  });
});
