// Shared helpers for the end-to-end tests and the benchmark: serve the release dist/ under a
// sub-path, drive Debian's Chromium with playwright-core, and watch every page for console
// errors, requests to other origins, and axe-core violations.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import fs from 'node:fs';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SUB = '/workbench/';

/** Every page's path relative to the app's base ('' for the start page), from the page table
 *  (src/ui/pages.json) that the app and the build are made from. */
export const PAGE_PATHS = JSON.parse(fs.readFileSync(path.join(ROOT, 'src/ui/pages.json'), 'utf8'))
  .pages.map((p) => p.path.replace(/^\//, ''));

// Flags Chromium needs on this closed network (see README "Toolchain").
export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-dev-shm-usage',
];

/** Starts scripts/serve.py on a free port; resolves to { url, stop }. */
export function startServer(dist = process.env.DIST || path.join(ROOT, 'dist')) {
  return new Promise((resolve, reject) => {
    if (!fs.existsSync(path.join(dist, 'index.html'))) {
      reject(new Error(`${dist}/index.html is missing: build the release dist/ first`));
      return;
    }
    const proc = spawn('python3', [path.join(ROOT, 'scripts/serve.py'), '--port', '0', '--sub', SUB, '--dist', dist, '--quiet'],
      { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    proc.stdout.on('data', (d) => {
      out += d;
      const m = out.match(/serving (http:\/\/\S+)/);
      if (m) resolve({ url: m[1], origin: new URL(m[1]).origin, stop: () => proc.kill('SIGTERM') });
    });
    proc.on('exit', (code) => reject(new Error(`serve.py exited with ${code}`)));
  });
}

export async function launchBrowser() {
  return chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
}

/**
 * Opens a page that records console errors, page errors and every request, so tests can
 * assert that nothing left the page's own origin.
 */
export async function watchedPage(context) {
  const page = await context.newPage();
  const watch = { consoleErrors: [], requests: [] };
  page.on('console', (m) => { if (m.type() === 'error') watch.consoleErrors.push(`${m.text()} @ ${m.location().url}`); });
  page.on('pageerror', (e) => watch.consoleErrors.push(String(e)));
  page.on('request', (r) => watch.requests.push(r.url()));
  return { page, watch };
}

/**
 * Waits until the app has rendered (the mark set right after mount) and so has the page it
 * opened at: every page but the first screen arrives as its own wasm chunk after the mount,
 * and every page, the lock screen included, has one h1.
 */
export async function waitForApp(page) {
  await page.waitForFunction(() => performance.getEntriesByName('dew-interactive').length > 0
    && document.querySelector('main h1') !== null, null, { timeout: 20000 });
}

/**
 * Opens the sample district from the start page at `url` and waits for its Overview (opening
 * it fetches the sample's chunk first). By id, so that it works in every language.
 */
export async function openSample(page, url) {
  await page.goto(url);
  await waitForApp(page);
  await page.locator('#open-sample').click();
  await page.locator('#sample-leave-heading').waitFor();
}

const AXE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe-core (WCAG 2.0/2.1 A and AA rules) on the page; returns its violations. */
export async function axeViolations(page) {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }));
  });
}

/** Requests that went anywhere but `origin` (data: and blob: URLs stay in the page). */
export function foreignRequests(watch, origin) {
  return watch.requests.filter((u) => !u.startsWith(origin + '/') && !u.startsWith('data:') && !u.startsWith('blob:'));
}

/** The text of a file the page offers for download when `click` runs (UTF-8). */
export async function downloadText(page, click) {
  const [dl] = await Promise.all([page.waitForEvent('download'), click()]);
  return fs.readFileSync(await dl.path(), 'utf8');
}

/** A printed PDF's pages and text (pdf.js), each page's text with its spaces collapsed. */
export async function pdfText(bytes) {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise;
  const perPage = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    // NFKC turns the ligatures a PDF may hold (ﬁ, ﬂ) back into letters.
    perPage.push(content.items.map((x) => x.str + (x.hasEOL ? ' ' : '')).join('').normalize('NFKC').replace(/\s+/g, ' '));
  }
  return { pages: doc.numPages, text: perPage.join(' '), perPage };
}
