// Beyond the estimate: the capacity helper, the what-if comparison at the thresholds, "Am I on
// time?" and the customer's own works, in both languages and all three modes (normal, kiosk,
// embed), under the strict CSP, and offline. Every test ends with no page error, console error
// or CSP violation.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act, control, DESKTOP, DIST, gotoApp, KIOSK, launch, mainText, PHONE, query, ROOT, scrollToRender, serveDist, title, todayIso, withFreshPage } from './helpers.mjs';
import { serve } from '../../scripts/serve.mjs';

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

// ── A reference working-day calendar, from the same official schedule the app is built with ──

const SCHEDULE = JSON.parse(readFileSync(join(ROOT, 'data', 'cn-holidays.json'), 'utf8'));
const OFF = new Set();
const MAKE_UP = new Set();
for (const year of Object.values(SCHEDULE.years)) {
  for (const d of year.off ?? []) OFF.add(d.date);
  for (const d of year.workdays ?? []) MAKE_UP.add(d.date);
}
const utc = (iso) => new Date(`${iso}T00:00:00Z`);
const plusDays = (iso, n) => {
  const d = utc(iso);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};
function isWorking(iso) {
  if (OFF.has(iso)) return false;
  const wd = utc(iso).getUTCDay();
  return wd === 0 || wd === 6 ? MAKE_UP.has(iso) : true;
}
/** The n-th working day strictly after `iso` (the start day is not counted). */
function workingDayAfter(iso, n) {
  let d = iso;
  while (n > 0) {
    d = plusDays(d, 1);
    if (isWorking(d)) n -= 1;
  }
  return d;
}
/** Working days in (from, to]. */
function workingDaysBetween(from, to) {
  let n = 0;
  for (let d = from; d < to;) {
    d = plusDays(d, 1);
    if (isWorking(d)) n += 1;
  }
  return n;
}
/** Today where the browser contexts are (Asia/Shanghai), as the app sees it. */

// The calendar reference agrees with the policy's examples before anything else relies on it.
assert.equal(workingDayAfter('2026-09-30', 1), '2026-10-08', 'National Day holiday');
assert.equal(workingDayAfter('2026-10-09', 1), '2026-10-10', 'Saturday 10 Oct 2026 is worked');
assert.equal(workingDaysBetween('2026-11-03', '2026-11-06'), 3);
// It is read from data/cn-holidays.json, as the app is; so it is also checked against dates
// counted by hand from the State Council's notices, which no edit to that file changes.
for (const [start, n, due] of [
  ['2022-01-28', 1, '2022-01-29'], // 春节 2022: Sat 29 and Sun 30 Jan worked, 31 Jan – 6 Feb off
  ['2022-01-28', 3, '2022-02-07'],
  ['2022-09-30', 2, '2022-10-09'], // 国庆 2022: Sat 8 and Sun 9 Oct worked
  ['2022-12-30', 1, '2023-01-03'], // 元旦 2023 from Sat 31 Dec 2022
  ['2023-06-21', 1, '2023-06-25'], // 端午 2023: Sun 25 Jun worked
  ['2023-09-28', 1, '2023-10-07'], // 中秋、国庆 2023: 29 Sep – 6 Oct off, Sat 7 Oct worked
  ['2026-02-13', 2, '2026-02-24'], // 春节 2026: Sat 14 Feb worked, 15–23 Feb off
  ['2026-09-18', 1, '2026-09-20'], // Sun 20 Sep 2026 worked for 国庆
]) {
  assert.equal(workingDayAfter(start, n), due, `${n} working days after ${start} (the notices)`);
}

// ── Texts, as in i18n/*.txt ──

const ZH_WD = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];
const EN_WD = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const EN_MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const CLAUSE = '宿发改能源函〔2021〕37号 附件1';
const CLAUSE_EN = '宿发改能源函〔2021〕37号 Annex 1';

