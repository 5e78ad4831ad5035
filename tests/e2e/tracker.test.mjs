// "Am I on time?" for a customer who has already applied: a way in from the start page that asks
// only what the tracker needs, a tracker that is neutral until the customer reports something,
// impossible dates refused at their field, and a complaint summary made only of what was entered.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { act, DESKTOP, gotoApp, launch, mainText, next, PHONE, query, serveDist, title, todayIso, withFreshPage } from './helpers.mjs';

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

const addDays = (iso, n) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};

const withPage = (viewport, body, options) => withFreshPage(browser, viewport, body, options);

async function waitForQuery(page, check, what) {
  try {
    await page.waitForFunction(() => true);
    for (let i = 0; i < 100 && !check(query(page)); i++) await page.waitForTimeout(50);
  } finally {
    assert.ok(check(query(page)), `the URL never had ${what}: ${page.url()}`);
  }
}

const statusOf = (page, step) => page.locator(`li.track-step[data-step="${step}"] p.status`);
const whole = (page) => page.locator('section.tracker p.track-whole');

/** Type a date into a tracker field and wait for the URL to follow. */
async function track(page, key, iso) {
  await page.locator(`[name="${key}"]`).fill(iso);
  await page.locator(`[name="${key}"]`).blur();
  await waitForQuery(page, (q) => (iso ? q[key] === iso : !(key in q)), `${key}=${iso}`);
}

const ZH = {
  way: '已经申请了？查进度是否按时',
  page: '查进度：是否按时办',
  dateTitle: '您是哪天提出申请的？',
  open: '还没办完',
  future: '这个日期在今天之后，请检查填写',
  blocked: '上面有日期需要改正，改正后再核对',
  badField: '日历上没有这一天，或日期没有填完整：请按“年-月-日”填写，如 2026-11-26。',
};
const EN = {
  way: 'Already applied? Check they are on time',
  page: 'Check progress: are they on time?',
  future: 'This date is after today; please check it',
  blocked: 'A date above needs correcting first',
  badField: 'There is no such day in the calendar, or the date is incomplete: enter year-month-day, such as 2026-11-26.',
};

