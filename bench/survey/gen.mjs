// Survey-import benchmark input: a seeded, deterministic generator of a row-level family-survey
// CSV shaped like a Google Forms export joined to a SIS extract (one row per student response).
// Comma-delimited, RFC 4180 quoting, CRLF line ends, UTF-8 without BOM, ~100 bytes per row.
// Usage: node bench/survey/gen.mjs <rows> <out.csv> [--seed N]
// The same rows and seed always give a byte-identical file. See bench/survey/README.md.
import fs from 'node:fs';

const HEADER = [
  'Timestamp', 'Student ID', 'Student Name', 'School', 'Grade', 'Race/Ethnicity', 'IEP', 'EL Status',
  'Free/Reduced Lunch',
  'Does your child have a computer or tablet for schoolwork that is theirs to use?',
  'Is there internet at home that works on that device?',
  'Is the device good enough for all schoolwork?',
  'Comments',
];
const DEFAULT_SEED = 20260914;

// ---- arguments -------------------------------------------------------------------------------
const args = process.argv.slice(2);
let seed = DEFAULT_SEED;
const pos = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--seed') seed = Number(args[++i]);
  else if (args[i].startsWith('--seed=')) seed = Number(args[i].slice(7));
  else pos.push(args[i]);
}
const rows = Number(pos[0]);
const out = pos[1];
if (pos.length !== 2 || !Number.isInteger(rows) || rows < 0 || !Number.isInteger(seed)) {
  console.error('usage: node bench/survey/gen.mjs <rows> <out.csv> [--seed N]');
  process.exit(2);
}

