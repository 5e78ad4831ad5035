// Only questions that apply: who builds is not asked of households and 三零, 城区 is not asked in
// the four counties, households are not offered usages that cannot be theirs, a county seat's
// 街道 suggests 城镇, the progress total does not jump up, and the area hint speaks of the phase
// of the date. As a person answers: taps and typing, at phone size, at desktop in English, and in
// 长辈模式.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { act, DESKTOP, gotoApp, launch, next, PHONE, query, serveDist, title, withFreshPage } from './helpers.mjs';

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

const withPage = (viewport, body, options) => withFreshPage(browser, viewport, body, options);

/** The progress line's numbers: [n, about N]. */
async function progress(page) {
  const s = await page.locator('#progress-text').innerText();
  const m = s.match(/(\d+)\D+(\d+)/);
  assert.ok(m, s);
  return [Number(m[1]), Number(m[2])];
}

/**
 * Answer question by question: `answers` maps a question (data-q) to what the person does there.
 * Returns the questions seen, in order, with the progress line on each.
 */
async function walk(page, answers) {
  const seen = [];
  for (let i = 0; i < 20; i++) {
    if (!(await page.locator('form[data-q]').count())) break;
    const q = await page.locator('form[data-q]').getAttribute('data-q');
    seen.push({ q, progress: await progress(page), text: await page.locator('#main').innerText() });
    const answer = answers[q];
    if (answer === undefined) {
      await page.locator(`form[data-q="${q}"] [data-testid="skip"]`).click();
      await page.waitForFunction((b) => document.querySelector('form[data-q]')?.getAttribute('data-q') !== b, q);
      continue;
    }
    await answer(page);
    await next(page);
  }
  return seen;
}

/** Tap the option with this value (the label the person reads is checked where it matters). */
const radio = (name, value) => (page) => page.locator(`input[name="${name}"][value="${value}"]`).check();
const typed = (name, v) => (page) => page.locator(`input[name="${name}"]`).fill(v);
const town = (code) => (page) => page.locator('select[name="town"]').selectOption(code);

function assertTotalNeverRises(seen) {
  let last = Infinity;
  seen.forEach(({ q, progress: [n, total] }, i) => {
    assert.equal(n, i + 1, `${q}: its place`);
    assert.ok(total <= last, `${q}: total ${total} after ${last}`);
    assert.ok(n <= total, `${q}: ${n} of ${total}`);
    last = total;
  });
  assert.equal(last, seen.length, 'ends at the questions asked');
}

