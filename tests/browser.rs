//! In-browser tests (wasm-bindgen-test in headless Chromium): the storage adapter against the
//! real localStorage, the store's never-lose-data behaviour, components, and the survey
//! reader's SIMD line splitter (which only the wasm build has).
//! Run: `cargo test --target wasm32-unknown-unknown --test browser` (scripts/test does it).
#![cfg(target_arch = "wasm32")]

use dew_domain::schema::{decode, encode};
use dew_domain::stored::{list_set_asides, SetAsideReason, KEY_PREFIX, WORKSPACE_KEY};
use dew_domain::team::Role;
use dew_domain::workspace::Workspace;
use digital_equity_workbench::browser::storage::{self, StorageError};
use digital_equity_workbench::ui::components::missing::MissingStakeholders;
use digital_equity_workbench::ui::state::AppState;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn clear_everything() {
    let s = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    s.clear().unwrap();
}

fn our_keys() -> Vec<String> {
    storage::keys_with_prefix(KEY_PREFIX).unwrap().into_iter().map(|(k, _)| k).collect()
}

/// Fills localStorage until the browser refuses; returns the refusal and the keys written.
fn fill_storage() -> (StorageError, Vec<String>) {
    let chunk = "x".repeat(512 * 1024);
    let mut keys = Vec::new();
    for i in 0..200 {
        let k = format!("filler-{i}");
        match storage::set(&k, &chunk) {
            Ok(()) => keys.push(k),
            Err(e) => return (e, keys),
        }
    }
    panic!("localStorage accepted 100 MB without refusing");
}

async fn settle() {
    for _ in 0..5 {
        leptos::task::tick().await;
    }
}

#[wasm_bindgen_test]
fn adapter_writes_reads_lists_and_removes() {
    clear_everything();
    assert_eq!(storage::get("dew:test").unwrap(), None);
    storage::set("dew:test", "héllo ✓").unwrap();
    storage::set("not-ours", "x").unwrap();
    assert_eq!(storage::get("dew:test").unwrap().as_deref(), Some("héllo ✓"));
    assert_eq!(storage::keys_with_prefix(KEY_PREFIX).unwrap(), vec![("dew:test".to_string(), 7)]);
    storage::remove("dew:test").unwrap();
    assert_eq!(storage::get("dew:test").unwrap(), None);
    clear_everything();
}

#[wasm_bindgen_test]
fn full_storage_is_reported_as_quota() {
    clear_everything();
    let (err, _) = fill_storage();
    assert_eq!(err, StorageError::Quota);
    clear_everything();
}

#[wasm_bindgen_test]
fn a_good_document_loads() {
    clear_everything();
    let ws = Workspace::sample();
    storage::set(WORKSPACE_KEY, &encode(&ws, "t", false)).unwrap();
    let owner = Owner::new();
    owner.with(|| {
        let state = AppState::load();
        assert_eq!(state.workspace.get_untracked(), Some(ws.clone()));
        assert_eq!(state.unreadable.get_untracked(), None);
    });
    clear_everything();
}

#[wasm_bindgen_test]
fn a_corrupt_document_is_set_aside_before_anything_is_written() {
    clear_everything();
    let corrupt = r#"{"app":"digital-equity-workbench","schema":1,"workspace":{"dist"#;
    storage::set(WORKSPACE_KEY, corrupt).unwrap();
    let owner = Owner::new();
    owner.with(|| {
        let state = AppState::load();
        let u = state.unreadable.get_untracked().expect("the problem is reported");
        assert_eq!(u.raw, corrupt);
        let key = u.set_aside.expect("a copy was set aside");
        assert_eq!(storage::get(&key).unwrap().as_deref(), Some(corrupt));
        let asides = list_set_asides(our_keys().iter().map(String::as_str));
        assert_eq!(asides.len(), 1);
        assert_eq!(asides[0].reason, SetAsideReason::Unreadable);
        // The original is untouched and nothing was loaded over it.
        assert_eq!(storage::get(WORKSPACE_KEY).unwrap().as_deref(), Some(corrupt));
        assert_eq!(state.workspace.get_untracked(), None);
        assert!(!state.hold_saving.get_untracked());
    });
    clear_everything();
}

