//! A large district for the performance budget (scripts/bench): 5 cycles of a 150-school
//! district with 8 groups and 20 indicators of counts, a full self-assessment with every
//! reflection written, 24 goals with their actions, and 150 products with reviews and decisions.
//! Generated, not real: the benchmarks measure storage size, save time and interaction latency
//! on it.

/// A large district's workspace: 5 cycles, each with 150 schools × 8 groups × 20 indicators of
/// counts, every indicator rated with evidence, every reflection written, 24 goals with their
/// actions, and 150 products with reviews and decisions.
pub fn large_district() -> crate::workspace::Workspace {
    use crate::assessment::content::AREAS;
    use crate::plan::{sample_plan, set_reflection, Plan, Prompt};
    use crate::portfolio::sample::portfolio;
    use crate::portfolio::Portfolio;
    use crate::workspace::Workspace;
    let mut ws = Workspace::sample();
    ws.sample = false;
    for label in ["2027–28", "2028–29", "2029–30"] {
        ws.start_next_cycle(label).unwrap();
    }
    let text = "Most students have a school device, but home internet is uneven: families at two \
                elementary schools report hotspots that cannot hold a video call, and English \
                learners' families were the least likely to answer the survey, so we plan to ask \
                again in person at conferences and in the families' languages.";
    let assessment = crate::assessment::sample::assessment();
    for c in ws.cycles.iter_mut() {
        c.divides = crate::divides::sample::synthetic(150, 8, 20);
        c.assessment = assessment.clone();
        for area in AREAS {
            for p in Prompt::ALL {
                set_reflection(&mut c.reflections, area.id, p, text);
            }
        }
        let base = sample_plan();
        let mut plan = Plan::default();
        let mut next = 1;
        while plan.goals.len() < 24 {
            for g in &base.goals {
                let mut g = g.clone();
                g.id = next;
                next += 1;
                for a in g.actions.iter_mut() {
                    a.id = next;
                    next += 1;
                }
                g.title = format!("{} ({})", g.title, plan.goals.len() + 1);
                plan.goals.push(g);
            }
        }
        plan.goals.truncate(24);
        plan.next_id = next;
        c.plan = plan;
        let base = portfolio(&c.divides);
        let mut p = Portfolio::default();
        let mut id = 1;
        while p.products.len() < 150 {
            for prod in &base.products {
                let mut prod = prod.clone();
                if let Some(d) = base.decisions.get(&prod.id) {
                    p.decisions.insert(id, d.clone());
                }
                prod.id = id;
                prod.name = format!("{} {id}", prod.name);
                id += 1;
                p.products.push(prod);
            }
        }
        p.products.truncate(150);
        p.decisions.retain(|k, _| *k <= 150);
        p.next_id = id;
        c.portfolio = p;
    }
    ws
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_large_district_has_what_the_benchmark_says() {
        let ws = large_district();
        assert_eq!(ws.cycles.len(), 5);
        for c in &ws.cycles {
            assert_eq!(c.divides.schools.len(), 150);
            assert_eq!(c.plan.goals.len(), 24);
            assert_eq!(c.portfolio.products.len(), 150);
            // Whole-school counts plus 8 groups, for 20 indicators and 150 schools.
            assert_eq!(c.divides.cells.len(), 20 * 150 * 9);
        }
        // It survives the stored schema's round trip, as a real workspace must.
        let doc = crate::schema::encode(&ws, "2026-11-23T12:00:00.000Z", false);
        assert_eq!(crate::schema::decode(&doc).unwrap().workspace, ws);
    }
}
