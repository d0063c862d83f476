//! The survey kit (issue 29): ready instruments for the built-in divide indicators, in English
//! and Spanish, and the mapping that makes their answers import with no mapping step.
//!
//! A district picks an instrument, the language(s) and the group questions (`KitOptions`).
//! From that come the questions (`questions`), a printable form (drawn by the UI), the question
//! list as text and CSV to rebuild the same form in Google Forms or Microsoft Forms word for
//! word (`question_list_text`, `question_list_csv`), a spreadsheet template for typing in paper
//! answers (`template_csv`), and a `KitMapping`: every header the form can have (English,
//! Spanish, or both written "English / Spanish") and every answer word it can write, in both
//! languages, with its meaning. The mapping is saved on the device when the kit is made.
//!
//! When a file is opened on the Survey import page, `match_file` finds the saved kit whose
//! headers it has, and maps those columns and their values from the kit: an export where some
//! families answered in English and some in Spanish maps whole. A kit question whose header is
//! not in the file (its wording was edited in the form) falls back to the import's own
//! suggestion for that question only, and is listed so the page can say so.

use super::{norm, suggest, suggest_answer, Answer, AnswerColumn, GroupColumn, Mapping, Preview};
use crate::divides::model::DivideData;
use crate::language::{fold, Lang};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

use super::kit_content::{
    builtin_group_question, custom_question, grade_question, identifying_question, school_question,
};
pub use super::kit_content::{form_intro, form_title, instrument_questions, Instrument, Meaning, Opt, Question, Role};

/// Which languages the form is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Langs {
    En,
    Es,
    /// Both: side by side on paper, "English / Spanish" in a Forms question.
    Both,
}

impl Langs {
    pub const ALL: [Langs; 3] = [Langs::En, Langs::Es, Langs::Both];

    pub fn id(self) -> &'static str {
        match self {
            Langs::En => "en",
            Langs::Es => "es",
            Langs::Both => "both",
        }
    }

    pub fn from_id(s: &str) -> Option<Langs> {
        Langs::ALL.into_iter().find(|l| l.id() == s)
    }

    /// The languages on the form, in order.
    pub fn langs(self) -> &'static [Lang] {
        match self {
            Langs::En => &[Lang::En],
            Langs::Es => &[Lang::Es],
            Langs::Both => &[Lang::En, Lang::Es],
        }
    }
}

/// Text in both languages written once when they are the same ("No", a school's name).
pub fn both(en: &str, es: &str) -> String {
    if en == es {
        en.to_string()
    } else {
        format!("{en} / {es}")
    }
}

impl Question {
    /// The question as the form writes it in `langs`.
    pub fn text(&self, langs: Langs) -> String {
        match langs {
            Langs::En => self.en.clone(),
            Langs::Es => self.es.clone(),
            Langs::Both => both(&self.en, &self.es),
        }
    }
}

impl Opt {
    pub fn text(&self, langs: Langs) -> String {
        match langs {
            Langs::En => self.en.clone(),
            Langs::Es => self.es.clone(),
            Langs::Both => both(&self.en, &self.es),
        }
    }
}

/// What the district chose.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KitOptions {
    pub instrument: Instrument,
    pub langs: Langs,
    /// Ask the grade (grade band).
    pub grade: bool,
    /// The student-group dimensions to ask, by id (only for family and student forms).
    pub dimensions: Vec<String>,
    /// Ask the question that names the person (off by default).
    pub identify: bool,
}

impl KitOptions {
    /// The defaults: both languages, the grade, no student-group question, no name.
    pub fn new(instrument: Instrument) -> Self {
        KitOptions { instrument, langs: Langs::Both, grade: true, dimensions: Vec::new(), identify: false }
    }
}

/// Every question of the kit, in the order the form asks them: the name (if chosen), the
/// school, the grade and the student groups (if chosen), then the questions that feed
/// indicators. The school is always asked: the import counts by school.
pub fn questions(o: &KitOptions, data: &DivideData) -> Vec<Question> {
    let i = o.instrument;
    let mut v = Vec::new();
    if o.identify {
        v.push(identifying_question(i));
    }
    let schools: Vec<String> = data.schools.iter().map(|s| s.name.clone()).collect();
    v.push(school_question(i, &schools));
    if o.grade {
        v.push(grade_question(i));
    }
    if i.asks_student_groups() {
        let asked = |id: &str| id != "grade" && o.dimensions.iter().any(|x| x == id) && i.asks_dimension(id);
        for d in data.dimensions().into_iter().filter(|d| asked(&d.id)) {
            let q = if d.builtin {
                builtin_group_question(i, &d.id)
            } else {
                let groups: Vec<(String, String)> = d.groups.iter().map(|g| (g.id.clone(), g.name.clone())).collect();
                Some(custom_question(i, &d.id, &d.name, &groups))
            };
            v.extend(q);
        }
    }
    v.extend(instrument_questions(i));
    v
}

/// One column a kit's form gives an export, for the import.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct KitColumn {
    /// The question's English, kept to name it when its column is not found.
    pub label: String,
    /// The same in Spanish.
    #[serde(default)]
    pub label_es: String,
    /// Every header the question can have (normalised): English, Spanish and both.
    pub headers: Vec<String>,
    pub role: Role,
    /// Every answer word (normalised), in either language and both, with its meaning.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub values: BTreeMap<String, Meaning>,
}

/// A kit as saved on the device: header names and answer words, never a row.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct KitMapping {
    pub instrument: Instrument,
    pub langs: Langs,
    pub columns: Vec<KitColumn>,
}

/// The mapping a kit's form needs, in every language at once.
pub fn kit_mapping(o: &KitOptions, data: &DivideData) -> KitMapping {
    let columns = questions(o, data)
        .into_iter()
        .map(|q| {
            let mut headers: Vec<String> = Langs::ALL.iter().map(|l| norm(&q.text(*l))).collect();
            headers.dedup();
            let mut values = BTreeMap::new();
            if q.role != Role::School {
                for opt in &q.options {
                    for l in Langs::ALL {
                        // Also without accents: a clerk typing paper answers may leave them out.
                        let text = norm(&opt.text(l));
                        values.insert(fold(&text), opt.meaning.clone());
                        values.insert(text, opt.meaning.clone());
                    }
                }
            }
            KitColumn { label: q.en.clone(), label_es: q.es.clone(), headers, role: q.role, values }
        })
        .collect();
    KitMapping { instrument: o.instrument, langs: o.langs, columns }
}

/// How many kits a device keeps (the oldest is dropped first).
pub const MAX_KITS: usize = 10;

/// Reads the saved kits; anything unreadable is an empty list (a kit's mapping is made again
/// by making the kit again: it is never district data).
pub fn kits_from_json(text: Option<&str>) -> Vec<KitMapping> {
    text.and_then(|t| serde_json::from_str(t).ok()).unwrap_or_default()
}

