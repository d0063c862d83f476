// The passphrase lock (issue 9): set it, reload and unlock, a wrong passphrase, tampered data,
// lock now and when idle, change and remove, and fault case 1 (storage full) with a lock.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { startServer, launchBrowser, watchedPage, waitForApp, axeViolations, foreignRequests, openSample } from './harness.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); server?.stop(); });
const at = (p = '') => server.url + p;

const PASS = 'river of many stones';
// Words from the sample district that must never be readable in storage while locked.
const DISTRICT_WORDS = ['Riverbend', 'Eastside', 'Moreno', 'Okafor', 'ReadRiver', 'LinguaLeap', 'Lock test goal'];

const stored = (page) => page.evaluate(() => Object.fromEntries(Object.keys(localStorage).filter((k) => k.startsWith('dew:')).map((k) => [k, localStorage.getItem(k)])));

function assertNoDistrictWords(all) {
  for (const [k, v] of Object.entries(all)) {
    for (const w of DISTRICT_WORDS) assert.ok(!v.includes(w), `${k} contains "${w}"`);
  }
}

async function openSampleWithGoal(page) {
  await openSample(page, at());
  await page.goto(at('plan'));
  await waitForApp(page);
  await page.getByLabel('New goal').fill('Lock test goal');
  await page.getByRole('button', { name: 'Add goal' }).click();
  await page.getByRole('heading', { level: 2, name: 'Lock test goal' }).waitFor();
}

async function setPassphrase(page, pass = PASS) {
  await page.goto(at('privacy'));
  await waitForApp(page);
  await page.getByLabel('New passphrase', { exact: true }).fill(pass);
  await page.getByLabel('Repeat the new passphrase').fill(pass);
  await page.getByRole('button', { name: 'Lock with this passphrase' }).click();
  await page.locator('#lock-notice').getByText('now locked with your passphrase').waitFor({ timeout: 20000 });
}

async function unlock(page, pass = PASS) {
  await page.getByLabel('Passphrase', { exact: true }).fill(pass);
  await page.getByLabel('Passphrase', { exact: true }).press('Enter');
}

