// Printing the result: one clean A4 page in either language, for a simple household result and
// for a long high-voltage one, with the print date and the policy's number, and without the
// screen-only controls.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { control, DESKTOP, gotoApp, launch, openPage, serveDist } from './helpers.mjs';

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

const POLICY = '宿发改能源函〔2021〕37号';
// Every category: a household, a 三零 small business, a 非三零 organisation, high voltage with one
// supply (with and without own-works days) and with two.
const RESULTS = [
  { name: 'household, urban, 8 kW', query: 'customer=household&kw=8&area=urban&date=2026-11-26', tier: 'three_zero', kw: '8' },
  { name: '三零 small business, 150 kW, with works lengths', query: 'customer=small_micro&kw=150&area=urban&line_m=50&dig_m=20&city_core=0&builder=grid&date=2026-11-26', tier: 'three_zero', kw: '150' },
  { name: '非三零 organisation, 150 kW', query: 'customer=other_org&kw=150&area=urban&date=2026-11-26', tier: 'standard', kw: '150' },
  { name: 'high voltage, single supply, 500 kW', query: 'customer=other_org&kw=500&area=urban&supply=single&special=1&date=2026-11-26', tier: 'three_save', kw: '500' },
  { name: 'high voltage, single supply, own works days', query: 'customer=other_org&kw=500&area=urban&supply=single&special=1&date=2026-11-26&design_d=30&works_d=60', tier: 'three_save', kw: '500' },
  { name: 'dual supply, 2000 kW', query: 'customer=other_org&kw=2000&area=urban&supply=dual&special=1&date=2026-11-26', tier: 'three_save', kw: '2000' },
];
// The printed sheet's base size: 9 pt (12 px), 12 pt (16 px) in 长辈模式.
const BASE_PX = { normal: 12, elder: 16 };
const HEADING = { zh: '测算结果', en: 'Your estimate', elder: '测算结果' };
// Today where the browser is (Asia/Shanghai), written as the page writes dates: the print date.
const ZH_WD = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];
const EN_WD = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const EN_MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
function today(lang) {
  const iso = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
  const d = new Date(`${iso}T00:00:00Z`);
  const [y, m, day, wd] = [d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCDay()];
  return lang === 'zh' ? `${y}年${m + 1}月${day}日（${ZH_WD[wd]}）` : `${EN_WD[wd]} ${day} ${EN_MON[m]} ${y}`;
}
const PRINTED = { zh: '打印日期', en: 'Printed', elder: '打印日期' };

/** Page objects in a PDF (`/Type /Page`, not `/Pages`), and the page tree's own count. */
function pdfPages(pdf) {
  const text = pdf.toString('latin1');
  const objects = (text.match(/\/Type\s*\/Page(?![A-Za-z])/g) || []).length;
  const counts = [...text.matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)|\/Count\s+(\d+)[^>]*?\/Type\s*\/Pages\b/g)].map((m) => Number(m[1] ?? m[2]));
  return { objects, count: counts.length ? Math.max(...counts) : null };
}

/**
 * For the failure message: the printed layout at A4's printable width (210 mm − 2 × 12 mm at
 * 96 px/in = 703 px; the printable height is 297 mm − 2 × 11 mm = 1039 px), and where each part ends.
 */
async function overflow(page) {
  await page.setViewportSize({ width: 703, height: 1039 });
  return page.evaluate(() => {
    const result = document.querySelector('section.result');
    const bottom = Math.ceil(result.getBoundingClientRect().bottom);
    const parts = [...result.children]
      .filter((e) => e.checkVisibility())
      .map((e) => {
        const r = e.getBoundingClientRect();
        const name = e.getAttribute('aria-labelledby') ?? (e.className || e.tagName.toLowerCase());
        return `${name}@${Math.round(r.top)}–${Math.round(r.bottom)}`;
      });
    return { bottom, parts };
  });
}

