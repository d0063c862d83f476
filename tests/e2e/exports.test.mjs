// End-to-end tests of the files the app reads and writes (issue 28, faults 9 and 10):
// a divide-data CSV saved by Excel in Windows-1252 keeps its accents, and text that a
// spreadsheet would run as a formula (a school or product named "=…" or "@…") is written as text
// in every CSV export (findings, report, inventory), and read back unchanged by our importer.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer, launchBrowser, watchedPage, waitForApp, downloadText } from './harness.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); server?.stop(); });
const at = (p = '') => server.url + p;
const stored = (page) => page.evaluate(() => JSON.parse(localStorage.getItem('dew:workspace')).workspace);
const download = downloadText;
/** The cells of a CSV line (quoted fields with commas and doubled quotes are handled). */
const cells = (line) => {
  const out = [];
  let cur = '', quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') { cur += '"'; i++; } else if (ch === '"') quoted = false; else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { out.push(cur); cur = ''; } else cur += ch;
  }
  out.push(cur);
  return out;
};
const rows = (csv) => csv.replace(/^\uFEFF/, '').trim().split(/\r?\n/).map(cells);

const FORMULA_SCHOOL = '=HYPERLINK("http://example.invalid","Click") Academy';
const ACCENTED_SCHOOL = 'Peñasco Elementary';
const COUNTS = [
  'indicator,school,dimension,group,numerator,denominator',
  `home-internet,${ACCENTED_SCHOOL},,,160,200`,
  `home-internet,${ACCENTED_SCHOOL},econ,yes,70,100`,
  `home-internet,${ACCENTED_SCHOOL},econ,no,90,100`,
  `home-internet,"${FORMULA_SCHOOL.replaceAll('"', '""')}",,,130,200`,
  `home-internet,"${FORMULA_SCHOOL.replaceAll('"', '""')}",econ,yes,40,100`,
  `home-internet,"${FORMULA_SCHOOL.replaceAll('"', '""')}",econ,no,90,100`,
].join('\r\n') + '\r\n';

test('a Windows-1252 divide CSV keeps its accents, and formula-leading text is written as text in every CSV export', async () => {
  const context = await browser.newContext({ acceptDownloads: true });
  const { page, watch } = await watchedPage(context);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dew-exports-'));
  await page.goto(at());
  await waitForApp(page);
  await page.getByLabel('District name').fill('Export Test District');
  await page.getByRole('button', { name: 'Start the workspace' }).click();
  await page.getByRole('heading', { level: 1, name: 'Team' }).waitFor();

  // Excel's "CSV" on Windows: Windows-1252, where ñ is the single byte F1 (not valid UTF-8).
  const file = path.join(dir, 'counts-excel.csv');
  const bytes = Buffer.from(COUNTS, 'latin1');
  assert.ok(bytes.includes(0xf1) && !bytes.includes(Buffer.from('ñ', 'utf8')), 'the file really is Windows-1252');
  fs.writeFileSync(file, bytes);
  await page.goto(at('divide-data'));
  await waitForApp(page);
  await page.getByLabel('CSV file of counts').setInputFiles(file);
  await page.locator('#csv-preview').waitFor();
  assert.match(await page.locator('#csv-preview').innerText(), /6 cells ready, 2 new schools/);
  await page.getByRole('button', { name: 'Apply the import' }).click();
  await page.getByText('Imported 6 cells.').waitFor();
  const schools = (await stored(page)).cycles[0].divides.schools.map((s) => s.name).sort();
  assert.deepEqual(schools, [FORMULA_SCHOOL, ACCENTED_SCHOOL].sort(), 'the school names are stored as written, accents and all');

  // The findings CSV: the school names are text cells; the negative gaps stay numbers.
  await page.goto(at('divides'));
  await waitForApp(page);
  const findings = rows(await download(page, () => page.getByRole('button', { name: 'Download all results as CSV' }).click()));
  const schoolCells = new Set(findings.slice(1).map((r) => r[1]).filter(Boolean));
  assert.deepEqual([...schoolCells].sort(), [`'${FORMULA_SCHOOL}`, ACCENTED_SCHOOL].sort());
  const econ = findings.find((r) => r[1] === `'${FORMULA_SCHOOL}` && r[2] === 'econ' && r[3] === 'yes');
  assert.equal(econ[11], '-0.5', 'a gap is a number, written as it is');
  for (const r of findings) for (const c of r) assert.ok(!/^[=+@\t\r]/.test(c), `no cell starts a formula: ${JSON.stringify(r)}`);

  // The report's CSV of top findings.
  await page.goto(at('report'));
  await waitForApp(page);
  const report = rows(await download(page, () => page.locator('#report-csv-findings').click()));
  assert.ok(report.some((r) => r.includes(`'${FORMULA_SCHOOL}`)), JSON.stringify(report));
  for (const r of report) for (const c of r) assert.ok(!/^[=+@\t\r]/.test(c) && !/^-[^0-9]/.test(c), `no cell starts a formula: ${JSON.stringify(r)}`);

  // The inventory CSV: written guarded, and read back by our importer exactly as typed.
  await page.goto(at('portfolio'));
  await waitForApp(page);
  for (const product of ['@SUM(A1:A9) Reader', '-2+3 Math']) {
    const name = page.getByLabel('New product name');
    await name.fill(product);
    await name.press('Enter');
    await page.getByRole('link', { name: product }).waitFor();
  }
  const inventoryText = await download(page, () => page.locator('#inventory-export').click());
  const inventory = rows(inventoryText);
  assert.deepEqual(inventory.slice(1).map((r) => r[0]), ["'@SUM(A1:A9) Reader", "'-2+3 Math"]);
  const exported = path.join(dir, 'technology-inventory.csv');
  fs.writeFileSync(exported, inventoryText);
  const before = (await stored(page)).cycles[0].portfolio.products.map((p) => p.name);
  await page.getByLabel('Inventory CSV file').setInputFiles(exported);
  await page.locator('#inventory-preview').getByText('2 products, of which 2 update').waitFor();
  await page.getByRole('button', { name: 'Apply' }).click();
  await page.locator('#inventory-done').getByText('Imported 2 products.').waitFor();
  assert.deepEqual((await stored(page)).cycles[0].portfolio.products.map((p) => p.name), before, 'read back unchanged, no product added');
  assert.deepEqual(watch.consoleErrors, []);
  await context.close();
});

