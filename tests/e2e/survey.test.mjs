// Row-level survey import (issue 5): map a survey through the page by keyboard, count it,
// see the counts in the grid and the findings, prove no row-level value reached storage, and
// cancel a large import with nothing changed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { startServer, launchBrowser, watchedPage, waitForApp, axeViolations, foreignRequests, ROOT, openSample } from './harness.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); server?.stop(); });
const at = (p = '') => server.url + p;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dew-survey-'));

const DEVICE_Q = 'Does your child have a computer or tablet for schoolwork?';
const NET_Q = 'Is there internet at home that works on that device?';
// Values that must never reach storage.
const SECRETS = ['Zyxwquv', 'SECRET-COMMENT-42', '9876543'];

/** 120 rows at Eastside Middle and Valley High, a ragged row and an unknown school. */
function surveyFile() {
  const lines = [`Student ID,Student Name,School,EL Status,Free/Reduced Lunch,"${DEVICE_Q}",${NET_Q},Comments`];
  for (let i = 0; i < 120; i++) {
    const school = i % 2 ? 'Eastside Middle' : ' valley  high ';
    const el = i % 4 === 1 ? 'Yes' : 'No';
    const frl = i % 3 === 0 ? 'Free' : 'Paid';
    // English learners at Eastside mostly lack home internet: a finding to see.
    const net = i % 10 === 9 ? '' : el === 'Yes' ? (i % 8 === 1 ? 'Sí' : 'No') : (i % 5 === 0 ? 'Sometimes' : 'Yes');
    const dev = i % 7 === 0 ? 'No' : 'Yes';
    const comment = i === 5 ? '"SECRET-COMMENT-42, with a comma"' : '';
    lines.push(`${i === 0 ? '9876543' : 1000000 + i},${i === 0 ? 'Zyxwquv Student' : 'Student ' + i},${school},${el},${frl},${dev},${net},${comment}`);
  }
  lines.push('1,Short Row,Eastside Middle,No');
  lines.push('2,New Kid,Hilltop Middle,No,Paid,Yes,Yes,');
  const file = path.join(tmp, 'family-survey.csv');
  fs.writeFileSync(file, '\uFEFF' + lines.join('\r\n') + '\r\n');
  return file;
}

const stored = (page) => page.evaluate(() => Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)])));

