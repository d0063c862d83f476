//! "/survey-kit": ready questions for the built-in divide indicators, in English and Spanish
//! (issue 29). The district chooses who answers, the language(s) and the group questions, and
//! gets a printable form, the question list (text and CSV) to rebuild it in Google Forms or
//! Microsoft Forms, and a spreadsheet template for paper answers. Each of these first saves the
//! kit's mapping on the device, so that Survey import maps the answers by itself. The
//! questions, their options and what each option means are domain data
//! (`dew_domain::survey::kit`); this page only draws them.

use crate::browser::{clock, download, page};
use crate::ui::components::shell::use_page_title;
use crate::ui::i18n as t;
use crate::ui::routes::{href, Page};
use crate::ui::state::expect_state;
use crate::ui::store::DIVIDES;
use dew_domain::divides::model::DivideData;
use dew_domain::language::Lang;
use dew_domain::stored::SURVEY_KITS_KEY;
use dew_domain::survey::kit::{
    compared_dimensions, form_intro, form_title, instrument_questions, kit_mapping, kits_from_json, kits_to_json,
    question_list_csv, question_list_text, questions, save_kit, template_csv, Instrument, KitOptions, Langs, Question,
    Role,
};
use leptos::prelude::*;
use leptos::task::spawn_local;

/// One language's side of the paper form.
fn side(l: Lang) -> &'static str {
    l.pick(["en", "es"])
}

/// What the kit page offers once its options are chosen.
#[derive(Clone, Copy)]
enum Output {
    Print,
    Text,
    Csv,
    Template,
}

#[component]
pub fn SurveyKitPage() -> impl IntoView {
    use_page_title(Page::SurveyKit.title());
    let state = expect_state();
    let data = move || state.workspace.read(DIVIDES, Clone::clone).unwrap_or_default();
    // The student groups the workspace already compares are asked by default.
    let opts =
        RwSignal::new(KitOptions { dimensions: compared_dimensions(&data()), ..KitOptions::new(Instrument::Family) });
    let status = RwSignal::new(None::<String>);

    let make = move |out: Output| {
        let o = opts.get_untracked();
        let d = data();
        let name = format!("survey-kit-{}-{}", o.instrument.id(), o.langs.id());
        let (date, _, _) = clock::local_date();
        // The output first, while the press still counts as the person's (print and
        // downloads), then the mapping is saved. A download the browser refuses is said so.
        let offered = match out {
            Output::Print => {
                page::print();
                Ok(())
            }
            Output::Text => download::download_text(
                &format!("{name}-questions-{date}.txt"),
                "text/plain",
                &question_list_text(&o, &d, &t::KitFile),
            ),
            Output::Csv => download::download_text(
                &format!("{name}-questions-{date}.csv"),
                "text/csv",
                &question_list_csv(&o, &d, &t::KitFile),
            ),
            Output::Template => {
                download::download_text(&format!("{name}-template.csv"), "text/csv", &template_csv(&o, &d))
            }
        };
        if offered.is_err() {
            status.set(Some(t::data_download_failed().to_string()));
            return;
        }
        let kit = kit_mapping(&o, &d);
        spawn_local(async move {
            // Kits that cannot be opened (locked under a passphrase this tab does not hold, or
            // damaged) are started afresh: a kit is made again by making it again.
            let list = kits_from_json(state.read_private(SURVEY_KITS_KEY).await.ok().flatten().as_deref());
            let next = save_kit(&list, &kit);
            let said = match state.write_private(SURVEY_KITS_KEY, &kits_to_json(&next)).await {
                Ok(()) => t::kit_saved().to_string(),
                Err(e) => t::lock_failure(&e),
            };
            let _ = status.try_set(Some(said));
            state.storage_rev.update(|n| *n += 1);
        });
    };

    view! {
        <h1 class="no-print">{Page::SurveyKit.title()}</h1>
        <p class="lead no-print">{t::kit_intro()}</p>
        {move || if !state.workspace.is_open() {
            view! { <p class="empty">{t::kit_no_workspace()}" "<a href=href(Page::Home)>{t::survey_start()}</a></p> }.into_any()
        } else {
            view! {
                <Choices opts=opts data=data()/>
                <section aria-labelledby="kit-get-heading" class="no-print">
                    <h2 id="kit-get-heading">{t::kit_get_heading()}</h2>
                    <p class="hint">{t::kit_get_hint()}</p>
                    <div class="actions">
                        <button type="button" id="kit-print" on:click=move |_| make(Output::Print)>{t::kit_print()}</button>
                        <button type="button" class="secondary" id="kit-text" on:click=move |_| make(Output::Text)>{t::kit_list_text()}</button>
                        <button type="button" class="secondary" id="kit-csv" on:click=move |_| make(Output::Csv)>{t::kit_list_csv()}</button>
                        <button type="button" class="secondary" id="kit-template" on:click=move |_| make(Output::Template)>{t::kit_template()}</button>
                    </div>
                    <p role="status" id="kit-status">{move || status.get()}</p>
                </section>
                {move || {
                    let o = opts.get();
                    let d = data();
                    let qs = questions(&o, &d);
                    view! {
                        <Paper o=o.clone() qs=qs.clone()/>
                        <Meanings qs=qs data=d/>
                    }
                }}
            }.into_any()
        }}
    }
}