test('a divide CSV of a million bad rows is read in slices, with progress, and answered with the first 100 problems', async () => {
  const context = await browser.newContext();
  const { page } = await watchedPage(context);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dew-bad-'));
  const file = path.join(dir, 'bad-rows.csv');
  const fd = fs.openSync(file, 'w');
  fs.writeSync(fd, 'indicator,school,dimension,group,numerator,denominator\n');
  let chunk = '';
  for (let i = 0; i < 1_000_000; i++) {
    chunk += `home-internet,School ${i % 150},,,many,10\n`;
    if (chunk.length > 1 << 20) { fs.writeSync(fd, chunk); chunk = ''; }
  }
  fs.writeSync(fd, chunk);
  fs.closeSync(fd);
  await page.goto(at());
  await waitForApp(page);
  await page.getByLabel('District name').fill('Bad Rows District');
  await page.getByRole('button', { name: 'Start the workspace' }).click();
  await page.getByRole('heading', { level: 1, name: 'Team' }).waitFor();
  await page.goto(at('divide-data'));
  await waitForApp(page);
  const before = await page.evaluate(() => localStorage.getItem('dew:workspace'));
  // Count the reading's progress reports as they appear: slices let the page paint between them.
  await page.evaluate(() => {
    window.__progress = 0;
    new MutationObserver(() => { if (document.getElementById('csv-reading')) window.__progress++; })
      .observe(document.body, { childList: true, subtree: true, attributes: true });
  });
  await page.getByLabel('CSV file of counts').setInputFiles(file);
  await page.locator('#csv-errors').waitFor({ timeout: 60000 });
  const text = await page.locator('#csv-errors').innerText();
  assert.match(text, /“bad-rows\.csv” cannot be imported: 1000000 problems/);
  assert.equal(await page.locator('#csv-errors li').count(), 100, 'the first 100 problems are listed');
  assert.match(text, /Line 2, column “numerator”: `many` is not a whole number\./);
  assert.match(text, /…and 999900 more problems/);
  assert.ok(await page.evaluate(() => window.__progress) > 1, 'progress was shown while reading');
  assert.equal(await page.evaluate(() => localStorage.getItem('dew:workspace')), before, 'nothing changed');
  fs.rmSync(dir, { recursive: true, force: true });
  await context.close();
});
