//! Row-level survey import (issue 5): a family survey, a student-information-system extract
//! or an observation export, read in chunks, mapped onto the workspace's schools, student
//! groups and indicators, and reduced to numerator/denominator counts. The rows themselves
//! are never kept: only `count::Counter`'s tallies leave the reading loop.
//!
//! - `read`: encoding and delimiter sniffing, incremental CSV records (the `dew-scan` crate,
//!   built for speed with the tallies' hot loop).
//! - this module: the preview of the first rows, the mapping (which column is what, and what
//!   each value means), suggestions and the mapping's problems.
//! - `count`: what each value means for the tallies (`dew_scan::tally`), the summary (rows
//!   read, skipped and why, unmapped values) and the cells handed to the divide import.

pub mod count;
pub mod flow;
pub mod kit;
mod kit_content;
pub use dew_scan::read;

use super::divides::import::norm;
use super::divides::model::{Dimension, DivideData};
use super::divides::model_es;
use super::language::fold;
use read::{sniff, Record, Rows, Sniff};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// What an answer value means for its indicator.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Answer {
    Meets,
    DoesNotMeet,
    /// Excluded from the denominator, like a blank.
    NotAnswered,
}

impl Answer {
    pub const ALL: [Answer; 3] = [Answer::Meets, Answer::DoesNotMeet, Answer::NotAnswered];

    /// The name stored in saved mappings (as serde writes it), also used as a form value.
    pub fn as_wire(self) -> &'static str {
        match self {
            Answer::Meets => "meets",
            Answer::DoesNotMeet => "does-not-meet",
            Answer::NotAnswered => "not-answered",
        }
    }

    pub fn from_wire(s: &str) -> Option<Answer> {
        Answer::ALL.into_iter().find(|a| a.as_wire() == s)
    }
}

/// A column giving membership of one student-group dimension. `values` maps a value
/// (normalised: trimmed, spaces collapsed, lower case) to a group id of the dimension, or to ""
/// for a value that means no group (not reported as unmapped); a value not listed counts the
/// row for the school but for no group of this dimension, and is reported.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GroupColumn {
    pub column: String,
    pub dimension: String,
    pub values: BTreeMap<String, String>,
}

/// A column answering one indicator; `values` maps normalised values to their meaning. A
/// blank is always "not answered"; a value not listed is not answered and is reported.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AnswerColumn {
    pub column: String,
    pub indicator: String,
    pub values: BTreeMap<String, Answer>,
}

/// Which column is what. Columns are named by their header text, so a mapping can be saved
/// and used again on next cycle's export. It holds header names and value spellings only,
/// never a row.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Mapping {
    pub school: Option<String>,
    pub groups: Vec<GroupColumn>,
    pub answers: Vec<AnswerColumn>,
    /// Other columns asking the same question as a mapped column, by the mapped column's name:
    /// a form with a section per language has each question twice. A row blank in the mapped
    /// column is read from the first of these it is not blank in, with the same meanings.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub also: BTreeMap<String, Vec<String>>,
}

/// A value seen in the sampled rows of one column: as first written, and how often.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Seen {
    pub key: String,
    pub shown: String,
    pub count: u64,
}

/// How many distinct values per column the preview keeps; a column with more (names, ids,
/// comments) is not one to map values of.
pub const MAX_DISTINCT: usize = 40;
/// Rows shown in the preview table.
pub const PREVIEW_ROWS: usize = 8;

