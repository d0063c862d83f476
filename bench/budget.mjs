// The performance budget (issue 10): runs every benchmark against the release dist/ (which
// scripts/bench builds first), then prints each figure with its goal and PASS or MISS, beside
// the previous run's figure, and keeps this run's figures in bench/results/last-run.json so a
// regression is visible in the next run (and in review, as the file is committed).
//   1. bench/first_load.mjs  first-load transfer (gzip), time to interactive at 1x and 4x CPU
//   2. bench/lighthouse.mjs  Lighthouse performance and accessibility, mobile preset
//   3. bench/click.mjs       click a rating until the results summary updates
//   4. bench/analysis.rs (release wasm in headless Chromium): the analysis refresh of a
//      150-school x 8-group x 20-indicator district, and the localStorage bytes of that
//      district with 5 cycles, a full plan and portfolio
//   5. bench/survey.mjs      the survey import's 100k and 1M rows against PapaParse
//   6. bench/page_open.mjs   opening the divide pages in the large district: time and longest task
//   7. bench/hide_flush.mjs  page hide in the large district at 4x CPU: until the last edit is on disk
//   8. bench/first_screen.mjs  header and menu height, the title at 320 px, the Plan page's length
//      and the report's printed pages, in the sample district
// Usage: node bench/budget.mjs [--only first_load,click,...] [--runs N]
import fs from 'node:fs';
import path from 'node:path';
import { spawn, execFileSync } from 'node:child_process';
import { ROOT } from '../tests/e2e/harness.mjs';
import { figure } from './figures.mjs';

const arg = (name) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : undefined; };
const only = arg('--only')?.split(',');
const runs = arg('--runs');
const LAST = path.join(ROOT, 'bench', 'results', 'last-run.json');

/** Runs a command, echoing its output, and resolves to its output. */
function run(cmd, args, env = {}) {
  return new Promise((resolve, reject) => {
    const p = spawn(cmd, args, { cwd: ROOT, env: { ...process.env, ...env } });
    let out = '';
    const echo = (d) => { out += d; for (const line of String(d).split('\n')) if (line && !line.startsWith('BENCH-JSON ')) process.stdout.write(`  | ${line}\n`); };
    p.stdout.on('data', echo);
    p.stderr.on('data', (d) => { out += d; });
    p.on('exit', (code) => code === 0 ? resolve(out) : reject(new Error(`${cmd} ${args.join(' ')} exited with ${code}\n${out.slice(-3000)}`)));
  });
}
const gitHead = () => { try { return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim(); } catch { return ''; } };
const figuresIn = (out) => out.split('\n').filter((l) => l.startsWith('BENCH-JSON ')).flatMap((l) => JSON.parse(l.slice(11)));

/** The analysis and storage figures come from a release wasm test's `BENCH` lines. */
function wasmFigures(out) {
  const figures = [];
  const a = out.match(/BENCH analysis .*?median ([\d.]+) ms over (\d+) runs/);
  if (!a) throw new Error(`no analysis figure in:\n${out.slice(-2000)}`);
  figures.push(figure('analysis-ms', 'Analysis refresh, 150 schools x 8 groups x 20 indicators', +a[1], 'ms', '<=', 5, `median of ${a[2]} runs`));
  const p = out.match(/BENCH protection .*?median (\d+) ms over (\d+) runs.*?; (\d+ cells hidden .*?linear programs)/);
  if (!p) throw new Error(`no protection figure in:\n${out.slice(-2000)}`);
  figures.push(figure('protection-ms', 'Protection + privacy audit, 150 schools x 8 groups x 20 indicators, 1x CPU', +p[1], 'ms', '<=', 1000,
    `median of ${p[2]} runs; ${p[3]}`));
  const s = out.match(/BENCH storage .*?: (\d+) bytes in localStorage .*?the stored document is (\d+) KB, ([a-z ]+)\); one save ([\d.]+) ms/);
  if (!s) throw new Error(`no storage figure in:\n${out.slice(-2000)}`);
  figures.push(figure('storage-kb', 'localStorage used by that district with 5 cycles, plan and portfolio', Math.round(+s[1] / 1024), 'KB', '<=', 1024,
    `as Chromium counts it; the stored document is ${s[2]} KB, ${s[3]}`));
  figures.push(figure('save-large-ms', 'One save of that district (document made and written), 1x CPU', +s[4], 'ms', 'info', null));
  return figures;
}

