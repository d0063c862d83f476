// End-to-end tests of the technology portfolio: add a product, answer its review by keyboard,
// record a retire decision, import a usage CSV and see the disparity, import an inventory CSV
// (a bad row is named and changes nothing), remove with undo, and axe on the inventory, review
// and overview pages.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer, launchBrowser, watchedPage, waitForApp, axeViolations } from './harness.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); server?.stop(); });
const at = (p = '') => server.url + p;
const stored = (page) => page.evaluate(() => JSON.parse(localStorage.getItem('dew:workspace')).workspace);

test('portfolio: add, review by keyboard, retire, usage disparity, inventory CSV, undo', async () => {
  const context = await browser.newContext({ acceptDownloads: true });
  const { page, watch } = await watchedPage(context);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dew-portfolio-'));

  await page.goto(at());
  await waitForApp(page);
  await page.getByLabel('District name').fill('Portfolio Test District');
  await page.getByRole('button', { name: 'Start the workspace' }).click();
  await page.getByRole('heading', { level: 1, name: 'Team' }).waitFor();

  // An empty inventory says what to do.
  await page.goto(at('portfolio'));
  await waitForApp(page);
  await page.locator('#portfolio-empty').waitFor();
  const name = page.getByLabel('New product name');
  await name.fill('Reading Buddy');
  await name.press('Enter');
  await page.getByRole('link', { name: 'Reading Buddy' }).waitFor();
  assert.deepEqual(await axeViolations(page), [], 'axe on the inventory page');

  // The review, by keyboard: Space picks an answer, an arrow key moves to the next one.
  await page.getByRole('link', { name: 'Reading Buddy' }).click();
  await page.getByRole('heading', { level: 2, name: 'Reading Buddy' }).waitFor();
  await page.locator('#q-selection-need-yes').focus();
  await page.keyboard.press('Space');
  await page.locator('#review-progress').getByText('1 of 12 answered').waitFor();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Teachers asked for it.');
  await page.keyboard.press('Tab');
  await page.locator('#q-equity-reach-no').focus();
  await page.keyboard.press('Space');
  await page.locator('#review-progress').getByText('2 of 12 answered').waitFor();
  let ws = await stored(page);
  const review = ws.cycles[0].portfolio.products[0].review;
  assert.deepEqual(review['selection.need'], ['partly', 'Teachers asked for it.']);
  assert.deepEqual(review['equity.reach'], ['no', '']);

  // A retire decision with its rationale, shown in the history.
  await page.getByLabel('Decision', { exact: true }).selectOption('retire');
  await page.getByLabel('Rationale').fill('Nobody uses it at two schools.');
  await page.keyboard.press('Tab');
  await page.locator('#decision-status').getByText('Decision for “Reading Buddy”: Retire.').waitFor();
  const history = await page.locator('#decision-history tbody tr').first().locator('td').allInnerTexts();
  assert.deepEqual(history, ['Retire', 'Nobody uses it at two schools.']);

  // Usage: the columns are suggested; the same analysis shows the disparity.
  const usage = path.join(dir, 'usage.csv');
  fs.writeFileSync(usage, 'Building,Students active,Students licensed\nNorth School,140,200\nSouth School,40,200\n');
  await page.getByLabel('Usage CSV file').setInputFiles(usage);
  await page.locator('#usage-mapping').waitFor();
  assert.equal(await page.getByLabel('School', { exact: true }).inputValue(), '0');
  assert.equal(await page.getByLabel('Enrolled or licensed users').inputValue(), '2');
  // A column left unchosen is named, and the columns stay on screen to be mended there.
  await page.getByLabel('Enrolled or licensed users').selectOption('');
  await page.getByRole('button', { name: 'Check the file' }).click();
  await page.locator('#usage-errors').getByText('Choose the file\'s column for “Enrolled or licensed users”.').waitFor();
  assert.match(await page.locator('#usage-errors').innerText(), /Change the columns chosen above/);
  await page.getByLabel('Enrolled or licensed users').selectOption('2');
  await page.getByRole('button', { name: 'Check the file' }).click();
  await page.getByRole('button', { name: 'Use these counts' }).click();
  await page.locator('#usage-done').getByText('Usage counts saved: 2.').waitFor();
  const findings = await page.locator('#usage-findings').innerText();
  assert.match(findings, /South School: 20% for “Active users of those enrolled”, 50 points below the rest of the district/);
  assert.deepEqual(await axeViolations(page), [], 'axe on the review page');
  ws = await stored(page);
  assert.equal(Object.keys(ws.cycles[0].portfolio.products[0].usage.cells).length, 1, 'one indicator of counts');
  assert.ok(!JSON.stringify(ws).includes('Building'), 'the usage file itself is not stored');

  // Inventory CSV: a bad row is named and nothing changes; then the fixed file imports.
  await page.goto(at('portfolio'));
  await waitForApp(page);
  const before = await page.evaluate(() => localStorage.getItem('dew:workspace'));
  const bad = path.join(dir, 'inventory-bad.csv');
  const good = path.join(dir, 'inventory.csv');
  const rows = 'name,need,annual_cost,licences,active_users,privacy_agreement,contract_end\n' +
    'Math Garden,Fluency practice,"$9,000",300,150,none,2027-06-30\n' +
    'Math Orchard,fluency practice,4500,200,ABC,signed,2027-06-30\n';
  fs.writeFileSync(bad, rows);
  fs.writeFileSync(good, rows.replace('ABC', '180'));
  await page.getByLabel('Inventory CSV file').setInputFiles(bad);
  await page.locator('#inventory-errors').waitFor();
  assert.match(await page.locator('#inventory-errors').innerText(), /Line 3, column “active_users”: `ABC` is not a whole number/);
  assert.equal(await page.evaluate(() => localStorage.getItem('dew:workspace')), before, 'a bad file changes nothing');
  await page.getByLabel('Inventory CSV file').setInputFiles(good);
  await page.locator('#inventory-preview').getByText('2 products, of which 0 update').waitFor();
  await page.getByRole('button', { name: 'Apply' }).click();
  await page.locator('#inventory-done').getByText('Imported 2 products.').waitFor();
  assert.equal(await page.locator('#inventory tbody tr').count(), 3);

  // The overview: the two math products serve one need; one holds data without an agreement.
  await page.goto(at('portfolio-overview'));
  await waitForApp(page);
  assert.match(await page.locator('#overview-overlap').innerText(), /Fluency practice: Math Garden Math Orchard/);
  assert.match(await page.locator('#overview-privacy').innerText(), /Math Garden/);
  assert.deepEqual(await axeViolations(page), [], 'axe on the overview page');

  // Remove with undo.
  await page.goto(at('portfolio'));
  await waitForApp(page);
  await page.getByRole('button', { name: 'Remove Math Garden' }).click();
  assert.equal(await page.locator('#inventory tbody tr').count(), 2);
  await page.locator('#portfolio-undo').press('Enter');
  await page.locator('#portfolio-status').getByText('Put back “Math Garden”.').waitFor();
  assert.equal(await page.locator('#inventory tbody tr').count(), 3);
  assert.deepEqual(watch.consoleErrors, []);
  await context.close();
});
