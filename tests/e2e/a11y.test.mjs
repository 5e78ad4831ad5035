// Accessibility: an axe scan (WCAG 2.0/2.1 A and AA) of every screen in both languages at
// phone size, and of a representative set at kiosk and desktop sizes, embedded and in 长辈模式
// (listed in OTHER below and in the README); each scan first checks which screen it is looking
// at, renders the cards the browser skips below the fold, and fails on violations and on
// results axe could not decide. Keyboard only, touch targets, 长辈模式.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { act, control, axe, DESKTOP, gotoApp, KIOSK, launch, openPage, PHONE, query, serveDist, tabTo, title } from './helpers.mjs';

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

// Each screen's title, as the customer reads it: the scan must know where it is.
const T = {
  start: { zh: '办电自助测算', en: 'Electricity Connection Estimator' },
  district: { zh: '用电地址在哪个区县？', en: 'Which district or county is the supply address in?' },
  town: { zh: '在哪个乡镇或街道？', en: 'Which township or subdistrict?' },
  area: { zh: '用电地址属于哪类地区？', en: 'What kind of area is it?' },
  customer: { zh: '谁来申请用电？', en: 'Who is applying?' },
  use: { zh: '用电主要做什么？', en: 'What is the power mainly for?' },
  kw: { zh: '需要多大的用电容量？', en: 'How much capacity do you need?' },
  supply: { zh: '需要单电源还是双电源？', en: 'Single or dual supply?' },
  special: { zh: '是否属于下列情况之一？', en: 'Does any of these apply to you?' },
  line_m: { zh: '接电工程的线路大约多长？', en: 'Roughly how long is the connection line?' },
  dig_m: { zh: '需要开挖道路或临时占用绿地多长？', en: 'How much road will be dug up or green space occupied?' },
  city_core: { zh: '工程在宿州市城区范围内吗？', en: 'Are the works inside the Suzhou city area?' },
  builder: { zh: '接电工程由谁来建？', en: 'Who builds the connection works?' },
  own_works: { zh: '您自己的设计和施工大约需要多久？', en: 'How long will your own design and construction take?' },
  date: { zh: '打算哪天提出申请？', en: 'When will you apply?' },
  summary: { zh: '请核对您的回答', en: 'Check your answers' },
  result: { zh: '测算结果', en: 'Your estimate' },
};

const HV = 'customer=other_org&kw=500&area=urban&supply=single&special=1&date=2026-11-26';
// Every screen, by the URL that shows it (and, for a question that is not the one the URL lands
// on, the history entry that says which question), with the screen it must be.
const SCREENS = [
  ['start', '', null, 'start'],
  ['district', '?district=341302', 'q:district@0', 'district'],
  ['town', '?district=341302', 'q:town@0', 'town'],
  ['area (suggested)', '?district=341302&town=341302100', 'q:area@0', 'area'],
  ['customer', '?area=urban', null, 'customer'],
  ['use', '?area=urban&customer=household', 'q:use@0', 'use'],
  ['capacity, with the equipment helper open', '?area=urban&customer=household', null, 'kw'],
  ['supply', '?area=urban&customer=other_org&kw=500', null, 'supply'],
  ['special', '?area=urban&customer=other_org&kw=500&supply=single', null, 'special'],
  ['line', '?area=urban&customer=household&kw=8', 'q:line_m@0', 'line_m'],
  ['dig', '?area=urban&customer=household&kw=8', 'q:dig_m@0', 'dig_m'],
  ['city core', '?area=urban&customer=household&kw=8&dig_m=30', 'q:city_core@0', 'city_core'],
  ['builder', '?area=urban&customer=other_org&kw=8&dig_m=30&city_core=1', 'q:builder@0', 'builder'],
  ['own works', `?${HV}`, 'q:own_works@0', 'own_works'],
  ['date', '?area=urban&customer=household&kw=8', 'q:date@0', 'date'],
  ['summary', '?area=urban&customer=household&kw=8&line_m=30', 'summary@0', 'summary'],
  ['bad capacity', '?area=urban&customer=household&kw=-5', null, 'kw'],
  ['result, household', '?customer=household&kw=8&area=urban&date=2026-09-30', null, 'result'],
  ['result, what-if and unknown approval', '?customer=small_micro&kw=150&area=rural', null, 'result'],
  ['result, high voltage with a missed deadline', `?${HV}&design_d=30&works_d=60&done_acceptance=2026-12-02`, null, 'result'],
];

