// End-to-end tests of the release build, served under a sub-path, in headless Chromium.
// Run with: node --test tests/e2e/   (scripts/test does this after building dist/).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer, launchBrowser, watchedPage, waitForApp, axeViolations, foreignRequests, SUB, PAGE_PATHS, openSample } from './harness.mjs';

let server, browser;
before(async () => {
  server = await startServer();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  server?.stop();
});

const at = (p = '') => server.url + p;

/** Every page check the issue asks for: axe finds nothing, no console error, no foreign request. */
// `notFound`: the page is a deliberately unknown address, which the host answers with 404.html
// and status 404; Chromium logs that status, and only that is allowed.
async function assertCleanPage(page, watch, label, { notFound = false } = {}) {
  const violations = await axeViolations(page);
  assert.deepEqual(violations, [], `${label}: axe-core violations`);
  const own404 = `status of 404 (Not Found) @ ${page.url()}`;
  const errors = notFound ? watch.consoleErrors.filter((e) => !e.endsWith(own404)) : watch.consoleErrors;
  assert.deepEqual(errors, [], `${label}: console errors`);
  watch.consoleErrors.length = 0;
  assert.deepEqual(foreignRequests(watch, server.origin), [], `${label}: requests outside the page's origin`);
}

async function freshPage() {
  const context = await browser.newContext({ acceptDownloads: true });
  const { page, watch } = await watchedPage(context);
  return { context, page, watch };
}

async function createWorkspace(page, district = 'Lakeside Unified') {
  await page.goto(at());
  await waitForApp(page);
  await page.getByLabel('District name').fill(district);
  await page.getByRole('button', { name: 'Start the workspace' }).click();
  await page.getByRole('heading', { level: 1, name: 'Team' }).waitFor();
}

async function addMember(page, name, role) {
  await page.getByLabel('Display name (optional)').fill(name);
  await page.getByLabel('Role', { exact: true }).selectOption({ label: role });
  await page.getByRole('button', { name: 'Add member' }).click();
}

async function storedKeys(page) {
  return page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('dew:')).sort());
}

test('first run offers a new workspace or the sample, and the CSP forbids inline scripts', async () => {
  const { context, page, watch } = await freshPage();
  await page.goto(at());
  await waitForApp(page);
  await page.getByRole('heading', { name: 'Start a workspace for your district' }).waitFor();
  await page.getByRole('heading', { name: 'Explore with a sample district' }).waitFor();
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
  assert.doesNotMatch(csp, /unsafe-inline|TRUNK_LOADER_HASH/);
  assert.match(csp, /connect-src 'self'/);
  await assertCleanPage(page, watch, 'start page');
  await context.close();
});

test('every script the first screen runs is preloaded by the page, so none waits for the one that imports it', async () => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const scripts = [];
  page.on('request', (r) => { if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname); });
  await page.goto(at());
  await waitForApp(page);
  const preloaded = await page.evaluate(() => [...document.querySelectorAll('link[rel="modulepreload"]')].map((l) => new URL(l.href).pathname));
  assert.ok(scripts.length >= 2, `the glue and the split loader were fetched: ${scripts}`);
  assert.deepEqual([...new Set(scripts)].filter((s) => !preloaded.includes(s)), [], 'scripts fetched without a preload');
  await context.close();
});

