// Accessibility: an axe scan (WCAG 2.0/2.1 A and AA) of every screen, in both languages and
// at phone, kiosk and desktop sizes; keyboard only; touch targets; 长辈模式.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { act, axe, DESKTOP, gotoApp, KIOSK, launch, openPage, PHONE, serveDist, title } from './helpers.mjs';

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

const HV = 'customer=other_org&kw=500&area=urban&supply=single&special=1&date=2026-11-26';
// Every screen, by the URL that shows it (the history entry says which question).
const SCREENS = [
  ['start', ''],
  ['district', '?district=341302', 'q:district@0'],
  ['town', '?district=341302', 'q:town@0'],
  ['area (suggested)', '?district=341302&town=341302100', 'q:area@0'],
  ['customer', '?area=urban'],
  ['use', '?area=urban&customer=household', 'q:use@0'],
  ['capacity', '?area=urban&customer=household'],
  ['supply', '?area=urban&customer=other_org&kw=500'],
  ['special', '?area=urban&customer=other_org&kw=500&supply=single'],
  ['line', '?area=urban&customer=household&kw=8', 'q:line_m@0'],
  ['dig', '?area=urban&customer=household&kw=8', 'q:dig_m@0'],
  ['city core', '?area=urban&customer=household&kw=8&dig_m=30', 'q:city_core@0'],
  ['builder', '?area=urban&customer=household&kw=8&dig_m=30&city_core=1', 'q:builder@0'],
  ['own works', `?${HV}`, 'q:own_works@0'],
  ['date', '?area=urban&customer=household&kw=8', 'q:date@0'],
  ['summary', '?area=urban&customer=household&kw=8&line_m=abc', 'summary@0'],
  ['bad capacity', '?area=urban&customer=household&kw=-5'],
  ['result, household', '?customer=household&kw=8&area=urban&date=2026-09-30'],
  ['result, what-if and unknown approval', '?customer=small_micro&kw=150&area=rural'],
  ['result, high voltage with a missed deadline', `?${HV}&design_d=30&works_d=60&done_acceptance=2026-12-02`],
];

/** Open a screen: the URL, and (for a question that is not the landing one) its history entry. */
async function open(page, url, entry) {
  await gotoApp(page, site.url + url);
  if (entry) {
    await page.evaluate((e) => history.replaceState(e, '', location.href), entry);
    await page.reload();
    await page.locator('#page-title').waitFor();
  }
}

for (const lang of ['zh', 'en']) {
  describe(`axe, every screen, ${lang}, phone`, () => {
    for (const [name, url, entry] of SCREENS) {
      test(name, async () => {
        const { context, page, problems } = await openPage(browser, PHONE);
        const u = lang === 'en' ? (url ? `${url}&lang=en` : '?lang=en') : url;
        await open(page, u, entry);
        if (lang === 'en') await page.waitForFunction(() => document.documentElement.lang === 'en');
        if (name.startsWith('result')) {
          await page.locator('[data-tier]').waitFor();
          // Open every disclosure so their content is scanned too.
          await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
        }
        if (name === 'capacity') await page.evaluate(() => (document.querySelector('details.helper').open = true));
        assert.deepEqual(await axe(page), [], `${name} (${lang})`);
        assert.deepEqual(problems, []);
        await context.close();
      });
    }
  });
}

describe('the scanner itself', () => {
  test('catches a violation when there is one', async () => {
    const { context, page } = await openPage(browser, PHONE);
    await gotoApp(page, `${site.url}?area=urban&customer=household`);
    await page.evaluate(() => document.querySelector('#q-kw').labels[0].remove());
    const violations = await axe(page);
    assert.ok(violations.some((v) => v.startsWith('label')), violations.join('\n'));
    await context.close();
  });
});

