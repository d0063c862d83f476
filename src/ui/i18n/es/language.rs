//! Spanish: the `Language` keys (src/ui/i18n/keys.rs has each key's English).

use super::super::keys::Language;
use super::Es;

impl Language for Es {
    fn language_not_loaded(&self) -> &'static str {
        "No se pudo cargar el otro idioma. Revise la conexión e inténtelo de nuevo."
    }
}
