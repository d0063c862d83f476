// The interface in Spanish (issue 26): the first visit follows the browser's language; the
// header's switch changes the whole interface at once, without a reload, and is remembered on
// the device; every route, with no workspace, a new workspace and the sample district, shows
// no sentence of the English catalogue, passes axe and reflows at 320 px. Elements are found
// by id and role, never by English words.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { startServer, launchBrowser, watchedPage, waitForApp, axeViolations, foreignRequests, PAGE_PATHS, openSample, ROOT } from './harness.mjs';

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

/** The string literals of a Rust file, unescaped. */
function literals(file) {
  const src = fs.readFileSync(path.join(ROOT, file), 'utf8');
  return [...src.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1]
    .replace(/\\u\{([0-9a-fA-F]+)\}/g, (_, h) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/\\n/g, '\n').replace(/\\(.)/g, '$1'));
}

/** Every run of three or more words in the English catalogue (each sentence, and each piece of
 *  a sentence between its named values), except those the Spanish uses as they are (proper
 *  nouns such as the product's name). */
const ENGLISH = (() => {
  const spanishDir = 'src/ui/i18n/es';
  const spanish = fs.readdirSync(path.join(ROOT, spanishDir)).filter((f) => f.endsWith('.rs'))
    .flatMap((f) => literals(path.join(spanishDir, f))).join('\n');
  const pieces = new Set();
  for (const lit of literals('src/ui/i18n/en.rs')) {
    for (const piece of lit.split(/\{[^}]*\}/)) {
      const p = piece.trim().replace(/^[;:,.()“”"]+\s*/, '').replace(/\s*[;:,.()“”"]+$/, '');
      if (p.split(/\s+/).length >= 3 && /[a-z]{3}/.test(p) && !spanish.includes(p)) pieces.add(p);
    }
  }
  return [...pieces];
})();

/** What a person reads or hears on the page: its text, its title, and names given in attributes. */
const readable = (page) => page.evaluate(() => [
  document.title, document.body.innerText,
  ...[...document.querySelectorAll('[aria-label],[title],[placeholder],[alt]')]
    .flatMap((e) => ['aria-label', 'title', 'placeholder', 'alt'].map((a) => e.getAttribute(a) || '')),
].join('\n'));

async function assertSpanish(page, watch, label) {
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'es', `${label}: <html lang>`);
  const text = await readable(page);
  const english = ENGLISH.filter((s) => text.includes(s));
  assert.deepEqual(english, [], `${label}: English catalogue text on the page`);
  assert.deepEqual(await axeViolations(page), [], `${label}: axe-core violations`);
  assert.deepEqual(watch.consoleErrors, [], `${label}: console errors`);
  assert.deepEqual(foreignRequests(watch, server.origin), [], `${label}: requests outside the page's origin`);
}

async function visit(page, p) {
  await page.goto(at(p));
  await waitForApp(page);
  await page.locator('main h1').first().waitFor();
}

test('the English catalogue yields the sentences this test looks for', () => {
  // A check that can fail: if the extraction broke, every page would pass.
  assert.ok(ENGLISH.length > 500, `${ENGLISH.length} English sentences`);
  assert.ok(ENGLISH.includes('Start a workspace for your district'));
});

test('the Spanish catalogue answers every key itself: no English borrowed, no English left', () => {
  // The compiler checks that every key is there with the same named values (each trait of
  // src/ui/i18n/keys.rs); this checks that none is answered by calling the English.
  const dir = path.join(ROOT, 'src/ui/i18n/es');
  for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.rs'))) {
    const code = fs.readFileSync(path.join(dir, f), 'utf8').split('\n').filter((l) => !l.trim().startsWith('//'));
    assert.deepEqual(code.filter((l) => /\ben::/.test(l)), [], `src/ui/i18n/es/${f} calls the English catalogue`);
  }
  // Every sentence of the English catalogue that the Spanish also has is a proper noun or a
  // code (few, and listed): anything else would be English left in the Spanish.
  const same = fs.readdirSync(dir).filter((f) => f.endsWith('.rs')).flatMap((f) => literals(path.join('src/ui/i18n/es', f)))
    .filter((l) => l.split(/\s+/).length >= 3 && /[a-z]{3}/.test(l) && literals('src/ui/i18n/en.rs').includes(l));
  assert.deepEqual([...new Set(same)], ['Digital Equity Workbench'], 'sentences the Spanish has in English');
});

