// Page-open benchmark for the large district (crates/dew-domain/src/large_sample.rs: 5 cycles, 150
// schools), at 1x CPU: from a click on a menu link to the page settled (its heading shown and
// no "Checking privacy…" left), and the longest task the main thread ran meanwhile (how long
// the page could not answer a key or a click). Each page is opened twice from the Overview:
// the first open protects the cycles it shows (issue 24's audit), the second finds them done.
// Usage: node bench/page_open.mjs   (scripts/bench builds dist/ first)
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { startServer, launchBrowser, waitForApp, ROOT } from '../tests/e2e/harness.mjs';
import { figure, emit } from './figures.mjs';

// Each cycle's counts made a little different, as real years are: identical cycles would share
// one protected view.
const large = path.join(ROOT, 'target', 'bench', 'large-district-distinct.json');
fs.mkdirSync(path.dirname(large), { recursive: true });
execFileSync('cargo', ['run', '--quiet', '--release', '--example', 'large_district', '--', large, '--distinct'], { cwd: ROOT, stdio: 'inherit' });
const largeDoc = fs.readFileSync(large, 'utf8');

const PAGES = [['Divides', 'divides'], ['Heat maps', 'heatmap'], ['Progress', 'progress'], ['Report', 'report']];
const figures = [];
const server = await startServer();
const browser = await launchBrowser();
try {
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  await page.goto(server.url + 'manifest.webmanifest');
  await page.evaluate((doc) => localStorage.setItem('dew:workspace', doc), largeDoc);
  await page.goto(server.url);
  await waitForApp(page);
  await page.evaluate(() => {
    window.__longest = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration);
    }).observe({ type: 'longtask' });
  });
  const nav = (name) => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true });
  let worst = 0;
  for (const [name, route] of PAGES) {
    for (const visit of ['first', 'again']) {
      await nav('Overview').click();
      await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
      await page.waitForTimeout(300);
      await page.evaluate(() => { window.__longest = 0; window.__t0 = performance.now(); });
      await nav(name).click();
      await page.waitForURL('**/' + route);
      await page.getByRole('heading', { level: 1 }).filter({ hasText: name }).waitFor({ timeout: 60000 });
      await page.waitForFunction(() => !document.body.textContent.includes('Checking privacy'), null, { timeout: 60000 });
      const settled = await page.evaluate(() => performance.now() - window.__t0);
      // Long tasks are reported after they end: give the observer a moment.
      await page.waitForTimeout(200);
      const longest = await page.evaluate(() => window.__longest);
      console.log(`Open ${name} in the large district (${visit}), 1x CPU: settled after ${settled.toFixed(0)} ms, longest task ${longest.toFixed(0)} ms`);
      if (visit === 'first') worst = Math.max(worst, longest);
      figures.push(figure(`open-${route}-large-${visit}-ms`, `Open ${name} in the large district (${visit} visit), 1x CPU, until settled`,
        +settled.toFixed(0), 'ms', 'info', null, `longest task ${longest.toFixed(0)} ms`));
    }
  }
  figures.push(figure('open-large-longest-task-ms', 'Opening Divides, Heat maps, Progress or Report in the large district: longest task, 1x CPU',
    +worst.toFixed(0), 'ms', 'info', null));
  await ctx.close();
} finally {
  await browser.close();
  server.stop();
}
emit(figures);
