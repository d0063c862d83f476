//! The inventory as CSV, the way districts keep it in a spreadsheet: export every product's
//! inventory fields, and import them back with a preview that names every bad row and column.
//! Importing matches products by name (ignoring case and spacing): a known product has its
//! inventory fields updated (its review, decision and usage are kept); an unknown one is added.

use super::{Accessibility, Evidence, Portfolio, Privacy, Product};
pub use crate::csv_text::CsvError;
use crate::csv_text::{guard, note_problem, unguard, CellProblem, ParseProblem};
use crate::language::{fold, Lang};
use crate::plan::{optional_amount, optional_date};

/// The columns, in order.
pub const COLUMNS: [&str; 17] = [
    "name",
    "category",
    "need",
    "grades",
    "subjects",
    "licences",
    "active_users",
    "annual_cost",
    "contract_end",
    "privacy_agreement",
    "accessibility",
    "evidence_tier",
    "single_sign_on",
    "rostering",
    "lti",
    "training",
    "goals",
];

/// The same columns in Spanish, as a file written in Spanish names them (the importer reads
/// either, whatever the interface's language).
pub const COLUMNS_ES: [&str; 17] = [
    "nombre",
    "categoría",
    "necesidad",
    "grados",
    "materias",
    "licencias",
    "usuarios_activos",
    "costo_anual",
    "fin_del_contrato",
    "acuerdo_de_privacidad",
    "accesibilidad",
    "nivel_de_evidencia",
    "inicio_de_sesión_único",
    "carga_de_listas",
    "lti",
    "capacitación",
    "metas",
];

/// The column names of a file written in `lang`.
pub fn columns(lang: Lang) -> [&'static str; 17] {
    lang.pick([COLUMNS, COLUMNS_ES])
}

/// The Spanish a file written in Spanish gives each choice (the English is its wire name). The
/// importer reads either, with or without accents, hyphens or capitals.
const PRIVACY_ES: [(Privacy, &str); 3] =
    [(Privacy::Signed, "firmado"), (Privacy::Missing, "ninguno"), (Privacy::NotNeeded, "no hace falta")];
const ACCESSIBILITY_ES: [(Accessibility, &str); 4] = [
    (Accessibility::Documented, "sí"),
    (Accessibility::Partial, "en parte"),
    (Accessibility::No, "no"),
    (Accessibility::Unknown, "no se sabe"),
];
const EVIDENCE_ES: [(Evidence, &str); 5] = [
    (Evidence::Tier1, "nivel 1"),
    (Evidence::Tier2, "nivel 2"),
    (Evidence::Tier3, "nivel 3"),
    (Evidence::Tier4, "nivel 4"),
    (Evidence::NoTier, "ninguno"),
];

/// A choice as a file in `lang` writes it.
fn word<T: Copy + PartialEq>(x: T, lang: Lang, wire: fn(T) -> &'static str, es: &[(T, &'static str)]) -> &'static str {
    match lang {
        Lang::En => wire(x),
        Lang::Es => es.iter().find(|(y, _)| *y == x).map_or_else(|| wire(x), |(_, w)| w),
    }
}

/// A choice read from a file in either language: its wire name or its Spanish.
fn choice<T: Copy>(v: &str, all: &[T], wire: fn(T) -> &'static str, es: &[(T, &'static str)]) -> Option<T> {
    let k = word_key(v);
    all.iter()
        .copied()
        .find(|x| word_key(wire(*x)) == k)
        .or_else(|| es.iter().find(|(_, w)| word_key(w) == k).map(|(x, _)| *x))
}

/// A word as matched: lower case, no accents, one space for any run of spaces, hyphens and
/// underscores ("No-hace_falta" is "no hace falta").
fn word_key(s: &str) -> String {
    fold(s)
        .split(|c: char| c.is_whitespace() || c == '-' || c == '_')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

fn yes_no(b: bool, lang: Lang) -> &'static str {
    match (b, lang) {
        (true, Lang::En) => "yes",
        (true, Lang::Es) => "sí",
        (false, _) => "no",
    }
}

