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
const RESULTS = [
  { name: 'household, urban, 8 kW', query: 'customer=household&kw=8&area=urban&date=2026-11-26', tier: 'three_zero' },
  { name: 'high voltage, single supply, 500 kW', query: 'customer=other_org&kw=500&area=urban&supply=single&special=1&date=2026-11-26', tier: 'three_save' },
];
const HEADING = { zh: '测算结果', en: 'Your estimate' };
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
const PRINTED = { zh: '打印日期', en: 'Printed' };

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
    for (const lang of ['zh', 'en']) {
      test(`${lang}: ${r.name} prints on one A4 page with the date and the policy`, async () => {
        const { context, page, problems } = await openPage(browser, DESKTOP);
        const dayBefore = today(lang);
        await gotoApp(page, `${site.url}?${lang === 'en' ? 'lang=en&' : ''}${r.query}`);
        await page.locator('section[data-tier]').waitFor();
        assert.equal(await page.locator('[data-tier]').getAttribute('data-tier'), r.tier);
        // On screen: the print-only lines are hidden, the actions shown.
        assert.equal(await page.locator('.print-only').first().isVisible(), false, 'print-only hidden on screen');
        assert.ok(await page.locator(control('print')).isVisible(), 'the print button on screen');

        await page.emulateMedia({ media: 'print' });
        // The print header: the print date and the policy's number.
        const header = page.locator('.print-only.print-header');
        assert.ok(await header.isVisible(), 'the print header is visible');
        const headerText = await header.innerText();
        assert.ok(headerText.includes(PRINTED[lang]), `print date: ${headerText}`);
        assert.ok(headerText.includes(POLICY), `policy number: ${headerText}`);
        // The day it is printed (the test may straddle midnight: either day).
        const printed = { zh: `打印日期：${dayBefore}`, en: `Printed ${dayBefore}` }[lang];
        const printedLater = { zh: `打印日期：${today(lang)}`, en: `Printed ${today(lang)}` }[lang];
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
