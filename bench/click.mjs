// Interaction benchmark: click a rating on the Self-assessment page and time how long until the
// results summary ("N of 36 indicators rated") shows the new count. The time runs from just
// before the click is dispatched to the moment the summary's text has changed (a
// MutationObserver), so it covers the event handler, the store update, the save and the render.
// Each click rates a not-yet-rated indicator, so every click changes the summary; a fresh
// workspace gives 36 clicks, and two of them give 72 (>= 50). Run at 1x and at 4x CPU throttling
// (the Chromebook stand-in); the goal, one frame (16 ms), is judged at 4x.
// The same clicks are then made in the large district of crates/dew-domain/src/large_sample.rs (5 cycles,
// 150 schools; its current cycle's ratings cleared first), stored packed, where a save costs
// over 100 ms and so waits for a pause: printed for information.
// Usage: node bench/click.mjs   (scripts/bench builds dist/ first)
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { startServer, launchBrowser, waitForApp, ROOT } from '../tests/e2e/harness.mjs';
import { figure, median, emit } from './figures.mjs';

const large = path.join(ROOT, 'target', 'bench', 'large-district.json');
fs.mkdirSync(path.dirname(large), { recursive: true });
execFileSync('cargo', ['run', '--quiet', '--release', '--example', 'large_district', '--', large, '--unrated'], { cwd: ROOT, stdio: 'inherit' });
const largeDoc = fs.readFileSync(large, 'utf8');

const figures = [];
const server = await startServer();
const browser = await launchBrowser();
try {
  for (const [rate, district] of [[1, 'new'], [4, 'new'], [4, 'large']]) {
    const times = [], frames = [];
    for (let w = 0; w < 2; w++) {
      const ctx = await browser.newContext();
      const page = await ctx.newPage();
      if (district === 'large') {
        // Stored from a page of the site that is not the app, as if saved in an earlier visit.
        await page.goto(server.url + 'manifest.webmanifest');
        await page.evaluate((doc) => localStorage.setItem('dew:workspace', doc), largeDoc);
      } else {
        await page.goto(server.url);
        await waitForApp(page);
        await page.getByLabel('District name').fill(`Click bench ${w}`);
        await page.getByRole('button', { name: 'Start the workspace' }).click();
        await page.getByRole('heading', { level: 1, name: 'Team' }).waitFor();
      }
      await page.goto(server.url + 'assessment');
      await waitForApp(page);
      const cdp = await ctx.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate });
      const areas = await page.locator('.area-nav a').count();
      for (let a = 0; a < areas; a++) {
        const link = page.locator('.area-nav a').nth(a);
        const name = await link.textContent();
        await link.click();
        await page.getByRole('heading', { level: 2, name, exact: true }).waitFor();
        const ids = await page.evaluate(() => [...document.querySelectorAll('input[type=radio][id^="cur-"][id$="-0"]')].map((i) => i.id));
        for (const id of ids) {
          const [t, f] = await page.evaluate((id) => new Promise((resolve, reject) => {
            const summary = document.getElementById('overall-progress');
            const before = summary.textContent;
            let t0 = 0, updated = 0;
            // Updated: the summary's text has changed. Free: a task queued after the next
            // animation frame has run, so the work the click queued (the save) is done and the
            // page answers the next input.
            const check = () => {
              if (updated || summary.textContent === before) return;
              updated = performance.now() - t0;
              mo.disconnect();
              requestAnimationFrame(() => setTimeout(() => resolve([updated, performance.now() - t0]), 0));
            };
            const mo = new MutationObserver(check);
            mo.observe(summary, { subtree: true, childList: true, characterData: true });
            setTimeout(() => reject(new Error(`the summary did not change after clicking #${id}`)), 10000);
            t0 = performance.now();
            document.getElementById(id).click();
            check();
          }), id);
          times.push(t);
          frames.push(f);
          // Let the page settle between clicks, as a person's clicks are apart.
          await page.waitForTimeout(30);
        }
      }
      const summary = await page.locator('#overall-progress').textContent();
      if (!summary.startsWith('36 of 36')) throw new Error(`after the clicks the summary says "${summary}"`);
      await ctx.close();
    }
    const sorted = [...times].sort((a, b) => a - b);
    const p95 = sorted[Math.floor(sorted.length * 0.95)];
    console.log(`Click a rating -> results summary updated, ${rate}x CPU, ${district} workspace: median ${median(times).toFixed(2)} ms over ${times.length} clicks (p95 ${p95.toFixed(2)}, max ${sorted.at(-1).toFixed(2)})`);
    console.log(`  ... until the page is free again (the save done): median ${median(frames).toFixed(2)} ms (max ${Math.max(...frames).toFixed(1)})`);
    const note = `${times.length} clicks, p95 ${p95.toFixed(1)} ms; page free again after ${median(frames).toFixed(1)} ms`;
    figures.push(district === 'large'
      ? figure('click-large-4x-ms', 'Click a rating in the large district (5 cycles, 150 schools), 4x CPU', +median(times).toFixed(2), 'ms', 'info', null, note)
      : rate === 4
      ? figure('click-4x-ms', 'Click a rating until the results summary updates, 4x CPU', +median(times).toFixed(2), 'ms', '<=', 16, note)
      : figure('click-1x-ms', 'Click a rating until the results summary updates, 1x CPU', +median(times).toFixed(2), 'ms', 'info', null, note));
  }
} finally {
  await browser.close();
  server.stop();
}
emit(figures);