test('set a passphrase by keyboard; storage holds no district words; reload asks for it; wrong passphrase changes nothing', async () => {
  const context = await browser.newContext();
  const { page, watch } = await watchedPage(context);
  await openSampleWithGoal(page);
  // A plain set-aside copy made before the lock is encrypted with everything else.
  await page.evaluate(() => localStorage.setItem('dew:set-aside:1000-0:replaced-by-import', localStorage.getItem('dew:workspace')));

  await page.goto(at('privacy'));
  await waitForApp(page);
  // Validation names the field: too short, then not the same.
  await page.getByLabel('New passphrase', { exact: true }).fill('short');
  await page.getByLabel('Repeat the new passphrase').fill('short');
  await page.getByLabel('Repeat the new passphrase').press('Enter');
  await page.getByText('must have at least 8 characters').waitFor();
  assert.equal(await page.getByLabel('New passphrase', { exact: true }).getAttribute('aria-invalid'), 'true');
  await page.getByLabel('New passphrase', { exact: true }).fill(PASS);
  await page.getByLabel('Repeat the new passphrase').fill(PASS + 'x');
  await page.getByLabel('Repeat the new passphrase').press('Enter');
  await page.getByText('The two passphrases are not the same.').waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'repeat-passphrase', null, { timeout: 5000 });
  await page.getByLabel('Repeat the new passphrase').fill(PASS);
  await page.getByLabel('Repeat the new passphrase').press('Enter');
  await page.locator('#lock-notice').getByText('now locked with your passphrase').waitFor({ timeout: 20000 });
  assert.deepEqual(await axeViolations(page), []);
  assert.match(await page.locator('#lock-settings').innerText(), /cannot be recovered by anyone/);

  // Everything stored is encrypted: the workspace and the set-aside copy.
  let all = await stored(page);
  assertNoDistrictWords(all);
  const envelope = JSON.parse(all['dew:workspace']);
  assert.equal(envelope.kdf, 'PBKDF2-SHA-256');
  assert.ok(envelope.iterations >= 600000);
  assert.equal(envelope.cipher, 'AES-GCM-256');
  assert.ok(JSON.parse(all['dew:set-aside:1000-0:replaced-by-import']).ciphertext);

  // An edit after locking is saved encrypted too.
  await page.goto(at('plan'));
  await waitForApp(page);
  // The reload asked for the passphrase first.
  await page.getByRole('heading', { level: 1, name: 'This workspace is locked' }).waitFor();
  assert.equal(await page.title(), 'This workspace is locked · Digital Equity Workbench');
  assert.equal(await page.getByRole('navigation', { name: 'Main' }).count(), 0);
  assert.deepEqual(await axeViolations(page), []);

  const before = await stored(page);
  await unlock(page, 'not the passphrase');
  await page.getByText('That passphrase does not open this workspace').first().waitFor({ timeout: 20000 });
  await page.waitForFunction(() => document.activeElement?.id === 'unlock-passphrase', null, { timeout: 5000 });
  assert.deepEqual(await stored(page), before, 'a wrong passphrase changed storage');

  await unlock(page);
  await page.getByRole('heading', { level: 1, name: 'Action plan' }).waitFor({ timeout: 20000 });
  await page.getByRole('heading', { level: 2, name: 'Lock test goal' }).waitFor();
  await page.getByLabel('New goal').fill('Added while unlocked');
  await page.getByRole('button', { name: 'Add goal' }).click();
  await page.waitForFunction((old) => localStorage.getItem('dew:workspace') !== old, before['dew:workspace']);
  all = await stored(page);
  assertNoDistrictWords(all);
  assert.ok(!all['dew:workspace'].includes('Added while unlocked'));

  // Lock now: the page shows nothing of the district until the passphrase is given again.
  await page.getByRole('button', { name: 'Lock now' }).first().click();
  await page.getByRole('heading', { level: 1, name: 'This workspace is locked' }).waitFor();
  assert.ok(!(await page.locator('body').innerText()).includes('Riverbend'));
  await unlock(page);
  await page.getByRole('heading', { level: 2, name: 'Added while unlocked' }).waitFor({ timeout: 20000 });

  assert.deepEqual(watch.consoleErrors, []);
  assert.deepEqual(foreignRequests(watch, server.origin), []);
  await context.close();
});

test('tampered ciphertext is reported as damaged, nothing is overwritten, and it can be set aside and downloaded', async () => {
  const context = await browser.newContext({ acceptDownloads: true });
  const { page } = await watchedPage(context);
  await openSampleWithGoal(page);
  await setPassphrase(page);
  // Flip a byte in the middle of the ciphertext.
  const tampered = await page.evaluate(() => {
    const env = JSON.parse(localStorage.getItem('dew:workspace'));
    const bytes = Uint8Array.from(atob(env.ciphertext), (c) => c.charCodeAt(0));
    bytes[Math.floor(bytes.length / 2)] ^= 0x55;
    env.ciphertext = btoa(String.fromCharCode(...bytes));
    const text = JSON.stringify(env);
    localStorage.setItem('dew:workspace', text);
    return text;
  });
  await page.reload();
  await waitForApp(page);
  await unlock(page);
  await page.getByText('the locked data have been damaged or altered').first().waitFor({ timeout: 20000 });
  assert.equal(await page.evaluate(() => localStorage.getItem('dew:workspace')), tampered);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the locked data' }).click()]);
  assert.equal(fs.readFileSync(await download.path(), 'utf8'), tampered);

  await page.getByRole('button', { name: 'Set the locked data aside and start again…' }).click();
  await page.getByRole('button', { name: 'Yes, set it aside' }).click();
  // The page that was asked for opens, with no workspace; a new one can be started.
  await page.getByRole('heading', { level: 1, name: 'Privacy' }).waitFor();
  await page.getByRole('link', { name: 'Overview' }).first().click();
  await page.getByRole('button', { name: 'Open the sample district' }).waitFor();
  const all = await stored(page);
  assert.equal(all['dew:workspace'], undefined);
  const aside = Object.entries(all).find(([k]) => k.endsWith(':locked-not-opened'));
  assert.ok(aside, 'the locked data were set aside');
  assert.equal(aside[1], tampered);
  await context.close();
});

