// The first screen and the printed report, in the sample district (issue 30): where the header
// and menu end on a 1366 x 768 Chromebook screen, where the page title starts at 320 px wide,
// how long the Plan page is, and how many pages the board report prints on Letter and A4.
// `DIST=<dir>` measures another build the same way, for a before-and-after in one run.
// Usage: node bench/first_screen.mjs   (scripts/bench builds dist/ first)
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { startServer, launchBrowser, openSample, waitForApp } from '../tests/e2e/harness.mjs';
import { figure, emit } from './figures.mjs';

const server = await startServer();
const browser = await launchBrowser();
const figures = [];
try {
  const ctx = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await ctx.newPage();
  await openSample(page, server.url);
  const open = async (p) => { await page.goto(server.url + p); await waitForApp(page); await page.waitForTimeout(500); };

  await open('plan');
  const menuEnd = await page.evaluate(() => document.querySelector('.site-nav').getBoundingClientRect().bottom);
  const planLength = await page.evaluate(() => document.documentElement.scrollHeight);
  figures.push(figure('menu-end-px', 'Header and menu end, 1366 x 768 (a fifth is 154 px)', Math.round(menuEnd), 'px', '<=', 154));
  figures.push(figure('plan-length-px', 'Plan page length, sample district, 1366 px wide', planLength, 'px', 'info', null));

  await page.setViewportSize({ width: 320, height: 640 });
  await open('plan');
  const title = (await page.locator('h1').boundingBox()).y;
  figures.push(figure('title-320-px', 'Plan page title starts, 320 px wide', Math.round(title), 'px', 'info', null));

  await page.setViewportSize({ width: 1366, height: 768 });
  await open('report');
  await page.locator('.report-section').first().waitFor();
  await page.emulateMedia({ media: 'print' });
  for (const format of ['Letter', 'A4']) {
    const doc = await getDocument({ data: new Uint8Array(await page.pdf({ format, printBackground: true })), isEvalSupported: false }).promise;
    figures.push(figure(`report-pages-${format.toLowerCase()}`, `Board report, sample district, ${format} pages`, doc.numPages, 'pages', 'info', null));
  }
  for (const f of figures) console.log(`${f.label}: ${f.value} ${f.unit}`);
  emit(figures);
} finally {
  await browser.close();
  server.stop();
}