test('the app marks itself interactive only once the first screen\'s content is there, and registers its service worker only after that', async () => {
  // What the page holds at the moment of the `dew-interactive` mark (the benchmarks' time to
  // interactive), and when the service worker is registered. Before, the mark came right after
  // the mount, before the router had built the page, and the worker was registered before it.
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(() => {
    const mark = performance.mark.bind(performance);
    performance.mark = (name, ...rest) => {
      if (name === 'dew-interactive') {
        window.__atMark = {
          h1: document.querySelector('main h1')?.textContent ?? null,
          form: document.getElementById('new-district') !== null,
          title: document.title,
        };
      }
      return mark(name, ...rest);
    };
    const register = ServiceWorkerContainer.prototype.register;
    ServiceWorkerContainer.prototype.register = function (...args) {
      window.__registeredWhen = { interactive: performance.getEntriesByName('dew-interactive').length > 0 };
      return register.apply(this, args);
    };
  });
  await page.goto(at());
  await waitForApp(page);
  await page.waitForFunction(() => window.__registeredWhen !== undefined);
  const seen = await page.evaluate(() => ({ atMark: window.__atMark, registered: window.__registeredWhen }));
  assert.deepEqual(seen.atMark, { h1: 'Welcome', form: true, title: 'Welcome · Digital Equity Workbench' });
  assert.deepEqual(seen.registered, { interactive: true }, 'the service worker is registered after the first screen');
  // A page whose code comes on demand: the mark waits for it.
  await page.goto(at('team'));
  await waitForApp(page);
  assert.equal(await page.evaluate(() => window.__atMark.h1), 'Team');
  await context.close();
});

test('the static first screen shows before the app arrives, says what the app says, and is only the start page\'s', async () => {
  // The header, menu, heading and lead of a first visit's start page: text and link targets.
  const shape = (root) => ({
    header: root.querySelector('header').innerText.replace(/\s+/g, ' ').trim(),
    links: [...root.querySelectorAll('nav a')].map((a) => [a.innerText.trim(), a.href, a.getAttribute('aria-current')]),
    groups: [...root.querySelectorAll('nav ul ul')].map((u) => u.getAttribute('aria-label')),
    h1: root.querySelector('main h1').innerText.trim(),
    lead: root.querySelector('main p.lead').innerText.trim(),
  });
  // No service worker, and the app's code held back: what shows is the static first screen.
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const { page, watch } = await watchedPage(context);
  let release;
  const held = new Promise((r) => { release = r; });
  await context.route(/\.wasm$/, async (route) => { await held; await route.continue(); });
  await page.goto(at());
  const first = page.locator('#first-screen');
  await first.getByRole('heading', { level: 1, name: 'Welcome' }).waitFor();
  assert.ok(await first.isVisible(), 'the first screen is drawn while the code is on its way');
  const before = await page.evaluate(`(${shape})(document.getElementById('first-screen'))`);
  release();
  await waitForApp(page);
  assert.equal(await page.locator('#first-screen').count(), 0, 'the app took its place');
  assert.equal(await page.locator('main').count(), 1);
  const app = await page.evaluate(`(${shape})(document.body)`);
  assert.deepEqual(before, app, 'the static first screen says what the app says');
  // One link per page on the menu (src/ui/pages.json).
  const table = JSON.parse(fs.readFileSync(new URL('../../src/ui/pages.json', import.meta.url), 'utf8'));
  assert.equal(app.links.length, table.pages.filter((p) => p.menu !== null).length);
  assert.ok(app.links.some(([label]) => label === 'Survey kit'));
  await assertCleanPage(page, watch, 'start page after the first screen');

  // Every other page, and 404.html, comes without it.
  for (const p of ['team', 'survey', 'no-such-page']) {
    const html = await (await fetch(at(p))).text();
    assert.doesNotMatch(html, /first-screen"|class="lead"/, `${p}: no static first screen`);
  }
  // With a workspace stored, "/" opens on the overview: the start page's first screen is never drawn.
  await page.getByRole('button', { name: 'Open the sample district' }).click();
  await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
  const held2 = new Promise((r) => { release = r; });
  await context.unroute(/\.wasm$/);
  await context.route(/\.wasm$/, async (route) => { await held2; await route.continue(); });
  await page.goto(at());
  await page.waitForFunction(() => document.documentElement.classList.contains('dew-stored'));
  assert.equal(await page.locator('#first-screen').isVisible(), false, 'hidden while a stored workspace opens');
  release();
  await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
  await context.close();
});

test('an empty district name is refused with a message next to the field', async () => {
  const { context, page, watch } = await freshPage();
  await page.goto(at());
  await waitForApp(page);
  await page.getByRole('button', { name: 'Start the workspace' }).click();
  await page.locator('#new-district-error').waitFor();
  assert.equal(await page.locator('#new-district-error').innerText(), 'District name cannot be empty.');
  assert.equal(await page.locator('#new-district').getAttribute('aria-invalid'), 'true');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'new-district');
  assert.deepEqual(await storedKeys(page), [], 'nothing is stored for a refused form');
  await assertCleanPage(page, watch, 'start page with an error');
  await context.close();
});

