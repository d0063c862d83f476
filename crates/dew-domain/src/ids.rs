//! Names that every part of the domain uses and none owns: the app's tag in the files it
//! writes, and ids and file names made from what a person typed. A leaf: it imports nothing
//! from the crate.

/// The tag in every file the app writes (stored document, backups, rater files, locked
/// envelopes), so that a file from another app is recognised and refused.
pub const APP_TAG: &str = "digital-equity-workbench";

/// A file-name-safe, lower-case version of a district name.
pub fn slug(name: &str) -> String {
    let mut out = String::new();
    for ch in name.chars() {
        if ch.is_ascii_alphanumeric() {
            out.push(ch.to_ascii_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    let out = out.trim_end_matches('-').chars().take(60).collect::<String>();
    let out = out.trim_end_matches('-').to_string();
    if out.is_empty() {
        "workspace".into()
    } else {
        out
    }
}

/// A lower-case, dash-separated id from a name, made unique against `taken`.
pub fn new_id(name: &str, prefix: &str, taken: &[&str]) -> String {
    let base: String = {
        let s = slug(name);
        format!("{prefix}{s}")
    };
    if !taken.contains(&base.as_str()) {
        return base;
    }
    (2..).map(|n| format!("{base}-{n}")).find(|c| !taken.contains(&c.as_str())).unwrap_or(base)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn new_ids_do_not_collide() {
        assert_eq!(new_id("Lincoln Middle", "", &[]), "lincoln-middle");
        assert_eq!(new_id("Lincoln Middle", "", &["lincoln-middle"]), "lincoln-middle-2");
        assert_eq!(
            new_id("Home Wi-Fi", "custom-", &["custom-home-wi-fi", "custom-home-wi-fi-2"]),
            "custom-home-wi-fi-3"
        );
    }

    #[test]
    fn slugs_are_lower_case_dashed_and_never_empty() {
        assert_eq!(slug("Lincoln Unified (K-12)"), "lincoln-unified-k-12");
        assert_eq!(slug("  ¿?  "), "workspace");
        assert!(slug(&"a b ".repeat(80)).len() <= 60);
    }
}
