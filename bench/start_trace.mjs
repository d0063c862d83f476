// What the renderer's main thread does from navigation to the `dew-interactive` mark, for one
// cold load of "/" at 4x CPU (cache off), from a Chromium trace: every task longer than 3 ms,
// with its start and length in ms from navigation start and the longest work inside it (parse,
// style, layout, paint, script, wasm compile), the total of V8's lazy wasm compilation, and the
// font look-ups the first layouts make (one per family, size and weight in use).
// The trace itself slows the page; compare tasks with each other, not with bench/first_load.mjs.
// Not part of the budget. Usage: [DIST=<dir>] node bench/start_trace.mjs [--rate 4]
import { startServer, launchBrowser } from '../tests/e2e/harness.mjs';
import { coldLoad, coldPage } from './cold_load.mjs';

const at = process.argv.indexOf('--rate');
const rate = at > 0 ? Number(process.argv[at + 1]) : 4;
if (!Number.isFinite(rate) || rate < 1) {
  console.error(`bench/start_trace.mjs: --rate needs a number of at least 1, got "${process.argv[at + 1] ?? ''}"`);
  process.exit(2);
}
const CATEGORIES = ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink',
  'blink.user_timing', 'loading', 'v8', 'v8.wasm', 'fonts'];
// Bookkeeping that only wraps the work: never shown as "the work inside".
const WRAPPERS = /RunTask|Receive mojo|OnHandleReady|PumpTokenizer|AsyncTask Run|PendingScript|ScriptRunner|UpdateLifecycle|RunStyleAndLayoutLifecyclePhases|UpdateStyleAndLayout|\.UpdateTime$|v8\.run|FunctionCall|v8\.callFunction|MicrotaskCheckpoint|wasm\.CompileLazy|FlushInstructionCache/;

const server = await startServer(process.env.DIST);
const browser = await launchBrowser();
let events = [], tti;
try {
  await coldLoad(browser, server.url); // warms the server's gzip cache
  const { ctx, page, cdp } = await coldPage(browser, { rate });
  try {
    cdp.on('Tracing.dataCollected', (d) => events.push(...d.value));
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: CATEGORIES } });
    await page.goto(server.url);
    await page.waitForFunction(() => performance.getEntriesByName('dew-interactive').length > 0);
    tti = await page.evaluate(() => performance.getEntriesByName('dew-interactive')[0].startTime);
    await cdp.send('Tracing.end');
    await complete;
  } finally {
    await ctx.close();
  }
} finally {
  await browser.close();
  server.stop();
}
const mark = events.find((e) => e.name === 'dew-interactive');
const lazy = events.find((e) => e.name === 'wasm.CompileLazy');
if (!mark || !lazy) {
  console.error('bench/start_trace.mjs: the trace holds no dew-interactive mark or no wasm compilation');
  process.exit(1);
}
const t0 = mark.ts - tti * 1000; // the trace clock at navigation start
const ms = (us) => (us / 1000).toFixed(1);
const main = events.filter((e) => e.pid === lazy.pid && e.tid === lazy.tid && e.ph === 'X' && e.dur);
// The outermost events: most work runs in a scheduler task, but the wasm start runs from V8's own.
main.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
const outer = [];
for (const e of main) if (!outer.length || e.ts >= outer.at(-1).ts + outer.at(-1).dur) outer.push(e);
const tasks = outer.filter((e) => e.dur > 3000 && e.ts + e.dur > t0 && e.ts < mark.ts);
console.log(`${rate}x CPU, one cold load traced: dew-interactive at ${tti.toFixed(0)} ms; main-thread tasks over 3 ms up to it:`);
const lazyIn = (task) => {
  const d = main.filter((e) => e.name === 'wasm.CompileLazy' && e.ts >= task.ts && e.ts < Math.min(task.ts + task.dur, mark.ts)).reduce((n, e) => n + e.dur, 0);
  return (d ? `; lazy wasm compilation ${ms(d)} before the mark` : '') + (task.ts + task.dur > mark.ts ? ` (the task goes on ${ms(task.ts + task.dur - mark.ts)} ms past the mark)` : '');
};
for (const task of tasks) {
  const inside = main.filter((e) => e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur && e.dur > 1500 && !WRAPPERS.test(e.name))
    .sort((a, b) => b.dur - a.dur).slice(0, 4);
  console.log(`  @${ms(task.ts - t0).padStart(6)}  ${ms(task.dur).padStart(6)} ms  ${WRAPPERS.test(task.name) ? '' : task.name + ': '}` +
    inside.map((e) => `${e.name} ${ms(e.dur)}`).join(', ') + lazyIn(task));
}
const compileLazy = main.filter((e) => e.name === 'wasm.CompileLazy' && e.ts < mark.ts);
console.log(`lazy wasm compilation before the mark: ${compileLazy.length} functions, ${ms(compileLazy.reduce((s, e) => s + e.dur, 0))} ms`);
// Look-ups nest (a family falls back to another): only the outermost count.
const fonts = [];
for (const e of main.filter((e) => e.name === 'FontCache::GetFontPlatformData' && e.ts < mark.ts)) {
  if (!fonts.length || e.ts >= fonts.at(-1).ts + fonts.at(-1).dur) fonts.push(e);
}
console.log(`font look-ups before the mark (FontCache::GetFontPlatformData): ${fonts.length}, ${ms(fonts.reduce((s, e) => s + e.dur, 0))} ms`);
