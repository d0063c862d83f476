// The survey kit (issue 29): a kit is made on its page, a Forms-style export is built from its
// question list (headers = question text, answers = option text, English and Spanish rows
// mixed, blanks, one header edited in the form), and Survey import maps it with no manual
// choice except the edited column; the stored counts equal counts made here from the same
// rows. The same rows exported with a section per language (each question in two columns)
// count the same. The printed family form in both languages is checked page by page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { startServer, launchBrowser, watchedPage, waitForApp, axeViolations, foreignRequests, openSample, downloadText, pdfText } from './harness.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); server?.stop(); });
const at = (p = '') => server.url + p;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dew-kit-'));

const download = downloadText;

/** A small seeded generator, so that a failure can be replayed. */
function rng(seed) {
  let s = seed >>> 0;
  return () => { s = (s * 1664525 + 1013904223) >>> 0; return s / 2 ** 32; };
}

const EDITED = 'Can your child go online at home on it?';

/** Opens the kit page on the sample and chooses the family form, both languages, the grade
 *  and the English-learner question only. */
async function openKit(page) {
  await openSample(page, at());
  await page.getByRole('link', { name: 'Survey kit' }).click();
  await page.getByRole('heading', { level: 1, name: 'Survey kit' }).waitFor();
  await page.locator('#kit-instrument-family').check();
  await page.locator('#kit-lang-both').check();
  await page.locator('#kit-grade').check();
  for (const box of await page.locator('input[id^="kit-dim-"]').all()) {
    if ((await box.getAttribute('id')) === 'kit-dim-el') await box.check(); else await box.uncheck();
  }
}