test('create a workspace, add members, reload: everything is still there', async () => {
  const { context, page, watch } = await freshPage();
  await createWorkspace(page);
  assert.equal(new URL(page.url()).pathname, `${SUB}team`);
  // Moving to another page puts focus at the start of its main content.
  await page.waitForFunction(() => document.activeElement?.id === 'main');
  await page.getByText('No one is on the team yet').waitFor();
  for (const s of ['No student voice yet.', 'No teacher yet.', 'No family or community voice yet.']) {
    await page.getByText(s).waitFor();
  }
  await addMember(page, 'Rosa Diaz', 'Teacher');
  await addMember(page, '', 'Student');
  await addMember(page, 'M. Chen', 'District leader');
  const rows = page.locator('table.data-table tbody tr');
  assert.equal(await rows.count(), 3);
  assert.equal(await page.getByText('No teacher yet.').count(), 0);
  assert.equal(await page.getByText('No student voice yet.').count(), 0);
  await page.getByText('No family or community voice yet.').waitFor();
  await assertCleanPage(page, watch, 'team page');

  // A reload of the deep link is answered from team.html, as on GitHub Pages.
  const response = await page.reload();
  assert.equal(response.status(), 200);
  await waitForApp(page);
  await page.getByRole('heading', { level: 1, name: 'Team' }).waitFor();
  assert.equal(await rows.count(), 3);
  assert.equal(await rows.nth(0).locator('td').nth(0).innerText(), 'Rosa Diaz');
  assert.equal(await rows.nth(1).locator('td').nth(0).innerText(), '(no name)');
  assert.match(await page.locator('.site-header').innerText(), /Lakeside Unified/);
  await assertCleanPage(page, watch, 'team page after reload');
  await context.close();
});

test('edit a member, remove one, and undo the removal', async () => {
  const { context, page, watch } = await freshPage();
  await createWorkspace(page);
  await addMember(page, 'Ann', 'Teacher');
  await addMember(page, 'Ben', 'Student');
  await page.getByRole('button', { name: 'Edit “Ann”' }).click();
  await page.locator('#edit-name').fill('Ann B.');
  await page.locator('#edit-role').selectOption({ label: 'School leader' });
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByText('Saved changes to “Ann B.”.').waitFor();
  const rows = page.locator('table.data-table tbody tr');
  assert.equal(await rows.nth(0).locator('td').nth(1).innerText(), 'School leader');

  await page.getByRole('button', { name: 'Remove “Ben”' }).click();
  await page.getByText('Removed “Ben”.').waitFor();
  assert.equal(await rows.count(), 1);
  // Undo gets focus (once the render has finished), so the keyboard alone can take the
  // removal back.
  await page.waitForFunction(() => document.activeElement?.id === 'undo-remove', null, { timeout: 5000 });
  await page.keyboard.press('Enter');
  await page.getByText('“Ben” is back on the team.').waitFor();
  assert.equal(await rows.count(), 2);
  assert.equal(await rows.nth(1).locator('td').nth(0).innerText(), 'Ben');
  await page.reload();
  await waitForApp(page);
  assert.equal(await rows.count(), 2);
  await assertCleanPage(page, watch, 'team page after edit and undo');
  await context.close();
});

