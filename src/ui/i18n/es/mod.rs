//! The Spanish catalogue: neutral Latin American Spanish, "usted", following the glossary
//! (src/ui/i18n/glossary-es.md). It implements every trait of `keys`, so a key missing here, or
//! with other values, does not compile. It is reached only through [`catalogue`], which the
//! app fetches as its own chunk when a person chooses Spanish (`super::load_spanish`).

mod assessment;
mod divides;
mod imports;
mod planning;
mod portfolio;
mod shell;

/// The Spanish catalogue.
pub struct Es;

/// The Spanish catalogue, as the app reaches it.
pub fn catalogue() -> &'static dyn super::Catalogue {
    &Es
}
