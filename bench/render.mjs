// `make bench`: the time from an answer changing to the rendered result, in headless Chromium.
// Clicks a what-if button (a view of the result across the 160 kW line) or the view's "back to my
// answers", turn about, and measures,
// with performance.now() in the page, until the result shows the new tier (DOM updated), and
// until the next animation frame (ready to paint). Mean and median of many runs.
import { DESKTOP, gotoApp, launch, openPage, PHONE, serveDist } from '../tests/e2e/helpers.mjs';

const RUNS = Number(process.env.RUNS || 100);
const browser = await launch();
const site = await serveDist();
for (const [name, viewport] of [['phone', PHONE], ['desktop', DESKTOP]]) {
  const { context, page } = await openPage(browser, viewport);
  await gotoApp(page, `${site.url}?customer=small_micro&kw=150&area=urban&date=2026-11-26`);
  await page.locator('[data-tier]').waitFor();
  const times = await page.evaluate(async (runs) => {
    const dom = [];
    const frame = [];
    for (let i = 0; i < runs; i++) {
      const before = document.querySelector('[data-tier]').dataset.tier;
      // Into the what-if view and back to the customer's answers, turn about: both redraw the
      // result with the other tier.
      const button = document.querySelector('[data-testid="whatif"]') || document.querySelector('[data-testid="whatif-leave"]');
      const t0 = performance.now();
      const changed = new Promise((resolve) => {
        const obs = new MutationObserver(() => {
          const el = document.querySelector('[data-tier]');
          if (el && el.dataset.tier !== before) {
            obs.disconnect();
            resolve(performance.now());
          }
        });
        obs.observe(document.getElementById('main'), { subtree: true, childList: true, attributes: true });
      });
      button.click();
      const t1 = await changed;
      const t2 = await new Promise((r) => requestAnimationFrame(() => r(performance.now())));
      dom.push(t1 - t0);
      frame.push(t2 - t0);
      await new Promise((r) => setTimeout(r, 20));
    }
    return { dom, frame };
  }, RUNS);
  const stats = (xs) => {
    const s = [...xs].sort((a, b) => a - b);
    return { mean: xs.reduce((a, b) => a + b, 0) / xs.length, median: s[Math.floor(s.length / 2)], p95: s[Math.floor(s.length * 0.95)] };
  };
  const d = stats(times.dom);
  const f = stats(times.frame);
  console.log(`answer → rendered result, ${name} ${viewport.width}×${viewport.height}, ${RUNS} runs:`);
  console.log(`  DOM updated:    mean ${d.mean.toFixed(2)} ms, median ${d.median.toFixed(2)} ms, p95 ${d.p95.toFixed(2)} ms`);
  console.log(`  next frame:     mean ${f.mean.toFixed(2)} ms, median ${f.median.toFixed(2)} ms, p95 ${f.p95.toFixed(2)} ms   (budget 16 ms)`);
  await context.close();
}
await browser.close();
await site.close();
