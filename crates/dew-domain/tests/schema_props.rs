//! Property tests of the stored schema: encode/decode round trips for any valid workspace,
//! and decoding never panics, whatever the input.
#![cfg(not(target_arch = "wasm32"))]

use dew_domain::assessment::content::Level;
use dew_domain::date::Date;
use dew_domain::plan::{set_reflection, Link, Measure, PlanStatus, Prompt};
use dew_domain::schema::{decode, encode, pack};
use dew_domain::stored::{classify, Found};
use dew_domain::team::Role;
use dew_domain::workspace::Workspace;
use proptest::prelude::*;

fn role() -> impl Strategy<Value = Role> {
    prop::sample::select(Role::ALL.to_vec())
}

/// Builds workspaces through the public API only, so every generated value is one a user
/// could have made: names with accents, quotes, emoji and blanks; members added and removed.
fn workspace() -> impl Strategy<Value = Workspace> {
    (
        "[A-Za-zÀ-ÿ0-9 '\"\\\\.&()–-]{1,40}",
        "[0-9–-]{1,10}",
        prop::collection::vec(("[ A-Za-zé😀'\"]{0,20}", role(), any::<bool>()), 0..12),
        any::<bool>(),
        prop::collection::vec(("[ A-Za-zé😀'\"]{1,30}", 0usize..4, 0u32..=100, 1u8..=28, any::<bool>()), 0..5),
        prop::collection::vec((0usize..5, "[ a-zé😀'\"\n]{0,30}"), 0..6),
        any::<bool>(),
    )
        .prop_filter_map("names must not be blank", |(district, cycle, members, sample, goals, answers, next)| {
            let mut ws = Workspace::new(&district, &cycle).ok()?;
            ws.sample = sample;
            let c = ws.current;
            for (name, role, keep) in members {
                let id = ws.add_member(c, &name, role).ok()?;
                if !keep {
                    ws.remove_member(c, id).ok()?;
                }
            }
            let cy = ws.current_cycle_mut();
            for (title, status, target, day, level) in goals {
                let measure = if level {
                    Measure::Level { indicator: "access.devices".into(), target: Level::ALL[status], by: None }
                } else {
                    Measure::Rate {
                        indicator: "home-internet".into(),
                        school: Some("s1".into()),
                        group: Some(("el".into(), "yes".into())),
                        target: target as f64 / 100.0,
                        by: Date::parse(&format!("2027-02-{day:02}")),
                    }
                };
                let g = cy.plan.add_goal(&title, vec![Link::Finding(format!("x@s1/{title}"))], Some(measure)).ok()?;
                let a = cy.plan.add_action(g, &title).ok()?;
                let goal = cy.plan.goal_mut(g).ok()?;
                goal.status = PlanStatus::ALL[status];
                goal.actions[0].due = Date::parse(&format!("2027-01-{day:02}"));
                goal.actions[0].budget = Some(u64::from(target) * 1000);
                let _ = a;
            }
            for (prompt, text) in answers {
                set_reflection(&mut cy.reflections, "access", Prompt::ALL[prompt], &text);
            }
            if next {
                ws.start_next_cycle("Next year").ok()?;
            }
            Some(ws)
        })
}

proptest! {
    #[test]
    fn decode_of_encode_is_identity(ws in workspace(), pretty in any::<bool>(), at in "[0-9TZ:.-]{0,24}") {
        let d = decode(&encode(&ws, &at, pretty)).unwrap();
        prop_assert_eq!(d.workspace, ws);
        prop_assert_eq!(d.saved_at, at);
    }

    #[test]
    fn a_packed_document_reads_back_the_same(ws in workspace(), at in "[0-9TZ:.-]{0,24}") {
        // Large workspaces are stored packed; any workspace survives packing, whatever its text.
        let d = decode(&pack(&encode(&ws, &at, false))).unwrap();
        prop_assert_eq!(d.workspace, ws);
        prop_assert_eq!(d.saved_at, at);
    }

    #[test]
    fn truncated_packed_documents_are_unreadable(ws in workspace(), cut in 0.0f64..1.0) {
        let text = pack(&encode(&ws, "t", false));
        let at = ((text.len() as f64) * cut) as usize;
        let found = classify(Some(text[..at].to_string()));
        prop_assert!(matches!(found, Found::Unreadable { .. }), "a truncated packed document must be set aside");
    }

    #[test]
    fn decode_never_panics_on_arbitrary_text(text in ".{0,200}") {
        let _ = decode(&text);
    }

    #[test]
    fn truncated_documents_are_unreadable_never_accepted_half(ws in workspace(), cut in 0.0f64..1.0) {
        let text = encode(&ws, "t", false);
        let at = ((text.len() as f64) * cut) as usize;
        let at = (0..=at).rev().find(|i| text.is_char_boundary(*i)).unwrap_or(0);
        let found = classify(Some(text[..at].to_string()));
        prop_assert!(matches!(found, Found::Unreadable { .. }), "a truncated document must be set aside");
    }

    #[test]
    fn a_flipped_character_is_either_rejected_or_still_valid(ws in workspace(), pos in any::<prop::sample::Index>(), ch in any::<char>()) {
        let text = encode(&ws, "t", false);
        let mut chars: Vec<char> = text.chars().collect();
        let i = pos.index(chars.len());
        chars[i] = ch;
        let mutated: String = chars.into_iter().collect();
        if let Ok(d) = decode(&mutated) {
            // Whatever got through must satisfy every invariant.
            prop_assert!(d.workspace.validate().is_ok());
        }
    }
}