const L = {
  zh: {
    date: (iso) => {
      const d = utc(iso);
      return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日（${ZH_WD[d.getUTCDay()]}）`;
    },
    days: (n) => `${n} 个工作日`,
    calendarDays: (n) => `${n} 天`,
    resultTitle: '测算结果',
    summaryTitle: '请核对您的回答',
    supplierDays: (d) => `供电公司办理时限合计 ${d}`,
    // capacity helper
    kwTitle: '需要多大的用电容量？',
    supplyTitle: '需要单电源还是双电源？',
    helperToggle: '不知道容量？按设备估算',
    helperEmpty: '填写设备数量后显示估算。',
    eq: {
      lighting: 'LED 灯（每盏约 0.1 千瓦）',
      ac_small: '挂式空调 1.5 匹（约 1.1 千瓦）',
      water_heater: '电热水器（约 3 千瓦）',
      ev_ac: '交流充电桩 7 千瓦',
      ev_dc: '直流快充桩 60 千瓦',
    },
    connected: (kw) => `设备合计 ${kw} 千瓦`,
    line: (name, n, kw) => `${name} × ${n} = ${kw} 千瓦`,
    helperResult: (c, s) => `${c} 千瓦 × 同时使用系数 0.8 ≈ ${s} 千瓦（向上取整）`,
    helperUse: (s) => `填入 ${s} 千瓦`,
    low: (kw, cap) => `${kw} 千瓦：不超过 ${cap} 千瓦，低压接入。`,
    high: (kw, cap) => `${kw} 千瓦：超过 ${cap} 千瓦，需要高压接入。`,
    // what-if
    whatifTitle: '就在分界线附近',
    now: '按您的回答',
    atKw: (kw) => `如果容量是 ${kw} 千瓦`,
    dual: '如果是双电源',
    single: '如果是单电源',
    special: '如果属于重要用户、专线或特殊负荷',
    ordinary: '如果是普通用户',
    lineM: (m) => `如果线路长 ${m} 米`,
    digM: (m) => `如果开挖占绿 ${m} 米`,
    assumed: '（假设单电源、普通用户）',
    rows: ['服务', '接入方式', '办理时限', '审批', '投资'],
    daysWhole: (c, w) => `供电公司 ${c}；全过程 ${w}`,
    threeZero: '“三零”服务',
    threeSave: '“三省”服务',
    standard: '常规办电',
    lv: '低压接入（380伏及以下）',
    hv: '高压接入（10千伏及以上）',
    zero: '零投资',
    own: '投资界面按供电方案',
    notify: '告知承诺制（免审批）',
    filing: '备案制',
    parallel: '并联审批',
    anyApproval: '无需审批 / 告知承诺制（免审批） / 备案制 / 并联审批',
    // tracker
    trackTitle: '已经申请了？看看是否按时办',
    finishedLabel: '供电公司办完的日期',
    startedWorks: '您报告竣工的日期',
    waiting: '等待上一步的日期',
    duePassed: (due) => `期限 ${due} 已过。办完了请填写日期；还没办完请勾选“还没办完”`,
    blocked: '上面有日期需要改正，改正后再核对',
    running: (due, left) => `进行中：最晚 ${due}，还有 ${left}`,
    overdue: (due, late) => `已超时：应在 ${due} 前办完，已超过 ${late}`,
    onTime: (due) => `按时办完（期限 ${due}）`,
    late: (due, late) => `在期限 ${due} 之后办完，晚了 ${late}`,
    beforeStart: (start) => `办完日期早于起算日 ${start}，请检查填写`,
    whole: (days) => `全过程 · ${days} — `,
    missed: '有环节超时了：请先拨打 95598 供电服务热线反映；如果没有解决，再拨打 12398 能源监管热线投诉。可以复制下面的情况说明。',
    summary: (step, start, days, due, end) => `“${step}”环节自${start}起算，时限 ${days}（${CLAUSE}），应于${due}前办完，${end}。`,
    summaryWhole: (start, days, due, end) => `全过程自${start}起算，时限 ${days}（${CLAUSE}），应于${due}前办完，${end}。`,
    close: '\n请按规定尽快办理。',
    endFinished: (f, late) => `实际于${f}办完，超时 ${late}`,
    endOpen: (late) => `至今未办完，已超时 ${late}`,
    copy: '复制情况说明',
    copied: '已复制',
    badDate: '请输入有效日期',
    hotlinePower: '供电服务热线',
    hotlineRegulator: '能源监管热线',
    step: {
      acceptance: '业务受理',
      supply_plan: '供电方案答复',
      design_review: '设计审查',
      mid_inspection: '中间检查',
      connection: '竣工检验与装表接电',
      two_step: '施工接电',
    },
    // own works
    ownTitle: '您自己的设计和施工大约需要多久？',
    designLabel: '设计（天）',
    worksLabel: '施工（天）',
    ownAdd: '填写设计和施工天数',
    ownUndated: '由您自行安排，供电公司不计时限。填写预计的设计和施工天数，就能推算后面每一步的日期。',
    ownDated: (from, to, d, w) => `${from} 至 ${to}：按您填写的设计 ${d}、施工 ${w}估算`,
    mustFinish: (d) => `供电公司须在 ${d} 前办完`,
    countedFrom: (d) => `从 ${d} 的下一天起算`,
    afterDesign: (days) => `您提交设计资料后 ${days}内办完`,
    afterInspection: (days) => `您在施工中申请检查后 ${days}内办完`,
    afterWorks: (days) => `您报告工程竣工后 ${days}内办完`,
    provisional: (y) => `${y}年节假日安排尚未公布，暂按周末计算，这个日期可能推后。`,
    summaryOwnWorks: (d, w) => `设计（天） ${d} · 施工（天） ${w}`,
    powerOnExpected: (d) => `按您填写的设计和施工天数推算：预计 ${d} 通电`,
    dependsOnOwnWorks: '全过程时间还取决于您自己的工程进度。',
  },
  en: {
    date: (iso) => {
      const d = utc(iso);
      return `${EN_WD[d.getUTCDay()]} ${d.getUTCDate()} ${EN_MON[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
    },
    days: (n) => (n === 1 ? '1 working day' : `${n} working days`),
    calendarDays: (n) => (n === 1 ? '1 day' : `${n} days`),
    resultTitle: 'Your estimate',
    summaryTitle: 'Check your answers',
    supplierDays: (d) => `The power company's steps take at most ${d} in total`,
    kwTitle: 'How much capacity do you need?',
    supplyTitle: 'Single or dual supply?',
    helperToggle: 'Not sure? Estimate from your equipment',
    helperEmpty: 'Enter some counts to see an estimate.',
    eq: {
      lighting: 'LED lights (about 0.1 kW each)',
      ac_small: 'Wall air conditioner, 1.5 hp (about 1.1 kW)',
      water_heater: 'Electric water heater (about 3 kW)',
      ev_ac: 'AC charger, 7 kW',
      ev_dc: 'DC fast charger, 60 kW',
    },
    connected: (kw) => `Equipment total ${kw} kW`,
    line: (name, n, kw) => `${name} × ${n} = ${kw} kW`,
    helperResult: (c, s) => `${c} kW × simultaneity factor 0.8 ≈ ${s} kW (rounded up)`,
    helperUse: (s) => `Use ${s} kW`,
    low: (kw, cap) => `${kw} kW: not above ${cap} kW, low-voltage connection.`,
    high: (kw, cap) => `${kw} kW: above ${cap} kW, high-voltage connection.`,
    whatifTitle: 'Close to a line',
    now: 'Your answers',
    atKw: (kw) => `At ${kw} kW`,
    dual: 'With dual supply',
    single: 'With single supply',
    special: 'As an important, dedicated-line or special-load user',
    ordinary: 'As an ordinary user',
    lineM: (m) => `With a ${m} m line`,
    digM: (m) => `With ${m} m of digging`,
    assumed: '(assuming single supply, ordinary user)',
    rows: ['Service', 'Connection', 'Time limit', 'Approval', 'Investment'],
    daysWhole: (c, w) => `Company ${c}; whole process ${w}`,
    threeZero: 'Three-Zero service (三零)',
    threeSave: 'Three-Save service (三省)',
    standard: 'Standard process',
    lv: 'Low-voltage connection (380 V or below)',
    hv: 'High-voltage connection (10 kV or above)',
    zero: 'Zero investment',
    own: 'Boundary set by the supply plan',
    notify: 'Notify and commit (exempt)',
    filing: 'Filing',
    parallel: 'Parallel approval',
    anyApproval: 'No approval needed / Notify and commit (exempt) / Filing / Parallel approval',
    trackTitle: 'Already applied? Check you are on time',
    finishedLabel: 'Date the company finished',
    startedWorks: 'Date you reported completion',
    waiting: 'Waiting for the previous date',
    duePassed: (due) => `Deadline ${due} has passed. If it is done, enter the date; if not, tick "Not done yet"`,
    blocked: 'A date above needs correcting first',
    running: (due, left) => `Running: by ${due}, ${left} left`,
    overdue: (due, late) => `Overdue: due by ${due}, ${late} late`,
    onTime: (due) => `Done on time (deadline ${due})`,
    late: (due, late) => `Finished after its deadline of ${due}, ${late} late`,
    beforeStart: (start) => `The finish date is before the start (${start}); please check`,
    whole: (days) => `Whole process · ${days} — `,
    missed: 'A deadline was missed: call the 95598 power service hotline first; if that does not resolve it, call the 12398 energy regulation hotline. You can copy the summary below.',
    summary: (step, start, days, due, end) => `The "${step}" step started on ${start} with a limit of ${days} (${CLAUSE_EN}); it was due by ${due}, but ${end}.`,
    summaryWhole: (start, days, due, end) => `The whole process started on ${start} with a limit of ${days} (${CLAUSE_EN}); it was due by ${due}, but ${end}.`,
    close: '\nPlease have it completed as the policy requires.',
    endFinished: (f, late) => `it was finished on ${f}, ${late} late`,
    endOpen: (late) => `it is still not finished, ${late} late`,
    copy: 'Copy the summary',
    copied: 'Copied',
    badDate: 'Enter a valid date',
    hotlinePower: 'Power service hotline',
    hotlineRegulator: 'Energy regulation hotline',
    step: {
      acceptance: 'Acceptance',
      supply_plan: 'Supply plan reply',
      design_review: 'Design review',
      mid_inspection: 'Mid-construction inspection',
      connection: 'Completion inspection and connection',
      two_step: 'Works and connection',
    },
    ownTitle: 'How long will your own design and construction take?',
    designLabel: 'Design (days)',
    worksLabel: 'Construction (days)',
    ownAdd: 'Add design and construction days',
    ownUndated: 'Up to you: the power company has no time limit here. Give your expected design and construction days to date every later step.',
    ownDated: (from, to, d, w) => `${from} to ${to}, from your estimate of ${d} of design and ${w} of construction`,
    mustFinish: (d) => `The company must finish by ${d}`,
    countedFrom: (d) => `counted from the day after ${d}`,
    afterDesign: (days) => `Within ${days} of you submitting the design`,
    afterInspection: (days) => `Within ${days} of you asking for the inspection`,
    afterWorks: (days) => `Within ${days} of you reporting completion`,
    provisional: (y) => `The ${y} holiday schedule is not published yet; counted on weekends only, so this date may move later.`,
    summaryOwnWorks: (d, w) => `Design (days) ${d} · Construction (days) ${w}`,
    powerOnExpected: (d) => `From the design and construction days you gave: power on expected by ${d}`,
    dependsOnOwnWorks: 'The whole process also depends on how fast your own works go.',
  },
};

/** The summary for a household applying on 2 Nov 2026 whose acceptance was done on 6 Nov and
 *  nothing reported since: only the acceptance, late (the summary holds only what the customer
 *  entered; the connection and the whole process, not reported on, give no verdict). */
function lateSummary(t) {
  return [
    t.summary(t.step.acceptance, t.date('2026-11-02'), t.days(1), t.date('2026-11-03'), t.endFinished(t.date('2026-11-06'), t.days(3))),
  ].join('\n') + t.close;
}

// ── Page helpers ──

/** A fresh page; the body runs, then there must have been no error and no CSP violation. */
const withPage = (viewport, body, options) => withFreshPage(browser, viewport, body, options);

const appUrl = (params, base = site.url) => `${base}?${new URLSearchParams(params)}`;

/** Open the app; in English, wait until the English text has arrived (Chinese shows until then). */
async function go(page, params, base) {
  await gotoApp(page, appUrl(params, base));
  if (params.lang === 'en') await page.waitForFunction(() => document.documentElement.lang === 'en');
}

/** Open a result (it shows once all of its text is there). */
async function openResult(page, params, base) {
  await go(page, params, base);
  await page.locator('[data-tier]').waitFor();
}

/**
 * Poll `check` (run here, and it may await the page) until it is true, else fail with `failure()`.
 * For conditions that need a promise in the page: Playwright's waitForFunction does not await
 * one, so an async predicate would pass at once.
 */
async function waitUntil(page, check, failure, timeout = 5000) {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    if (await check()) return;
    await page.waitForTimeout(50);
  }
  assert.fail(await failure());
}

/** Wait until the address bar's query satisfies `check`. */
async function waitForQuery(page, check, what) {
  await waitUntil(page, () => check(query(page)), () => `the URL never had ${what}: ${page.url()}`);
}

/**
 * Follow a what-if: the view comes with its banner, and the URL (the customer's answers) stays
 * as it was (issue 15: a what-if never changes the answers).
 */
async function followWhatIf(page, button) {
  const url = page.url();
  await button.click();
  await page.locator('[data-testid="whatif-leave"]').waitFor();
  assert.equal(page.url(), url, 'following a what-if leaves the answers and the URL as they were');
  assert.equal(await page.locator('section.whatif').count(), 0, 'no comparison inside the view');
}

/** The what-if table as text: the column heads, each row's cells, and which cells differ. */
async function whatIf(page) {
  return page.locator('section.whatif').evaluate((s) => ({
    heading: s.querySelector('h2#h-whatif')?.textContent,
    cols: [...s.querySelectorAll('thead th')].map((th) => th.textContent.replace(/\s+/g, ' ').trim()),
    rows: [...s.querySelectorAll('tbody tr')].map((tr) => ({
      label: tr.querySelector('th').textContent,
      cells: [...tr.querySelectorAll('td')].map((td) => td.textContent),
      differs: [...tr.querySelectorAll('td')].slice(1).map((td) => td.hasAttribute('data-differs')),
    })),
    buttons: [...s.querySelectorAll('[data-testid="whatif"]')].map((b) => b.textContent),
  }));
}

/** Check the table: `cols` the expected heads; `rows` five arrays of [now, ...alternatives]. */
function assertTable(t, w, cols, rows) {
  assert.equal(w.heading, t.whatifTitle);
  assert.deepEqual(w.cols, [t.now, ...cols]);
  assert.deepEqual(w.rows.map((r) => r.label), t.rows);
  w.rows.forEach((r, i) => {
    assert.deepEqual(r.cells, rows[i], `row ${r.label}`);
    // A cell is marked exactly when it differs from the customer's own answer.
    assert.deepEqual(r.differs, rows[i].slice(1).map((c) => c !== rows[i][0]), `differs in row ${r.label}`);
  });
  assert.deepEqual(w.buttons, cols.map((c) => `${c.replace(` ${t.assumed}`, '')} →`));
}

async function openHelper(page, t) {
  const helper = page.locator('details.helper');
  assert.equal(await helper.locator('summary').innerText(), t.helperToggle);
  if (!(await helper.evaluate((d) => d.open))) await helper.locator('summary').click();
  await page.locator('#eq-ev_dc').waitFor();
}

async function helperLines(page) {
  return page.locator('#helper-result').evaluate((el) => ({
    items: [...el.querySelectorAll('li')].map((li) => li.textContent),
    paragraphs: [...el.querySelectorAll('p')].map((p) => p.textContent),
    fill: el.querySelector('[data-testid="fill"]') && { text: el.querySelector('[data-testid="fill"]').textContent },
  }));
}

const statusOf = (page, step) => page.locator(`li.track-step[data-step="${step}"] p.status`);

async function openTracker(page) {
  const details = page.locator('section.tracker details');
  if (!(await details.evaluate((d) => d.open))) await page.locator('#h-track').click();
  await page.locator('.tracker input[name]:not([type=checkbox])').first().waitFor();
}

/** Type a date into a tracker field (or clear it) and wait for the URL to follow. */
async function track(page, key, iso) {
  await page.locator(`[name="${key}"]`).fill(iso);
  await waitForQuery(page, (q) => (iso ? q[key] === iso : !(key in q)), `${key}=${iso}`);
}

const stepLi = (page, step) => page.locator(`ol.steps > li[data-step="${step}"]`);

/** Own works 30 + 60 days from an application on Thu 26 Nov 2026, special user: every step dated. */
async function assertOwnWorksDated(page, t) {
  const D = t.date;
  const supply = await stepLi(page, 'supply_plan').innerText();
  assert.ok(supply.includes(t.mustFinish(D('2026-12-08'))), supply);
  assert.ok(!supply.includes(t.provisional(2026)), 'the 2026 schedule is published');
  const design = await stepLi(page, 'design_review').innerText();
  assert.ok(design.includes(t.mustFinish(D('2027-01-12'))), design);
  assert.ok(design.includes(t.countedFrom(D('2027-01-07'))), design);
  assert.ok(design.includes(t.provisional(2027)), 'the 2027 schedule is not published: the date may move');
  const works = await stepLi(page, 'external_works').innerText();
  assert.ok(works.includes(t.ownDated(D('2026-12-08'), D('2027-03-13'), t.calendarDays(30), t.calendarDays(60))), works);
  const inspection = await stepLi(page, 'mid_inspection').innerText();
  assert.ok(inspection.includes(t.mustFinish(D('2027-02-15'))), inspection);
  assert.ok(inspection.includes(t.countedFrom(D('2027-02-11'))), inspection);
  assert.ok(inspection.includes(t.provisional(2027)));
  const connection = await stepLi(page, 'connection').innerText();
  assert.ok(connection.includes(t.mustFinish(D('2027-03-22'))), connection);
  assert.ok(connection.includes(t.countedFrom(D('2027-03-13'))), connection);
  assert.ok(connection.includes(t.provisional(2027)));
  const text = await mainText(page);
  for (const undated of [t.afterDesign(t.days(3)), t.afterInspection(t.days(2)), t.afterWorks(t.days(6)), t.ownUndated]) {
    assert.ok(!text.includes(undated), `no longer undated: ${undated}`);
  }
  assert.equal(await page.locator(control('change:own_works')).count(), 0, 'nothing left to add');
  // The headline gives the expected power-on date instead of "depends on your own works".
  const headline = await page.locator('.headline').innerText();
  assert.ok(headline.includes(t.powerOnExpected(D('2027-03-22'))), headline);
  assert.ok(!headline.includes(t.dependsOnOwnWorks), headline);
}

const HV_SPECIAL = { customer: 'other_org', kw: '500', area: 'urban', supply: 'single', special: '1', date: '2026-11-26' };

/** From an undated high-voltage result, through the own-works question and the summary, back. */
async function ownWorksThroughQuestions(page, t, extra = {}) {
  await openResult(page, { ...extra, ...HV_SPECIAL });
  assert.equal(await title(page), t.resultTitle);
  assert.ok((await stepLi(page, 'design_review').innerText()).includes(t.afterDesign(t.days(3))));
  assert.ok((await stepLi(page, 'mid_inspection').innerText()).includes(t.afterInspection(t.days(2))));
  assert.ok((await stepLi(page, 'connection').innerText()).includes(t.afterWorks(t.days(6))));
  assert.ok((await stepLi(page, 'external_works').innerText()).includes(t.ownUndated));
  assert.ok((await page.locator('.headline').innerText()).includes(t.dependsOnOwnWorks));
  const add = page.locator(control('change:own_works'), { hasText: t.ownAdd });
  assert.equal(await add.count(), 1, 'the timeline offers to add the own works');
  await add.click();
  await page.waitForFunction((x) => document.querySelector('#page-title')?.innerText === x, t.ownTitle);
  await page.getByLabel(t.designLabel, { exact: true }).fill('30');
  await page.getByLabel(t.worksLabel, { exact: true }).fill('60');
  await page.locator('button[type=submit]').click();
  await page.waitForFunction((x) => document.querySelector('#page-title')?.innerText === x, t.summaryTitle);
  assert.ok((await mainText(page)).includes(t.summaryOwnWorks(30, 60)));
  await act(page, 'go:result');
  await page.waitForFunction((x) => document.querySelector('#page-title')?.innerText === x, t.resultTitle);
  await page.locator('[data-tier]').waitFor();
  const q = query(page);
  assert.equal(q.design_d, '30');
  assert.equal(q.works_d, '60');
  await assertOwnWorksDated(page, t);
}

// ── 1. The capacity helper ──

describe('capacity helper', () => {
  test('zh, phone: the arithmetic is shown live and fills the capacity', async () => {
    const t = L.zh;
    await withPage(PHONE, async (page) => {
      await go(page, { area: 'urban', customer: 'small_micro' });
      assert.equal(await title(page), t.kwTitle);
      assert.equal(await page.locator('details.helper').evaluate((d) => d.open), false, 'folded away at first');
      await openHelper(page, t);
      assert.equal(await page.locator('#helper-result').innerText(), t.helperEmpty);
      assert.equal(await page.locator('.helper-grid input').count(), 13, 'thirteen kinds of equipment');
      await page.locator('#eq-ev_dc').fill('3');
      const h = await helperLines(page);
      assert.deepEqual(h.items, [t.line(t.eq.ev_dc, 3, 180)]);
      assert.deepEqual(h.paragraphs, [t.connected(180), t.helperResult(180, 144)]);
      assert.deepEqual(h.fill, { text: t.helperUse(144) });
      await page.locator(`#helper-result ${control('fill')}`).click();
      assert.equal(await page.locator('#q-kw').inputValue(), '144');
      assert.equal(await page.locator('#kw-feedback').innerText(), t.low(144, 160));
      await page.locator('button[type=submit]').click();
      await waitForQuery(page, (q) => q.kw === '144', 'kw=144');
      await page.waitForFunction((x) => document.querySelector('#page-title')?.innerText !== x, t.kwTitle);
      assert.notEqual(await title(page), t.supplyTitle, '144 kW is low voltage: no supply question');
    });
  });

  test('en, phone: several kinds add up, clearing them empties the estimate', async () => {
    const t = L.en;
    await withPage(PHONE, async (page) => {
      await go(page, { lang: 'en', area: 'urban', customer: 'small_micro' });
      assert.equal(await title(page), t.kwTitle);
      await openHelper(page, t);
      await page.locator('#eq-lighting').fill('25');
      await page.locator('#eq-ac_small').fill('3');
      await page.locator('#eq-water_heater').fill('1');
      const h = await helperLines(page);
      assert.deepEqual(h.items, [
        t.line(t.eq.lighting, 25, 2.5),
        t.line(t.eq.ac_small, 3, 3.3),
        t.line(t.eq.water_heater, 1, 3),
      ]);
      // 8.8 kW × 0.8 = 7.04, rounded up to 8.
      assert.deepEqual(h.paragraphs, [t.connected(8.8), t.helperResult(8.8, 8)]);
      assert.deepEqual(h.fill, { text: t.helperUse(8) });
      for (const id of ['lighting', 'ac_small', 'water_heater']) await page.locator(`#eq-${id}`).fill('');
      assert.equal(await page.locator('#helper-result').innerText(), t.helperEmpty);
      assert.equal(await page.locator(`#helper-result ${control('fill')}`).count(), 0);
      await page.locator('#eq-lighting').fill('25');
      await page.locator('#eq-ac_small').fill('3');
      await page.locator('#eq-water_heater').fill('1');
      await page.locator(`#helper-result ${control('fill')}`).click();
      assert.equal(await page.locator('#q-kw').inputValue(), '8');
      assert.equal(await page.locator('#kw-feedback').innerText(), t.low(8, 160));
      await page.locator('button[type=submit]').click();
      await waitForQuery(page, (q) => q.kw === '8' && q.lang === 'en', 'kw=8');
    });
  });

  test('zh: a count that cannot be read is said, not silently dropped', async () => {
    const t = L.zh;
    await withPage(PHONE, async (page) => {
      await go(page, { area: 'urban', customer: 'small_micro' });
      await openHelper(page, t);
      await page.locator('#eq-ev_ac').fill('２');
      await page.locator('#eq-lighting').fill('abc');
      await page.locator('#eq-water_heater').fill('-1');
      const h = await helperLines(page);
      assert.deepEqual(h.items, [t.line(t.eq.ev_ac, 2, 14)], 'full-width digits are read');
      assert.equal(h.paragraphs[0], `这些数量无法识别，没有计入：${t.eq.lighting}、${t.eq.water_heater}。请填写 0 到 10000 的整数。`);
      assert.deepEqual(await page.locator('.helper-grid input[aria-invalid="true"]').evaluateAll((els) => els.map((e) => e.id.slice(3))), ['lighting', 'water_heater']);
      // Fixed: the message and the marks go.
      await page.locator('#eq-lighting').fill('10');
      await page.locator('#eq-water_heater').fill('');
      assert.deepEqual((await helperLines(page)).items, [t.line(t.eq.lighting, 10, 1), t.line(t.eq.ev_ac, 2, 14)]);
      assert.equal(await page.locator('#helper-result .error').count(), 0);
      assert.equal(await page.locator('.helper-grid input[aria-invalid="true"]').count(), 0);
    });
  });

  test('the counts survive a language switch and Back', async () => {
    await withPage(PHONE, async (page) => {
      await go(page, { area: 'urban', customer: 'small_micro' });
      await openHelper(page, L.zh);
      await page.locator('#eq-ev_ac').fill('2');
      await page.locator('#eq-lighting').fill('10');
      await act(page, 'lang:en');
      await page.waitForFunction(() => document.documentElement.lang === 'en' && document.querySelector('#page-title')?.innerText === 'How much capacity do you need?');
      await page.waitForTimeout(300);
      assert.equal(await page.locator('details.helper').evaluate((d) => d.open), true, 'still open');
      assert.equal(await page.locator('#eq-ev_ac').inputValue(), '2');
      assert.deepEqual((await helperLines(page)).items, [L.en.line(L.en.eq.lighting, 10, 1), L.en.line(L.en.eq.ev_ac, 2, 14)]);
      // On to the next question and back: still there.
      await page.locator('#q-kw').fill('12');
      await page.locator('button[type=submit]').click();
      await page.waitForFunction(() => document.querySelector('#page-title')?.innerText !== 'How much capacity do you need?');
      await act(page, 'back');
      await page.waitForFunction(() => document.querySelector('#page-title')?.innerText === 'How much capacity do you need?');
      assert.equal(await page.locator('#eq-lighting').inputValue(), '10');
    });
  });

  test('zh: crossing 160 kW says high voltage and leads to the supply question', async () => {
    const t = L.zh;
    await withPage(PHONE, async (page) => {
      await go(page, { area: 'urban', customer: 'small_micro' });
      await openHelper(page, t);
      await page.locator('#eq-ev_dc').fill('3');
      await page.locator(`#helper-result ${control('fill')}`).click();
      assert.equal(await page.locator('#kw-feedback').innerText(), t.low(144, 160));
      await page.locator('#eq-ev_dc').fill('4');
      const h = await helperLines(page);
      assert.deepEqual(h.paragraphs, [t.connected(240), t.helperResult(240, 192)]);
      await page.locator(`#helper-result ${control('fill')}`).click();
      assert.equal(await page.locator('#q-kw').inputValue(), '192');
      assert.equal(await page.locator('#kw-feedback').innerText(), t.high(192, 160));
      await page.locator('button[type=submit]').click();
      await page.waitForFunction((x) => document.querySelector('#page-title')?.innerText === x, t.supplyTitle);
      assert.equal(query(page).kw, '192');
    });
  });

  test('zh: in 2022 a rural address has a 100 kW line', async () => {
    const t = L.zh;
    await withPage(PHONE, async (page) => {
      await go(page, { area: 'rural', customer: 'small_micro', date: '2022-06-01' });
      assert.equal(await title(page), t.kwTitle);
      await openHelper(page, t);
      await page.locator('#eq-ev_dc').fill('2');
      await page.locator(`#helper-result ${control('fill')}`).click();
      assert.equal(await page.locator('#kw-feedback').innerText(), t.low(96, 100));
      await page.locator('#eq-ev_ac').fill('1');
      const h = await helperLines(page);
      assert.deepEqual(h.items, [t.line(t.eq.ev_ac, 1, 7), t.line(t.eq.ev_dc, 2, 120)]);
      assert.deepEqual(h.paragraphs, [t.connected(127), t.helperResult(127, 102)]);
      await page.locator(`#helper-result ${control('fill')}`).click();
      assert.equal(await page.locator('#kw-feedback').innerText(), t.high(102, 100));
    });
  });
});

// ── 2. What-if at the thresholds ──

const SMALL = { customer: 'small_micro', area: 'urban', date: '2026-11-26' };

describe('what-if at the thresholds', () => {
  test('en, phone and 长辈模式: the comparison fits the screen, each value under its column\'s name', async () => {
    const t = L.en;
    for (const elder of [false, true]) {
      await withPage(PHONE, async (page) => {
        await openResult(page, { lang: 'en', ...SMALL, kw: '180', supply: 'single', special: '0' });
        if (elder) {
          await page.locator(control('elder:1')).click();
          await page.waitForFunction(() => document.documentElement.classList.contains('elder'));
        }
        const section = page.locator('section.whatif');
        await scrollToRender(section);
        const fit = await section.evaluate((s) => {
          const box = s.querySelector('.table-scroll');
          return { scroll: box.scrollWidth, client: box.clientWidth, page: document.documentElement.scrollWidth, viewport: innerWidth };
        });
        assert.ok(fit.scroll <= fit.client + 1, `no sideways scrolling inside the card: ${JSON.stringify(fit)}`);
        assert.ok(fit.page <= fit.viewport, `nor of the page: ${JSON.stringify(fit)}`);
        // Stacked: every value says which column it belongs to.
        const labels = await section.locator('tbody tr').first().locator('td').evaluateAll((tds) =>
          tds.map((td) => getComputedStyle(td, '::before').content));
        assert.deepEqual(labels, [t.now, t.atKw(160), t.dual, t.special].map((c) => JSON.stringify(c)));
        // Still a table to a screen reader.
        assert.equal(await section.getByRole('table').count(), 1);
        assert.equal(await section.getByRole('rowheader').count(), 5);
        assert.equal(await section.getByRole('cell', { name: t.zero }).count(), 1);
      });
    }
  });

  test('en, desktop: side by side', async () => {
    await withPage(DESKTOP, async (page) => {
      await openResult(page, { lang: 'en', ...SMALL, kw: '180', supply: 'single', special: '0' });
      const section = page.locator('section.whatif');
      await scrollToRender(section);
      assert.equal(await section.locator('thead').evaluate((h) => getComputedStyle(h).display), 'table-header-group');
      const fit = await section.locator('.table-scroll').evaluate((b) => [b.scrollWidth, b.clientWidth]);
      assert.ok(fit[0] <= fit[1] + 1, `fits: ${fit}`);
    });
  });

  for (const lang of ['zh', 'en']) {
    const t = L[lang];
    const lp = lang === 'en' ? { lang: 'en' } : {};

    test(`${lang}: 180 kW, just above the line, compares 160 kW, dual supply and a special user`, async () => {
      await withPage(PHONE, async (page) => {
        await openResult(page, { ...lp, ...SMALL, kw: '180', supply: 'single', special: '0' });
        const w = await whatIf(page);
        assertTable(t, w, [t.atKw(160), t.dual, t.special], [
          [t.threeSave, t.threeZero, t.threeSave, t.threeSave],
          [t.hv, t.lv, t.hv, t.hv],
          [t.days(14), t.daysWhole(t.days(3), t.days(6)), t.days(30), t.days(19)],
          [t.anyApproval, t.anyApproval, t.anyApproval, t.anyApproval],
          [t.own, t.zero, t.own, t.own],
        ]);
      });
    });

    test(`${lang}: 150 kW, just below the line, compares 161 kW with its assumptions`, async () => {
      await withPage(PHONE, async (page) => {
        await openResult(page, { ...lp, ...SMALL, kw: '150' });
        const w = await whatIf(page);
        assertTable(t, w, [`${t.atKw(161)} ${t.assumed}`], [
          [t.threeZero, t.threeSave],
          [t.lv, t.hv],
          [t.daysWhole(t.days(3), t.days(6)), t.days(14)],
          [t.anyApproval, t.anyApproval],
          [t.zero, t.own],
        ]);
      });
    });

    test(`${lang}: nothing near a line, no comparison`, async () => {
      await withPage(PHONE, async (page) => {
        await openResult(page, { ...lp, ...SMALL, kw: '20', line_m: '100', dig_m: '0' });
        assert.equal(await page.locator('section.whatif').count(), 0);
        assert.equal(await page.locator('#h-whatif').count(), 0);
        assert.ok(!(await mainText(page)).includes(t.whatifTitle));
      });
    });
  }

  test('zh: following "at 160 kW" shows its tier as a what-if; the answer stays 180 kW', async () => {
    const t = L.zh;
    await withPage(PHONE, async (page) => {
      await openResult(page, { ...SMALL, kw: '180', supply: 'single', special: '0' });
      assert.equal(await page.locator('[data-tier]').getAttribute('data-tier'), 'three_save');
      await followWhatIf(page, page.locator(`section.whatif ${control('set')}`, { hasText: t.atKw(160) }));
      await page.waitForFunction(() => document.querySelector('[data-tier]')?.dataset.tier === 'three_zero');
      assert.equal(await title(page), t.resultTitle, 'still on the result');
      assert.ok((await mainText(page)).includes(t.supplierDays(t.days(3))));
      assert.equal(query(page).kw, '180');
    });
  });

  test('en: following "at 161 kW" from 150 kW shows the assumed single supply, ordinary user, and answers none of them', async () => {
    const t = L.en;
    await withPage(PHONE, async (page) => {
      await openResult(page, { lang: 'en', ...SMALL, kw: '150' });
      await followWhatIf(page, page.locator(`section.whatif ${control('set')}`));
      const q = query(page);
      assert.equal(q.kw, '150');
      assert.equal(q.supply, undefined, 'no supply answer invented');
      assert.equal(q.special, undefined, 'no special answer invented');
      assert.ok((await page.locator('[data-testid="whatif-leave"]').innerText()).includes(t.assumed));
      await page.waitForFunction(() => document.querySelector('[data-tier]')?.dataset.tier === 'three_save');
      assert.equal(await page.locator('[data-category]').getAttribute('data-category'), 'hv_single');
      assert.ok((await mainText(page)).includes(t.supplierDays(t.days(14))));
    });
  });

  test('zh: high voltage, single ordinary user: dual supply 30, special user 19; following special', async () => {
    const t = L.zh;
    await withPage(PHONE, async (page) => {
      await openResult(page, { customer: 'other_org', kw: '500', area: 'urban', supply: 'single', special: '0', date: '2026-11-26' });
      const w = await whatIf(page);
      assertTable(t, w, [t.dual, t.special], [
        [t.threeSave, t.threeSave, t.threeSave],
        [t.hv, t.hv, t.hv],
        [t.days(14), t.days(30), t.days(19)],
        [t.anyApproval, t.anyApproval, t.anyApproval],
        [t.own, t.own, t.own],
      ]);
      await followWhatIf(page, page.locator(`section.whatif ${control('set')}`, { hasText: t.special }));
      await page.locator('ol.steps > li[data-step="design_review"]').waitFor();
      assert.ok((await mainText(page)).includes(t.supplierDays(t.days(19))));
      assert.equal(query(page).special, '0');
    });
  });

  test('en: dual supply compares single supply; following it shows that category as a what-if', async () => {
    const t = L.en;
    await withPage(PHONE, async (page) => {
      await openResult(page, { lang: 'en', customer: 'other_org', kw: '800', area: 'urban', supply: 'dual', special: '0', date: '2026-11-26' });
      assert.equal(await page.locator('[data-category]').getAttribute('data-category'), 'hv_dual');
      const w = await whatIf(page);
      assertTable(t, w, [t.single], [
        [t.threeSave, t.threeSave],
        [t.hv, t.hv],
        [t.days(30), t.days(14)],
        [t.anyApproval, t.anyApproval],
        [t.own, t.own],
      ]);
      await followWhatIf(page, page.locator(`section.whatif ${control('set')}`));
      await page.waitForFunction(() => document.querySelector('[data-category]')?.dataset.category === 'hv_single');
      assert.equal(query(page).supply, 'dual');
      assert.ok((await mainText(page)).includes(t.supplierDays(t.days(14))));
    });
  });

  const WORKS = { customer: 'other_org', kw: '50', area: 'urban', dig_m: '40', city_core: '0', date: '2026-11-26' };

  test('zh: a 220 m line is near 200 m: filing instead of parallel approval, and following it', async () => {
    const t = L.zh;
    await withPage(PHONE, async (page) => {
      await openResult(page, { ...WORKS, line_m: '220' });
      assert.equal(await page.locator('[data-approval]').getAttribute('data-approval'), 'parallel');
      const w = await whatIf(page);
      assert.equal(w.cols.length, 2);
      assert.ok(w.cols[1].startsWith(t.lineM(200)), w.cols[1]);
      const approval = w.rows.find((r) => r.label === t.rows[3]);
      assert.deepEqual(approval.cells, [t.parallel, t.filing]);
      assert.deepEqual(approval.differs, [true]);
      for (const r of w.rows.filter((x) => x.label !== t.rows[3])) assert.deepEqual(r.differs, [false], r.label);
      await followWhatIf(page, page.locator(`section.whatif ${control('set')}`));
      await page.waitForFunction(() => document.querySelector('[data-approval]')?.dataset.approval === 'filing');
      assert.equal(query(page).line_m, '220');
      // Back to the answers: the comparison again, as it was.
      await page.locator('[data-testid="whatif-leave"]').click();
      await page.waitForFunction(() => document.querySelector('[data-approval]')?.dataset.approval === 'parallel');
      assert.deepEqual((await whatIf(page)).cols, w.cols);
    });
  });

  test('en: a 180 m line is near 200 m: parallel approval beyond it', async () => {
    const t = L.en;
    await withPage(PHONE, async (page) => {
      await openResult(page, { lang: 'en', ...WORKS, line_m: '180' });
      const w = await whatIf(page);
      assert.ok(w.cols[1].startsWith(t.lineM(201)), w.cols[1]);
      assert.deepEqual(w.rows.find((r) => r.label === t.rows[3]).cells, [t.filing, t.parallel]);
    });
  });

  test('zh: 95 m of digging is near 100 m: filing at 100 m, parallel at 101 m', async () => {
    const t = L.zh;
    await withPage(PHONE, async (page) => {
      await openResult(page, { customer: 'other_org', kw: '50', area: 'urban', line_m: '50', dig_m: '95', city_core: '1', builder: 'grid', date: '2026-11-26' });
      const w = await whatIf(page);
      assert.equal(w.cols.length, 3);
      assert.ok(w.cols[1].startsWith(t.digM(100)) && w.cols[2].startsWith(t.digM(101)), w.cols.join(' | '));
      const approval = w.rows.find((r) => r.label === t.rows[3]);
      assert.deepEqual(approval.cells, [t.notify, t.filing, t.parallel]);
      assert.deepEqual(approval.differs, [true, true]);
    });
  });

  test('zh: an alternative about the works at low voltage assumes nothing about supply or special', async () => {
    // 50 kW is low voltage: single/dual supply and special users do not apply to it, so the
    // line-length alternative must neither be labelled "(assuming single supply, ordinary user)"
    // nor write supply/special into the answers when followed.
    const t = L.zh;
    await withPage(PHONE, async (page) => {
      await openResult(page, { ...WORKS, line_m: '220' });
      const w = await whatIf(page);
      assert.equal(w.cols[1], t.lineM(200), 'no assumption note on a low-voltage alternative');
      await followWhatIf(page, page.locator(`section.whatif ${control('set')}`));
      assert.ok(!(await page.locator('[data-testid="whatif-leave"]').innerText()).includes(t.assumed));
      const q = query(page);
      assert.equal(q.supply, undefined, 'no supply answer invented');
      assert.equal(q.special, undefined, 'no special answer invented');
    });
  });
});

// ── 3. Am I on time? ──

const HOUSEHOLD = { customer: 'household', kw: '8', area: 'urban' };

describe('am I on time?', () => {
  test('zh: on time across the National Day holiday and the make-up Saturday, through the date fields', async () => {
    const t = L.zh;
    await withPage(PHONE, async (page) => {
      await openResult(page, { ...HOUSEHOLD, date: '2026-09-30' });
      assert.equal(await page.locator('section.tracker details').evaluate((d) => d.open), false, 'folded until a date is known');
      assert.equal(await page.locator('#h-track').innerText(), t.trackTitle);
      await openTracker(page);
      assert.deepEqual(await page.locator('.tracker input[name]:not([type=checkbox])').evaluateAll((els) => els.map((e) => e.name)), ['done_acceptance', 'done_connection']);
      await track(page, 'done_acceptance', '2026-10-08');
      assert.equal(await statusOf(page, 'acceptance').innerText(), t.onTime(t.date('2026-10-08')));
      await track(page, 'done_connection', '2026-10-10');
      // Started Thu 8 Oct: Fri 9 and the make-up Saturday 10 Oct are the two working days.
      assert.equal(await statusOf(page, 'connection').innerText(), t.onTime(t.date('2026-10-10')));
      assert.equal(await page.locator('section.tracker > details > p.status').innerText(), `${t.whole(t.days(3))}${t.onTime(t.date('2026-10-10'))}`);
      assert.equal(await page.locator('section.tracker .status[data-verdict="bad"]').count(), 0);
      assert.equal(await page.locator('div.missed').count(), 0);
      assert.equal(await page.locator('#track-summary').count(), 0);
      const q = query(page);
      assert.equal(q.done_acceptance, '2026-10-08');
      assert.equal(q.done_connection, '2026-10-10');
    });
  });

  test('zh: late by 3 working days: whom to call, and a summary to copy', async () => {
    const t = L.zh;
    await withPage(PHONE, async (page) => {
      await openResult(page, { ...HOUSEHOLD, date: '2026-11-02' });
      await openTracker(page);
      await track(page, 'done_acceptance', '2026-11-06');
      const status = statusOf(page, 'acceptance');
      assert.equal(await status.innerText(), `⚠ ${t.late(t.date('2026-11-03'), t.days(3))}`);
      assert.equal(await status.getAttribute('data-verdict'), 'bad');
      await track(page, 'done_connection', '2026-11-10');
      assert.equal(await statusOf(page, 'connection').innerText(), t.onTime(t.date('2026-11-10')));
      const missed = page.locator('div.missed');
      assert.equal(await missed.locator('p strong').first().innerText(), t.missed);
      assert.deepEqual(await missed.locator('.hotline').evaluateAll((els) => els.map((e) => [
        e.querySelector('.hotline-label').textContent, e.querySelector('.hotline-number').textContent, e.querySelector('.hotline-number').getAttribute('href'),
      ])), [[t.hotlinePower, '95598', 'tel:95598'], [t.hotlineRegulator, '12398', 'tel:12398']]);
      const summary = page.locator('#track-summary');
      assert.notEqual(await summary.getAttribute('readonly'), null, 'read only');
      // Every missed deadline: the acceptance, and the whole process (3 working days, due 5 Nov).
      const expected = [
        t.summary(t.step.acceptance, t.date('2026-11-02'), t.days(1), t.date('2026-11-03'), t.endFinished(t.date('2026-11-06'), t.days(3))),
        t.summaryWhole(t.date('2026-11-02'), t.days(3), t.date('2026-11-05'), t.endFinished(t.date('2026-11-10'), t.days(3))),
      ].join('\n') + t.close;
      assert.equal(await summary.inputValue(), expected);
      const copy = page.locator(`div.missed ${control('copy')}`);
      assert.equal(await copy.innerText(), t.copy);
      await copy.click();
      await page.waitForFunction((x) => document.querySelector('[data-testid="copy"]')?.textContent === x, t.copied);
      assert.equal(await page.evaluate(() => navigator.clipboard.readText()), expected);
    }, { permissions: ['clipboard-read', 'clipboard-write'] });
  });

  test('en: one working day late after the holiday, from the URL', async () => {
    const t = L.en;
    await withPage(PHONE, async (page) => {
      await openResult(page, { lang: 'en', ...HOUSEHOLD, date: '2026-09-30', done_acceptance: '2026-10-09', done_connection: '2026-10-13' });
      assert.equal(await page.locator('section.tracker details').evaluate((d) => d.open), true, 'open when dates are known');
      assert.equal(await statusOf(page, 'acceptance').innerText(), `⚠ ${t.late(t.date('2026-10-08'), t.days(1))}`);
      // Started Fri 9 Oct: Sat 10 (make-up) and Mon 12 Oct.
      assert.equal(await statusOf(page, 'connection').innerText(), `⚠ ${t.late(t.date('2026-10-12'), t.days(1))}`);
      const text = await page.locator('div.missed').innerText();
      assert.ok(text.includes(t.missed) && text.includes('95598') && text.includes('12398'));
      // The whole process: 3 working days from 30 Sep end on the make-up Saturday 10 Oct.
      const wholeDue = workingDayAfter('2026-09-30', 3);
      assert.equal(wholeDue, '2026-10-10');
      assert.equal(await page.locator('#track-summary').inputValue(), [
        t.summary(t.step.acceptance, t.date('2026-09-30'), t.days(1), t.date('2026-10-08'), t.endFinished(t.date('2026-10-09'), t.days(1))),
        t.summary(t.step.two_step, t.date('2026-10-09'), t.days(2), t.date('2026-10-12'), t.endFinished(t.date('2026-10-13'), t.days(1))),
        t.summaryWhole(t.date('2026-09-30'), t.days(3), t.date(wholeDue), t.endFinished(t.date('2026-10-13'), t.days(workingDaysBetween(wholeDue, '2026-10-13')))),
      ].join('\n') + t.close);
      assert.equal(await page.locator(`div.missed ${control('copy')}`).innerText(), t.copy);
    });
  });

  test('zh: a step the customer says is still open after its deadline is overdue, counted to today', async () => {
    const t = L.zh;
    const today = todayIso();
    const due = '2026-11-05';
    assert.ok(today > due, 'this scenario needs today after 5 Nov 2026');
    const late = t.days(workingDaysBetween(due, today));
    await withPage(PHONE, async (page) => {
      await openResult(page, { ...HOUSEHOLD, date: '2026-11-02', done_acceptance: '2026-11-03', open_connection: '1' });
      assert.equal(await page.evaluate(() => { const d = new Date(); return [d.getFullYear(), d.getMonth() + 1, d.getDate()].join('-'); }),
        today.split('-').map(Number).join('-'), 'the page and the test agree on today');
      assert.equal(await statusOf(page, 'acceptance').innerText(), t.onTime(t.date('2026-11-03')));
      assert.equal(await statusOf(page, 'connection').innerText(), `⚠ ${t.overdue(t.date(due), late)}`);
      assert.equal(await page.locator('section.tracker > details > p.status').innerText(), `${t.whole(t.days(3))}${t.overdue(t.date(due), late)}`);
      assert.equal(await page.locator('#track-summary').inputValue(), [
        t.summary(t.step.two_step, t.date('2026-11-03'), t.days(2), t.date(due), t.endOpen(late)),
        t.summaryWhole(t.date('2026-11-02'), t.days(3), t.date(due), t.endOpen(late)),
      ].join('\n') + t.close);
    });
  });

  test('en: applied today: running with days left, the next step waiting', async () => {
    const t = L.en;
    const today = todayIso();
    const due = workingDayAfter(today, 1);
    const wholeDue = workingDayAfter(today, 3);
    await withPage(PHONE, async (page) => {
      await openResult(page, { lang: 'en', ...HOUSEHOLD, date: today });
      await openTracker(page);
      assert.equal(await statusOf(page, 'acceptance').innerText(), t.running(t.date(due), t.days(workingDaysBetween(today, due))));
      assert.equal(await statusOf(page, 'connection').innerText(), t.waiting);
      assert.equal(await page.locator('section.tracker > details > p.status').innerText(),
        `${t.whole(t.days(3))}${t.running(t.date(wholeDue), t.days(workingDaysBetween(today, wholeDue)))}`);
      assert.equal(await page.locator('section.tracker .status[data-verdict="bad"]').count(), 0);
      assert.equal(await page.locator('div.missed').count(), 0);
    });
  });

  test('en: high voltage: the connection step starts when the customer reports completion', async () => {
    const t = L.en;
    const today = todayIso();
    await withPage(PHONE, async (page) => {
      await openResult(page, {
        lang: 'en', customer: 'other_org', kw: '500', area: 'urban', supply: 'single', special: '0', date: '2026-11-02',
        done_acceptance: '2026-11-03', done_supply_plan: '2026-11-10',
      });
      assert.deepEqual(await page.locator('.tracker input[name]:not([type=checkbox])').evaluateAll((els) => els.map((e) => e.name)),
        ['done_acceptance', 'done_supply_plan', 'from_connection', 'done_connection'], 'only the company steps; one started by the customer');
      assert.equal(await page.locator('label[for="from-connection"]').innerText(), t.startedWorks);
      assert.equal(await statusOf(page, 'acceptance').innerText(), t.onTime(t.date('2026-11-03')));
      assert.equal(await statusOf(page, 'supply_plan').innerText(), t.onTime(t.date('2026-11-12')));
      assert.equal(await statusOf(page, 'connection').innerText(), t.waiting, 'waits for the customer, not for the supply plan');
      await track(page, 'from_connection', '2026-11-16');
      const due = workingDayAfter('2026-11-16', 6);
      assert.equal(due, '2026-11-24');
      // Past its deadline with nothing reported: no verdict; "not done yet" ticked: overdue.
      const expected = today > due
        ? t.duePassed(t.date(due))
        : t.running(t.date(due), t.days(workingDaysBetween(today, due)));
      assert.equal(await statusOf(page, 'connection').innerText(), expected);
      if (today > due) {
        await page.locator('[name="open_connection"]').check();
        await waitForQuery(page, (q) => q.open_connection === '1', 'open_connection=1');
        assert.equal(await statusOf(page, 'connection').innerText(), `⚠ ${t.overdue(t.date(due), t.days(workingDaysBetween(due, today)))}`);
      }
      await track(page, 'done_connection', '2026-11-25');
      assert.equal(await statusOf(page, 'connection').innerText(), `⚠ ${t.late(t.date(due), t.days(1))}`);
      assert.equal(await page.locator('#track-summary').inputValue(),
        t.summary(t.step.connection, t.date('2026-11-16'), t.days(6), t.date(due), t.endFinished(t.date('2026-11-25'), t.days(1))) + t.close);
      const q = query(page);
      assert.equal(q.from_connection, '2026-11-16');
      assert.equal(q.done_connection, '2026-11-25');
    });
  });

  test('zh: unreadable and blank dates are ignored', async () => {
    const t = L.zh;
    const today = todayIso();
    const late = t.days(workingDaysBetween('2026-11-03', today));
    await withPage(PHONE, async (page) => {
      await openResult(page, { ...HOUSEHOLD, date: '2026-11-02', done_acceptance: '2026-13-45', done_connection: '' });
      const q = query(page);
      assert.ok(!('done_acceptance' in q) && !('done_connection' in q), `bad and blank dates leave the URL: ${page.url()}`);
      assert.equal(await page.locator('[name="done_acceptance"]').inputValue(), '');
      assert.ok((await page.locator('section.tracker > details > p.error[role="alert"]').textContent()).startsWith(t.badDate));
      // As if nothing had been entered: no verdict on the acceptance (its deadline passed, nothing
      // reported), not "late" or "on time".
      assert.equal(await statusOf(page, 'acceptance').textContent(), t.duePassed(t.date('2026-11-03')));
      assert.ok(late);
      assert.equal(await statusOf(page, 'connection').textContent(), t.waiting);
      // Clearing a field removes its date again.
      await openTracker(page);
      await track(page, 'done_acceptance', '2026-11-03');
      assert.equal(await statusOf(page, 'acceptance').innerText(), t.onTime(t.date('2026-11-03')));
      await track(page, 'done_acceptance', '');
      assert.equal(await page.locator('[name="done_acceptance"]').inputValue(), '');
      assert.equal(await statusOf(page, 'acceptance').textContent(), t.duePassed(t.date('2026-11-03')));
      assert.equal(await statusOf(page, 'connection').textContent(), t.waiting);
    });
  });

  test('zh: clearing the last date keeps the tracker open under the customer', async () => {
    await withPage(PHONE, async (page) => {
      await openResult(page, { ...HOUSEHOLD, date: '2026-11-02' });
      await openTracker(page);
      await track(page, 'done_acceptance', '2026-11-03');
      await track(page, 'done_acceptance', '');
      assert.equal(await page.locator('section.tracker details').evaluate((d) => d.open), true, 'the section the customer is typing in stays open');
      assert.ok(await page.locator('[name="done_acceptance"]').isVisible(), 'the field just cleared is still there');
      assert.ok(await statusOf(page, 'acceptance').isVisible());
      assert.equal(await statusOf(page, 'acceptance').innerText(), L.zh.duePassed(L.zh.date('2026-11-03')), 'no verdict again, no alarm');
    });
  });

  test('zh: an unreadable date from the URL is reported where it can be seen', async () => {
    const t = L.zh;
    await withPage(PHONE, async (page) => {
      await openResult(page, { ...HOUSEHOLD, date: '2026-11-02', done_acceptance: '2026-13-45' });
      const error = page.locator('section.tracker > details > p.error[role="alert"]');
      assert.equal(await error.textContent(), `${t.badDate}：业务受理 · 供电公司办完的日期`, 'the field by its name, not its URL key');
      assert.ok(await error.isVisible(), 'the alert about the bad date is visible (not inside a closed <details>)');
    });
  });

  test('zh: a finish date before the start is flagged and does not start the next step', async () => {
    const t = L.zh;
    await withPage(PHONE, async (page) => {
      await openResult(page, { ...HOUSEHOLD, date: '2026-11-02', done_acceptance: '2026-10-30' });
      const status = statusOf(page, 'acceptance');
      assert.equal(await status.innerText(), `⚠ ${t.beforeStart(t.date('2026-11-02'))}`);
      assert.equal(await status.getAttribute('data-verdict'), 'error', 'said as a problem with the date');
      const field = page.locator('[name="done_acceptance"]');
      assert.equal(await field.getAttribute('aria-invalid'), 'true');
      assert.equal(await field.getAttribute('aria-describedby'), await status.getAttribute('id'));
      // A date the page itself calls a mistake dates no complaint, nor the next step: the rows
      // below and the whole process give no verdict until it is corrected.
      assert.equal(await page.locator('#track-summary').count(), 0, 'no complaint built on a mistaken date');
      assert.equal(await statusOf(page, 'connection').innerText(), t.blocked, 'the next step has no known start');
      assert.equal(await page.locator('section.tracker > details > p.status').innerText(), `${t.whole(t.days(3))}${t.blocked}`);
    });
  });

  test('zh: a connection date before its start does not finish the whole process', async () => {
    const t = L.zh;
    const today = todayIso();
    const due = '2026-11-05';
    assert.ok(today > due, 'this scenario needs today after 5 Nov 2026');
    const late = t.days(workingDaysBetween(due, today));
    await withPage(PHONE, async (page) => {
      await openResult(page, { ...HOUSEHOLD, date: '2026-11-02', done_acceptance: '2026-11-03', done_connection: '2026-11-02' });
      assert.equal(await statusOf(page, 'connection').innerText(), `⚠ ${t.beforeStart(t.date('2026-11-03'))}`);
      // Not "whole process done on time" on a date the page calls a mistake: no verdict until
      // it is corrected, and no complaint.
      assert.equal(await page.locator('section.tracker > details > p.status').innerText(), `${t.whole(t.days(3))}${t.blocked}`);
      assert.equal(await page.locator('#track-summary').count(), 0);
      assert.ok(late);
    });
  });
});

// ── Dates in the policy's first years, typed from the State Council's notices ──

describe('dates from the notices', () => {
  // A household's two steps (1 + 2 working days), applied on the last working day before a
  // holiday: each due date typed by hand, not computed from data/cn-holidays.json.
  for (const [lang, date, acceptance, connection] of [
    ['zh', '2022-01-28', '2022年1月29日（星期六）', '2022年2月7日（星期一）'],
    ['en', '2023-09-28', 'Sat 7 Oct 2023', 'Mon 9 Oct 2023'],
    ['zh', '2023-01-20', '2023年1月28日（星期六）', '2023年1月30日（星期一）'],
  ]) {
    test(`${lang}: a household applying on ${date}`, async () => {
      const t = L[lang];
      await withPage(PHONE, async (page) => {
        await openResult(page, { ...(lang === 'en' ? { lang } : {}), ...HOUSEHOLD, date });
        assert.ok((await stepLi(page, 'acceptance').innerText()).includes(t.mustFinish(acceptance)), await stepLi(page, 'acceptance').innerText());
        assert.ok((await stepLi(page, 'connection').innerText()).includes(t.mustFinish(connection)), await stepLi(page, 'connection').innerText());
      });
    });
  }
});

// ── 4. My own works ──

describe('own works', () => {
  for (const lang of ['zh', 'en']) {
    const t = L[lang];
    const lp = lang === 'en' ? { lang: 'en' } : {};

    test(`${lang}: through the own-works question every step gets a date`, async () => {
      await withPage(PHONE, async (page) => {
        await ownWorksThroughQuestions(page, t, lp);
        assert.equal(query(page).lang, lp.lang);
      });
    });

    test(`${lang}: from the URL every step is dated, 2027 dates marked provisional`, async () => {
      await withPage(PHONE, async (page) => {
        await openResult(page, { ...lp, ...HV_SPECIAL, design_d: '30', works_d: '60' });
        await assertOwnWorksDated(page, t);
        // The tracker asks when the customer acted, for each step that waits for them.
        assert.deepEqual(await page.locator('.tracker input[name^="from_"]').evaluateAll((els) => els.map((e) => e.name)),
          ['from_design_review', 'from_mid_inspection', 'from_connection']);
      });
    });
  }
});

// ── Kiosk and embed ──

describe('kiosk', () => {
  test('zh: capacity helper and own works', async () => {
    const t = L.zh;
    await withPage(KIOSK, async (page) => {
      await go(page, { mode: 'kiosk', area: 'urban', customer: 'small_micro' });
      assert.equal(await title(page), t.kwTitle);
      await openHelper(page, t);
      await page.locator('#eq-ev_dc').fill('4');
      assert.deepEqual((await helperLines(page)).paragraphs, [t.connected(240), t.helperResult(240, 192)]);
      await page.locator(`#helper-result ${control('fill')}`).click();
      assert.equal(await page.locator('#kw-feedback').innerText(), t.high(192, 160));
      await page.locator('button[type=submit]').click();
      await page.waitForFunction((x) => document.querySelector('#page-title')?.innerText === x, t.supplyTitle);
      assert.equal(query(page).kw, '192');
      assert.equal(query(page).mode, 'kiosk');

      await ownWorksThroughQuestions(page, t, { mode: 'kiosk' });
      assert.equal(query(page).mode, 'kiosk');
    });
  });

  test('en: what-if and the tracker, hotlines as plain text, no download', async () => {
    const t = L.en;
    await withPage(KIOSK, async (page) => {
      await openResult(page, { mode: 'kiosk', lang: 'en', ...SMALL, kw: '180', supply: 'single', special: '0' });
      assert.deepEqual((await whatIf(page)).cols, [t.now, t.atKw(160), t.dual, t.special]);
      await followWhatIf(page, page.locator(`section.whatif ${control('set')}`, { hasText: t.atKw(160) }));
      assert.equal(query(page).mode, 'kiosk');
      await page.waitForFunction(() => document.querySelector('[data-tier]')?.dataset.tier === 'three_zero');

      await openResult(page, { mode: 'kiosk', lang: 'en', ...HOUSEHOLD, date: '2026-11-02' });
      await openTracker(page);
      await track(page, 'done_acceptance', '2026-11-06');
      assert.equal(await statusOf(page, 'acceptance').innerText(), `⚠ ${t.late(t.date('2026-11-03'), t.days(3))}`);
      assert.deepEqual(await page.locator('div.missed .hotline-number').evaluateAll((els) => els.map((e) => [e.tagName, e.textContent])),
        [['STRONG', '95598'], ['STRONG', '12398']]);
      assert.equal(await page.locator('#root a[href^="tel:"]').count(), 0, 'nothing on a kiosk leaves the app');
      assert.equal(await page.locator(`#root ${control('download')}`).count(), 0);
      assert.equal(await page.locator('#track-summary').inputValue(),
        lateSummary(t));
      assert.equal(query(page).mode, 'kiosk');
    });
  });
});

describe('embed', () => {
  test('en: capacity helper and own works, without header or footer', async () => {
    const t = L.en;
    await withPage(PHONE, async (page) => {
      await go(page, { mode: 'embed', lang: 'en', area: 'urban', customer: 'small_micro' });
      assert.equal(await page.locator('#root header, #root footer').count(), 0, 'a portal has its own header and footer');
      await openHelper(page, t);
      await page.locator('#eq-ev_dc').fill('3');
      await page.locator(`#helper-result ${control('fill')}`).click();
      assert.equal(await page.locator('#kw-feedback').innerText(), t.low(144, 160));
      await page.locator('button[type=submit]').click();
      await waitForQuery(page, (q) => q.kw === '144' && q.mode === 'embed', 'kw=144 in embed mode');

      await ownWorksThroughQuestions(page, t, { mode: 'embed', lang: 'en' });
      assert.equal(query(page).mode, 'embed');
      assert.equal(await page.locator('#root header, #root footer').count(), 0);
    });
  });

  test('zh: what-if and the tracker', async () => {
    const t = L.zh;
    await withPage(PHONE, async (page) => {
      await openResult(page, { mode: 'embed', ...SMALL, kw: '150' });
      assert.equal(await page.locator('#root header, #root footer').count(), 0);
      assert.deepEqual((await whatIf(page)).cols, [t.now, `${t.atKw(161)} ${t.assumed}`]);
      await followWhatIf(page, page.locator(`section.whatif ${control('set')}`));
      assert.equal(query(page).mode, 'embed');
      await page.waitForFunction(() => document.querySelector('[data-tier]')?.dataset.tier === 'three_save');

      await openResult(page, { mode: 'embed', ...HOUSEHOLD, date: '2026-11-02' });
      await openTracker(page);
      await track(page, 'done_acceptance', '2026-11-06');
      assert.equal(await statusOf(page, 'acceptance').innerText(), `⚠ ${t.late(t.date('2026-11-03'), t.days(3))}`);
      assert.equal(await page.locator('div.missed a[href="tel:95598"]').count(), 1);
      assert.equal(await page.locator('div.missed a[href="tel:12398"]').count(), 1);
      assert.equal(await page.locator('#track-summary').inputValue(),
        lateSummary(t));
      assert.equal(query(page).mode, 'embed');
    });
  });
});

// ── Offline ──

/** A server of our own (its origin gets its own service worker), which can really go away. */
async function ownServer() {
  const { server, url } = await serve(DIST, { csp: true });
  return {
    url,
    close: () => {
      server.closeAllConnections();
      return new Promise((ok) => server.close(ok));
    },
  };
}

async function cachedPaths(page) {
  return page.evaluate(async () => {
    const out = [];
    for (const key of await caches.keys()) {
      for (const r of await (await caches.open(key)).keys()) out.push(new URL(r.url).pathname);
    }
    return out;
  });
}

async function waitForController(page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => !!navigator.serviceWorker.controller, null, { timeout: 10000 });
}