test('auto-lock after the chosen idle time; change and remove the passphrase', async () => {
  const context = await browser.newContext();
  const { page } = await watchedPage(context);
  await openSampleWithGoal(page);
  await setPassphrase(page);
  await page.getByLabel('Lock automatically when idle for').selectOption({ label: '5 minutes' });
  await page.getByText('after 5 minutes without use').waitFor();
  // Fake timers from the next document on (they also stop the performance marks, so the
  // page is waited for by its heading).
  await page.clock.install();
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'This workspace is locked' }).waitFor();
  await unlock(page);
  await page.getByRole('heading', { level: 1, name: 'Privacy' }).waitFor({ timeout: 20000 });
  await page.clock.runFor(4 * 60_000);
  assert.equal(await page.getByRole('heading', { name: 'This workspace is locked' }).count(), 0);
  await page.clock.runFor(2 * 60_000);
  await page.getByRole('heading', { level: 1, name: 'This workspace is locked' }).waitFor();
  await unlock(page);
  await page.getByRole('heading', { level: 1, name: 'Privacy' }).waitFor({ timeout: 20000 });

  // Change: the old passphrase is checked first.
  await page.getByRole('button', { name: 'Change the passphrase' }).click();
  await page.getByLabel('Current passphrase').fill('wrong wrong wrong');
  await page.getByLabel('New passphrase', { exact: true }).fill('a brand new passphrase');
  await page.getByLabel('Repeat the new passphrase').fill('a brand new passphrase');
  await page.locator('#change-confirm').click();
  await page.getByText('That passphrase does not open this workspace').first().waitFor({ timeout: 20000 });
  await page.getByLabel('Current passphrase').fill(PASS);
  await page.locator('#change-confirm').click();
  await page.getByText('The passphrase has been changed.').waitFor({ timeout: 30000 });
  assertNoDistrictWords(await stored(page));
  await page.getByRole('button', { name: 'Lock now' }).first().click();
  await unlock(page, PASS);
  await page.getByText('That passphrase does not open this workspace').first().waitFor({ timeout: 20000 });
  await unlock(page, 'a brand new passphrase');
  await page.getByRole('heading', { level: 1, name: 'Privacy' }).waitFor({ timeout: 20000 });

  // Remove: everything is stored plain again.
  await page.getByRole('button', { name: 'Remove the passphrase' }).click();
  await page.getByLabel('Current passphrase').fill('a brand new passphrase');
  await page.locator('#remove-confirm').click();
  await page.getByText('The passphrase has been removed').waitFor({ timeout: 20000 });
  const ws = JSON.parse((await stored(page))['dew:workspace']);
  assert.equal(ws.schema, 5);
  assert.match(JSON.stringify(ws), /Lock test goal/);
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Privacy' }).waitFor();
  await context.close();
});