describe('only questions that apply', () => {
  test('zh phone: a household in 萧县 — 城镇 suggested for 凤城街道, no 城区 or builder question, no campaign usage', async () => {
    await withPage(PHONE, async (page) => {
      await gotoApp(page, site.url);
      await act(page, 'begin');
      let areaText = '';
      let usageLabels = [];
      const seen = await walk(page, {
        district: radio('district', '341322'),
        town: town('341322001'),
        area: async (p) => {
          areaText = await p.locator('#main').innerText();
          // The suggestion is taken as it stands.
        },
        customer: radio('customer', 'household'),
        use: async (p) => {
          usageLabels = await p.locator('input[name="use"]').evaluateAll((els) => els.map((e) => e.closest('label')?.innerText ?? e.value));
          await p.locator('input[name="use"][value="general"]').check();
        },
        kw: typed('kw', '8'),
        line_m: typed('line_m', '50'),
        dig_m: typed('dig_m', '30'),
        date: typed('date', '2026-11-20'),
      });
      const qs = seen.map((s) => s.q);
      assert.deepEqual(qs, ['district', 'town', 'area', 'customer', 'use', 'kw', 'line_m', 'dig_m', 'date']);
      assert.ok(areaText.includes('根据“凤城街道”，建议选择“城镇”'), areaText);
      assert.equal(await page.locator('input[name="area"]:checked').count(), 0, 'on the summary now');
      assert.ok(!areaText.includes('2022年还决定'), 'a 2026 application hears of the 2023 rule');
      assert.ok(areaText.includes('2023年起低压接入上限城乡都是160千瓦'), areaText);
      assert.equal(usageLabels.length, 3, usageLabels.join(' | '));
      assert.ok(!usageLabels.some((l) => l.includes('三大攻坚战') || l.includes('园区')), usageLabels.join(' | '));
      assertTotalNeverRises(seen);
      // The works questions say why they are asked.
      const line = seen.find((s) => s.q === 'line_m').text;
      assert.ok(line.includes('这一题只在您的回答可能改变审批结果时才问'), line);
      const q = query(page);
      assert.equal(q.area, 'town');
      assert.equal(q.city_core, undefined);
      assert.equal(q.builder, undefined);
    });
  });

  test('en desktop: an organisation in 埇桥区 is asked about 城区 and the builder; in 灵璧县 about neither', async () => {
    await withPage(DESKTOP, async (page) => {
      await gotoApp(page, `${site.url}?lang=en`);
      await act(page, 'begin');
      let builderText = '';
      const seen = await walk(page, {
        district: radio('district', '341302'),
        town: town('341302001'),
        area: async () => {},
        customer: radio('customer', 'other_org'),
        use: radio('use', 'general'),
        kw: typed('kw', '50'),
        line_m: typed('line_m', '50'),
        dig_m: typed('dig_m', '30'),
        city_core: radio('city_core', '1'),
        builder: async (p) => {
          builderText = await p.locator('#main').innerText();
          await p.locator('input[name="builder"][value="own"]').check();
        },
        date: typed('date', '2026-11-20'),
      });
      assert.deepEqual(seen.map((s) => s.q), ['district', 'town', 'area', 'customer', 'use', 'kw', 'line_m', 'dig_m', 'city_core', 'builder', 'own_works', 'date']);
      assert.ok(seen.find((s) => s.q === 'area').text.includes('Urban'), 'a city subdistrict suggests Urban');
      assert.ok(builderText.includes('This is asked only because your answer can change the approval result'), builderText);
      assertTotalNeverRises(seen);
      // The same in 灵璧县: 城区 follows from the county, so the builder decides nothing either.
      await gotoApp(page, `${site.url}?lang=en`);
      await act(page, 'begin');
      const county = await walk(page, {
        district: radio('district', '341323'),
        town: async () => {},
        area: radio('area', 'town'),
        customer: radio('customer', 'other_org'),
        use: radio('use', 'general'),
        kw: typed('kw', '50'),
        line_m: typed('line_m', '50'),
        dig_m: typed('dig_m', '30'),
        date: typed('date', '2026-11-20'),
      });
      const qs = county.map((s) => s.q);
      assert.ok(!qs.includes('city_core') && !qs.includes('builder'), qs.join(','));
      assertTotalNeverRises(county);
    }, { locale: 'en-US' });
  });

  test('长辈模式 phone: a small shop in 埇桥区 is asked about 城区 but not who builds; a link\'s builder answer is ignored', async () => {
    await withPage(PHONE, async (page) => {
      await gotoApp(page, site.url);
      await act(page, 'elder:1');
      await page.waitForFunction(() => document.documentElement.classList.contains('elder'));
      await act(page, 'begin');
      const seen = await walk(page, {
        district: radio('district', '341302'),
        town: town('341302001'),
        area: async () => {},
        customer: radio('customer', 'small_micro'),
        use: radio('use', 'campaign'),
        kw: typed('kw', '60'),
        line_m: typed('line_m', '50'),
        dig_m: typed('dig_m', '30'),
        city_core: radio('city_core', '1'),
        date: typed('date', '2026-11-20'),
      });
      const qs = seen.map((s) => s.q);
      assert.ok(qs.includes('city_core'), qs.join(','));
      assert.ok(!qs.includes('builder'), qs.join(','));
      assertTotalNeverRises(seen);
      // The power company builds: the approval path is settled (告知承诺), no "depends on the builder".
      await act(page, 'go:result');
      await page.waitForFunction(() => document.querySelector('.result'));
      // A household link with a builder answer: ignored, not an error.
      await gotoApp(page, `${site.url}?customer=household&kw=8&area=urban&district=341321&dig_m=30&city_core=1&builder=own`);
      assert.ok(await page.locator('.result').count(), 'the result, not a question to fix');
      assert.equal(await page.locator('.error').count(), 0);
    });
  });
});
