//! The Spanish catalogue: neutral Latin American Spanish, "usted", following the glossary
//! (src/ui/i18n/glossary-es.md). It implements every trait of `keys`, so a key missing here, or
//! with other values, does not compile. It is reached only through [`core`] and [`pages`],
//! which the app fetches as two chunks when a person chooses Spanish (`ui::language`).

mod assessment;
mod content;
mod divides;
mod errors;
mod exports;
mod imports;
mod kit;
mod language;
mod planning;
mod portfolio;
mod shell;

/// The Spanish catalogue.
pub struct Es;

/// The Spanish for the first screen, as the app reaches it (its own chunk).
pub fn core() -> &'static dyn super::Core {
    &Es
}

/// The Spanish for the pages, as the app reaches it (another chunk).
pub fn pages() -> &'static dyn super::Pages {
    &Es
}