test('a survey is mapped by keyboard, counted, and only counts are stored', async () => {
  const context = await browser.newContext();
  const { page, watch } = await watchedPage(context);
  await openSample(page, at());
  await page.getByRole('link', { name: 'Survey import' }).click();
  await page.getByRole('heading', { level: 1, name: 'Survey import' }).waitFor();
  await page.locator('#survey-file').setInputFiles(surveyFile());
  await page.getByRole('heading', { name: '2. Say what each column means' }).waitFor();
  assert.deepEqual(await axeViolations(page), []);

  // The suggestions: school, EL and lunch columns, both questions; "Sometimes" left to choose.
  assert.equal(await page.locator('#sv-school').inputValue(), 'School');
  assert.equal(await page.locator('#sv-dim-el').inputValue(), 'EL Status');
  assert.equal(await page.locator('#sv-dim-econ').inputValue(), 'Free/Reduced Lunch');
  const problems = page.locator('#survey-problems');
  assert.match(await problems.innerText(), /Choose what “Sometimes” means in “Is there internet at home/);
  // Counting is refused until it is chosen: focus goes to the list of problems.
  await page.locator('#survey-run').focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'survey-problems');
  // Choose by keyboard: focus the value's menu, pick "Does not meet it".
  const sometimes = page.getByLabel(/^Sometimes/);
  await sometimes.focus();
  await sometimes.selectOption({ label: 'Does not meet it' });
  await page.waitForFunction(() => !document.getElementById('survey-problems').innerText.includes('Sometimes'));

  // Save the mapping for next cycle: it holds no row values.
  await page.locator('#survey-save-mapping').focus();
  await page.keyboard.press('Enter');
  await page.getByText('Mapping saved on this device').waitFor();

  await page.locator('#survey-run').focus();
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: '3. Check the counts' }).waitFor({ timeout: 30000 });
  assert.equal(await page.locator('#survey-rows').innerText(), '122');
  assert.equal(await page.locator('#survey-counted').innerText(), '121');
  assert.equal(await page.locator('#survey-skipped').innerText(), '1');
  assert.match(await page.locator('#survey-examples').innerText(), /122\s+—\s+has 4 fields/);
  assert.match(await page.locator('#survey-unknown-schools').innerText(), /Hilltop Middle”: 1 rows/);
  assert.deepEqual(await axeViolations(page), []);
  // Leave the unknown school out (by keyboard), then add the counts.
  await page.locator('#survey-add-schools').focus();
  await page.keyboard.press('Space');
  await page.locator('#survey-add').focus();
  await page.keyboard.press('Enter');
  await page.locator('#survey-outcome').getByText('were added to this cycle').waitFor();

  // Nothing row-level in any key; the counts are in the workspace.
  const all = await stored(page);
  for (const [k, v] of Object.entries(all)) for (const s of SECRETS) assert.ok(!v.includes(s), `${k} holds "${s}"`);
  assert.ok(all['dew:survey-mappings'].includes('Is there internet at home'));
  assert.ok(!all['dew:workspace'].includes('hilltop'));

  // The stored counts equal a count made here from the same rows: Eastside Middle's home
  // internet, for the school and for its English learners ("Sometimes" does not meet; blanks
  // are left out).
  const expect = { all: [0, 0], el: [0, 0] };
  for (let i = 1; i < 120; i += 2) {
    const el = i % 4 === 1;
    const net = i % 10 === 9 ? '' : el ? (i % 8 === 1 ? 'Sí' : 'No') : (i % 5 === 0 ? 'Sometimes' : 'Yes');
    if (net === '') continue;
    const meets = net === 'Yes' || net === 'Sí' ? 1 : 0;
    expect.all[0] += meets; expect.all[1] += 1;
    if (el) { expect.el[0] += meets; expect.el[1] += 1; }
  }
  const got = await page.evaluate(() => {
    const ws = JSON.parse(localStorage.getItem('dew:workspace')).workspace;
    const cycle = ws.cycles.find((c) => c.id === ws.current_cycle);
    const c = cycle.divides.cells['home-internet']['eastside-middle'];
    return { all: c[''], el: c['el:yes'] };
  });
  assert.deepEqual(got, expect);
  // The grid shows them too.
  await page.goto(at('divide-data'));
  await waitForApp(page);
  await page.locator('#grid-indicator').selectOption('home-internet');
  assert.equal(await page.getByLabel('Eastside Middle, Whole school: meeting the indicator', { exact: true }).inputValue(), String(expect.all[0]));
  assert.equal(await page.getByLabel('Eastside Middle, Whole school: answered', { exact: true }).inputValue(), String(expect.all[1]));
  await page.goto(at('survey'));
  await waitForApp(page);
  await page.locator('#survey-file').setInputFiles(surveyFile());
  // The saved mapping is offered for the same columns.
  await page.getByText('A saved mapping fits this file').waitFor();
  await page.goto(at('divides'));
  await waitForApp(page);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  assert.match(await page.locator('main').innerText(), /Eastside Middle/);
  assert.deepEqual(watch.consoleErrors, []);
  assert.deepEqual(foreignRequests(watch, server.origin), []);
  await context.close();
});

test('cancelling a large import leaves the data unchanged', async () => {
  const big = path.join(tmp, 'big.csv');
  // 1M rows (104 MB): at 40x CPU counting them takes well over ten seconds, so the keyboard
  // steps below (each waits for the page's next turn) always come before the end.
  execFileSync('node', [path.join(ROOT, 'bench/survey/gen.mjs'), '1000000', big], { stdio: 'ignore' });
  const context = await browser.newContext();
  const { page } = await watchedPage(context);
  await openSample(page, at());
  await page.goto(at('survey'));
  await waitForApp(page);
  const before = (await stored(page))['dew:workspace'];
  await page.locator('#survey-file').setInputFiles(big);
  await page.locator('#survey-run').waitFor();
  // Any value left to choose is chosen, so counting can start.
  for (const sel of await page.locator('.value-map select').all()) {
    if ((await sel.inputValue()) === '') {
      const id = await sel.getAttribute('id');
      if (id.startsWith('sv-a-')) await sel.selectOption('does-not-meet');
    }
  }
  // Counting 104 MB takes half a second here: slow the CPU down, as on a cheap
  // Chromebook under load, so there is time to cancel.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 40 });
  await page.locator('#survey-run').click();
  await page.locator('#survey-progress').waitFor();
  // While the bar moves, focus stays on it (the section is not re-created at each step), so
  // a keyboard user is one Tab away from Cancel.
  const value = () => page.locator('#survey-progress').evaluate((e) => e.value);
  const first = await value();
  await page.waitForFunction((v) => document.getElementById('survey-progress')?.value > v, first, { timeout: 20000 });
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'survey-progress', 'focus stays on the progress bar');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'survey-cancel');
  await page.keyboard.press('Enter');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await page.getByText('Counting was cancelled. Nothing was changed').waitFor({ timeout: 30000 });
  assert.equal((await stored(page))['dew:workspace'], before);
  await context.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});
