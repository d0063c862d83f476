//! The sample district's portfolio: fifteen fictional products, two of them serving the same
//! need, one holding student data without a privacy agreement, one with a contract ending
//! soon, and one whose usage data shows a disparity between schools and groups.

use super::usage::{usage_data, usage_preview};
use super::{Accessibility, Answer, Decision, DecisionKind, Evidence, Portfolio, Privacy, ReviewAnswer};
use crate::date::Date;
use crate::divides::model::DivideData;

/// (name, category, need, grades, licences, active, cost, contract end, privacy, accessibility, evidence)
type Row = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    u64,
    u64,
    u64,
    &'static str,
    Privacy,
    Accessibility,
    Evidence,
);

const PRODUCTS: [Row; 15] = [
    (
        "ReadRiver",
        "Reading",
        "Daily reading practice at each student's level",
        "K–5",
        2400,
        1900,
        38_000,
        "2027-06-30",
        Privacy::Signed,
        Accessibility::Documented,
        Evidence::Tier2,
    ),
    (
        "PageQuest",
        "Reading",
        "Daily reading practice at each student's level",
        "K–5",
        1500,
        600,
        21_000,
        "2027-08-31",
        Privacy::Signed,
        Accessibility::Partial,
        Evidence::Tier4,
    ),
    (
        "MathMeadow",
        "Mathematics",
        "Fluency practice in mathematics",
        "K–8",
        3800,
        3100,
        45_000,
        "2028-06-30",
        Privacy::Signed,
        Accessibility::Documented,
        Evidence::Tier1,
    ),
    (
        "QuizSpark",
        "Assessment",
        "Quick checks for understanding",
        "3–12",
        0,
        2200,
        0,
        "",
        Privacy::Missing,
        Accessibility::Unknown,
        Evidence::NoTier,
    ),
    (
        "CodeCanyon",
        "Computer science",
        "Creating with code",
        "6–12",
        900,
        410,
        9_500,
        "2026-12-31",
        Privacy::Signed,
        Accessibility::Partial,
        Evidence::Tier4,
    ),
    (
        "ScienceLab Sim",
        "Science",
        "Hands-on science without a lab",
        "6–12",
        1200,
        800,
        14_000,
        "2027-06-30",
        Privacy::Signed,
        Accessibility::Documented,
        Evidence::Tier3,
    ),
    (
        "TalkBridge",
        "Family communication",
        "Messages to families in their home languages",
        "K–12",
        0,
        5200,
        12_000,
        "2027-06-30",
        Privacy::Signed,
        Accessibility::Documented,
        Evidence::NoTier,
    ),
    (
        "StoryStudio",
        "Creation",
        "Students make audio and video stories",
        "3–12",
        2000,
        700,
        8_000,
        "2027-06-30",
        Privacy::Signed,
        Accessibility::No,
        Evidence::NoTier,
    ),
    (
        "LinguaLeap",
        "English language development",
        "Practice for English learners",
        "K–12",
        700,
        520,
        16_000,
        "2027-06-30",
        Privacy::Signed,
        Accessibility::Partial,
        Evidence::Tier3,
    ),
    (
        "ScreenSpeak",
        "Assistive technology",
        "Text read aloud for students who need it",
        "K–12",
        600,
        430,
        6_000,
        "2028-06-30",
        Privacy::Signed,
        Accessibility::Documented,
        Evidence::Tier3,
    ),
    (
        "ClassHub LMS",
        "Learning platform",
        "One place for assignments and feedback",
        "3–12",
        9000,
        8100,
        52_000,
        "2029-06-30",
        Privacy::Signed,
        Accessibility::Documented,
        Evidence::NoTier,
    ),
    (
        "MapMakers",
        "Social studies",
        "Inquiry projects with maps and data",
        "4–8",
        800,
        120,
        4_000,
        "2027-06-30",
        Privacy::NotNeeded,
        Accessibility::Unknown,
        Evidence::NoTier,
    ),
    (
        "TypeRight",
        "Keyboarding",
        "Keyboarding for online tests",
        "2–5",
        1800,
        1500,
        3_000,
        "2027-06-30",
        Privacy::Signed,
        Accessibility::Partial,
        Evidence::NoTier,
    ),
    (
        "TutorLine",
        "Tutoring",
        "Homework help after school",
        "6–12",
        1000,
        260,
        30_000,
        "2027-06-30",
        Privacy::Signed,
        Accessibility::Documented,
        Evidence::Tier2,
    ),
    (
        "SafeSurf Filter",
        "Infrastructure",
        "Filtering on school devices at home",
        "K–12",
        9500,
        9500,
        27_000,
        "2027-03-31",
        Privacy::Signed,
        Accessibility::Documented,
        Evidence::NoTier,
    ),
];

