//! Property tests of CSV text (`domain::csv_text`): the formula guard is undone exactly by
//! our importers, a guarded cell never starts a formula, and UTF-8 files decode to themselves.
#![cfg(not(target_arch = "wasm32"))]

use dew_domain::csv_text::{decode, guard, unguard, Encoding, FORMULA_START};
use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn unguard_undoes_guard(s in "['=+@\\-\t\r a-zA-Zñ0-9]{0,12}") {
        let written = guard(&s);
        prop_assert_eq!(unguard(&written), s.as_str());
    }

    #[test]
    fn a_guarded_cell_never_starts_a_formula(s in "['=+@\\-\t\r a-zA-Z0-9]{0,12}") {
        let g = guard(&s);
        prop_assert!(!g.starts_with(FORMULA_START), "{:?}", g);
    }

    #[test]
    fn text_that_needs_no_guard_is_written_as_it_is(s in "[a-zA-Zñ0-9 ][a-zA-Zñ0-9 '=+@-]{0,12}") {
        prop_assert_eq!(guard(&s), s.as_str());
        prop_assert_eq!(unguard(&s), s.as_str());
    }

    #[test]
    fn utf8_text_decodes_to_itself(s in "\\PC{0,40}") {
        prop_assert_eq!(decode(s.as_bytes()), (s, Encoding::Utf8));
    }

    #[test]
    fn accented_letters_in_windows_1252_decode_to_the_same_letters(s in "[a-zA-Z ,ñÑéÉáíóúüÜ]{0,40}") {
        // Every character here is ASCII or U+00C0–U+00FF: one Windows-1252 byte of the same
        // number, which in UTF-8 could only start a sequence and is never a continuation byte,
        // so the file is never valid UTF-8. (A letter from U+00C0 up followed by one from
        // U+0080–U+00BF, such as "Ñ¡", is valid UTF-8 and would be read as it: the one case
        // the sniff gets wrong, and no name of a school or group in Spanish or English has it.)
        let bytes: Vec<u8> = s.chars().map(|c| c as u32 as u8).collect();
        let (text, encoding) = decode(&bytes);
        prop_assert_eq!(text, s.clone());
        let expected = if s.is_ascii() { Encoding::Utf8 } else { Encoding::Windows1252 };
        prop_assert_eq!(encoding, expected);
    }
}