test('export a backup, erase everything, import the backup: everything is back', async () => {
  const { context, page, watch } = await freshPage();
  await createWorkspace(page, 'Backup Test District');
  await addMember(page, 'Zoë Ångström', 'Technology staff');
  await addMember(page, '', 'Family or community member');

  await page.getByRole('link', { name: 'Data & backup' }).click();
  await page.getByRole('heading', { level: 1, name: 'Data & backup' }).waitFor();
  await assertCleanPage(page, watch, 'data page');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download a backup (JSON)' }).click()]);
  assert.match(download.suggestedFilename(), /^equity-workbench-backup-test-district-\d{4}-\d{2}-\d{2}\.json$/);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'dew-')), download.suggestedFilename());
  await download.saveAs(file);
  const backup = JSON.parse(fs.readFileSync(file, 'utf8'));
  assert.equal(backup.schema, 5);
  assert.equal(backup.workspace.district, 'Backup Test District');

  await page.getByRole('link', { name: 'Privacy' }).click();
  await page.locator('#stored-keys').waitFor();
  await assertCleanPage(page, watch, 'privacy page');
  await page.getByRole('button', { name: 'Erase everything…' }).click();
  await page.getByRole('button', { name: 'Yes, erase everything' }).click();
  await page.getByText('Everything this app stored on this device has been erased.').waitFor();
  assert.deepEqual(await storedKeys(page), []);
  await page.locator('#nothing-stored').waitFor();

  await page.goto(at());
  await waitForApp(page);
  await page.getByRole('heading', { name: 'Start a workspace for your district' }).waitFor();

  await page.goto(at('data'));
  await waitForApp(page);
  await page.getByLabel('Backup file').setInputFiles(file);
  await page.locator('#import-preview').waitFor();
  const preview = await page.locator('#import-preview').innerText();
  assert.match(preview, /Backup Test District/);
  assert.match(preview, /2 team members/);
  assert.deepEqual(await storedKeys(page), [], 'the preview changes nothing');
  await assertCleanPage(page, watch, 'import preview');
  await page.getByRole('button', { name: 'Restore this backup' }).click();
  await page.locator('#import-done').waitFor();

  await page.goto(at('team'));
  await waitForApp(page);
  const names = await page.locator('table.data-table tbody tr td:first-child').allInnerTexts();
  assert.deepEqual(names, ['Zoë Ångström', '(no name)']);
  await context.close();
});

test('a bad backup file is refused by name and changes nothing', async () => {
  const { context, page, watch } = await freshPage();
  await createWorkspace(page, 'Keep Me');
  await addMember(page, 'Kept', 'Teacher');
  const before = await page.evaluate(() => localStorage.getItem('dew:workspace'));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dew-'));
  const bad = path.join(dir, 'not-a-backup.json');
  fs.writeFileSync(bad, '{"app":"digital-equity-workbench","schema":1,"workspace":{"district":');
  await page.goto(at('data'));
  await waitForApp(page);
  await page.getByLabel('Backup file').setInputFiles(bad);
  await page.locator('#import-error').waitFor();
  assert.match(await page.locator('#import-error').innerText(), /“not-a-backup\.json” was not restored\..*line 1, column \d+.*Nothing has changed\./);
  assert.equal(await page.evaluate(() => localStorage.getItem('dew:workspace')), before);
  await assertCleanPage(page, watch, 'data page with an import error');
  await context.close();
});

test('replacing a workspace by import sets the old one aside, downloadable', async () => {
  const { context, page } = await freshPage();
  await createWorkspace(page, 'Old District');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dew-'));
  const other = path.join(dir, 'other.json');
  fs.writeFileSync(other, JSON.stringify({ app: 'digital-equity-workbench', schema: 1, saved_at: '', workspace: { district: 'New District', current_cycle: 0, next_id: 1, cycles: [{ id: 0, label: '2026–27', team: [] }] } }));
  await page.goto(at('data'));
  await waitForApp(page);
  await page.getByLabel('Backup file').setInputFiles(other);
  await page.getByText('Restoring replaces the workspace open now, “Old District”').waitFor();
  await page.getByRole('button', { name: 'Replace with this backup' }).click();
  await page.locator('#import-done').waitFor();
  assert.match(await page.locator('.site-header').innerText(), /New District/);
  const row = page.locator('#set-aside-table tbody tr');
  assert.equal(await row.count(), 1);
  assert.match(await row.innerText(), /Replaced by a restored backup/);
  const [download] = await Promise.all([page.waitForEvent('download'), row.getByRole('button', { name: 'Download' }).click()]);
  const text = fs.readFileSync(await download.path(), 'utf8');
  assert.match(text, /Old District/);
  await context.close();
});

