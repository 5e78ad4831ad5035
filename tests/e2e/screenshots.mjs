// `make screenshots`: every main screen at phone (390×844), kiosk portrait (1080×1920) and
// desktop (1366×900), in both languages, into screenshots/ — to look at, not a test. Results for
// each kind of customer (a household, a 三零 small business, a 非三零 organisation, a high-voltage
// single-supply user with own-works days, a dual-supply user), each also in 长辈模式, as the
// first screen shows them. (glance.test.mjs checks the same results: the summary on the first
// screen, the picture's text and sizes, axe.)
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DESKTOP, gotoApp, KIOSK, launch, openPage, PHONE, ROOT, serveDist } from './helpers.mjs';

const out = join(ROOT, 'screenshots');
mkdirSync(out, { recursive: true });
const SCREENS = {
  start: '',
  question: '?area=urban&customer=small_micro',
  summary: '?area=urban&customer=small_micro&kw=150&line_m=abc',
  'result-household': '?customer=household&kw=8&area=urban&date=2026-11-26',
  result: '?customer=small_micro&kw=150&area=urban&line_m=50&dig_m=20&city_core=0&builder=grid&date=2026-09-25',
  'result-standard': '?customer=other_org&kw=150&area=urban&date=2026-11-26',
  'result-hv': '?customer=other_org&kw=500&area=urban&supply=single&special=1&date=2026-11-26&design_d=30&works_d=60&done_acceptance=2026-11-30',
  'result-dual': '?customer=other_org&kw=2000&area=urban&supply=dual&special=1&date=2026-11-26',
};
const browser = await launch();
const site = await serveDist();
for (const [size, viewport] of Object.entries({ phone: PHONE, kiosk: KIOSK, desktop: DESKTOP })) {
  for (const look of ['zh', 'en', 'elder']) {
    for (const [name, url] of Object.entries(SCREENS)) {
      if (look === 'elder' && !name.startsWith('result')) continue;
      const { context, page } = await openPage(browser, viewport);
      if (look === 'elder') await page.addInitScript(() => localStorage.setItem('bandian.elder', '1'));
      const params = new URLSearchParams(url.replace(/^\?/, ''));
      if (look === 'en') params.set('lang', 'en');
      if (size === 'kiosk') params.set('mode', 'kiosk');
      await gotoApp(page, `${site.url}?${params}`);
      if (look === 'en') await page.waitForFunction(() => document.documentElement.lang === 'en');
      if (name.startsWith('result')) await page.locator('[data-tier]').waitFor();
      const file = join(out, `${size}-${look}-${name}.png`);
      await page.screenshot({ path: file, fullPage: name.startsWith('result') ? false : true });
      console.log(file);
      await context.close();
    }
  }
}
await browser.close();
await site.close();