/// The choices: who answers, the language(s), the group questions and the name question.
#[component]
fn Choices(opts: RwSignal<KitOptions>, data: DivideData) -> impl IntoView {
    let no_schools = data.schools.is_empty();
    let dims: Vec<(String, String)> = data
        .dimensions()
        .into_iter()
        .filter(|d| d.id != "grade")
        .map(|d| (d.id.clone(), t::dimension_name(&d.id, &d.name)))
        .collect();
    let asks = move |dim: &str| opts.with(|o| o.instrument.asks_dimension(dim));
    view! {
        <section aria-labelledby="kit-choose-heading" class="no-print card">
            <h2 id="kit-choose-heading">{t::kit_choose_heading()}</h2>
            <fieldset>
                <legend>{t::kit_who()}</legend>
                {Instrument::ALL.into_iter().map(|i| {
                    let id = format!("kit-instrument-{}", i.id());
                    let hint_id = format!("{id}-hint");
                    let feeds: Vec<String> = instrument_questions(i)
                        .iter()
                        .filter_map(|q| match &q.role {
                            Role::Answer(ind) => data.indicator(ind).map(|x| t::divide_indicator_name(&x)),
                            _ => None,
                        })
                        .collect();
                    view! {
                        <div class="kit-choice">
                            <div class="check">
                                <input type="radio" name="kit-instrument" id=id.clone() aria-describedby=hint_id.clone()
                                    prop:checked=move || opts.with(|o| o.instrument == i)
                                    on:change=move |_| opts.update(|o| o.instrument = i)/>
                                <label for=id>{t::kit_instrument(i)}</label>
                            </div>
                            <p class="hint" id=hint_id>{t::kit_feeds(&feeds.join("; "))}</p>
                        </div>
                    }
                }).collect_view()}
            </fieldset>
            <fieldset class="kit-inline">
                <legend>{t::kit_language()}</legend>
                {Langs::ALL.into_iter().map(|l| {
                    let id = format!("kit-lang-{}", l.id());
                    view! {
                        <div class="check">
                            <input type="radio" name="kit-lang" id=id.clone()
                                prop:checked=move || opts.with(|o| o.langs == l)
                                on:change=move |_| opts.update(|o| o.langs = l)/>
                            <label for=id>{t::kit_langs(l)}</label>
                        </div>
                    }
                }).collect_view()}
            </fieldset>
            <fieldset class="kit-inline" aria-describedby="kit-groups-hint">
                <legend>{t::kit_groups()}</legend>
                <p class="hint" id="kit-groups-hint">{t::kit_groups_hint()}</p>
                {no_schools.then(|| view! { <p class="warning" id="kit-no-schools">{t::kit_no_schools()}" "<a href=href(Page::DivideData)>{Page::DivideData.label()}</a></p> })}
                <div class="check">
                    <input type="checkbox" id="kit-grade" prop:checked=move || opts.with(|o| o.grade)
                        on:change=move |ev| opts.update(|o| o.grade = event_target_checked(&ev))/>
                    <label for="kit-grade">{t::kit_grade()}</label>
                </div>
                {dims.into_iter().map(|(id, name)| {
                    let el = format!("kit-dim-{id}");
                    let (a, b, c) = (id.clone(), id.clone(), id.clone());
                    let a2 = a.clone();
                    view! {
                        <div class="check">
                            <input type="checkbox" id=el.clone() aria-describedby="kit-groups-not-asked"
                                disabled=move || !asks(&c)
                                // A group this form does not ask shows unticked (the choice is
                                // kept for the forms that ask it).
                                prop:checked=move || opts.with(|o| o.dimensions.contains(&a)) && asks(&a2)
                                on:change=move |ev| {
                                    let on = event_target_checked(&ev);
                                    opts.update(|o| {
                                        o.dimensions.retain(|x| *x != b);
                                        if on {
                                            o.dimensions.push(b.clone());
                                        }
                                    });
                                }/>
                            <label for=el>{name}</label>
                        </div>
                    }
                }).collect_view()}
                <p class="hint" id="kit-groups-not-asked">{move || opts.with(|o| t::kit_groups_not_asked(o.instrument))}</p>
            </fieldset>
            <fieldset aria-describedby="kit-identify-hint">
                <legend>{t::kit_identify_legend()}</legend>
                <div class="check">
                    <input type="checkbox" id="kit-identify" prop:checked=move || opts.with(|o| o.identify)
                        on:change=move |ev| opts.update(|o| o.identify = event_target_checked(&ev))/>
                    <label for="kit-identify">{t::kit_identify()}</label>
                </div>
                <p class="hint" id="kit-identify-hint">{t::kit_identify_hint()}</p>
            </fieldset>
        </section>
    }
}

