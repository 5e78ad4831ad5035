// The result at a glance: the four summary lines and the ways to take the result away inside
// the first screen of a phone, the timeline picture that names every step with its due date
// (as text in the SVG, never below 12 px, 16 px in 长辈模式), days off and holidays named, today
// and the steps "Am I on time?" finds late marked; sections that fold and stay folded; wide
// layouts on a desktop and a portrait kiosk; no sideways scrolling from 320 px; axe on each.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { act, axe, control, DESKTOP, gotoApp, KIOSK, launch, openPage, PHONE, serveDist, todayIso } from './helpers.mjs';

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

export const CATEGORIES = {
  household: 'customer=household&kw=8&area=urban&date=2026-11-26',
  'three-zero business': 'customer=small_micro&kw=150&area=urban&line_m=50&dig_m=20&city_core=0&builder=grid&date=2026-11-26',
  'non-三零 organisation': 'customer=other_org&kw=150&area=urban&date=2026-11-26',
  'high voltage, single supply, own works': 'customer=other_org&kw=500&area=urban&supply=single&special=1&date=2026-11-26&design_d=30&works_d=60',
  'dual supply': 'customer=other_org&kw=2000&area=urban&supply=dual&special=1&date=2026-11-26',
};
const CATEGORY_KEYS = {
  household: 'lv_residential',
  'three-zero business': 'lv_three_zero',
  'non-三零 organisation': 'lv_standard',
  'high voltage, single supply, own works': 'hv_single',
  'dual supply': 'hv_dual',
};
const LINES = ['tier', 'power-on', 'bring', 'call'];

async function openResult(viewport, query, { lang = 'zh', elder = false, mode } = {}) {
  const { context, page, problems } = await openPage(browser, viewport);
  if (elder) await page.addInitScript(() => localStorage.setItem('bandian.elder', '1'));
  const params = new URLSearchParams(query);
  if (lang === 'en') params.set('lang', 'en');
  if (mode) params.set('mode', mode);
  await gotoApp(page, `${site.url}?${params}`);
  await page.locator('section[data-tier]').waitFor();
  if (lang === 'en') await page.waitForFunction(() => document.documentElement.lang === 'en');
  if (elder) await page.waitForFunction(() => document.documentElement.classList.contains('elder'));
  return { context, page, problems };
}

/** Each box inside the viewport as first shown (nothing scrolled). */
async function outside(page, selectors) {
  return page.evaluate((sels) => {
    const out = [];
    for (const s of sels) {
      const els = [...document.querySelectorAll(s)];
      if (!els.length) out.push(`${s}: missing`);
      for (const e of els) {
        const r = e.getBoundingClientRect();
        if (r.height === 0 || r.top < 0 || r.bottom > innerHeight + 0.5 || r.left < 0 || r.right > innerWidth + 0.5) {
          out.push(`${s}: ${Math.round(r.left)},${Math.round(r.top)}–${Math.round(r.right)},${Math.round(r.bottom)} in ${innerWidth}×${innerHeight}`);
        }
      }
    }
    return out;
  }, selectors);
}

/** The estimate as the customer downloads it ("Download data (JSON)"). */
async function downloaded(page) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator(control('download')).click()]);
  return JSON.parse(await readFile(await download.path(), 'utf8'));
}

/** What the picture says, row by row, and every text's computed size. */
async function picture(page) {
  return page.locator('svg.timeline-svg').evaluate((svg) => ({
    viewBox: svg.getAttribute('viewBox'),
    label: svg.getAttribute('aria-label'),
    rows: [...svg.querySelectorAll('g.row')].map((g) => ({
      name: g.querySelector('.name').firstChild.textContent.trim(),
      due: g.querySelector('.due').textContent.trim(),
      mark: g.getAttribute('data-mark'),
    })),
    text: svg.textContent,
    sizes: [...svg.querySelectorAll('text')].map((t) => parseFloat(getComputedStyle(t).fontSize)),
    width: svg.getBoundingClientRect().width,
  }));
}

