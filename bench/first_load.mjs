// First-load benchmark: serves the release dist/ under a sub-path on 127.0.0.1, loads it in
// Debian's headless Chromium with a cold cache, and prints
//   - the gzip size of everything the first load transfers, per kind and in total;
//   - time to interactive (the `dew-interactive` performance mark, set right after the first
//     render) at 1x and 4x CPU throttling, median of N loads.
// Usage: node bench/first_load.mjs [--runs 7]   (scripts/bench builds dist/ first)
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { startServer, launchBrowser, waitForApp, ROOT, SUB } from '../tests/e2e/harness.mjs';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 7;
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };

const server = await startServer();
const browser = await launchBrowser();
try {
  // 1. What the first load transfers: every same-origin response, gzipped as a static host would.
  const context = await browser.newContext();
  const page = await context.newPage();
  const urls = new Set();
  page.on('requestfinished', (r) => urls.add(r.url()));
  await page.goto(server.url);
  await waitForApp(page);
  await page.waitForLoadState('networkidle');
  await context.close();
  const kinds = {};
  let raw = 0, gz = 0;
  for (const u of urls) {
    const rel = new URL(u).pathname.slice(SUB.length) || 'index.html';
    const file = path.join(ROOT, 'dist', rel);
    if (!fs.existsSync(file) || fs.statSync(file).isDirectory()) continue;
    const body = fs.readFileSync(file);
    const z = zlib.gzipSync(body, { level: 9 }).length;
    const kind = path.extname(file).slice(1) || 'html';
    kinds[kind] = (kinds[kind] || 0) + z;
    raw += body.length; gz += z;
  }
  console.log('First load transfer (gzip -9 of each file requested):');
  for (const [k, v] of Object.entries(kinds).sort()) console.log(`  ${k.padEnd(5)} ${(v / 1024).toFixed(1).padStart(7)} KB`);
  console.log(`  total ${(gz / 1024).toFixed(1).padStart(7)} KB gzip (${(raw / 1024).toFixed(1)} KB raw, ${urls.size} requests)`);

  // 2. Time to interactive, cold cache, at 1x and 4x CPU throttling.
  for (const rate of [1, 4]) {
    const times = [];
    for (let i = 0; i < runs; i++) {
      const ctx = await browser.newContext();
      const p = await ctx.newPage();
      const cdp = await ctx.newCDPSession(p);
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate });
      await p.goto(server.url);
      await waitForApp(p);
      times.push(await p.evaluate(() => performance.getEntriesByName('dew-interactive')[0].startTime));
      await ctx.close();
    }
    console.log(`Time to interactive at ${rate}x CPU: median ${median(times).toFixed(0)} ms over ${runs} cold loads (min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)})`);
  }
} finally {
  await browser.close();
  server.stop();
}