test('fault 1 with a lock: storage full keeps the edit, and it is saved encrypted once there is room', async () => {
  const context = await browser.newContext();
  const { page } = await watchedPage(context);
  await openSampleWithGoal(page);
  await setPassphrase(page);
  await page.goto(at('plan'));
  await waitForApp(page);
  await unlock(page);
  await page.getByRole('heading', { level: 1, name: 'Action plan' }).waitFor({ timeout: 20000 });
  await page.evaluate(() => {
    for (const size of [256 * 1024, 1024, 16, 1]) {
      const chunk = 'x'.repeat(size);
      for (let i = 0; ; i++) {
        try { localStorage.setItem(`filler-${size}-${i}`, chunk); } catch { break; }
      }
    }
  });
  await page.getByLabel('New goal').fill('Typed while full');
  await page.getByRole('button', { name: 'Add goal' }).click();
  await page.getByText('Your latest changes are not saved').waitFor();
  await page.getByRole('heading', { level: 2, name: 'Typed while full' }).waitFor();
  await page.evaluate(() => Object.keys(localStorage).filter((k) => !k.startsWith('dew:')).forEach((k) => localStorage.removeItem(k)));
  await page.getByLabel('New goal').fill('After room was made');
  await page.getByRole('button', { name: 'Add goal' }).click();
  await page.getByText('Your latest changes are not saved').waitFor({ state: 'detached' });
  assertNoDistrictWords(await stored(page));
  await page.reload();
  await waitForApp(page);
  await unlock(page);
  await page.getByRole('heading', { level: 2, name: 'Typed while full' }).waitFor({ timeout: 20000 });
  await page.getByRole('heading', { level: 2, name: 'After room was made' }).waitFor();
  await context.close();
});

test('fault 5 with a lock: two unlocked tabs; the other tab\'s encrypted version loads here, and ours is set aside encrypted', async () => {
  const context = await browser.newContext();
  const { page: a } = await watchedPage(context);
  await openSampleWithGoal(a);
  await setPassphrase(a);
  const b = await context.newPage();
  await b.goto(at('team'));
  await waitForApp(b);
  await unlock(b);
  await b.getByLabel('Display name (optional)').fill('From tab B');
  await b.getByLabel('Role', { exact: true }).selectOption({ label: 'Teacher' });
  await b.getByRole('button', { name: 'Add member' }).click();
  await a.locator('#other-tab-banner').waitFor();
  await a.getByRole('button', { name: "Load the other tab's version" }).click();
  await a.locator('#other-tab-banner').waitFor({ state: 'detached' });
  await a.getByRole('link', { name: 'Team' }).first().click();
  await a.getByText('From tab B').waitFor();
  const all = await stored(a);
  assert.ok(Object.keys(all).some((k) => k.endsWith(':replaced-by-other-tab')), 'this tab\'s version was set aside');
  assertNoDistrictWords(all);
  assert.ok(!Object.values(all).some((v) => v.includes('From tab B')));

  // A tab waiting for the passphrase follows the other tab's saves, and opens the newest.
  await a.getByRole('button', { name: 'Lock now' }).first().click();
  await a.getByRole('heading', { level: 1, name: 'This workspace is locked' }).waitFor();
  await b.reload();
  await unlock(b);
  const snapshot = await b.evaluate(() => localStorage.getItem('dew:workspace'));
  await b.getByLabel('Display name (optional)').fill('Later from B');
  await b.getByLabel('Role', { exact: true }).selectOption({ label: 'Teacher' });
  await b.getByRole('button', { name: 'Add member' }).click();
  await b.waitForFunction((old) => localStorage.getItem('dew:workspace') !== old, snapshot);
  await unlock(a);
  await a.getByRole('cell', { name: 'Later from B', exact: true }).waitFor({ timeout: 20000 });
  await context.close();
});

test('a passphrase set in another tab: this tab\'s version is set aside, then encrypted once unlocked', async () => {
  const context = await browser.newContext();
  const { page: a } = await watchedPage(context);
  await openSampleWithGoal(a);
  const b = await context.newPage();
  await setPassphrase(b);
  await a.locator('#other-tab-banner').waitFor();
  await a.getByRole('button', { name: "Load the other tab's version" }).click();
  await a.getByRole('heading', { level: 1, name: 'This workspace is locked' }).waitFor();
  await unlock(a);
  await a.getByRole('heading', { level: 2, name: 'Lock test goal' }).waitFor({ timeout: 20000 });
  const all = await stored(a);
  assert.ok(Object.keys(all).some((k) => k.endsWith(':replaced-by-other-tab')), 'this tab\'s version was set aside');
  await a.waitForFunction((words) => Object.keys(localStorage).filter((k) => k.startsWith('dew:')).every((k) => !words.some((w) => localStorage.getItem(k).includes(w))), DISTRICT_WORDS, { timeout: 20000 });
  await context.close();
});

