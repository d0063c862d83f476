// Time to interactive of two or more builds side by side: serves each dist/ under the sub-path,
// then alternates cold loads between them in one Chromium, so a slow spell of the machine
// falls on every build alike. Each load is as bench/first_load.mjs measures it (cache off, CPU
// throttled, time to the `dew-interactive` mark); it also prints first contentful paint.
// Not part of the budget: it compares a change with its baseline (build the baseline's dist/
// in a worktree, README "Benchmarks").
// Usage: node bench/tti_ab.mjs <dist> <dist> [...] [--rate 4] [--runs 9] [--latency <ms>]
import fs from 'node:fs';
import path from 'node:path';
import { startServer, launchBrowser } from '../tests/e2e/harness.mjs';
import { median } from './figures.mjs';
import { coldLoad } from './cold_load.mjs';

const USAGE = 'usage: node bench/tti_ab.mjs <dist> <dist> [...] [--rate 4] [--runs 9] [--latency <ms>]';
const args = process.argv.slice(2);
const fail = (why) => { console.error(`bench/tti_ab.mjs: ${why}\n${USAGE}`); process.exit(2); };
const opt = (name, fallback, least) => {
  if (!args.includes(name)) return fallback;
  const v = Number(args[args.indexOf(name) + 1]);
  if (!Number.isFinite(v) || v < least) fail(`${name} needs a number of at least ${least}, got "${args[args.indexOf(name) + 1] ?? ''}"`);
  return v;
};
const rate = opt('--rate', 4, 1), runs = opt('--runs', 9, 1), latency = opt('--latency', 0, 0);
const unknown = args.filter((a) => a.startsWith('--') && !['--rate', '--runs', '--latency'].includes(a));
if (unknown.length) fail(`unknown option ${unknown.join(', ')}`);
const dists = args.filter((a, i) => !a.startsWith('--') && !(i > 0 && args[i - 1].startsWith('--')));
if (dists.length < 2) fail(`needs at least two dist/ folders, got ${dists.length}`);
for (const d of dists) if (!fs.existsSync(path.join(d, 'index.html'))) fail(`${d}/index.html is missing: build that dist/ first`);
const servers = await Promise.all(dists.map((d) => startServer(d)));
const browser = await launchBrowser();
const tti = dists.map(() => []), fcp = dists.map(() => []);
try {
  // One load each first, so the server's gzip cache is warm for every build.
  for (const s of servers) await coldLoad(browser, s.url);
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
