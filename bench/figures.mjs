// The figures a benchmark reports, each with its goal, in one shape: bench/budget.mjs collects
// them from every benchmark (each prints one `BENCH-JSON [...]` line) and prints the table.
//   figure('first-load-gzip', 'First load transfer, gzip', 797.3, 'KB', '<=', 250)
export function figure(id, label, value, unit, op, goal, note = '') {
  const pass = op === '<=' ? value <= goal : op === '>=' ? value >= goal : op === '==' ? value === goal : null;
  return { id, label, value, unit, op, goal, pass, note };
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Prints the machine-readable line bench/budget.mjs reads. */
export function emit(figures) {
  console.log('BENCH-JSON ' + JSON.stringify(figures));
}