pub fn kits_to_json(list: &[KitMapping]) -> String {
    serde_json::to_string(list).unwrap_or_else(|_| "[]".into())
}

/// Adds `k` to the saved kits, newest first, replacing one with the same questions.
pub fn save_kit(list: &[KitMapping], k: &KitMapping) -> Vec<KitMapping> {
    let same = |x: &KitMapping| x.columns.iter().map(|c| &c.headers).eq(k.columns.iter().map(|c| &c.headers));
    let mut out = vec![k.clone()];
    out.extend(list.iter().filter(|x| !same(x)).cloned());
    out.truncate(MAX_KITS);
    out
}

/// A file mapped from a saved kit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KitMatch {
    pub instrument: Instrument,
    pub mapping: Mapping,
    /// The file's columns mapped from the kit, by header.
    pub from_kit: Vec<String>,
    /// Kit questions not found by their wording (edited in the form?): [English, Spanish].
    pub not_found: Vec<[String; 2]>,
    /// Columns mapped by the import's own suggestion in their place: to be checked.
    pub suggested: Vec<String>,
    /// In a file with a section per language (most questions in two columns), kit questions
    /// found in one column only: the other language's may have been edited. [English, Spanish].
    pub one_language: Vec<[String; 2]>,
    /// The kit's answer words for each indicator it asks about (normalised): a column the
    /// person maps to one of them by hand (its header was edited) gets the kit's words too.
    pub answer_words: BTreeMap<String, BTreeMap<String, Answer>>,
    /// The same for each student-group dimension it asks about: word → group id ("" for an
    /// answer that puts the student in no group).
    pub group_words: BTreeMap<String, BTreeMap<String, String>>,
}

/// A kit column's words as a group column's values: word → group id of `dim`, or "" for a
/// word that puts the student in no group (so that it is not reported as unmapped).
fn group_values_of(c: &KitColumn, dim: &crate::divides::model::Dimension) -> BTreeMap<String, String> {
    c.values
        .iter()
        .filter_map(|(v, mn)| match mn {
            Meaning::Group(g) if dim.groups.iter().any(|x| &x.id == g) => Some((v.clone(), g.clone())),
            Meaning::NoGroup => Some((v.clone(), String::new())),
            _ => None,
        })
        .collect()
}

fn answer_values_of(c: &KitColumn) -> BTreeMap<String, Answer> {
    c.values
        .iter()
        .filter_map(|(v, mn)| match mn {
            Meaning::Answer(a) => Some((v.clone(), *a)),
            _ => None,
        })
        .collect()
}

impl KitMatch {
    /// Gives `dim` the column `column`, as `Mapping::set_group_column`, then the kit's words
    /// for that dimension.
    pub fn set_group_column(
        &self,
        m: &mut Mapping,
        dim: &crate::divides::model::Dimension,
        column: Option<&str>,
        p: &Preview,
    ) {
        m.set_group_column(dim, column, p);
        if let (Some(words), Some(g)) =
            (self.group_words.get(&dim.id), m.groups.iter_mut().find(|g| g.dimension == dim.id))
        {
            g.values.extend(words.iter().map(|(k, v)| (k.clone(), v.clone())));
        }
    }

    /// Makes `column` answer `indicator`, as `Mapping::set_answer_column`, then gives its
    /// answer words the meanings the kit states for that indicator: only the header was
    /// edited, the options are the kit's.
    pub fn set_answer_column(&self, m: &mut Mapping, column: &str, indicator: Option<String>, p: &Preview) {
        let words = indicator.as_ref().and_then(|i| self.answer_words.get(i));
        m.set_answer_column(column, indicator.clone(), p);
        let answering = indicator.as_deref();
        if let (Some(words), Some(a)) = (words, m.answers.iter_mut().find(|a| Some(a.indicator.as_str()) == answering))
        {
            a.values.extend(words.iter().map(|(k, v)| (k.clone(), *v)));
        }
    }
}

