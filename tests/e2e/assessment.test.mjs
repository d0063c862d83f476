// End-to-end tests of the self-assessment: keyboard-only rating, rater files, consensus and
// results, against the release build served under a sub-path.
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

async function newWorkspace(page, district) {
  await page.goto(at());
  await waitForApp(page);
  await page.getByLabel('District name').fill(district);
  await page.getByRole('button', { name: 'Start the workspace' }).click();
  await page.getByRole('heading', { level: 1, name: 'Team' }).waitFor();
}

const activeId = (page) => page.evaluate(() => document.activeElement?.id ?? '');

async function tabTo(page, id, max = 80) {
  for (let i = 0; i < max; i++) {
    if ((await activeId(page)) === id) return;
    await page.keyboard.press('Tab');
  }
  assert.fail(`Tab never reached #${id}`);
}

const FIRST = 'who.accessible-materials';
const SECOND = 'who.universal-design';
const dom = (id) => id.replace('.', '_');

test('rate indicators with the keyboard alone; the ratings survive a reload', async () => {
  const context = await browser.newContext();
  const { page, watch } = await watchedPage(context);
  await newWorkspace(page, 'Keyboard District');
  await page.goto(at('assessment'));
  await waitForApp(page);
  await page.locator('#overall-progress').waitFor();
  assert.equal(await page.locator('#overall-progress').innerText(), '0 of 36 indicators rated');

  // From the top of the page, Tab to "next unrated" and press Enter: focus lands on the
  // first level of the first unrated indicator.
  await page.locator('h1').click(); // a neutral starting point for Tab
  await tabTo(page, 'next-unrated');
  await page.keyboard.press('Enter');
  await page.waitForFunction((id) => document.activeElement?.id === id, `cur-${dom(FIRST)}-0`);
  await page.keyboard.press('Space'); // Foundational
  await page.keyboard.press('ArrowDown'); // Developing: arrow keys move and select
  assert.equal(await page.locator(`#cur-${dom(FIRST)}-1`).isChecked(), true);
  await page.keyboard.press('Tab'); // target group
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight'); // Established
  assert.equal(await page.locator(`#tgt-${dom(FIRST)}-2`).isChecked(), true);
  await page.keyboard.press('Tab'); // evidence note
  await page.keyboard.type('Checked the captions on 20 videos.');
  // On through the suggested evidence, the next step, its note, to the second indicator.
  await tabTo(page, `cur-${dom(SECOND)}-0`);
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown'); // Established
  assert.equal(await page.locator(`#cur-${dom(SECOND)}-2`).isChecked(), true);
  await page.getByText('2 of 36 indicators rated').waitFor();
  await page.getByText('2 of 4 rated').first().waitFor();

  await page.reload();
  await waitForApp(page);
  await page.getByText('2 of 36 indicators rated').waitFor();
  assert.equal(await page.locator(`#cur-${dom(FIRST)}-1`).isChecked(), true);
  assert.equal(await page.locator(`#tgt-${dom(FIRST)}-2`).isChecked(), true);
  assert.equal(await page.locator(`#cur-${dom(SECOND)}-2`).isChecked(), true);
  assert.equal(await page.locator(`#ev-${dom(FIRST)}`).inputValue(), 'Checked the captions on 20 videos.');
  assert.deepEqual(await axeViolations(page), [], 'axe on the rating page');
  assert.deepEqual(watch.consoleErrors, []);
  await context.close();
});

