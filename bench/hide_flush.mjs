// Page-hide flush benchmark (issue 28, fault 2): the large district (crates/dew-domain/src/large_sample.rs,
// 5 cycles, 150 schools, about 1 MB stored packed) on a CPU slowed 4x. A sentence is typed on
// the Reflect page, and before the save that waits for a pause the page is told it is being
// hidden (a `pagehide` event). Two figures:
// - until the edit is on disk: the journal of what changed (the `dew-journal` mark's time);
//   before the journal, the full save was the only write, so this was the whole handler;
// - the whole handler: the journal, then the full save that follows when the page lives on.
// Usage: node bench/hide_flush.mjs [--runs N]   (scripts/bench builds dist/ first)
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { startServer, launchBrowser, waitForApp, ROOT } from '../tests/e2e/harness.mjs';
import { figure, median, emit } from './figures.mjs';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 5;
const large = path.join(ROOT, 'target', 'bench', 'large-district.json');
fs.mkdirSync(path.dirname(large), { recursive: true });
execFileSync('cargo', ['run', '--quiet', '--release', '--example', 'large_district', '--', large], { cwd: ROOT, stdio: 'inherit' });
const doc = fs.readFileSync(large, 'utf8');

const server = await startServer();
const browser = await launchBrowser();
const onDisk = [], whole = [], bytes = [];
try {
  for (let r = 0; r < runs; r++) {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    await page.goto(server.url + 'manifest.webmanifest');
    await page.evaluate((d) => { localStorage.clear(); localStorage.setItem('dew:workspace', d); }, doc);
    await page.goto(server.url + 'reflect');
    await waitForApp(page);
    const cdp = await ctx.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    // Words typed (one input event), then, once the edit has reached the store and before the
    // save that waits for a pause, the page is hidden.
    const [journal, all, size, parts] = await page.evaluate(async (r) => {
      const field = document.getElementById('reflect-now');
      field.value += ` Run ${r}.`;
      field.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((go) => setTimeout(go, 0));
      if (JSON.stringify(localStorage.getItem('dew:workspace')).includes(`Run ${r}.`)) throw new Error('saved before the page was hidden');
      const t0 = performance.now();
      window.dispatchEvent(new Event('pagehide'));
      const t = performance.now() - t0;
      const m = performance.getEntriesByName('dew-journal').at(-1);
      if (!m) throw new Error('no journal was written');
      return [m.detail.ms, t, m.detail.bytes, `fingerprint ${m.detail.base.toFixed(1)}, diff ${m.detail.diff.toFixed(1)}, write ${m.detail.write.toFixed(1)} ms`];
    }, r);
    onDisk.push(journal);
    whole.push(all);
    bytes.push(size);
    const stored = await page.evaluate(() => localStorage.getItem('dew:journal'));
    console.log(`run ${r + 1}: edit on disk after ${journal.toFixed(1)} ms (journal ${size} bytes: ${parts}); whole handler ${all.toFixed(1)} ms; journal left after the full save: ${stored !== null}`);
    await ctx.close();
  }
} finally {
  await browser.close();
  server.stop();
}
console.log(`Page hide, large district, 4x CPU: edit on disk after median ${median(onDisk).toFixed(1)} ms; whole handler median ${median(whole).toFixed(1)} ms (${runs} runs)`);
emit([
  figure('hide-flush-large-4x-ms', 'Page hide in the large district, 4x CPU: until the last edit is on disk', +median(onDisk).toFixed(1), 'ms', 'info', null,
    `a journal of ${median(bytes)} bytes; the whole handler, with the full save after it, ${median(whole).toFixed(0)} ms (the full save alone was the handler before the journal)`),
]);
