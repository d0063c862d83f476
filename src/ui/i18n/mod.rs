//! The message catalogue. Every sentence a person reads comes from here, so a Spanish
//! catalogue can be added beside `en` without touching pages. Sentences with values are
//! functions; the rest are constants.

mod en;
pub use en::*;
