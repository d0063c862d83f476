// End-to-end tests of edits that must never be lost or land in the wrong place (issue 28):
// a number or date typed and then left at once (tab closed, page reloaded) is saved; after
// switching the cycle in the header, every editable page shows that cycle's text and saves
// into it; "Load the other tab's version" shows that version in every field.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchBrowser, watchedPage, waitForApp, openSample } from './harness.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); server?.stop(); });
const at = (p = '') => server.url + p;
const LATER = '2026–27';
const EARLIER = '2025–26';

const workspace = (page) => page.evaluate(() => JSON.parse(localStorage.getItem('dew:workspace')).workspace);
const cycleText = async (page, label) => JSON.stringify((await workspace(page)).cycles.find((c) => c.label === label));

/** Fills what is left of this origin's storage with someone else's keys (`filler-…`). */
const fillStorage = (page) => page.evaluate(() => {
  for (const size of [256 * 1024, 1024, 16, 1]) {
    const chunk = 'f'.repeat(size);
    for (let i = 0; ; i++) {
      try { localStorage.setItem(`filler-${size}-${i}`, chunk); } catch { break; }
    }
  }
});
const freeStorage = (page) => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('filler-')).forEach((k) => localStorage.removeItem(k)));

/** Opens Reflect in the sample, fills the storage, and types `words` into the first prompt. */
async function typeWhileFull(page, words) {
  await openSample(page, at());
  await page.goto(at('reflect'));
  await waitForApp(page);
  await fillStorage(page);
  const field = page.locator('section[aria-labelledby="prompts-heading"] textarea').first();
  await field.press('End');
  await field.pressSequentially(words);
  await page.locator('#save-error-banner').waitFor();
  return field;
}

/** The sample opened in tab A, then Reflect open in tabs A and B of one browser profile. */
async function reflectInTwoTabs() {
  const context = await browser.newContext();
  const a = await context.newPage();
  await openSample(a, at());
  await a.goto(at('reflect'));
  await waitForApp(a);
  const b = await context.newPage();
  await b.goto(at('reflect'));
  await waitForApp(b);
  return { context, a, b };
}

async function switchCycle(page, label) {
  await page.getByLabel('Cycle', { exact: true }).selectOption({ label });
  await page.locator('#cycle-switch-go').click();
  await page.waitForFunction((l) => {
    const ws = JSON.parse(localStorage.getItem('dew:workspace')).workspace;
    return ws.cycles.find((c) => c.id === ws.current_cycle)?.label === l;
  }, label);
}

// (Stored text escapes characters from U+0100 up, such as the en dash: compare parsed text.)
// Each editable page, and how to reach one of its text fields.
const PAGES = [
  { name: 'Reflect', path: 'reflect', field: (page) => page.locator('section[aria-labelledby="prompts-heading"] textarea').first() },
  {
    name: 'Plan',
    path: 'plan',
    // Goals show collapsed: the first one is opened to edit.
    open: async (page) => { await page.locator('#goals .goal-toggle').first().click(); },
    // A switch builds the page again, with its goals collapsed.
    afterSwitch: async (page) => { await page.locator('#goals .goal-toggle').first().click(); },
    field: (page) => page.locator('#goals input[id$="-title"]').first(),
  },
  { name: 'Self-assessment', path: 'assessment', field: (page) => page.locator('textarea[id^="ev-"]').first() },
  {
    name: 'Product review',
    path: 'portfolio',
    open: async (page) => { await page.locator('#inventory tbody a').first().click(); await page.locator('#p-need').waitFor(); },
    field: (page) => page.locator('#p-need'),
  },
];

