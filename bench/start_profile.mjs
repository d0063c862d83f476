// Where the start page's start-up time goes: a CDP CPU profile of N cold loads of "/" at 1x
// CPU (service worker off), sampled every 50 µs, averaged per load. It prints the script and
// wasm time before and after the `dew-interactive` mark, and for the time before it the
// functions with the most self time and with the most inclusive time (the function and what it
// calls). The mark is found in the profile by a marker function an init script runs when the app
// sets it. The release wasm keeps no function names, so wasm functions show by index, unless
// the build keeps them (README "Benchmarks": DEW_WASM_NAMES=1) and DIST names that build.
// Not part of the budget. Usage: [DIST=<dir>] node bench/start_profile.mjs [--runs 5] [--top 40]
import { startServer, launchBrowser, waitForApp } from '../tests/e2e/harness.mjs';

const USAGE = 'usage: [DIST=<dir>] node bench/start_profile.mjs [--runs 5] [--top 40]';
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  if (!args.includes(name)) return fallback;
  const v = Number(args[args.indexOf(name) + 1]);
  if (!Number.isInteger(v) || v < 1) {
    console.error(`bench/start_profile.mjs: ${name} needs a whole number of at least 1, got "${args[args.indexOf(name) + 1] ?? ''}"\n${USAGE}`);
    process.exit(2);
  }
  return v;
};
const unknown = args.filter((a) => a.startsWith('--') && !['--runs', '--top'].includes(a));
if (unknown.length) {
  console.error(`bench/start_profile.mjs: unknown option ${unknown.join(', ')}\n${USAGE}`);
  process.exit(2);
}
const runs = opt('--runs', 5), top = opt('--top', 40);

// Runs for half a millisecond when the app sets the mark, so that samples land in it. (Its name
// is written out: the profiler does not see a name given at run time.)
const MARKER = '__dewInteractiveMark';
function markerScript() {
  const mark = performance.mark.bind(performance);
  function __dewInteractiveMark() { const t = performance.now(); while (performance.now() - t < 0.5); }
  performance.mark = (label, ...rest) => {
    if (label === 'dew-interactive') __dewInteractiveMark();
    return mark(label, ...rest);
  };
}

const server = await startServer(process.env.DIST);
const browser = await launchBrowser();
const total = [0, 0], self = new Map(), inclusive = new Map();
const add = (m, k, t) => m.set(k, (m.get(k) || 0) + t);
try {
  for (let run = 0; run < runs; run++) {
    const ctx = await browser.newContext({ serviceWorkers: 'block' });
    const page = await ctx.newPage();
    await page.addInitScript(markerScript);
    const cdp = await ctx.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
    await cdp.send('Profiler.start');
    await page.goto(server.url);
    await waitForApp(page);
    const { profile } = await cdp.send('Profiler.stop');
    await ctx.close();
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const parent = new Map();
    for (const n of profile.nodes) for (const c of n.children || []) parent.set(c, n.id);
    const frame = (n) => `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').pop()}`.trim();
    const stack = (id) => { const s = []; for (let x = id; x !== undefined; x = parent.get(x)) s.push(byId.get(x)); return s; };
    const samples = profile.samples.map((id, i) => ({ stack: stack(id), ms: (profile.timeDeltas[i + 1] || 0) / 1000 }));
    const at = samples.findIndex((s) => s.stack.some((n) => n.callFrame.functionName === MARKER));
    if (at < 0) throw new Error('no profile sample fell in the dew-interactive mark: did the app set it?');
    samples.forEach((s, i) => {
      const leaf = s.stack[0].callFrame.functionName;
      if (['(idle)', '(program)'].includes(leaf) || s.stack.some((n) => n.callFrame.functionName === MARKER)) return;
      total[i < at ? 0 : 1] += s.ms;
      if (i >= at) return;
      add(self, frame(s.stack[0]), s.ms);
      for (const k of new Set(s.stack.map(frame))) if (k !== '(root)') add(inclusive, k, s.ms);
    });
  }
} finally {
  await browser.close();
  server.stop();
}
const list = (m) => [...m].sort((a, b) => b[1] - a[1]).slice(0, top)
  .forEach(([k, v]) => console.log((v / runs).toFixed(2).padStart(8), k.slice(0, 200)));
console.log(`script and wasm time per cold load (${runs} loads): ${(total[0] / runs).toFixed(1)} ms before the ` +
  `dew-interactive mark, ${(total[1] / runs).toFixed(1)} ms after it, until the test saw the first screen`);
console.log(`\nbefore the mark, the ${top} largest by self time (ms per load):`);
list(self);
console.log(`\nbefore the mark, the ${top} largest by inclusive time (ms per load):`);
list(inclusive);