test('a corrupted stored document is set aside and offered, never overwritten', async () => {
  const { context, page, watch } = await freshPage();
  const corrupt = '{"app":"digital-equity-workbench","schema":1,"workspace":{"district":"Lost Valley SD","cycl';
  await page.goto(at());
  await waitForApp(page);
  await page.evaluate((c) => localStorage.setItem('dew:workspace', c), corrupt);
  await page.reload();
  await waitForApp(page);
  await page.locator('#unreadable-banner').waitFor();
  assert.match(await page.locator('#unreadable-banner').innerText(), /could not read the workspace/);
  const keys = await storedKeys(page);
  const aside = keys.filter((k) => k.startsWith('dew:set-aside:'));
  assert.equal(aside.length, 1);
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), aside[0]), corrupt);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download what was stored' }).click()]);
  assert.equal(fs.readFileSync(await download.path(), 'utf8'), corrupt);
  await assertCleanPage(page, watch, 'start page with the unreadable banner');

  // Starting a new workspace afterwards leaves the set-aside copy alone.
  await page.getByLabel('District name').fill('Fresh Start');
  await page.getByRole('button', { name: 'Start the workspace' }).click();
  await page.getByRole('heading', { level: 1, name: 'Team' }).waitFor();
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), aside[0]), corrupt);
  await page.getByRole('link', { name: 'Data & backup' }).click();
  assert.match(await page.locator('#set-aside-table').innerText(), /Could not be read when the app started/);
  await context.close();
});

test('a change in another tab is taken at once when this tab has nothing unsaved, without a question', async () => {
  const context = await browser.newContext();
  const a = await context.newPage();
  await openSample(a, at());
  await a.goto(at('team'));
  await waitForApp(a);
  const b = await context.newPage();
  await b.goto(at('team'));
  await waitForApp(b);
  await b.getByLabel('Display name (optional)').fill('From tab B');
  await b.getByLabel('Role', { exact: true }).selectOption({ label: 'Teacher' });
  await b.getByRole('button', { name: 'Add member' }).click();
  // Tab A shows it where it is, with no question and nothing set aside.
  await a.getByText('From tab B').waitFor();
  assert.equal(await a.locator('#other-tab-banner').count(), 0);
  assert.deepEqual(await a.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('dew:set-aside:'))), []);
  await context.close();
});

test('every page, with and without a workspace, passes axe with no console errors or foreign requests', async () => {
  const { context, page, watch } = await freshPage();
  for (const p of [...PAGE_PATHS, 'no/such/page']) {
    await page.goto(at(p));
    await waitForApp(page);
    await page.locator('h1').first().waitFor();
    await assertCleanPage(page, watch, `/${p} without a workspace`, { notFound: p.startsWith('no/') });
  }
  await openSample(page, at());
  for (const p of [...PAGE_PATHS, 'no/such/page']) {
    await page.goto(at(p));
    await waitForApp(page);
    await page.locator('h1').first().waitFor();
    await assertCleanPage(page, watch, `/${p} with the sample district`, { notFound: p.startsWith('no/') });
  }
  await page.goto(at('no/such/page'));
  await waitForApp(page);
  assert.equal(await page.locator('h1').innerText(), 'Page not found');
  assert.ok(watch.requests.length > 0, 'requests were recorded');
  await context.close();
});

test('every page reflows at 320 px wide without horizontal scrolling (WCAG 1.4.10)', async () => {
  const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
  const { page, watch } = await watchedPage(context);
  await openSample(page, at());
  for (const p of PAGE_PATHS) {
    await page.goto(at(p));
    await waitForApp(page);
    await page.locator('h1').first().waitFor();
    // Wide tables and heat maps scroll inside their own focusable regions; the page must not.
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 320, `/${p} is ${width} px wide at a 320 px viewport`);
  }
  assert.deepEqual(watch.consoleErrors, []);
  await context.close();
});

