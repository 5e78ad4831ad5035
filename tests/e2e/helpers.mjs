// Shared helpers for the end-to-end tests: the release bundle (dist/) served on loopback with
// the strict Content-Security-Policy, Debian's Chromium driven by playwright-core, and axe.
import { chromium } from 'playwright-core';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { serve } from '../../scripts/serve.mjs';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DIST = join(ROOT, 'dist');

export const PHONE = { width: 390, height: 844 };
export const KIOSK = { width: 1080, height: 1920 };
export const DESKTOP = { width: 1366, height: 900 };

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-quic',
  '--disable-sync',
];

export async function launch() {
  return chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** Serve dist/ (CSP on by default); returns { url, close }. */
export async function serveDist(options = {}) {
  const { server, url, port } = await serve(options.dir || DIST, { csp: true, ...options });
  return { url, port, close: () => new Promise((ok) => server.close(ok)) };
}

/**
 * A fresh context and page at a viewport. Records page errors, console errors and CSP
 * violations so a test can assert there were none.
 */
export async function openPage(browser, viewport = PHONE, contextOptions = {}) {
  const context = await browser.newContext({ viewport, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', ...contextOptions });
  const page = await context.newPage();
  readAsScrolledTo(page);
  const problems = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  return { context, page, problems };
}

/**
 * A fresh page at a viewport; the body runs with it, then there must have been no page error,
 * console error or CSP violation. The context is closed either way.
 */
export async function withFreshPage(browser, viewport, body, contextOptions = {}) {
  const { context, page, problems } = await openPage(browser, viewport, contextOptions);
  try {
    await body(page, problems);
    assert.deepEqual(problems, [], 'no page error, console error or CSP violation');
  } finally {
    await context.close();
  }
}

/** A fresh page at a viewport with the app opened at `url`; returns { context, page, problems }. */
export async function openApp(browser, url, viewport = PHONE) {
  const o = await openPage(browser, viewport);
  await gotoApp(o.page, url);
  return o;
}

/** Today in 宿州 (China Standard Time), as YYYY-MM-DD: the app's "today". */
export const todayIso = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());

/**
 * Install the page's own clock (Playwright's fake timers) before the app starts; returns
 * `tick(ms)`, which runs that much of the page's time and lets the app draw. The page's time
 * flows while the app loads; the first tick stops it (2 s ahead, so never in its past), and from
 * then on it moves only by ticks.
 */
export async function fakeClock(page) {
  await page.clock.install();
  let stopped = false;
  return async (ms) => {
    if (!stopped) {
      await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 2000);
      stopped = true;
    }
    await page.clock.runFor(ms);
    // Let the app draw what the timers changed: Yew renders from microtasks, a message
    // round trip (not a timer, which is paused) is a task after them.
    await page.evaluate(() => new Promise((ok) => {
      const c = new MessageChannel();
      c.port1.onmessage = () => ok();
      c.port2.postMessage(0);
    }));
  };
}

/** Bring an element the layout skips (content-visibility) into view and let it render. */
export async function scrollToRender(locator, options) {
  await locator.evaluate(async (el) => {
    if (!el.checkVisibility() || el.checkVisibility({ contentVisibilityAuto: true })) return;
    // Inside a skipped card the element's own box is not laid out: bring the card itself (its
    // placeholder box is) into view first, then the element.
    let card = el;
    for (let a = el; a; a = a.parentElement) {
      if (getComputedStyle(a).contentVisibility === 'auto') {
        card = a;
        break;
      }
    }
    // Rendered within a frame or two; a busy machine (or a redraw meanwhile) may take longer.
    for (let i = 0; i < 60; i++) {
      card.scrollIntoView({ block: 'start', behavior: 'instant' });
      await new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)));
      if (el.checkVisibility({ contentVisibilityAuto: true })) {
        el.scrollIntoView({ block: 'nearest', behavior: 'instant' });
        return;
      }
    }
  }, undefined, options);
}

/**
 * Tests read text as the customer does: scrolled to. The result's cards below the fold are
 * laid out only when they come into view (`content-visibility: auto`), and until then an
 * element's innerText is empty; so `locator.innerText()` first scrolls such an element into
 * view (and nothing else: text hidden from the customer stays hidden from the test).
 */
let readingPatched = false;
function readAsScrolledTo(page) {
  if (readingPatched) return;
  const proto = Object.getPrototypeOf(page.locator('html'));
  const innerText = proto.innerText;
  proto.innerText = async function (options) {
    await scrollToRender(this, options);
    return innerText.call(this, options);
  };
  readingPatched = true;
}

/** Go to a URL and wait until the app has rendered (the static fallback is hidden). */
export async function gotoApp(page, url) {
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.classList.contains('app-ready') && document.querySelector('#main'));
  await page.locator('#page-title').waitFor();
}

/** The visible text of the main content. */
export async function mainText(page) {
  // The result's cards below the fold are laid out only when they come into view
  // (content-visibility), so their text is read as the customer reads it: scrolled to.
  return page.locator('#main').evaluate(async (main) => {
    const frame = () => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)));
    const parts = [main.innerText];
    const cards = [...main.querySelectorAll('.result .card')];
    if (cards.length) {
      const y = scrollY;
      for (const card of cards) {
        card.scrollIntoView({ block: 'start', behavior: 'instant' });
        await frame();
        parts.push(card.innerText);
      }
      scrollTo({ top: y, behavior: 'instant' });
      await frame();
    }
    return parts.join('\n');
  });
}