describe('offline', () => {
  test('zh: a result seen once online opens again offline', async () => {
    const own = await ownServer();
    try {
      await withPage(PHONE, async (page, problems) => {
        const params = { ...SMALL, kw: '180', supply: 'single', special: '0' };
        // A first visit: the customer reads the result before the service worker is installed
        // (its install downloads the whole app again, far more than the result text). Holding
        // sw.js until the result is shown makes that order certain.
        const swUrl = `${own.url}sw.js`;
        let release;
        const released = new Promise((ok) => { release = ok; });
        await page.context().route(swUrl, async (route) => {
          await released;
          await route.continue();
        });
        await openResult(page, params, own.url);
        release();
        await waitForController(page);
        // The text fetched before the worker took over is fetched again through it and kept.
        await waitUntil(page, async () => (await cachedPaths(page)).includes('/zh.result.txt'),
          async () => `zh.result.txt never cached: ${await cachedPaths(page)}`, 20000);
        await page.context().unroute(swUrl);
        await page.context().setOffline(true);
        await own.close();
        await page.reload();
        await page.waitForFunction(() => document.documentElement.classList.contains('app-ready') && document.querySelector('#main'));
        const shown = await page.locator('[data-tier]').waitFor({ timeout: 5000 }).then(() => true, () => false);
        assert.ok(shown, `the result offline, not: ${(await mainText(page)).slice(0, 60)} ${problems.join(' ')}`);
        assert.equal(await title(page), L.zh.resultTitle);
      });
    } finally {
      await own.close();
    }
  });

  test('the four features work offline, in both languages', async () => {
    const own = await ownServer();
    try {
      await withPage(PHONE, async (page) => {
        const zh = L.zh;
        const en = L.en;
        const params = { ...SMALL, kw: '180', supply: 'single', special: '0' };
        // Online: the app under its service worker, in Chinese and in English.
        await openResult(page, params, own.url);
        await waitForController(page);
        await openResult(page, params, own.url);
        await act(page, 'lang:en');
        await page.waitForFunction((x) => document.querySelector('#page-title')?.innerText === x, en.resultTitle);
        const texts = ['/zh.result.txt', '/en.txt', '/en.result.txt'];
        await waitUntil(page, async () => {
          const paths = await cachedPaths(page);
          return texts.every((p) => paths.includes(p));
        }, async () => `texts not cached: ${await cachedPaths(page)}`, 10000);

        await page.context().setOffline(true);
        await own.close();

        // English result, reloaded offline.
        await page.reload();
        await page.locator('[data-tier]').waitFor();
        assert.equal(await title(page), en.resultTitle);
        // Back to Chinese.
        await act(page, 'lang:zh');
        await page.waitForFunction((x) => document.querySelector('#page-title')?.innerText === x, zh.resultTitle);

        // Own works, through the question.
        await page.locator(control('change:own_works'), { hasText: zh.ownAdd }).click();
        await page.waitForFunction((x) => document.querySelector('#page-title')?.innerText === x, zh.ownTitle);
        await page.getByLabel(zh.designLabel, { exact: true }).fill('30');
        await page.getByLabel(zh.worksLabel, { exact: true }).fill('60');
        await page.locator('button[type=submit]').click();
        await page.waitForFunction((x) => document.querySelector('#page-title')?.innerText === x, zh.summaryTitle);
        await act(page, 'go:result');
        await page.locator('[data-tier]').waitFor();
        const works = await stepLi(page, 'external_works').innerText();
        assert.ok(works.includes(zh.ownDated(zh.date('2026-12-08'), zh.date('2027-03-08'), zh.calendarDays(30), zh.calendarDays(60))), works);
        assert.ok((await stepLi(page, 'connection').innerText()).includes(zh.mustFinish(zh.date('2027-03-16'))));

        // The tracker.
        await openTracker(page);
        await track(page, 'done_acceptance', '2026-11-30');
        assert.equal(await statusOf(page, 'acceptance').innerText(), `⚠ ${zh.late(zh.date('2026-11-27'), zh.days(1))}`);
        assert.ok((await page.locator('#track-summary').inputValue()).includes(zh.endFinished(zh.date('2026-11-30'), zh.days(1))));

        // The what-if.
        await followWhatIf(page, page.locator(`section.whatif ${control('set')}`, { hasText: zh.atKw(160) }));
        await page.waitForFunction(() => document.querySelector('[data-tier]')?.dataset.tier === 'three_zero');

        // The capacity helper, on a page opened offline.
        await go(page, { lang: 'en', area: 'urban', customer: 'small_micro' }, own.url);
        assert.equal(await title(page), en.kwTitle);
        await openHelper(page, en);
        await page.locator('#eq-ev_dc').fill('4');
        await page.locator(`#helper-result ${control('fill')}`).click();
        assert.equal(await page.locator('#kw-feedback').innerText(), en.high(192, 160));
        await page.locator('button[type=submit]').click();
        await page.waitForFunction((x) => document.querySelector('#page-title')?.innerText === x, en.supplyTitle);
        assert.equal(query(page).kw, '192');
      });
    } finally {
      await own.close();
    }
  });
});