/// The first part of a file: how it is read, its header, the first rows, and the distinct
/// values of each column in the rows sampled.
#[derive(Debug, Clone, PartialEq)]
pub struct Preview {
    pub sniff: Sniff,
    pub header: Vec<String>,
    pub rows: Vec<Vec<String>>,
    /// Per column: the values seen (at most `MAX_DISTINCT`), most frequent first, and
    /// whether there were more.
    pub distinct: Vec<(Vec<Seen>, bool)>,
    pub sampled: u64,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PreviewError {
    #[error("the file is empty")]
    Empty,
    #[error("the first line has no column names")]
    NoHeader,
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// Reads the preview from the start of a file (`whole`: `head` is the entire file, so its
/// last record is complete even without a line end). `sniffed` overrides the detection.
pub fn preview(head: &[u8], whole: bool, sniffed: Option<Sniff>) -> Result<Preview, PreviewError> {
    if head.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(PreviewError::Empty);
    }
    let s = sniffed.unwrap_or_else(|| sniff(head));
    let mut rows = Rows::new(s);
    let mut header: Vec<String> = Vec::new();
    let mut shown = Vec::new();
    let mut distinct: Vec<BTreeMap<String, Seen>> = Vec::new();
    let mut more: Vec<bool> = Vec::new();
    let mut sampled = 0;
    let mut f = |row: u64, r: &Record| {
        if row == 1 {
            header = (0..r.len()).map(|i| r.get(i).map(text).unwrap_or_default().trim().to_string()).collect();
            distinct = vec![BTreeMap::new(); header.len()];
            more = vec![false; header.len()];
            return;
        }
        sampled += 1;
        let values: Vec<String> = (0..r.len()).map(|i| r.get(i).map(text).unwrap_or_default()).collect();
        for (i, v) in values.iter().enumerate().take(header.len()) {
            let key = norm(v);
            let d = &mut distinct[i];
            if let Some(seen) = d.get_mut(&key) {
                seen.count += 1;
            } else if d.len() < MAX_DISTINCT {
                d.insert(key.clone(), Seen { key, shown: v.trim().to_string(), count: 1 });
            } else {
                more[i] = true;
            }
        }
        if shown.len() < PREVIEW_ROWS {
            shown.push(values);
        }
    };
    rows.feed(head, &mut f);
    if whole {
        rows.finish(&mut f);
    }
    if header.iter().all(String::is_empty) {
        return Err(PreviewError::NoHeader);
    }
    let distinct = distinct
        .into_iter()
        .zip(more)
        .map(|(d, m)| {
            let mut v: Vec<Seen> = d.into_values().collect();
            v.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.key.cmp(&b.key)));
            (v, m)
        })
        .collect();
    Ok(Preview { sniff: s, header, rows: shown, distinct, sampled })
}

impl Preview {
    /// The index of a column by its header name (normalised).
    pub fn column(&self, name: &str) -> Option<usize> {
        let n = norm(name);
        self.header.iter().position(|h| norm(h) == n)
    }

    /// The values seen in a column, if it has few enough to map one by one.
    pub fn values(&self, column: &str) -> Option<&[Seen]> {
        let i = self.column(column)?;
        let (v, more) = self.distinct.get(i)?;
        (!more).then_some(v.as_slice())
    }

    /// The values seen in a column and in the others asking the same question (`Mapping::also`),
    /// merged by their normalised spelling, most frequent first.
    pub fn values_with(&self, column: &str, also: &[String]) -> Option<Vec<Seen>> {
        let mut all: Vec<Seen> = self.values(column)?.to_vec();
        for other in also {
            for s in self.values(other).unwrap_or_default() {
                match all.iter_mut().find(|x| x.key == s.key) {
                    Some(x) => x.count += s.count,
                    None => all.push(s.clone()),
                }
            }
        }
        all.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.key.cmp(&b.key)));
        Some(all)
    }
}

/// Words in a header that suggest each built-in dimension.
const DIMENSION_WORDS: [(&str, &[&str]); 6] = [
    ("race", &["race", "ethnicity", "ethnic", "raza", "etnia", "etnico"]),
    ("swd", &["iep", "disabilit", "special education", "sped", "504", "discapacidad", "educacion especial"]),
    (
        "el",
        &[
            "english learner",
            "el status",
            "ell",
            "lep",
            "emergent bilingual",
            "multilingual",
            "estudiante de ingles",
            "estudiantes de ingles",
            "aprendiz de ingles",
        ],
    ),
    (
        "econ",
        &["lunch", "frl", "free", "econ", "low income", "disadvantaged", "almuerzo", "bajos ingresos", "comida gratis"],
    ),
    ("grade", &["grade", "grado"]),
    ("locale", &["locale", "urbanicity", "zona", "localidad"]),
];

/// Words in a question that suggest each built-in indicator (checked in order).
const INDICATOR_WORDS: [(&str, &[&str]); 6] = [
    ("home-internet", &["internet", "wifi", "wi-fi", "broadband", "connection", "hotspot", "conexion", "banda ancha"]),
    (
        "device-sufficient",
        &[
            "good enough",
            "sufficient",
            "adequate",
            "all schoolwork",
            "works well",
            "suficiente",
            "todas las tareas",
            "funciona bien",
        ],
    ),
    (
        "dedicated-device",
        &["computer", "device", "tablet", "laptop", "chromebook", "computadora", "dispositivo", "tableta"],
    ),
    ("assistive-tech-met", &["assistive", "accommodation", "asistencia", "adaptacion"]),
    ("create-weekly", &["create", "creating", "crear", "crean"]),
    ("collaborate-weekly", &["collaborat", "colabora"]),
];

// Answer words in English and in Spanish (compared without accents: "sí" is "si"), so a form
// asked in either language is suggested alike. A word such as "sometimes" or "a veces" is left
// for the person to choose: whether it meets an indicator is the district's call.
const YES: [&str; 13] =
    ["yes", "y", "si", "true", "1", "always", "oui", "x", "t", "siempre", "verdadero", "cierto", "s"];
