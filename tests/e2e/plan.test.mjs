// End-to-end tests of planning over cycles: a goal created from a finding in one step, its
// success measure evaluated, the next cycle started (after a confirmation), data imported for
// it, the measure met on the progress page, the earlier cycle still readable and marked, and
// axe on the plan, reflection and progress pages.
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
// Economically disadvantaged students at Lincoln: 40/100 against the others' 90/100.
const YEAR_ONE = [
  HEADER,
  'home-internet,Lincoln Middle,,,130,200',
  'home-internet,Lincoln Middle,econ,yes,40,100',
  'home-internet,Lincoln Middle,econ,no,90,100',
  'home-internet,Garfield Elementary,,,80,100',
].join('\n') + '\n';
// A year later the group is at 92/100.
const YEAR_TWO = [
  HEADER,
  'home-internet,Lincoln Middle,,,187,200',
  'home-internet,Lincoln Middle,econ,yes,92,100',
  'home-internet,Lincoln Middle,econ,no,95,100',
  'home-internet,Garfield Elementary,,,85,100',
].join('\n') + '\n';

async function importCounts(page, file, cells) {
  await page.goto(at('divide-data'));
  await waitForApp(page);
  await page.getByLabel('CSV file of counts').setInputFiles(file);
  await page.locator('#csv-preview').waitFor();
  await page.getByRole('button', { name: 'Apply the import' }).click();
  await page.getByText(`Imported ${cells} cells.`).waitFor();
}

