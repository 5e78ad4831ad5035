// The customer's own answers are never changed behind their back: a what-if is a view of its
// own (a history entry, a banner back to the answers, the answers and the URL untouched); an
// error goes when its field changes and comes back at Next if still wrong; what is typed is
// checked exactly as a link's value is (an impossible date typed into the date picker
// included); and the small things: the kiosk countdown never before idle_s, second by second;
// Back after "start again"; the privacy line; every screen starts with its header in view.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { act, control, DESKTOP, fakeClock, gotoApp, KIOSK, launch, mainText, openApp, openPage, PHONE, query, scrollToRender, serveDist, thenRender, title } from './helpers.mjs';

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

const fresh = (url = '', viewport = PHONE) => openApp(browser, site.url + url, viewport);

const banner = (page) => page.locator(control('whatif-leave'));
const tier = (page) => page.locator('section[data-tier]').getAttribute('data-tier');
const connectionLine = (page) => page.locator('.headline .connection').innerText();

/** Wait for the result to show a tier (after a what-if or Back). */
async function waitTier(page, value) {
  await page.waitForFunction((v) => document.querySelector('section[data-tier]')?.dataset.tier === v, value);
}

describe('a what-if is a view, never the customer\'s answers', () => {
  test('phone, zh: 150 kW → "if 161 kW": banner, own history entry, URL and answers kept; the banner and Back restore exactly', async () => {
    const { context, page, problems } = await fresh('?customer=small_micro&kw=150&area=urban&date=2026-11-26');
    await waitTier(page, 'three_zero');
    const url = page.url();
    const entries = await page.evaluate(() => history.length);
    assert.ok((await connectionLine(page)).includes('您申请 150 千瓦'));

    const button = page.locator(`section.whatif ${control('set')}`);
    await scrollToRender(button);
    await button.click();
    await waitTier(page, 'three_save');
    // Said on top of the screen, and focused (the button that opened it is gone).
    assert.equal((await banner(page).innerText()).replace(/\s+/g, ' ').trim(),
      '正在查看：如果容量是 161 千瓦（假设单电源、普通用户） — 回到我的回答');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'whatif-banner');
    assert.equal(await page.evaluate(() => scrollY), 0, 'the view starts at the top');
    // Nothing of it is presented as the customer's: the URL, the headline's words.
    assert.equal(page.url(), url, 'the URL keeps the real answers');
    assert.equal(await page.evaluate(() => history.length), entries + 1, 'a history entry of its own');
    const line = await connectionLine(page);
    assert.ok(line.includes('如果申请 161 千瓦（不是您的回答）'), line);
    assert.ok(!line.includes('您申请 161'), line);
    assert.equal(await page.locator('section.whatif').count(), 0, 'no comparison inside the view');
    assert.equal(await page.locator(control('download')).count(), 0, 'no download of a what-if');
    assert.ok((await mainText(page)).includes('这是假设的结果，不是按您的回答算出的'));
    // The banner stays in view while scrolling the what-if's result.
    await page.evaluate(() => scrollTo(0, document.body.scrollHeight));
    const box = await banner(page).boundingBox();
    assert.ok(box && box.y >= 0 && box.y + box.height <= 844, `banner in view after scrolling: ${JSON.stringify(box)}`);

    // One tap on the banner: the customer's own result, exactly.
    await banner(page).click();
    await waitTier(page, 'three_zero');
    assert.equal(await banner(page).count(), 0);
    assert.equal(page.url(), url);
    assert.ok((await connectionLine(page)).includes('您申请 150 千瓦'));
    assert.equal(await page.locator('section.whatif').count(), 1);
    assert.equal(await page.evaluate(() => history.length), entries + 1, 'the tap went back, it made no entry');

    // Forward: the view again; the browser's Back: the answers again.
    await page.goForward();
    await waitTier(page, 'three_save');
    assert.equal(await banner(page).count(), 1);
    assert.equal(page.url(), url);
    await page.goBack();
    await waitTier(page, 'three_zero');
    assert.equal(await banner(page).count(), 0);
    assert.equal(page.url(), url);

    // The summary names the customer's answers only.
    await scrollToRender(button);
    await button.click();
    await waitTier(page, 'three_save');
    await act(page, 'back'); // the page's own Back: out of the view
    await waitTier(page, 'three_zero');
    await act(page, 'back');
    await page.waitForFunction(() => document.querySelector('#page-title')?.innerText === '请核对您的回答');
    const summary = await mainText(page);
    assert.ok(summary.includes('150 千瓦') && !summary.includes('161'), summary);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('desktop, en: "With single supply" from dual supply, then reload keeps the view, Back restores', async () => {
    const { context, page, problems } = await fresh('?lang=en&customer=other_org&kw=800&area=urban&supply=dual&special=0&date=2026-11-26', DESKTOP);
    await page.locator('section[data-category="hv_dual"]').waitFor();
    const url = page.url();
    const button = page.locator(`section.whatif ${control('set')}`);
    await scrollToRender(button);
    assert.equal(await button.innerText(), 'With single supply →');
    await button.click();
    await page.locator('section[data-category="hv_single"]').waitFor();
    assert.equal((await banner(page).innerText()).replace(/\s+/g, ' ').trim(), 'Showing: With single supply — Back to my answers');
    assert.equal(page.url(), url, 'supply=dual stays in the URL');
    assert.equal(query(page).supply, 'dual');
    // A reload on the view's entry shows the same view; Back restores the answers.
    await page.reload();
    await page.locator('section[data-category="hv_single"]').waitFor();
    assert.equal(await banner(page).count(), 1);
    await page.goBack();
    await page.locator('section[data-category="hv_dual"]').waitFor();
    assert.equal(await banner(page).count(), 0);
    assert.equal(page.url(), url);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('长辈模式, phone: a works what-if; the language switch keeps the view; the banner restores', async () => {
    const { context, page, problems } = await fresh('?customer=other_org&kw=50&area=urban&line_m=220&dig_m=40&city_core=0&date=2026-11-26');
    await page.locator(control('elder:1')).click();
    await page.waitForFunction(() => document.documentElement.classList.contains('elder'));
    const url = page.url();
    const button = page.locator(`section.whatif ${control('set')}`);
    await scrollToRender(button);
    await button.click();
    await page.waitForFunction(() => document.querySelector('[data-approval]')?.dataset.approval === 'filing');
    assert.equal((await banner(page).innerText()).replace(/\s+/g, ' ').trim(), '正在查看：如果线路长 200 米 — 回到我的回答');
    assert.equal(query(page).line_m, '220');
    await act(page, 'lang:en');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    assert.equal((await banner(page).innerText()).replace(/\s+/g, ' ').trim(), 'Showing: With a 200 m line — Back to my answers');
    await banner(page).click();
    await page.waitForFunction(() => document.querySelector('[data-approval]')?.dataset.approval === 'parallel');
    assert.equal(query(page).line_m, '220');
    assert.equal(query(page).lang, 'en');
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe('an error goes when its field changes, and is checked again at Next', () => {
  test('phone: capacity 100001, then 160.5: no stale error above the live note', async () => {
    const { context, page, problems } = await fresh('?area=urban&customer=small_micro&date=2026-11-26');
    assert.equal(await title(page), '需要多大的用电容量？');
    const field = page.locator('#q-kw');
    await field.pressSequentially('100001');
    await page.locator('button[type=submit]').click();
    await page.locator('#q-kw-error').waitFor();
    assert.equal(await page.locator('#q-kw-error').innerText(), '容量不能超过 100000 千瓦，请检查是否多输了数字。');
    await field.fill('');
    await field.pressSequentially('160.5');
    assert.equal(await page.locator('#q-kw-error').count(), 0, 'gone as soon as the value changed');
    assert.equal(await field.getAttribute('aria-invalid'), 'false');
    assert.equal(await page.locator('#kw-feedback').innerText(), '160.5 千瓦：超过 160 千瓦，需要高压接入。');
    // Wrong again: said again only at Next.
    await field.fill('');
    await field.pressSequentially('0');
    assert.equal(await page.locator('#q-kw-error').count(), 0, 'not before Next');
    await page.locator('button[type=submit]').click();
    await page.locator('#q-kw-error').waitFor();
    assert.equal(await page.locator('#q-kw-error').innerText(), '容量必须大于 0，例如 8 或 12.5（单位：千瓦）。');
    assert.deepEqual(problems, []);
    await context.close();
  });

  // Every other field, from a link's wrong value: fixing it (before Next) removes the error.
  const FIELDS = [
    ['area', '?customer=household&kw=8&area=city', async (page) => page.getByLabel('市区').first().check(), '#q-error'],
    ['town', '?district=341302&town=999999999&customer=household&kw=8&area=urban', async (page) => page.locator('#q-town').selectOption({ index: 1 }), '#q-town-error'],
    ['line_m', '?customer=household&kw=8&area=urban&line_m=-3', async (page) => { await page.locator('#q-line_m').fill(''); await page.locator('#q-line_m').pressSequentially('30'); }, '#q-line_m-error'],
    ['date', '?customer=household&kw=8&area=urban&line_m=30&date=2019-05-01', async (page) => { await page.locator('#q-date').fill('2026-11-26'); }, '#q-date-error'],
  ];
  for (const [name, url, fix, errorId] of FIELDS) {
    test(`phone: ${name} from a link, fixed: the error goes before Next`, async () => {
      const { context, page, problems } = await fresh(url);
      await page.locator(errorId).waitFor();
      await fix(page);
      await page.waitForFunction((id) => !document.querySelector(id), errorId);
      assert.equal(await page.locator('[aria-invalid="true"]').count(), 0);
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
});

/**
 * Type a date into the browser's date picker as a person does, field by field, in the order the
 * browser shows them (month/day/year or year/month/day). Returns that order.
 */
async function typeDate(page, input, y, m, d, known = null) {
  await input.focus();
  let order = known;
  if (!order) {
    // Found out on a field that holds a date: which part a first '01' goes to.
    await firstField(page);
    const before = await input.inputValue();
    await page.keyboard.type('01');
    const probe = await input.inputValue();
    order = probe !== before && probe.slice(5, 7) === '01' ? ['m', 'd', 'y'] : ['y', 'm', 'd'];
  }
  await firstField(page);
  const parts = { y, m, d };
  for (const [i, f] of order.entries()) {
    await page.keyboard.type(parts[f]);
    // The year takes up to six digits: move on by hand.
    if (f === 'y' && i < 2) await page.keyboard.press('ArrowRight');
  }
  return order;
}

async function firstField(page) {
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowLeft');
}

/** Go to the question that asks `param`: from the result, through the summary's change link. */
async function toQuestion(page, param) {
  if (await page.locator(`#q-${param}`).count()) return;
  if (await page.locator('[data-tier]').count()) await act(page, 'back');
  await page.locator(control(`change:${param}`)).first().click();
  await page.locator(`#q-${param}`).waitFor();
}

describe('typed input is checked exactly like a link\'s', () => {
  /** The message a link's value gets at its field. */
  async function fromLink(url, errorId) {
    const { context, page, problems } = await fresh(url);
    await page.locator(errorId).waitFor();
    const message = await page.locator(errorId).innerText();
    assert.deepEqual(problems, []);
    await context.close();
    return message;
  }

  test('phone: 2026-02-30 typed into the date picker: "日历上没有这一天" beside the field, nothing sent on; a half-typed date too', async () => {
    const linked = await fromLink('?customer=household&kw=8&area=urban&line_m=30&date=2026-02-30', '#q-date-error');
    assert.equal(linked, '日历上没有这一天，请检查月份和日期。');
    const { context, page, problems } = await fresh('?customer=household&kw=8&area=urban&line_m=30');
    await toQuestion(page, 'date');
    assert.equal(await title(page), '打算哪天提出申请？');
    const input = page.locator('#q-date');
    const order = await typeDate(page, input, '2026', '02', '30');
    assert.equal(await input.inputValue(), '', 'the browser holds no date');
    assert.ok(await input.evaluate((e) => e.validity.badInput));
    await page.locator('button[type=submit]').click();
    await page.locator('#q-date-error').waitFor();
    assert.equal(await page.locator('#q-date-error').innerText(), linked);
    assert.equal(await input.getAttribute('aria-invalid'), 'true');
    assert.equal(await title(page), '打算哪天提出申请？', 'still the date question');
    assert.equal(query(page).date, undefined, 'no date put in its place (not today, not blank)');
    // Fixed: the error goes with the change.
    await typeDate(page, input, '2026', '02', '27', order);
    assert.equal(await input.inputValue(), '2026-02-27');
    assert.equal(await page.locator('#q-date-error').count(), 0);
    // Its day deleted: half-typed, not a date either.
    await input.focus();
    await firstField(page);
    for (let i = 0; i < order.indexOf('d'); i++) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Backspace');
    assert.ok(await input.evaluate((e) => e.validity.badInput), 'half-typed');
    await page.locator('button[type=submit]').click();
    await page.locator('#q-date-error').waitFor();
    assert.equal(await page.locator('#q-date-error').innerText(), linked);
    assert.equal(query(page).date, undefined);
    // Typed in full, Next goes on with it.
    await typeDate(page, input, '2026', '02', '27', order);
    await page.locator('button[type=submit]').click();
    await page.waitForFunction(() => document.querySelector('#page-title')?.innerText === '请核对您的回答');
    assert.equal(query(page).date, '2026-02-27');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('phone: a date typed as text (the field a link\'s wrong value leaves): the parser\'s message', async () => {
    const { context, page, problems } = await fresh('?customer=household&kw=8&area=urban&line_m=30&date=26-11-2026');
    const input = page.locator('#q-date');
    assert.equal(await input.getAttribute('type'), 'text');
    // Typed over what the link left (an emptied field would become the date picker).
    await input.selectText();
    await input.pressSequentially('2026-02-30');
    await page.locator('button[type=submit]').click();
    await page.waitForFunction(() => document.querySelector('#q-date-error')?.innerText === '日历上没有这一天，请检查月份和日期。');
    assert.equal(query(page).date, '2026-02-30', 'kept to be fixed, as a link\'s is');
    assert.equal(await title(page), '打算哪天提出申请？');
    assert.deepEqual(problems, []);
    await context.close();
  });

  // [field id, the question's link, the parameter, values the URL tests use]
  const TYPED = [
    ['q-kw', '?area=urban&customer=household&line_m=30', 'kw', ['abc', '-5', '0', '1e9', '1,000', '100001']],
    ['q-line_m', '?area=urban&customer=household&kw=8', 'line_m', ['-3', '12.5', 'abc']],
    ['q-dig_m', '?area=urban&customer=other_org&kw=50&line_m=30', 'dig_m', ['-3', '12.5']],
    ['q-date', '?customer=household&kw=8&area=urban&line_m=30', 'date', ['2019-05-01', '2100-01-01', '20261-11-26']],
  ];
  for (const [id, base, param, values] of TYPED) {
    test(`phone: ${param} typed gets the link's message for ${values.join(', ')}`, async () => {
      for (const value of values) {
        const linked = await fromLink(`${base}&${param}=${encodeURIComponent(value)}`, `#${id}-error`);
        const { context, page, problems } = await fresh(base);
        await toQuestion(page, param);
        // Typed into the question, as a person does.
        const input = page.locator(`#${id}`);
        if ((await input.getAttribute('type')) === 'date') await input.fill(value);
        else {
          await input.fill('');
          await input.pressSequentially(value);
        }
        await page.locator('button[type=submit]').click();
        await page.locator(`#${id}-error`).waitFor();
        assert.equal(await page.locator(`#${id}-error`).innerText(), linked, `${param}=${value}`);
        assert.equal(await input.inputValue(), value, 'what was typed is kept');
        assert.deepEqual(problems, []);
        await context.close();
      }
    });
  }

  test('phone: own-works days, typed after the result\'s link to them, as a link\'s', async () => {
    const HV = 'customer=other_org&kw=500&area=urban&supply=single&special=0&date=2026-11-26';
    for (const [field, value] of [['design_d', 'abc'], ['design_d', '-3'], ['works_d', '2.5'], ['works_d', '100000']]) {
      const linked = await fromLink(`?${HV}&${field}=${value}`, `#q-${field}-error`);
      const { context, page, problems } = await fresh(`?${HV}`);
      await page.locator('[data-tier]').waitFor();
      await page.locator('[data-testid="change-own_works"]').first().click();
      await page.locator(`#q-${field}`).pressSequentially(value);
      await page.locator('button[type=submit]').click();
      await page.locator(`#q-${field}-error`).waitFor();
      assert.equal(await page.locator(`#q-${field}-error`).innerText(), linked, `${field}=${value}`);
      assert.deepEqual(problems, []);
      await context.close();
    }
  });

  test('phone: capacity helper counts typed: an unreadable count is named, none is counted', async () => {
    const { context, page, problems } = await fresh('?area=urban&customer=small_micro');
    await page.locator('details.helper summary').click();
    for (const bad of ['abc', '-1', '1.5']) {
      await page.locator('#eq-ev_dc').fill('');
      await page.locator('#eq-ev_dc').pressSequentially(bad);
      await page.waitForFunction(() => document.querySelector('#helper-result .error'));
      assert.match(await page.locator('#helper-result .error').innerText(), /直流快充/, bad);
      assert.equal(await page.locator('#eq-ev_dc').getAttribute('aria-invalid'), 'true');
      assert.equal(await page.locator(`#helper-result ${control('fill')}`).count(), 0, `${bad}: nothing to fill in`);
    }
    await page.locator('#eq-ev_dc').fill('');
    await page.locator('#eq-ev_dc').pressSequentially('2');
    await page.locator(`#helper-result ${control('fill')}`).waitFor();
    assert.equal(await page.locator('#helper-result .error').count(), 0, 'the error goes with the change');
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe('small but seen', () => {
  test('kiosk: the countdown never before idle_s after the last touch, then every second down to the wipe', async () => {
    const { context, page, problems } = await openPage(browser, KIOSK);
    const tick = await fakeClock(page);
    await gotoApp(page, `${site.url}?mode=kiosk&idle_s=8&customer=household&kw=8&area=urban`);
    await page.locator('[data-tier]').waitFor();
    const dialog = page.getByRole('alertdialog');
    await tick(0);
    await page.mouse.click(5, 400);
    // 7.9 s of the page's time, looked at every 100 ms: nothing.
    for (let t = 0; t < 79; t++) {
      await tick(100);
      assert.equal(await dialog.count(), 0, `a countdown ${(t + 1) / 10} s after the touch`);
    }
    await tick(400);
    assert.equal(await dialog.count(), 1, 'at idle_s');
    const seen = [];
    for (let s = 0; s < 8; s++) {
      seen.push(Number((await dialog.locator('#idle-body').innerText()).match(/\d+/)[0]));
      await tick(1000);
    }
    assert.deepEqual(seen, [8, 7, 6, 5, 4, 3, 2, 1], 'every second shown');
    await page.waitForFunction(() => !document.querySelector('[data-tier]'));
    assert.equal(await title(page), '办电自助测算');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('phone: after "start again", Back never shows an empty question or the start a second time', async () => {
    const { context, page, problems } = await fresh('?customer=household&kw=8&area=urban');
    await page.locator('[data-tier]').waitFor();
    // A few screens: the summary, a question answered again, the summary, the result.
    await act(page, 'back');
    await page.waitForFunction(() => document.querySelector('#page-title')?.innerText === '请核对您的回答');
    await act(page, 'change:kw');
    await page.locator('#q-kw').fill('9');
    await page.locator('button[type=submit]').click();
    await page.waitForFunction(() => document.querySelector('#page-title')?.innerText === '请核对您的回答');
    await act(page, 'go:result');
    await page.locator('[data-tier]').waitFor();
    await act(page, 'restart');
    // The app goes back to its first entry, which becomes the start screen.
    await page.waitForFunction(() => history.state === 'start@0' && !location.search
      && document.querySelector('#page-title')?.innerText === '办电自助测算');
    assert.equal(await page.locator(`[data-tier], ${control('go:result')}`).count(), 0, 'no result or summary');
    // Back: out of the app (to the blank page the tab opened on), onto none of its emptied screens.
    await page.goBack();
    assert.equal(page.url(), 'about:blank', 'Back leaves the app');
    // And Forward returns to the start screen, empty.
    await page.goForward();
    await page.locator('#page-title').waitFor();
    assert.equal(await title(page), '办电自助测算');
    assert.ok(!page.url().includes('kw='));
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('desktop, en: "start again" on a result opened from a link: Back leaves the app at once', async () => {
    const { context, page, problems } = await fresh('?lang=en&customer=household&kw=8&area=urban', DESKTOP);
    await page.locator('[data-tier]').waitFor();
    await act(page, 'restart');
    await page.waitForFunction(() => history.state === 'start@0' && !location.search.includes('kw='));
    assert.equal(await title(page), 'Electricity Connection Estimator');
    await page.goBack();
    assert.equal(page.url(), 'about:blank', 'no second start screen behind this one');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('privacy line: true outside a kiosk (the address, the history) and in one; in English', async () => {
    const cases = [
      ['', PHONE, '不收集个人信息，也不上传您的回答：回答只保存在本页网址里，所以会留在浏览器的历史记录中，直到您清除历史记录。'],
      ['?mode=kiosk', KIOSK, '不收集个人信息：您的回答只保存在本页网址里。离开时请点“结束并清除”；一段时间无人操作也会自动清除。'],
      ['?lang=en', DESKTOP, "Nothing personal is collected and no answer is uploaded: your answers live only in this page's address, so they stay in your browser's history until you clear it."],
      ['?lang=en&mode=kiosk', KIOSK, 'Nothing personal is collected: your answers live only in this page\'s address. Press "Finish and clear" when you leave; they are also cleared after a while without a touch.'],
    ];
    for (const [url, viewport, line] of cases) {
      const { context, page, problems } = await fresh(url, viewport);
      if (url.includes('lang=en')) await page.waitForFunction(() => document.documentElement.lang === 'en');
      assert.equal(await page.locator('[data-testid="privacy"]').innerText(), line, url);
      assert.deepEqual(problems, []);
      await context.close();
    }
  });

  for (const elder of [false, true]) {
    test(`phone${elder ? ', 长辈模式' : ''}: Back (the app's and the browser's) shows each screen from its header`, async () => {
      const { context, page, problems } = await fresh('?customer=household&kw=8&area=urban&date=2026-11-26');
      if (elder) {
        await page.locator(control('elder:1')).click();
        await page.waitForFunction(() => document.documentElement.classList.contains('elder'));
      }
      const headerInView = () => page.evaluate(() => {
        const h = document.querySelector('.site-header');
        return { scrollY, top: h.getBoundingClientRect().top };
      });
      // From the bottom of the result, the page's Back: the summary, from the top.
      const back = page.locator('.actions-card [data-testid="back"]');
      await scrollToRender(back);
      assert.ok(await page.evaluate(() => scrollY) > 500);
      await back.click();
      await page.waitForFunction(() => document.querySelector('#page-title')?.innerText === '请核对您的回答');
      assert.deepEqual(await headerInView(), { scrollY: 0, top: 0 });
      // Down the summary, the result again, then the browser's Back from its bottom.
      await act(page, 'go:result');
      await page.locator('[data-tier]').waitFor();
      await page.evaluate(() => scrollTo(0, document.body.scrollHeight));
      await thenRender(page, () => page.goBack());
      await page.waitForFunction(() => document.querySelector('#page-title')?.innerText === '请核对您的回答');
      await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
      assert.deepEqual(await headerInView(), { scrollY: 0, top: 0 });
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
});
