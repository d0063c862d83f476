//! Which interface language to show: the one a person chose on this device, else the first of
//! the browser's languages that the app has, else the first the app has.

/// The primary subtag of a BCP 47 tag, lower case: "es-MX" → "es".
fn primary(tag: &str) -> String {
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
    fn otherwise_english() {
        assert_eq!(choose(None, &[], &APP), "en");
        assert_eq!(choose(None, &langs(&["fr", "de"]), &APP), "en");
        // A stored value the app does not know (a later version's language) is ignored.
        assert_eq!(choose(Some("vi"), &langs(&["es"]), &APP), "es");
    }
}
