// End-to-end tests of the board report: the chosen sections print (PDF through the DevTools
// protocol, Letter and A4) with no navigation chrome, team names only when chosen; page 1 is
// the summary; no internal id, ISO date, raw amount or raw gap is printed (issue 30); the
// workbook is a valid zip with a sheet per table; a CSV has its BOM; axe on the report page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { startServer, launchBrowser, watchedPage, waitForApp, axeViolations, openSample, pdfText } from './harness.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); server?.stop(); });
const at = (p = '') => server.url + p;

/** The internal ids of the sample's current cycle that a reader must never meet in the report,
 *  taken from the stored workspace itself: self-assessment indicator ids, role, status,
 *  decision and privacy ids, divide indicator ids, school ids and group codes ("el:yes").
 *  Only those that are not plain words ("teacher", "done" read the same as their names). */
function internalIds(ws) {
  const c = ws.cycles.find((x) => x.id === ws.current_cycle);
  const ids = new Set();
  const add = (x) => { if (x) ids.add(x); };
  Object.keys(c.assessment.own).forEach(add);
  for (const r of c.assessment.raters) { add(r.role); Object.keys(r.ratings).forEach(add); }
  for (const m of c.team) add(m.role);
  for (const g of c.plan.goals) {
    add(g.status); add(g.owner); add(g.measure?.indicator);
    for (const l of g.links) add(l.replace(/^(finding|indicator):/, ''));
    for (const x of g.actions) { add(x.status); add(x.owner); }
  }
  for (const [indicator, schools] of Object.entries(c.divides.cells)) {
    add(indicator);
    for (const [school, groups] of Object.entries(schools)) { add(school); Object.keys(groups).forEach(add); }
  }
  for (const x of c.portfolio.products) { add(x.privacy); add(x.accessibility); }
  for (const d of Object.values(c.portfolio.decisions)) add(d.kind);
  return [...ids].filter((id) => /[-.:@]/.test(id));
}

/** What a reader must not meet, found in `text` (also with a line broken after a hyphen
 *  joined again): internal ids, ISO dates, "median of n", raw gaps ("-23%") and amounts
 *  written without grouping ("18000"). */
function codesIn(text, ids) {
  const joined = text.replace(/([-.:@]) (?=\S)/g, '$1');
  const found = ids.filter((id) => text.includes(id) || joined.includes(id));
  for (const re of [/\d{4}-\d{2}-\d{2}/, /median of/i, /-\d+(\.\d+)?%/, /(?<![\d,.])\d{5,}(?![\d,])/]) {
    const m = joined.match(re);
    if (m) found.push(m[0]);
  }
  return found;
}