describe('print', () => {
  for (const r of RESULTS) {
    for (const lang of ['zh', 'en', 'elder']) {
      const elder = lang === 'elder';
      test(`${lang}: ${r.name} prints on one A4 page with the date, the policy, the inputs and the timeline picture`, async () => {
        const { context, page, problems } = await openPage(browser, DESKTOP);
        if (elder) await page.addInitScript(() => localStorage.setItem('bandian.elder', '1'));
        const dayBefore = today(lang === 'en' ? 'en' : 'zh');
        await gotoApp(page, `${site.url}?${lang === 'en' ? 'lang=en&' : ''}${r.query}`);
        await page.locator('section[data-tier]').waitFor();
        assert.equal(await page.locator('[data-tier]').getAttribute('data-tier'), r.tier);
        // On screen: the print-only lines are hidden, the actions shown.
        assert.equal(await page.locator('.print-only').first().isVisible(), false, 'print-only hidden on screen');
        assert.ok(await page.locator(control('print')).isVisible(), 'the print button on screen');

        await page.emulateMedia({ media: 'print' });
        // The base size, and the picture printed with its text no smaller.
        const base = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
        assert.ok(base >= BASE_PX[elder ? 'elder' : 'normal'], `base ${base}px`);
        assert.ok(await page.locator('svg.timeline-svg').isVisible(), 'the timeline picture is printed');
        const sizes = await page.locator('svg.timeline-svg text').evaluateAll((ts) => ts.map((t) => parseFloat(getComputedStyle(t).fontSize)));
        assert.ok(Math.min(...sizes) >= base, `picture text ${Math.min(...sizes)}px`);
        // The inputs the dates come from: the application date and the capacity at least.
        const inputs = await page.locator('.print-inputs').innerText();
        assert.ok(inputs.includes('2026') && inputs.includes(r.kw), inputs);
        // The print header: the print date and the policy's number.
        const header = page.locator('.print-only.print-header');
        assert.ok(await header.isVisible(), 'the print header is visible');
        const headerText = await header.innerText();
        assert.ok(headerText.includes(PRINTED[lang]), `print date: ${headerText}`);
        assert.ok(headerText.includes(POLICY), `policy number: ${headerText}`);
        // The day it is printed (the test may straddle midnight: either day).
        const printed = lang === 'en' ? `Printed ${dayBefore}` : `打印日期：${dayBefore}`;
        const printedLater = lang === 'en' ? `Printed ${today('en')}` : `打印日期：${today('zh')}`;
        assert.ok(headerText.includes(printed) || headerText.includes(printedLater), `today's date (${printed}): ${headerText}`);
        // The title and the tier are printed.
        assert.ok(await page.locator('#page-title').isVisible());
        assert.equal((await page.locator('#page-title').innerText()).trim(), HEADING[lang]);
        assert.ok(await page.locator('.headline .badge').isVisible(), 'the tier');
        // Nothing screen-only: controls, buttons, fields, disclosures, header and footer (the
        // documents checklist keeps its tick boxes: they are for ticking on paper).
        const shown = await page.evaluate(() =>
          [...document.querySelectorAll('.no-print, button, input:not([type=checkbox]), select, textarea, details, .site-header, .site-footer, .toolbar, .skip, svg.qr')]
            .filter((e) => e.checkVisibility())
            .map((e) => e.outerHTML.slice(0, 100)),
        );
        assert.deepEqual(shown, [], 'screen-only elements visible in print');

        const pdf = await page.pdf({ format: 'A4', printBackground: true });
        assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
        const pages = pdfPages(pdf);
        const where = await overflow(page);
        assert.equal(
          pages.objects,
          1,
          `one A4 page, got ${pages.objects} (/Count ${pages.count}); at A4 width the printed result is ${where.bottom}px tall (one A4 page with the stylesheet's margins holds about 1039px): ${where.parts.join(', ')}`,
        );
        if (pages.count !== null) assert.equal(pages.count, 1);
        assert.deepEqual(problems, []);
        await context.close();
      });
    }
  }

  test('the PDF page counter counts pages', async () => {
    // A guard for the counter above: a page that is certainly three A4 pages long.
    const { context, page } = await openPage(browser, DESKTOP);
    await page.setContent('<div>a</div><div style="break-before: page">b</div><div style="break-before: page">c</div>');
    const pages = pdfPages(await page.pdf({ format: 'A4' }));
    assert.equal(pages.objects, 3);
    assert.equal(pages.count, 3);
    await context.close();
  });
});
