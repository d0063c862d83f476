//! Schema 5's wire form of the technology portfolio (frozen: change it only by adding a new
//! schema version), and the conversions to and from the model. A product's usage counts use
//! the divide data's wire form of schema 3.

use super::{divides, invalid, v3, SchemaError};
use crate::date::Date;
use crate::portfolio::{
    Accessibility, Answer, Decision, DecisionKind, Evidence, Portfolio, Privacy, Product, ReviewAnswer,
};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PortfolioW {
    pub next_id: u32,
    pub products: Vec<ProductW>,
    /// Product id (as text) → decision.
    pub decisions: BTreeMap<String, DecisionW>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProductW {
    pub id: u32,
    pub name: String,
    pub category: String,
    pub need: String,
    pub grades: String,
    pub subjects: String,
    pub licences: Option<u64>,
    pub active_users: Option<u64>,
    pub annual_cost: Option<u64>,
    pub contract_end: Option<String>,
    pub privacy: String,
    pub accessibility: String,
    pub evidence: String,
    pub single_sign_on: bool,
    pub rostering: String,
    pub lti: bool,
    pub training: String,
    pub goals: String,
    /// Question id → [answer, note].
    pub review: BTreeMap<String, [String; 2]>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub usage: Option<v3::Divides>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DecisionW {
    pub kind: String,
    pub rationale: String,
    pub review_date: Option<String>,
}

pub fn to_wire(p: &Portfolio) -> PortfolioW {
    PortfolioW {
        next_id: p.next_id,
        products: p
            .products
            .iter()
            .map(|x| ProductW {
                id: x.id,
                name: x.name.clone(),
                category: x.category.clone(),
                need: x.need.clone(),
                grades: x.grades.clone(),
                subjects: x.subjects.clone(),
                licences: x.licences,
                active_users: x.active_users,
                annual_cost: x.annual_cost,
                contract_end: x.contract_end.map(|d| d.to_string()),
                privacy: x.privacy.as_wire().into(),
                accessibility: x.accessibility.as_wire().into(),
                evidence: x.evidence.as_wire().into(),
                single_sign_on: x.single_sign_on,
                rostering: x.rostering.clone(),
                lti: x.lti,
                training: x.training.clone(),
                goals: x.goals.clone(),
                review: x
                    .review
                    .iter()
                    .map(|(q, a)| (q.clone(), [a.answer.as_wire().into(), a.note.clone()]))
                    .collect(),
                usage: x.usage.as_ref().map(divides::to_wire),
            })
            .collect(),
        decisions: p
            .decisions
            .iter()
            .map(|(id, d)| {
                (
                    id.to_string(),
                    DecisionW {
                        kind: d.kind.as_wire().into(),
                        rationale: d.rationale.clone(),
                        review_date: d.review_date.map(|d| d.to_string()),
                    },
                )
            })
            .collect(),
    }
}

fn date(s: Option<String>, at: String) -> Result<Option<Date>, SchemaError> {
    s.map(|s| Date::parse(&s).ok_or_else(|| invalid(at, format!("`{s}` is not a date")))).transpose()
}

fn known<T>(v: Option<T>, at: String, s: &str) -> Result<T, SchemaError> {
    v.ok_or_else(|| invalid(at, format!("unknown value `{s}`")))
}

pub fn from_wire(w: PortfolioW, at: &str) -> Result<Portfolio, SchemaError> {
    let mut products = Vec::with_capacity(w.products.len());
    for (i, x) in w.products.into_iter().enumerate() {
        let here = format!("{at}.products[{i}]");
        let mut review = BTreeMap::new();
        for (q, [a, note]) in x.review {
            let answer = known(Answer::from_wire(&a), format!("{here}.review.{q}"), &a)?;
            review.insert(q, ReviewAnswer { answer, note });
        }
        products.push(Product {
            id: x.id,
            name: x.name,
            category: x.category,
            need: x.need,
            grades: x.grades,
            subjects: x.subjects,
            licences: x.licences,
            active_users: x.active_users,
            annual_cost: x.annual_cost,
            contract_end: date(x.contract_end, format!("{here}.contract_end"))?,
            privacy: known(Privacy::from_wire(&x.privacy), format!("{here}.privacy"), &x.privacy)?,
            accessibility: known(
                Accessibility::from_wire(&x.accessibility),
                format!("{here}.accessibility"),
                &x.accessibility,
            )?,
            evidence: known(Evidence::from_wire(&x.evidence), format!("{here}.evidence"), &x.evidence)?,
            single_sign_on: x.single_sign_on,
            rostering: x.rostering,
            lti: x.lti,
            training: x.training,
            goals: x.goals,
            review,
            usage: x.usage.map(|u| divides::from_wire(u, &format!("{here}.usage"))).transpose()?,
        });
    }
    let mut decisions = BTreeMap::new();
    for (id, d) in w.decisions {
        let here = format!("{at}.decisions.{id}");
        let pid: u32 = id.parse().map_err(|_| invalid(here.clone(), "not a product id"))?;
        decisions.insert(
            pid,
            Decision {
                kind: known(DecisionKind::from_wire(&d.kind), format!("{here}.kind"), &d.kind)?,
                rationale: d.rationale,
                review_date: date(d.review_date, format!("{here}.review_date"))?,
            },
        );
    }
    let p = Portfolio { products, decisions, next_id: w.next_id };
    p.validate().map_err(|e| invalid(at.to_string(), e))?;
    Ok(p)
}
