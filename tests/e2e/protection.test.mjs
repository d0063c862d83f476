// End-to-end tests of the protected view (issue 24) as the pages show it: the Divides page's
// protection line settles after an edit even when the edit's page was left before its privacy
// check ran, and the pages that compare cycles (Progress, Report) show their figures once every
// cycle is protected, each with the protection line.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchBrowser, watchedPage, waitForApp, openSample } from './harness.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); server?.stop(); });
const at = (p = '') => server.url + p;
const LINE = /^\d+ cells hidden to protect small groups; every hidden cell was checked against subtraction\.?$/;

async function sample(context) {
  const { page, watch } = await watchedPage(context);
  await openSample(page, at());
  return { page, watch };
}

const nav = (page, name) => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true });

test('a count typed and its page left at once: Divides still settles on the protection line', async () => {
  const context = await browser.newContext();
  const { page, watch } = await sample(context);
  await nav(page, 'Divide data').click();
  await page.locator('#g-0-0-n').waitFor();
  const cell = page.locator('#g-0-0-n');
  const was = Number(await cell.inputValue());
  await cell.fill(String(was + 1));
  // Left before the pause after an edit ends, so the check begun there never runs there.
  await nav(page, 'Divides').click();
  await page.getByRole('heading', { level: 1, name: 'Divides' }).waitFor();
  const line = page.locator('#protection-line');
  await page.waitForFunction(() => !document.getElementById('protection-line')?.textContent.includes('Checking'), null, { timeout: 10000 })
    .catch(() => {});
  assert.match(await line.innerText(), LINE, 'the line names the hidden cells, and is not left saying "Checking privacy…"');
  // The edit was kept, and the page shows the view of the edited data.
  const stored = await page.evaluate(() => localStorage.getItem('dew:workspace'));
  assert.ok(stored.includes(String(was + 1)));
  assert.deepEqual(watch.consoleErrors, []);
  await context.close();
});

test('Progress and Report show every cycle once it is protected, with the protection line', async () => {
  const context = await browser.newContext();
  const { page, watch } = await sample(context);
  await nav(page, 'Progress').click();
  await page.getByRole('heading', { level: 1, name: 'Progress' }).waitFor();
  await page.locator('#trends-heading').waitFor();
  await page.locator('section.trend').first().waitFor({ timeout: 10000 });
  assert.equal(await page.locator('#privacy-status').innerText(), '', 'nothing left checking');
  assert.ok(await page.locator('section.trend table').count() > 0, 'each trend has its table');

  await nav(page, 'Report').click();
  await page.getByRole('heading', { level: 1, name: 'Report' }).waitFor();
  const findings = page.locator('section[aria-labelledby=report-findings]');
  // Findings print as sentences, a list per divide (issue 30).
  await findings.locator('ol.report-findings li').first().waitFor({ timeout: 10000 });
  const notes = await findings.locator('p.hint').allInnerTexts();
  assert.ok(notes.some((n) => LINE.test(n.replace(/^#\s*/, ''))), `the report carries the protection line: ${JSON.stringify(notes)}`);
  assert.equal(await page.locator('#report-csv-findings').getAttribute('aria-disabled'), null, 'exports are offered once protected');
  assert.deepEqual(watch.consoleErrors, []);
  await context.close();
});
