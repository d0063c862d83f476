// Lighthouse (npm `lighthouse`, pinned in package.json) on the release dist/ served under the
// sub-path with gzip, as GitHub Pages serves it: the default mobile preset (simulated slow 4G,
// 4x CPU slowdown), performance and accessibility categories, Debian's Chromium. Median of 3
// runs, each with a fresh profile. Prints the scores and the metrics behind performance.
// With `--throttling devtools`, Chromium really throttles the page (the same slow 4G and 4x CPU)
// instead of Lighthouse simulating it from an unthrottled load; the figures are then printed
// for information only (the goal is set on the default, simulated run). The simulation counts
// every request started before the first paint (here the preloaded wasm) as needed for it.
// Usage: node bench/lighthouse.mjs [--runs 3] [--throttling devtools]   (scripts/bench builds dist/ first)
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { startServer, ROOT, CHROMIUM_ARGS } from '../tests/e2e/harness.mjs';
import { figure, median, emit } from './figures.mjs';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 3;
const devtools = process.argv.includes('--throttling') && process.argv[process.argv.indexOf('--throttling') + 1] === 'devtools';
const out = path.join(ROOT, 'target', 'bench', 'lighthouse');
fs.mkdirSync(out, { recursive: true });
const bin = path.join(ROOT, 'node_modules', '.bin', 'lighthouse');
const server = await startServer();
const reports = [];
try {
  for (let i = 0; i < runs; i++) {
    const file = path.join(out, `run-${i}.json`);
    const profile = fs.mkdtempSync(path.join(out, 'profile-'));
    const r = spawnSync(bin, [server.url, '--quiet', '--output=json', `--output-path=${file}`,
      '--only-categories=performance,accessibility', '--form-factor=mobile',
      ...(devtools ? ['--throttling-method=devtools'] : []),
      `--chrome-flags=--headless=new ${CHROMIUM_ARGS.join(' ')} --user-data-dir=${profile}`],
    { env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH || '/usr/bin/chromium' }, encoding: 'utf8' });
    fs.rmSync(profile, { recursive: true, force: true });
    if (r.status !== 0) throw new Error(`lighthouse failed (${r.status}): ${r.stderr.slice(-2000)}`);
    reports.push(JSON.parse(fs.readFileSync(file, 'utf8')));
  }
} finally {
  server.stop();
}
const score = (r, c) => Math.round(r.categories[c].score * 100);
const metric = (id) => median(reports.map((r) => r.audits[id].numericValue));
const perf = median(reports.map((r) => score(r, 'performance')));
const a11y = median(reports.map((r) => score(r, 'accessibility')));
const t = reports[0].configSettings.throttling;
const metrics = `FCP ${(metric('first-contentful-paint') / 1000).toFixed(1)} s, LCP ${(metric('largest-contentful-paint') / 1000).toFixed(1)} s, ` +
  `TBT ${metric('total-blocking-time').toFixed(0)} ms, CLS ${metric('cumulative-layout-shift').toFixed(3)}, SI ${(metric('speed-index') / 1000).toFixed(1)} s`;
console.log(`Lighthouse ${reports[0].lighthouseVersion}, mobile preset, ${devtools ? 'real (devtools) throttling' : 'simulated throttling'} (RTT ${t.rttMs} ms, ${(t.throughputKbps / 1024).toFixed(1)} Mbps, CPU x${t.cpuSlowdownMultiplier}), median of ${runs}:`);
console.log(`  performance ${perf} (runs: ${reports.map((r) => score(r, 'performance')).join(', ')}); accessibility ${a11y}`);
console.log(`  ${metrics}`);
const failed = reports[0].categories.accessibility.auditRefs
  .map((a) => reports[0].audits[a.id]).filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary');
for (const a of failed) console.log(`  accessibility audit not passed: ${a.id} (${a.title})`);
if (devtools) {
  emit([
    figure('lighthouse-devtools-performance', 'Lighthouse performance, real throttling', perf, '', 'info', null, metrics),
    figure('lighthouse-devtools-lcp-ms', 'Lighthouse LCP, real throttling', metric('largest-contentful-paint'), 'ms', 'info', null),
  ]);
  process.exit(0);
}
emit([
  figure('lighthouse-performance', 'Lighthouse performance (mobile, 4x throttling)', perf, '', '>=', 98, metrics),
  figure('lighthouse-accessibility', 'Lighthouse accessibility (mobile)', a11y, '', '==', 100),
]);