/// Every product's inventory fields, UTF-8 with a byte-order mark so Excel reads accents, with
/// the headers and the choices (yes/no, privacy, accessibility, evidence) in `lang`; numbers
/// and dates (ISO) read the same in every language, and products are matched by name, so the
/// file reads back the same whatever language it was written in.
/// Free text is guarded against formulas (`csv_text::guard`); [`preview`] takes the guard off.
pub fn export(p: &Portfolio, lang: Lang) -> String {
    let mut w = ::csv::Writer::from_writer(Vec::new());
    let _ = w.write_record(columns(lang));
    let n = |x: Option<u64>| x.map(|v| v.to_string()).unwrap_or_default();
    let text = |s: &str| guard(s).into_owned();
    for x in &p.products {
        let _ = w.write_record([
            text(&x.name),
            text(&x.category),
            text(&x.need),
            text(&x.grades),
            text(&x.subjects),
            n(x.licences),
            n(x.active_users),
            n(x.annual_cost),
            x.contract_end.map(|d| d.to_string()).unwrap_or_default(),
            word(x.privacy, lang, Privacy::as_wire, &PRIVACY_ES).into(),
            word(x.accessibility, lang, Accessibility::as_wire, &ACCESSIBILITY_ES).into(),
            word(x.evidence, lang, Evidence::as_wire, &EVIDENCE_ES).into(),
            yes_no(x.single_sign_on, lang).into(),
            text(&x.rostering),
            yes_no(x.lti, lang).into(),
            text(&x.training),
            text(&x.goals),
        ]);
    }
    let bytes = w.into_inner().unwrap_or_default();
    format!("\u{feff}{}", String::from_utf8_lossy(&bytes))
}

fn key(s: &str) -> String {
    fold(s.trim()).chars().filter(|c| c.is_alphanumeric()).collect()
}

/// A column of the file: its canonical index, matched by its English or Spanish name
/// ([`COLUMNS`], [`COLUMNS_ES`]) ignoring case, accents, spaces and underscores, or by a few
/// spellings in either language ("licenses", "privacy", "wcag", "sso", "costo", "privacidad").
fn column_of(header: &str) -> Option<usize> {
    let k = key(header);
    let alias = match k.as_str() {
        "licenses" | "seats" => "licences",
        "activeusers" | "users" | "usuarios" => "active_users",
        "cost" | "annualcost" | "costo" => "annual_cost",
        "contractend" | "contractenddate" | "renewal" | "findecontrato" | "renovacion" | "vencimiento" => {
            "contract_end"
        }
        "privacy" | "privacyagreement" | "dpa" | "privacidad" => "privacy_agreement",
        "wcag" | "accessibility" | "vpat" => "accessibility",
        "evidence" | "evidencetier" | "essatier" | "evidencia" | "niveldeevidenciaessa" => "evidence_tier",
        "sso" | "singlesignon" | "iniciodesesion" => "single_sign_on",
        "pressingneed" | "need" | "necesidadurgente" => "need",
        "goalsandsuccesscriteria" | "successcriteria" | "goals" | "criteriosdeexito" => "goals",
        _ => "",
    };
    let target = if alias.is_empty() { k } else { key(alias) };
    COLUMNS.iter().zip(COLUMNS_ES).position(|(en, es)| key(en) == target || key(es) == target)
}

#[derive(Debug, Clone, PartialEq)]
pub struct InventoryPreview {
    /// Good rows, as products (ids are given on apply).
    pub products: Vec<Product>,
    /// How many of them match a product already there by name.
    pub updates: usize,
    /// The first problems (`csv_text::MAX_PROBLEMS`), by line and column.
    pub errors: Vec<CsvError>,
    /// Problems found beyond those listed.
    pub more_errors: usize,
}

/// Yes or no in either language ("sí", "si", "verdadero"…), blank for no.
fn parse_bool(s: &str) -> Option<bool> {
    match fold(s.trim()).as_str() {
        "yes" | "y" | "true" | "1" | "si" | "s" | "verdadero" => Some(true),
        "no" | "n" | "false" | "0" | "" | "falso" => Some(false),
        _ => None,
    }
}

/// Reads an inventory file and compares it with `current`.
pub fn preview(text: &str, current: &Portfolio) -> Result<InventoryPreview, CsvError> {
    let mut reader = InventoryReader::new(text)?;
    while !reader.step(usize::MAX) {}
    Ok(reader.finish(current))
}

