//! The message catalogue. Every sentence a person reads comes from here, in the active
//! language: English (`en`, in the first wasm and the page chunks) or Spanish (`es`, fetched
//! as one chunk when a person chooses it). `keys` lists every key with its named values;
//! pages call its functions, which answer in the active language.

mod en;
pub mod es;
mod keys;

pub use keys::*;

use std::cell::Cell;

/// Every trait of `keys`: what a catalogue other than English implements.
pub trait Catalogue: Shell + Assessment + Divides + Planning + Portfolio + Imports {}
impl<T: Shell + Assessment + Divides + Planning + Portfolio + Imports> Catalogue for T {}

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
        let primary = tag.trim().split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
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
    /// The active catalogue when it is not English.
    static ACTIVE: Cell<Option<&'static dyn Catalogue>> = const { Cell::new(None) };
}

/// The active catalogue, unless the interface is in English.
pub fn spanish() -> Option<&'static dyn Catalogue> {
    ACTIVE.with(Cell::get)
}

/// The active language.
pub fn locale() -> Locale {
    if spanish().is_some() {
        Locale::Es
    } else {
        Locale::En
    }
}

/// Makes `catalogue` (None: English) the one every key answers from. The interface shows it
/// once it is drawn again (`ui::language`).
pub fn activate(catalogue: Option<&'static dyn Catalogue>) {
    ACTIVE.with(|a| a.set(catalogue));
}