const NO: [&str; 12] = ["no", "n", "false", "0", "never", "non", "f", "none", "nunca", "falso", "ninguno", "ninguna"];
const NOT_ANSWERED: [&str; 16] = [
    "n/a",
    "na",
    "prefer not to say",
    "don't know",
    "unknown",
    "not sure",
    "n/d",
    "nd",
    "no aplica",
    "no se",
    "prefiero no decir",
    "prefiero no responder",
    "desconocido",
    "no estoy seguro",
    "no estoy segura",
    "no lo se",
];

/// Whether a normalised header contains one of `words` (a short word must be a whole token).
fn words_match(h: &str, words: &[&str]) -> bool {
    words.iter().any(|w| {
        if w.len() <= 3 {
            h.split(|c: char| !c.is_alphanumeric()).any(|t| t == *w)
        } else {
            h.contains(w)
        }
    })
}

/// The group a value names in a dimension: by group id or name, by yes/no for a two-group
/// dimension whose ids are yes/no, by a grade number for grade bands, and a few common
/// spellings (Free/Reduced lunch means economically disadvantaged).
pub fn suggest_group(dim: &Dimension, value: &str) -> Option<String> {
    let v = fold(&norm(value));
    if v.is_empty() {
        return None;
    }
    // By id, English name, or the Spanish name of a built-in group.
    if let Some(g) = dim.groups.iter().find(|g| {
        fold(&norm(&g.id)) == v
            || fold(&norm(&g.name)) == v
            || model_es::group(&dim.id, &g.id).is_some_and(|es| fold(&norm(es)) == v)
    }) {
        return Some(g.id.clone());
    }
    let has = |id: &str| dim.groups.iter().any(|g| g.id == id);
    if has("yes") && has("no") {
        let extra_yes = ["free", "reduced", "el", "ell", "lep", "iep", "504", "swd", "gratis", "reducido"];
        let extra_no = ["paid", "full", "not el", "non-el", "no iep", "none", "pagado", "completo"];
        if YES.contains(&v.as_str()) || extra_yes.contains(&v.as_str()) {
            return Some("yes".into());
        }
        if NO.contains(&v.as_str()) || extra_no.contains(&v.as_str()) || v.starts_with("not ") {
            return Some("no".into());
        }
    }
    if dim.id == "grade" {
        let g = match v.trim_start_matches("grade ").trim_start_matches("grado ").trim_start_matches('0') {
            "k" | "tk" | "pk" | "kindergarten" | "kinder" | "preescolar" => Some(0),
            n => n.parse::<u32>().ok(),
        }?;
        let band = match g {
            0..=5 => "elementary",
            6..=8 => "middle",
            9..=12 => "high",
            _ => return None,
        };
        return has(band).then(|| band.to_string());
    }
    // "Hispanic" for "Hispanic or Latino", "Black" for "Black or African American".
    dim.groups.iter().find(|g| norm(&g.name).split(' ').next() == Some(v.as_str())).map(|g| g.id.clone())
}

/// The meaning a value most likely has as an answer; `None` when the user should choose.
pub fn suggest_answer(value: &str) -> Option<Answer> {
    let v = fold(&norm(value));
    if v.is_empty() {
        Some(Answer::NotAnswered)
    } else if YES.contains(&v.as_str()) {
        Some(Answer::Meets)
    } else if NO.contains(&v.as_str()) {
        Some(Answer::DoesNotMeet)
    } else if NOT_ANSWERED.contains(&v.as_str()) {
        Some(Answer::NotAnswered)
    } else {
        None
    }
}