/// [`preview`] a slice at a time, so that the page can paint and take input between slices.
pub struct InventoryReader<'a> {
    records: ::csv::StringRecordsIntoIter<&'a [u8]>,
    cols: Vec<usize>,
    products: Vec<Product>,
    errors: Vec<CsvError>,
    more_errors: usize,
    done: bool,
}

impl<'a> InventoryReader<'a> {
    /// Reads the header; `Err` when it is unusable.
    pub fn new(text: &'a str) -> Result<Self, CsvError> {
        let text = text.trim_start_matches('\u{feff}');
        let r = ::csv::ReaderBuilder::new().has_headers(false).flexible(true).from_reader(text.as_bytes());
        let mut records = r.into_records();
        let header = match records.next() {
            None => return Err(CsvError::Empty { expected: &COLUMNS }),
            Some(Err(e)) => return Err(CsvError::Parse { line: 1, message: ParseProblem::Reader(e.to_string()) }),
            Some(Ok(h)) => h,
        };
        let mut cols: Vec<usize> = Vec::new();
        for h in header.iter() {
            cols.push(
                column_of(h).ok_or_else(|| CsvError::UnknownColumns {
                    found: vec![h.trim().to_string()],
                    expected: &COLUMNS,
                })?,
            );
        }
        if !cols.contains(&0) {
            return Err(CsvError::MissingColumns(vec!["name".into()]));
        }
        Ok(InventoryReader { records, cols, products: Vec::new(), errors: Vec::new(), more_errors: 0, done: false })
    }

    /// Reads up to `records` more records; true once the file has been read to its end.
    pub fn step(&mut self, records: usize) -> bool {
        for _ in 0..records {
            match self.records.next() {
                None => {
                    self.done = true;
                    break;
                }
                Some(rec) => self.take(rec),
            }
        }
        self.done
    }

    /// How far into the file the reading is, 0–1 (for a progress bar).
    pub fn progress(&self, total_bytes: usize) -> f64 {
        if total_bytes == 0 {
            1.0
        } else {
            (self.records.reader().position().byte() as f64 / total_bytes as f64).min(1.0)
        }
    }

    fn take(&mut self, rec: Result<::csv::StringRecord, ::csv::Error>) {
        let rec = match rec {
            Ok(x) => x,
            Err(e) => {
                let line = e.position().map_or(0, |p| p.line());
                let message = ParseProblem::Reader(e.to_string());
                note_problem(&mut self.errors, &mut self.more_errors, CsvError::Parse { line, message });
                return;
            }
        };
        let line = rec.position().map_or(0, |p| p.line());
        if rec.iter().all(|f| f.trim().is_empty()) {
            return;
        }
        if rec.len() != self.cols.len() {
            note_problem(
                &mut self.errors,
                &mut self.more_errors,
                CsvError::Parse {
                    line,
                    message: ParseProblem::FieldCount { expected: self.cols.len(), found: rec.len() },
                },
            );
            return;
        }
        let mut x = Product::new(0, "");
        let mut bad = Vec::new();
        for (field, &c) in rec.iter().zip(&self.cols) {
            let v = field.trim();
            // Free text as it was before export guarded it (csv_text); numbers, dates and
            // choices are read as they are.
            let free = unguard(v);
            let col = COLUMNS[c];
            let mut fail = |m: CellProblem| bad.push(CsvError::Cell { line, column: col.into(), message: m });
            let number = |v: &str| optional_amount(v, "").map_err(|_| CellProblem::NotWholeNumber(v.to_string()));
            match c {
                0 => x.name = free.to_string(),
                1 => x.category = free.to_string(),
                2 => x.need = free.to_string(),
                3 => x.grades = free.to_string(),
                4 => x.subjects = free.to_string(),
                5..=7 => match number(v) {
                    Ok(n) => match c {
                        5 => x.licences = n,
                        6 => x.active_users = n,
                        _ => x.annual_cost = n,
                    },
                    Err(m) => fail(m),
                },
                8 => match optional_date(v, "") {
                    Ok(d) => x.contract_end = d,
                    Err(_) => fail(CellProblem::NotADate(v.to_string())),
                },
                9 => match choice(v, Privacy::ALL, Privacy::as_wire, &PRIVACY_ES) {
                    Some(p) => x.privacy = p,
                    None => {
                        fail(CellProblem::NotOneOf { value: v.to_string(), allowed: &["signed", "none", "not-needed"] })
                    }
                },
                10 => match choice(
                    if v.is_empty() { "unknown" } else { v },
                    Accessibility::ALL,
                    Accessibility::as_wire,
                    &ACCESSIBILITY_ES,
                ) {
                    Some(a) => x.accessibility = a,
                    None => fail(CellProblem::NotOneOf {
                        value: v.to_string(),
                        allowed: &["yes", "partial", "no", "unknown"],
                    }),
                },
                11 => {
                    match choice(if v.is_empty() { "none" } else { v }, Evidence::ALL, Evidence::as_wire, &EVIDENCE_ES)
                    {
                        Some(e) => x.evidence = e,
                        None => fail(CellProblem::NotOneOf {
                            value: v.to_string(),
                            allowed: &["tier-1", "tier-2", "tier-3", "tier-4", "none"],
                        }),
                    }
                }
                12 | 14 => match parse_bool(v) {
                    Some(b) if c == 12 => x.single_sign_on = b,
                    Some(b) => x.lti = b,
                    None => fail(CellProblem::NotYesNo(v.to_string())),
                },
                13 => x.rostering = free.to_string(),
                15 => x.training = free.to_string(),
                _ => x.goals = free.to_string(),
            }
        }
        if x.name.is_empty() {
            bad.push(CsvError::Cell { line, column: "name".into(), message: CellProblem::EmptyName });
        }
        if bad.is_empty() {
            self.products.push(x);
        } else {
            bad.into_iter().for_each(|e| note_problem(&mut self.errors, &mut self.more_errors, e));
        }
    }