for (const p of PAGES) {
  test(`${p.name}: after switching the cycle, the fields show that cycle and typing saves into it alone`, async () => {
    const context = await browser.newContext();
    const { page, watch } = await watchedPage(context);
    await openSample(page, at());
    const go = async () => {
      await page.goto(at(p.path));
      await waitForApp(page);
      if (p.open) await p.open(page);
      await p.field(page).waitFor();
    };
    await go();
    const laterText = `Only in ${LATER}: ${p.name}`;
    await p.field(page).fill(laterText);
    await page.waitForFunction((t) => JSON.stringify(JSON.parse(localStorage.getItem('dew:workspace'))).includes(t), laterText);

    await switchCycle(page, EARLIER);
    if (p.afterSwitch) await p.afterSwitch(page);
    const shown = await p.field(page).inputValue();
    assert.notEqual(shown, laterText, `${p.name} still shows ${LATER}'s text after switching to ${EARLIER}`);
    await p.field(page).press('End');
    await p.field(page).pressSequentially(' (typed in 2025–26)');
    await page.waitForFunction(() => JSON.stringify(JSON.parse(localStorage.getItem('dew:workspace'))).includes('(typed in 2025–26)'));

    // What is stored: the earlier cycle has its own text plus the words typed, and nothing of
    // the later cycle's; the later cycle is as it was left.
    const earlier = await cycleText(page, EARLIER);
    assert.ok(!earlier.includes(laterText), `${LATER}'s text was saved into ${EARLIER}`);
    assert.ok(earlier.includes(JSON.stringify(shown + ' (typed in 2025–26)').slice(1, -1)), 'the earlier cycle holds what was shown, with the words typed');
    assert.ok((await cycleText(page, LATER)).includes(laterText));
    assert.ok(!(await cycleText(page, LATER)).includes('(typed in 2025–26)'));

    // A fresh load shows the same, and switching back shows the later cycle's text again.
    await go();
    assert.equal(await p.field(page).inputValue(), shown + ' (typed in 2025–26)');
    await switchCycle(page, LATER);
    if (p.afterSwitch) await p.afterSwitch(page);
    assert.equal(await p.field(page).inputValue(), laterText);
    assert.deepEqual(watch.consoleErrors, []);
    await context.close();
  });
}

test('a number and a date typed and then left at once (reload, close) are saved', async () => {
  const context = await browser.newContext();
  const { page, watch } = await watchedPage(context);
  await openSample(page, at());
  await page.goto(at('portfolio'));
  await waitForApp(page);
  await page.locator('#inventory tbody a').first().click();
  await page.locator('#p-active').waitFor();
  const name = await page.locator('#product-heading').innerText();
  // Typed without leaving the field, then the page is reloaded at once.
  await page.locator('#p-active').fill('');
  await page.locator('#p-active').pressSequentially('4321');
  await page.reload();
  await waitForApp(page);
  const product = (await workspace(page)).cycles.find((c) => c.label === LATER).portfolio.products.find((x) => x.name === name);
  assert.equal(product.active_users, 4321, 'the number typed was saved before the reload');

  // A date typed by keyboard into a plan action's due date, then the tab is closed.
  await page.goto(at('plan'));
  await waitForApp(page);
  await page.locator('#goals .goal-toggle').first().click();
  const due = page.locator('#goals input[id$="-due"]').first();
  await due.waitFor();
  const id = await due.getAttribute('id');
  await due.focus();
  await page.keyboard.type('03152028');
  await page.close({ runBeforeUnload: true });
  const again = await context.newPage();
  await again.goto(at('plan'));
  await waitForApp(again);
  await again.locator('#goals .goal-toggle').first().click();
  assert.equal(await again.locator(`#${id}`).inputValue(), '2028-03-15', 'the date typed was saved before the tab closed');
  assert.deepEqual(watch.consoleErrors, []);
  await context.close();
});

test("another tab's words appear in this tab's fields without a question, and typing then keeps both tabs' words", async () => {
  const { context, a, b } = await reflectInTwoTabs();
  const field = (page) => page.locator('section[aria-labelledby="prompts-heading"] textarea').first();
  await field(b).waitFor();
  const before = await field(b).inputValue();
  await field(a).press('End');
  await field(a).pressSequentially(' Written in tab A.');
  await a.waitForFunction(() => localStorage.getItem('dew:workspace').includes('Written in tab A.'));
  await a.close();
  await b.waitForFunction(() => document.querySelector('section[aria-labelledby="prompts-heading"] textarea')?.value.endsWith('Written in tab A.'));
  assert.equal(await field(b).inputValue(), before + ' Written in tab A.', "tab B's field shows tab A's words");
  assert.equal(await b.locator('#other-tab-banner').count(), 0, 'nothing to choose');
  await field(b).press('End');
  await field(b).pressSequentially(' And in tab B.');
  await b.waitForFunction(() => localStorage.getItem('dew:workspace').includes('Written in tab A. And in tab B.'));
  await context.close();
});