/// The saved kit this file comes from, if any: the one whose headers it has most of (at least
/// one question that feeds an indicator), with the file's columns mapped from it. Answer words
/// the kit does not know (a value typed by hand) get the import's usual suggestion, or are
/// left for the person, as without a kit.
pub fn match_file(kits: &[KitMapping], p: &Preview, data: &DivideData) -> Option<KitMatch> {
    let normed: Vec<String> = p.header.iter().map(|h| norm(h)).collect();
    // Each kit question's columns in the file: usually one; one per language when the form
    // asked it in a section per language.
    let found = |k: &KitMapping| -> Vec<(usize, Vec<usize>)> {
        k.columns
            .iter()
            .enumerate()
            .filter_map(|(ci, c)| {
                let at: Vec<usize> = (0..normed.len()).filter(|&fi| c.headers.contains(&normed[fi])).collect();
                (!at.is_empty()).then_some((ci, at))
            })
            .collect()
    };
    let (kit, pairs) = kits
        .iter()
        .map(|k| (k, found(k)))
        .filter(|(k, pairs)| pairs.iter().any(|(ci, _)| matches!(k.columns[*ci].role, Role::Answer(_))))
        // The kit whose questions the file has most of; on a tie the one with fewest questions
        // (nothing reported missing that the file never asked), then the newest (first saved).
        .rev()
        .max_by_key(|(k, pairs)| (pairs.len(), std::cmp::Reverse(k.columns.len())))?;
    let dims = data.dimensions();
    let inds = data.indicators();
    let mut m = Mapping::default();
    // The file's columns mapped from the kit, and those it recognised (the name column too).
    let mut from_kit = Vec::new();
    let mut known: Vec<String> = Vec::new();
    for (ci, at) in &pairs {
        let c = &kit.columns[*ci];
        let header = p.header[at[0]].clone();
        let others: Vec<String> = at[1..].iter().map(|&fi| p.header[fi].clone()).collect();
        let seen = p.values_with(&header, &others).unwrap_or_default();
        let before = (m.school.clone(), m.groups.len(), m.answers.len());
        match &c.role {
            Role::School if m.school.is_none() => m.school = Some(header.clone()),
            Role::Group(d) => {
                let Some(dim) = dims.iter().find(|x| &x.id == d) else { continue };
                if m.groups.iter().any(|g| &g.dimension == d) {
                    continue;
                }
                let mut values = group_values_of(c, dim);
                for s in seen.iter().filter(|s| !c.values.contains_key(&s.key)) {
                    if let Some(g) = super::suggest_group(dim, &s.shown) {
                        values.insert(s.key.clone(), g);
                    }
                }
                m.groups.push(GroupColumn { column: header.clone(), dimension: d.clone(), values });
            }
            Role::Answer(ind) => {
                if !inds.iter().any(|x| &x.id == ind) || m.answers.iter().any(|a| &a.indicator == ind) {
                    continue;
                }
                let mut values = answer_values_of(c);
                for s in seen.iter().filter(|s| !c.values.contains_key(&s.key)) {
                    if let Some(a) = suggest_answer(&s.shown) {
                        values.insert(s.key.clone(), a);
                    }
                }
                m.answers.push(AnswerColumn { column: header.clone(), indicator: ind.clone(), values });
            }
            _ => {}
        }
        let mapped = before != (m.school.clone(), m.groups.len(), m.answers.len());
        if mapped && !others.is_empty() {
            m.also.insert(header.clone(), others.clone());
        }
        known.push(header.clone());
        known.extend(others.iter().cloned());
        if mapped {
            from_kit.push(header);
            from_kit.extend(others);
        }
    }
    // Kit questions whose header is not in the file: the import's suggestion stands in for
    // each, on a column the kit did not map, and the page asks the person to check it.
    let matched: Vec<usize> = pairs.iter().map(|(ci, _)| *ci).collect();
    let missing: Vec<&KitColumn> = kit
        .columns
        .iter()
        .enumerate()
        .filter(|(ci, c)| !matched.contains(ci) && c.role != Role::Identifying)
        .map(|(_, c)| c)
        .collect();
    // Suggested from the columns the kit did not recognise only: a header the kit mapped
    // (say "…school meals?") must not take the place of an edited one (say "Campus").
    let mut rest = p.clone();
    for h in rest.header.iter_mut().filter(|h| known.iter().any(|k| norm(k) == norm(h))) {
        h.clear();
    }
    let guess = suggest(&rest, data);
    let free = |col: &str| !col.is_empty() && !known.iter().any(|h| norm(h) == norm(col));
    let mut suggested = Vec::new();
    for c in &missing {
        match &c.role {
            Role::School if m.school.is_none() => {
                if let Some(s) = guess.school.clone().filter(|s| free(s)) {
                    suggested.push(s.clone());
                    m.school = Some(s);
                }
            }
            Role::Group(d) if !m.groups.iter().any(|g| &g.dimension == d) => {
                let dim = dims.iter().find(|x| &x.id == d);
                if let (Some(g), Some(dim)) = (guess.groups.iter().find(|g| &g.dimension == d && free(&g.column)), dim)
                {
                    suggested.push(g.column.clone());
                    // Only the header was edited: the options are still the kit's.
                    let mut g = g.clone();
                    g.values.extend(group_values_of(c, dim));
                    m.groups.push(g);
                }
            }
            Role::Answer(ind) if !m.answers.iter().any(|a| &a.indicator == ind) => {
                if let Some(a) = guess.answers.iter().find(|a| &a.indicator == ind && free(&a.column)) {
                    suggested.push(a.column.clone());
                    // Only the header was edited: the options are still the kit's.
                    let mut a = a.clone();
                    a.values.extend(answer_values_of(c));
                    m.answers.push(a);
                }
            }
            _ => {}
        }
    }
    let answer_words = kit
        .columns
        .iter()
        .filter_map(|c| match &c.role {
            Role::Answer(ind) => Some((ind.clone(), answer_values_of(c))),
            _ => None,
        })
        .collect();
    let group_words = kit
        .columns
        .iter()
        .filter_map(|c| match &c.role {
            Role::Group(d) => dims.iter().find(|x| &x.id == d).map(|dim| (d.clone(), group_values_of(c, dim))),
            _ => None,
        })
        .collect();
    let twice = pairs.iter().filter(|(_, at)| at.len() > 1).count();
    let one_language = if twice * 2 > pairs.len() {
        pairs
            .iter()
            .filter(|(ci, at)| at.len() == 1 && kit.columns[*ci].role != Role::Identifying)
            .map(|(ci, _)| [kit.columns[*ci].label.clone(), kit.columns[*ci].label_es.clone()])
            .collect()
    } else {
        Vec::new()
    };
    Some(KitMatch {
        one_language,
        answer_words,
        group_words,
        instrument: kit.instrument,
        mapping: m,
        from_kit,
        not_found: missing.iter().map(|c| [c.label.clone(), c.label_es.clone()]).collect(),
        suggested,
    })
}

/// Where the mapping step starts for a file, besides the import's own suggestion.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Start {
    /// From a saved kit (with what it did not find, to say so).
    Kit(Box<KitMatch>),
    /// A mapping saved from an earlier file with the same columns.
    Saved(Mapping),
    /// Neither fits: the suggestion stands.
    Suggested,
}

/// The mapping a file starts from. A kit the whole file comes from wins: its headers and
/// answer words are known in both languages. When a kit question's wording was edited, a
/// mapping saved from an earlier file that fits wins instead, since it holds the person's own
/// choices for that column; failing that, the kit with its fallback.
pub fn start(kits: &[KitMapping], saved: &[Mapping], p: &Preview, data: &DivideData) -> Start {
    let saved = super::pick_saved(saved, p);
    match (match_file(kits, p, data), saved) {
        (Some(k), _) if k.not_found.is_empty() => Start::Kit(Box::new(k)),
        (_, Some(m)) => Start::Saved(m.clone()),
        (Some(k), None) => Start::Kit(Box::new(k)),
        (None, None) => Start::Suggested,
    }
}

/// The student groups the kit asks by default: those the workspace's data already compares
/// (cells kept for a group), but the grade, which has its own choice.
pub fn compared_dimensions(data: &DivideData) -> Vec<String> {
    let mut v: Vec<String> =
        data.cells.keys().filter_map(|k| k.group.as_ref().map(|(dim, _)| dim.to_string())).collect();
    v.sort();
    v.dedup();
    v.retain(|x| x != "grade");
    v
}

/// How many choices a person makes on the mapping step to turn `m` into `truth` for the file
/// `p`: each column whose role is wrong or missing (school, a dimension, an indicator), and
/// each answer word seen in the file whose meaning is wrong or not chosen. Used to measure
/// what the kit saves (issue 29's "manual mapping choices, before and after").
pub fn choices_needed(m: &Mapping, truth: &Mapping, p: &Preview) -> usize {
    let mut n = usize::from(m.school.as_deref().map(norm) != truth.school.as_deref().map(norm));
    for t in &truth.groups {
        let got = m.groups.iter().find(|g| g.dimension == t.dimension && norm(&g.column) == norm(&t.column));
        if got.is_none() {
            n += 1;
        }
        for s in p.values(&t.column).unwrap_or_default().iter().filter(|s| !s.key.is_empty()) {
            if got.and_then(|g| g.values.get(&s.key)) != t.values.get(&s.key) {
                n += 1;
            }
        }
    }
    for t in &truth.answers {
        let got = m.answers.iter().find(|a| a.indicator == t.indicator && norm(&a.column) == norm(&t.column));
        if got.is_none() {
            n += 1;
        }
        for s in p.values(&t.column).unwrap_or_default().iter().filter(|s| !s.key.is_empty()) {
            if got.and_then(|a| a.values.get(&s.key)) != t.values.get(&s.key) {
                n += 1;
            }
        }
    }
    // Columns mapped that should not be: each is one choice to undo.
    n += m.groups.iter().filter(|g| !truth.groups.iter().any(|t| norm(&t.column) == norm(&g.column))).count();
    n += m.answers.iter().filter(|a| !truth.answers.iter().any(|t| norm(&t.column) == norm(&a.column))).count();
    n
}