const md = (iso) => {
  const [, m, d] = iso.split('-').map(Number);
  return `${m}/${d}`;
};

describe('the first screen of a phone', () => {
  for (const lang of ['zh', 'en']) {
    for (const [name, query] of Object.entries(CATEGORIES)) {
      test(`${lang}, ${name}: the four lines and the actions are on the first screen; the picture names every step and its due date`, async () => {
        const { context, page, problems } = await openResult(PHONE, query, { lang });
        assert.deepEqual(await outside(page, [...LINES.map((l) => `.glance [data-line="${l}"]`), control('print'), control('copy-link'), control('download')]), []);
        assert.equal(await page.evaluate(() => scrollY), 0, 'nothing scrolled');
        const lines = await page.locator('.glance-lines li').allInnerTexts();
        assert.equal(lines.length, 4, lines.join(' | '));
        // Which service, with its number; when power is on (a date) or what it depends on; the
        // one document; both hotlines.
        assert.match(lines[0], /\d/);
        assert.match(lines[2], lang === 'zh' ? /一证受理/ : /one document/i);
        assert.ok(lines[3].includes('95598') && lines[3].includes('12398'), lines[3]);

        const json = await downloaded(page);
        assert.equal(json.category, CATEGORY_KEYS[name]);
        if (json.whole_process_due) assert.ok(lines[1].includes(String(Number(json.whole_process_due.slice(8)))), `${lines[1]} / ${json.whole_process_due}`);
        // The picture: one row per step (and the whole process), the step list's names, the
        // JSON's due dates, as text.
        const pic = await picture(page);
        assert.equal(pic.viewBox, null, 'not scaled: its text keeps its size');
        const names = await page.locator('ol.steps > li.step:not(.whole) h3').evaluateAll((hs) => hs.map((h) => h.firstChild.textContent.trim()));
        assert.deepEqual(pic.rows.slice(0, json.steps.length).map((r) => r.name), names);
        json.steps.forEach((s, i) => {
          if (s.due) assert.equal(pic.rows[i].due, md(s.due), `${s.id}`);
          else assert.equal(pic.rows[i].due, lang === 'zh' ? '取决于您的进度' : 'depends on you', `${s.id} (undated)`);
        });
        if (json.whole_process_due) assert.equal(pic.rows.at(-1).due, md(json.whole_process_due));
        assert.ok(pic.text.includes(md(json.date ?? json.input.date)), 'the start on the axis');
        assert.ok(pic.label && !pic.label.includes('\n') && pic.label.length > 10, pic.label);
        assert.ok(Math.min(...pic.sizes) >= 12, `text sizes ${pic.sizes}`);
        assert.ok(pic.rows.every((r) => r.mark === null), 'no alarm without dates entered');
        assert.deepEqual(problems, []);
        await context.close();
      });
    }
  }

  test('长辈模式: the picture\'s text is 16 px or more at 360 px wide, the lines are there', async () => {
    for (const query of Object.values(CATEGORIES)) {
      const { context, page, problems } = await openResult({ width: 360, height: 740 }, query, { elder: true });
      const pic = await picture(page);
      assert.ok(Math.min(...pic.sizes) >= 16, `text sizes ${pic.sizes}`);
      assert.equal(await page.locator('.glance-lines li').count(), 4);
      assert.deepEqual(await outside(page, ['.glance [data-line="tier"]', '.glance [data-line="power-on"]']), []);
      assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), 'no sideways scrolling');
      assert.deepEqual(problems, []);
      await context.close();
    }
  });
});