test('the report prints the chosen sections and exports a workbook and CSV', async () => {
  const context = await browser.newContext({ acceptDownloads: true });
  const { page, watch } = await watchedPage(context);
  await openSample(page, at());
  await page.goto(at('report'));
  await waitForApp(page);
  assert.deepEqual(await axeViolations(page), [], 'axe on the report page');

  const ws = (await page.evaluate(() => JSON.parse(localStorage.getItem('dew:workspace')))).workspace;
  const ids = internalIds(ws);
  assert.ok(ids.includes('school-leader') && ids.includes('in-progress') && ids.includes('el:yes')
    && ids.includes('who.accessible-materials') && ids.includes('home-internet-sufficient'), `ids to look for: ${ids}`);
  const cycle = ws.cycles.find((x) => x.id === ws.current_cycle).label;
  // What page 1 must hold, as the page shows it.
  const summary = await page.evaluate(() => Object.fromEntries(
    ['summary-meta', 'summary-team', 'summary-plan', 'summary-progress', 'summary-measures'].map((id) => [id, document.getElementById(id)?.textContent ?? null])
      .concat([['statement', document.querySelector('#summary-statements li')?.textContent ?? null],
        ['first-section', document.querySelector('.report-section h2')?.textContent ?? null]])));

  // Leave out the portfolio; names stay off.
  await page.locator('#section-portfolio').uncheck();
  await page.locator('#report-portfolio').waitFor({ state: 'detached' });
  await page.emulateMedia({ media: 'print' });
  for (const format of ['Letter', 'A4']) {
    const { pages, text, perPage } = await pdfText(await page.pdf({ format, printBackground: true }));
    // No internal id, ISO date, "median of", raw gap or ungrouped amount anywhere.
    assert.deepEqual(codesIn(text, ids), [], `${format}: codes printed`);
    assert.ok(pages >= 3 && pages <= 10, `${format}: ${pages} pages`);
    // Page 1 is the summary: the district and cycle, the team's make-up, the first statement,
    // the plan's headline and progress since the cycle before; the sections start after it.
    const first = perPage[0];
    const squash = (x) => x.replace(/\s+/g, ' ').trim();
    for (const [what, shown] of Object.entries(summary)) {
      assert.ok(shown, `${format}: the page shows ${what}`);
      // Compared without white space: list items have none between them in the DOM's text.
      const bare = (x) => x.replace(/\s+/g, '');
      if (what !== 'first-section') assert.ok(bare(first).includes(bare(shown)), `${format}: page 1 holds ${what}: “${squash(shown)}”`);
    }
    assert.ok(!first.includes(summary['first-section']), `${format}: the sections start on page 2`);
    assert.ok(first.includes(ws.district) && first.includes(cycle), `${format}: page 1 names the district and the cycle`);
    // The sample's team, plan and measures, worked by hand: names and plurals, no codes.
    assert.equal(squash(summary['summary-team']), '6 people: 1 student, 2 teachers, 1 school leader, 1 district leader and 1 member of the technology staff.');
    assert.match(squash(summary['summary-plan']), /^4 goals: (\d \w[\w ]*(, | and )?)+\.$/);
    assert.equal(squash(summary['summary-progress']), '2 of 3 success measures are met this cycle; 1 of 3 was met in the previous cycle.');
    assert.match(squash(summary.statement), /^Economically disadvantaged: behind on “[^”]+”/);
    // Findings print as sentences; amounts and dates as people write them.
    assert.match(text, /across the district: \d+% for “[^”]+”, \d+ points below other students/);
    assert.ok(text.includes('$18,000') && /(January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}/.test(text), `${format}: amounts and dates in words`);
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
  // The colour key of the level bars, and dates and amounts kept on one line.
  assert.equal(await page.locator('ul[aria-labelledby="report-level-key"] li').count(), 5, 'four levels and "no level"');
  const cells = await page.locator('td.nowrap').evaluateAll((tds) => tds.map((td) => getComputedStyle(td).whiteSpace));
  assert.ok(cells.length >= 5 && cells.every((w) => w === 'nowrap'), `dates and amounts do not break: ${cells}`);
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
  assert.ok(text.startsWith('\ufeffdivide_id,divide,indicator_id,indicator,school_id,school,group_id,group,rate,comparison_rate,gap_points,gap_low_points,gap_high_points,flag_id,flag\n'));
  assert.ok(text.split('\n').length > 10);
  // Names in words with their ids beside them, gaps in points.
  assert.match(text, /\naccess,Access divide,home-internet,[^,]*,,,econ:yes,Economically disadvantaged,0\.\d+,0\.\d+,-\d+(\.\d)?,/);
  const [plan] = await Promise.all([page.waitForEvent('download'), page.locator('#report-csv-plan').click()]);
  const planText = fs.readFileSync(await plan.path(), 'utf8');
  assert.ok(planText.startsWith('\ufeffgoal_id,goal,goal_status_id,goal_status,owner_id,owner,measure_indicator_id,measure,measure_school,measure_group,target_id,target,by_iso,by,result_id,result,action_id,action,action_status_id,action_status,due_iso,due,budget\n'));
  // Beside each name and date, its stable form: the file reads back whatever words it holds.
  assert.match(planText, /,in-progress,In progress,district-leader,District leader,home-internet-sufficient,[^,]+,,English learners,,0\.6,2027-06-30,"June 30, 2027",not-met,Not met,\d+,Lend hotspots through the school libraries,in-progress,In progress,2026-10-31,"October 31, 2026",18000\n/);
  assert.deepEqual(watch.consoleErrors, []);
  await context.close();
});

test('a workbook writer that cannot be fetched is reported, not waited on forever', async () => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await openSample(page, at());
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
  await openSample(page, at());
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
