// What a change redraws, and what survives a redraw: the screens are Yew components, so a
// typed value, an open disclosure and the focus live in DOM nodes that are never replaced, and a
// component redraws only when what it shows changed. The app counts its own renders in
// <html data-renders>.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { control, gotoApp, KIOSK, launch, openPage, PHONE, query, renders, serveDist } from './helpers.mjs';

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

const HOUSEHOLD = 'customer=household&kw=8&area=urban&date=2026-11-02';

describe('what redraws what', () => {
  test('typing a tracker date redraws the tracker alone; the app takes the date when typing stops', async () => {
    const { context, page, problems } = await openPage(browser, PHONE);
    await gotoApp(page, `${site.url}?${HOUSEHOLD}`);
    await page.locator('[data-tier]').waitFor();
    await page.locator('#h-track').click();
    const field = page.locator('input[name="done_acceptance"]');
    const status = page.locator('li.track-step[data-step="acceptance"] p.status');
    const waiting = await status.innerText();
    await field.focus();
    const before = await renders(page);
    // Keystrokes in a date field each make a whole date (Chrome reports one per digit once the
    // parts are filled): typed as three quick changes of the day, as the field reports them.
    for (const day of ['01', '02', '03']) {
      await field.evaluate((el, v) => {
        el.value = v;
        el.dispatchEvent(new Event('input', { bubbles: true }));
        el.dispatchEvent(new Event('change', { bubbles: true }));
      }, `2026-11-${day}`);
    }
    // The tracker has the date at once (its own state) ...
    await page.waitForFunction((w) => document.querySelector('li.track-step[data-step="acceptance"] p.status')?.innerText !== w, waiting);
    assert.equal(await field.inputValue(), '2026-11-03');
    // ... while the app has not redrawn: no answer, no URL yet.
    assert.equal(await renders(page), before, 'typing redrew the app');
    // When typing stops, the date becomes an answer: the app draws it, the URL carries it.
    await page.waitForFunction(() => new URL(location.href).searchParams.get('done_acceptance') === '2026-11-03');
    assert.ok((await renders(page)) > before);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('an open basis stays open when a tracker date changes, and so does the tracker', async () => {
    const { context, page, problems } = await openPage(browser, PHONE);
    await gotoApp(page, `${site.url}?${HOUSEHOLD}`);
    await page.locator('[data-tier]').waitFor();
    const basis = page.locator('.headline details.basis').first();
    await basis.locator('summary').click();
    assert.equal(await basis.evaluate((d) => d.open), true);
    await page.locator('#h-track').click();
    const before = await renders(page);
    await page.locator('input[name="done_acceptance"]').fill('2026-11-03');
    await page.waitForFunction((n) => Number(document.documentElement.dataset.renders) > n, before);
    assert.equal(await basis.evaluate((d) => d.open), true, 'the disclosure the customer opened is still open');
    assert.equal(await page.locator('section.tracker details').evaluate((d) => d.open), true);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('switching language keeps what is typed but not submitted out of the answers and the URL', async () => {
    const { context, page, problems } = await openPage(browser, PHONE);
    await gotoApp(page, `${site.url}?area=urban&customer=household`);
    await page.locator('#q-kw').fill('12');
    await page.locator(control('lang:en')).click();
    await page.waitForFunction(() => document.documentElement.lang === 'en' && document.querySelector('#page-title')?.innerText === 'How much capacity do you need?');
    assert.equal(query(page).kw, undefined, 'not an answer until Next');
    assert.equal(await page.locator('#q-kw').inputValue(), '12', 'still typed in the field');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a kiosk countdown ticks without redrawing the app', async () => {
    const { context, page, problems } = await openPage(browser, KIOSK);
    await page.clock.install();
    await gotoApp(page, `${site.url}?mode=kiosk&idle_s=30&${HOUSEHOLD}`);
    await page.locator('[data-tier]').waitFor();
    await page.clock.runFor(11_000);
    await page.locator('#idle-body').waitFor();
    const first = await page.locator('#idle-body').innerText();
    const before = await renders(page);
    await page.clock.runFor(2_000);
    assert.notEqual(await page.locator('#idle-body').innerText(), first, 'the countdown moved on');
    assert.equal(await renders(page), before, 'the app did not redraw for it');
    assert.deepEqual(problems, []);
    await context.close();
  });
});
