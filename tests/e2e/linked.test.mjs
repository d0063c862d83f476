// End-to-end tests of the linked backup file (issue 28, item 9). Headless Chromium cannot show
// the file picker, so `showSaveFilePicker` answers with a file of the origin-private file
// system: a real FileSystemFileHandle, written and read through the same calls as a file on
// the person's disk. The tests check that the file follows the workspace, is read back, outlives
// a reload, round-trips into a fresh browser profile, asks again when the permission lapses,
// and that a browser without the API reminds of the last backup instead.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer, launchBrowser, watchedPage, waitForApp, openSample } from './harness.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); server?.stop(); });
const at = (p = '') => server.url + p;

// The picker answers with a file of the origin-private file system. `lapsed` makes the
// permission lapse until the page asks for it again (as Chrome does after the tab closed).
// An init script: it runs again at every load, so a lapsed permission lapses at each reload.
function picker(lapsed) {
  window.showSaveFilePicker = async () => {
    const dir = await navigator.storage.getDirectory();
    return dir.getFileHandle('linked-backup.json', { create: true });
  };
  if (lapsed) {
    window.__asked = 0;
    FileSystemHandle.prototype.queryPermission = async function () { return window.__asked ? 'granted' : 'prompt'; };
    FileSystemHandle.prototype.requestPermission = async function () { window.__asked += 1; return 'granted'; };
  }
}

const fileText = (page) => page.evaluate(async () => {
  const dir = await navigator.storage.getDirectory();
  const h = await dir.getFileHandle('linked-backup.json', { create: true });
  return (await h.getFile()).text();
});

/** Waits until the linked file holds `words` (polled: the file is written seconds later). */
async function fileHas(page, words, timeout = 15000) {
  const end = Date.now() + timeout;
  for (;;) {
    const text = await fileText(page);
    if (text.includes(words)) return text;
    if (Date.now() > end) throw new Error(`the linked file does not hold "${words}" after ${timeout} ms`);
    await page.waitForTimeout(250);
  }
}

test('a linked backup file follows the workspace, outlives a reload, and restores in a fresh profile', async () => {
  const context = await browser.newContext();
  await context.addInitScript(picker, false);
  const { page, watch } = await watchedPage(context);
  await openSample(page, at());
  await page.goto(at('data'));
  await waitForApp(page);
  await page.getByRole('button', { name: 'Link a backup file…' }).click();
  const status = page.locator('#linked-status');
  await page.waitForFunction(() => /written and checked/.test(document.getElementById('linked-status')?.textContent || ''), null, { timeout: 10000 });
  assert.match(await status.innerText(), /linked-backup\.json/);
  const first = JSON.parse(await fileText(page));
  assert.equal(first.app, 'digital-equity-workbench');
  assert.match(first.workspace.district, /Riverbend/);

  // An edit reaches the file once saves pause.
  await page.goto(at('reflect'));
  await waitForApp(page);
  const words = 'Written to the linked file.';
  await page.locator('#reflect-now').fill(words);
  await fileHas(page, words);

  // After a reload the link is still there and still written.
  await page.reload();
  await waitForApp(page);
  await page.goto(at('data'));
  await waitForApp(page);
  await page.waitForFunction(() => /linked-backup\.json/.test(document.getElementById('linked-status')?.textContent || ''), null, { timeout: 10000 });
  await page.goto(at('reflect'));
  await waitForApp(page);
  await page.locator('#reflect-now').fill(words + ' Again.');
  await fileHas(page, words + ' Again.');
  const saved = await fileText(page);
  assert.deepEqual(watch.consoleErrors, []);
  await context.close();

  // A fresh browser profile restores the file.
  const fresh = await browser.newContext();
  const { page: other } = await watchedPage(fresh);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dew-linked-'));
  const file = path.join(dir, 'linked-backup.json');
  fs.writeFileSync(file, saved);
  await other.goto(at('data'));
  await waitForApp(other);
  await other.getByLabel('Backup file').setInputFiles(file);
  await other.locator('#import-preview').waitFor();
  await other.locator('#confirm-import').click();
  await other.waitForFunction(() => (localStorage.getItem('dew:workspace') || '').includes('Again.'));
  await other.goto(at('reflect'));
  await waitForApp(other);
  assert.equal(await other.locator('#reflect-now').inputValue(), words + ' Again.');
  await fresh.close();
});

test('a lapsed permission is named in the header, and one click gives it back', async () => {
  const context = await browser.newContext();
  await context.addInitScript(picker, true);
  const { page, watch } = await watchedPage(context);
  await openSample(page, at());
  await page.goto(at('data'));
  await waitForApp(page);
  // Granted when the file is chosen...
  await page.evaluate(() => { window.__asked = 1; });
  await page.getByRole('button', { name: 'Link a backup file…' }).click();
  await page.waitForFunction(() => /written and checked/.test(document.getElementById('linked-status')?.textContent || ''), null, { timeout: 10000 });
  // ...and lapsed by the next visit.
  await page.reload();
  await waitForApp(page);
  const banner = page.locator('#linked-banner');
  await banner.waitFor({ timeout: 10000 });
  assert.match(await banner.innerText(), /linked-backup\.json/);
  assert.equal(await page.evaluate(() => window.__asked), 0, 'nothing asked before the click');
  await banner.getByRole('button', { name: 'Allow' }).click();
  await banner.waitFor({ state: 'detached', timeout: 10000 });
  assert.equal(await page.evaluate(() => window.__asked), 1, 'asked once, by the click');
  await page.goto(at('data'));
  await waitForApp(page);
  assert.match(await page.locator('#linked-status').innerText(), /linked-backup\.json/);
  assert.deepEqual(watch.consoleErrors, []);
  await context.close();
});

test('without the File System Access API the header reminds of the last backup', async () => {
  const context = await browser.newContext({ acceptDownloads: true });
  await context.addInitScript(() => { delete window.showSaveFilePicker; delete Window.prototype.showSaveFilePicker; });
  const { page, watch } = await watchedPage(context);
  // A district's own workspace (the sample is never reminded).
  await page.goto(at());
  await waitForApp(page);
  await page.getByLabel('District name').fill('Reminder District');
  await page.getByRole('button', { name: 'Start the workspace' }).click();
  await page.getByRole('heading', { level: 1, name: 'Team' }).waitFor();
  await page.evaluate(() => {
    const d = new Date(Date.now() - 12 * 86400000);
    const iso = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    localStorage.setItem('dew:last-backup', iso);
  });
  await page.reload();
  await waitForApp(page);
  const reminder = page.locator('#backup-reminder');
  await reminder.waitFor();
  assert.match(await reminder.innerText(), /Last backup 12 days ago/);
  // Downloading a backup ends the reminder.
  const download = page.waitForEvent('download');
  await reminder.getByRole('button', { name: /Download a backup/ }).click();
  await download;
  await reminder.waitFor({ state: 'detached' });
  assert.deepEqual(watch.consoleErrors, []);
  await context.close();
});