test('two tabs typing in turn in different fields, never answering anything: every edit is kept', async () => {
  const { context, a, b } = await reflectInTwoTabs();
  const prompt = (page, i) => page.locator('section[aria-labelledby="prompts-heading"] textarea').nth(i);
  for (let round = 1; round <= 3; round++) {
    await prompt(a, 0).press('End');
    await prompt(a, 0).pressSequentially(` A${round}.`);
    await prompt(b, 1).press('End');
    await prompt(b, 1).pressSequentially(` B${round}.`);
  }
  await a.close();
  await b.close();
  const c = await context.newPage();
  await c.goto(at('reflect'));
  await waitForApp(c);
  assert.match(await prompt(c, 0).inputValue(), / A1\. A2\. A3\.$/);
  assert.match(await prompt(c, 1).inputValue(), / B1\. B2\. B3\.$/);
  await context.close();
});

test('the same field changed in two tabs asks; the other version is kept aside meanwhile; loading it shows it, and typing then keeps it', async () => {
  const context = await browser.newContext();
  const { page } = await watchedPage(context);
  await openSample(page, at());
  await page.goto(at('reflect'));
  await waitForApp(page);
  const field = page.locator('section[aria-labelledby="prompts-heading"] textarea').first();
  await field.waitFor();
  // Another tab's save of the same prompt, arriving while this tab's own edit of it is not
  // saved yet: typed and announced in one task, before this tab's save can run.
  await page.evaluate(() => {
    const doc = JSON.parse(localStorage.getItem('dew:workspace'));
    const ws = doc.workspace;
    const cycle = ws.cycles.find((c) => c.id === ws.current_cycle);
    cycle.reflections.who = { ...(cycle.reflections.who || {}), now: 'Their words.' };
    const theirs = JSON.stringify(doc);
    const box = document.querySelector('section[aria-labelledby="prompts-heading"] textarea');
    box.value = 'Our words.';
    box.dispatchEvent(new Event('input', { bubbles: true }));
    localStorage.setItem('dew:workspace', theirs);
    window.dispatchEvent(new StorageEvent('storage', { key: 'dew:workspace', newValue: theirs, storageArea: localStorage }));
  });
  await page.locator('#other-tab-banner').waitFor();
  const aside = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes(':tabs-disagreed')).map((k) => localStorage.getItem(k)));
  assert.equal(aside.length, 1, 'the other version is set aside while nobody has chosen');
  assert.match(aside[0], /Their words\./);
  assert.equal(await field.inputValue(), 'Our words.');
  await page.getByRole('button', { name: "Load the other tab's version" }).click();
  await page.locator('#other-tab-banner').waitFor({ state: 'detached' });
  await page.waitForFunction(() => document.querySelector('section[aria-labelledby="prompts-heading"] textarea')?.value === 'Their words.');
  // Typing after loading it builds on their words, is saved, and asks nothing more.
  await field.press('Control+End');
  await field.pressSequentially(' And ours after.');
  await page.waitForFunction(() => (localStorage.getItem('dew:workspace') || '').includes('Their words. And ours after.'));
  await page.reload();
  await waitForApp(page);
  assert.equal(await field.inputValue(), 'Their words. And ours after.');
  assert.equal(await page.locator('#other-tab-banner').count(), 0);
  await context.close();
});

