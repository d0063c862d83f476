// Where the start page's start-up time goes: a CDP CPU profile of N cold loads of "/" at 1x
// CPU (service worker off), sampled every 50 µs, self time per function, averaged per load.
// The release wasm keeps no function names, so wasm functions show by index, unless the build
// keeps them (README "Benchmarks": DEW_WASM_NAMES=1) and DIST names that build.
// Not part of the budget. Usage: [DIST=<dir>] node bench/start_profile.mjs [--runs 5]
import { startServer, launchBrowser, waitForApp } from '../tests/e2e/harness.mjs';
const server = await startServer(process.env.DIST);
const browser = await launchBrowser();
const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 5;
const self = new Map(); let total = 0;
try {
  for (let run = 0; run < runs; run++) {
    const ctx = await browser.newContext({ serviceWorkers: 'block' });
    const page = await ctx.newPage();
    const cdp = await ctx.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
    await cdp.send('Profiler.start');
    await page.goto(server.url);
    await waitForApp(page);
    const { profile } = await cdp.send('Profiler.stop');
    const dt = new Map();
    for (let i = 0; i < profile.samples.length; i++) dt.set(profile.samples[i], (dt.get(profile.samples[i]) || 0) + (profile.timeDeltas[i] || 0));
    for (const n of profile.nodes) {
      const t = (dt.get(n.id) || 0) / 1000;
      if (n.callFrame.functionName === '(idle)' || n.callFrame.functionName === '(program)') continue;
      const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}`;
      self.set(k, (self.get(k) || 0) + t); total += t;
    }
    await ctx.close();
  }
} finally { await browser.close(); server.stop(); }
console.log(`script and wasm time per cold load: ${(total / runs).toFixed(1)} ms (${runs} loads); the 40 largest by self time:`);
for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log((v / runs).toFixed(2).padStart(8), k);
