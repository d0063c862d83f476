//! The report's first page: the district and cycle, the team, who needs what, the plan and
//! progress since the previous cycle, in sentences.

use super::*;

/// What the printed report says in sentences, made once per change of the workspace or the
/// analyses: the summary's lines and the findings.
pub(super) struct Prose {
    pub(super) meta: String,
    pub(super) team: String,
    pub(super) statements: Vec<String>,
    pub(super) plan: String,
    pub(super) goals: Vec<String>,
    pub(super) progress: String,
    pub(super) findings: Vec<(Divide, Vec<String>)>,
    /// How many cells protection hid (`None`: the analysis was not protected).
    pub(super) hidden: Option<usize>,
}

pub(super) fn prose(ws: &Workspace, analyses: &[Analysis], today: &str) -> Option<Prose> {
    let c = ws.current_cycle();
    let a = analyses.get(ws.cycles.iter().position(|x| x.id == c.id)?)?;
    let data = &c.divides;
    let today = Date::parse(today).map_or_else(|| today.to_string(), t::date);
    let plan = plan_headline(c);
    let mut by_divide: Vec<(Divide, Vec<String>)> = Divide::ALL.into_iter().map(|d| (d, Vec::new())).collect();
    for f in findings(a) {
        let divide = a.indicators[f.cell.indicator].divide;
        if let Some((_, list)) = by_divide.iter_mut().find(|(d, _)| *d == divide) {
            if list.len() < TOP_FINDINGS {
                list.extend(sentence(data, a, f.cell));
            }
        }
    }
    by_divide.retain(|(_, l)| !l.is_empty());
    Some(Prose {
        meta: t::report_prepared(&ws.district, &c.label, &today),
        team: t::report_team_makeup(&team_makeup(c)),
        statements: statements(a).iter().take(LEAD_STATEMENTS).map(|s| statement_sentence(data, a, s)).collect(),
        plan: t::report_plan_headline(plan.goals, &plan.by_status),
        goals: plan.titles.into_iter().take(LEAD_GOALS).collect(),
        progress: t::report_progress_headline(progress_headline(ws, analyses)),
        findings: by_divide,
        hidden: a.protection.as_ref().map(|p| p.hidden()),
    })
}

/// The progress table's rows as sentences.
pub(super) fn measure_lines(p: &Table) -> Vec<String> {
    p.rows
        .iter()
        .map(|r| {
            let goal = text_of(p, r, "goal").unwrap_or_default();
            let target = text_of(p, r, "target").unwrap_or_default();
            let now = text_of(p, r, "this_cycle").unwrap_or_default();
            let result = text_of(p, r, "result").unwrap_or_default();
            t::report_measure_line(&goal, text_of(p, r, "previous_cycle").as_deref(), &now, &target, &result)
        })
        .collect()
}

/// The summary page: district and cycle, the team, who needs what, the plan, progress.
pub(super) fn summary(p: &Prose, progress: Option<&Table>) -> impl IntoView {
    let lines = progress.map(measure_lines).unwrap_or_default();
    view! {
        <section class="report-summary" id="report-summary" aria-labelledby="report-summary-heading">
            <h2 id="report-summary-heading">{t::report_summary()}</h2>
            <p class="report-meta" id="summary-meta">{p.meta.clone()}</p>
            <h3>{t::report_summary_team()}</h3>
            <p id="summary-team">{p.team.clone()}</p>
            {(!p.statements.is_empty()).then(|| view! {
                <h3>{t::statements_heading()}</h3>
                <ol class="statements" id="summary-statements">{p.statements.iter().map(|s| view! { <li>{s.clone()}</li> }).collect_view()}</ol>
            })}
            <h3>{t::report_summary_plan()}</h3>
            <p id="summary-plan">{p.plan.clone()}</p>
            {(!p.goals.is_empty()).then(|| view! {
                <ul id="summary-goals">{p.goals.iter().map(|g| view! { <li>{g.clone()}</li> }).collect_view()}</ul>
            })}
            <h3>{t::report_summary_progress()}</h3>
            <p id="summary-progress">{p.progress.clone()}</p>
            {(!lines.is_empty()).then(|| view! {
                <ul id="summary-measures">{lines.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
            })}
        </section>
    }
}
