// How an importer answers a file of bad rows (issue 28, fault 6): the time from choosing the
// file to the message, and the longest task meanwhile (Long Tasks API, so only tasks over
// 50 ms are seen). Not part of the budget; for notes and comparisons.
//
//   node bench/bad_rows.mjs [--rows 1000000] [--inventory | --usage]    against dist/ (or DIST=<folder>)
//
// Divide data: `home-internet,School N,,,many,10` per row (34 MB for a million). With
// --inventory, the technology inventory: `Product N,many` under `name,licences`. With --usage,
// a product's usage file, `School N,many,10` under `School,Active users,Enrolled users`, timed
// from "Check the file". The file is written once to the system's temporary folder and reused.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer, launchBrowser, watchedPage, waitForApp } from '../tests/e2e/harness.mjs';

const args = process.argv.slice(2);
const at = args.indexOf('--rows');
const inventory = args.includes('--inventory');
const usage = args.includes('--usage');
const rows = at >= 0 ? Number(args[at + 1]) : 1_000_000;
if (!Number.isInteger(rows) || rows < 1 || args.some((a, i) => a.startsWith('--') && !['--rows', '--inventory', '--usage'].includes(a) && i !== at + 1)) {
  console.error('usage: node bench/bad_rows.mjs [--rows N] [--inventory | --usage]');
  process.exit(2);
}
const kind = inventory ? 'inventory-' : usage ? 'usage-' : '';
const file = path.join(os.tmpdir(), `dew-bad-rows-${kind}${rows}.csv`);
if (!fs.existsSync(file)) {
  const fd = fs.openSync(file, 'w');
  fs.writeSync(fd, inventory ? 'name,licences\n' : usage ? 'School,Active users,Enrolled users\n' : 'indicator,school,dimension,group,numerator,denominator\n');
  let chunk = '';
  for (let i = 0; i < rows; i++) {
    chunk += inventory ? `Product ${i},many\n` : usage ? `School ${i % 150},many,10\n` : `home-internet,School ${i % 150},,,many,10\n`;
    if (chunk.length > 1 << 20) { fs.writeSync(fd, chunk); chunk = ''; }
  }
  fs.writeSync(fd, chunk);
  fs.closeSync(fd);
}
const server = await startServer();
const browser = await launchBrowser();
try {
  const context = await browser.newContext();
  const { page } = await watchedPage(context);
  await page.goto(server.url);
  await waitForApp(page);
  const observe = () => page.evaluate(() => {
    window.__longest = 0;
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longest = Math.max(window.__longest, e.duration); })
      .observe({ type: 'longtask' });
  });
  let t0;
  if (usage) {
    await page.getByRole('button', { name: 'Open the sample district' }).click();
    await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
    await page.goto(server.url + 'portfolio');
    await waitForApp(page);
    await page.locator('#inventory tbody a').first().click();
    await page.getByLabel('Usage CSV file').setInputFiles(file);
    await page.locator('#usage-mapping').waitFor({ timeout: 300_000 });
    await observe();
    t0 = Date.now();
    await page.getByRole('button', { name: 'Check the file' }).click();
    await page.locator('#usage-errors').waitFor({ timeout: 300_000 });
  } else {
    await page.getByLabel('District name').fill('Bad Rows');
    await page.getByRole('button', { name: 'Start the workspace' }).click();
    await page.getByRole('heading', { level: 1, name: 'Team' }).waitFor();
    await page.goto(server.url + (inventory ? 'portfolio' : 'divide-data'));
    await waitForApp(page);
    await observe();
    t0 = Date.now();
    await page.getByLabel(inventory ? 'Inventory CSV file' : 'CSV file of counts').setInputFiles(file);
    await page.locator(inventory ? '#inventory-errors' : '#csv-errors').waitFor({ timeout: 300_000 });
  }
  const ms = Date.now() - t0;
  const longest = await page.evaluate(() => window.__longest);
  console.log(`bad rows${inventory ? ' (inventory)' : usage ? ' (usage, from "Check the file")' : ''}: ${rows} (${(fs.statSync(file).size / 1e6).toFixed(1)} MB): message after ${ms} ms, longest task ${Math.round(longest)} ms`);
  await context.close();
} finally {
  await browser.close();
  server.stop();
}