#[wasm_bindgen_test]
fn an_unknown_version_is_set_aside_too() {
    clear_everything();
    let future = r#"{"app":"digital-equity-workbench","schema":42,"workspace":{}}"#;
    storage::set(WORKSPACE_KEY, future).unwrap();
    Owner::new().with(|| {
        let state = AppState::load();
        assert!(state.unreadable.get_untracked().and_then(|u| u.set_aside).is_some());
    });
    clear_everything();
}

#[wasm_bindgen_test]
async fn a_failed_save_is_reported_and_the_work_stays_in_memory() {
    clear_everything();
    any_spawner::Executor::init_wasm_bindgen().ok();
    let owner = Owner::new();
    let state = owner.with(|| {
        let state = AppState::load();
        state.install();
        state
    });
    let (_, fillers) = fill_storage();
    // Top up with small items so not even a tiny document fits.
    let mut i = 0;
    while storage::set(&format!("small-{i}"), &"y".repeat(64)).is_ok() {
        i += 1;
    }
    let ws = Workspace::sample();
    state.workspace.set(Some(ws.clone()));
    settle().await;
    assert_eq!(state.save_error.get_untracked(), Some(StorageError::Quota));
    assert_eq!(state.workspace.get_untracked(), Some(ws.clone()));
    assert_eq!(storage::get(WORKSPACE_KEY).unwrap(), None);
    // Once space is freed, the next change saves and the error clears.
    for k in fillers {
        storage::remove(&k).unwrap();
    }
    state.workspace.update(|w| {
        let ws = w.as_mut().unwrap();
        let c = ws.current;
        ws.add_member(c, "After", Role::Teacher).unwrap();
    });
    settle().await;
    assert_eq!(state.save_error.get_untracked(), None);
    let stored = decode(&storage::get(WORKSPACE_KEY).unwrap().unwrap()).unwrap();
    assert_eq!(stored.workspace.current_cycle().team.last().unwrap().name.as_deref(), Some("After"));
    drop(owner);
    clear_everything();
}

#[wasm_bindgen_test]
async fn missing_stakeholders_component_follows_the_team() {
    any_spawner::Executor::init_wasm_bindgen().ok();
    let document = web_sys::window().unwrap().document().unwrap();
    let parent: web_sys::HtmlElement = document.create_element("div").unwrap().unchecked_into();
    let roles = RwSignal::new(vec![Role::Teacher]);
    let _handle = leptos::mount::mount_to(parent.clone(), move || view! { <MissingStakeholders roles=roles/> });
    settle().await;
    let items = |p: &web_sys::HtmlElement| -> Vec<String> {
        let list = p.query_selector_all("li").unwrap();
        (0..list.length()).map(|i| list.item(i).unwrap().text_content().unwrap()).collect()
    };
    assert_eq!(
        items(&parent),
        vec![
            "No student voice yet.",
            "No school or district leader yet.",
            "No one from the technology team yet.",
            "No family or community voice yet."
        ]
    );
    roles.set(vec![Role::Teacher, Role::Student, Role::SchoolLeader, Role::TechnologyStaff, Role::FamilyCommunity]);
    settle().await;
    assert!(items(&parent).is_empty());
    assert!(parent.text_content().unwrap().contains("Every stakeholder group is represented"));
}

