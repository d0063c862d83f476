// End-to-end tests of merging a backup: the preview names what is added and what conflicts,
// one conflict is settled each way, nothing of mine is lost, the state before the merge is a
// restore point that can be restored, and axe on the data page with the merge preview.
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
const stored = (page) => page.evaluate(() => JSON.parse(localStorage.getItem('dew:workspace')).workspace);

test('merge a backup with one conflict settled each way, then restore the restore point', async () => {
  const context = await browser.newContext({ acceptDownloads: true });
  const { page, watch } = await watchedPage(context);
  await openSample(page, at());
  await page.goto(at('data'));
  await waitForApp(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#export-backup').click()]);
  const mine = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));

  // Their copy: the first goal marked done, the first product's cost changed, one more member.
  const theirs = structuredClone(mine);
  const cur = theirs.workspace.cycles.find((c) => c.id === theirs.workspace.current_cycle);
  const goalTitle = cur.plan.goals[0].title;
  const goalStatus = cur.plan.goals[0].status;
  cur.plan.goals[0].status = 'done';
  const productCost = cur.portfolio.products[0].annual_cost;
  cur.portfolio.products[0].annual_cost = productCost + 1000;
  cur.team.push({ id: theirs.workspace.next_id, name: 'R. Diaz', role: 'family-community' });
  theirs.workspace.next_id += 1;
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'dew-merge-')), 'theirs.json');
  fs.writeFileSync(file, JSON.stringify(theirs));

  await page.getByLabel('Backup file').setInputFiles(file);
  await page.locator('#import-preview').waitFor();
  await page.locator('#start-merge').click();
  const table = await page.locator('#merge-table').innerText();
  assert.match(table, /Plan and reflections\t0\t\d+\t1: /);
  assert.match(table, /Products\t0\t\d+\t1: /);
  assert.match(table, /Team members\t1\t/);
  assert.deepEqual(await axeViolations(page), [], 'axe on the data page with the merge preview');
  // Plan: take theirs; products: keep mine (the default).
  await page.getByRole('group', { name: 'Conflicts in Plan and reflections' }).getByLabel("Take the file's").check();
  await page.locator('#confirm-merge').click();
  await page.locator('#import-done').getByText(/Merged into Riverbend/).waitFor();

  let ws = await stored(page);
  let c = ws.cycles.find((x) => x.id === ws.current_cycle);
  assert.equal(c.plan.goals.find((g) => g.title === goalTitle).status, 'done', 'the plan conflict took theirs');
  assert.equal(c.portfolio.products[0].annual_cost, productCost, 'the product conflict kept mine');
  assert.ok(c.team.some((m) => m.name === 'R. Diaz'), 'their new member was added');
  assert.equal(c.team.length, mine.workspace.cycles.find((x) => x.id === mine.workspace.current_cycle).team.length + 1);

  // The state before the merge is a restore point; restoring it brings the goal back.
  const row = page.locator('#set-aside-table tbody tr').filter({ hasText: 'Restore point before a merge' });
  await row.getByRole('button', { name: 'Restore' }).click();
  await row.getByRole('button', { name: 'Yes, restore it' }).click();
  await page.locator('#restore-status').getByText(/Restored the copy from/).waitFor();
  ws = await stored(page);
  c = ws.cycles.find((x) => x.id === ws.current_cycle);
  assert.equal(c.plan.goals.find((g) => g.title === goalTitle).status, goalStatus);
  assert.ok(!c.team.some((m) => m.name === 'R. Diaz'));
  // And the merged state was itself kept before the restore: nothing is lost.
  assert.equal(await page.locator('#set-aside-table tbody tr').filter({ hasText: 'Replaced by restoring an earlier copy' }).count(), 1);
  assert.deepEqual(await axeViolations(page), [], 'axe on the data page');
  assert.deepEqual(watch.consoleErrors, []);
  await context.close();
});