    /// What was read, compared with `current`.
    pub fn finish(self, current: &Portfolio) -> InventoryPreview {
        let (products, errors, more_errors) = (self.products, self.errors, self.more_errors);
        let norm = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
        let updates =
            products.iter().filter(|x| current.products.iter().any(|c| norm(&c.name) == norm(&x.name))).count();
        InventoryPreview { products, updates, errors, more_errors }
    }
}

/// Applies a clean preview: known products (by name) get the file's inventory fields, keeping
/// their id, review, usage and decision; others are added. Returns false, changing nothing,
/// when the preview has errors.
pub fn apply(preview: &InventoryPreview, p: &mut Portfolio) -> bool {
    if !preview.errors.is_empty() || preview.more_errors > 0 {
        return false;
    }
    let norm = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
    for incoming in &preview.products {
        match p.products.iter_mut().find(|c| norm(&c.name) == norm(&incoming.name)) {
            Some(existing) => {
                let (id, review, usage) = (existing.id, existing.review.clone(), existing.usage.clone());
                *existing = Product { id, review, usage, ..incoming.clone() };
            }
            None => {
                let id = p.next_id;
                p.next_id += 1;
                p.products.push(Product { id, ..incoming.clone() });
            }
        }
    }
    true
}

impl crate::import_flow::SliceReader for InventoryReader<'_> {
    fn step(&mut self, records: usize) -> bool {
        InventoryReader::step(self, records)
    }

    fn progress(&self, total_bytes: usize) -> f64 {
        InventoryReader::progress(self, total_bytes)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reading_in_slices_gives_what_reading_at_once_gives() {
        let mut text = String::from("Name,Licenses,Cost\n");
        for i in 0..150 {
            let cost = if i % 9 == 0 { "lots".to_string() } else { (i * 10).to_string() };
            text.push_str(&format!("Reader {i},{i},{cost}\n"));
        }
        let whole = preview(&text, &Portfolio::default()).unwrap();
        assert_eq!(whole.errors.len(), 17);
        for slice in [1, 7, 50] {
            let mut r = InventoryReader::new(&text).unwrap();
            while !r.step(slice) {}
            assert_eq!(r.finish(&Portfolio::default()), whole, "slices of {slice}");
        }
    }

    #[test]
    fn formula_leading_text_is_exported_quoted_and_imported_as_typed() {
        let mut p = Portfolio::default();
        let id = p.add("=HYPERLINK(\"http://x\")").unwrap();
        let x = p.product_mut(id).unwrap();
        x.need = "+fluency".into();
        x.goals = "'=1+1".into();
        x.licences = Some(40);
        let text = export(&p, Lang::En);
        let line = text.lines().nth(1).unwrap();
        assert!(line.starts_with("\"'=HYPERLINK(\"\"http://x\"\")\",,'+fluency,,,40,"), "{line}");
        assert!(line.ends_with(",''=1+1"), "{line}");
        let back = preview(&text, &Portfolio::default()).unwrap();
        assert_eq!(back.products[0].name, "=HYPERLINK(\"http://x\")");
        assert_eq!(back.products[0].need, "+fluency");
        assert_eq!(back.products[0].goals, "'=1+1");
    }

    #[test]
    fn bad_rows_are_named_by_line_and_column_and_nothing_applies() {
        let text = "Name,Licenses,Cost,Contract end,Privacy,WCAG,SSO\n\
            Reader A,400,\"$12,000\",2027-06-30,signed,yes,yes\n\
            Reader B,many,100,2027-02-30,maybe,yes,perhaps\n\
            ,1,1,,none,no,no\n";
        let p = preview(text, &Portfolio::default()).unwrap();
        assert_eq!(p.products.len(), 1);
        assert_eq!(p.products[0].annual_cost, Some(12_000));
        let where_: Vec<(u64, String)> = p
            .errors
            .iter()
            .map(|e| match e {
                CsvError::Cell { line, column, .. } => (*line, column.clone()),
                other => panic!("{other:?}"),
            })
            .collect();
        assert_eq!(
            where_,
            vec![
                (3, "licences".into()),
                (3, "contract_end".into()),
                (3, "privacy_agreement".into()),
                (3, "single_sign_on".into()),
                (4, "name".into())
            ]
        );
        let mut portfolio = Portfolio::default();
        assert!(!apply(&p, &mut portfolio));
        assert!(portfolio.products.is_empty());
        assert_eq!(
            preview("Name,Colour\n", &Portfolio::default()),
            Err(CsvError::UnknownColumns { found: vec!["Colour".into()], expected: &COLUMNS })
        );
        assert_eq!(preview("Category\n", &Portfolio::default()), Err(CsvError::MissingColumns(vec!["name".into()])));
    }

    #[test]
    fn known_products_are_updated_and_keep_their_review() {
        let mut p = Portfolio::default();
        let a = p.add("Reader A").unwrap();
        p.product_mut(a).unwrap().review.insert(
            "selection.need".into(),
            super::super::ReviewAnswer { answer: super::super::Answer::Yes, note: String::new() },
        );
        let pre = preview("name,licences\nreader  a,500\nNew Tool,10\n", &p).unwrap();
        assert_eq!(pre.updates, 1);
        assert!(apply(&pre, &mut p));
        assert_eq!(p.products.len(), 2);
        let x = p.product(a).unwrap();
        assert_eq!((x.name.as_str(), x.licences, x.review.len()), ("reader  a", Some(500), 1));
    }

    /// A portfolio with every field and every choice in use, for the round trips.
    fn full(seed: u64) -> Portfolio {
        let mut rng = seed.max(1);
        let mut next = |n: usize| {
            rng ^= rng << 13;
            rng ^= rng >> 7;
            rng ^= rng << 17;
            (rng % n as u64) as usize
        };
        let mut p = Portfolio::default();
        for i in 0..12 {
            let id = p.add(&format!("Tool {i} — ñandú")).unwrap();
            let x = p.product_mut(id).unwrap();
            x.category = ["Reading", "Matemáticas", "=SUM(1)"][next(3)].into();
            x.need = "Fluency, in \"two\" words".into();
            x.grades = "K-5".into();
            x.subjects = "ELA; math".into();
            x.licences = [None, Some(400)][next(2)];
            x.active_users = [None, Some(0), Some(1_234)][next(3)];
            x.annual_cost = [None, Some(18_000)][next(2)];
            x.contract_end = [None, crate::date::Date::parse("2027-06-30")][next(2)];
            x.privacy = Privacy::ALL[next(Privacy::ALL.len())];
            x.accessibility = Accessibility::ALL[next(Accessibility::ALL.len())];
            x.evidence = Evidence::ALL[next(Evidence::ALL.len())];
            x.single_sign_on = next(2) == 0;
            x.lti = next(2) == 0;
            x.rostering = "Clever".into();
            x.training = "Two sessions".into();
            x.goals = "-fewer logins".into();
        }
        p
    }

    /// A file written in Spanish imports into the same stored products as one written in
    /// English, whichever language the reader is in (the importer has none), and both give back
    /// what was exported.
    #[test]
    fn an_inventory_written_in_spanish_reads_back_as_one_written_in_english() {
        for seed in 1..40 {
            let p = full(seed);
            let read = |lang: Lang| {
                let pre = preview(&export(&p, lang), &Portfolio::default()).unwrap();
                assert_eq!(pre.errors, vec![], "{lang:?}");
                let mut into = Portfolio::default();
                assert!(apply(&pre, &mut into));
                into
            };
            let (en, es) = (read(Lang::En), read(Lang::Es));
            assert_eq!(es, en, "seed {seed}");
            assert_eq!(en.products, p.products, "seed {seed}: the round trip keeps every field");
            // Merged into the other: every product is an update, nothing is added.
            let pre = preview(&export(&p, Lang::Es), &en).unwrap();
            assert_eq!(pre.updates, p.products.len());
        }
    }

    #[test]
    fn a_spanish_file_has_spanish_headers_and_words() {
        let p = full(7);
        let es = export(&p, Lang::Es);
        assert!(es.starts_with("\u{feff}nombre,categoría,necesidad,grados,materias,licencias,usuarios_activos,costo_anual,fin_del_contrato,acuerdo_de_privacidad,accesibilidad,nivel_de_evidencia,inicio_de_sesión_único,carga_de_listas,lti,capacitación,metas\n"), "{es}");
        let en = export(&p, Lang::En);
        assert!(en.starts_with(&format!("\u{feff}{}\n", COLUMNS.join(","))));
        for english in ["signed", "not-needed", "tier-", "partial", "unknown", ",yes"] {
            assert!(!es.contains(english), "{english} in {es}");
        }
        assert!(es.contains(",sí,") || es.contains(",no,"));
    }

    /// Headers and words in either language, with or without accents, in any case; a word of
    /// neither language is still an error.
    #[test]
    fn headers_and_words_are_read_in_either_language() {
        let text = "Nombre,Categoria,Acuerdo de privacidad,ACCESIBILIDAD,nivel-de-evidencia,Inicio de sesion unico,lti,Fin del contrato\n\
            Lector,Lectura,No hace falta,En-parte,Nivel 2,Si,no,2027-06-30\n\
            Otro,,FIRMADO,no se sabe,ninguno,sí,verdadero,\n\
            Tercero,,signed,partial,tier-2,yes,NO,\n\
            Cuarto,,quizás,yes,none,no,no,\n";
        let p = preview(text, &Portfolio::default()).unwrap();
        let x = &p.products;
        assert_eq!(x.len(), 3, "{:?}", p.errors);
        assert_eq!(
            (x[0].privacy, x[0].accessibility, x[0].evidence),
            (Privacy::NotNeeded, Accessibility::Partial, Evidence::Tier2)
        );
        assert_eq!((x[0].single_sign_on, x[0].lti, x[0].category.as_str()), (true, false, "Lectura"));
        assert_eq!(
            (x[1].privacy, x[1].accessibility, x[1].evidence),
            (Privacy::Signed, Accessibility::Unknown, Evidence::NoTier)
        );
        assert_eq!((x[1].single_sign_on, x[1].lti), (true, true));
        assert_eq!(
            (x[2].privacy, x[2].accessibility, x[2].evidence),
            (Privacy::Signed, Accessibility::Partial, Evidence::Tier2)
        );
        assert!(matches!(&p.errors[..], [CsvError::Cell { line: 5, column, .. }] if column == "privacy_agreement"));
        // Each Spanish header is its column, as is the English one.
        for (c, (en, es)) in COLUMNS.iter().zip(COLUMNS_ES).enumerate() {
            assert_eq!((column_of(en), column_of(es)), (Some(c), Some(c)), "{en} / {es}");
        }
        assert_eq!(column_of("Costo"), Some(7));
        assert_eq!(column_of("Colour"), None);
    }
}