test('a damaged stored document met at nine reloads is set aside once', async () => {
  const context = await browser.newContext();
  const { page } = await watchedPage(context);
  await page.goto(at());
  await waitForApp(page);
  // 680 KB of damaged JSON: six copies of it used to fill the storage.
  const damaged = '{"app":"digital-equity-workbench","schema":5,"workspace":{"district":"' + 'd'.repeat(680 * 1024) + '",,}';
  await page.evaluate((d) => localStorage.setItem('dew:workspace', d), damaged);
  for (let i = 0; i < 9; i++) {
    await page.reload();
    await waitForApp(page);
    await page.locator('#unreadable-banner').waitFor();
  }
  const copies = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('dew:set-aside:')));
  assert.equal(copies.length, 1, `one copy, not ${copies.length}`);
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), copies[0]), damaged, 'kept byte for byte');
  // Dismissed, the sample opens beside the one copy, and still no second copy is made.
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await page.getByRole('button', { name: 'Open the sample district' }).click();
  await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
  assert.equal((await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('dew:set-aside:')))).length, 1);
  await context.close();
});

test('a damaged document that cannot be set aside (storage full): download it, continue, and the sample opens', async () => {
  const context = await browser.newContext({ acceptDownloads: true });
  const { page } = await watchedPage(context);
  await page.goto(at());
  await waitForApp(page);
  const damaged = '{"app":"digital-equity-workbench",,"workspace":"' + 'x'.repeat(2 * 1024 * 1024) + '"}';
  await page.evaluate((d) => localStorage.setItem('dew:workspace', d), damaged);
  await fillStorage(page); // so that no copy fits
  await page.reload();
  await waitForApp(page);
  await page.locator('#unreadable-banner').waitFor();
  assert.equal((await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('dew:set-aside:')))).length, 0, 'no room for a copy');
  const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download what was stored' }).click()]);
  assert.equal((await import('node:fs')).readFileSync(await dl.path(), 'utf8'), damaged, 'the download is the stored document, byte for byte');
  await page.getByRole('button', { name: 'I have my copy: continue' }).click();
  await page.getByRole('button', { name: 'Open the sample district' }).click();
  await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor({ timeout: 10000 });
  await page.waitForFunction(() => (localStorage.getItem('dew:workspace') || '').includes('Riverbend'));
  await context.close();
});

test('storage full, then freed without another edit: the app saves by itself and says so', async () => {
  const context = await browser.newContext();
  const { page } = await watchedPage(context);
  const field = await typeWhileFull(page, ' Typed while the storage was full.');
  // Space is freed elsewhere (another tab, the Data page): no further edit is made here.
  await freeStorage(page);
  await page.waitForFunction(() => (localStorage.getItem('dew:workspace') || '').includes('Typed while the storage was full.'), null, { timeout: 15000 });
  await page.locator('#save-resumed-banner').getByText('Saving works again').waitFor();
  assert.equal(await page.locator('#save-error-banner').count(), 0, 'the failure banner is gone');
  await page.reload();
  await waitForApp(page);
  assert.match(await field.inputValue(), /Typed while the storage was full\.$/, 'the edit survives a reload');
  await context.close();
});

test('storage full, then freed: hiding the tab saves at once', async () => {
  const context = await browser.newContext();
  const { page } = await watchedPage(context);
  const field = await typeWhileFull(page, ' Kept when the tab was hidden.');
  await freeStorage(page);
  // The tab is hidden (the person switches away): the waiting save is made then, before the
  // retry timer would.
  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
    window.dispatchEvent(new Event('pagehide'));
  });
  assert.ok((await page.evaluate(() => localStorage.getItem('dew:workspace'))).includes('Kept when the tab was hidden.'), 'saved at once on hide');
  await context.close();
});

test('a number left half-typed and invalid changes nothing stored', async () => {
  const context = await browser.newContext();
  const { page } = await watchedPage(context);
  await openSample(page, at());
  await page.goto(at('portfolio'));
  await waitForApp(page);
  await page.locator('#inventory tbody a').first().click();
  await page.locator('#p-licences').waitFor();
  const name = await page.locator('#product-heading').innerText();
  const licences = async () => (await workspace(page)).cycles.find((c) => c.label === LATER).portfolio.products.find((x) => x.name === name).licences;
  await page.locator('#p-licences').fill('1200');
  await page.locator('#p-need').focus();
  await page.waitForFunction(() => localStorage.getItem('dew:workspace').includes('1200'));
  const before = await licences();
  assert.equal(before, 1200);
  await page.locator('#p-licences').focus();
  // "12" is whole on the way to "12x": saved while typing, then put back when left invalid.
  await page.locator('#p-licences').fill('');
  await page.locator('#p-licences').pressSequentially('12x');
  await page.locator('#p-need').focus();
  await page.locator('#p-licences-error').waitFor();
  assert.equal(await licences(), before, 'the stored number is the one from before the field was entered');
  await context.close();
});

