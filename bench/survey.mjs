// Survey-import benchmark (issue 5): our importer in the release app against PapaParse, on the
// same generated files, in the same headless Chromium, in the same run.
//   - ours: the app's /survey page with the benchmark mapping saved; the time runs from the
//     "Count the rows" start mark to the counts-ready mark (the file read as a stream,
//     parsed and counted); median of N runs. Peak memory growth: WebAssembly memory (reported
//     by the app) plus the JS heap (sampled through CDP every 20 ms) over their values before.
//   - baseline: bench/survey/papaparse-baseline.js (see bench/survey/README.md) on the same
//     File, same mapping.
// Usage: node bench/survey.mjs [--runs 5]   (scripts/bench builds dist/ first)
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { startServer, launchBrowser, waitForApp, ROOT } from '../tests/e2e/harness.mjs';
import { figure, emit } from './figures.mjs';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 5;
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const outDir = path.join(ROOT, 'target', 'bench');
fs.mkdirSync(outDir, { recursive: true });

const SIZES = [
  { rows: 100_000, label: '100k', goalMs: 150, runs },
  { rows: 1_000_000, label: '1M', goalMs: 3000, runs: Math.max(3, Math.ceil(runs / 2)) },
];
for (const s of SIZES) {
  s.file = path.join(outDir, `survey-${s.label}.csv`);
  if (!fs.existsSync(s.file)) execFileSync('node', [path.join(ROOT, 'bench/survey/gen.mjs'), String(s.rows), s.file], { stdio: 'inherit' });
}

