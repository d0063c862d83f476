//! The message catalogue. Every sentence a person reads comes from here, in the active
//! language: English (`en`, in the first wasm and the page chunks) or Spanish (`es`, fetched
//! as one chunk when a person chooses it). `keys` lists every key with its named values;
//! pages call its functions, which answer in the active language.

mod en;
pub mod es;
mod keys;

pub use keys::*;

use std::cell::Cell;

/// What the first screen needs in a language other than English: the shell, the start page,
/// the banners and errors. It comes before the first draw.
pub trait Core: Shell + Language + Errors {}
impl<T: Shell + Language + Errors> Core for T {}

/// The rest: what the pages (all fetched on demand) need, with the content keyed by id. It
/// comes before the first page other than the start page is drawn.
pub trait Pages: Assessment + Divides + Planning + Portfolio + Imports + Content + Exports + Kit {}
impl<T: Assessment + Divides + Planning + Portfolio + Imports + Content + Exports + Kit> Pages for T {}

/// A language of the interface.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Locale {
    En,
    Es,
}

impl Locale {
    pub const ALL: [Locale; 2] = [Locale::En, Locale::Es];

    /// The BCP 47 tag, for `<html lang>` and the stored choice.
    pub fn tag(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Es => "es",
        }
    }

    /// The locale a tag asks for ("es", "es-MX", "en-US"…), if the app has it.
    pub fn from_tag(tag: &str) -> Option<Locale> {
        let primary = dew_domain::language::primary(tag);
        Locale::ALL.into_iter().find(|l| l.tag() == primary)
    }

    /// The language's name in itself, as a language menu shows it whatever the active language.
    pub fn endonym(self) -> &'static str {
        match self {
            Locale::En => "English",
            Locale::Es => "Español",
        }
    }
}

thread_local! {
    static CORE: Cell<Option<&'static dyn Core>> = const { Cell::new(None) };
    static PAGES: Cell<Option<&'static dyn Pages>> = const { Cell::new(None) };
}

/// The active language's first-screen catalogue, unless the interface is in English.
#[inline(always)]
pub fn spanish_core() -> Option<&'static dyn Core> {
    CORE.with(Cell::get)
}

/// The active language's page catalogue, unless the interface is in English.
#[inline(always)]
pub fn spanish_pages() -> Option<&'static dyn Pages> {
    PAGES.with(Cell::get)
}

/// The active language.
pub fn locale() -> Locale {
    if spanish_core().is_some() {
        Locale::Es
    } else {
        Locale::En
    }
}

/// Makes `core` (None: English) the catalogue the first screen's keys answer from, and
/// forgets the page catalogue, which must be of the same language ([`activate_pages`]). The
/// interface shows it once it is drawn again (`ui::language`).
pub fn activate(core: Option<&'static dyn Core>) {
    CORE.with(|c| c.set(core));
    PAGES.with(|c| c.set(None));
}

/// Makes `pages` the catalogue the pages' keys answer from.
pub fn activate_pages(pages: &'static dyn Pages) {
    PAGES.with(|c| c.set(Some(pages)));
}

/// A whole number with its thousands set off as the US writes it, in English and in Spanish
/// (es-US): "18,000".
pub(crate) fn us_grouped(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (k, c) in digits.chars().enumerate() {
        if k > 0 && (digits.len() - k).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}