/// LinguaLeap's usage: fine at two schools, barely used at two others, and used less by
/// English learners at Eastside Middle than by other students there.
const USAGE: &str = "School,Grouping,Group,Active,Licensed\n\
    Lincoln Elementary,,,58,70\n\
    Riverside Elementary,,,66,80\n\
    Mesa Verde Elementary,,,12,60\n\
    Eastside Middle,,,24,120\n\
    Eastside Middle,el,yes,6,60\n\
    Eastside Middle,el,no,18,60\n";

pub fn portfolio(divides: &DivideData) -> Portfolio {
    let mut p = Portfolio::default();
    for row in PRODUCTS {
        let (name, category, need, grades, licences, active, cost, end, privacy, accessibility, evidence) = row;
        let id = p.add(name).expect("sample names are valid");
        let x = p.product_mut(id).expect("just added");
        x.category = category.into();
        x.need = need.into();
        x.grades = grades.into();
        x.licences = (licences > 0).then_some(licences);
        x.active_users = Some(active);
        x.annual_cost = (cost > 0).then_some(cost);
        x.contract_end = Date::parse(end);
        x.privacy = privacy;
        x.accessibility = accessibility;
        x.evidence = evidence;
        x.single_sign_on = !matches!(name, "QuizSpark" | "MapMakers");
        x.rostering = if x.single_sign_on { "OneRoster".into() } else { String::new() };
        x.lti = matches!(name, "ReadRiver" | "MathMeadow" | "ClassHub LMS" | "ScienceLab Sim");
        x.training =
            if evidence == Evidence::NoTier { String::new() } else { "Two sessions a year for teachers".into() };
        if matches!(name, "ReadRiver" | "MathMeadow" | "TalkBridge") {
            x.goals = "Used weekly by 80% of licensed students; growth on the spring benchmark".into();
        }
    }
    let find = |p: &Portfolio, name: &str| p.products.iter().find(|x| x.name == name).map(|x| x.id).expect("sample");
    let lingua = find(&p, "LinguaLeap");
    let text = USAGE;
    let m = super::usage::headers(text).map(|h| super::usage::suggest(&h)).unwrap_or_default();
    if let Ok((preview, skeleton)) = usage_preview(text, &m, divides) {
        p.product_mut(lingua).expect("sample").usage = usage_data(&preview, skeleton);
    }
    let page = find(&p, "PageQuest");
    {
        let x = p.product_mut(page).expect("sample");
        for (q, a, note) in [
            ("selection.need", Answer::Yes, "Reading practice is a named need."),
            ("selection.unique", Answer::No, "ReadRiver covers the same need and is used more."),
            ("implementation.use", Answer::Partly, "600 of 1,500 licences active."),
            ("evaluation.results", Answer::NotKnown, ""),
        ] {
            x.review.insert(q.into(), ReviewAnswer { answer: a, note: note.into() });
        }
    }
    p.decisions.insert(
        page,
        Decision {
            kind: DecisionKind::Retire,
            rationale: "Overlaps ReadRiver at a higher cost per active user.".into(),
            review_date: Date::parse("2027-05-01"),
        },
    );
    p.decisions.insert(
        lingua,
        Decision {
            kind: DecisionKind::Reform,
            rationale: "Barely used at two schools; train staff and schedule time.".into(),
            review_date: Date::parse("2027-02-01"),
        },
    );
    p
}

/// The earlier year's decisions for the same inventory, so a change shows.
pub fn earlier_decisions(p: &mut Portfolio) {
    let ids: Vec<(u32, String)> = p.products.iter().map(|x| (x.id, x.name.clone())).collect();
    p.decisions.clear();
    for (id, name) in ids {
        if name == "PageQuest" || name == "LinguaLeap" {
            p.decisions.insert(
                id,
                Decision {
                    kind: DecisionKind::Retain,
                    rationale: "Renewed for one more year.".into(),
                    review_date: None,
                },
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::divides::analysis::analyse;
    use crate::divides::findings::findings;
    use crate::divides::sample::data;
    use crate::portfolio::overview;

    #[test]
    fn the_sample_has_what_the_overview_and_disparity_views_need() {
        let p = portfolio(&data());
        assert_eq!(p.products.len(), 15);
        assert!(p.validate().is_ok());
        let o = overview(&p, Date::parse("2026-11-23").unwrap(), 90);
        assert!(!o.overlapping.is_empty());
        assert!(!o.no_privacy_agreement.is_empty());
        assert_eq!(o.ending_soon.len(), 1, "{:?}", o.ending_soon);
        let usage = p.products.iter().find_map(|x| x.usage.as_ref()).expect("one product has usage data");
        let a = analyse(usage);
        assert!(!findings(&a).is_empty(), "the usage shows a disparity");
    }
}