/// A first mapping from header names and the values seen: the school column, group columns
/// for the dimensions a header names, and answer columns for questions that name an
/// indicator. Every suggestion can be changed.
pub fn suggest(p: &Preview, data: &DivideData) -> Mapping {
    let mut m = Mapping::default();
    let dims = data.dimensions();
    let inds = data.indicators();
    let mut used = vec![false; p.header.len()];
    // Normalised once: a file may have very many columns.
    // Without accents, so that a Spanish header matches written with or without them.
    let normed: Vec<String> = p.header.iter().map(|h| fold(&norm(h))).collect();
    let ind_names: Vec<(String, String, &str)> =
        inds.iter().map(|x| (norm(&x.id), norm(&x.name), x.id.as_str())).collect();
    let ind_es = |id: &str| model_es::indicator(id).map(|x| fold(&norm(x.name)));
    if let Some(i) =
        normed.iter().position(|h| words_match(h, &["school", "campus", "building", "site", "escuela", "plantel"]))
    {
        m.school = Some(p.header[i].clone());
        used[i] = true;
    }
    for (dim_id, words) in DIMENSION_WORDS {
        let Some(dim) = dims.iter().find(|d| d.id == dim_id) else { continue };
        let dim_name = norm(&dim.name);
        let dim_es = model_es::dimension(&dim.id).map(|es| fold(&norm(es)));
        let found = normed.iter().enumerate().find(|(i, h)| {
            !used[*i]
                && (words_match(h, words) || **h == dim_name || dim_es.as_ref() == Some(*h))
                && p.distinct[*i].0.len() <= 20
        });
        if let Some((i, _)) = found {
            let h = &p.header[i];
            used[i] = true;
            let values = group_values(dim, &p.distinct[i].0);
            m.groups.push(GroupColumn { column: h.clone(), dimension: dim.id.clone(), values });
        }
    }
    for (i, h) in p.header.iter().enumerate() {
        if used[i] || p.distinct[i].1 {
            continue;
        }
        let n = &normed[i];
        let by_name = ind_names
            .iter()
            .find(|(id, name, raw)| id == n || name == n || ind_es(raw).as_ref() == Some(n))
            .map(|(_, _, id)| id.to_string());
        let by_words = || {
            INDICATOR_WORDS
                .iter()
                .find(|(id, words)| words_match(n, words) && m.answers.iter().all(|a| a.indicator != *id))
                .map(|(id, _)| id.to_string())
        };
        let Some(indicator) = by_name.or_else(by_words) else { continue };
        if !inds.iter().any(|x| x.id == indicator) || m.answers.iter().any(|a| a.indicator == indicator) {
            continue;
        }
        let values = answer_values(&p.distinct[i].0);
        m.answers.push(AnswerColumn { column: h.clone(), indicator, values });
    }
    m
}

/// The suggested group of each value seen (values with no likely group are left out).
pub fn group_values(dim: &Dimension, seen: &[Seen]) -> BTreeMap<String, String> {
    seen.iter().filter_map(|s| suggest_group(dim, &s.shown).map(|g| (s.key.clone(), g))).collect()
}

/// The suggested meaning of each non-blank value seen (values to be chosen are left out).
pub fn answer_values(seen: &[Seen]) -> BTreeMap<String, Answer> {
    seen.iter()
        .filter(|s| !s.key.is_empty())
        .filter_map(|s| suggest_answer(&s.shown).map(|a| (s.key.clone(), a)))
        .collect()
}

/// Edits made in the mapping form. A column has one role: choosing it as the school or as a
/// group column takes it out of the answers (otherwise it would be counted twice over).
impl Mapping {
    pub fn set_school(&mut self, column: Option<String>) {
        if let Some(c) = &column {
            self.groups.retain(|g| g.column != *c);
            self.answers.retain(|a| a.column != *c);
        }
        self.school = column;
        self.tidy_also(self.school.clone().as_deref());
    }

    /// The other columns read with `column` (none if it has none).
    pub fn also_of(&self, column: &str) -> &[String] {
        self.also.get(column).map(Vec::as_slice).unwrap_or_default()
    }

    /// Whether `column` is read only as another column's other language (`also`).
    pub fn is_also_column(&self, column: &str) -> bool {
        self.also.values().any(|v| v.iter().any(|c| c == column))
    }

    /// After a change: a column just given a role of its own (`taken`) is no longer read as
    /// another's, and the columns read with a column that lost its role are let go.
    fn tidy_also(&mut self, taken: Option<&str>) {
        if let Some(c) = taken {
            for v in self.also.values_mut() {
                v.retain(|x| x != c);
            }
        }
        let mapped: Vec<String> = self
            .school
            .iter()
            .cloned()
            .chain(self.groups.iter().map(|g| g.column.clone()))
            .chain(self.answers.iter().map(|a| a.column.clone()))
            .collect();
        self.also.retain(|k, v| mapped.contains(k) && !v.is_empty());
    }

    /// Gives `dim` the column `column` (with suggested values), or none.
    pub fn set_group_column(&mut self, dim: &Dimension, column: Option<&str>, p: &Preview) {
        self.groups.retain(|g| g.dimension != dim.id);
        let Some(c) = column else {
            self.tidy_also(None);
            return;
        };
        self.answers.retain(|a| a.column != c);
        if self.school.as_deref() == Some(c) {
            self.school = None;
        }
        let values = p.values(c).map(|v| group_values(dim, v)).unwrap_or_default();
        self.groups.push(GroupColumn { column: c.to_string(), dimension: dim.id.clone(), values });
        self.tidy_also(Some(c));
    }

    pub fn set_group_value(&mut self, dimension: &str, key: &str, group: Option<String>) {
        if let Some(g) = self.groups.iter_mut().find(|g| g.dimension == dimension) {
            match group {
                Some(id) => g.values.insert(key.to_string(), id),
                None => g.values.remove(key),
            };
        }
    }