test('a goal from a finding is measured, carried into the next cycle and met there', async () => {
  const context = await browser.newContext();
  const { page, watch } = await watchedPage(context);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dew-plan-'));
  fs.writeFileSync(path.join(dir, 'year1.csv'), YEAR_ONE);
  fs.writeFileSync(path.join(dir, 'year2.csv'), YEAR_TWO);

  await page.goto(at());
  await waitForApp(page);
  await page.getByLabel('District name').fill('Plan Test District');
  await page.getByLabel('First cycle (school year)').fill('2026–27');
  await page.getByRole('button', { name: 'Start the workspace' }).click();
  await page.getByRole('heading', { level: 1, name: 'Team' }).waitFor();
  await importCounts(page, path.join(dir, 'year1.csv'), 4);

  // One step from the finding to a goal, by keyboard.
  await page.goto(at('divides'));
  await waitForApp(page);
  const finding = page.locator('li[data-finding$="/econ:yes"]').filter({ hasText: 'Lincoln Middle' });
  await finding.getByRole('button', { name: /^Create a goal/ }).focus();
  await page.keyboard.press('Enter');
  // The confirmation is beside the button, and has the focus.
  const made = finding.locator('.goal-created');
  await made.getByText(/Goal created: “Close the gap for/).waitFor();
  await page.waitForFunction(() => document.activeElement?.classList.contains('goal-created'));

  await page.goto(at('plan'));
  await waitForApp(page);
  const goal = page.locator('section.goal').first();
  assert.match(await goal.locator('h2').innerText(), /Close the gap for .*Lincoln Middle/);
  assert.equal(await goal.locator('.measure-status').innerText(), 'This cycle: not met yet (40%).');
  // Collapsed to a line; its button opens it (by keyboard), and its evidence is in words.
  assert.equal(await goal.locator('.goal-body input').count(), 0, 'collapsed: no fields');
  await goal.locator('.goal-toggle').focus();
  await page.keyboard.press('Enter');
  assert.equal(await goal.locator('.goal-toggle').getAttribute('aria-expanded'), 'true');
  const evidence = await goal.locator('.links').innerText();
  assert.match(evidence, /: Economically disadvantaged at Lincoln Middle/);
  assert.doesNotMatch(evidence, /@|econ:yes/, 'no internal id');
  // The goal has a measure and its actions are not overdue: nothing needs attention.
  assert.equal(await page.locator('#plan-attention').count(), 0);
  await page.getByText('Nothing is overdue and every goal has a success measure.').waitFor();
  // Text is saved as it is typed: a reload in the middle of a sentence keeps it.
  await goal.locator('textarea[id$="-notes"]').first().pressSequentially('Half a sent');
  await page.reload();
  await waitForApp(page);
  await page.locator('section.goal .goal-toggle').first().click();
  assert.equal(await page.locator('section.goal').first().locator('textarea[id$="-notes"]').first().inputValue(), 'Half a sent');

  // Actions are added and edited by keyboard; a bad amount is named and focus stays in the form.
  const newAction = goal.getByLabel('New action');
  await newAction.fill('Lend hotspots');
  await newAction.press('Enter');
  await page.waitForFunction(() => /^action-\d+-title$/.test(document.activeElement?.id ?? ''));
  const action = goal.locator('.action').first();
  assert.equal(await action.getByLabel('Action', { exact: true }).inputValue(), 'Lend hotspots');
  await action.getByLabel('Budget ($)').fill('twelve');
  await page.keyboard.press('Tab');
  await action.getByText('Enter a whole number of dollars, for example 12500.').waitFor();
  assert.match(await page.evaluate(() => document.activeElement.id), /^action-\d+-resources$/, 'focus moves on, not lost');
  await action.getByLabel('Budget ($)').fill('$12,500');
  await page.keyboard.press('Tab');
  await action.getByText('Enter a whole number of dollars, for example 12500.').waitFor({ state: 'detached' });
  await goal.getByLabel('Link evidence').selectOption('indicator:who.accessible-materials');
  await goal.locator('.links li').nth(1).getByText(/work for students with disabilities/).waitFor();
  const budget = await page.evaluate(() => JSON.parse(localStorage.getItem('dew:workspace')).workspace.cycles[0].plan.goals[0].actions[0].budget);
  assert.equal(budget, 12500);
  assert.deepEqual(await axeViolations(page), [], 'axe on the plan page');

  // Start the next cycle: asked first, then carried forward.
  await page.goto(at());
  await waitForApp(page);
  await page.getByLabel('Name of the next cycle').fill('2027–28');
  await page.getByRole('button', { name: 'Start next cycle…' }).click();
  assert.match(await page.locator('#confirm-next-text').innerText(), /Ratings, reflections and counts start empty/);
  await page.getByRole('button', { name: 'Yes, start it' }).click();
  await page.locator('#cycles-status').getByText('2027–28 started and is now the current cycle.').waitFor();
  assert.equal(await page.locator('#cycle-switch').inputValue() !== '', true);

  await page.goto(at('plan'));
  await waitForApp(page);
  assert.equal(await page.locator('section.goal .measure-status').first().innerText(), 'This cycle: no data yet.');

  await importCounts(page, path.join(dir, 'year2.csv'), 4);
  await page.goto(at('plan'));
  await waitForApp(page);
  assert.equal(await page.locator('section.goal .measure-status').first().innerText(), 'This cycle: met (92%).');

  await page.goto(at('progress'));
  await waitForApp(page);
  // The measures show once every cycle's figures are protected (a task per cycle).
  const row = page.locator('#measures-table tbody tr').first();
  await row.waitFor();
  const cells = await row.locator('td').allInnerTexts();
  assert.deepEqual(cells.slice(1), ['40%', '92%', 'Met']);
  assert.match(cells[0], /^90% by June 30, \d{4}$/);
  assert.deepEqual(await axeViolations(page), [], 'axe on the progress page');

  // The earlier cycle stays readable, clearly marked.
  await page.locator('#cycle-switch').selectOption({ label: '2026–27' });
  await page.locator('#cycle-switch-go').click();
  await page.locator('#earlier-cycle-banner').getByText(/an earlier cycle/).waitFor();
  assert.equal(await page.locator('#measures-table tbody tr td').nth(2).innerText(), '40%');
  await page.getByRole('button', { name: 'Switch to 2027–28' }).click();
  await page.locator('#earlier-cycle-banner').waitFor({ state: 'detached' });

  // Stored: schema 4, one goal in each cycle, counts only in the cycles' data.
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('dew:workspace')));
  assert.equal(stored.schema, 5);
  assert.deepEqual(stored.workspace.cycles.map((c) => c.plan.goals.length), [1, 1]);
  assert.deepEqual(watch.consoleErrors, []);
  await context.close();
});

test('reflections are saved as you type, next to the area\'s evidence', async () => {
  const context = await browser.newContext();
  const { page, watch } = await watchedPage(context);
  await openSample(page, at());
  await page.goto(at('reflect'));
  await waitForApp(page);
  await page.getByLabel('Area', { exact: true }).selectOption('access');
  const now = page.getByLabel('Where are we now?');
  assert.match(await now.inputValue(), /gap for English learners/);
  await page.getByLabel('What no longer serves a purpose and should be retired?').fill('The old filtering appliance.');
  const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('dew:workspace')).workspace.cycles[1].reflections.access.retire);
  assert.equal(saved, 'The old filtering appliance.');
  assert.ok((await page.locator('#reflect-findings li').count()) > 0, 'findings for the access divide are listed');
  assert.deepEqual(await axeViolations(page), [], 'axe on the reflection page');
  await page.reload();
  await waitForApp(page);
  await page.getByLabel('Area', { exact: true }).selectOption('access');
  assert.equal(await page.getByLabel('What no longer serves a purpose and should be retired?').inputValue(), 'The old filtering appliance.');
  assert.deepEqual(watch.consoleErrors, []);
  await context.close();
});