const STEPS = [
  ['first_load', () => run('node', ['bench/first_load.mjs', ...(runs ? ['--runs', runs] : [])]).then(figuresIn)],
  ['lighthouse', () => run('node', ['bench/lighthouse.mjs']).then(figuresIn)],
  ['click', () => run('node', ['bench/click.mjs']).then(figuresIn)],
  ['wasm', () => {
    fs.mkdirSync(path.join(ROOT, 'target', 'tmp'), { recursive: true });
    return run('cargo', ['test', '--release', '--target', 'wasm32-unknown-unknown', '--test', 'analysis_bench', '--', '--nocapture'],
      { TMPDIR: path.join(ROOT, 'target', 'tmp') }).then(wasmFigures);
  }],
  ['survey', () => run('node', ['bench/survey.mjs', ...(runs ? ['--runs', runs] : [])]).then(figuresIn)],
  ['page_open', () => run('node', ['bench/page_open.mjs']).then(figuresIn)],
  ['hide_flush', () => run('node', ['bench/hide_flush.mjs']).then(figuresIn)],
  ['first_screen', () => run('node', ['bench/first_screen.mjs']).then(figuresIn)],
];

const previous = fs.existsSync(LAST) ? JSON.parse(fs.readFileSync(LAST, 'utf8')) : { figures: [] };
const before = new Map(previous.figures.map((f) => [f.id, f]));
const figures = [];
for (const [name, step] of STEPS) {
  if (only && !only.includes(name)) continue;
  console.log(`\n== ${name}`);
  figures.push(...await step());
}

const fmt = (v, unit) => (v === null || v === undefined ? '-' : `${v}${unit ? ' ' + unit : ''}`);
console.log(`\nPerformance budget (previous run: ${previous.at ?? 'none'})`);
const rows = figures.map((f) => {
  const p = before.get(f.id);
  const goal = f.op === 'info' ? '(for information)' : `${f.op} ${fmt(f.goal, f.unit)}`;
  const verdict = f.pass === null ? 'INFO' : f.pass ? 'PASS' : 'MISS';
  return [verdict, f.label, fmt(f.value, f.unit), goal, p ? fmt(p.value, p.unit) : '-', f.note];
});
const widths = [4, 0, 0, 0, 0].map((w, i) => Math.max(w, ...rows.map((r) => String(r[i]).length)));
const header = ['', 'figure', 'this run', 'goal', 'previous'];
console.log(header.map((h, i) => h.padEnd(widths[i])).join('  '));
for (const r of rows) console.log(r.slice(0, 5).map((c, i) => String(c).padEnd(widths[i])).join('  ') + (r[5] ? `  (${r[5]})` : ''));
const missed = figures.filter((f) => f.pass === false);
console.log(`\n${figures.filter((f) => f.pass === true).length} PASS, ${missed.length} MISS` + (missed.length ? `: ${missed.map((f) => f.id).join(', ')}` : ''));

// Keep this run's figures (merged with the previous run's for steps not run now).
const merged = new Map(before);
for (const f of figures) merged.set(f.id, f);
fs.mkdirSync(path.dirname(LAST), { recursive: true });
fs.writeFileSync(LAST, JSON.stringify({ at: new Date().toISOString(), commit: gitHead(), figures: [...merged.values()] }, null, 2) + '\n');
console.log(`Figures kept in ${path.relative(ROOT, LAST)} for the next run to compare against.`);