/** Open a screen: the URL, and (for a question that is not the landing one) its history entry. */
async function open(page, url, entry) {
  await gotoApp(page, site.url + url);
  if (entry) {
    await page.evaluate((e) => history.replaceState(e, '', location.href), entry);
    await page.reload();
    await page.waitForFunction(() => document.documentElement.classList.contains('app-ready') && document.querySelector('#page-title'));
  }
}

/** Show what the customer can open, so that it is scanned too. */
async function openEverything(page) {
  if (await page.locator('[data-tier]').count()) {
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
  }
  if (await page.locator('details.helper').count()) {
    await page.evaluate(() => (document.querySelector('details.helper').open = true));
    await page.locator('.helper-grid input').first().waitFor();
  }
}

/**
 * What axe cannot decide by design, whatever is on screen: text over an SVG or image node
 * (imgNode: the timeline picture's labels), next to a pseudo-element (pseudoContent: the icons
 * before a party's name and a basis's references), one character long (shortTextContent, nonBmp:
 * the picture's step numbers and ticks). These are reported, not failed. Anything else axe could
 * not decide fails the scan: notably what an unrendered, overlapped or off-screen element gives
 * (bgOverlap, elmPartiallyObscuring, outsideViewport), which the helper's rendering of the
 * skipped cards is there to prevent.
 */
const BY_DESIGN = new Set(['imgNode', 'pseudoContent', 'shortTextContent', 'nonBmp']);
// The picture's own text lies over its own shapes (days off shaded behind the names, a date
// inside its bar): axe calls that bgOverlap. Dark text on the pale shading and white on the bars
// are chosen for contrast (the stylesheet's colours); reported, not failed — for SVG text only.
const inPicture = (u) => u.html.startsWith('<text') && u.reasons.every((r) => BY_DESIGN.has(r) || r === 'bgOverlap');

/** Scan; fail on a violation or on anything axe could not decide but the above (reported). */
async function scan(t, page, what) {
  const { violations, undecided } = await axe(page);
  assert.deepEqual(violations, [], `${what}: violations`);
  const byDesign = undecided.filter((u) => u.rule === 'color-contrast' && u.reasons.length > 0 && (u.reasons.every((r) => BY_DESIGN.has(r)) || inPicture(u)));
  const open = undecided.filter((u) => !byDesign.includes(u)).map((u) => `${u.rule} ${u.target} (${u.reasons.join(', ')}): ${u.html.slice(0, 100)}`);
  assert.deepEqual(open, [], `${what}: results axe could not decide (needs review)`);
  if (byDesign.length) {
    const counts = {};
    for (const u of byDesign) for (const r of new Set(u.reasons)) counts[r] = (counts[r] ?? 0) + 1;
    t.diagnostic(`contrast axe cannot decide by design: ${Object.entries(counts).map(([r, n]) => `${r} ×${n}`).join(', ')}`);
  }
}