test('a Forms export of a kit imports with no mapping except its edited column', async () => {
  const context = await browser.newContext();
  const { page, watch } = await watchedPage(context);
  await openKit(page);
  assert.deepEqual(await axeViolations(page), []);

  // The question list, as a district would copy it into Forms: making it saves the kit.
  const listCsv = await download(page, () => page.locator('#kit-csv').click());
  await page.locator('#kit-status').getByText('Kit saved on this device').waitFor();
  const list = Papa.parse(listCsv, { header: true, skipEmptyLines: true }).data;
  const questions = [];
  for (const r of list) {
    let q = questions.find((x) => x.number === r.number);
    if (!q) { q = { number: r.number, en: r.question_english, es: r.question_spanish, feeds: r.feeds_id, options: [] }; questions.push(q); }
    if (r.option_number) q.options.push({ en: r.option_english, es: r.option_spanish, means: r.counts_as_id });
  }
  assert.deepEqual(questions.map((q) => q.feeds), ['school', 'grade', 'el', 'dedicated-device', 'device-sufficient',
    'home-internet', 'home-internet-sufficient', 'broadband-benchmark', 'assistive-tech-met']);
  // Each question that feeds an indicator says what every option means.
  for (const q of questions.slice(3)) {
    assert.ok(q.options.every((o) => ['meets', 'does-not-meet', 'not-answered'].includes(o.means)), q.en);
  }

  // The export: Google Forms writes a Timestamp, then one column per question, headed by its
  // text; a family answering the Spanish form writes the Spanish option. One question was
  // edited in Forms.
  const header = ['Timestamp', ...questions.map((q) => (q.feeds === 'home-internet' ? EDITED : q.en))];
  const rand = rng(29);
  const rows = [];
  for (let n = 0; n < 240; n++) {
    const es = rand() < 0.45;
    const answers = questions.map((q) => {
      if (q.feeds !== 'school' && rand() < 0.1) return null; // left blank
      return q.options[Math.floor(rand() * q.options.length)];
    });
    rows.push({ es, answers });
  }
  const cell = (o, es) => (o === null ? '' : es ? o.es : o.en);
  const csv = Papa.unparse([header, ...rows.map((r, n) => [`2026/09/${10 + (n % 20)} 8:${String(n % 60).padStart(2, '0')}:00`,
    ...r.answers.map((o) => cell(o, r.es))])]);
  const file = path.join(tmp, 'family-kit-responses.csv');
  fs.writeFileSync(file, csv);

  // Survey import: every column but the edited one comes from the kit.
  await page.getByRole('link', { name: 'Survey import' }).click();
  await page.getByRole('heading', { level: 1, name: 'Survey import' }).waitFor();
  await page.locator('#survey-file').setInputFiles(file);
  await page.locator('#survey-kit-used').waitFor();
  assert.match(await page.locator('#survey-kit-used').innerText(), /“Families: access at home”: 8 columns mapped from the kit/);
  const internet = questions.find((q) => q.feeds === 'home-internet');
  assert.ok((await page.locator('#survey-kit-not-found').innerText()).includes(`“${internet.en}”`));
  assert.deepEqual(await axeViolations(page), []);

  // The manual choices: the edited column's indicator, then each of its answer words the
  // suggestions do not know. Nothing else is left to choose.
  let choices = 0;
  const col = header.indexOf(EDITED);
  const select = page.locator(`#sv-col-${col}`);
  assert.equal(await select.inputValue(), '', 'the edited column is left for the person');
  await select.selectOption('home-internet');
  choices++;
  // Its options are still the kit's: their meanings come with the choice of indicator.
  const problems = async () => (await page.locator('#survey-problems li').allInnerTexts());
  for (const p of await problems()) assert.ok(p.includes(EDITED), `only the edited column is left: ${p}`);
  for (const o of internet.options) {
    for (const word of [...new Set([o.en, o.es])]) {
      if (!(await problems()).some((p) => p.includes(`“${word}”`))) continue;
      // The value's menu, found by its label's first text (the row count follows it).
      const id = await page.evaluate(([c, w]) => [...document.querySelectorAll(`label[for^="sv-a-${c}-"]`)]
        .find((l) => l.firstChild?.textContent.trim() === w)?.htmlFor, [col, word]);
      await page.locator(`#${id}`).selectOption(o.means);
      choices++;
    }
  }
  assert.deepEqual(await problems(), []);
  console.log(`manual mapping choices with the kit: ${choices}`);
  assert.equal(choices, 1, 'one choice: the edited column\'s indicator');

  // Count and replace this cycle's divide data with the counts.
  await page.locator('#survey-run').click();
  await page.locator('#survey-summary-heading').waitFor({ timeout: 30000 });
  assert.equal(await page.locator('#survey-rows').innerText(), '240');
  assert.equal(await page.locator('#survey-counted').innerText(), '240');
  await page.locator('#survey-replace').click();
  await page.locator('#survey-replace-yes').click();
  await page.locator('#survey-outcome').waitFor();

  // The same count, made here from the rows: a row counts for its school and for each group
  // its answers put it in; "meets" adds to both counts, "does not meet" to the denominator,
  // a blank or a "left out" answer to neither.
  const ws = await page.evaluate(() => JSON.parse(localStorage.getItem('dew:workspace')).workspace);
  const cycle = ws.cycles.find((c) => c.id === ws.current_cycle);
  const schoolId = (name) => cycle.divides.schools.find((s) => s.name === name).id;
  const expected = {};
  for (const r of rows) {
    const at = (feeds) => r.answers[questions.findIndex((q) => q.feeds === feeds)];
    const school = schoolId(at('school').en);
    const groups = [''];
    for (const d of ['grade', 'el']) if (at(d)?.means) groups.push(`${d}:${at(d).means}`);
    questions.forEach((q, i) => {
      const a = r.answers[i];
      if (!['meets', 'does-not-meet'].includes(a?.means)) return;
      for (const g of groups) {
        const c = ((expected[q.feeds] ??= {})[school] ??= {})[g] ??= [0, 0];
        c[0] += a.means === 'meets' ? 1 : 0;
        c[1] += 1;
      }
    });
  }
  assert.deepEqual(cycle.divides.cells, expected);

  // The same rows as Google Forms exports a form with a section per language: each question
  // has an English and a Spanish column, and a row fills its language's. The English
  // section's internet question was edited: the kit finds that question by its Spanish column
  // and says so; the person gives the edited column the same indicator, one choice again.
  const sectioned = [['Timestamp', ...header.slice(1), ...questions.map((q) => q.es)],
    ...rows.map((r, n) => {
      const en = r.answers.map((o) => cell(o, false));
      const es = r.answers.map((o) => cell(o, true));
      const blank = questions.map(() => '');
      return [`2026/09/${10 + (n % 20)} 9:00:00`, ...(r.es ? blank : en), ...(r.es ? es : blank)];
    })];
  const file2 = path.join(tmp, 'family-kit-sections.csv');
  fs.writeFileSync(file2, Papa.unparse(sectioned));
  await page.locator('#survey-file').setInputFiles(file2);
  await page.locator('#survey-kit-one-language').waitFor();
  assert.ok((await page.locator('#survey-kit-one-language').innerText()).includes(`“${internet.en}”`));
  assert.ok(await page.locator('#survey-kit-not-found').count() === 0);
  const select2 = page.locator(`#sv-col-${header.indexOf(EDITED)}`);
  assert.equal(await select2.inputValue(), '');
  await select2.selectOption('home-internet');
  assert.deepEqual(await problems(), []);
  await page.locator('#survey-run').click();
  await page.locator('#survey-summary-heading').waitFor({ timeout: 30000 });
  assert.equal(await page.locator('#survey-counted').innerText(), '240');
  await page.locator('#survey-replace').click();
  await page.locator('#survey-replace-yes').click();
  await page.locator('#survey-outcome').waitFor();
  const ws2 = await page.evaluate(() => JSON.parse(localStorage.getItem('dew:workspace')).workspace);
  assert.deepEqual(ws2.cycles.find((c) => c.id === ws2.current_cycle).divides.cells, expected);

  // Only counts and the kit are stored: no row's timestamp reached storage.
  const all = await page.evaluate(() => Object.values(localStorage).join('\n'));
  assert.ok(!all.includes('2026/09/1'), 'no row-level value is stored');
  assert.deepEqual(watch.consoleErrors, []);
  assert.deepEqual(foreignRequests(watch, server.origin), []);
  await context.close();
});