describe('the picture', () => {
  test('a holiday that pushes a date is shaded and named', async () => {
    // Applied Thu 12 Feb 2026: 春节 2/15–2/23 (Sat 2/14 a make-up working day).
    const { context, page } = await openResult(PHONE, 'customer=small_micro&kw=50&area=urban&date=2026-02-12');
    const pic = await picture(page);
    assert.ok(pic.text.includes('春节 2/15–2/23'), pic.text);
    assert.ok(await page.locator('svg.timeline-svg rect.closed[data-holiday]').count() >= 1);
    assert.equal(pic.rows[0].due, '2/13');
    assert.equal(pic.rows.at(-1).due, '2/27');
    await context.close();
  });

  test('today is marked for an application in the past; a step reported late is marked, one not reported is not', async () => {
    const past = 'customer=small_micro&kw=50&area=urban&date=2026-09-01';
    const { context, page } = await openResult(PHONE, past);
    const today = todayIso();
    let pic = await picture(page);
    assert.ok(pic.text.includes(`今天 ${md(today)}`), pic.text);
    assert.ok(await page.locator('svg.timeline-svg line.today').count() === 1);
    assert.ok(pic.rows.every((r) => r.mark === null), 'nothing reported: no alarm');
    // The customer reports acceptance finished a week late, in "Am I on time?".
    await page.locator('#h-track').click();
    const field = page.locator('#done-acceptance');
    await field.scrollIntoViewIfNeeded();
    await field.fill('2026-09-10');
    await field.blur();
    await page.waitForFunction(() => document.querySelector('svg.timeline-svg g.row[data-mark="missed"]'));
    pic = await picture(page);
    assert.equal(pic.rows[0].mark, 'missed');
    assert.ok(pic.text.includes('已超时'), pic.text);
    await context.close();
  });
});