/// The shared form pieces: a filter writes the option chosen, a radio group writes its value and
/// follows the signal, and the import status lists a file's problems and counts the rest.
#[wasm_bindgen_test]
async fn form_pieces_write_their_signals_and_import_problems_are_listed() {
    use dew_domain::import_flow::Problems;
    use digital_equity_workbench::ui::components::form::{FilterSelect, RadioGroup};
    use digital_equity_workbench::ui::components::import_status;
    any_spawner::Executor::init_wasm_bindgen().ok();
    let document = web_sys::window().unwrap().document().unwrap();
    let parent: web_sys::HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&parent).unwrap();
    let filter = RwSignal::new(String::new());
    let mode = RwSignal::new("add".to_string());
    let _handle = leptos::mount::mount_to(parent.clone(), move || {
        view! {
            <FilterSelect id="t-filter" label="Flag" value=filter>
                <option value="">"All"</option>
                <option value="Watch">"Watch"</option>
            </FilterSelect>
            <RadioGroup name="t-mode" legend="Mode" value=mode options=vec![("add", "Add"), ("replace", "Replace")]/>
            {import_status::problems(
                "t-errors",
                "2 problems in “x.csv”".into(),
                Problems { listed: vec!["Line 2, column “n”: not a number.".into()], more: 1 },
            )}
        }
    });
    settle().await;
    let by_id = |id: &str| document.get_element_by_id(id).unwrap_or_else(|| panic!("#{id} is missing"));
    // The label names the drop-down.
    let label = parent.query_selector("label[for=t-filter]").unwrap().unwrap();
    assert_eq!(label.text_content().unwrap(), "Flag");
    let select = by_id("t-filter");
    js_sys::Reflect::set(&select, &"value".into(), &"Watch".into()).unwrap();
    select.dispatch_event(&web_sys::Event::new("change").unwrap()).unwrap();
    settle().await;
    assert_eq!(filter.get_untracked(), "Watch");
    // Radio buttons: ids from the group's name, checked from the signal, and written back.
    let add: web_sys::HtmlInputElement = by_id("t-mode-add").unchecked_into();
    let replace: web_sys::HtmlInputElement = by_id("t-mode-replace").unchecked_into();
    assert!(add.checked() && !replace.checked());
    replace.set_checked(true);
    replace.dispatch_event(&web_sys::Event::new("change").unwrap()).unwrap();
    settle().await;
    assert_eq!(mode.get_untracked(), "replace");
    mode.set("add".into());
    settle().await;
    assert!(add.checked(), "the group follows the signal");
    // Problems: an alert with the heading, each listed problem, and the count of the rest.
    let errors = by_id("t-errors");
    assert_eq!(errors.get_attribute("role").as_deref(), Some("alert"));
    let text = errors.text_content().unwrap();
    assert!(text.contains("2 problems in “x.csv”") && text.contains("not a number"), "{text}");
    assert_eq!(errors.query_selector_all("li").unwrap().length(), 1);
    assert!(text.contains("and 1 more problem"), "the problem not listed is counted: {text}");
    parent.remove();
}

/// The passphrase lock's cryptography (WebCrypto): a round trip, a wrong passphrase that fails
/// cleanly, altered data that are reported as damaged, and an envelope that holds none of the
/// district's words.
#[wasm_bindgen_test]
async fn passphrase_lock_round_trip_wrong_passphrase_and_tampering() {
    use dew_domain::lock::{decode_locked, encode_locked, LockError};
    use digital_equity_workbench::browser::crypto::{lock, unlock};
    let doc = encode(&Workspace::sample(), "2026-11-23T10:00:00Z", false);
    let (locked, _key) = lock("correct horse battery staple", &doc).await.unwrap();
    let stored = encode_locked(&locked);
    for word in ["Riverbend", "Moreno", "home-internet", "ReadRiver", "English learner"] {
        assert!(!stored.contains(word), "the envelope must not show `{word}`");
    }
    let back = decode_locked(&stored).unwrap();
    let (opened, _) = unlock("correct horse battery staple", &back).await.unwrap();
    assert_eq!(opened, doc);
    assert_eq!(unlock("Correct horse battery staple", &back).await.err(), Some(LockError::WrongPassphrase));
    let mut tampered = back.clone();
    let last = tampered.ciphertext.len() - 1;
    tampered.ciphertext[last] ^= 1;
    assert_eq!(unlock("correct horse battery staple", &tampered).await.err(), Some(LockError::Damaged));
    // Two locks of the same document differ (fresh salt and nonces).
    let (again, _) = lock("correct horse battery staple", &doc).await.unwrap();
    assert_ne!(again.ciphertext, locked.ciphertext);
    assert_ne!(again.salt, locked.salt);
}