test('the family form prints in English and Spanish side by side, and alone', async () => {
  const context = await browser.newContext();
  const { page, watch } = await watchedPage(context);
  await openKit(page);
  const printed = async () => pdfText(await page.pdf({ format: 'Letter', printBackground: true }));
  const both = await printed();
  // Two Letter pages for nine questions; the page's own controls do not print.
  assert.ok(both.pages >= 1 && both.pages <= 3, `${both.pages} pages`);
  for (const s of ['Family survey: technology at home', 'Encuesta a familias: la tecnología en casa',
    'What grade is your child in?', '¿En qué grado está su hijo o hija?', 'Yes, all of it', 'Sí, todas']) {
    assert.ok(both.text.includes(s), `printed: ${s}`);
  }
  for (const s of ['Who answers', 'Survey kit', 'What each answer counts as', 'Counts as', 'Meets']) {
    assert.ok(!both.text.includes(s), `not printed: ${s}`);
  }
  // Spanish alone: no English question text.
  await page.locator('#kit-lang-es').check();
  const es = await printed();
  assert.ok(es.text.includes('¿En qué grado está su hijo o hija?') && !es.text.includes('What grade is your child in?'));
  await page.locator('#kit-lang-en').check();
  const en = await printed();
  assert.ok(en.text.includes('What grade is your child in?') && !en.text.includes('Sí, todas'));
  // The student form asks no income or disability question: those boxes show unticked and
  // disabled, and the form has no such question; the family form asks them again.
  await page.locator('#kit-dim-econ').check();
  await page.locator('#kit-instrument-student').check();
  assert.equal(await page.locator('#kit-dim-econ').isChecked(), false);
  assert.ok(await page.locator('#kit-dim-econ').isDisabled());
  assert.ok(!(await page.locator('#kit-paper').innerText()).includes('school meals'));
  await page.locator('#kit-instrument-family').check();
  assert.ok(await page.locator('#kit-dim-econ').isChecked());
  assert.ok((await page.locator('#kit-paper').innerText()).includes('Does your child get free or reduced-price school meals?'));
  // Each side is marked with its language for screen readers.
  await page.locator('#kit-lang-both').check();
  assert.ok(await page.locator('#kit-paper [lang="es"]').count() > 10);
  assert.deepEqual(await axeViolations(page), []);
  // At 320 px the two sides stack and nothing scrolls sideways.
  await page.setViewportSize({ width: 320, height: 800 });
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 320));
  assert.deepEqual(watch.consoleErrors, []);
  await context.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});