describe('sections fold and stay folded', () => {
  test('phone: the documents fold, stay folded across a language switch and a new answer, and open again', async () => {
    const { context, page, problems } = await openResult(PHONE, CATEGORIES['three-zero business']);
    const toggle = page.locator('#h-docs button');
    assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
    await toggle.click();
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
    assert.equal(await page.locator('#h-docs-body').isVisible(), false);
    await act(page, 'lang');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    assert.equal(await page.locator('#h-docs button').innerText(), 'Documents to prepare');
    assert.equal(await page.locator('#h-docs button').getAttribute('aria-expanded'), 'false', 'still folded in English');
    assert.equal(await page.locator('#h-docs-body').isVisible(), false);
    // A what-if preview redraws the result: the section stays folded.
    await page.locator('#h-timeline button').click();
    assert.equal(await page.locator('#h-timeline-body').isVisible(), false);
    await page.locator('#h-docs button').click();
    assert.equal(await page.locator('#h-docs-body').isVisible(), true);
    assert.equal(await page.locator('#h-timeline-body').isVisible(), false);
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe('taking the result away', () => {
  test('copy link: the answers only, no tracker dates; Share only where the device has a share sheet', async () => {
    const { context, page, problems } = await openResult(PHONE, `${CATEGORIES.household}&done_acceptance=2026-11-27`);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
    const hasShare = await page.evaluate(() => typeof navigator.share === 'function');
    assert.equal(await page.locator(control('share')).count(), hasShare ? 1 : 0);
    await page.locator(control('copy-link')).click();
    await page.locator(control('copy-link'), { hasText: '链接已复制' }).waitFor();
    const link = new URL(await page.evaluate(() => navigator.clipboard.readText()));
    assert.deepEqual(Object.fromEntries(link.searchParams), { customer: 'household', kw: '8', area: 'urban', date: '2026-11-26' });
    assert.equal(await page.locator(control('download')).innerText(), '下载数据（JSON）');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('share: where navigator.share exists, the answers\' link goes to the share sheet', async () => {
    const { context, page, problems } = await openPage(browser, PHONE);
    await page.addInitScript(() => {
      window.__shared = [];
      navigator.share = (data) => {
        window.__shared.push(data);
        return Promise.resolve();
      };
    });
    await gotoApp(page, `${site.url}?lang=en&${CATEGORIES['three-zero business']}`);
    await page.locator(control('share')).click();
    const shared = await page.evaluate(() => window.__shared);
    assert.equal(shared.length, 1);
    const url = new URL(shared[0].url);
    assert.equal(url.searchParams.get('lang'), 'en');
    assert.equal(url.searchParams.get('customer'), 'small_micro');
    assert.equal(shared[0].title, 'Your estimate');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the kiosk shows the QR code with the summary, and neither copy, share nor download', async () => {
    const { context, page } = await openResult(KIOSK, CATEGORIES.household, { mode: 'kiosk' });
    assert.deepEqual(await outside(page, ['.glance svg.qr']), []);
    assert.equal(await page.locator(`${control('copy-link')}, ${control('download')}, ${control('share')}`).count(), 0);
    await context.close();
  });
});

describe('wide layouts', () => {
  test('portrait kiosk 1080×1920: the summary, the timeline and the documents without scrolling', async () => {
    for (const [name, query] of Object.entries(CATEGORIES)) {
      const { context, page, problems } = await openResult(KIOSK, query, { mode: 'kiosk' });
      assert.deepEqual(
        await outside(page, ['.glance-lines', 'svg.timeline-svg', '#h-docs', '.docs-card .one-document']),
        [],
        name,
      );
      assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), 'no sideways scrolling');
      assert.deepEqual(problems, []);
      await context.close();
    }
  });

  test('desktop in English: the glance beside the headline, the timeline beside the documents, each column running on by itself; why 合计 and 全过程 differ', async () => {
    const { context, page, problems } = await openResult(DESKTOP, CATEGORIES['three-zero business'], { lang: 'en' });
    const box = (s) => page.locator(s).boundingBox();
    const [glance, headline, timeline, docs] = await Promise.all(['.glance', '.headline', '.timeline-card', '.docs-card'].map(box));
    assert.ok(headline.x > glance.x + glance.width - 1 && Math.abs(headline.y - glance.y) < 2, 'side by side');
    assert.ok(docs.x > timeline.x + timeline.width - 1, 'side by side');
    // No gap left by the taller neighbour: the timeline follows the glance, the documents the headline.
    const gap = (above, below) => below.y - (above.y + above.height);
    assert.ok(gap(glance, timeline) >= 0 && gap(glance, timeline) < 40, `timeline ${gap(glance, timeline)}px under the glance`);
    assert.ok(gap(headline, docs) >= 0 && gap(headline, docs) < 40, `documents ${gap(headline, docs)}px under the headline`);
    assert.deepEqual(await outside(page, ['.glance-lines', control('print')]), []);
    assert.equal(
      await page.locator('.headline .why-totals').innerText(),
      "The total of 3 working days counts the power company's own time only; the whole process of 6 working days includes building the connection.",
    );
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a household, whose 合计 and 全过程 are the same, gets no such line', async () => {
    const { context, page } = await openResult(PHONE, CATEGORIES.household);
    assert.equal(await page.locator('.headline .why-totals').count(), 0);
    await context.close();
  });

  test('no sideways scrolling at any width from 320 px', async () => {
    const { context, page } = await openResult({ width: 320, height: 700 }, CATEGORIES['high voltage, single supply, own works'], { lang: 'en' });
    for (const width of [320, 360, 390, 600, 768, 1024, 1280, 1366, 1920]) {
      await page.setViewportSize({ width, height: 900 });
      const over = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
      assert.ok(over <= 0, `${width} px: ${over} px too wide`);
    }
    await context.close();
  });
});

describe('axe on every category, size and language', () => {
  const sizes = { phone: PHONE, kiosk: KIOSK, desktop: DESKTOP };
  for (const [size, viewport] of Object.entries(sizes)) {
    for (const lang of ['zh', 'en']) {
      test(`${size}, ${lang}`, async () => {
        for (const [name, query] of Object.entries(CATEGORIES)) {
          const { context, page } = await openResult(viewport, query, { lang, mode: size === 'kiosk' ? 'kiosk' : undefined });
          const r = await axe(page);
          assert.deepEqual(r.violations, [], `${name}`);
          await context.close();
        }
      });
    }
  }
  test('长辈模式, phone', async () => {
    for (const [name, query] of Object.entries(CATEGORIES)) {
      const { context, page } = await openResult(PHONE, query, { elder: true });
      const r = await axe(page);
      assert.deepEqual(r.violations, [], `${name}`);
      await context.close();
    }
  });
});
