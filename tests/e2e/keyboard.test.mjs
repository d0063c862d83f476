// A keyboard walk through the cycle, asserting where focus is after each step: the skip link
// on the start page and on an inner page, the menu, the cycle switch (a choice in the menu
// changes nothing until "Switch"), a goal made from a finding (confirmation beside the button,
// a second press opens the goal made), the Plan's collapsed goals, the divide-data grid after
// "Add school", and the narrow screen's menu button. Keys only, apart from `focus()` to put
// the keyboard on a control a person would reach by Tab.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchBrowser, watchedPage, waitForApp, openSample } from './harness.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); server?.stop(); });
const at = (p = '') => server.url + p;

/** What has the focus: its id, else its tag, role and name. */
const focused = (page) => page.evaluate(() => {
  const e = document.activeElement;
  if (!e || e === document.body) return 'body';
  return e.id || `${e.tagName.toLowerCase()}:${e.getAttribute('aria-label') || e.textContent.trim().slice(0, 60)}`;
});
/** Waits until `want` (an id, or a predicate on the focused description) has the focus. */
async function focusIs(page, want, why) {
  const ok = typeof want === 'string' ? (f) => f === want : want;
  for (let i = 0; i < 40; i++) {
    if (ok(await focused(page))) return;
    await page.waitForTimeout(50);
  }
  assert.fail(`${why}: focus is on ${await focused(page)}`);
}
const stored = (page) => page.evaluate(() => JSON.parse(localStorage.getItem('dew:workspace')).workspace);

