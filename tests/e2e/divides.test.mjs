// End-to-end tests of the divide analysis: aggregate CSV import (a bad row is named and
// changes nothing; the fixed file imports), findings, suppression with its complement, the
// findings CSV, and axe on the grid, heat map and findings pages.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer, launchBrowser, watchedPage, waitForApp, axeViolations, openSample } from './harness.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); server?.stop(); });
const at = (p = '') => server.url + p;

const HEADER = 'indicator,school,dimension,group,numerator,denominator';
const GOOD = [
  HEADER,
  'home-internet,Lincoln Middle,,,150,200',
  'home-internet,Lincoln Middle,Economically disadvantaged,Economically disadvantaged,40,100',
  'home-internet,Lincoln Middle,econ,no,90,100',
  'home-internet,Lincoln Middle,el,yes,5,8',
  'home-internet,Lincoln Middle,el,no,145,192',
  'home-internet,Garfield Elementary,,,80,100',
].join('\n') + '\n';
const BAD = GOOD.replace('econ,no,90,100', 'econ,no,90x,100');

test('aggregate CSV: a bad row is named and changes nothing; the fixed file gives findings, suppression and a CSV export', async () => {
  const context = await browser.newContext({ acceptDownloads: true });
  const { page, watch } = await watchedPage(context);
  await page.goto(at());
  await waitForApp(page);
  await page.getByLabel('District name').fill('Divide Test District');
  await page.getByRole('button', { name: 'Start the workspace' }).click();
  await page.getByRole('heading', { level: 1, name: 'Team' }).waitFor();

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dew-csv-'));
  const bad = path.join(dir, 'counts-bad.csv');
  const good = path.join(dir, 'counts.csv');
  fs.writeFileSync(bad, BAD);
  fs.writeFileSync(good, GOOD);

  await page.goto(at('divide-data'));
  await waitForApp(page);
  const before = await page.evaluate(() => localStorage.getItem('dew:workspace'));
  await page.getByLabel('CSV file of counts').setInputFiles(bad);
  await page.locator('#csv-errors').waitFor();
  const errors = await page.locator('#csv-errors').innerText();
  assert.match(errors, /“counts-bad\.csv” cannot be imported: 1 problem/);
  assert.match(errors, /Line 4, column “numerator”/);
  assert.equal(await page.evaluate(() => localStorage.getItem('dew:workspace')), before, 'a bad file changes nothing');
  assert.deepEqual(await axeViolations(page), [], 'axe on the divide data page with errors');

  await page.getByLabel('CSV file of counts').setInputFiles(good);
  await page.locator('#csv-preview').waitFor();
  assert.match(await page.locator('#csv-preview').innerText(), /6 cells ready, 2 new schools/);
  const divides = () => page.evaluate(() => JSON.stringify(JSON.parse(localStorage.getItem('dew:workspace')).workspace.cycles[0].divides));
  const emptyDivides = await divides();
  await page.getByRole('button', { name: 'Apply the import' }).click();
  await page.getByText('Imported 6 cells.').waitFor();
  // An import can be undone, and the data is exactly as before.
  await page.waitForFunction(() => document.activeElement?.id === 'csv-undo', null, { timeout: 5000 });
  await page.getByRole('button', { name: 'Undo this import' }).click();
  await page.getByText('Import undone').waitFor();
  await page.waitForFunction((d) => JSON.stringify(JSON.parse(localStorage.getItem('dew:workspace')).workspace.cycles[0].divides) === d, emptyDivides);
  await page.getByLabel('CSV file of counts').setInputFiles(good);
  await page.getByRole('button', { name: 'Apply the import' }).click();
  await page.getByText('Imported 6 cells.').waitFor();
  assert.notEqual(await divides(), emptyDivides);

  // A custom indicator with blank fields names each of them, and focus goes to the first.
  await page.getByRole('button', { name: 'Add indicator' }).click();
  await page.locator('#ci-name-error').waitFor();
  assert.equal(await page.locator('#ci-name-error').innerText(), 'Enter a name.');
  assert.equal(await page.locator('#ci-num-error').innerText(), 'Say who counts in the numerator.');
  assert.equal(await page.locator('#ci-den-error').innerText(), 'Say who counts in the denominator.');
  await page.waitForFunction(() => document.activeElement?.id === 'ci-name', null, { timeout: 5000 });
  assert.equal(await page.locator('#ci-name').getAttribute('aria-describedby'), 'ci-name-error');
  // The grid shows the imported counts.
  await page.getByLabel('Indicator', { exact: true }).selectOption({ label: 'Internet at home on the learning device' });
  await page.getByLabel('Groups', { exact: true }).selectOption({ label: 'Economically disadvantaged' });
  await page.locator('#data-grid').waitFor();
  assert.deepEqual(await axeViolations(page), [], 'axe on the grid');

  await page.goto(at('divides'));
  await waitForApp(page);
  const findings = page.locator('#findings');
  await findings.waitFor();
  const text = await findings.innerText();
  assert.match(text, /Priority\s+Economically disadvantaged at Lincoln Middle: 40% for “Internet at home on the learning device”, 50 points below other students \(95% CI \d+ to \d+\)\. About 50 students \(\d+ to \d+\) are on the short side of this gap\./);
  // Suppressed groups never appear in findings.
  assert.doesNotMatch(text, /English learners/);
  // Filters: a school with no findings empties the list; the flag filter keeps priorities.
  await page.getByLabel('School', { exact: true }).selectOption({ label: 'Garfield Elementary' });
  await page.getByText('No findings match these filters.').waitFor();
  await page.getByLabel('School', { exact: true }).selectOption({ label: 'Lincoln Middle' });
  await page.getByLabel('Flag', { exact: true }).selectOption({ label: 'Priority' });
  const items = await page.locator('#findings li').allInnerTexts();
  assert.ok(items.length >= 1 && items.every((t) => t.startsWith('Priority') && t.includes('Lincoln Middle')), JSON.stringify(items));
  assert.deepEqual(await axeViolations(page), [], 'axe on the findings page');

  // The heat map table shows the small group and its complement as suppressed.
  await page.goto(at('heatmap'));
  await waitForApp(page);
  await page.getByLabel('Show groups for').selectOption({ label: 'Lincoln Middle' });
  const groupsTable = page.locator('section[aria-labelledby="hm-groups"] table');
  await page.waitForFunction(() => document.querySelector('section[aria-labelledby="hm-groups"] table')?.innerText.includes('English learners: English learners'));
  const row = async (name) => (await groupsTable.locator('tr', { hasText: name }).first().innerText());
  assert.match(await row('English learners: English learners'), /fewer than 10/);
  assert.match(await row('English learners: Not English learners'), /hidden to protect a small group/);
  assert.match(await row('Economically disadvantaged: Economically disadvantaged'), /40% \(Priority\)/);
  assert.deepEqual(await axeViolations(page), [], 'axe on the heat map page');

  // The findings CSV.
  await page.goto(at('divides'));
  await waitForApp(page);
  const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download all results as CSV' }).click()]);
  assert.match(dl.suggestedFilename(), /^divide-results-divide-test-district-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = fs.readFileSync(await dl.path(), 'utf8');
  assert.ok(csv.startsWith('\uFEFF'), 'UTF-8 with a byte-order mark');
  const lines = csv.slice(1).trim().split(/\r?\n/).map((l) => l.split(','));
  assert.deepEqual(lines[0], ['indicator_id', 'school', 'dimension', 'group', 'numerator', 'denominator', 'rate', 'wilson_low', 'wilson_high',
    'comparison', 'comparison_rate', 'gap', 'gap_low', 'gap_high', 'ratio', 'flag', 'q_value', 'students_affected', 'students_low', 'students_high', 'statements', 'suppressed']);
  const find = (school, dim, group) => lines.find((l) => l[1] === school && l[2] === dim && l[3] === group);
  const econ = find('Lincoln Middle', 'econ', 'yes');
  assert.deepEqual(econ.slice(4, 7), ['40', '100', '0.4']);
  assert.equal(econ[9], 'other students');
  assert.equal(econ[10], '0.9');
  assert.equal(econ[11], '-0.5');
  assert.equal(econ[15], 'priority');
  assert.ok(econ[16] !== '' && Number(econ[16]) <= 0.05, `a priority's adjusted p-value is at most 0.05: ${econ[16]}`);
  assert.equal(econ[17], '50', 'students affected: 100 students times a 50-point gap');
  assert.ok(Number(econ[18]) < 50 && Number(econ[19]) > 50, `its interval: ${econ[18]} to ${econ[19]}`);
  assert.equal(econ[20], 'group:econ:yes@home-internet', 'the statement it is part of');
  assert.equal(econ[21], 'no');
  for (const g of ['yes', 'no']) {
    const el = find('Lincoln Middle', 'el', g);
    assert.match(el[21], /^(fewer than 10|hidden to protect a small group)$/, `el ${g} is hidden, with its reason`);
    assert.deepEqual(el.slice(4, 9), ['', '', '', '', ''], `el ${g} reveals no counts`);
  }
  // Every export carries the protection line.
  assert.match(lines[lines.length - 1][0], /^# \d+ cells hidden to protect small groups; every hidden cell was checked against subtraction$/);
  assert.deepEqual(watch.consoleErrors, []);
  await context.close();
});

test('the Divides page names the adjustment for chance; turning it off in the settings brings back the unadjusted priorities', async () => {
  const context = await browser.newContext();
  const { page, watch } = await watchedPage(context);
  await openSample(page, at());
  await page.goto(at('divides'));
  await waitForApp(page);
  const intro = page.locator('#divides-intro');
  await page.locator('#divides-intro', { hasText: 'Benjamini–Hochberg' }).waitFor();
  const m = (await intro.innerText()).match(/allowing for the (\d+) comparisons/);
  assert.ok(m && Number(m[1]) > 500, `the number of comparisons weighed is named: ${await intro.innerText()}`);
  // The summary's priorities, all divides together.
  const priorities = async () => {
    const cells = await page.locator('#divide-summary tbody tr td:nth-child(3)').allInnerTexts();
    return cells.reduce((s, x) => s + Number(x), 0);
  };
  const adjusted = await priorities();
  // WHO needs WHAT: statements first, most students first; one shows its findings alone.
  const statements = page.locator('#statements > li');
  assert.ok(await statements.count() >= 3, 'statements at the top of the page');
  const first = await statements.first().innerText();
  assert.match(first, /behind/);
  const button = statements.first().getByRole('button', { name: /^Show its \d+ findings?: / });
  const n = Number((await button.innerText()).match(/\d+/)[0]);
  await button.click();
  await page.locator('#statement-shown').waitFor();
  assert.equal(await page.locator('#findings li').count(), n, 'only the statement\'s findings are listed');
  assert.match(await page.locator('#findings-count').innerText(), new RegExp(`Showing ${n} of \\d+ findings`));
  await page.getByRole('button', { name: 'Show every finding' }).click();
  await page.locator('#statement-shown').waitFor({ state: 'detached' });
  // Twenty findings at a time; the next twenty on request, with focus on the first of them.
  assert.equal(await page.locator('#findings > li').count(), 20);
  const more = page.locator('#findings-more');
  assert.match(await more.innerText(), /^Show the next 20 \(\d+ more\)$/);
  await more.click();
  await page.waitForFunction(() => document.querySelectorAll('#findings > li').length === 40);
  await page.waitForFunction(() => document.activeElement === document.querySelectorAll('#findings > li')[20]);
  // The confirmation shows beside the button and takes the focus; a second press opens the
  // goal made instead of making another.
  const top = statements.first();
  await top.getByRole('button', { name: /^Create a goal: / }).click();
  await top.locator('.goal-created', { hasText: 'Goal created' }).waitFor();
  await page.waitForFunction(() => document.activeElement?.classList.contains('goal-created'));
  const goals = async () => (await page.evaluate(() => JSON.parse(localStorage.getItem('dew:workspace')))).workspace.cycles.at(-1).plan.goals.length;
  const made = await goals();
  await top.getByRole('button', { name: /^Open its goal: / }).click();
  await page.getByRole('heading', { level: 1, name: 'Action plan' }).waitFor();
  assert.match(page.url(), /\/plan\?goal=\d+$/);
  await page.waitForFunction(() => document.activeElement?.getAttribute('aria-expanded') === 'true');
  assert.equal(await goals(), made, 'no second goal');
  await page.goBack();
  await page.locator('#findings').waitFor();
  // Ranked by students affected, then by gap on request.
  const firstTen = async (re) => (await page.locator('#findings li.priority').allInnerTexts()).slice(0, 10)
    .map((t) => Number(t.match(re)[1]));
  const students = await firstTen(/About (\d+) students?/);
  assert.deepEqual(students, [...students].sort((x, y) => y - x), `most students affected first: ${students}`);
  await page.getByLabel('Order').selectOption({ label: 'Largest gap first' });
  await page.waitForFunction(() => document.querySelector('#findings li.priority')?.innerText.includes('points'));
  const gaps = await firstTen(/, (\d+) points (below|above)/);
  assert.deepEqual(gaps, [...gaps].sort((x, y) => y - x), `largest gap first: ${gaps}`);
  assert.notDeepEqual(await firstTen(/About (\d+) students?/), students, 'the order changed');

  await page.goto(at('divide-data'));
  await waitForApp(page);
  const box = page.getByLabel(/Allow for the number of comparisons/);
  assert.equal(await box.isChecked(), true, 'on by default');
  await box.uncheck();
  await page.getByRole('button', { name: 'Save settings' }).click();
  await page.getByText('Settings saved').waitFor();

  await page.goto(at('divides'));
  await waitForApp(page);
  await page.locator('#divides-intro', { hasText: 'adjustment for the number of comparisons is off' }).waitFor();
  const unadjusted = await priorities();
  assert.ok(unadjusted > adjusted, `more priorities without the adjustment: ${unadjusted} against ${adjusted}`);
  assert.deepEqual(watch.consoleErrors, []);
  await context.close();
});
