// End-to-end tests of the board report: the chosen sections print (PDF through the DevTools
// protocol, Letter and A4) with no navigation chrome, team names only when chosen; the
// workbook is a valid zip with a sheet per table; a CSV has its BOM; axe on the report page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { startServer, launchBrowser, watchedPage, waitForApp, axeViolations } from './harness.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); server?.stop(); });
const at = (p = '') => server.url + p;

async function pdfText(bytes) {
  const doc = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise;
  let text = '';
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const content = await page.getTextContent();
    text += content.items.map((x) => x.str + (x.hasEOL ? ' ' : '')).join('') + '\n';
  }
  // NFKC turns the ligatures a PDF may hold (ﬁ, ﬂ) back into letters.
  return { pages: doc.numPages, text: text.normalize('NFKC').replace(/\s+/g, ' ') };
}

test('the report prints the chosen sections and exports a workbook and CSV', async () => {
  const context = await browser.newContext({ acceptDownloads: true });
  const { page, watch } = await watchedPage(context);
  await page.goto(at());
  await waitForApp(page);
  await page.getByRole('button', { name: 'Open the sample district' }).click();
  // Opening the sample fetches its chunk first: wait until it is open.
  await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
  await page.goto(at('report'));
  await waitForApp(page);
  assert.deepEqual(await axeViolations(page), [], 'axe on the report page');

  // Leave out the portfolio; names stay off.
  await page.locator('#section-portfolio').uncheck();
  await page.locator('#report-portfolio').waitFor({ state: 'detached' });
  await page.emulateMedia({ media: 'print' });
  for (const format of ['Letter', 'A4']) {
    const { pages, text } = await pdfText(await page.pdf({ format, printBackground: true }));
    assert.ok(pages >= 5 && pages <= 40, `${format}: ${pages} pages`);
    for (const h of ['Who needs what', 'The team', 'Self-assessment results', 'Top findings by divide', 'Action plan', 'Progress against the previous cycle']) {
      assert.ok(text.includes(h), `${format}: “${h}” is printed`);
    }
    // It leads with the WHO-needs-WHAT statements, before the team.
    assert.ok(text.indexOf('Who needs what') < text.indexOf('The team'), `${format}: the statements come first`);
    assert.match(text, /Economically disadvantaged: behind on “[^”]+” at \d+ of 12 schools/);
    assert.ok(!text.includes('Technology portfolio decisions'), 'an unchosen section is not printed');
    assert.ok(!text.includes('Skip to main content') && !text.includes('Heat maps'), 'no navigation chrome');
    assert.ok(text.includes('Riverbend Unified School District'), 'the district is named');
    assert.ok(!text.includes('Moreno'), 'no team names unless chosen');
  }
  await page.emulateMedia({ media: 'screen' });
  await page.getByLabel("Show team members' names (otherwise roles only)").check();
  await page.emulateMedia({ media: 'print' });
  assert.ok((await pdfText(await page.pdf({ format: 'Letter' }))).text.includes('Moreno'), 'names when chosen');
  await page.emulateMedia({ media: 'screen' });

  // The workbook: a zip with one sheet per table of the chosen sections, written by a worker
  // whose wasm is fetched only now (it is not part of the first load).
  const workerFiles = () => watch.requests.filter((u) => u.includes('xlsx-worker'));
  assert.deepEqual(workerFiles(), [], 'the workbook writer is not loaded until a workbook is asked for');
  const [xlsx] = await Promise.all([page.waitForEvent('download'), page.locator('#report-xlsx').click()]);
  assert.match(xlsx.suggestedFilename(), /-report\.xlsx$/);
  const book = fs.readFileSync(await xlsx.path());
  assert.equal(book.subarray(0, 2).toString(), 'PK');
  const sheets = new Set(book.toString('latin1').match(/xl\/worksheets\/sheet\d+\.xml/g));
  assert.equal(sheets.size, 8, 'team, areas, divides, ratings, consensus, findings, plan, progress');
  assert.ok(workerFiles().some((u) => u.endsWith('xlsx-worker_bg.wasm')), `the worker was loaded: ${workerFiles()}`);
  assert.equal(await page.locator('#report-xlsx-status').textContent(), '', 'no message once the workbook is ready');

  // A CSV per section, UTF-8 with a BOM.
  const [csv] = await Promise.all([page.waitForEvent('download'), page.locator('#report-csv-findings').click()]);
  const text = fs.readFileSync(await csv.path(), 'utf8');
  assert.ok(text.startsWith('\ufeffdivide,indicator,school,group,rate,comparison_rate,gap,gap_low,gap_high,flag\n'));
  assert.ok(text.split('\n').length > 10);
  assert.deepEqual(watch.consoleErrors, []);
  await context.close();
});

test('a workbook writer that cannot be fetched is reported, not waited on forever', async () => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(at());
  await waitForApp(page);
  await page.getByRole('button', { name: 'Open the sample district' }).click();
  // Opening the sample fetches its chunk first: wait until it is open.
  await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
  await page.goto(at('report'));
  await waitForApp(page);
  await page.route('**/xlsx-worker_bg.wasm', (r) => r.abort());
  await page.clock.install();
  const status = page.locator('#report-xlsx-status');
  await page.locator('#report-xlsx').focus();
  await page.keyboard.press('Enter');
  await status.getByText('Preparing the workbook…', { exact: true }).waitFor();
  await page.clock.runFor(31000);
  await status.getByText(/could not be made/).waitFor();
  assert.match(await status.textContent(), /The workbook could not be made \(the workbook writer did not start\)\. The CSV files above hold the same tables\./);
  await page.unroute('**/xlsx-worker_bg.wasm');
  await context.close();
});

test('a workbook writer whose script is missing is reported at once, and the page keeps working', async () => {
  const context = await browser.newContext({ serviceWorkers: 'block', acceptDownloads: true });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(at());
  await waitForApp(page);
  await page.getByRole('button', { name: 'Open the sample district' }).click();
  // Opening the sample fetches its chunk first: wait until it is open.
  await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
  await page.goto(at('report'));
  await waitForApp(page);
  // The worker's script answers 404: the worker fires a plain error event, with no message
  // (reading one used to throw inside the app).
  await page.route('**/xlsx-worker_loader.js', (r) => r.fulfill({ status: 404, body: 'not here' }));
  const status = page.locator('#report-xlsx-status');
  await page.locator('#report-xlsx').focus();
  await page.keyboard.press('Enter');
  await status.getByText(/could not be made/).waitFor({ timeout: 10000 });
  assert.match(await status.textContent(), /The workbook could not be made \(the workbook writer did not start\)\. The CSV files above hold the same tables\./);
  assert.deepEqual(errors, [], 'no script error on the page');
  // Once the script can be fetched again, the same button gives the workbook.
  await page.unroute('**/xlsx-worker_loader.js');
  const download = page.waitForEvent('download', { timeout: 30000 });
  await page.keyboard.press('Enter');
  assert.match((await download).suggestedFilename(), /\.xlsx$/);
  assert.deepEqual(errors, []);
  await context.close();
});