// The README's mapping, as the app stores a saved mapping.
const yes = ['yes', 'sí', 'si', 'true', '1'];
const no = ['no', 'false', '0', 'sometimes'];
const answers = Object.fromEntries([...yes.map((v) => [v, 'meets']), ...no.map((v) => [v, 'does-not-meet'])]);
const grades = Object.fromEntries(['k', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12'].map((g) => [g, g === 'k' || Number(g) <= 5 ? 'elementary' : Number(g) <= 8 ? 'middle' : 'high']));
const MAPPING = [{
  school: 'School',
  groups: [
    { column: 'Race/Ethnicity', dimension: 'race', values: { 'hispanic or latino': 'hispanic', white: 'white', 'black or african american': 'black', asian: 'asian', 'two or more races': 'multi', 'american indian or alaska native': 'aian', 'native hawaiian or other pacific islander': 'nhpi' } },
    { column: 'IEP', dimension: 'swd', values: { y: 'yes', n: 'no' } },
    { column: 'EL Status', dimension: 'el', values: { yes: 'yes', no: 'no' } },
    { column: 'Free/Reduced Lunch', dimension: 'econ', values: { free: 'yes', reduced: 'yes', paid: 'no' } },
    { column: 'Grade', dimension: 'grade', values: grades },
  ],
  answers: [
    { column: 'Does your child have a computer or tablet for schoolwork that is theirs to use?', indicator: 'dedicated-device', values: answers },
    { column: 'Is there internet at home that works on that device?', indicator: 'home-internet', values: answers },
    { column: 'Is the device good enough for all schoolwork?', indicator: 'device-sufficient', values: answers },
  ],
}];

const server = await startServer();
const browser = await launchBrowser();
const results = [];
try {
  for (const s of SIZES) {
    // Ours.
    const context = await browser.newContext();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await page.goto(server.url);
    await waitForApp(page);
    await page.getByRole('button', { name: 'Open the sample district' }).click();
    // Opening the sample fetches its chunk first: wait until it is open.
    await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
    await page.evaluate((m) => localStorage.setItem('dew:survey-mappings', JSON.stringify(m)), MAPPING);
    await page.goto(server.url + 'survey');
    await waitForApp(page);
    const t0 = Date.now();
    await page.locator('#survey-file').setInputFiles(s.file);
    await page.locator('#survey-run').waitFor();
    const previewMs = Date.now() - t0;
    const times = [];
    const computes = [];
    const waits = [];
    let growth = 0, rowsOurs = 0, counted = 0;
    for (let i = 0; i < s.runs; i++) {
      if (i > 0) await page.locator('#survey-back').click();
      await cdp.send('HeapProfiler.collectGarbage');
      const heap0 = (await cdp.send('Runtime.getHeapUsage')).usedSize;
      const wasm0 = await page.evaluate(() => performance.getEntriesByName('dew-survey-done').length);
      let heapPeak = heap0, sampling = true;
      const sampler = (async () => {
        while (sampling) {
          heapPeak = Math.max(heapPeak, (await cdp.send('Runtime.getHeapUsage')).usedSize);
          await new Promise((r) => setTimeout(r, 20));
        }
      })();
      await page.locator('#survey-run').click();
      await page.waitForFunction((n) => performance.getEntriesByName('dew-survey-done').length > n, wasm0, { timeout: 120000 });
      sampling = false;
      await sampler;
      const m = await page.evaluate(() => {
        const start = performance.getEntriesByName('dew-survey-start').at(-1);
        const done = performance.getEntriesByName('dew-survey-done').at(-1);
        return { compute: done.detail.compute_ms, wait: done.detail.wait_ms, ms: done.startTime - start.startTime, wasmStart: start.detail.wasm, wasmPeak: done.detail.wasm_peak, rows: done.detail.rows };
      });
      times.push(m.ms);
      computes.push(m.compute);
      waits.push(m.wait);
      rowsOurs = m.rows;
      growth = Math.max(growth, (m.wasmPeak - m.wasmStart) + (heapPeak - heap0));
      counted = Number(await page.locator('#survey-counted').innerText());
    }
    await context.close();

    // PapaParse, same file, same browser.
    const bctx = await browser.newContext();
    const bpage = await bctx.newPage();
    await bpage.goto('about:blank');
    await bpage.setContent('<input type="file" id="f">');
    await bpage.addScriptTag({ path: path.join(ROOT, 'node_modules/papaparse/papaparse.min.js') });
    await bpage.addScriptTag({ path: path.join(ROOT, 'bench/survey/papaparse-baseline.js') });
    await bpage.locator('#f').setInputFiles(s.file);
    const base = [];
    let baseRows = 0;
    for (let i = 0; i < s.runs; i++) {
      const r = await bpage.evaluate(async () => {
        const x = await window.papaBaseline(document.getElementById('f').files[0]);
        return { ms: x.ms, rows: x.rows, skipped: x.skipped };
      });
      base.push(r.ms);
      baseRows = r.rows;
    }
    // The floor under both: the browser reading the file as a stream, doing nothing with it.
    const reads = [];
    for (let i = 0; i < s.runs; i++) {
      reads.push(await bpage.evaluate(async () => {
        const t = performance.now();
        const r = document.getElementById('f').files[0].stream().getReader();
        for (;;) { const { done } = await r.read(); if (done) break; }
        return performance.now() - t;
      }));
    }
    await bctx.close();
    results.push({ ...s, ours: median(times), compute: median(computes), wait: median(waits), read: median(reads), previewMs, growth, rowsOurs, counted, base: median(base), baseRows });
  }
} finally {
  await browser.close();
  server.stop();
}

const mb = (b) => (b / 1048576).toFixed(1);
console.log('Survey import (release build, headless Chromium, no throttling; median of runs):');
for (const r of results) {
  const ratio = r.base / r.ours;
  console.log(`  ${r.label.padEnd(4)} rows: ours ${r.ours.toFixed(0)} ms (goal <= ${r.goalMs} ms: ${r.ours <= r.goalMs ? 'PASS' : 'MISS'}), ` +
    `PapaParse ${r.base.toFixed(0)} ms; PapaParse/ours = ${ratio.toFixed(2)}x (goal >= 3x: ${ratio >= 3 ? 'PASS' : 'MISS'})`);
  console.log(`       file ${mb(fs.statSync(r.file).size)} MB; rows read ${r.rowsOurs}, counted ${r.counted} (PapaParse counted ${r.baseRows}); ` +
    `of which parsing and counting ${r.compute.toFixed(0)} ms and waiting for the next piece of the file ${r.wait.toFixed(0)} ms; reading the file alone (stream, no work) ${r.read.toFixed(0)} ms; preview ready ${r.previewMs} ms after selecting; peak memory growth ${mb(r.growth)} MB (goal <= 64 MB: ${r.growth <= 64 * 1048576 ? 'PASS' : 'MISS'})`);
}
emit(results.flatMap((r) => [
  figure(`survey-${r.label}-ms`, `Survey import, ${r.label} rows: file selected to counts ready`, Math.round(r.ours), 'ms', '<=', r.goalMs,
    `PapaParse ${r.base.toFixed(0)} ms; parsing and counting ${r.compute.toFixed(0)} ms`),
  figure(`survey-${r.label}-ratio`, `Survey import, ${r.label} rows: PapaParse time / ours`, +(r.base / r.ours).toFixed(2), 'x', '>=', 3),
  figure(`survey-${r.label}-memory-mb`, `Survey import, ${r.label} rows: peak memory growth`, +mb(r.growth), 'MB', '<=', 64),
]));
