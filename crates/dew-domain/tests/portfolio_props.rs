//! Property tests of the portfolio: the inventory CSV round trip (export, then import into an
//! empty portfolio, gives the same inventory), and importing never loses what is there.
#![cfg(not(target_arch = "wasm32"))]

use dew_domain::date::Date;
use dew_domain::language::Lang;
use dew_domain::portfolio::csv::{apply, export, preview};
use dew_domain::portfolio::{Accessibility, Evidence, Portfolio, Privacy, Product};
use proptest::prelude::*;

fn text() -> impl Strategy<Value = String> {
    // Commas, quotes, accents, newlines and emoji: whatever a spreadsheet cell can hold, and
    // the characters that start a formula (`=`, `+`, `-`, `@`), which the export guards.
    "[=+@A-Za-zé ñ,\"'0-9😀\\n–-]{0,24}".prop_map(|s| s.trim().to_string())
}

fn product() -> impl Strategy<Value = Product> {
    (
        ("[=+@'A-Za-zé-][A-Za-zé ,\"'0-9😀–=+@-]{0,20}", text(), text(), text(), text()),
        (prop::option::of(0u64..100_000), prop::option::of(0u64..100_000), prop::option::of(0u64..10_000_000)),
        (prop::option::of((2000u16..2040, 1u8..=12, 1u8..=28)), 0usize..3, 0usize..4, 0usize..5),
        (any::<bool>(), text(), any::<bool>(), text(), text()),
    )
        .prop_map(
            |(
                (name, category, need, grades, subjects),
                (licences, active, cost),
                (end, pr, ac, ev),
                (sso, roster, lti, training, goals),
            )| {
                let mut p = Product::new(0, &name);
                p.category = category;
                p.need = need;
                p.grades = grades;
                p.subjects = subjects;
                p.licences = licences;
                p.active_users = active;
                p.annual_cost = cost;
                p.contract_end = end.map(|(year, month, day)| Date { year, month, day });
                p.privacy = Privacy::ALL[pr];
                p.accessibility = Accessibility::ALL[ac];
                p.evidence = Evidence::ALL[ev];
                p.single_sign_on = sso;
                p.rostering = roster;
                p.lti = lti;
                p.training = training;
                p.goals = goals;
                p
            },
        )
}

fn norm(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn inventory_csv_round_trips(products in prop::collection::vec(product(), 0..8)) {
        let mut original = Portfolio::default();
        for p in products {
            // Names are how an import matches products: keep them distinct.
            if original.products.iter().any(|x| norm(&x.name) == norm(&p.name)) {
                continue;
            }
            let id = original.add(&p.name).unwrap();
            *original.product_mut(id).unwrap() = Product { id, ..p };
        }
        // Written in either language, read by the one importer (which has no language): the
        // same stored data.
        for lang in Lang::ALL {
            let text = export(&original, lang);
            let pre = preview(&text, &Portfolio::default()).unwrap();
            prop_assert!(pre.errors.is_empty(), "{:?}: {:?}", lang, pre.errors);
            let mut back = Portfolio::default();
            prop_assert!(apply(&pre, &mut back));
            prop_assert_eq!(&back, &original);
        }
    }

    #[test]
    fn importing_keeps_every_product_and_its_review(products in prop::collection::vec(product(), 1..6), again in prop::collection::vec(product(), 0..6)) {
        let mut p = Portfolio::default();
        for x in products {
            if p.products.iter().any(|y| norm(&y.name) == norm(&x.name)) { continue; }
            let id = p.add(&x.name).unwrap();
            *p.product_mut(id).unwrap() = Product { id, ..x };
        }
        let mut other = Portfolio::default();
        for x in again {
            if other.products.iter().any(|y| norm(&y.name) == norm(&x.name)) { continue; }
            let id = other.add(&x.name).unwrap();
            *other.product_mut(id).unwrap() = Product { id, ..x };
        }
        let before: Vec<u32> = p.products.iter().map(|x| x.id).collect();
        let pre = preview(&export(&other, Lang::Es), &p).unwrap();
        prop_assert!(apply(&pre, &mut p));
        for id in before {
            prop_assert!(p.product(id).is_some(), "product {} was lost", id);
        }
        prop_assert!(p.validate().is_ok());
    }
}
