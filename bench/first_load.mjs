// First-load benchmark: serves the release dist/ under a sub-path on 127.0.0.1, loads it in
// Debian's headless Chromium with a cold cache, and prints
//   - the gzip size of everything the first load transfers, per kind and in total;
//   - what opening one page of each section of the navigation fetches the first time;
//   - time to interactive (the `dew-interactive` performance mark, set once the first screen's
//     content is in the document) at 1x and 4x CPU throttling, median of N loads.
// Usage: [DIST=<folder>] node bench/first_load.mjs [--runs 7]   (scripts/bench builds dist/ first)
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { startServer, launchBrowser, waitForApp, ROOT, SUB } from '../tests/e2e/harness.mjs';
import { figure, median, emit } from './figures.mjs';
import { coldLoad } from './cold_load.mjs';

// DIST=<folder> measures another build (a base, in the same run as this one).
const DIST = process.env.DIST || path.join(ROOT, 'dist');
const runs = Math.max(7, Number(process.argv[process.argv.indexOf('--runs') + 1]) || 7);
const figures = [];

/** Loads the start page in a fresh context with `options` and gzips every same-origin file it
 *  fetched, until the first screen is interactive or until the network is idle. */
async function transfer(options, until) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const urls = new Set();
  page.on('requestfinished', (r) => urls.add(r.url()));
  await page.goto(server.url);
  await waitForApp(page);
  if (until === 'networkidle') await page.waitForLoadState('networkidle');
  const seen = new Set(urls);
  await context.close();
  const kinds = {};
  let raw = 0, gz = 0;
  for (const u of seen) {
    const rel = new URL(u).pathname.slice(SUB.length) || 'index.html';
    const file = path.join(DIST, rel);
    if (!fs.existsSync(file) || fs.statSync(file).isDirectory()) continue;
    const body = fs.readFileSync(file);
    const z = zlib.gzipSync(body, { level: 9 }).length;
    const kind = path.extname(file).slice(1) || 'html';
    kinds[kind] = (kinds[kind] || 0) + z;
    raw += body.length; gz += z;
  }
  return { urls: seen, kinds, raw, gz };
}

/** Opens the start page, then `p` by its menu link; the wasm files that opening fetched. */
async function openFirst(p, options) {
  const ctx = await browser.newContext({ serviceWorkers: 'block', ...options });
  const pg = await ctx.newPage();
  await pg.goto(server.url);
  await waitForApp(pg);
  await pg.waitForLoadState('networkidle');
  const chunks = new Set();
  pg.on('requestfinished', (r) => { if (/\.wasm$/.test(r.url())) chunks.add(new URL(r.url()).pathname.slice(SUB.length)); });
  await pg.locator(`.site-nav a[href$="/${p}"]`).click();
  await pg.waitForURL(`**/${p}`);
  await waitForApp(pg);
  await pg.waitForLoadState('networkidle');
  await ctx.close();
  const kb = [...chunks].reduce((n, f) => n + zlib.gzipSync(fs.readFileSync(path.join(DIST, f)), { level: 9 }).length, 0) / 1024;
  return { p, n: chunks.size, kb };
}

