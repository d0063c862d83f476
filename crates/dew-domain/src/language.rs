//! Which interface language to show: the one a person chose on this device, else the first of
//! the browser's languages that the app has, else the first the app has.

/// The language a file is written in: its headers and the words a person reads in it. Files
/// meant to be read back are read in either language whatever the interface's (the importers
/// keep both languages' headers and words as data), so a file written in Spanish merges with
/// one written in English.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    En,
    Es,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Es];

    /// The one of `[english, spanish]` in this language.
    pub fn pick<T>(self, [en, es]: [T; 2]) -> T {
        match self {
            Lang::En => en,
            Lang::Es => es,
        }
    }
}

/// Lower case without the accents Spanish writes (á é í ó ú ü ñ → a e i o u u n), for matching
/// a header or a word typed with or without them ("Sí" and "si", "Dimensión" and "dimension").
pub fn fold(s: &str) -> String {
    s.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'á' | 'à' | 'â' | 'ä' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'í' | 'ì' | 'î' | 'ï' => 'i',
            'ó' | 'ò' | 'ô' | 'ö' => 'o',
            'ú' | 'ù' | 'û' | 'ü' => 'u',
            'ñ' => 'n',
            c => c,
        })
        .collect()
}

/// The primary subtag of a BCP 47 tag, lower case: "es-MX" → "es".
pub fn primary(tag: &str) -> String {
    tag.trim().split(['-', '_']).next().unwrap_or("").to_ascii_lowercase()
}

/// The tag (one of `available`, whose first is the default) to show: `chosen` if it is one
/// the app has, else the first of `browser` (most wanted first) whose language it has.
pub fn choose<'a>(chosen: Option<&str>, browser: &[String], available: &[&'a str]) -> &'a str {
    let find = |tag: &str| available.iter().copied().find(|a| *a == primary(tag));
    chosen.and_then(find).or_else(|| browser.iter().find_map(|b| find(b))).unwrap_or(available[0])
}

#[cfg(test)]
mod tests {
    use super::*;

    const APP: [&str; 2] = ["en", "es"];
    fn langs(l: &[&str]) -> Vec<String> {
        l.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn a_choice_made_on_the_device_wins() {
        assert_eq!(choose(Some("es"), &langs(&["en-US"]), &APP), "es");
        assert_eq!(choose(Some("en"), &langs(&["es-MX", "es"]), &APP), "en");
    }

    #[test]
    fn a_first_visit_follows_the_browser() {
        assert_eq!(choose(None, &langs(&["es-US", "en-US"]), &APP), "es");
        assert_eq!(choose(None, &langs(&["en-US", "es"]), &APP), "en");
        // A language the app does not have is passed over for the next one the browser wants.
        assert_eq!(choose(None, &langs(&["fr-CA", "ES_mx"]), &APP), "es");
    }

    #[test]
    fn folding_drops_case_and_spanish_accents() {
        assert_eq!(fold("Sí"), "si");
        assert_eq!(fold("DIMENSIÓN Año Pingüino"), "dimension ano pinguino");
        assert_eq!(Lang::Es.pick(["yes", "sí"]), "sí");
        assert_eq!(Lang::En.pick(["yes", "sí"]), "yes");
    }

    #[test]
    fn otherwise_english() {
        assert_eq!(choose(None, &[], &APP), "en");
        assert_eq!(choose(None, &langs(&["fr", "de"]), &APP), "en");
        // A stored value the app does not know (a later version's language) is ignored.
        assert_eq!(choose(Some("vi"), &langs(&["es"]), &APP), "es");
    }
}