test('the saved survey mappings are encrypted with the workspace, still offered once unlocked, and plain again without a passphrase', async () => {
  const context = await browser.newContext();
  const { page } = await watchedPage(context);
  const dir = fs.mkdtempSync((await import('node:path')).join((await import('node:os')).tmpdir(), 'dew-lock-survey-'));
  const file = `${dir}/family-survey.csv`;
  const rows = ['Student ID,School,EL Status,Free/Reduced Lunch,Is there internet at home?'];
  for (let i = 0; i < 30; i++) rows.push(`${i},Eastside Middle,${i % 3 ? 'No' : 'Yes'},${i % 2 ? 'Free' : 'Paid'},${i % 4 ? 'Yes' : 'No'}`);
  fs.writeFileSync(file, rows.join('\n') + '\n');
  await openSampleWithGoal(page);
  const openSurvey = async () => {
    await page.goto(at('survey'));
    await waitForApp(page);
    await page.locator('#survey-file').setInputFiles(file);
    await page.locator('#survey-save-mapping').waitFor();
  };
  await openSurvey();
  await page.locator('#survey-save-mapping').click();
  await page.getByText('Mapping saved on this device').waitFor();
  assert.match((await stored(page))['dew:survey-mappings'], /Free\/Reduced Lunch/, 'saved plain while there is no passphrase');
  // A survey kit (issue 29) holds its questions and answer words (a custom grouping's names
  // among them): it is kept like the mappings.
  await page.goto(at('survey-kit'));
  await waitForApp(page);
  await Promise.all([page.waitForEvent('download'), page.locator('#kit-text').click()]);
  await page.locator('#kit-status').getByText('Kit saved on this device').waitFor();
  assert.match((await stored(page))['dew:survey-kits'], /your child/, 'the kit saved plain');

  await setPassphrase(page);
  const locked = (await stored(page))['dew:survey-mappings'];
  assert.match(locked, /"locked":1/, 'an encrypted envelope');
  for (const w of ['Lunch', 'School', 'EL Status', 'internet']) assert.ok(!locked.includes(w), `no "${w}" in the stored mappings`);
  const kits = (await stored(page))['dew:survey-kits'];
  assert.match(kits, /"locked":1/, 'the kit in an encrypted envelope');
  for (const w of ['child', 'school', 'internet']) assert.ok(!kits.includes(w), `no "${w}" in the stored kits`);

  // After a reload and the passphrase, the saved mapping is still offered for the same columns.
  await page.goto(at('survey'));
  await unlock(page);
  await page.getByRole('heading', { level: 1, name: 'Survey import' }).waitFor({ timeout: 20000 });
  await page.locator('#survey-file').setInputFiles(file);
  await page.getByText('A saved mapping fits this file').waitFor();

  // Within the app (no reload, which would lock it again): the Privacy page.
  await page.getByRole('link', { name: 'Privacy' }).first().click();
  await page.getByRole('heading', { level: 1, name: 'Privacy' }).waitFor();
  await page.getByRole('button', { name: 'Remove the passphrase' }).click();
  await page.getByLabel('Current passphrase').fill(PASS);
  await page.locator('#remove-confirm').click();
  await page.getByText('The passphrase has been removed').waitFor({ timeout: 20000 });
  assert.match((await stored(page))['dew:survey-mappings'], /Free\/Reduced Lunch/, 'plain again');
  assert.match((await stored(page))['dew:survey-kits'], /your child/, 'the kit plain again');
  await context.close();
});