test('a keyboard walk through the cycle meets no trap', async () => {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const { page, watch } = await watchedPage(context);
  await page.goto(at());
  await waitForApp(page);

  // The skip link is the first stop, and moves focus to the main content.
  await page.keyboard.press('Tab');
  await focusIs(page, (f) => f.includes('Skip to main content'), 'first Tab');
  await page.keyboard.press('Enter');
  await focusIs(page, 'main', 'skip link on the start page');
  assert.equal(new URL(page.url()).pathname, '/workbench/');

  await page.getByRole('button', { name: 'Open the sample district' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();

  // A menu link by keyboard: the new page's main content takes the focus.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Divides', exact: true }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: 'Divides' }).waitFor();
  await focusIs(page, 'main', 'after a menu link');

  // The skip link on an inner page (opened from its address) stays on that page.
  await page.goto(at('divides'));
  await waitForApp(page);
  await page.keyboard.press('Tab');
  await focusIs(page, (f) => f.includes('Skip to main content'), 'first Tab on /divides');
  await page.keyboard.press('Enter');
  await focusIs(page, 'main', 'skip link on /divides');
  assert.equal(new URL(page.url()).pathname, '/workbench/divides', 'the skip link did not leave the page');
  await page.getByRole('heading', { level: 1, name: 'Divides' }).waitFor();

  // The cycle menu: an arrow key changes the menu, not the cycle; Switch does, and says so.
  const current = (await stored(page)).current_cycle;
  const select = page.locator('#cycle-switch');
  await select.focus();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.waitForTimeout(300);
  await focusIs(page, 'cycle-switch', 'after arrow keys in the cycle menu');
  assert.equal((await stored(page)).current_cycle, current, 'arrow keys did not switch the cycle');
  assert.equal(await page.locator('#earlier-cycle-banner').count(), 0);
  // Choose the earlier cycle, then Switch.
  await select.focus();
  await page.keyboard.press('Home');
  await page.keyboard.press('Tab');
  await focusIs(page, 'cycle-switch-go', 'Tab from the menu');
  await page.keyboard.press('Enter');
  await page.locator('#cycle-status', { hasText: /^Now showing the .+ cycle/ }).waitFor();
  await page.locator('#earlier-cycle-banner').waitFor();
  await focusIs(page, 'cycle-switch-go', 'after Switch');
  // (Saved a moment later.)
  await page.waitForFunction((c) => JSON.parse(localStorage.getItem('dew:workspace')).workspace.current_cycle !== c, current);
  // Back to the latest from the banner: focus goes to the page it was about.
  await page.locator('#earlier-cycle-banner button').focus();
  await page.keyboard.press('Enter');
  await page.locator('#earlier-cycle-banner').waitFor({ state: 'detached' });
  await focusIs(page, 'main', 'after switching back from the banner');
  await page.waitForFunction((c) => JSON.parse(localStorage.getItem('dew:workspace')).workspace.current_cycle === c, current);

  // A goal from a finding: the confirmation is beside the button and has the focus.
  const finding = page.locator('#findings > li').first();
  const goals = async () => (await stored(page)).cycles.at(-1).plan.goals.length;
  const before = await goals();
  await finding.getByRole('button', { name: /^Create a goal: / }).focus();
  await page.keyboard.press('Enter');
  await focusIs(page, (f) => /-created$/.test(f), 'after Create a goal');
  await page.waitForFunction((n) => JSON.parse(localStorage.getItem('dew:workspace')).workspace.cycles.at(-1).plan.goals.length === n, before + 1);
  const box = await finding.locator('.goal-created').boundingBox();
  const button = await finding.getByRole('button', { name: /^Open its goal: / }).boundingBox();
  assert.ok(Math.abs(box.y - button.y) < 200, `the confirmation is beside the button (${box.y} and ${button.y})`);
  // A second press opens the goal made, on the Plan page, with the focus on it.
  await finding.getByRole('button', { name: /^Open its goal: / }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: 'Action plan' }).waitFor();
  await focusIs(page, (f) => /^goal-\d+-toggle$/.test(f), 'the goal made, opened');
  assert.equal(await page.locator(`#${await focused(page)}`).getAttribute('aria-expanded'), 'true');
  assert.equal(await goals(), before + 1, 'no second goal');

  // The Plan: goals collapsed; Enter on a goal's button opens it, Tab goes into its fields.
  await page.locator('#goals .goal-toggle').first().focus();
  const first = await page.locator('#goals .goal-toggle').first().getAttribute('id');
  if (await page.locator(`#${first}`).getAttribute('aria-expanded') === 'false') await page.keyboard.press('Enter');
  assert.equal(await page.locator(`#${first}`).getAttribute('aria-expanded'), 'true');
  await page.keyboard.press('Tab');
  await focusIs(page, first.replace('-toggle', '-title'), 'Tab into the opened goal');

  // Divide data: after "Add school", focus is on the new school's first cell, fully named.
  await page.goto(at('divide-data'));
  await waitForApp(page);
  const name = page.getByLabel('School name');
  await name.focus();
  await page.keyboard.type('Keyboard Elementary');
  await page.keyboard.press('Enter');
  await focusIs(page, (f) => /^g-\d+-0-n$/.test(f), 'after Add school');
  const cell = page.locator(`#${await focused(page)}`);
  assert.equal(await cell.getAttribute('aria-label'), 'Keyboard Elementary, Whole school: meeting the indicator');
  await page.keyboard.type('30');
  await page.keyboard.press('Tab');
  assert.match(await page.evaluate(() => document.activeElement.getAttribute('aria-label')), /^Keyboard Elementary, Whole school: answered$/);
  await page.keyboard.type('40');
  await page.keyboard.press('Tab');
  assert.equal(await cell.locator('xpath=ancestor::td').locator('.cell-rate').innerText(), '75%', 'the row shows its rate');

  // A narrow window (or 200% zoom): the menu is behind a labelled button, and opens by key.
  await page.setViewportSize({ width: 683, height: 384 });
  const menu = page.getByRole('button', { name: 'Menu' });
  assert.equal(await menu.getAttribute('aria-expanded'), 'false');
  assert.equal(await page.getByRole('link', { name: 'Privacy' }).isVisible(), false, 'links hidden until asked for');
  await menu.focus();
  await page.keyboard.press('Enter');
  assert.equal(await menu.getAttribute('aria-expanded'), 'true');
  await page.keyboard.press('Tab');
  await focusIs(page, (f) => f.includes('Overview'), 'Tab from the menu button');
  await page.getByRole('link', { name: 'Privacy' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: 'Privacy' }).waitFor();
  await focusIs(page, 'main', 'after a link in the opened menu');
  assert.equal(await menu.getAttribute('aria-expanded'), 'false', 'the menu closes on a move');
  const h1 = await page.locator('h1').boundingBox();
  assert.ok(h1.y < 384, `the page title is on the first screen at 200% zoom (${h1.y})`);

  assert.deepEqual(watch.consoleErrors, []);
  await context.close();
});

test('the header and menu take at most about a fifth of a 1366 x 768 screen, and leave the title on a 320 px screen', async () => {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  await openSample(page, at());
  for (const p of ['', 'plan', 'divides', 'report']) {
    await page.goto(at(p));
    await waitForApp(page);
    const bottom = await page.evaluate(() => document.querySelector('.site-nav').getBoundingClientRect().bottom);
    assert.ok(bottom <= 768 * 0.2 + 1, `/${p}: header and menu end at ${bottom} px`);
  }
  // The Portfolio item is marked on the pages that belong to it.
  for (const p of ['portfolio', 'portfolio-review', 'portfolio-overview']) {
    await page.goto(at(p));
    await waitForApp(page);
    const current = page.locator('.site-nav a[aria-current]');
    assert.deepEqual(await current.allInnerTexts(), ['Portfolio'], `/${p}`);
  }
  // At 320 px the page title is on the first screen (it started at 774 px).
  await page.setViewportSize({ width: 320, height: 640 });
  for (const p of ['plan', 'divides']) {
    await page.goto(at(p));
    await waitForApp(page);
    const top = (await page.locator('h1').boundingBox()).y;
    assert.ok(top < 320, `/${p} at 320 px: the title starts at ${top} px`);
  }
  await context.close();
});