    /// Makes `column` answer `indicator` (with suggested meanings), or no indicator.
    ///
    /// A column given an indicator another column already answers is that question asked
    /// again (a form's section in another language): it is read when the other is blank
    /// (`also`), and its answer words join the other's.
    pub fn set_answer_column(&mut self, column: &str, indicator: Option<String>, p: &Preview) {
        self.answers.retain(|a| a.column != column);
        for v in self.also.values_mut() {
            v.retain(|x| x != column);
        }
        if let Some(indicator) = indicator {
            let values = p.values(column).map(answer_values).unwrap_or_default();
            match self.answers.iter_mut().find(|a| a.indicator == indicator) {
                Some(first) => {
                    for (k, v) in values {
                        first.values.entry(k).or_insert(v);
                    }
                    let primary = first.column.clone();
                    self.also.entry(primary).or_default().push(column.to_string());
                }
                None => self.answers.push(AnswerColumn { column: column.to_string(), indicator, values }),
            }
        }
        self.tidy_also(None);
    }

    /// The indicator `column` answers, as a column of its own or read with another.
    pub fn indicator_of(&self, column: &str) -> Option<&str> {
        let primary = self.primary_of(column).unwrap_or(column);
        self.answers.iter().find(|a| a.column == primary).map(|a| a.indicator.as_str())
    }

    /// The column `column` is read with (`also`), if it is one.
    pub fn primary_of(&self, column: &str) -> Option<&str> {
        self.also.iter().find(|(_, v)| v.iter().any(|c| c == column)).map(|(k, _)| k.as_str())
    }

    pub fn set_answer_value(&mut self, column: &str, key: &str, answer: Option<Answer>) {
        if let Some(a) = self.answers.iter_mut().find(|a| a.column == column) {
            match answer {
                Some(x) => a.values.insert(key.to_string(), x),
                None => a.values.remove(key),
            };
        }
    }

    /// Whether `column` is the school or a group column (so not offered as an answer).
    pub fn is_key_column(&self, column: &str) -> bool {
        self.school.as_deref() == Some(column) || self.groups.iter().any(|g| g.column == column)
    }
}

/// What stops a mapping from being used on a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    NoSchoolColumn,
    /// A column named in the mapping is not in this file (a saved mapping from another export).
    MissingColumn(String),
    NoAnswers,
    /// The same indicator is answered by two columns.
    IndicatorTwice(String),
    /// The same dimension is given by two columns.
    DimensionTwice(String),
    UnknownIndicator(String),
    UnknownDimension(String),
    /// A value seen in an answer column has no meaning chosen.
    Unchosen {
        column: String,
        value: String,
    },
}

/// Everything wrong with `m` for the file previewed in `p`, in the order a person would fix it.
pub fn problems(m: &Mapping, p: &Preview, data: &DivideData) -> Vec<Problem> {
    let mut out = Vec::new();
    match &m.school {
        None => out.push(Problem::NoSchoolColumn),
        Some(c) if p.column(c).is_none() => out.push(Problem::MissingColumn(c.clone())),
        _ => {}
    }
    let dims = data.dimensions();
    let inds = data.indicators();
    for (i, g) in m.groups.iter().enumerate() {
        if p.column(&g.column).is_none() {
            out.push(Problem::MissingColumn(g.column.clone()));
        }
        if !dims.iter().any(|d| d.id == g.dimension) {
            out.push(Problem::UnknownDimension(g.dimension.clone()));
        } else if m.groups[..i].iter().any(|x| x.dimension == g.dimension) {
            out.push(Problem::DimensionTwice(g.dimension.clone()));
        }
    }
    if m.answers.is_empty() {
        out.push(Problem::NoAnswers);
    }
    for c in m.also.values().flatten() {
        if p.column(c).is_none() {
            out.push(Problem::MissingColumn(c.clone()));
        }
    }
    for (i, a) in m.answers.iter().enumerate() {
        if p.column(&a.column).is_none() {
            out.push(Problem::MissingColumn(a.column.clone()));
            continue;
        }
        if !inds.iter().any(|x| x.id == a.indicator) {
            out.push(Problem::UnknownIndicator(a.indicator.clone()));
        } else if m.answers[..i].iter().any(|x| x.indicator == a.indicator) {
            out.push(Problem::IndicatorTwice(a.indicator.clone()));
        }
        for s in p.values_with(&a.column, m.also_of(&a.column)).unwrap_or_default() {
            if !s.key.is_empty() && !a.values.contains_key(&s.key) {
                out.push(Problem::Unchosen { column: a.column.clone(), value: s.shown.clone() });
            }
        }
    }
    out
}

/// How many saved mappings a device keeps (the oldest is dropped first).
pub const MAX_SAVED: usize = 10;