/// The words the question list and the template write, in one language (`Words` keeps the
/// domain free of the UI's catalogue; the UI passes its own).
pub trait KitWords {
    fn title(&self, i: Instrument) -> String;
    /// The line under the title: how to rebuild the form.
    fn how_to(&self) -> String;
    fn feeds(&self, q: &Question, data: &DivideData) -> String;
    fn meaning(&self, m: &Meaning, data: &DivideData, role: &Role) -> String;
    fn write_in(&self) -> String;
    fn csv_headers(&self) -> [String; 10];
}

/// The question list as plain text, numbered, with each option and what it means.
pub fn question_list_text(o: &KitOptions, data: &DivideData, w: &dyn KitWords) -> String {
    let mut s = format!("{}\n\n{}\n", w.title(o.instrument), w.how_to());
    for (n, q) in questions(o, data).iter().enumerate() {
        s.push_str(&format!("\n{}. {}\n", n + 1, q.text(o.langs)));
        s.push_str(&format!("   [{}]\n", w.feeds(q, data)));
        if q.options.is_empty() {
            s.push_str(&format!("   {}\n", w.write_in()));
        }
        for opt in &q.options {
            let meaning = if q.role == Role::School {
                String::new()
            } else {
                format!("   [{}]", w.meaning(&opt.meaning, data, &q.role))
            };
            s.push_str(&format!("   ( ) {}{meaning}\n", opt.text(o.langs)));
        }
    }
    s
}

/// The question list as CSV: one row per option (one for a write-in question), with the text
/// as the form writes it, both languages, what the question feeds and what the option means;
/// then the same two as ids (`feeds_id`, `counts_as_id`), named alike in every language.
pub fn question_list_csv(o: &KitOptions, data: &DivideData, w: &dyn KitWords) -> String {
    let mut out = csv::Writer::from_writer(Vec::new());
    let mut headers = w.csv_headers().to_vec();
    headers.extend(["feeds_id".to_string(), "counts_as_id".to_string()]);
    let _ = out.write_record(headers);
    for (n, q) in questions(o, data).iter().enumerate() {
        let number = (n + 1).to_string();
        let feeds = w.feeds(q, data);
        let feeds_id = match &q.role {
            Role::School => "school".to_string(),
            Role::Group(d) => d.clone(),
            Role::Answer(i) => i.clone(),
            Role::Identifying => "name".to_string(),
        };
        let row = |opt: Option<(usize, &Opt)>| -> Vec<String> {
            let (k, text, en, es, meaning, meaning_id) = match opt {
                Some((k, x)) => (
                    (k + 1).to_string(),
                    x.text(o.langs),
                    x.en.clone(),
                    x.es.clone(),
                    if q.role == Role::School { String::new() } else { w.meaning(&x.meaning, data, &q.role) },
                    match &x.meaning {
                        Meaning::Answer(a) => a.as_wire().to_string(),
                        Meaning::Group(g) => g.clone(),
                        Meaning::NoGroup | Meaning::School => String::new(),
                    },
                ),
                None => (String::new(), String::new(), String::new(), String::new(), w.write_in(), String::new()),
            };
            let row =
                [number.clone(), q.text(o.langs), q.en.clone(), q.es.clone(), feeds.clone(), k, text, en, es, meaning];
            row.into_iter()
                .chain([feeds_id.clone(), meaning_id])
                .map(|c| crate::csv_text::guard(&c).into_owned())
                .collect()
        };
        if q.options.is_empty() {
            let _ = out.write_record(row(None));
        }
        for (k, x) in q.options.iter().enumerate() {
            let _ = out.write_record(row(Some((k, x))));
        }
    }
    String::from_utf8(out.into_inner().unwrap_or_default()).unwrap_or_default()
}