describe('a tracker people can reach and trust', () => {
  test('zh phone: the way in asks only the tracker\'s questions, opens the tracker, and Back works', async () => {
    await withPage(PHONE, async (page) => {
      await gotoApp(page, site.url);
      const way = page.getByRole('button', { name: ZH.way });
      assert.ok(await way.isVisible(), 'offered on the start page, next to 开始测算');
      await way.click();
      await page.waitForFunction(() => new URL(location.href).searchParams.get('purpose') === 'track');
      const titles = [];
      titles.push(await title(page));
      assert.match(await page.locator('#progress-text').innerText(), /第 1 步，共约 6 步/);
      await page.locator('input[name="area"][value="urban"]').check();
      await next(page);
      titles.push(await title(page));
      await page.locator('input[name="customer"][value="household"]').check();
      await next(page);
      titles.push(await title(page));
      await page.getByLabel('用电容量（千瓦）').fill('8');
      await next(page);
      titles.push(await title(page));
      assert.equal(titles[3], ZH.dateTitle, 'the date asked is the day they applied');
      await page.locator('input[name="date"]').fill('2026-11-02');
      await next(page);
      // Only area, customer, capacity and date: no district, usage, works questions.
      assert.deepEqual(titles, ['用电地址属于哪类地区？', '谁来申请用电？', '需要多大的用电容量？', ZH.dateTitle]);
      assert.equal(await title(page), ZH.page, 'the tracker, not the long result');
      assert.equal(await page.locator('section.whatif, section.timeline, #h-cost').count(), 0, 'not the long result');
      const q = query(page);
      assert.equal(q.purpose, 'track');
      assert.equal(q.date, '2026-11-02');
      // Neutral until used: each step's deadline and whether it passed, no alarms.
      const text = await mainText(page);
      assert.ok(!text.includes('⚠'), text);
      assert.ok(!text.includes('已超时'), text);
      assert.equal(await statusOf(page, 'acceptance').innerText(), '期限 2026年11月3日（星期二） 已过。办完了请填写日期；还没办完请勾选“还没办完”');
      assert.equal(await statusOf(page, 'acceptance').getAttribute('data-verdict'), 'ok');
      assert.match(await whole(page).innerText(), /全过程 · 3 个工作日 — 期限 2026年11月5日（星期四） 已过/);
      assert.equal(await page.locator('div.missed, #track-summary').count(), 0, 'nothing to complain about');
      // Back: the date question again, then forward to the tracker.
      await page.goBack();
      await page.waitForFunction((t) => document.querySelector('#page-title')?.innerText === t, ZH.dateTitle);
      await page.goForward();
      await page.waitForFunction((t) => document.querySelector('#page-title')?.innerText === t, ZH.page);
      // A reload keeps it (the way in is a link).
      await page.reload();
      await page.waitForFunction((t) => document.querySelector('#page-title')?.innerText === t, ZH.page);
    });
  });

  test('zh phone: an alarm only for a step the customer says is not done, and the summary says only that', async () => {
    await withPage(PHONE, async (page) => {
      await gotoApp(page, `${site.url}?purpose=track&customer=household&kw=8&area=urban&date=2026-11-02`);
      assert.equal(await title(page), ZH.page);
      await track(page, 'done_acceptance', '2026-11-03');
      assert.match(await statusOf(page, 'acceptance').innerText(), /按时办完/);
      assert.equal(await page.locator('#track-summary').count(), 0);
      // The connection: nothing reported yet → neutral; "还没办完" → overdue, with the hotlines.
      const conn = statusOf(page, 'connection');
      assert.ok(!(await conn.innerText()).includes('⚠'));
      await page.locator('li.track-step[data-step="connection"]').getByLabel(ZH.open).check();
      await waitForQuery(page, (q) => q.open_connection === '1', 'open_connection=1');
      assert.match(await conn.innerText(), /^⚠ 已超时：应在 2026年11月5日（星期四） 前办完/);
      assert.equal(await conn.getAttribute('data-verdict'), 'bad');
      const summary = await page.locator('#track-summary').inputValue();
      const lines = summary.split('\n');
      // The connection the customer says is not done, and the whole process it holds up: no
      // sentence about the acceptance, which was on time.
      assert.ok(!summary.includes('业务受理'), summary);
      assert.match(lines[0], /^“施工接电”环节自2026年11月3日（星期二）起算/);
      assert.match(lines[0], /至今未办完/);
      assert.match(lines[1], /^全过程自2026年11月2日（星期一）起算/);
      assert.equal(lines.length, 3, summary);
      // A finish date replaces the box, and the alarm goes.
      await track(page, 'done_connection', '2026-11-05');
      assert.equal(query(page).open_connection, undefined);
      assert.match(await conn.innerText(), /按时办完/);
      assert.equal(await page.locator('#track-summary').count(), 0);
    });
  });

  test('en desktop: impossible dates are refused at their field, and no row contradicts another', async () => {
    const today = todayIso();
    const tomorrow = addDays(today, 1);
    await withPage(DESKTOP, async (page) => {
      await gotoApp(page, `${site.url}?lang=en`);
      await page.getByRole('button', { name: EN.way }).click();
      await page.locator('input[name="area"][value="urban"]').check();
      await next(page);
      await page.locator('input[name="customer"][value="household"]').check();
      await next(page);
      await page.locator('input[name="kw"]').fill('8');
      await next(page);
      await page.locator('input[name="date"]').fill('2026-11-02');
      await next(page);
      assert.equal(await title(page), EN.page);
      // A finish date after today.
      await track(page, 'done_acceptance', tomorrow);
      const field = page.locator('[name="done_acceptance"]');
      assert.equal(await field.getAttribute('aria-invalid'), 'true');
      const describedBy = await field.getAttribute('aria-describedby');
      assert.equal(await page.locator(`#${describedBy}`).innerText(), `⚠ ${EN.future}`);
      // The row below and the whole process give no verdict: nothing says "on time" or "waiting".
      await track(page, 'done_connection', '2026-11-05');
      assert.equal(await statusOf(page, 'connection').innerText(), EN.blocked);
      assert.equal(await whole(page).innerText(), `Whole process · 3 working days — ${EN.blocked}`);
      const verdicts = (await page.locator('section.tracker p.status').allInnerTexts()).join('\n');
      assert.ok(!/on time|Waiting/i.test(verdicts), verdicts);
      // A finish before the step could start (the application).
      await track(page, 'done_acceptance', '2026-10-30');
      assert.equal(await field.getAttribute('aria-invalid'), 'true');
      assert.match(await statusOf(page, 'acceptance').innerText(), /before the start/);
      assert.equal(await whole(page).innerText(), `Whole process · 3 working days — ${EN.blocked}`);
      // Corrected: every line agrees.
      await track(page, 'done_acceptance', '2026-11-03');
      assert.notEqual(await field.getAttribute('aria-invalid'), 'true');
      assert.match(await statusOf(page, 'connection').innerText(), /Done on time/);
      assert.match(await whole(page).innerText(), /Done on time/);
    }, { locale: 'en-US' });
  });

  test('zh phone: an impossible calendar date, typed or in the link, gets the same message at its field', async () => {
    await withPage(PHONE, async (page) => {
      await gotoApp(page, `${site.url}?purpose=track&customer=household&kw=8&area=urban&date=2026-11-02&done_acceptance=2026-02-30`);
      const field = page.locator('[name="done_acceptance"]');
      assert.equal(await field.getAttribute('aria-invalid'), 'true');
      const fromLink = await page.locator(`#${await field.getAttribute('aria-describedby')}`).innerText();
      assert.equal(fromLink, ZH.badField);
      // Typed through the browser's date input: 2026-02-30 does not exist (validity.badInput).
      const other = page.locator('[name="done_connection"]');
      await other.focus();
      // The browser's date input, month/day/year here: 02/30/2026.
      await page.keyboard.type('02302026');
      await other.blur();
      await page.waitForFunction(() => document.querySelector('[name="done_connection"]').getAttribute('aria-invalid') === 'true');
      assert.equal(await other.evaluate((i) => i.validity.badInput), true, 'the browser holds an impossible date');
      const typed = await page.locator(`#${await other.getAttribute('aria-describedby')}`).innerText();
      assert.equal(typed, fromLink, 'the same message as the link');
      // Nothing replaced silently: the other field's problem is still said.
      assert.equal(await field.getAttribute('aria-invalid'), 'true');
    });
  });

  test('长辈模式 phone: the way in and "not done yet" work in large type', async () => {
    await withPage(PHONE, async (page) => {
      await gotoApp(page, site.url);
      await act(page, 'elder:1');
      await page.waitForFunction(() => document.documentElement.classList.contains('elder'));
      await page.getByRole('button', { name: ZH.way }).click();
      await page.locator('input[name="area"][value="town"]').check();
      await next(page);
      await page.locator('input[name="customer"][value="small_micro"]').check();
      await next(page);
      await page.getByLabel('用电容量（千瓦）').fill('60');
      await next(page);
      await page.locator('input[name="date"]').fill('2026-11-02');
      await next(page);
      assert.equal(await title(page), ZH.page);
      assert.ok(!(await mainText(page)).includes('⚠'), 'no alarm before anything is reported');
      const box = page.locator('li.track-step[data-step="acceptance"]').getByLabel(ZH.open);
      const size = await box.evaluate((el) => el.getBoundingClientRect().height);
      assert.ok(size >= 20, `a box to tap in 长辈模式: ${size}px`);
      await box.check();
      await waitForQuery(page, (q) => q.open_acceptance === '1', 'open_acceptance=1');
      const status = statusOf(page, 'acceptance');
      assert.match(await status.innerText(), /^⚠ 已超时/);
      const summary = await page.locator('#track-summary').inputValue();
      assert.match(summary, /“业务受理”环节自2026年11月2日（星期一）起算/);
      assert.match(summary, /至今未办完/);
    });
  });
});
