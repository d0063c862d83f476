//! The frame of every page that works on the open workspace: its heading, and its body or,
//! with no workspace yet, the prompt to start one.

use crate::ui::i18n as t;
use crate::ui::routes::{href, Page};
use leptos::prelude::*;
use leptos_router::components::A;

/// Shown by pages that need a workspace when there is none.
#[component]
pub fn NoWorkspace() -> impl IntoView {
    view! {
        <p>{t::no_workspace_text()}" "<A href=href(Page::Home)>{t::no_workspace_link()}</A>"."</p>
    }
}

/// A page's heading (also the document title) and its body, or, when there is no workspace
/// yet, the prompt to start one in place of the body.
///
/// The body is built again whenever the workspace is replaced or the cycle is switched
/// (`WorkspaceStore::track_replaced`): pages render their form fields once with the values of the moment
/// (so typing never re-creates a field), and a field left showing another cycle's or another
/// tab's text would save that text into the workspace now open (issue 28).
#[component]
pub fn WorkspacePage(title: &'static str, children: ChildrenFn) -> impl IntoView {
    crate::ui::components::shell::use_page_title(title);
    let state = crate::ui::state::expect_state();
    view! {
        <h1>{title}</h1>
        <Show when=move || state.workspace.is_open() fallback=NoWorkspace>
            {
                let children = children.clone();
                move || {
                    state.workspace.track_replaced();
                    children()
                }
            }
        </Show>
    }
}
