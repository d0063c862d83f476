//! 1. The page table (src/ui/pages.json) becomes Rust: the `Page` enum with each page's path
//!    and label and the menu (`$OUT_DIR/page_table.rs`, included by src/ui/routes.rs), and the
//!    on-demand pages (`$OUT_DIR/page_chunks.rs`, included by src/ui/lazy.rs) and the routes
//!    (`$OUT_DIR/page_routes.rs`, included by src/ui/app.rs).
//!    `path!` needs literal paths, which is why this is generated, not a loop over a table.
//! 2. The `split` build of the app keeps its relocations, which the wasm splitter needs
//!    (scripts/post_build.py).
use serde_json::Value;

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=src/ui/pages.json");
    let wasm = std::env::var("CARGO_CFG_TARGET_ARCH").is_ok_and(|a| a == "wasm32");
    if wasm && std::env::var_os("CARGO_FEATURE_SPLIT").is_some() {
        println!("cargo:rustc-link-arg-bin=digital-equity-workbench=--emit-relocs");
    }
    let out = std::path::PathBuf::from(std::env::var("OUT_DIR").expect("OUT_DIR"));
    let table: Value = serde_json::from_str(&std::fs::read_to_string("src/ui/pages.json").expect("src/ui/pages.json"))
        .expect("src/ui/pages.json is not JSON");
    let (table_rs, chunks_rs, routes_rs) = generate(&table).unwrap_or_else(|e| panic!("src/ui/pages.json: {e}"));
    std::fs::write(out.join("page_table.rs"), table_rs).expect("write page_table.rs");
    std::fs::write(out.join("page_chunks.rs"), chunks_rs).expect("write page_chunks.rs");
    std::fs::write(out.join("page_routes.rs"), routes_rs).expect("write page_routes.rs");
}

struct Row<'a> {
    page: &'a str,
    path: &'a str,
    view: &'a str,
    chunk: Option<&'a str>,
    label: &'a str,
    title: &'a str,
    menu: Option<&'a str>,
    /// The menu item a page off the menu belongs to (its item is marked current on it).
    parent: Option<&'a str>,
}

fn text<'a>(v: &'a Value, key: &str, at: &str) -> Result<&'a str, String> {
    v[key].as_str().ok_or_else(|| format!("{at}: `{key}` must be a string"))
}

fn optional<'a>(v: &'a Value, key: &str, at: &str) -> Result<Option<&'a str>, String> {
    match &v[key] {
        Value::Null => Ok(None),
        Value::String(s) => Ok(Some(s)),
        _ => Err(format!("{at}: `{key}` must be a string or null")),
    }
}

fn snake(name: &str) -> String {
    let mut s = String::new();
    for (i, c) in name.chars().enumerate() {
        if c.is_ascii_uppercase() && i > 0 {
            s.push('_');
        }
        s.push(c.to_ascii_lowercase());
    }
    s
}