/// The spreadsheet template for typing in paper answers: the form's questions as headers, in
/// the form's language(s), so that the file imports with the kit's mapping. A byte-order mark
/// lets spreadsheet programs read its accents.
pub fn template_csv(o: &KitOptions, data: &DivideData) -> String {
    let mut out = csv::Writer::from_writer(Vec::new());
    let _ = out.write_record(questions(o, data).iter().map(|q| crate::csv_text::guard(&q.text(o.langs)).into_owned()));
    format!("\u{feff}{}", String::from_utf8(out.into_inner().unwrap_or_default()).unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::super::count::tests::data;
    use super::super::count::Counter;
    use super::super::preview;
    use super::super::read::{Record, Rows};
    use super::*;
    use crate::divides::model::CellKey;

    fn all_groups(i: Instrument) -> KitOptions {
        let dims = DivideData::default().dimensions().into_iter().map(|d| d.id).collect();
        KitOptions { instrument: i, langs: Langs::Both, grade: true, dimensions: dims, identify: true }
    }

    /// What each question's options are stated to mean, counted by hand from kit_content.rs:
    /// (question, options that meet, that do not, left out of the denominator).
    const STATED: [(&str, &str, usize, usize, usize); 12] = [
        ("family-device", "dedicated-device", 1, 3, 1),
        ("family-device-enough", "device-sufficient", 1, 3, 1),
        ("family-internet", "home-internet", 2, 2, 1),
        ("family-internet-enough", "home-internet-sufficient", 1, 1, 2),
        ("family-speed", "broadband-benchmark", 1, 2, 1),
        ("family-assistive", "assistive-tech-met", 1, 2, 2),
        ("student-create", "create-weekly", 3, 2, 0),
        ("student-collaborate", "collaborate-weekly", 3, 2, 0),
        ("teacher-prepared", "teachers-prepared", 2, 3, 0),
        ("teacher-coaching", "teachers-coached", 1, 1, 1),
        ("teacher-learning", "teachers-pl-target", 1, 2, 0),
        ("observation-active", "active-use-observed", 3, 2, 1),
    ];

    #[test]
    fn every_question_covers_meets_does_not_meet_and_left_out_as_stated() {
        let all: Vec<Question> = Instrument::ALL.into_iter().flat_map(instrument_questions).collect();
        assert_eq!(all.len(), STATED.len());
        for (id, ind, meets, not, out) in STATED {
            let q = all.iter().find(|q| q.id == id).unwrap_or_else(|| panic!("{id}"));
            assert_eq!(q.role, Role::Answer(ind.into()), "{id}");
            let n = |a: Answer| q.options.iter().filter(|o| o.meaning == Meaning::Answer(a)).count();
            assert_eq!((n(Answer::Meets), n(Answer::DoesNotMeet), n(Answer::NotAnswered)), (meets, not, out), "{id}");
            assert!(meets > 0 && not > 0, "{id}: an indicator needs both");
            assert_eq!(q.options.len(), meets + not + out, "{id}: every option means something for the indicator");
        }
        // Every built-in indicator is fed by exactly one question of the kit.
        for ind in crate::divides::model::builtin_indicators() {
            assert_eq!(all.iter().filter(|q| q.role == Role::Answer(ind.id.clone())).count(), 1, "{}", ind.id);
        }
    }

    #[test]
    fn every_text_has_spanish_and_no_answer_word_means_two_things() {
        for i in Instrument::ALL {
            let o = all_groups(i);
            let qs = questions(&o, &data());
            for q in &qs {
                if q.role != Role::School {
                    assert_ne!(q.en, q.es, "{}", q.id);
                }
                assert!(!q.es.is_empty() && !q.en.is_empty());
                for opt in &q.options {
                    assert!(!opt.es.is_empty(), "{}: {}", q.id, opt.en);
                }
                // Within a question, no spelling in any language has two meanings.
                let mut seen: BTreeMap<String, &Meaning> = BTreeMap::new();
                for opt in &q.options {
                    for l in Langs::ALL {
                        if let Some(prev) = seen.insert(norm(&opt.text(l)), &opt.meaning) {
                            assert_eq!(prev, &opt.meaning, "{}: {}", q.id, opt.text(l));
                        }
                    }
                }
            }
            // No two questions share a header in any language.
            let k = kit_mapping(&o, &data());
            // Every spelling, with or without accents, keeps its option's meaning in the kit.
            for (q, c) in qs.iter().zip(&k.columns) {
                for opt in q.options.iter().filter(|_| q.role != Role::School) {
                    for l in Langs::ALL {
                        for spelling in [norm(&opt.text(l)), fold(&norm(&opt.text(l)))] {
                            assert_eq!(c.values.get(&spelling), Some(&opt.meaning), "{}: {spelling}", q.id);
                        }
                    }
                }
            }
            let mut headers: Vec<&String> = k.columns.iter().flat_map(|c| &c.headers).collect();
            let n = headers.len();
            headers.sort();
            headers.dedup();
            assert_eq!(headers.len(), n, "{i:?}");
        }
        // Student-group questions are for forms about a student; the name is off by default.
        let o = KitOptions { dimensions: vec!["race".into()], ..KitOptions::new(Instrument::Teacher) };
        assert!(questions(&o, &data()).iter().all(|q| q.role != Role::Group("race".into())));
        assert!(!KitOptions::new(Instrument::Family).identify);
        assert!(questions(&KitOptions::new(Instrument::Family), &data()).iter().all(|q| q.role != Role::Identifying));
    }

    fn opts() -> KitOptions {
        KitOptions { dimensions: vec!["el".into()], ..KitOptions::new(Instrument::Family) }
    }

    /// A Forms-style export of the family kit: headers are the English question text except one
    /// edited by the district; English and Spanish answers mixed, and blanks.
    fn export(edited: &str) -> String {
        export_as(
            &opts(),
            |q| if q.id == "family-internet" { edited.into() } else { q.en.clone() },
            |o, l| l.pick([o.en.clone(), o.es.clone()]),
        )
    }

    /// The six rows of `export`, with each question's header and each answer's text as given
    /// (`o` may add the name question: its answers are made-up names).
    fn export_as(
        o: &KitOptions,
        header_of: impl Fn(&Question) -> String,
        text: impl Fn(&Opt, Lang) -> String,
    ) -> String {
        let qs = questions(o, &data());
        let mut header: Vec<String> = vec!["Timestamp".into()];
        header.extend(qs.iter().map(&header_of));
        let q = |id: &str| qs.iter().find(|q| q.id == id).unwrap();
        let pick = |id: &str, k: usize, l: Lang| text(&q(id).options[k], l);
        // (school, grade option, el option, device, enough, internet, internet enough, speed, assistive, language)
        type Row = (&'static str, usize, usize, usize, usize, usize, usize, usize, usize, Lang);
        let rows: [Row; 6] = [
            ("Lincoln Elementary", 0, 0, 0, 0, 0, 0, 0, 3, Lang::En),
            ("Lincoln Elementary", 3, 1, 1, 1, 2, 2, 2, 0, Lang::Es),
            ("Lincoln Elementary", 7, 0, 0, 0, 1, 1, 1, 1, Lang::Es),
            ("Valley High", 10, 1, 3, 3, 2, 2, 2, 3, Lang::En),
            ("Valley High", 12, 2, 4, 4, 3, 3, 3, 4, Lang::Es),
            ("Valley High", 9, 1, 0, 0, 0, 0, 0, 0, Lang::En),
        ];
        let mut out = csv::Writer::from_writer(Vec::new());
        out.write_record(&header).unwrap();
        for (n, (school, grade, el, dev, enough, net, net_enough, speed, at, l)) in rows.into_iter().enumerate() {
            let mut r = vec![format!("2026/09/1{n} 8:00:00")];
            for question in &qs {
                let k = match question.id.as_str() {
                    "name" => {
                        r.push(format!("Child Number{n}"));
                        continue;
                    }
                    "school" => {
                        r.push(school.to_string());
                        continue;
                    }
                    // Row 6 left the speed question blank.
                    "family-speed" if n == 5 => {
                        r.push(String::new());
                        continue;
                    }
                    "grade" => grade,
                    "el" => el,
                    "family-device" => dev,
                    "family-device-enough" => enough,
                    "family-internet" => net,
                    "family-internet-enough" => net_enough,
                    "family-speed" => speed,
                    "family-assistive" => at,
                    other => panic!("no answers for {other}"),
                };
                r.push(pick(&question.id, k, l));
            }
            out.write_record(&r).unwrap();
        }
        String::from_utf8(out.into_inner().unwrap()).unwrap()
    }

    /// The same rows as a form with a section per language exports them (Google Forms, a first
    /// question choosing the language): each question has an English column and a Spanish
    /// column, and a row fills the columns of the language it answered in.
    fn export_in_sections() -> String {
        let one = export(&questions(&opts(), &data()).into_iter().find(|q| q.id == "family-internet").unwrap().en);
        let qs = questions(&opts(), &data());
        let mut r = csv::Reader::from_reader(one.as_bytes());
        let mut out = csv::Writer::from_writer(Vec::new());
        let mut header = vec!["Timestamp".to_string()];
        header.extend(qs.iter().map(|q| q.en.clone()));
        header.extend(qs.iter().map(|q| q.es.clone()));
        out.write_record(&header).unwrap();
        for row in r.records() {
            let row = row.unwrap();
            // The language a row answered in: its device answer's language (every row
            // answered that question; "No" reads the same in both, so the grade is looked at).
            let grade = &row[2];
            let spanish = grade.starts_with("Grado") || grade == "Kínder";
            let blank = vec![String::new(); qs.len()];
            let answers: Vec<String> = row.iter().skip(1).map(str::to_string).collect();
            let mut line = vec![row[0].to_string()];
            if spanish {
                line.extend(blank.iter().cloned());
                line.extend(answers);
            } else {
                line.extend(answers);
                line.extend(blank.iter().cloned());
            }
            out.write_record(&line).unwrap();
        }
        String::from_utf8(out.into_inner().unwrap()).unwrap()
    }

    #[test]
    fn a_form_with_a_section_per_language_counts_as_the_same_rows_in_one_column() {
        let kits = vec![kit_mapping(&opts(), &data())];
        let internet = questions(&opts(), &data()).into_iter().find(|q| q.id == "family-internet").unwrap();
        let one = export(&internet.en);
        let sections = export_in_sections();
        let p1 = preview(one.as_bytes(), true, None).unwrap();
        let p2 = preview(sections.as_bytes(), true, None).unwrap();
        let m1 = match_file(&kits, &p1, &data()).unwrap();
        let m2 = match_file(&kits, &p2, &data()).unwrap();
        assert!(m2.not_found.is_empty() && m2.suggested.is_empty());
        // Every English column is mapped, and reads its Spanish column when blank.
        assert_eq!(m2.mapping.also.len(), 9);
        assert_eq!(m2.mapping.also_of(&internet.en), std::slice::from_ref(&internet.es));
        assert_eq!(super::super::problems(&m2.mapping, &p2, &data()), vec![]);
        let (c1, c2) = (counted(&one, &m1.mapping), counted(&sections, &m2.mapping));
        assert!(!c1.cells.is_empty());
        assert_eq!(c1.cells, c2.cells);
        // Without the Spanish columns, the Spanish rows' answers are lost: the test can fail.
        let mut english_only = m2.mapping.clone();
        english_only.also.clear();
        assert_ne!(counted(&sections, &english_only).cells, c1.cells);
        assert!(m2.one_language.is_empty());

        // The English section's internet question edited in the form: the kit finds the
        // question by its Spanish column only, and says so. The person gives the edited column
        // the same indicator: it is read with the Spanish one, and the counts are whole again.
        let edited = sections.replacen(&internet.en, "Home internet?", 1);
        let p3 = preview(edited.as_bytes(), true, None).unwrap();
        let m3 = match_file(&kits, &p3, &data()).unwrap();
        assert_eq!(m3.one_language, vec![[internet.en.clone(), internet.es.clone()]]);
        assert_ne!(counted(&edited, &m3.mapping).cells, c1.cells);
        let mut m = m3.mapping.clone();
        m3.set_answer_column(&mut m, "Home internet?", Some("home-internet".into()), &p3);
        assert_eq!(m.also_of(&internet.es), &["Home internet?".to_string()]);
        assert_eq!(super::super::problems(&m, &p3, &data()), vec![]);
        assert_eq!(counted(&edited, &m).cells, c1.cells);
    }

    fn counted(file: &str, m: &Mapping) -> crate::divides::import::Preview {
        let p = preview(file.as_bytes(), true, None).unwrap();
        let mut c = Counter::new(m, &p, &data(), true).unwrap();
        let mut rows = Rows::new(p.sniff);
        let mut f = |row: u64, r: &Record| c.row(row, r);
        rows.feed(file.as_bytes(), &mut f);
        rows.finish(&mut f);
        c.cells(&data(), false)
    }

    fn cell(p: &crate::divides::import::Preview, ind: &str, school: &str, group: Option<(&str, &str)>) -> (u64, u64) {
        let k =
            CellKey { indicator: ind.into(), school: school.into(), group: group.map(|(d, g)| (d.into(), g.into())) };
        p.cells.get(&k).map(|c| (c.numerator, c.denominator)).unwrap_or((0, 0))
    }

    #[test]
    fn a_mixed_language_export_maps_from_the_kit_except_its_edited_header() {
        let kits = save_kit(&[], &kit_mapping(&opts(), &data()));
        let kits = kits_from_json(Some(&kits_to_json(&kits)));
        let file = export("Internet at home?");
        let p = preview(file.as_bytes(), true, None).unwrap();
        let got = match_file(&kits, &p, &data()).expect("the kit's headers are found");
        assert_eq!(got.instrument, Instrument::Family);
        let internet = questions(&opts(), &data()).into_iter().find(|q| q.id == "family-internet").unwrap();
        assert_eq!(got.not_found, vec![[internet.en, internet.es]]);
        // The import's suggestion finds "internet" in the edited header.
        assert_eq!(got.suggested, vec!["Internet at home?".to_string()]);
        let m = &got.mapping;
        assert_eq!(m.school.as_deref(), Some(questions(&opts(), &data())[0].en.as_str()));
        assert_eq!(m.groups.iter().map(|g| g.dimension.as_str()).collect::<Vec<_>>(), vec!["grade", "el"]);
        assert_eq!(m.answers.len(), 6);
        // Every answer word seen has its meaning, the edited column's too: its options are
        // still the kit's.
        assert_eq!(super::super::problems(m, &p, &data()), vec![]);
        let edited = m.answers.iter().find(|a| a.column == "Internet at home?").unwrap();
        assert_eq!(
            edited.values.get("sí, pero solo con un punto de acceso móvil o los datos de un teléfono"),
            Some(&Answer::Meets)
        );
        // Counted by hand from the rows in `export`: dedicated device, option 0 meets; rows 1,
        // 3 (Lincoln) and 6 (Valley) chose it; row 2 "shared" (no), row 4 "no", row 5 "don't
        // know" (left out).
        let cells = counted(&file, m);
        assert_eq!(cell(&cells, "dedicated-device", "lincoln", None), (2, 3));
        assert_eq!(cell(&cells, "dedicated-device", "valley", None), (1, 2));
        // English learners: rows 1 and 3 (Lincoln, "Yes"/"Sí"); rows 4 and 6 Valley "No";
        // row 5 "No sé" is in no group.
        assert_eq!(cell(&cells, "dedicated-device", "lincoln", Some(("el", "yes"))), (2, 2));
        assert_eq!(cell(&cells, "dedicated-device", "valley", Some(("el", "no"))), (1, 2));
        assert_eq!(cell(&cells, "dedicated-device", "valley", Some(("el", "yes"))), (0, 0));
        // Grades: K and 3 elementary; 7 middle; 10, 12 and 9 high.
        assert_eq!(cell(&cells, "dedicated-device", "lincoln", Some(("grade", "middle"))), (1, 1));
        assert_eq!(cell(&cells, "dedicated-device", "valley", Some(("grade", "high"))), (1, 2));
        // Home internet sufficient: "no internet at home" (rows 2, 4) and "don't know" (5) are
        // left out; rows 1 and 6 yes, row 3 no.
        assert_eq!(cell(&cells, "home-internet-sufficient", "lincoln", None), (1, 2));
        assert_eq!(cell(&cells, "home-internet-sufficient", "valley", None), (1, 1));
        // Speed: row 6 blank; row 4 "no plan" does not meet; row 5 don't know.
        assert_eq!(cell(&cells, "broadband-benchmark", "valley", None), (0, 1));
        assert_eq!(cell(&cells, "broadband-benchmark", "lincoln", None), (1, 3));
        // Assistive technology: "does not apply" (rows 1, 4) and "don't know" (5) left out.
        assert_eq!(cell(&cells, "assistive-tech-met", "lincoln", None), (1, 2));
        assert_eq!(cell(&cells, "assistive-tech-met", "valley", None), (1, 1));
    }

    #[test]
    fn the_kit_saves_mapping_choices_against_todays_suggestions() {
        let kit = kit_mapping(&opts(), &data());
        // The truth, written out from the questions (not through `match_file`): column k + 1 of
        // the file is question k, with the meanings the kit states.
        let truth_of = |file: &str| {
            let p = preview(file.as_bytes(), true, None).unwrap();
            let mut m = Mapping::default();
            for (k, c) in kit.columns.iter().enumerate() {
                let column = p.header[k + 1].clone();
                match &c.role {
                    Role::School => m.school = Some(column),
                    Role::Group(d) => {
                        let dim = data().dimensions().into_iter().find(|x| &x.id == d).unwrap();
                        m.groups.push(GroupColumn { column, dimension: d.clone(), values: group_values_of(c, &dim) });
                    }
                    Role::Answer(i) => {
                        m.answers.push(AnswerColumn { column, indicator: i.clone(), values: answer_values_of(c) })
                    }
                    Role::Identifying => {}
                }
            }
            (m, p)
        };
        let file = export("Internet at home?");
        let (truth, p) = truth_of(&file);
        let before = choices_needed(&suggest(&p, &data()), &truth, &p);
        let got = match_file(std::slice::from_ref(&kit), &p, &data()).unwrap();
        // With the kit: none; the edited column was suggested by its header and is to check.
        let after = choices_needed(&got.mapping, &truth, &p);
        assert_eq!(after, 0);
        println!("manual mapping choices (edited header suggested): before {before}, after {after}");

        // A header edited beyond the suggestion's words: the person says which indicator its
        // column answers, and its answer words are the kit's. That one choice is all.
        let file = export("Can your child go online at home on it?");
        let (truth, p) = truth_of(&file);
        let got = match_file(std::slice::from_ref(&kit), &p, &data()).unwrap();
        assert!(got.suggested.is_empty());
        let before = choices_needed(&suggest(&p, &data()), &truth, &p);
        let mut m = got.mapping.clone();
        let after = choices_needed(&m, &truth, &p);
        got.set_answer_column(&mut m, "Can your child go online at home on it?", Some("home-internet".into()), &p);
        assert_eq!(choices_needed(&m, &truth, &p), 0);
        assert!(super::super::problems(&m, &p, &data()).is_empty());
        assert_eq!(after, 1 + 4, "the column, and the words its values would need without the kit's");
        assert!(before > 20, "today's suggestions leave {before} choices");
        println!("manual mapping choices (header not recognised): before {before}, after 1");
    }

    #[test]
    fn saved_kits_replace_by_questions_and_the_template_imports_with_its_kit() {
        let k = kit_mapping(&opts(), &data());
        let list = save_kit(&save_kit(&[], &k), &k);
        assert_eq!(list.len(), 1);
        let other = kit_mapping(&KitOptions::new(Instrument::Teacher), &data());
        let list = save_kit(&list, &other);
        assert_eq!(list, vec![other.clone(), k.clone()]);
        assert_eq!(kits_from_json(Some("nope")), vec![]);
        // It holds headers and answer words, no row.
        for l in Langs::ALL {
            let o = KitOptions { langs: l, ..opts() };
            let template = template_csv(&o, &data());
            assert!(template.starts_with('\u{feff}'));
            let file =
                format!("{}Valley High,Grade 9,No,\"Yes, a computer or tablet of their own\",,,,,\n", &template[3..]);
            let p = preview(file.as_bytes(), true, None).unwrap();
            let got = match_file(&list, &p, &data()).unwrap();
            assert_eq!((got.instrument, got.not_found.len(), got.suggested.len()), (Instrument::Family, 0, 0), "{l:?}");
            assert_eq!(got.mapping.answers.len(), 6);
        }
    }

    struct Plain;
    impl KitWords for Plain {
        fn title(&self, i: Instrument) -> String {
            i.id().into()
        }
        fn how_to(&self) -> String {
            "how".into()
        }
        fn feeds(&self, q: &Question, _: &DivideData) -> String {
            format!("{:?}", q.role)
        }
        fn meaning(&self, m: &Meaning, _: &DivideData, _: &Role) -> String {
            format!("{m:?}")
        }
        fn write_in(&self) -> String {
            "write".into()
        }
        fn csv_headers(&self) -> [String; 10] {
            core::array::from_fn(|i| format!("h{i}"))
        }
    }

    #[test]
    fn the_question_list_has_every_question_and_option_word_for_word() {
        let o = KitOptions { identify: true, ..opts() };
        let qs = questions(&o, &data());
        let csv_text = question_list_csv(&o, &data(), &Plain);
        let mut r = csv::Reader::from_reader(csv_text.as_bytes());
        let rows: Vec<csv::StringRecord> = r.records().map(Result::unwrap).collect();
        let expected: usize = qs.iter().map(|q| q.options.len().max(1)).sum();
        assert_eq!(rows.len(), expected);
        for q in &qs {
            assert!(rows.iter().any(|row| &row[1] == q.text(o.langs).as_str()
                && &row[2] == q.en.as_str()
                && &row[3] == q.es.as_str()));
            for opt in &q.options {
                assert!(rows.iter().any(|row| &row[6] == opt.text(o.langs).as_str()), "{}", opt.en);
            }
        }
        let text = question_list_text(&o, &data(), &Plain);
        for q in &qs {
            assert!(text.contains(&q.text(o.langs)));
        }
        assert!(text.contains("( ) Kindergarten / Kínder"));
    }

    /// Exports with Spanish headers, "English / Spanish" headers and answers, and with the name
    /// question on: each maps from the kit whole and counts as the English one does.
    #[test]
    fn spanish_and_two_language_headers_and_the_name_column_map_from_the_kit() {
        let en = export_as(&opts(), |q| q.en.clone(), |o, l| l.pick([o.en.clone(), o.es.clone()]));
        let expected = {
            let p = preview(en.as_bytes(), true, None).unwrap();
            counted(&en, &match_file(&[kit_mapping(&opts(), &data())], &p, &data()).unwrap().mapping).cells
        };
        let named = KitOptions { identify: true, ..opts() };
        for (name, o, file) in [
            ("spanish", opts(), export_as(&opts(), |q| q.es.clone(), |o, l| l.pick([o.en.clone(), o.es.clone()]))),
            ("both", opts(), export_as(&opts(), |q| q.text(Langs::Both), |o, _| o.text(Langs::Both))),
            // Typed from paper without accents, in capitals.
            (
                "typed",
                opts(),
                export_as(&opts(), |q| q.en.clone(), |o, l| fold(&l.pick([o.en.clone(), o.es.clone()])).to_uppercase()),
            ),
            ("named", named.clone(), export_as(&named, |q| q.en.clone(), |o, l| l.pick([o.en.clone(), o.es.clone()]))),
        ] {
            let p = preview(file.as_bytes(), true, None).unwrap();
            let got = match_file(&[kit_mapping(&o, &data())], &p, &data()).unwrap();
            assert!(got.not_found.is_empty() && got.suggested.is_empty(), "{name}");
            assert_eq!(got.from_kit.len(), 9, "{name}: the name column is recognised, not mapped");
            assert_eq!(super::super::problems(&got.mapping, &p, &data()), vec![], "{name}");
            assert_eq!(counted(&file, &got.mapping).cells, expected, "{name}");
        }
    }

    /// An edited group header on a two-language form: the suggestion finds the column by its
    /// header, and its answer words ("Grade 3 / Grado 3", "Yes / Sí") are the kit's.
    #[test]
    fn an_edited_group_header_keeps_the_kit_words() {
        let file = export_as(
            &opts(),
            |q| if q.id == "grade" { "Grade / Grado".into() } else { q.text(Langs::Both) },
            |o, _| o.text(Langs::Both),
        );
        let p = preview(file.as_bytes(), true, None).unwrap();
        let kit = kit_mapping(&opts(), &data());
        let got = match_file(std::slice::from_ref(&kit), &p, &data()).unwrap();
        assert_eq!(got.suggested, vec!["Grade / Grado".to_string()]);
        let grade = got.mapping.groups.iter().find(|g| g.dimension == "grade").unwrap();
        assert_eq!(grade.values.get("grade 7 / grado 7").map(String::as_str), Some("middle"));
        let cells = counted(&file, &got.mapping);
        // Rows 3 (grade 7, Lincoln) is the one middle-school row: its device answer meets.
        let k = CellKey {
            indicator: "dedicated-device".into(),
            school: "lincoln".into(),
            group: Some(("grade".into(), "middle".into())),
        };
        assert_eq!(cells.cells.get(&k).map(|c| (c.numerator, c.denominator)), Some((1, 1)));
        // "I'd rather not say / Prefiero no responder" puts a row in no group without being
        // reported as unmapped.
        let el = got.mapping.groups.iter().find(|g| g.dimension == "el").unwrap();
        assert_eq!(el.values.get("i don't know / no sé").map(String::as_str), Some(""));
        // A group column mapped by hand gets the kit's words too.
        let mut m = got.mapping.clone();
        let dims = data().dimensions();
        let dim = dims.iter().find(|d| d.id == "grade").unwrap();
        got.set_group_column(&mut m, dim, None, &p);
        got.set_group_column(&mut m, dim, Some("Grade / Grado"), &p);
        assert_eq!(m, got.mapping);
    }

    /// Two saved kits a file fits equally: the one with fewer questions wins (nothing is said
    /// missing that the file never asked), whichever was saved last.
    #[test]
    fn of_two_kits_the_file_fits_equally_the_smaller_wins() {
        let small = KitOptions { dimensions: vec![], ..opts() };
        let big = opts();
        let file = export_as(&small, |q| q.en.clone(), |o, l| l.pick([o.en.clone(), o.es.clone()]));
        let p = preview(file.as_bytes(), true, None).unwrap();
        for kits in [
            save_kit(&save_kit(&[], &kit_mapping(&big, &data())), &kit_mapping(&small, &data())),
            save_kit(&save_kit(&[], &kit_mapping(&small, &data())), &kit_mapping(&big, &data())),
        ] {
            let got = match_file(&kits, &p, &data()).unwrap();
            assert!(got.not_found.is_empty(), "{:?}", got.not_found);
        }
        // Spanish options differ from their English, but for words the same in both.
        for i in Instrument::ALL {
            for q in questions(&all_groups(i), &data()).iter().filter(|q| q.role != Role::School) {
                for o in &q.options {
                    assert!(o.en != o.es || ["No"].contains(&o.en.as_str()), "{}: {}", q.id, o.en);
                }
            }
        }
    }

    /// Where the mapping starts: the whole kit; a saved mapping when a kit question was edited
    /// and one fits; the kit's fallback when none does; the suggestion when neither.
    #[test]
    fn the_mapping_starts_from_the_kit_then_a_saved_mapping() {
        let kits = vec![kit_mapping(&opts(), &data())];
        let internet = questions(&opts(), &data()).into_iter().find(|q| q.id == "family-internet").unwrap();
        let whole = export(&internet.en);
        let p = preview(whole.as_bytes(), true, None).unwrap();
        let mine = super::super::suggest(&p, &data());
        let saved = super::super::save_mapping(&[], &mine);
        assert!(matches!(start(&kits, &saved, &p, &data()), Start::Kit(k) if k.not_found.is_empty()));
        let edited = export("Can your child go online at home on it?");
        let p2 = preview(edited.as_bytes(), true, None).unwrap();
        let own = super::super::suggest(&p2, &data());
        let saved2 = super::super::save_mapping(&[], &own);
        assert_eq!(start(&kits, &saved2, &p2, &data()), Start::Saved(own));
        // The saved mapping of the other file lacks the edited column: the kit's fallback.
        assert!(matches!(start(&kits, &saved, &p2, &data()), Start::Kit(k) if k.not_found.len() == 1));
        assert_eq!(start(&[], &saved, &p, &data()), Start::Saved(mine));
        assert_eq!(start(&[], &[], &p, &data()), Start::Suggested);
    }

    #[test]
    fn the_groups_asked_by_default_are_those_the_data_compares() {
        let mut d = data();
        assert_eq!(compared_dimensions(&d), Vec::<String>::new());
        for (dim, g) in [("el", "yes"), ("grade", "high"), ("race", "asian"), ("el", "no")] {
            let k = CellKey {
                indicator: "home-internet".into(),
                school: "lincoln".into(),
                group: Some((dim.into(), g.into())),
            };
            d.cells_mut().insert(k, crate::divides::model::Counts { numerator: 1, denominator: 2 });
        }
        d.cells_mut().insert(
            CellKey { indicator: "home-internet".into(), school: "valley".into(), group: None },
            crate::divides::model::Counts { numerator: 1, denominator: 2 },
        );
        assert_eq!(compared_dimensions(&d), vec!["el".to_string(), "race".to_string()]);
    }
}