const server = await startServer(DIST);
// A build from before issue 26 has no Spanish: its figures are left out (DIST=<older dist>).
const hasSpanish = fs.readdirSync(DIST).some((f) => /^split_spanish/.test(f));
const browser = await launchBrowser();
try {
  // 1. What the first load transfers: every same-origin response, gzipped as a static host would.
  const { urls, kinds, raw, gz } = await transfer({}, 'networkidle');
  console.log('First load transfer (gzip -9 of each file requested):');
  for (const [k, v] of Object.entries(kinds).sort()) console.log(`  ${k.padEnd(5)} ${(v / 1024).toFixed(1).padStart(7)} KB`);
  console.log(`  total ${(gz / 1024).toFixed(1).padStart(7)} KB gzip (${(raw / 1024).toFixed(1)} KB raw, ${urls.size} requests)`);
  figures.push(figure('first-load-kb', 'First load transfer (HTML+JS+WASM+CSS+icons), gzip', +(gz / 1024).toFixed(1), 'KB', '<=', 250,
    Object.entries(kinds).sort().map(([k, v]) => `${k} ${(v / 1024).toFixed(1)}`).join(', ')));

  // A Spanish visitor (browser language es-US) on the same first screen (issue 26): Spanish is
  // fetched on demand, in two chunks: the first before the first screen, the second (for the
  // pages) with the first page other than the start page. Both languages counted until the
  // first screen is interactive, in the same run; then what follows until the network is idle.
  if (hasSpanish) {
    const enShown = await transfer({}, 'interactive');
    const esShown = await transfer({ locale: 'es-US' }, 'interactive');
    const esAll = await transfer({ locale: 'es-US' }, 'networkidle');
    const extra = (esShown.gz - enShown.gz) / 1024;
    console.log(`Spanish first screen: ${(esShown.gz / 1024).toFixed(1)} KB gzip until interactive, against ${(enShown.gz / 1024).toFixed(1)} KB in English: ${extra.toFixed(1)} KB more`
      + ` (${[...esShown.urls].filter((u) => /spanish/.test(u)).map((u) => path.basename(new URL(u).pathname)).join(', ')}); `
      + `then ${((esAll.gz - esShown.gz) / 1024).toFixed(1)} KB more until the network is idle`);
    if (![...esShown.urls].some((u) => /spanish/.test(u))) throw new Error('the Spanish first screen fetched no Spanish chunk: the marker this benchmark looks for has changed');
    figures.push(figure('first-screen-es-extra-kb', 'Spanish first screen: transfer more than English until interactive, gzip', +extra.toFixed(1), 'KB', '<=', 30,
      `${(esShown.gz / 1024).toFixed(1)} KB against ${(enShown.gz / 1024).toFixed(1)} KB; then ${((esAll.gz - esShown.gz) / 1024).toFixed(1)} KB until the network is idle`));
  }

  // The LP solver of the privacy audit (issue 24, the microlp crate): which wasm files carry
  // it, told by its source paths, which its panic messages keep in the data section. Its
  // share of the first load is at most the gzip size of the first-load files that carry it
  // (the whole file is counted: an upper bound).
  const wasmFiles = fs.readdirSync(path.join(DIST)).filter((f) => f.endsWith('.wasm'));
  const withSolver = wasmFiles.filter((f) => fs.readFileSync(path.join(DIST, f)).includes('microlp'));
  const firstLoadFiles = new Set([...urls].map((u) => new URL(u).pathname.slice(SUB.length)));
  const solverFirst = withSolver.filter((f) => firstLoadFiles.has(f))
    .reduce((n, f) => n + zlib.gzipSync(fs.readFileSync(path.join(DIST, f)), { level: 9 }).length, 0) / 1024;
  const solverChunks = withSolver.map((f) => `${f} ${(zlib.gzipSync(fs.readFileSync(path.join(DIST, f)), { level: 9 }).length / 1024).toFixed(1)} KB`).join(', ');
  console.log(`The privacy audit's LP solver (microlp): ${solverFirst.toFixed(1)} KB gzip of the first load; it ships in ${solverChunks || 'no file found'}, fetched when a page that shows divide figures first opens`);
  if (!withSolver.length) throw new Error('no wasm file carries the solver: the marker this benchmark looks for has changed');
  figures.push(figure('first-load-solver-kb', "First load: files carrying the privacy audit's LP solver (at most its share), gzip", +solverFirst.toFixed(1), 'KB', 'info', null,
    `ships in ${solverChunks}`));

  // After the first load, the service worker fetches the rest of the build in the background
  // (the offline copy): not part of the first load, printed so the whole download is known.
  const swFiles = JSON.parse(fs.readFileSync(path.join(DIST, 'sw.js'), 'utf8').match(/const FILES = (\[.*?\]);/)[1]);
  const loaded = new Set([...urls].map((u) => new URL(u).pathname.slice(SUB.length) || 'index.html'));
  let later = 0;
  for (const f of swFiles) if (!loaded.has(f)) later += zlib.gzipSync(fs.readFileSync(path.join(DIST, f)), { level: 9 }).length;
  console.log(`Then, in the background, the offline copy (service worker) fetches ${(later / 1024).toFixed(1)} KB gzip more (${swFiles.length - loaded.size} files)`);
  figures.push(figure('offline-copy-kb', 'Offline copy fetched after the first load, gzip', +(later / 1024).toFixed(1), 'KB', 'info', null));

  // Opening a page for the first time, before the offline copy exists (service worker blocked):
  // its section's chunk and the shared chunks it needs. One page per section of the navigation,
  // each by its menu link (found by its address, so in either language).
  const opens = [];
  for (const p of ['team', 'divides', 'plan', 'privacy']) {
    const o = await openFirst(p, {});
    opens.push(o);
    console.log(`Opening /${p} first (no offline copy yet): ${o.n} wasm requests, ${o.kb.toFixed(1)} KB gzip`);
  }
  // The same first page open in Spanish: its Spanish (the pages' half) comes with it.
  if (hasSpanish) {
    const o = await openFirst('team', { locale: 'es-US' });
    console.log(`Opening /team first in Spanish (no offline copy yet): ${o.n} wasm requests, ${o.kb.toFixed(1)} KB gzip`);
    figures.push(figure('page-open-es-kb', 'Opening /team first in Spanish (no offline copy yet), gzip', +o.kb.toFixed(1), 'KB', 'info', null, `${o.n} requests`));
  }
  const largest = Math.max(...opens.map((o) => o.kb));
  figures.push(figure('page-open-kb', 'Opening a page first (no offline copy yet), largest, gzip', +largest.toFixed(1), 'KB', 'info', null,
    opens.map((o) => `/${o.p} ${o.n} requests ${o.kb.toFixed(1)} KB`).join(', ')));

  // 2. Time to interactive, cold cache, at 1x and 4x CPU throttling.
  for (const rate of [1, 4]) {
    const times = [];
    for (let i = 0; i < runs; i++) times.push((await coldLoad(browser, server.url, { rate })).tti);
    console.log(`Time to interactive at ${rate}x CPU: median ${median(times).toFixed(0)} ms over ${runs} cold loads (min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)})`);
    const note = `median of ${runs} cold loads, min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)}`;
    figures.push(rate === 4
      ? figure('tti-4x-ms', 'Time to interactive, cold cache, 4x CPU throttling', Math.round(median(times)), 'ms', '<=', 500, note)
      : figure('tti-1x-ms', 'Time to interactive, cold cache, 1x CPU', Math.round(median(times)), 'ms', 'info', null, note));
  }
  emit(figures);
} finally {
  await browser.close();
  server.stop();
}
