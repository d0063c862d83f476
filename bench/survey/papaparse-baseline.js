// PapaParse baseline for the survey-import benchmark (see bench/survey/README.md).
// A plain browser script, injected after papaparse.min.js. It defines
//   window.papaBaseline(file, options) -> Promise<{ ms, rows, skipped, counts, mode, callback }>
// which parses `file` (a File or Blob of bench/survey/gen.mjs output) on the main thread and
// aggregates it with the same mapping as our importer:
//   rows     data rows counted (header excluded),
//   skipped  data rows rejected (field count differs from the header's, or unknown/blank school),
//   counts   { 'indicator|schoolId|dimension|group': [numerator, denominator] }; whole-school
//            cells have an empty dimension and group ('indicator|schoolId||'). Only cells with a
//            denominator above zero are present.
// options: { mode: 'array' | 'header', callback: 'step' | 'chunk' }; the default is the
// fastest measured combination, array mode (header: false) with a step callback.
// ms runs from the Papa.parse call to the completed counts object (performance.now()).
(function () {
  'use strict';

  var HEADER = [
    'Timestamp', 'Student ID', 'Student Name', 'School', 'Grade', 'Race/Ethnicity', 'IEP', 'EL Status',
    'Free/Reduced Lunch',
    'Does your child have a computer or tablet for schoolwork that is theirs to use?',
    'Is there internet at home that works on that device?',
    'Is the device good enough for all schoolwork?',
    'Comments',
  ];
  var SCHOOLS = [
    'Lincoln Elementary', 'Riverside Elementary', 'Oak Hill Elementary', 'Cedar Creek Elementary',
    'Mesa Verde Elementary', 'Pine Ridge Elementary', 'Jefferson Middle', 'Eastside Middle', 'Canyon Middle',
    'Riverbend High', 'Valley High', 'North Star Academy',
  ];
  var SCHOOL_IDS = SCHOOLS.map(function (s) { return s.toLowerCase().replace(/ /g, '-'); });
  var SCHOOL_INDEX = new Map(SCHOOLS.map(function (s, i) { return [s.toLowerCase(), i]; }));

  // Dimensions: column, id, and normalised value (trim + lowercase) -> group id.
  var DIMENSIONS = [
    { col: 5, id: 'race', map: {
      'hispanic or latino': 'hispanic', 'white': 'white', 'black or african american': 'black', 'asian': 'asian',
      'two or more races': 'multi', 'american indian or alaska native': 'aian',
      'native hawaiian or other pacific islander': 'nhpi' } },
    { col: 6, id: 'swd', map: { 'y': 'yes', 'n': 'no' } },
    { col: 7, id: 'el', map: { 'yes': 'yes', 'no': 'no' } },
    { col: 8, id: 'econ', map: { 'free': 'yes', 'reduced': 'yes', 'paid': 'no' } },
    { col: 4, id: 'grade', map: {
      'k': 'elementary', '1': 'elementary', '2': 'elementary', '3': 'elementary', '4': 'elementary',
      '5': 'elementary', '6': 'middle', '7': 'middle', '8': 'middle',
      '9': 'high', '10': 'high', '11': 'high', '12': 'high' } },
  ];
  var INDICATORS = [
    { col: 9, id: 'dedicated-device' },
    { col: 10, id: 'home-internet' },
    { col: 11, id: 'device-sufficient' },
  ];
  var MEETS = 1, NOT_MET = 0, UNANSWERED = -1;
  var ANSWERS = { 'yes': MEETS, 'sí': MEETS, 'si': MEETS, 'true': MEETS, '1': MEETS,
    'no': NOT_MET, 'false': NOT_MET, '0': NOT_MET, 'sometimes': NOT_MET };

  // Every (dimension, group) pair gets a slot; slot 0 is the whole-school cell.
  var SLOTS = [['', '']];
  DIMENSIONS.forEach(function (d) {
    var slotOf = {};
    Object.keys(d.map).forEach(function (v) {
      var g = d.map[v];
      if (!(g in slotOf)) { slotOf[g] = SLOTS.length; SLOTS.push([d.id, g]); }
      d.map[v] = slotOf[g];
    });
  });
  var NSLOTS = SLOTS.length;

  // Raw cell text -> mapped value, memoised per column (the mapping is a pure function of the
  // text; the caches are capped so odd input cannot grow them without bound).
  var CACHE_MAX = 4096;
  function memo(fn) {
    var cache = new Map();
    return function (raw) {
      var v = cache.get(raw);
      if (v === undefined) {
        v = fn(raw);
        if (cache.size < CACHE_MAX) cache.set(raw, v);
      }
      return v;
    };
  }
  function norm(s) { return s.trim().toLowerCase(); }
  function schoolOf(raw) {
    var i = SCHOOL_INDEX.get(raw.trim().replace(/\s+/g, ' ').toLowerCase());
    return i === undefined ? -1 : i;
  }
  function answerOf(raw) {
    var v = ANSWERS[norm(raw)];
    return v === undefined ? UNANSWERED : v;
  }
  function groupOf(map) {
    return function (raw) {
      var s = map[norm(raw)];
      return s === undefined ? -1 : s;
    };
  }

  window.papaBaseline = function (file, options) {
    options = options || {};
    var mode = options.mode || 'array';
    var callback = options.callback || 'step';
    if (mode !== 'array' && mode !== 'header') throw new Error('mode must be "array" or "header"');
    if (callback !== 'chunk' && callback !== 'step') throw new Error('callback must be "chunk" or "step"');

    var school = memo(schoolOf);
    var answer = memo(answerOf);
    var dims = DIMENSIONS.map(function (d) { return memo(groupOf(d.map)); });
    var NI = INDICATORS.length, ND = DIMENSIONS.length;
    // num/den[(indicator * 12 + school) * NSLOTS + slot]
    var num = new Float64Array(NI * SCHOOLS.length * NSLOTS);
    var den = new Float64Array(NI * SCHOOLS.length * NSLOTS);
    var slots = new Int32Array(ND);
    var rows = 0, skipped = 0, sawHeader = false;
    var lastName = HEADER[HEADER.length - 1];

    function checkHeader(fields) {
      sawHeader = true;
      var ok = fields.length === HEADER.length &&
        fields.every(function (f, i) { return f.trim() === HEADER[i]; });
      if (!ok) throw new Error('unexpected header: ' + JSON.stringify(fields));
    }

    // get(k): the text of column k for the current row.
    function count(get) {
      var s = school(get(3));
      if (s < 0) { skipped++; return; }
      rows++;
      for (var d = 0; d < ND; d++) slots[d] = dims[d](get(DIMENSIONS[d].col));
      for (var q = 0; q < NI; q++) {
        var a = answer(get(INDICATORS[q].col));
        if (a === UNANSWERED) continue;
        var base = (q * SCHOOLS.length + s) * NSLOTS;
        den[base]++; num[base] += a;
        for (var k = 0; k < ND; k++) {
          var slot = slots[k];
          if (slot >= 0) { den[base + slot]++; num[base + slot] += a; }
        }
      }
    }

    var row;
    function getArray(k) { return row[k]; }
    function getNamed(k) { return row[HEADER[k]]; }
    var arrayRow = function (r) {
      row = r;
      if (!sawHeader) { checkHeader(r); return; }
      if (r.length !== HEADER.length) { skipped++; return; }
      count(getArray);
    };
    var namedRow = function (r) {
      // Header mode: a row with too few fields lacks the last key, one with too many has
      // __parsed_extra (the header itself was checked in transformHeader).
      if (r[lastName] === undefined || r.__parsed_extra !== undefined) { skipped++; return; }
      row = r;
      count(getNamed);
    };
    var perRow = mode === 'array' ? arrayRow : namedRow;

    return new Promise(function (resolve, reject) {
      var failed = false;
      var headerSeen = [];
      var config = {
        header: mode === 'header',
        worker: false,
        skipEmptyLines: true,
        complete: function () {
          if (failed) return;
          try {
            if (mode === 'header') checkHeader(headerSeen);
            var counts = {};
            for (var q = 0; q < NI; q++) {
              for (var s = 0; s < SCHOOLS.length; s++) {
                for (var k = 0; k < NSLOTS; k++) {
                  var i = (q * SCHOOLS.length + s) * NSLOTS + k;
                  if (den[i] > 0) counts[INDICATORS[q].id + '|' + SCHOOL_IDS[s] + '|' + SLOTS[k][0] + '|' + SLOTS[k][1]] = [num[i], den[i]];
                }
              }
            }
            var ms = performance.now() - t0;
            resolve({ ms: ms, rows: rows, skipped: skipped, counts: counts, mode: mode, callback: callback });
          } catch (e) { reject(e); }
        },
        error: function (e) { failed = true; reject(e); },
      };
      if (mode === 'header') config.transformHeader = function (h) { headerSeen.push(h); return h; };
      if (callback === 'chunk') {
        config.chunk = function (results, parser) {
          try {
            var data = results.data;
            for (var i = 0; i < data.length; i++) perRow(data[i]);
          } catch (e) { failed = true; parser.abort(); reject(e); }
        };
      } else {
        config.step = function (results, parser) {
          try { perRow(results.data); } catch (e) { failed = true; parser.abort(); reject(e); }
        };
      }
      var t0 = performance.now();
      Papa.parse(file, config);
    });
  };
})();
