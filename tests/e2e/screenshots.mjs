// `make screenshots`: every main screen at phone (390×844), kiosk portrait (1080×1920) and
// desktop (1366×900), in both languages, into screenshots/ — to look at, not a test.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DESKTOP, gotoApp, KIOSK, launch, openPage, PHONE, ROOT, serveDist } from './helpers.mjs';

const out = join(ROOT, 'screenshots');
mkdirSync(out, { recursive: true });
const SCREENS = {
  start: '',
  question: '?area=urban&customer=small_micro',
  summary: '?area=urban&customer=small_micro&kw=150&line_m=abc',
  result: '?customer=small_micro&kw=150&area=urban&line_m=50&dig_m=20&city_core=0&builder=grid&date=2026-09-25',
  'result-hv': '?customer=other_org&kw=500&area=urban&supply=single&special=1&date=2026-11-26&design_d=30&works_d=60&done_acceptance=2026-11-30',
};
const browser = await launch();
const site = await serveDist();
for (const [size, viewport] of Object.entries({ phone: PHONE, kiosk: KIOSK, desktop: DESKTOP })) {
  for (const lang of ['zh', 'en']) {
    for (const [name, url] of Object.entries(SCREENS)) {
      const { context, page } = await openPage(browser, viewport);
      const params = new URLSearchParams(url.replace(/^\?/, ''));
      if (lang === 'en') params.set('lang', 'en');
      if (size === 'kiosk') params.set('mode', 'kiosk');
      await gotoApp(page, `${site.url}?${params}`);
      if (lang === 'en') await page.waitForFunction(() => document.documentElement.lang === 'en');
      if (name.startsWith('result')) await page.locator('[data-tier]').waitFor();
      const file = join(out, `${size}-${lang}-${name}.png`);
      await page.screenshot({ path: file, fullPage: name.startsWith('result') ? false : true });
      console.log(file);
      await context.close();
    }
  }
}
await browser.close();
await site.close();