/// The paper form: numbered questions, a tick box per option, in one language or both side
/// by side (each side marked with its language for screen readers and for print).
#[component]
fn Paper(o: KitOptions, qs: Vec<Question>) -> impl IntoView {
    let langs = o.langs.langs();
    let two = langs.len() == 2;
    let (title, intro) = (form_title(o.instrument), form_intro(o.instrument));
    let pick = |(en, es): (&'static str, &'static str), l: Lang| l.pick([en, es]);
    view! {
        <section aria-labelledby="kit-paper-heading" class="kit-paper-wrap">
            <h2 id="kit-paper-heading" class="no-print">{t::kit_paper_heading()}</h2>
            <article class="kit-paper" id="kit-paper" class:kit-two=two>
                <div class="kit-row kit-head">
                    {langs.iter().map(|l| view! {
                        <div lang=side(*l)>
                            <h3 class="kit-title">{pick(title, *l)}</h3>
                            <p class="kit-intro">{pick(intro, *l)}</p>
                        </div>
                    }).collect_view()}
                </div>
                <ol class="kit-questions">
                    {qs.into_iter().map(|q| {
                        let write_in = q.options.is_empty();
                        view! {
                            <li class="kit-q">
                                <div class="kit-row">
                                    {langs.iter().map(|l| view! { <p class="kit-text" lang=side(*l)>{l.pick([q.en.clone(), q.es.clone()])}</p> }).collect_view()}
                                </div>
                                {write_in.then(|| view! { <div class="kit-line" aria-hidden="true"></div> })}
                                <ul class="kit-options">
                                    {q.options.iter().map(|opt| view! {
                                        <li class="kit-row">
                                            // A box on each side: whoever reads either
                                            // language ticks beside the words they read.
                                            {langs.iter().map(|l| view! {
                                                <span lang=side(*l)>
                                                    <span class="tick" aria-hidden="true"></span>
                                                    {l.pick([opt.en.clone(), opt.es.clone()])}
                                                </span>
                                            }).collect_view()}
                                        </li>
                                    }).collect_view()}
                                </ul>
                            </li>
                        }
                    }).collect_view()}
                </ol>
            </article>
        </section>
    }
}

/// What each answer counts as, for the team (not printed): a table with a group of rows per
/// question (its row says what the question feeds), one row per option.
#[component]
fn Meanings(qs: Vec<Question>, data: DivideData) -> impl IntoView {
    let l = t::file_lang();
    // (question, what it feeds, [(option, what it counts as)])
    type Group = (String, String, Vec<(String, String)>);
    let groups: Vec<Group> = qs
        .iter()
        .filter(|q| q.role != Role::School)
        .map(|q| {
            let options = q
                .options
                .iter()
                .map(|o| (l.pick([o.en.clone(), o.es.clone()]), t::kit_meaning(&o.meaning, &data, &q.role)))
                .collect();
            (l.pick([q.en.clone(), q.es.clone()]), t::kit_role(&q.role, &data), options)
        })
        .collect();
    view! {
        <section class="no-print">
            <h2 id="kit-meanings-heading">{t::kit_meanings_heading()}</h2>
            <p class="hint">{t::kit_meanings_hint()}</p>
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="kit-meanings-heading">
                <table class="data-table" id="kit-meanings">
                    <thead><tr>
                        <th scope="col">{t::kit_col_answer()}</th>
                        <th scope="col">{t::kit_col_counts_as()}</th>
                    </tr></thead>
                    {groups.into_iter().map(|(q, feeds, options)| view! {
                        <tbody>
                            <tr class="kit-meaning-q"><th scope="rowgroup">{q}</th><td>{feeds}</td></tr>
                            {options.into_iter().map(|(a, m)| view! { <tr><th scope="row" class="kit-option">{a}</th><td>{m}</td></tr> }).collect_view()}
                        </tbody>
                    }).collect_view()}
                </table>
            </div>
        </section>
    }
}