// ---- seeded randomness (mulberry32) ----------------------------------------------------------
let state = seed >>> 0;
function rand() {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (xs) => xs[Math.floor(rand() * xs.length)];
/** Picks from [[value, weight], ...] (weights need not sum to 1). */
function weighted(pairs) {
  let total = 0;
  for (const [, w] of pairs) total += w;
  let r = rand() * total;
  for (const [v, w] of pairs) if ((r -= w) < 0) return v;
  return pairs[pairs.length - 1][0];
}

// ---- reference data --------------------------------------------------------------------------
const FIRST = [
  'José', 'Zoë', 'María', 'Sofía', 'Mateo', 'Liam', 'Olivia', 'Noah', 'Emma', 'Ava', 'Elijah', 'Isabella',
  'Lucas', 'Mia', 'Ethan', 'Camila', 'Aiden', 'Harper', 'Daniel', 'Luna', 'Jayden', 'Aaliyah', 'Santiago',
  'Chloe', 'Diego', 'Nevaeh', 'Angel', 'Valentina', 'Malik', 'Amara', 'Kai', 'Leilani', 'Wyatt', 'Ximena',
  'Tyler', 'Hannah', 'Minh', 'Priya', 'Dakota', 'Renée',
];
const LAST = [
  'Garcia', 'Núñez', 'Peña', 'Martinez', 'Rodriguez', 'Hernández', 'Lopez', 'Gonzalez', 'Smith', 'Johnson',
  'Williams', 'Brown', 'Jones', 'Miller', 'Davis', 'Wilson', 'Anderson', 'Thomas', 'Taylor', 'Moore',
  'Jackson', 'Martin', 'Lee', 'Nguyen', 'Tran', 'Patel', 'Kim', 'Begay', 'Yazzie', 'Kealoha', 'Romero',
  'Sánchez', 'Torres', 'Ramírez', 'Flores', 'Rivera', 'Washington', 'Clark', 'Lewis', 'Müller',
];
// [name, kind, enrolment weight, share Free/Reduced, Hispanic share multiplier]
const SCHOOLS = [
  ['Lincoln Elementary', 'E', 6, 0.78, 1.5],
  ['Riverside Elementary', 'E', 7, 0.62, 1.2],
  ['Oak Hill Elementary', 'E', 5, 0.25, 0.6],
  ['Cedar Creek Elementary', 'E', 6, 0.40, 0.9],
  ['Mesa Verde Elementary', 'E', 6, 0.85, 1.7],
  ['Pine Ridge Elementary', 'E', 5, 0.35, 0.8],
  ['Jefferson Middle', 'M', 9, 0.58, 1.1],
  ['Eastside Middle', 'M', 10, 0.72, 1.4],
  ['Canyon Middle', 'M', 8, 0.33, 0.7],
  ['Riverbend High', 'H', 14, 0.55, 1.1],
  ['Valley High', 'H', 13, 0.45, 0.9],
  ['North Star Academy', 'H', 4, 0.30, 0.8],
];
const GRADES = { E: ['K', '1', '2', '3', '4', '5'], M: ['6', '7', '8'], H: ['9', '10', '11', '12'] };
// [value, base weight, Free/Reduced odds multiplier, EL rate]
const RACES = [
  ['Hispanic or Latino', 40, 1.35, 0.25],
  ['White', 35, 0.65, 0.015],
  ['Black or African American', 8, 1.3, 0.03],
  ['Asian', 6, 0.7, 0.15],
  ['Two or more races', 6, 0.9, 0.02],
  ['American Indian or Alaska Native', 3, 1.5, 0.05],
  ['Native Hawaiian or Other Pacific Islander', 2, 1.2, 0.06],
];
const COMMENTS = [
  'Thank you for asking.',
  'We share one laptop between three kids.',
  'The Chromebook from school stopped charging.',
  'Our internet goes out a lot, especially at night.',
  'We use my phone as a hotspot.',
  'She needs a keyboard, typing on the tablet is hard.',
  'Please send information in Spanish, thank you.',
  'Gracias por preguntar.',
  'No tenemos internet en casa, solo datos del celular.',
  'The school device is slow, it freezes during tests.',
  'He calls it his "homework laptop" and loves it.',
  'We were told to "just use the library" but it closes at 6.',
  'Can we get a hotspot? Our plan is capped, and it runs out mid-month.',
  'Our building has free wifi but it is "spotty" at best.',
  'Works fine.',
  'Need help with the login, the password reset did not work.',
  'Printer would help.',
];
const MULTILINE = [
  'We have a laptop.\nBut the internet is only on my phone.',
  'Two kids, one tablet.\nThey take turns after dinner.',
  'El internet es muy lento.\nA veces no funciona, y no puede entregar la tarea.',
  'Line 1: device OK\nLine 2: "wifi" not OK',
];

// ---- field generators ------------------------------------------------------------------------
const schoolPairs = SCHOOLS.map((s) => [s, s[2]]);

function schoolText(name) {
  if (rand() >= 0.10) return name;
  switch (Math.floor(rand() * 6)) {
    case 0: return name.toLowerCase();
    case 1: return name.toUpperCase();
    case 2: return name.replace(' ', '  ');
    case 3: return ` ${name} `;
    case 4: return `${name} `;
    default: return ` ${name.toLowerCase()}`;
  }
}

// Answer text for a yes (meets) or no (does not meet); EL families answer in Spanish more often.
function answerText(meets, el) {
  const r = rand();
  if (meets) {
    if (el && r < 0.25) return 'Sí';
    if (r < 0.86) return 'Yes';
    if (r < 0.91) return 'yes';
    if (r < 0.95) return 'TRUE';
    if (r < 0.98) return '1';
    return 'Sí';
  }
  if (r < 0.88) return 'No';
  if (r < 0.92) return 'no';
  if (r < 0.96) return 'FALSE';
  return '0';
}

// Chance of a clear "meets" per question, by Free/Reduced Lunch; EL lowers it a little.
const MEETS = {
  Paid: [0.93, 0.95, 0.88],
  Reduced: [0.84, 0.85, 0.76],
  Free: [0.76, 0.78, 0.66],
};
const EL_PENALTY = [0.07, 0.08, 0.06];
const SOMETIMES = [0.01, 0.05, 0.04]; // "Sometimes" makes most sense for internet and sufficiency

function answer(q, frl, el) {
  if (rand() < 0.05) return ''; // not answered
  if (rand() < SOMETIMES[q]) return 'Sometimes';
  const p = MEETS[frl][q] - (el ? EL_PENALTY[q] : 0);
  return answerText(rand() < p, el);
}

function quote(s) {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function comment() {
  const r = rand();
  if (r < 0.005) return quote(pick(MULTILINE));
  if (r < 0.05) return quote(pick(COMMENTS));
  return '';
}

// Timestamps rise through the survey window (28 days from Tue 2026/09/08), 6:00 AM to 11:00 PM.
const DAYS = 28;
const dayCache = new Map();
function dayText(d) {
  let s = dayCache.get(d);
  if (s === undefined) {
    const dt = new Date(Date.UTC(2026, 8, 8 + d));
    s = `${dt.getUTCFullYear()}/${String(dt.getUTCMonth() + 1).padStart(2, '0')}/${String(dt.getUTCDate()).padStart(2, '0')}`;
    dayCache.set(d, s);
  }
  return s;
}
const two = (n) => (n < 10 ? '0' + n : String(n));
function timestamp(i) {
  const t = Math.min(((i + rand()) / Math.max(rows, 1)) * DAYS, DAYS - 1e-9);
  const d = Math.floor(t);
  const secs = 6 * 3600 + Math.floor((t - d) * 17 * 3600);
  const h24 = Math.floor(secs / 3600);
  const m = Math.floor((secs % 3600) / 60);
  const s = secs % 60;
  const h12 = h24 % 12 === 0 ? 12 : h24 % 12;
  return `${dayText(d)} ${h12}:${two(m)}:${two(s)} ${h24 < 12 ? 'AM' : 'PM'} EST`;
}

function row(i) {
  const school = weighted(schoolPairs);
  const [sName, kind, , frlShare, hispMul] = school;
  const race = weighted(RACES.map((r, k) => [r, k === 0 ? r[1] * hispMul : r[1]]));
  // Free/Reduced: school's share, shifted by the race group's odds; a quarter of it is Reduced.
  const odds = (frlShare / (1 - frlShare)) * race[2];
  const frl = rand() < odds / (1 + odds) ? (rand() < 0.22 ? 'Reduced' : 'Free') : 'Paid';
  const el = rand() < race[3] * (kind === 'E' ? 1.3 : kind === 'M' ? 0.9 : 0.7);
  const iep = rand() < 0.13;
  const id = 2000000 + Math.floor(rand() * 8000000);
  return [
    timestamp(i), id, `${pick(FIRST)} ${pick(LAST)}`, quote(schoolText(sName)), pick(GRADES[kind]), quote(race[0]),
    iep ? 'Y' : 'N', el ? 'Yes' : 'No', frl,
    answer(0, frl, el), answer(1, frl, el), answer(2, frl, el), comment(),
  ].join(',') + '\r\n';
}

// ---- write -----------------------------------------------------------------------------------
const t0 = process.hrtime.bigint();
const stream = fs.createWriteStream(out, { highWaterMark: 1 << 20 });
const drained = () => new Promise((resolve) => stream.once('drain', resolve));
let bytes = 0;
let buf = HEADER.map(quote).join(',') + '\r\n';
for (let i = 0; i < rows; i++) {
  buf += row(i);
  if (buf.length >= 1 << 18) {
    bytes += Buffer.byteLength(buf);
    const ok = stream.write(buf);
    buf = '';
    if (!ok) await drained();
  }
}
bytes += Buffer.byteLength(buf);
stream.write(buf);
await new Promise((resolve, reject) => { stream.on('error', reject); stream.end(resolve); });
const ms = Number(process.hrtime.bigint() - t0) / 1e6;
console.log(`wrote ${rows} rows, ${bytes} bytes (${(bytes / Math.max(rows, 1)).toFixed(1)} bytes/row) to ${out} in ${ms.toFixed(0)} ms (seed ${seed})`);