/// Reads the saved mappings; anything unreadable is an empty list (a mapping is a
/// convenience, never data: losing one costs a re-mapping, nothing more).
pub fn saved_from_json(text: Option<&str>) -> Vec<Mapping> {
    text.and_then(|t| serde_json::from_str(t).ok()).unwrap_or_default()
}

pub fn saved_to_json(list: &[Mapping]) -> String {
    serde_json::to_string(list).unwrap_or_else(|_| "[]".into())
}

fn columns_of(m: &Mapping) -> Vec<String> {
    let mut v: Vec<String> = m
        .school
        .iter()
        .cloned()
        .chain(m.groups.iter().map(|g| g.column.clone()))
        .chain(m.answers.iter().map(|a| a.column.clone()))
        .chain(m.also.values().flatten().cloned())
        .map(|c| norm(&c))
        .collect();
    v.sort();
    v
}

/// Adds `m` to the saved list, replacing a saved mapping of the same columns; newest first.
pub fn save_mapping(list: &[Mapping], m: &Mapping) -> Vec<Mapping> {
    let cols = columns_of(m);
    let mut out = vec![m.clone()];
    out.extend(list.iter().filter(|x| columns_of(x) != cols).cloned());
    out.truncate(MAX_SAVED);
    out
}

/// The newest saved mapping whose every column is in this file.
pub fn pick_saved<'a>(list: &'a [Mapping], p: &Preview) -> Option<&'a Mapping> {
    list.iter().find(|m| !m.answers.is_empty() && columns_of(m).iter().all(|c| p.column(c).is_some()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn saved_mappings_round_trip_replace_by_columns_and_are_picked_by_header() {
        let p = preview(FILE.as_bytes(), true, None).unwrap();
        let m = suggest(&p, &DivideData::default());
        let list = save_mapping(&[], &m);
        assert_eq!(saved_from_json(Some(&saved_to_json(&list))), list);
        assert_eq!(saved_from_json(Some("not json")), vec![]);
        assert_eq!(saved_from_json(None), vec![]);
        // Saving the same columns again replaces, newest first.
        let mut changed = m.clone();
        changed.answers[1].values.insert("sometimes".into(), Answer::DoesNotMeet);
        let list = save_mapping(&list, &changed);
        assert_eq!(list, vec![changed.clone()]);
        assert_eq!(pick_saved(&list, &p), Some(&changed));
        // A file without one of the mapped columns does not get it.
        let other = preview(b"School,Internet\nLincoln,Yes\n", true, None).unwrap();
        assert_eq!(pick_saved(&list, &other), None);
        // It holds header names and value spellings, never a row's other values.
        let json = saved_to_json(&list);
        assert!(!json.contains("Núñez") && !json.contains("late, sorry") && !json.contains("Lincoln"));
    }

    const FILE: &str = "Timestamp,Student Name,School,Grade,Race/Ethnicity,IEP,EL Status,Free/Reduced Lunch,\
Is there internet at home that works on that device?,Does your child have a computer or tablet for schoolwork?,Comments\n\
2026/09/14,Ana Núñez,Lincoln Elementary,K,Hispanic or Latino,N,Yes,Free,Sí,Yes,\n\
2026/09/14,Bo Li,lincoln  elementary,3,Asian,Y,No,Paid,No,Sometimes,\"late, sorry\"\n\
2026/09/15,Cy Ode,Valley High,10,White,N,No,Reduced,,TRUE,\n";

    #[test]
    fn preview_keeps_header_rows_and_distinct_values_by_normalised_key() {
        let p = preview(FILE.as_bytes(), true, None).unwrap();
        assert_eq!(p.header.len(), 11);
        assert_eq!(p.rows.len(), 3);
        assert_eq!(p.sampled, 3);
        let school = p.values("school").unwrap();
        assert_eq!(school[0], Seen { key: "lincoln elementary".into(), shown: "Lincoln Elementary".into(), count: 2 });
        assert_eq!(p.column("free/reduced lunch"), Some(7));
        assert_eq!(preview(b"  \n", true, None), Err(PreviewError::Empty));
    }

    #[test]
    fn suggestions_find_school_groups_and_questions() {
        let p = preview(FILE.as_bytes(), true, None).unwrap();
        let m = suggest(&p, &DivideData::default());
        assert_eq!(m.school.as_deref(), Some("School"));
        let dims: Vec<&str> = m.groups.iter().map(|g| g.dimension.as_str()).collect();
        assert_eq!(dims, vec!["race", "swd", "el", "econ", "grade"]);
        let g = |d: &str| m.groups.iter().find(|g| g.dimension == d).unwrap();
        assert_eq!(g("race").values.get("hispanic or latino").map(String::as_str), Some("hispanic"));
        assert_eq!(g("swd").values.get("y").map(String::as_str), Some("yes"));
        assert_eq!(g("econ").values.get("reduced").map(String::as_str), Some("yes"));
        assert_eq!(g("econ").values.get("paid").map(String::as_str), Some("no"));
        assert_eq!(g("grade").values.get("k").map(String::as_str), Some("elementary"));
        assert_eq!(g("grade").values.get("10").map(String::as_str), Some("high"));
        let inds: Vec<&str> = m.answers.iter().map(|a| a.indicator.as_str()).collect();
        assert_eq!(inds, vec!["home-internet", "dedicated-device"]);
        assert_eq!(m.answers[0].values.get("sí"), Some(&Answer::Meets));
        assert_eq!(m.answers[1].values.get("true"), Some(&Answer::Meets));
        // "Sometimes" is left for the user, and is the one problem left.
        assert_eq!(m.answers[1].values.get("sometimes"), None);
        assert_eq!(
            problems(&m, &p, &DivideData::default()),
            vec![Problem::Unchosen { column: m.answers[1].column.clone(), value: "Sometimes".into() }]
        );
    }

    #[test]
    fn problems_name_what_to_fix() {
        let p = preview(FILE.as_bytes(), true, None).unwrap();
        let data = DivideData::default();
        let empty = Mapping::default();
        assert_eq!(problems(&empty, &p, &data), vec![Problem::NoSchoolColumn, Problem::NoAnswers]);
        let a = AnswerColumn { column: "Comments".into(), indicator: "home-internet".into(), values: BTreeMap::new() };
        let m = Mapping {
            also: BTreeMap::new(),
            school: Some("Campus".into()),
            groups: vec![
                GroupColumn { column: "IEP".into(), dimension: "swd".into(), values: BTreeMap::new() },
                GroupColumn { column: "EL Status".into(), dimension: "swd".into(), values: BTreeMap::new() },
            ],
            answers: vec![a.clone(), AnswerColumn { indicator: "no-such".into(), ..a.clone() }, a],
        };
        let got = problems(&m, &p, &data);
        assert_eq!(got[0], Problem::MissingColumn("Campus".into()));
        assert!(got.contains(&Problem::DimensionTwice("swd".into())));
        assert!(got.contains(&Problem::UnknownIndicator("no-such".into())));
        assert!(got.contains(&Problem::IndicatorTwice("home-internet".into())));
        assert!(got.contains(&Problem::Unchosen { column: "Comments".into(), value: "late, sorry".into() }));
    }

    #[test]
    fn form_edits_give_each_column_one_role_and_suggest_values() {
        let p = preview(FILE.as_bytes(), true, None).unwrap();
        let dims = DivideData::default().dimensions();
        let el = dims.iter().find(|d| d.id == "el").unwrap();
        let mut m = Mapping::default();
        m.set_answer_column("EL Status", Some("home-internet".into()), &p);
        assert_eq!(m.answers[0].values.get("yes"), Some(&Answer::Meets));
        // Made a group column, it stops being an answer, and its values are suggested.
        m.set_group_column(el, Some("EL Status"), &p);
        assert!(m.answers.is_empty());
        assert_eq!(m.groups[0].values.get("no").map(String::as_str), Some("no"));
        assert!(m.is_key_column("EL Status"));
        m.set_group_value("el", "no", None);
        assert_eq!(m.groups[0].values.get("no"), None);
        m.set_group_value("el", "no", Some("yes".into()));
        assert_eq!(m.groups[0].values.get("no").map(String::as_str), Some("yes"));
        // Made the school column, it stops being a group column.
        m.set_school(Some("EL Status".into()));
        assert!(m.groups.is_empty());
        m.set_group_column(el, Some("EL Status"), &p);
        assert_eq!(m.school, None);
        m.set_group_column(el, None, &p);
        assert!(m.groups.is_empty());
        let q = "Does your child have a computer or tablet for schoolwork?";
        m.set_answer_column(q, Some("dedicated-device".into()), &p);
        m.set_answer_value(q, "sometimes", Some(Answer::DoesNotMeet));
        assert_eq!(m.answers[0].values.get("sometimes"), Some(&Answer::DoesNotMeet));
        m.set_answer_value(q, "sometimes", None);
        assert_eq!(m.answers[0].values.get("sometimes"), None);
        m.set_answer_column(q, None, &p);
        assert!(m.answers.is_empty());

        // A second column given the same indicator is read with the first, not a second answer.
        let net = "Is there internet at home that works on that device?";
        m.set_answer_column(q, Some("home-internet".into()), &p);
        m.set_answer_column(net, Some("home-internet".into()), &p);
        assert_eq!(m.answers.len(), 1);
        assert_eq!(m.also_of(q), &[net.to_string()]);
        assert_eq!(m.indicator_of(net), Some("home-internet"));
        assert_eq!(m.primary_of(net), Some(q));
        // Its answer words join the first's: "sí" is only in the second column.
        assert_eq!(m.answers[0].values.get("sí"), Some(&Answer::Meets));
        assert!(!problems(&m, &p, &DivideData::default()).iter().any(|x| matches!(x, Problem::IndicatorTwice(_))));
        m.set_answer_column(net, None, &p);
        assert!(m.also.is_empty() && m.answers.len() == 1);
        // The first column let go, the second goes with it.
        m.set_answer_column(net, Some("home-internet".into()), &p);
        m.set_answer_column(q, None, &p);
        assert!(m.also.is_empty() && m.answers.is_empty());
    }

    #[test]
    fn answer_wire_names_are_the_saved_ones() {
        for a in Answer::ALL {
            assert_eq!(serde_json::to_string(&a).unwrap(), format!("\"{}\"", a.as_wire()));
            assert_eq!(Answer::from_wire(a.as_wire()), Some(a));
        }
        assert_eq!(Answer::from_wire("maybe"), None);
    }

    #[test]
    fn answer_and_group_suggestions() {
        assert_eq!(suggest_answer(" YES "), Some(Answer::Meets));
        assert_eq!(suggest_answer("Sí"), Some(Answer::Meets));
        assert_eq!(suggest_answer("0"), Some(Answer::DoesNotMeet));
        assert_eq!(suggest_answer(""), Some(Answer::NotAnswered));
        assert_eq!(suggest_answer("Sometimes"), None);
        let dims = DivideData::default().dimensions();
        let d = |id: &str| dims.iter().find(|d| d.id == id).unwrap().clone();
        assert_eq!(suggest_group(&d("race"), "Black"), Some("black".into()));
        assert_eq!(suggest_group(&d("el"), "Not EL"), Some("no".into()));
        assert_eq!(suggest_group(&d("grade"), "Grade 07"), Some("middle".into()));
        assert_eq!(suggest_group(&d("grade"), "13"), None);
        assert_eq!(suggest_group(&d("race"), "Martian"), None);
    }

    /// A form asked in Spanish is suggested as one asked in English: its answer words, its
    /// groups and its headers; "a veces", like "sometimes", is left for the person.
    #[test]
    fn spanish_answer_words_groups_and_headers_are_suggested() {
        for (es, en) in [
            ("Sí", "Yes"),
            ("si", "yes"),
            ("No", "No"),
            ("Nunca", "Never"),
            ("SIEMPRE", "always"),
            ("No sé", "Don't know"),
            ("Prefiero no decir", "Prefer not to say"),
            ("A veces", "Sometimes"),
        ] {
            assert_eq!(suggest_answer(es), suggest_answer(en), "{es} / {en}");
        }
        assert_eq!(suggest_answer("Nunca"), Some(Answer::DoesNotMeet));
        assert_eq!(suggest_answer("A veces"), None);
        let dims = DivideData::default().dimensions();
        let d = |id: &str| dims.iter().find(|d| d.id == id).unwrap().clone();
        assert_eq!(suggest_group(&d("grade"), "Grado 7"), Some("middle".into()));
        assert_eq!(suggest_group(&d("grade"), "Kínder"), Some("elementary".into()));
        assert_eq!(suggest_group(&d("el"), "sí"), Some("yes".into()));
        let hispanic = model_es::group("race", "hispanic").unwrap();
        assert_eq!(suggest_group(&d("race"), hispanic), Some("hispanic".into()));
        assert_eq!(suggest_group(&d("race"), &hispanic.to_uppercase()), Some("hispanic".into()));

        let file = "Escuela,Raza o etnia,¿Tiene internet en casa?,¿Tiene una computadora propia?\n\
            Lincoln,Blanco,Sí,Nunca\n\
            Lincoln,Asiático,No,A veces\n";
        let p = preview(file.as_bytes(), true, None).unwrap();
        let m = suggest(&p, &DivideData::default());
        assert_eq!(m.school.as_deref(), Some("Escuela"));
        assert_eq!(m.groups.iter().map(|g| g.dimension.as_str()).collect::<Vec<_>>(), vec!["race"]);
        let inds: Vec<&str> = m.answers.iter().map(|a| a.indicator.as_str()).collect();
        assert_eq!(inds, vec!["home-internet", "dedicated-device"]);
        assert_eq!(m.answers[0].values.get("sí"), Some(&Answer::Meets));
        assert_eq!(m.answers[0].values.get("no"), Some(&Answer::DoesNotMeet));
        assert_eq!(m.answers[1].values.get("nunca"), Some(&Answer::DoesNotMeet));
        assert_eq!(m.answers[1].values.get("a veces"), None);
    }
}