test('pages after the first arrive on demand; one that cannot arrive says so and can be tried again', async () => {
  // No service worker: its offline copy would answer the chunk requests this test refuses.
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const { page, watch } = await watchedPage(context);
  const chunk = /\/(split|chunk)_[^/]*\.wasm$/;
  await page.goto(at());
  await waitForApp(page);
  await page.waitForLoadState('networkidle');
  assert.deepEqual(watch.requests.filter((u) => chunk.test(u)), [], 'the first screen fetches no page chunk');

  // The network drops before the Team page's code has arrived.
  await context.route(chunk, (route) => route.abort('internetdisconnected'));
  await page.getByRole('link', { name: 'Team', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'This page could not be opened' }).waitFor();
  assert.match(await page.title(), /^This page could not be opened · /);
  assert.match(await page.getByRole('alert').filter({ hasText: 'did not arrive' }).innerText(), /Your data is safe on this device/);
  // The app is still alive: the chunk failure was reported, not a crash.
  assert.deepEqual(watch.consoleErrors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to fetch|TypeError: Failed/.test(e)), []);
  await page.getByRole('link', { name: 'Overview', exact: true }).first().click();
  await page.getByRole('heading', { level: 1, name: 'Welcome' }).waitFor();

  // Trying again while still offline fails again, and says so in new words (announced anew).
  await page.getByRole('link', { name: 'Team', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'This page could not be opened' }).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Reload the app' }).count(), 1);
  await page.getByRole('button', { name: 'Try again' }).click();
  await page.getByRole('alert').filter({ hasText: 'Tried 2 times' }).waitFor();

  // Back online: trying again fetches the chunk, shows the page in place and puts focus on it
  // (the button that had focus is gone).
  await context.unroute(chunk);
  await page.getByRole('button', { name: 'Try again' }).click();
  await page.getByRole('heading', { level: 1, name: 'Team' }).waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'main', null, { timeout: 5000 });
  assert.ok(watch.requests.some((u) => /split_assess_pages-[0-9a-f]{16}\.wasm$/.test(u)), 'the Team page came in its section\'s chunk');

  // A slow network: the page's code takes a second, and the wait is shown and announced as busy.
  await context.route(chunk, async (route) => { await new Promise((r) => setTimeout(r, 1000)); await route.continue(); });
  await page.getByRole('link', { name: 'Privacy' }).click();
  await page.getByRole('status').filter({ hasText: 'Opening the page…' }).waitFor({ state: 'visible' });
  assert.equal(await page.locator('main').getAttribute('aria-busy'), 'true');
  assert.notEqual(await page.evaluate(() => document.activeElement?.id), 'main', 'focus waits for the page');
  await page.getByRole('heading', { level: 1, name: 'Privacy' }).waitFor();
  assert.equal(await page.getByText('Opening the page…').count(), 0);
  assert.equal(await page.locator('main').getAttribute('aria-busy'), null);
  // Focus moves to the page once it has come.
  await page.waitForFunction(() => document.activeElement?.id === 'main', null, { timeout: 5000 });
  await context.unroute(chunk);
  watch.consoleErrors.length = 0;
  await assertCleanPage(page, watch, 'privacy page after a slow load');

  // "Reload the app" starts the app again at the page that failed.
  await context.route(chunk, (route) => route.abort('internetdisconnected'));
  await page.getByRole('link', { name: 'Plan', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'This page could not be opened' }).waitFor();
  await context.unroute(chunk);
  await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Reload the app' }).click()]);
  await waitForApp(page);
  assert.equal(new URL(page.url()).pathname, `${SUB}plan`);
  await page.getByRole('heading', { level: 1, name: 'Action plan' }).waitFor();
  await context.close();
});