/// The survey reader scans lines 16 bytes at a time with wasm SIMD; natively the tests run
/// another instruction set. Here the wasm build reads pseudo-random CSV text, cut into
/// pseudo-random chunks, and must give exactly the records the `csv` crate gives.
#[wasm_bindgen_test]
fn survey_reader_with_simd_matches_the_csv_crate() {
    use dew_domain::survey::read::{Encoding, Record, Rows, Sniff, SIMD};
    // Checked when the test is built: without simd128 this test would not test the SIMD path.
    const _: () = assert!(SIMD, "the wasm build has simd128 (.cargo/config.toml)");
    let pieces: [&[u8]; 10] =
        [b"abc", b"x", "\u{f1}\u{e9}".as_bytes(), b",", b";", b"\n", b"\r\n", b"\r", b"\"", b"0123456789abcdefghij"];
    let mut x = 0x9E37_79B9_u32;
    let mut next = move |n: u32| {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        x % n
    };
    for case in 0..400 {
        let mut bytes = Vec::new();
        for _ in 0..next(150) {
            bytes.extend_from_slice(pieces[next(pieces.len() as u32) as usize]);
        }
        let delimiter = if case % 3 == 0 { b';' } else { b',' };
        let mut theirs = Vec::new();
        let mut rdr =
            csv::ReaderBuilder::new().has_headers(false).flexible(true).delimiter(delimiter).from_reader(&bytes[..]);
        for r in rdr.byte_records() {
            theirs.push(r.unwrap().iter().map(|f| f.to_vec()).collect::<Vec<_>>());
        }
        let mut ours = Vec::new();
        let mut rows = Rows::new(Sniff { encoding: Encoding::Utf8, delimiter, bom: false });
        let mut f =
            |_: u64, r: &Record| ours.push((0..r.len()).map(|i| r.get(i).unwrap().to_vec()).collect::<Vec<_>>());
        let mut at = 0;
        while at < bytes.len() {
            let end = (at + 1 + next(200) as usize).min(bytes.len());
            rows.feed(&bytes[at..end], &mut f);
            at = end;
        }
        rows.finish(&mut f);
        assert_eq!(ours, theirs, "case {case}: {:?}", String::from_utf8_lossy(&bytes));
    }
}

/// The store tells a reader only of the part it reads: a rating edit re-runs what reads the
/// ratings and the save, never what reads the plan; a plan edit the reverse; a change of the
/// workspace as a whole (a district renamed, another opened) reaches every reader.
#[wasm_bindgen_test]
fn a_rating_edit_wakes_the_ratings_and_not_the_plan() {
    use digital_equity_workbench::ui::store::{WorkspaceStore, ASSESSMENT, PLAN};
    use std::sync::atomic::{AtomicUsize, Ordering::SeqCst};
    use std::sync::Arc;
    let owner = Owner::new();
    owner.with(|| {
        let store = WorkspaceStore::new(Some(Workspace::sample()));
        let counted = |read: Arc<dyn Fn() -> usize + Send + Sync>| {
            let runs = Arc::new(AtomicUsize::new(0));
            let r = runs.clone();
            let memo = Memo::new(move |_| {
                r.fetch_add(1, SeqCst);
                read()
            });
            move || {
                memo.get_untracked();
                runs.load(SeqCst)
            }
        };
        let plan = counted(Arc::new(move || store.read(PLAN, |p| p.goals.len()).unwrap_or(0)));
        let ratings = counted(Arc::new(move || store.read(ASSESSMENT, |a| a.own.len()).unwrap_or(0)));
        let whole = counted(Arc::new(move || store.with(|w| w.as_ref().map_or(0, |ws| ws.cycles.len()))));
        let top = counted(Arc::new(move || store.top(|w| w.as_ref().map_or(0, |ws| ws.district.len()))));
        let runs = || (plan(), ratings(), whole(), top());
        assert_eq!(runs(), (1, 1, 1, 1));

        store.edit(ASSESSMENT, |a| a.own.insert("new.indicator".into(), Default::default()));
        assert_eq!(runs(), (1, 2, 2, 1), "a rating edit re-ran a reader of another part");

        store.edit(PLAN, |p| p.add_goal("Home internet for every family", Vec::new(), None).unwrap());
        assert_eq!(runs(), (2, 2, 3, 1), "a plan edit re-ran a reader of the ratings");

        store.update(|w| w.as_mut().unwrap().district = "Renamed district".into());
        assert_eq!(runs(), (3, 3, 4, 2), "a change of the whole workspace missed a reader");

        store.set(None);
        assert_eq!(runs(), (4, 4, 5, 3));
        // With nothing open an edit changes nothing and wakes nobody.
        assert_eq!(store.edit(PLAN, |p| p.goals.len()), None);
        assert_eq!(runs(), (4, 4, 5, 3));
    });
}