test("a tab with nothing unsaved takes another tab's save but keeps showing its own cycle", async () => {
  const { context, a, b } = await reflectInTwoTabs();
  await switchCycle(a, EARLIER);
  const field = (page) => page.locator('section[aria-labelledby="prompts-heading"] textarea').first();
  const earlierText = await field(a).inputValue();
  // Tab A counts the saves it hears of, so the check below runs once it has taken B's.
  await a.evaluate(() => { window.__heard = ''; addEventListener('storage', (e) => { window.__heard = e.newValue || ''; }); });
  await field(b).press('End');
  await field(b).pressSequentially(' Typed in tab B.');
  await b.waitForFunction(() => localStorage.getItem('dew:workspace').includes('Typed in tab B.'));
  await a.waitForFunction(() => window.__heard.includes('Typed in tab B.'));
  await a.evaluate(() => new Promise((r) => setTimeout(r, 50))); // the app's own listener has run
  assert.equal(await a.getByLabel('Cycle', { exact: true }).evaluate((s) => s.selectedOptions[0].textContent), EARLIER, 'tab A still shows the earlier cycle');
  assert.equal(await field(a).inputValue(), earlierText);
  await context.close();
});

test('a question left open while the other tab keeps saving keeps one copy of its version, the latest', async () => {
  const context = await browser.newContext();
  const { page } = await watchedPage(context);
  await openSample(page, at());
  await page.goto(at('reflect'));
  await waitForApp(page);
  await page.locator('section[aria-labelledby="prompts-heading"] textarea').first().waitFor();
  // A real conflict opens the question (as in the test above), then the other tab saves 20 times.
  await page.evaluate(() => {
    const theirs = (words) => {
      const doc = JSON.parse(localStorage.getItem('dew:workspace'));
      const cycle = doc.workspace.cycles.find((c) => c.id === doc.workspace.current_cycle);
      cycle.reflections.who = { ...(cycle.reflections.who || {}), now: words };
      return JSON.stringify(doc);
    };
    const box = document.querySelector('section[aria-labelledby="prompts-heading"] textarea');
    box.value = 'Our words.';
    box.dispatchEvent(new Event('input', { bubbles: true }));
    for (let i = 1; i <= 20; i++) {
      const doc = theirs(`Their words, save ${i}.`);
      window.dispatchEvent(new StorageEvent('storage', { key: 'dew:workspace', newValue: doc, storageArea: localStorage }));
    }
  });
  await page.locator('#other-tab-banner').waitFor();
  const copies = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes(':tabs-disagreed')).map((k) => localStorage.getItem(k)));
  assert.equal(copies.length, 1, `one copy, not ${copies.length}`);
  assert.match(copies[0], /Their words, save 20\./);
  await context.close();
});

test('the first save asks the browser to keep the data, and the Privacy page tells its answer', async () => {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    window.__persistAsked = 0;
    const persist = navigator.storage.persist.bind(navigator.storage);
    navigator.storage.persist = () => { window.__persistAsked++; return persist(); };
  });
  const { page, watch } = await watchedPage(context);
  await openSample(page, at());
  await page.waitForFunction(() => window.__persistAsked > 0, null, { timeout: 5000 });
  await page.getByRole('link', { name: 'Privacy' }).first().click();
  await page.getByRole('heading', { level: 1, name: 'Privacy' }).waitFor();
  const persisted = await page.evaluate(() => navigator.storage.persisted());
  await page.locator('#persist-state').filter({ hasText: persisted ? 'has agreed to keep' : 'Not guaranteed' }).waitFor();
  assert.deepEqual(watch.consoleErrors, []);
  await context.close();
});
