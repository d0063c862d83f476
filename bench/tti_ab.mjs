// Time to interactive of two or more builds side by side: serves each dist/ under the sub-path,
// then alternates cold loads between them in one Chromium, so a slow spell of the machine
// falls on every build alike. Each load is as bench/first_load.mjs measures it (cache off, CPU
// throttled, time to the `dew-interactive` mark); it also prints first contentful paint.
// Not part of the budget: it compares a change with its baseline (build the baseline's dist/
// in a worktree, README "Benchmarks").
// Usage: node bench/tti_ab.mjs <dist> <dist> [...] [--rate 4] [--runs 9] [--latency <ms>]
import { startServer, launchBrowser, waitForApp } from '../tests/e2e/harness.mjs';
import { median } from './figures.mjs';
import { coldLoad } from './cold_load.mjs';

const args = process.argv.slice(2);
const opt = (name, fallback) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const rate = opt('--rate', 4), runs = opt('--runs', 9), latency = opt('--latency', 0);
const dists = args.filter((a, i) => !a.startsWith('--') && !(i > 0 && args[i - 1].startsWith('--')));
if (dists.length < 2) {
  console.error('usage: node bench/tti_ab.mjs <dist> <dist> [...] [--rate 4] [--runs 9] [--latency <ms>]');
  process.exit(2);
}
const servers = await Promise.all(dists.map((d) => startServer(d)));
const browser = await launchBrowser();
const tti = dists.map(() => []), fcp = dists.map(() => []);
try {
  // One load each first, so the server's gzip cache is warm for every build.
  for (const s of servers) {
    const ctx = await browser.newContext();
    const p = await ctx.newPage();
    await p.goto(s.url);
    await waitForApp(p);
    await ctx.close();
  }
  for (let i = 0; i < runs; i++) {
    for (let k = 0; k < dists.length; k++) {
      const { tti: t, fcp: f } = await coldLoad(browser, servers[k].url, { rate, latency });
      tti[k].push(t);
      fcp[k].push(f);
    }
  }
} finally {
  await browser.close();
  servers.forEach((s) => s.stop());
}
console.log(`${rate}x CPU${latency ? `, ${latency} ms latency` : ''}, ${runs} alternated cold loads each:`);
dists.forEach((d, k) => console.log(`  ${d}: time to interactive median ${median(tti[k]).toFixed(0)} ms ` +
  `(min ${Math.min(...tti[k]).toFixed(0)}, max ${Math.max(...tti[k]).toFixed(0)}), ` +
  `${(median(tti[k]) / median(tti[0])).toFixed(2)}x the first; first contentful paint median ${median(fcp[k]).toFixed(0)} ms`));
