// Back, change-answer, reload, share and every bad input: nothing is ever lost, every problem
// is explained next to its field in the page's language.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { act, choose, control, fill, gotoApp, launch, mainText, next, openApp, PHONE, query, serveDist, title } from './helpers.mjs';

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

const fresh = (url = '') => openApp(browser, site.url + url);

describe('back and change', () => {
  test('Back (in the app and the browser) never loses an answer', async () => {
    const { context, page, problems } = await fresh();
    await act(page, 'begin');
    await choose(page, '埇桥区');
    await act(page, 'skip:town');
    await choose(page, '城镇');
    await choose(page, '小微企业、个体工商户');
    await act(page, 'skip:use');
    await fill(page, '用电容量（千瓦）', '60');
    assert.equal(await title(page), '接电工程的线路大约多长？');
    await act(page, 'back');
    assert.equal(await title(page), '需要多大的用电容量？');
    assert.equal(await page.locator('#q-kw').inputValue(), '60');
    await act(page, 'back');
    await act(page, 'back');
    assert.equal(await title(page), '谁来申请用电？');
    assert.ok(await page.getByLabel('小微企业、个体工商户').isChecked());
    // The browser's Back goes to the previous screen too, answers intact (even answers given
    // after that entry was made).
    await page.goBack();
    await page.waitForFunction(() => document.querySelector('#page-title')?.innerText === '用电地址属于哪类地区？');
    assert.ok(await page.getByLabel('城镇').isChecked());
    assert.equal(query(page).kw, '60');
    await page.goForward();
    await page.waitForFunction(() => document.querySelector('#page-title')?.innerText === '谁来申请用电？');
    assert.equal(query(page).kw, '60');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('change from the summary returns straight to the summary', async () => {
    const { context, page, problems } = await fresh('?customer=household&kw=8&area=urban&date=2026-11-26');
    await act(page, 'back');
    assert.equal(await title(page), '请核对您的回答');
    await act(page, 'change:kw');
    assert.equal(await page.locator('#q-kw').inputValue(), '8');
    await fill(page, '用电容量（千瓦）', '12.5');
    assert.equal(await title(page), '请核对您的回答');
    assert.ok((await mainText(page)).includes('12.5 千瓦'));
    // Raising it above the line asks the two high-voltage questions, then comes back.
    await act(page, 'change:kw');
    await fill(page, '用电容量（千瓦）', '400');
    assert.equal(await title(page), '需要单电源还是双电源？');
    await choose(page, '单电源');
    await choose(page, '都不是');
    assert.equal(await title(page), '请核对您的回答');
    await act(page, 'go:result');
    await page.locator('[data-tier="three_save"]').waitFor();
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('reload keeps the screen and every answer; a shared URL opens the same result', async () => {
    const { context, page, problems } = await fresh();
    await act(page, 'begin');
    await act(page, 'skip:district');
    await choose(page, '农村');
    await choose(page, '居民家庭');
    await act(page, 'skip:use');
    await fill(page, '用电容量（千瓦）', '９');
    assert.equal(query(page).kw, '9', 'full-width digits are stored canonically');
    await page.reload();
    await page.locator('#page-title').waitFor();
    assert.equal(await title(page), '接电工程的线路大约多长？');
    assert.equal(query(page).area, 'rural');
    // Share: another browser context with the result URL.
    await act(page, 'skip:line_m');
    const shared = (await fresh(`?${new URL(page.url()).searchParams}`)).page;
    assert.equal(await title(shared), '测算结果');
    assert.ok((await mainText(shared)).includes('“三零”服务'));
    assert.deepEqual(problems, []);
    await context.close();
    await shared.context().close();
  });
});

describe('bad input', () => {
  const KW = [
    ['abc', '请输入数字，例如 12 或 12.5（单位：千瓦）。'],
    ['-5', '容量必须大于 0，例如 8 或 12.5（单位：千瓦）。'],
    ['0', '容量必须大于 0，例如 8 或 12.5（单位：千瓦）。'],
    ['1e9', '请输入数字，例如 12 或 12.5（单位：千瓦）。'],
    ['1,000', '请不要用千位分隔符；小数请用小数点，例如 1000 或 12.5。'],
    ['100001', '容量不能超过 100000 千瓦，请检查是否多输了数字。'],
  ];
  for (const [typed, message] of KW) {
    test(`capacity ${JSON.stringify(typed)} is explained next to the field`, async () => {
      const { context, page, problems } = await fresh('?area=urban&customer=household&line_m=30');
      assert.equal(await title(page), '需要多大的用电容量？');
      await page.locator('#q-kw').fill(typed);
      await page.locator('button[type=submit]').click();
      const error = page.locator('#q-kw-error');
      await error.waitFor();
      assert.equal(await error.innerText(), message);
      assert.equal(await page.locator('#q-kw').inputValue(), typed, 'what was typed is kept');
      assert.equal(await page.locator('#q-kw').getAttribute('aria-invalid'), 'true');
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'q-kw', 'focus goes to the field');
      assert.equal(query(page).line_m, '30', 'other answers are kept');
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  test('whole metres, in English', async () => {
    const { context, page, problems } = await fresh('?lang=en&area=urban&customer=household&kw=8');
    await act(page, 'back'); // summary → the last question
    await act(page, 'change:line_m');
    await page.locator('#q-line_m').fill('12.5');
    await page.locator('button[type=submit]').click();
    await page.locator('#q-line_m-error').waitFor();
    assert.equal(await page.locator('#q-line_m-error').innerText(), 'The line length must be a whole number.');
    await page.locator('#q-line_m').fill('-3');
    await page.locator('button[type=submit]').click();
    await page.waitForFunction(() => document.querySelector('#q-line_m-error')?.innerText.includes('negative'));
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a URL with wrong values asks those questions again, keeping the rest', async () => {
    const { context, page, problems } = await fresh('?customer=household&kw=abc&area=city&line_m=-3&date=2019-05-01&district=341302');
    // The first wrong answer in contract order: kw.
    assert.equal(await title(page), '需要多大的用电容量？');
    assert.ok((await mainText(page)).includes('请输入数字'));
    await fill(page, '用电容量（千瓦）', '8');
    const q = query(page);
    assert.equal(q.district, '341302');
    assert.equal(q.area, 'city', 'the wrong area is kept to be fixed, not dropped');
    // The summary lists every remaining problem where it belongs.
    await page.goto(`${site.url}?customer=household&kw=8&area=city&line_m=-3&date=2019-05-01`);
    await page.locator('#page-title').waitFor();
    assert.equal(await title(page), '用电地址属于哪类地区？');
    assert.ok((await mainText(page)).includes('“area”的值无法识别，可选值为：center、urban、town、rural。'));
    // Fixed, the next wrong answer comes straight away, then the next, then the summary.
    await choose(page, '市区');
    assert.equal(await title(page), '接电工程的线路大约多长？');
    assert.ok((await mainText(page)).includes('线路长度不能是负数'));
    await fill(page, '长度（米）', '30');
    assert.equal(await title(page), '打算哪天提出申请？');
    assert.ok((await mainText(page)).includes('本工具只测算 2022年1月1日及以后的申请'));
    await fill(page, '申请日期', '2026-11-26');
    assert.equal(await title(page), '请核对您的回答');
    await act(page, 'go:result');
    await page.locator('[data-tier]').waitFor();
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a language or mode the link cannot take is said, not dropped', async () => {
    const { context, page, problems } = await fresh('?lang=fr&mode=kisok&customer=household&kw=8&area=urban');
    await page.locator('[data-tier]').waitFor();
    const notes = await page.locator('main .notice').allInnerTexts();
    assert.deepEqual(notes, [
      '链接中的 lang=“fr” 无法识别，已用中文显示（可用的值：zh、en）。',
      '链接中的 mode=“kisok” 无法识别，已按普通网页显示（可用的值：kiosk、embed）。',
    ]);
    assert.equal(await page.locator('html').getAttribute('lang'), 'zh-CN');
    assert.ok(await page.locator('#root .site-header').isVisible(), 'the ordinary page, with its header');
    // Said once: gone after the next step.
    await act(page, 'back');
    await page.locator('#page-title').waitFor();
    assert.equal(await page.locator('main .notice').count(), 0);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('whoever builds the works is told to deal with their approval', async () => {
    const base = '?customer=other_org&kw=500&area=urban&supply=single&special=0&city_core=1&date=2026-11-26';
    const { context, page, problems } = await fresh(`${base}&dig_m=50&builder=grid`);
    await page.locator('[data-tier]').waitFor();
    // textContent: the section may be off screen, where content-visibility skips its rendering.
    const approval = () => page.locator('section[aria-labelledby="h-approval"]').textContent();
    let text = await approval();
    assert.ok(text.includes('告知承诺制（免审批）'));
    assert.ok(text.includes('告知承诺、备案或审批由供电公司作为建设方办理'), text);
    assert.ok(!text.includes('由您或您的施工单位申请'));
    for (const [q, says] of [
      ['&dig_m=50&builder=own', '由您或您的施工单位申请'],
      ['&dig_m=50', '由建设接电工程的一方办理'],
    ]) {
      await gotoApp(page, `${site.url}${base}${q}`);
      text = await approval();
      assert.ok(text.includes(says), `${q}: ${text}`);
    }
    // No digging, no approval: nobody is told to apply for anything.
    await gotoApp(page, `${site.url}${base}&dig_m=0&builder=own`);
    text = await approval();
    assert.ok(text.includes('无需审批'));
    assert.ok(!/申请，一口申请|办理：/.test(text), text);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('in English, the basis names each clause in English with its original numbering', async () => {
    const { context, page, problems } = await fresh('?lang=en&customer=small_micro&kw=120&area=rural&date=2026-11-26');
    await page.locator('[data-tier]').waitFor();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    const basis = page.locator('.headline details.basis').first();
    assert.equal(await basis.locator('.basis-refs').innerText(), 'Part 1; Task list, item 1');
    await basis.locator('summary').click();
    const cites = await basis.locator('cite').allInnerTexts();
    assert.ok(cites.includes('宿发改能源函〔2021〕37号 Task list, item 1 (台账1)'), cites.join(' | '));
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a capacity a hair above 160 kW is above the line', async () => {
    const { context, page, problems } = await fresh('?customer=small_micro&area=urban&kw=160.0001&date=2026-11-26');
    assert.equal(await title(page), '需要单电源还是双电源？', 'high voltage: the supply question');
    await gotoApp(page, `${site.url}?customer=small_micro&area=urban&kw=160.0001&supply=single&special=0&date=2026-11-26`);
    await page.locator('[data-tier]').waitFor();
    assert.equal(await page.locator('[data-tier]').getAttribute('data-tier'), 'three_save');
    assert.ok((await mainText(page)).includes('您申请 160.001 千瓦，超过'), 'held to the watt, rounded up');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a date that does not exist is called that, not a format problem', async () => {
    const { context, page, problems } = await fresh('?customer=household&kw=8&area=urban&date=2026-02-30');
    assert.equal(await title(page), '打算哪天提出申请？');
    assert.ok((await mainText(page)).includes('日历上没有这一天，请检查月份和日期。'));
    assert.deepEqual(problems, []);
    await context.close();
  });

  // The date, the district and the township: every remaining kind of problem, from a link and
  // (where the customer can type it) typed; each is said next to its field, in the page's
  // language, and the other answers are kept.
  // The date field is a date input: typed, a date is either complete or empty, but its year
  // takes up to six digits, so a slip gives a five-digit year.
  const DATE = [
    // [in a link, typed, message zh, message en]
    ['26-11-2026', '20261-11-26', '请按“年-月-日”输入日期，例如 2026-11-26。', 'Enter the date as year-month-day, such as 2026-11-26.'],
    ['tomorrow', null, '请按“年-月-日”输入日期，例如 2026-11-26。', 'Enter the date as year-month-day, such as 2026-11-26.'],
    ['2100-01-01', '2100-01-01', '日期太远了，请输入 2099 年底以前的日期。', 'That date is too far ahead; enter a date before the end of 2099.'],
  ];
  for (const [value, typed, zh, en] of DATE) {
    test(`date ${JSON.stringify(value)} from a link, in both languages`, async () => {
      for (const [lang, message] of [['zh', zh], ['en', en]]) {
        const { context, page, problems } = await fresh(`?${lang === 'en' ? 'lang=en&' : ''}customer=household&kw=8&area=urban&line_m=30&date=${value}`);
        if (lang === 'en') await page.waitForFunction(() => document.documentElement.lang === 'en');
        assert.equal(await title(page), lang === 'zh' ? '打算哪天提出申请？' : 'When will you apply?');
        assert.equal(await page.locator('#q-date-error').innerText(), message);
        assert.equal(await page.locator('#q-date').getAttribute('aria-invalid'), 'true');
        assert.match(await page.locator('#q-date').getAttribute('aria-describedby'), /\bq-date-error\b/);
        assert.equal(query(page).line_m, '30', 'other answers are kept');
        assert.equal(query(page).date, value, 'the link\'s date is kept to be fixed');
        assert.deepEqual(problems, []);
        await context.close();
      }
    });

    if (typed === null) continue;
    test(`date ${JSON.stringify(typed)} typed`, async () => {
      const { context, page, problems } = await fresh('?customer=household&kw=8&area=urban&line_m=30');
      await act(page, 'back');
      await act(page, 'change:date');
      assert.equal(await title(page), '打算哪天提出申请？');
      await page.locator('#q-date').fill(typed);
      await page.locator('button[type=submit]').click();
      await page.locator('#q-date-error').waitFor();
      assert.equal(await page.locator('#q-date-error').innerText(), zh);
      assert.equal(await page.locator('#q-date').inputValue(), typed, 'what was typed is kept');
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'q-date', 'focus goes to the field');
      assert.equal(await title(page), '打算哪天提出申请？', 'still the date question');
      assert.equal(query(page).line_m, '30');
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  const PLACE = [
    ['an unknown district', 'district=341371', 'district', '#q-error', '请从宿州市的五个区县中选择。', 'Choose one of the five districts and counties of Suzhou.'],
    ['an unknown township', 'district=341302&town=999999999', 'town', '#q-town-error', '找不到这个乡镇或街道，请重新选择。', 'That township is not known; choose again.'],
    ['a township outside the district', 'district=341321&town=341302001', 'town', '#q-town-error', '这个乡镇或街道不在所选区县内，请重新选择。', "That township is not in the chosen district; choose again."],
  ];
  const PLACE_TITLE = {
    district: { zh: '用电地址在哪个区县？', en: 'Which district or county is the supply address in?' },
    town: { zh: '在哪个乡镇或街道？', en: 'Which township or subdistrict?' },
  };
  for (const [name, params, question, errorId, zh, en] of PLACE) {
    test(`${name} from a link (the only way to give one), in both languages`, async () => {
      for (const [lang, message] of [['zh', zh], ['en', en]]) {
        const { context, page, problems } = await fresh(`?${lang === 'en' ? 'lang=en&' : ''}${params}&customer=household&kw=8&area=urban&date=2026-11-26`);
        if (lang === 'en') await page.waitForFunction(() => document.documentElement.lang === 'en');
        assert.equal(await title(page), PLACE_TITLE[question][lang]);
        assert.equal(await page.locator(errorId).innerText(), message);
        assert.equal(query(page).kw, '8', 'other answers are kept');
        assert.deepEqual(problems, []);
        await context.close();
      }
    });
  }

  test('a township left outside by changing the district is said on the township question', async () => {
    const { context, page, problems } = await fresh('?district=341302&town=341302100&customer=household&kw=8&area=urban&date=2026-11-26');
    await page.locator('[data-tier]').waitFor();
    await act(page, 'back');
    await act(page, 'change:district');
    assert.equal(await title(page), '用电地址在哪个区县？');
    await choose(page, '砀山县');
    assert.equal(await title(page), '在哪个乡镇或街道？');
    assert.equal(query(page).district, '341321');
    // The old township is kept to be fixed (not silently dropped) and said next to the field.
    assert.equal(query(page).town, '341302100');
    assert.equal(await page.locator('#q-town-error').innerText(), '这个乡镇或街道不在所选区县内，请重新选择。');
    assert.equal(await page.locator('#q-town').getAttribute('aria-invalid'), 'true');
    assert.equal(await page.locator('#q-town').inputValue(), '', 'the list offers only the new district\'s townships');
    // Choosing one of them fixes it.
    await page.getByLabel('乡镇或街道').selectOption({ index: 1 });
    await next(page);
    assert.ok(query(page).town.startsWith('341321'), query(page).town);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a date before the policy, by typing', async () => {
    const { context, page, problems } = await fresh('?customer=household&kw=8&area=urban');
    await act(page, 'back');
    await act(page, 'change:date');
    await page.locator('#q-date').fill('2021-12-31');
    await page.locator('button[type=submit]').click();
    await page.locator('#q-date-error').waitFor();
    assert.ok((await page.locator('#q-date-error').innerText()).includes('2022年1月1日'));
    assert.deepEqual(problems, []);
    await context.close();
  });
});
