// End-to-end tests of the app without a network: after one visit the service worker serves the
// whole app (any page, under the sub-path) with the network off, and the data are there; a new
// build is detected and offered as "reload to update", and taking it switches caches whole
// (the previous build's cache is kept for tabs still running it);
// Chromium finds the app installable.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer, launchBrowser, watchedPage, waitForApp, openSample } from './harness.mjs';

const DIST = process.env.DIST || path.join(path.dirname(new URL(import.meta.url).pathname), '../../dist');
let server, browser, copy;
before(async () => {
  // A copy of dist/, so the test can publish a "new build" of it.
  copy = fs.mkdtempSync(path.join(os.tmpdir(), 'dew-dist-'));
  fs.cpSync(DIST, copy, { recursive: true });
  server = await startServer(copy);
  browser = await launchBrowser();
});
after(async () => { await browser?.close(); server?.stop(); fs.rmSync(copy, { recursive: true, force: true }); });
const at = (p = '') => server.url + p;
const controlled = (page) => page.waitForFunction(() => navigator.serviceWorker.controller !== null);

test('after one visit the app opens and works offline, on any page, with its data', async () => {
  const context = await browser.newContext();
  const { page, watch } = await watchedPage(context);
  await openSample(page, at());
  await controlled(page);

  const cdp = await context.newCDPSession(page);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  const manifest = await cdp.send('Page.getAppManifest');
  assert.match(manifest.url, /\/manifest\.webmanifest$/);
  assert.deepEqual(manifest.errors, []);
  const parsed = JSON.parse(manifest.data);
  assert.equal(parsed.display, 'standalone');
  for (const icon of parsed.icons) {
    const res = await page.request.get(new URL(icon.src, manifest.url).href);
    assert.equal(res.status(), 200, icon.src);
  }
  // Test contexts are incognito, where Chromium never offers installation; any other reason
  // (no manifest, no icon of the right size, no service worker, no start URL) would be ours.
  assert.deepEqual(installabilityErrors.filter((e) => e.errorId !== 'in-incognito'), [], 'Chromium can offer to install the app');

  await context.setOffline(true);
  await page.reload();
  await waitForApp(page);
  await page.getByText('Riverbend Unified School District (sample)').first().waitFor();
  // A deep link, typed while offline.
  await page.goto(at('plan'));
  await waitForApp(page);
  await page.getByRole('heading', { level: 1, name: 'Action plan' }).waitFor();
  // Work done offline is kept.
  await page.getByLabel('New goal').fill('Written with the network off');
  await page.getByRole('button', { name: 'Add goal' }).click();
  await page.reload();
  await waitForApp(page);
  await page.getByRole('heading', { level: 2, name: 'Written with the network off' }).waitFor();
  await context.setOffline(false);
  assert.deepEqual(watch.consoleErrors.filter((e) => !/ERR_INTERNET_DISCONNECTED|net::ERR/.test(e)), []);
  await context.close();
});

test('a new build is offered as "reload to update" and taken whole', async () => {
  const context = await browser.newContext();
  const { page } = await watchedPage(context);
  await page.goto(at());
  await waitForApp(page);
  await controlled(page);
  const before = await page.evaluate(() => caches.keys());
  assert.equal(before.length, 1);

  // Publish a "new build": same files, a new version of the worker.
  const sw = path.join(copy, 'sw.js');
  fs.writeFileSync(sw, fs.readFileSync(sw, 'utf8').replace(/const VERSION = '([0-9a-f]+)'/, "const VERSION = '$1next'"));
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
  await page.locator('#update-banner').waitFor();
  // Until the user chooses, the page keeps running the build it started with.
  assert.deepEqual(await page.evaluate(() => caches.keys()).then((k) => k.filter((x) => before.includes(x))), before);
  await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Reload to update' }).click()]);
  await waitForApp(page);
  // The new build's cache, and the previous one kept for tabs still running it.
  await page.waitForFunction((old) => caches.keys().then((k) => k.length === 2 && k[0] === old), before[0]);
  assert.equal(await page.locator('#update-banner').count(), 0);
  await context.close();
});

test('a tab still on the old build can open its pages after another tab took a new build', async () => {
  const context = await browser.newContext();
  const { page: a } = await watchedPage(context);
  await a.goto(at());
  await waitForApp(a);
  await controlled(a);
  const b = await context.newPage();
  await b.goto(at());
  await waitForApp(b);
  await controlled(b);
  const first = await a.evaluate(() => caches.keys());

  // A new build that no longer has the old build's chunk of the "Share and keep" pages: gone
  // from the server and from the new build's file list.
  const chunk = fs.readdirSync(copy).find((f) => /^split_share_pages-[0-9a-f]{16}\.wasm$/.test(f));
  assert.ok(chunk, 'the build has a chunk for the Share and keep pages');
  const sw = path.join(copy, 'sw.js');
  fs.writeFileSync(sw, fs.readFileSync(sw, 'utf8')
    .replace(/const VERSION = '([0-9a-z]+)'/, "const VERSION = '$1newer'")
    .replace(`"${chunk}", `, '').replace(`, "${chunk}"`, ''));
  fs.rmSync(path.join(copy, chunk));
  await a.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
  await a.locator('#update-banner').waitFor();
  await Promise.all([a.waitForEvent('load'), a.getByRole('button', { name: 'Reload to update' }).click()]);
  await waitForApp(a);
  await a.waitForFunction((n) => caches.keys().then((k) => k.length === 2 && k[0] === n[0]), first);

  // Not even the browser's HTTP cache has the old chunk any more (GitHub Pages lets it keep a
  // file for 10 minutes).
  await (await context.newCDPSession(a)).send('Network.clearBrowserCache');
  // Tab B never opened Privacy and still runs the old build: its code comes from the kept cache.
  await b.getByRole('link', { name: 'Privacy' }).click();
  await b.getByRole('heading', { level: 1, name: 'Privacy' }).waitFor();
  assert.equal(await b.getByRole('heading', { name: 'This page could not be opened' }).count(), 0);
  await context.close();
});