test('a first visit follows the browser: every route in Spanish, with no workspace and the sample district', async () => {
  const context = await browser.newContext({ locale: 'es-US' });
  const { page, watch } = await watchedPage(context);
  for (const p of PAGE_PATHS) {
    await visit(page, p);
    await assertSpanish(page, watch, `/${p} without a workspace`);
  }
  await openSample(page, at());
  for (const p of PAGE_PATHS) {
    await visit(page, p);
    await assertSpanish(page, watch, `/${p} with the sample district`);
  }
  await context.close();
});

test('a new workspace made in Spanish: every route in Spanish', async () => {
  const context = await browser.newContext({ locale: 'es-MX' });
  const { page, watch } = await watchedPage(context);
  await visit(page, '');
  await page.locator('#new-district').fill('Distrito Escolar de Prueba');
  await page.locator('#new-cycle').fill('2026–27');
  await page.locator('#start-workspace').click();
  // A new workspace opens on its Team page.
  await page.waitForURL('**/team');
  await waitForApp(page);
  for (const p of PAGE_PATHS) {
    await visit(page, p);
    await assertSpanish(page, watch, `/${p} in a new workspace`);
  }
  await context.close();
});

test('every route reflows at 320 px in Spanish, with its longer labels', async () => {
  const context = await browser.newContext({ locale: 'es-US', viewport: { width: 320, height: 640 } });
  const { page, watch } = await watchedPage(context);
  await openSample(page, at());
  for (const p of PAGE_PATHS) {
    await visit(page, p);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 320, `/${p} is ${width} px wide at a 320 px viewport in Spanish`);
  }
  assert.deepEqual(watch.consoleErrors, []);
  await context.close();
});

test('the header switch changes the whole interface without a reload, keeps the page and what was typed, and is remembered', async () => {
  const context = await browser.newContext({ locale: 'en-US' });
  const { page, watch } = await watchedPage(context);
  await openSample(page, at());
  await visit(page, 'plan');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  const english = await page.locator('main h1').innerText();
  // A marker that a reload would lose, and a title typed but not added yet.
  await page.evaluate(() => { window.notReloaded = true; });
  await page.locator('#new-goal').fill('Meta escrita antes del cambio');
  await page.locator('#language-switch').focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.documentElement.lang === 'es');
  await page.waitForFunction((h) => document.querySelector('main h1')?.innerText !== h, english);
  assert.equal(await page.evaluate(() => window.notReloaded), true, 'the page was not reloaded');
  assert.match(page.url(), /\/plan$/, 'the same page');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'language-switch', 'focus stays on the switch');
  assert.equal(await page.locator('#language-switch').getAttribute('lang'), 'en', 'the switch offers English, in English');
  await assertSpanish(page, watch, '/plan after the switch');
  // What was typed comes back into the page drawn again, and counts as typed: adding it works.
  await page.waitForFunction(() => document.querySelector('#new-goal')?.value === 'Meta escrita antes del cambio');
  await page.locator('#new-goal').press('Enter');
  await page.getByRole('heading', { level: 2, name: 'Meta escrita antes del cambio' }).waitFor();
  assert.equal(await page.evaluate(() => localStorage.getItem('dew:locale')), 'es');
  // Not in the workspace, so not in its backups.
  assert.ok(!(await page.evaluate(() => localStorage.getItem('dew:workspace'))).includes('"es"'));
  await visit(page, 'divides');
  await assertSpanish(page, watch, '/divides after a reload');
  await page.locator('#language-switch').click();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.equal(await page.locator('main h1').innerText(), 'Divides: who needs what');
  await context.close();
});

test('the unlock screen is in Spanish, and unlocking leads back to Spanish pages', async () => {
  const context = await browser.newContext({ locale: 'es-US' });
  const { page, watch } = await watchedPage(context);
  await openSample(page, at());
  await visit(page, 'privacy');
  const pass = 'una frase de acceso larga';
  await page.locator('#new-passphrase').fill(pass);
  await page.locator('#repeat-passphrase').fill(pass);
  await page.locator('#repeat-passphrase').press('Enter');
  // The notice comes once the workspace is stored encrypted.
  await page.locator('#lock-notice').waitFor({ timeout: 20000 });
  await assertSpanish(page, watch, 'the privacy page, locked');
  await page.reload();
  await page.locator('#lock-heading').waitFor({ timeout: 20000 });
  await assertSpanish(page, watch, 'the unlock screen');
  await page.locator('#unlock-passphrase').fill(pass);
  await page.locator('#unlock-passphrase').press('Enter');
  await page.locator('#lock-heading').waitFor({ state: 'detached', timeout: 20000 });
  await page.locator('main h1').first().waitFor();
  await assertSpanish(page, watch, 'the page after unlocking');
  await context.close();
});