test('the code that reads and saves a workspace arrives on demand; while it cannot, nothing stored is touched', async () => {
  // No service worker: its offline copy would answer the chunk requests this test refuses.
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const { page, watch } = await watchedPage(context);
  const chunk = /\/(split|chunk)_[^/]*\.wasm$/;
  const stored = () => page.evaluate(() => Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)])));
  await page.goto(at());
  await waitForApp(page);
  await page.waitForLoadState('networkidle');
  assert.deepEqual(watch.requests.filter((u) => chunk.test(u)), [], 'the start page needs no chunk');

  // The network drops: starting a workspace or opening the sample says so and changes nothing.
  await context.route(chunk, (route) => route.abort('internetdisconnected'));
  await page.getByLabel('District name').fill('Codec Test District');
  await page.getByRole('button', { name: 'Start the workspace' }).click();
  const alert = page.locator('#start-error');
  await alert.waitFor();
  assert.match(await alert.innerText(), /did not arrive.*Nothing has been changed/);
  await page.waitForFunction(() => document.activeElement?.id === 'start-error', null, { timeout: 5000 });
  assert.deepEqual(Object.keys(await stored()).filter((k) => k.startsWith('dew:')), [], 'nothing was written');
  await page.getByRole('button', { name: 'Open the sample district' }).click();
  await page.waitForFunction(() => document.activeElement?.id === 'start-error', null, { timeout: 5000 });
  assert.equal(await page.getByRole('heading', { level: 1, name: 'Welcome' }).count(), 1, 'still the start page');
  assert.deepEqual(Object.keys(await stored()).filter((k) => k.startsWith('dew:')), []);

  // Back online: the same click starts the workspace, and its first save is made at once.
  await context.unroute(chunk);
  const arrived = [];
  page.on('response', (r) => { if (r.ok() && chunk.test(r.url())) arrived.push(new URL(r.url()).pathname); });
  await page.getByRole('button', { name: 'Start the workspace' }).click();
  await page.getByRole('heading', { level: 1, name: 'Team' }).waitFor();
  assert.match((await stored())['dew:workspace'], /Codec Test District/);
  assert.ok(arrived.some((u) => /\/split_workspace-[0-9a-f]{16}\.wasm$/.test(u)), `the codec came in the workspace chunk: ${arrived}`);

  // A later visit with the workspace stored: if the code cannot arrive, the app says so and
  // reads and writes nothing; once it can, a reload opens the workspace.
  const before = await stored();
  const second = await context.newPage();
  const secondErrors = [];
  second.on('pageerror', (e) => secondErrors.push(String(e)));
  await context.route(chunk, (route) => route.abort('internetdisconnected'));
  await second.goto(at());
  await second.getByRole('heading', { level: 1, name: 'Your workspace could not be opened' }).waitFor();
  assert.match(await second.getByRole('alert').innerText(), /Your data is safe on this device and has not been changed/);
  assert.match(await second.title(), /^Your workspace could not be opened · /);
  assert.deepEqual(await second.evaluate(() => Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)]))), before,
    'nothing stored changed, and nothing was set aside');
  assert.deepEqual(await axeViolations(second), [], 'the message page passes axe');
  await context.unroute(chunk);
  await Promise.all([second.waitForEvent('load'), second.getByRole('button', { name: 'Reload the app' }).click()]);
  await waitForApp(second);
  await second.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
  assert.deepEqual(secondErrors, []);

  // A locked workspace: the unlock screen comes in the same chunk. If it cannot arrive, the
  // page says so and can try again; nothing stored changes.
  const locked = JSON.stringify({ app: 'digital-equity-workbench', locked: 1, kdf: 'PBKDF2-SHA-256', iterations: 600000, cipher: 'AES-GCM-256',
    salt: 'AAAAAAAAAAAAAAAAAAAAAA==', check_nonce: 'AAAAAAAAAAAAAAAA', check: 'AA==', nonce: 'AAAAAAAAAAAAAAAA', ciphertext: 'AA==' });
  const third = await context.newPage();
  await third.goto(at());
  await waitForApp(third);
  await third.evaluate((l) => localStorage.setItem('dew:workspace', l), locked);
  await context.route(chunk, (route) => route.abort('internetdisconnected'));
  await third.reload();
  await third.getByRole('heading', { level: 1, name: 'This page could not be opened' }).waitFor();
  assert.equal(await third.evaluate(() => localStorage.getItem('dew:workspace')), locked);
  assert.equal(await third.getByRole('navigation', { name: 'Main' }).count(), 0, 'nothing of the workspace is shown');
  // Trying again while still offline fails in new words, announced anew (as on a page).
  await third.getByRole('button', { name: 'Try again' }).click();
  await third.getByRole('alert').filter({ hasText: 'Tried 2 times' }).waitFor();
  await context.unroute(chunk);
  await third.getByRole('button', { name: 'Try again' }).click();
  await third.getByRole('heading', { level: 1, name: 'This workspace is locked' }).waitFor();
  assert.equal(await third.evaluate(() => localStorage.getItem('dew:workspace')), locked);
  await context.close();
});

