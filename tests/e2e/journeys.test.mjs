// The five customer categories, in both languages, by clicking through the questions at
// phone size; the result is checked for what the customer reads: tier, days, dates, documents.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { act, choose, control, fill, gotoApp, launch, mainText, next, openPage, PHONE, query, serveDist, title } from './helpers.mjs';

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

const L = {
  zh: {
    district: '埇桥区', town: '符离镇', urban: '市区', town_area: '城镇', rural: '农村',
    household: '居民家庭', small: '小微企业、个体工商户', other: '其他企业或机关事业单位',
    kw: '用电容量（千瓦）', single: '单电源', dual: '双电源', none: '都不是', date: '申请日期',
    summary: '请核对您的回答', see: '查看测算结果', result: '测算结果',
    three_zero: '“三零”服务', three_save: '“三省”服务', standard: '常规办电',
    id: '用电人有效身份证件', approval_doc: '用电工程项目批准或备案文件',
    due: (d) => `供电公司须在 ${d.zh} 前办完`, days: (n) => `${n} 个工作日`,
  },
  en: {
    district: 'Yongqiao District', town: '符离镇', urban: 'Urban', town_area: 'Town', rural: 'Rural',
    household: 'Household', small: 'Small or micro business', other: 'Other enterprise or institution',
    kw: 'Capacity (kW)', single: 'Single supply', dual: 'Dual supply', none: 'None of these', date: 'Application date',
    summary: 'Check your answers', see: 'See the estimate', result: 'Your estimate',
    three_zero: 'Three-Zero service', three_save: 'Three-Save service', standard: 'Standard process',
    id: 'A valid identity document of the applicant', approval_doc: "The project's approval or filing document",
    due: (d) => `The company must finish by ${d.en}`, days: (n) => (n === 1 ? '1 working day' : `${n} working days`),
  },
};

const D = (zh, en) => ({ zh, en });
const NOV27 = D('2026年11月27日（星期五）', 'Fri 27 Nov 2026');
const DEC1 = D('2026年12月1日（星期二）', 'Tue 1 Dec 2026');
const DEC4 = D('2026年12月4日（星期五）', 'Fri 4 Dec 2026');
const DEC8 = D('2026年12月8日（星期二）', 'Tue 8 Dec 2026');
const DEC23 = D('2026年12月23日（星期三）', 'Wed 23 Dec 2026');

const JOURNEYS = [
  { name: 'household, urban, 8 kW', customer: 'household', area: 'urban', kw: '8', tier: 'three_zero', category: 'lv_residential', total: 3, dues: [NOV27, DEC1] },
  { name: 'small business, rural, 120 kW', customer: 'small', area: 'rural', kw: '120', tier: 'three_zero', category: 'lv_three_zero', total: 3, dues: [NOV27, DEC4] }, // 施工接电 ends with the whole process
  { name: 'other organisation, town, 100 kW', customer: 'other', area: 'town_area', kw: '100', tier: 'standard', category: 'lv_standard', total: 5, dues: [NOV27, DEC1], ownWorks: true }, // 装表接电 waits for the customer's works
  { name: 'high voltage single supply, 500 kW', customer: 'other', area: 'urban', kw: '500', supply: 'single', tier: 'three_save', category: 'hv_single', total: 14, dues: [NOV27, DEC8], hv: true },
  { name: 'high voltage dual supply, 800 kW', customer: 'small', area: 'urban', kw: '800', supply: 'dual', tier: 'three_save', category: 'hv_dual', total: 30, dues: [NOV27, DEC23], hv: true },
];

/** Skip question `q`: it must be the one shown; then the next screen must come. */
async function skip(page, q) {
  assert.equal(await page.locator(`form[data-q="${q}"]`).count(), 1, `the ${q} question is asked (now: ${await title(page)})`);
  await page.locator(control(`skip:${q}`)).click();
  await page.waitForFunction((k) => !document.querySelector(`form[data-q="${k}"]`), q);
}

/** Click through every question, answering what the journey gives and skipping the rest. */
async function answer(page, lang, j) {
  const t = L[lang];
  await act(page, 'begin');
  assert.equal(await title(page), lang === 'zh' ? '用电地址在哪个区县？' : 'Which district or county is the supply address in?');
  await choose(page, t.district);
  await page.getByLabel(lang === 'zh' ? '乡镇或街道' : 'Township or subdistrict').selectOption({ label: t.town });
  await next(page);
  await choose(page, t[j.area]);
  await choose(page, t[j.customer]);
  await act(page, 'skip:use');
  await fill(page, t.kw, j.kw);
  if (j.hv) {
    await choose(page, t[j.supply]);
    // A dual-supply user is never ordinary (附件1 注3): not asked.
    if (j.supply === 'single') await choose(page, t.none);
  }
  // Every journey is asked about the works, and skips them: the line, the digging, and (their
  // lengths unknown, either may decide the approval) the city core and the builder — except that
  // a low-voltage household or 三零 customer is not asked who builds: the power company does.
  const companyBuilds = !j.hv && (j.customer === 'household' || j.customer === 'small');
  for (const q of ['line_m', 'dig_m', 'city_core', ...(companyBuilds ? [] : ['builder'])]) await skip(page, q);
  if (j.hv || j.ownWorks) await skip(page, 'own_works');
  await fill(page, t.date, '2026-11-26');
  assert.equal(await title(page), t.summary);
  await act(page, 'go:result');
  await page.locator('[data-tier]').waitFor();
  assert.equal(await title(page), t.result);
}

for (const lang of ['zh', 'en']) {
  describe(`journeys in ${lang}`, () => {
    for (const j of JOURNEYS) {
      test(j.name, async () => {
        const t = L[lang];
        const { context, page, problems } = await openPage(browser, PHONE);
        await gotoApp(page, site.url);
        if (lang === 'en') {
          await act(page, 'lang:en');
          await page.waitForFunction(() => document.documentElement.lang === 'en');
        }
        await answer(page, lang, j);
        const text = await mainText(page);
        assert.equal(await page.locator('[data-tier]').getAttribute('data-tier'), j.tier);
        assert.equal(await page.locator('[data-category]').getAttribute('data-category'), j.category);
        assert.ok(text.includes(t[j.tier]), `tier ${t[j.tier]}`);
        assert.ok(text.includes(t.days(j.total)), `total ${t.days(j.total)}`);
        for (const d of j.dues) assert.ok(text.includes(t.due(d)), `due ${t.due(d)}`);
        assert.ok(text.includes(t.id), 'the ID document');
        assert.equal(text.includes(t.approval_doc), !!j.hv, 'project approval only at high voltage');
        // The answers are in the URL, by the contract's names.
        const q = query(page);
        assert.equal(q.kw, j.kw);
        assert.equal(q.date, '2026-11-26');
        assert.equal(q.lang, lang === 'en' ? 'en' : undefined);
        assert.deepEqual(problems, []);
        await context.close();
      });
    }
  });
}