export async function title(page) {
  return (await page.locator('#page-title').innerText()).trim();
}

/** Choose a radio option by its visible label and go on. */
export async function choose(page, label) {
  await page.getByLabel(label, { exact: false }).first().check();
  await next(page);
}

/** Submit the question and wait for the next screen; fails if it does not come. */
export async function next(page) {
  const before = await page.locator('#page-title').innerText();
  await page.locator('button[type=submit]').click();
  try {
    await page.waitForFunction((b) => document.querySelector('#page-title')?.innerText !== b, before, { timeout: 10_000 });
  } catch (e) {
    throw new Error(`submitting "${before}" did not lead to another screen (${e.message.split('\n')[0]}); the page says: ${(await page.locator('#main').innerText()).slice(0, 200)}`);
  }
}

/** Fill a text field by its label and go on. */
export async function fill(page, label, value) {
  await page.getByLabel(label, { exact: true }).fill(value);
  await next(page);
}

/**
 * The CSS selector of the control that does `action`, in the vocabulary the tests speak:
 * `begin`, `back`, `next`, `restart`, `finish`, `print`, `download`, `copy`, `fill` (the
 * capacity helper's suggestion), `set` (a what-if), `go:result`, `go:summary` (resume),
 * `skip:<question>`, `change:<question>`, `lang` / `lang:<to>` (the switch that offers that
 * language), `elder` / `elder:1` (switch on) / `elder:0` (switch off). The app marks its controls
 * with `data-testid`; it never reads them.
 */
export function control(action) {
  const [verb, arg] = action.split(':');
  switch (verb) {
    case 'lang':
      return arg ? `[data-testid="lang"][lang="${arg === 'en' ? 'en' : 'zh-CN'}"]` : '[data-testid="lang"]';
    case 'elder':
      return arg ? `[data-testid="elder"][aria-pressed="${arg === '1' ? 'false' : 'true'}"]` : '[data-testid="elder"]';
    case 'go':
      return arg === 'result' ? '[data-testid="see-result"]' : '[data-testid="resume"]';
    case 'skip':
      return `form[data-q="${arg}"] [data-testid="skip"]`;
    case 'change':
      return `[data-testid="change-${arg}"]`;
    case 'set':
      return '[data-testid="whatif"]';
    default:
      return `[data-testid="${verb}"]`;
  }
}

/** Press the control that does `action` (see `control`). */
export async function act(page, action) {
  await page.locator(control(action)).first().click();
}

/**
 * Scan the page with axe: WCAG 2.0/2.1 A and AA. Returns the violations and the results axe
 * could not decide ("incomplete", e.g. a contrast it cannot compute), each as one line.
 *
 * The result's cards below the fold are skipped by the browser (`content-visibility: auto`):
 * their text has no layout, so axe would leave it out of the contrast checks. For the scan every
 * such element is rendered (`content-visibility: visible`, set through the CSSOM, which the CSP
 * allows) and put back afterwards.
 */
export async function axe(page) {
  const rendered = await page.evaluate(async () => {
    const skipped = [...document.querySelectorAll('*')].filter((e) => getComputedStyle(e).contentVisibility === 'auto');
    for (const e of skipped) e.style.contentVisibility = 'visible';
    await new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)));
    window.__axeRendered = skipped;
    return skipped.length;
  });
  try {
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    const line = (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => `${n.target.join(' ')}${n.failureSummary ? ` [${n.failureSummary.replace(/\s+/g, ' ').slice(0, 160)}]` : ''}`).slice(0, 3).join(' | ')}`;
    // Undecided: each node with the check's reason (axe's messageKey), to tell them apart.
    const undecided = results.incomplete.flatMap((v) => v.nodes.map((n) => ({
      rule: v.id,
      target: n.target.join(' '),
      html: n.html,
      reasons: [...n.any, ...n.all, ...n.none].map((c) => c.data?.messageKey ?? c.message),
    })));
    return { violations: results.violations.map(line), incomplete: results.incomplete.map(line), undecided, rendered };
  } finally {
    await page.evaluate(() => {
      for (const e of window.__axeRendered ?? []) {
        e.style.removeProperty('content-visibility');
        if (!e.getAttribute('style')) e.removeAttribute('style');
      }
      delete window.__axeRendered;
    });
  }
}

/** How many times the app has drawn: it counts each finished render in <html data-renders>. */
export const renders = (page) => page.evaluate(() => Number(document.documentElement.dataset.renders ?? 0));

/**
 * Do `action`, then wait until the app has drawn again (every effect of that render has run:
 * URL, focus, messages). For checks that something did not happen: first the event, then the
 * absence, never a fixed sleep.
 */
export async function thenRender(page, action, timeout = 10_000) {
  const before = await renders(page);
  await action();
  await page.waitForFunction((n) => (Number(document.documentElement.dataset.renders ?? 0)) > n, before, { timeout });
}

/**
 * Press Tab until `isTarget(arg)` (run in the page, looking at document.activeElement) holds;
 * fails after `max` presses, so a focus trap fails the test instead of hanging it.
 */
export async function tabTo(page, isTarget, arg, max = 60) {
  const here = () => page.evaluate(isTarget, arg);
  for (let i = 0; i <= max; i++) {
    if (await here()) return i;
    if (i < max) await page.keyboard.press('Tab');
  }
  const at = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120));
  throw new Error(`not reached after ${max} Tab presses (${isTarget}); the focus is on ${at}`);
}

/** Current URL's query as an object. */
export function query(page) {
  return Object.fromEntries(new URL(page.url()).searchParams);
}