test('a start page whose codec is still on its way does not start a workspace over one another tab has just stored', async () => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const a = await context.newPage();
  const { page: b, watch } = await watchedPage(context);
  await a.goto(at());
  await waitForApp(a);
  await b.goto(at());
  await waitForApp(b);
  // In tab B the code that saves a workspace takes 3 s to come; tab A gets it at once.
  const chunk = /\/(split|chunk)_[^/]*\.wasm$/;
  await b.route(chunk, async (route) => { await new Promise((r) => setTimeout(r, 3000)); await route.continue(); });
  await b.getByLabel('District name').fill('Race District');
  await b.getByRole('button', { name: 'Start the workspace' }).click();
  const clicked = Date.now();
  // A tab in the background gets no animation frames, which the click waits for.
  await a.bringToFront();
  await a.getByRole('button', { name: 'Open the sample district' }).click();
  await a.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
  const sample = await a.evaluate(() => localStorage.getItem('dew:workspace'));
  assert.match(sample, /Riverbend/);
  assert.ok(Date.now() - clicked < 2500, 'tab A stored its workspace while B was still waiting');
  // Once B's code has come, B opens what A stored instead of writing its own over it.
  await b.getByRole('heading', { level: 1, name: 'Overview' }).waitFor({ timeout: 10000 });
  await b.waitForTimeout(300);
  const now = await b.evaluate(() => localStorage.getItem('dew:workspace'));
  assert.doesNotMatch(now, /Race District/, 'tab B did not write its workspace over tab A\'s');
  assert.match(now, /Riverbend/);
  assert.deepEqual(watch.consoleErrors, []);
  await context.close();
});

test('the sample district can be left, after a question, without erasing anything else', async () => {
  const context = await browser.newContext();
  const { page, watch } = await watchedPage(context);
  await page.goto(at());
  await waitForApp(page);
  // Something else kept on this device: a setting, which leaving the sample leaves alone.
  await page.evaluate(() => localStorage.setItem('dew:last-backup', '2026-11-30'));
  await page.getByRole('button', { name: 'Open the sample district' }).click();
  await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
  await page.waitForFunction(() => localStorage.getItem('dew:workspace') !== null);
  await page.getByRole('button', { name: 'Leave the sample district' }).click();
  // Asked first; "Stay" changes nothing.
  await page.getByRole('button', { name: 'Stay in the sample' }).click();
  await page.getByRole('button', { name: 'Leave the sample district' }).click();
  await page.getByRole('button', { name: 'Yes, leave it' }).click();
  await page.getByRole('heading', { level: 1, name: 'Welcome' }).waitFor();
  await page.waitForTimeout(1500);
  assert.equal(await page.evaluate(() => localStorage.getItem('dew:workspace')), null, 'the sample is gone, and not saved again');
  assert.equal(await page.evaluate(() => localStorage.getItem('dew:last-backup')), '2026-11-30', 'other keys stay');
  await page.reload();
  await waitForApp(page);
  await page.getByRole('heading', { level: 1, name: 'Welcome' }).waitFor();
  assert.deepEqual(watch.consoleErrors, []);
  await context.close();
});