describe('other sizes and modes', () => {
  for (const [name, viewport, url] of [
    ['kiosk result', KIOSK, `?mode=kiosk&${HV}`],
    ['kiosk start', KIOSK, '?mode=kiosk'],
    ['desktop result, English', DESKTOP, '?lang=en&customer=household&kw=8&area=urban'],
    ['embedded question', PHONE, '?mode=embed&area=urban'],
    ['large text, result', PHONE, '?customer=small_micro&kw=20&area=town'],
  ]) {
    test(name, async () => {
      const { context, page, problems } = await openPage(browser, viewport);
      await gotoApp(page, site.url + url);
      if (name.startsWith('large')) {
        await act(page, 'elder:1');
        await page.waitForFunction(() => document.documentElement.classList.contains('elder'));
      }
      assert.deepEqual(await axe(page), [], name);
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  test('the kiosk countdown dialog', async () => {
    const { context, page } = await openPage(browser, KIOSK);
    await gotoApp(page, `${site.url}?mode=kiosk&idle_s=8&customer=household&kw=8&area=urban`);
    await page.getByRole('alertdialog').waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), '我还在', 'focus is on the way out');
    assert.deepEqual(await axe(page), []);
    await context.close();
  });
});

describe('keyboard and touch', () => {
  test('the whole journey by keyboard only', async () => {
    const { context, page, problems } = await openPage(browser, DESKTOP);
    await gotoApp(page, site.url);
    // Tab to the start button (skip link, language, large text, start) and press Enter.
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.dataset.act === 'begin')) break;
    }
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'page-title');
    // District: Tab into the radio group, arrows to move, Enter submits the form.
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('#page-title')?.innerText === '在哪个乡镇或街道？');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'page-title', 'focus moves to the new question');
    // Skip the township with the keyboard: Tab to "not sure" and press Space.
    while (!(await page.evaluate(() => document.activeElement?.dataset.act === 'skip:town'))) await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await page.waitForFunction(() => document.querySelector('#page-title')?.innerText === '用电地址属于哪类地区？');
    assert.equal(await title(page), '用电地址属于哪类地区？');
    // A visible focus indicator.
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
    assert.notEqual(outline, 'none');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the language and large-text switches keep the keyboard focus', async () => {
    const { context, page, problems } = await openPage(browser, PHONE);
    await gotoApp(page, `${site.url}?${HV}`);
    await page.locator('[data-tier]').waitFor();
    await page.evaluate(() => window.scrollTo(0, 600));
    const focused = () => page.evaluate(() => document.activeElement?.dataset.act ?? document.activeElement?.tagName);
    for (const [name, done] of [
      ['lang', () => document.documentElement.lang === 'en' && document.querySelector('#page-title')?.innerText === 'Your estimate'],
      ['elder', () => document.documentElement.classList.contains('elder')],
      ['lang', () => document.documentElement.lang === 'zh-CN'],
      ['elder', () => !document.documentElement.classList.contains('elder')],
    ]) {
      await page.locator(`[data-act^="${name}:"]`).focus();
      await page.keyboard.press('Enter');
      await page.waitForFunction(done);
      // The English text arrives a moment later and redraws the page: still there.
      await page.waitForTimeout(300);
      assert.match(await focused(), new RegExp(`^${name}:`), `${name}: the focus stays on the switch`);
    }
    // The switch is where the keyboard user left it: Enter again flips it back.
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.documentElement.classList.contains('elder'));
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the timeline picture\'s labels stay readable on a phone', async () => {
    const { context, page, problems } = await openPage(browser, PHONE);
    await gotoApp(page, `${site.url}?${HV}`);
    await page.locator('[data-tier]').waitFor();
    const svg = page.locator('svg.timeline-svg');
    await svg.scrollIntoViewIfNeeded();
    const sizes = await svg.evaluate((el) => {
      const scale = el.getBoundingClientRect().width / el.viewBox.baseVal.width;
      return [...el.querySelectorAll('text')].map((t) => parseFloat(getComputedStyle(t).fontSize) * scale);
    });
    assert.ok(sizes.length > 0);
    for (const px of sizes) assert.ok(px >= 11.5, `a label drawn at ${px.toFixed(1)} px`);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('touch targets are at least 44 × 44 px', async () => {
    for (const url of ['', '?area=urban&customer=household', `?${HV}`]) {
      const { context, page } = await openPage(browser, PHONE);
      await gotoApp(page, site.url + url);
      const { small, checked } = await page.evaluate(() => {
        const out = [];
        let checked = 0;
        for (const el of document.querySelectorAll('button, a[href], input, select, summary, .option label')) {
          const r = el.getBoundingClientRect();
          if (r.width === 0 || r.height === 0) continue; // hidden
          if (el.matches('input[type=radio], input[type=checkbox]')) continue; // their labels are the targets
          if (el.closest('.sr-only, .skip, .basis-refs')) continue;
          checked++;
          if (r.height < 44 || r.width < 44) out.push(`${el.tagName}.${el.className} ${el.textContent.trim().slice(0, 20)} ${Math.round(r.width)}×${Math.round(r.height)}`);
        }
        return { small: out, checked };
      });
      assert.ok(checked >= 4, `${url}: only ${checked} targets found`);
      assert.deepEqual(small, [], url);
      await context.close();
    }
  });

  test('large text mode makes the type larger', async () => {
    const { context, page } = await openPage(browser, PHONE);
    await gotoApp(page, site.url);
    const before = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    const look = () => page.locator('[data-act^="elder:"]').evaluate((b) => ({
      pressed: b.getAttribute('aria-pressed'),
      tick: getComputedStyle(b, '::before').content,
      background: getComputedStyle(b).backgroundColor,
    }));
    const off = await look();
    assert.equal(off.pressed, 'false');
    assert.equal(off.tick, 'none');
    await act(page, 'elder:1');
    await page.waitForFunction(() => document.documentElement.classList.contains('elder'));
    const after = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    assert.ok(after >= before * 1.25, `${before} → ${after}`);
    // The switch shows that it is on: a tick and a filled button, not only aria-pressed.
    const on = await look();
    assert.equal(on.pressed, 'true');
    assert.match(on.tick, /✓/);
    assert.notEqual(on.background, off.background);
    // It is remembered on this device (not in a kiosk).
    await page.reload();
    await page.locator('#page-title').waitFor();
    assert.ok(await page.evaluate(() => document.documentElement.classList.contains('elder')));
    await context.close();
  });
});