test('rater files from two raters: the disagreement is flagged, consensus is recorded and shown in results', async () => {
  // Rater A rates on their own device and exports a rater file.
  const a = await browser.newContext({ acceptDownloads: true });
  const { page: pa } = await watchedPage(a);
  await newWorkspace(pa, 'Consensus District');
  await pa.goto(at(`assessment`));
  await waitForApp(pa);
  await pa.locator(`label[for="cur-${dom(FIRST)}-1"]`).click(); // Developing
  await pa.locator(`label[for="cur-${dom(SECOND)}-2"]`).click(); // Established
  await pa.getByLabel('Your name as the facilitator will see it').fill('Rater A');
  await pa.getByLabel('Your role').selectOption({ label: 'Teacher' });
  const [dl] = await Promise.all([pa.waitForEvent('download'), pa.getByRole('button', { name: 'Download my rater file' }).click()]);
  assert.match(dl.suggestedFilename(), /^rater-rater-a-consensus-district-\d{4}-\d{2}-\d{2}\.json$/);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dew-raters-'));
  const fileA = path.join(dir, 'rater-a.json');
  await dl.saveAs(fileA);
  const parsed = JSON.parse(fs.readFileSync(fileA, 'utf8'));
  assert.equal(parsed.kind, 'rater-file');
  assert.equal(parsed.ratings[FIRST].current, 'developing');
  await a.close();

  // Rater B's file: Advanced on FIRST (two levels from A), Established on SECOND (agrees).
  const fileB = path.join(dir, 'rater-b.json');
  fs.writeFileSync(fileB, JSON.stringify({ ...parsed, rater: { key: 'device-b', name: 'Rater B', role: 'student' }, exported_at: '2026-11-20T10:00:00Z',
    ratings: { [FIRST]: { current: 'advanced' }, [SECOND]: { current: 'established' } } }));

  // The facilitator, in a fresh browser profile, imports both.
  const f = await browser.newContext();
  const { page, watch } = await watchedPage(f);
  await newWorkspace(page, 'Consensus District');
  await page.goto(at('consensus'));
  await waitForApp(page);
  await page.getByLabel('Rater files', { exact: true }).setInputFiles([fileA, fileB]);
  await page.getByText('“rater-b.json”: added Rater B\'s ratings.').waitFor();
  await page.getByText('“rater-a.json”: added Rater A\'s ratings.').waitFor();
  assert.equal(await page.locator('#raters-table tbody tr').count(), 3); // You + A + B
  const first = page.locator(`#agree-card-${dom(FIRST)}`);
  const second = page.locator(`#agree-card-${dom(SECOND)}`);
  assert.match(await first.innerText(), /Disagreement: two levels or more apart/);
  assert.match(await first.innerText(), /From Developing to Advanced/);
  assert.doesNotMatch(await second.innerText(), /Disagreement/);
  // Re-importing A's file does not duplicate A.
  await page.getByLabel('Rater files', { exact: true }).setInputFiles([fileA]);
  await page.getByText('a newer or identical file from Rater A is already here').waitFor();
  assert.equal(await page.locator('#raters-table tbody tr').count(), 3);
  assert.deepEqual(await axeViolations(page), [], 'axe on the consensus page');

  await first.getByLabel('Agreed level').selectOption({ label: 'Advanced' });
  await first.getByLabel('Why the team agreed on it').fill('Every school checks captions now.');
  await first.getByRole('button', { name: 'Record agreement' }).click();
  await first.getByText('Agreed: Advanced — Every school checks captions now.').waitFor();
  // Removing the agreement can be undone, rationale and all.
  await first.getByRole('button', { name: 'Remove agreement' }).click();
  await first.getByText('Agreed: Advanced').waitFor({ state: 'detached' });
  // Focus moves to Undo once the render has finished.
  await page.waitForFunction(() => (document.activeElement?.id ?? '').startsWith('undo-agree-'), null, { timeout: 5000 });
  await page.keyboard.press('Enter');
  await first.getByText('Agreed: Advanced — Every school checks captions now.').waitFor();

  await page.getByRole('link', { name: 'Results' }).click();
  await page.getByRole('heading', { level: 1, name: 'Results' }).waitFor();
  const strengths = await page.locator('#strengths').innerText();
  assert.match(strengths, /Advanced \(agreed by the team\)/);
  assert.match(strengths, /Established \(median of 2 raters\)/);
  assert.deepEqual(await axeViolations(page), [], 'axe on the results page');
  assert.deepEqual(watch.consoleErrors, []);
  await f.close();
});

test('a rater file for another district is refused by name and changes nothing', async () => {
  const context = await browser.newContext();
  const { page } = await watchedPage(context);
  await newWorkspace(page, 'Right District');
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'dew-raters-')), 'wrong.json');
  fs.writeFileSync(file, JSON.stringify({ app: 'digital-equity-workbench', kind: 'rater-file', format: 1, rater: { key: 'x', name: 'X', role: 'teacher' },
    district: 'Other District', cycle: '2026–27', content_version: 1, exported_at: '2026-11-20T10:00:00Z', ratings: {} }));
  await page.goto(at('consensus'));
  await waitForApp(page);
  const before = await page.evaluate(() => localStorage.getItem('dew:workspace'));
  await page.getByLabel('Rater files', { exact: true }).setInputFiles(file);
  await page.getByText('“wrong.json” was not imported: it is for “Other District”, not “Right District”. Nothing changed.').waitFor();
  assert.equal(await page.evaluate(() => localStorage.getItem('dew:workspace')), before);
  await context.close();
});