/// (page_table.rs, page_chunks.rs, page_routes.rs), or what is wrong with the table, naming the row and field.
fn generate(table: &Value) -> Result<(String, String, String), String> {
    let sections: Vec<(&str, &str)> = table["sections"]
        .as_array()
        .ok_or("`sections` must be a list")?
        .iter()
        .enumerate()
        .map(|(i, s)| {
            Ok((text(s, "id", &format!("section {}", i + 1))?, text(s, "label", &format!("section {}", i + 1))?))
        })
        .collect::<Result<_, String>>()?;
    let mut rows = Vec::new();
    for (i, p) in table["pages"].as_array().ok_or("`pages` must be a list")?.iter().enumerate() {
        let at = format!("page {}", i + 1);
        let row = Row {
            page: text(p, "page", &at)?,
            path: text(p, "path", &at)?,
            view: text(p, "view", &at)?,
            chunk: optional(p, "chunk", &at)?,
            label: text(p, "label", &at)?,
            title: text(p, "title", &at)?,
            menu: optional(p, "menu", &at)?,
            parent: optional(p, "parent", &at)?,
        };
        let at = format!("page {} ({})", i + 1, row.page);
        if !row.page.chars().all(|c| c.is_ascii_alphanumeric())
            || !row.page.starts_with(|c: char| c.is_ascii_uppercase())
        {
            return Err(format!("{at}: `page` must be a CamelCase name"));
        }
        if !row.path.starts_with('/')
            || !row.path[1..].chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        {
            return Err(format!("{at}: `path` must be / followed by lower-case letters, digits and dashes"));
        }
        if !row.title.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_') {
            return Err(format!("{at}: `title` must name a constant of src/ui/i18n (UPPER_CASE)"));
        }
        if rows.iter().any(|r: &Row| r.page == row.page || r.path == row.path) {
            return Err(format!("{at}: `page` and `path` must be unique"));
        }
        if let Some(m) = row.menu {
            if m != "top" && !sections.iter().any(|(id, _)| *id == m) {
                return Err(format!("{at}: `menu` names no section: {m}"));
            }
        }
        if row.chunk.is_none() && row.path != "/" {
            return Err(format!("{at}: only the start page (/) may be in the first wasm (`chunk` null)"));
        }
        rows.push(row);
    }
    for r in &rows {
        if let Some(parent) = r.parent {
            if r.menu.is_some() || !rows.iter().any(|p| p.page == parent && p.menu.is_some()) {
                return Err(format!("{}: `parent` is for a page off the menu, and names a page on it", r.page));
            }
        }
    }
    let w = |s: &mut String, line: String| {
        s.push_str(&line);
        s.push('\n');
    };

    let mut t = String::from("// Generated by build.rs from src/ui/pages.json: edit the table, not this file.\n\n");
    w(&mut t, "/// Every page of the app, one per row of src/ui/pages.json.".into());
    w(&mut t, "#[derive(Debug, Clone, Copy, PartialEq, Eq)]".into());
    w(&mut t, "pub enum Page {".into());
    for r in &rows {
        w(&mut t, format!("    {},", r.page));
    }
    w(&mut t, "}\n".into());
    w(&mut t, "impl Page {".into());
    w(&mut t, format!("    /// Every page, in the table's order.\n    pub const ALL: [Page; {}] = [", rows.len()));
    for r in &rows {
        w(&mut t, format!("        Page::{},", r.page));
    }
    w(&mut t, "    ];\n".into());
    w(&mut t, "    /// The path inside the app, as written in `<Route path=…>`.".into());
    w(&mut t, "    pub const fn path(self) -> &'static str {\n        match self {".into());
    for r in &rows {
        w(&mut t, format!("            Page::{} => {:?},", r.page, r.path));
    }
    w(&mut t, "        }\n    }\n".into());
    w(&mut t, "    /// The page's name in the menu and in links to it, in the active language.".into());
    w(&mut t, "    #[cfg(target_arch = \"wasm32\")]".into());
    w(&mut t, "    pub fn label(self) -> &'static str {\n        crate::ui::i18n::page_label(self)\n    }\n".into());
    w(&mut t, "    /// The page's name in English, from the page table.".into());
    w(&mut t, "    pub const fn label_en(self) -> &'static str {\n        match self {".into());
    for r in &rows {
        w(&mut t, format!("            Page::{} => {:?},", r.page, r.label));
    }
    w(&mut t, "        }\n    }\n".into());
    w(&mut t, "    /// The page's heading and the document's title, from the catalogue.".into());
    w(&mut t, "    #[cfg(target_arch = \"wasm32\")]".into());
    w(&mut t, "    pub fn title(self) -> &'static str {\n        match self {".into());
    for r in &rows {
        w(&mut t, format!("            Page::{} => crate::ui::i18n::{}(),", r.page, r.title.to_lowercase()));
    }
    w(&mut t, "        }\n    }\n}\n".into());
    w(&mut t, "/// A menu section's name in English, from the page table (\"\" for an id it does not have).".into());
    w(&mut t, "pub fn section_label_en(id: &str) -> &'static str {\n    match id {".into());
    for (id, label) in &sections {
        w(&mut t, format!("        {id:?} => {label:?},"));
    }
    w(&mut t, "        _ => \"\",\n    }\n}\n".into());
    // The menu's items as one view, written out (not a loop over a table): the same markup
    // costs less wasm as a static template (measured: 0.9 KB gzip on the first load).
    w(&mut t, "/// The menu as one `view!`: its top links, then its sections (used by `shell::Nav`).".into());
    w(&mut t, "#[cfg(target_arch = \"wasm32\")]".into());
    w(&mut t, "macro_rules! menu_view {\n    ($open:ident) => {\n    view! {".into());
    w(&mut t, "        // Grouped by the steps of the work; every link stays in one tab order. Narrow".into());
    w(&mut t, "        // screens show it when `$open` (the menu button, shell::Nav).".into());
    w(&mut t, "        <ul class=\"nav-groups\" id=\"site-menu\" class:open=move || $open.get()>".into());
    let link = |r: &Row| {
        let children: Vec<String> =
            rows.iter().filter(|c| c.parent == Some(r.page)).map(|c| format!("Page::{}", c.page)).collect();
        if children.is_empty() {
            let exact = if r.path == "/" { " exact=true" } else { "" };
            format!("<li><A href=href(Page::{0}){exact}>{{Page::{0}.label()}}</A></li>", r.page)
        } else {
            // Current on its own page and on the pages that belong to it (the router's
            // links match whole path segments only, so they are marked here).
            format!(
                "<li><a href=href(Page::{0}) aria-current=crate::ui::components::shell::current_on(Page::{0}, &[{1}])>{{Page::{0}.label()}}</a></li>",
                r.page,
                children.join(", ")
            )
        }
    };
    for r in rows.iter().filter(|r| r.menu == Some("top")) {
        w(&mut t, format!("        {}", link(r)));
    }
    for (id, _) in &sections {
        w(&mut t, format!("        <li class=\"nav-group\">\n            <span class=\"nav-group-name\" aria-hidden=\"true\">{{crate::ui::i18n::section_label({id:?})}}</span>"));
        w(&mut t, format!("            <ul aria-label=crate::ui::i18n::section_label({id:?})>"));
        for r in rows.iter().filter(|r| r.menu == Some(id)) {
            w(&mut t, format!("                {}", link(r)));
        }
        w(&mut t, "            </ul>\n        </li>".into());
    }
    w(&mut t, "        </ul>".into());
    w(&mut t, "    }\n    };\n}\n#[cfg(target_arch = \"wasm32\")]\npub(crate) use menu_view;".into());

    let mut c = String::from("// Generated by build.rs from src/ui/pages.json: edit the table, not this file.\n\n");
    w(&mut c, "lazy_pages! {".into());
    for r in rows.iter().filter(|r| r.chunk.is_some()) {
        w(
            &mut c,
            format!("    {}Route => {}_page in {} => {};", r.page, snake(r.page), r.chunk.unwrap_or_default(), r.view),
        );
    }
    w(&mut c, "}".into());

    let mut a = String::from("// Generated by build.rs from src/ui/pages.json: edit the table, not this file.\n\n");
    w(&mut a, "/// Every page, by path: the start page in the first wasm, the others loaded when first opened.".into());
    w(&mut a, "#[component]\nfn Pages() -> impl IntoView {\n    view! {\n        <Routes fallback=NotFound>".into());
    for r in &rows {
        let view = match r.chunk {
            None => format!("crate::ui::pages::{}", r.view),
            Some(_) => format!("{{Lazy::<crate::ui::lazy::{}Route>::new()}}", r.page),
        };
        w(&mut a, format!("            <Route path=path!({:?}) view={view}/>", r.path));
    }
    w(&mut a, "        </Routes>\n    }\n}".into());
    Ok((t, c, a))
}
