// How fast the rater-file importer (Consensus) and the backup importer (Data & backup) answer
// hostile JSON files (issue 28, item 7): 100,000 nested arrays, 200,000 nested objects, and a
// 50 MB file. Prints the time from choosing each file to the message naming it. Not part of
// the budget.
//
//   node bench/json_files.mjs      against dist/ (or DIST=<folder>)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer, launchBrowser, watchedPage, waitForApp } from '../tests/e2e/harness.mjs';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dew-json-'));
const files = {
  'nested-arrays.json': '['.repeat(100_000) + ']'.repeat(100_000),
  'nested-objects.json': '{"a":'.repeat(200_000) + '1' + '}'.repeat(200_000),
  'fifty-megabytes.json': '{"app":"digital-equity-workbench","ratings":"' + 'x'.repeat(50 * 1024 * 1024) + '"}',
};
for (const [name, data] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), data);
const server = await startServer();
const browser = await launchBrowser();
try {
  const context = await browser.newContext();
  const { page } = await watchedPage(context);
  await page.goto(server.url);
  await waitForApp(page);
  await page.getByRole('button', { name: 'Open the sample district' }).click();
  await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
  for (const [where, label] of [['consensus', 'Rater files'], ['data', 'Backup file']]) {
    await page.goto(server.url + where);
    await waitForApp(page);
    for (const name of Object.keys(files)) {
      const t0 = Date.now();
      await page.getByLabel(label, { exact: true }).setInputFiles(path.join(dir, name));
      await page.waitForFunction((n) => document.querySelector('main').innerText.includes(n), name, { timeout: 60_000 });
      console.log(`${where}: ${name} answered after ${Date.now() - t0} ms`);
    }
  }
  await context.close();
} finally {
  await browser.close();
  server.stop();
  fs.rmSync(dir, { recursive: true, force: true });
}