for (const lang of ['zh', 'en']) {
  describe(`axe, every screen, ${lang}, phone`, () => {
    for (const [name, url, entry, screen] of SCREENS) {
      test(name, async (t) => {
        const { context, page, problems } = await openPage(browser, PHONE);
        const u = lang === 'en' ? (url ? `${url}&lang=en` : '?lang=en') : url;
        await open(page, u, entry);
        if (lang === 'en') await page.waitForFunction(() => document.documentElement.lang === 'en');
        if (screen === 'result') await page.locator('[data-tier]').waitFor();
        assert.equal(await title(page), T[screen][lang], `${name}: the screen scanned`);
        await openEverything(page);
        await scan(t, page, `${name} (${lang})`);
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
    const { violations } = await axe(page);
    assert.ok(violations.some((v) => v.startsWith('label')), violations.join('\n'));
    await context.close();
  });

  test('checks the contrast of a card the browser has not rendered yet', async () => {
    const { context, page } = await openPage(browser, PHONE);
    await gotoApp(page, `${site.url}?${HV}`);
    await page.locator('[data-tier]').waitFor();
    // The last card, far below the fold, is skipped (content-visibility: auto).
    const card = page.locator('section[aria-labelledby="h-rights"]');
    const state = await card.evaluate((c) => ({ cv: getComputedStyle(c).contentVisibility, rendered: c.querySelector('h2').checkVisibility({ contentVisibilityAuto: true }) }));
    assert.deepEqual(state, { cv: 'auto', rendered: false }, 'the card\'s content is skipped by the browser');
    // Pale grey on white there: a contrast failure the scan must find.
    await card.evaluate((c) => (c.querySelector('h2').style.color = '#dddddd'));
    const { violations } = await axe(page);
    assert.ok(violations.some((v) => v.startsWith('color-contrast') && v.includes('h-rights')), violations.join('\n'));
    // Put back as it was: skipped again, no style left behind.
    assert.deepEqual(await card.evaluate((c) => [c.getAttribute('style'), getComputedStyle(c).contentVisibility]), [null, 'auto']);
    await context.close();
  });
});

// The representative set at the other sizes and modes (the README lists the same).
const OTHER = [
  // [name, viewport, url, history entry, screen, language, 长辈模式]
  ['kiosk, start', KIOSK, '?mode=kiosk', null, 'start', 'zh'],
  ['kiosk, capacity question', KIOSK, '?mode=kiosk&area=urban&customer=small_micro', null, 'kw', 'zh'],
  ['kiosk, summary, English', KIOSK, '?mode=kiosk&lang=en&area=urban&customer=household&kw=8', 'summary@0', 'summary', 'en'],
  ['kiosk, high-voltage result', KIOSK, `?mode=kiosk&${HV}`, null, 'result', 'zh'],
  ['desktop, capacity question, English', DESKTOP, '?lang=en&area=urban&customer=small_micro', null, 'kw', 'en'],
  ['desktop, summary', DESKTOP, '?area=urban&customer=other_org&kw=500&supply=dual&special=0', 'summary@0', 'summary', 'zh'],
  ['desktop, result, English', DESKTOP, '?lang=en&customer=household&kw=8&area=urban', null, 'result', 'en'],
  ['desktop, high-voltage result with a missed deadline', DESKTOP, `?${HV}&design_d=30&works_d=60&done_acceptance=2026-12-02`, null, 'result', 'zh'],
  ['embedded, question', PHONE, '?mode=embed&area=urban', null, 'customer', 'zh'],
  ['embedded, result, English', PHONE, '?mode=embed&lang=en&customer=small_micro&kw=150&area=rural', null, 'result', 'en'],
  ['长辈模式, start', PHONE, '', null, 'start', 'zh', true],
  ['长辈模式, capacity question', PHONE, '?area=urban&customer=small_micro', null, 'kw', 'zh', true],
  ['长辈模式, summary, English', PHONE, '?lang=en&area=urban&customer=household&kw=8', 'summary@0', 'summary', 'en', true],
  ['长辈模式, result', PHONE, '?customer=small_micro&kw=20&area=town', null, 'result', 'zh', true],
  ['长辈模式, kiosk result', KIOSK, `?mode=kiosk&${HV}`, null, 'result', 'zh', true],
];

describe('other sizes and modes', () => {
  for (const [name, viewport, url, entry, screen, lang, elder] of OTHER) {
    test(name, async (t) => {
      const { context, page, problems } = await openPage(browser, viewport);
      await open(page, url, entry);
      if (lang === 'en') await page.waitForFunction(() => document.documentElement.lang === 'en');
      if (screen === 'result') await page.locator('[data-tier]').waitFor();
      if (elder) {
        await act(page, 'elder:1');
        await page.waitForFunction(() => document.documentElement.classList.contains('elder'));
      }
      assert.equal(await title(page), T[screen][lang], `${name}: the screen scanned`);
      await openEverything(page);
      await scan(t, page, name);
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  test('the kiosk countdown dialog', async (t) => {
    const { context, page } = await openPage(browser, KIOSK);
    await gotoApp(page, `${site.url}?mode=kiosk&idle_s=20&customer=household&kw=8&area=urban`);
    await page.getByRole('alertdialog').waitFor();
    assert.equal(await title(page), T.result.zh);
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), '我还在', 'focus is on the way out');
    await scan(t, page, 'the kiosk countdown dialog');
    await context.close();
  });
});

describe('keyboard and touch', () => {
  test('the whole journey by keyboard only, to the result and one of its controls', async () => {
    const { context, page, problems } = await openPage(browser, DESKTOP);
    await gotoApp(page, site.url);
    /** The next screen, with the focus on its title. */
    const titled = async (t) => {
      try {
        await page.waitForFunction((x) => document.querySelector('#page-title')?.innerText === x && document.activeElement?.id === 'page-title', t, { timeout: 10_000 });
      } catch {
        const now = await page.evaluate(() => [document.querySelector('#page-title')?.innerText, document.activeElement?.outerHTML.slice(0, 100), document.querySelector('[role=alert], .error')?.textContent]);
        assert.fail(`expected "${t}" with the focus on it; the page shows ${JSON.stringify(now)}`);
      }
    };
    /** Tab to a radio group, move with the arrow keys to `value`, Enter to submit. */
    const pick = async (name, value) => {
      await tabTo(page, (n) => document.activeElement?.matches(`input[type=radio][name="${n}"]`), name);
      for (let i = 0; i < 10 && !(await page.evaluate(() => document.activeElement.checked && document.activeElement.value)); i++) await page.keyboard.press('Space');
      for (let i = 0; i < 10; i++) {
        if (await page.evaluate((v) => document.activeElement.value === v && document.activeElement.checked, value)) break;
        await page.keyboard.press('ArrowDown');
      }
      assert.equal(await page.evaluate(() => document.activeElement.value), value, `${name}: the arrow keys reach ${value}`);
      await page.keyboard.press('Enter');
    };
    /** Tab to a field, type, Enter. */
    const type = async (id, text) => {
      await tabTo(page, (i) => document.activeElement?.id === i, id);
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type(text);
      await page.keyboard.press('Enter');
    };
    /** Tab to a control (see `control`), press it with `key`. */
    const press = async (action, key = 'Enter') => {
      await tabTo(page, (sel) => document.activeElement?.matches(sel), control(action));
      await page.keyboard.press(key);
    };

    // The start button: after the skip link, language and large-text switches.
    await press('begin');
    await titled(T.district.zh);
    await pick('district', '341302');
    await titled(T.town.zh);
    // Skip the township: the "not sure" button, with Space.
    await press('skip:town', 'Space');
    await titled(T.area.zh);
    // A visible focus indicator on the first option.
    await tabTo(page, () => document.activeElement?.matches('input[type=radio]'));
    assert.notEqual(await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle), 'none', 'the focus is visible');
    await pick('area', 'urban');
    await titled(T.customer.zh);
    await pick('customer', 'small_micro');
    await titled(T.use.zh);
    await press('skip:use');
    await titled(T.kw.zh);
    await type('q-kw', '150');
    await titled(T.line_m.zh);
    await press('skip:line_m');
    await titled(T.dig_m.zh);
    await press('skip:dig_m');
    // The works' length unknown: whether they are in the city may decide the approval (a 三零
    // customer is not asked who builds: the power company does).
    await titled(T.city_core.zh);
    await pick('city_core', '1');
    await titled(T.date.zh);
    // The date field offers today (the order of its year, month and day parts is the browser's
    // locale's, so the test takes what it offers).
    await tabTo(page, () => document.activeElement?.id === 'q-date');
    const today = await page.locator('#q-date').inputValue();
    assert.equal(today, new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date()), 'today by default');
    await page.keyboard.press('Enter');
    await titled(T.summary.zh);
    await press('go:result');
    await titled(T.result.zh);
    assert.equal(await page.locator('[data-tier]').getAttribute('data-tier'), 'three_zero');
    assert.deepEqual(query(page), { customer: 'small_micro', kw: '150', area: 'urban', district: '341302', city_core: '1', date: today });
    // On the result: the what-if "at 161 kW" button, by keyboard.
    await press('set');
    await page.waitForFunction(() => document.querySelector('[data-tier]')?.dataset.tier === 'three_save');
    // A view, not an answer: the URL keeps 150 kW, and the focus is on the way back.
    assert.equal(query(page).kw, '150');
    assert.equal(await title(page), T.result.zh);
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'whatif-banner');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('[data-tier]')?.dataset.tier === 'three_zero');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the language and large-text switches keep the keyboard focus', async () => {
    const { context, page, problems } = await openPage(browser, PHONE);
    await gotoApp(page, `${site.url}?${HV}`);
    await page.locator('[data-tier]').waitFor();
    await page.evaluate(() => window.scrollTo(0, 600));
    const focused = () => page.evaluate(() => document.activeElement?.dataset.testid ?? document.activeElement?.tagName);
    for (const [name, done] of [
      ['lang', () => document.documentElement.lang === 'en' && document.querySelector('#page-title')?.innerText === 'Your estimate'],
      ['elder', () => document.documentElement.classList.contains('elder')],
      ['lang', () => document.documentElement.lang === 'zh-CN'],
      ['elder', () => !document.documentElement.classList.contains('elder')],
    ]) {
      await page.locator(`${control(name)}`).focus();
      await page.keyboard.press('Enter');
      await page.waitForFunction(done);
      // The English text arrives a moment later and redraws the page: still there.
      await page.waitForTimeout(300);
      assert.equal(await focused(), name, `${name}: the focus stays on the switch`);
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
      // Drawn without a viewBox now (nothing scaled); a viewBox would scale its text.
      const vb = el.viewBox.baseVal;
      const scale = vb && vb.width ? el.getBoundingClientRect().width / vb.width : 1;
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
    const look = () => page.locator(control('elder')).evaluate((b) => ({
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
