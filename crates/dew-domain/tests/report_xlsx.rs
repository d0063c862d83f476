//! The board report's workbook, re-read with an independent xlsx reader (calamine): the sheets
//! are there in order, with their header rows, and cells hold what the tables hold.
#![cfg(not(target_arch = "wasm32"))]

use calamine::{Data, Reader, Xlsx};
use dew_domain::divides::analysis::analyse;
use dew_domain::report::{
    tables, workbook, workbook_from_request, workbook_request, Section, Table, Value, WorkbookError,
};
use dew_domain::workspace::Workspace;
use std::io::Cursor;

#[test]
fn workbook_has_a_sheet_per_table_with_headers_and_values() {
    let ws = Workspace::sample();
    let analyses: Vec<_> = ws.cycles.iter().map(|c| analyse(&c.divides)).collect();
    let t = tables(&ws, &analyses, &Section::ALL, false);
    check(workbook(&t).unwrap(), &t);
}

/// The page sends the tables to the workbook worker as a request; the worker's workbook holds
/// the same cells.
#[test]
fn the_worker_request_gives_the_same_workbook() {
    let ws = Workspace::sample();
    let analyses: Vec<_> = ws.cycles.iter().map(|c| analyse(&c.divides)).collect();
    let t = tables(&ws, &analyses, &Section::ALL, true);
    let request = workbook_request(&t);
    assert!(request.contains("Moreno"), "names were asked for");
    check(workbook_from_request(&request).unwrap(), &t);
    let err = workbook_from_request("{\"not\": \"sheets\"}").unwrap_err();
    assert!(matches!(err, WorkbookError::NotARequest(_)), "{err:?}");
    assert!(err.to_string().starts_with("not a workbook request"), "{err}");
    assert_eq!(WorkbookError::from_wire(&err.wire()), Some(err));
    assert_eq!(WorkbookError::from_wire("the request was not text"), None);
}

fn check(bytes: Vec<u8>, t: &[Table]) {
    assert_eq!(&bytes[..2], b"PK", "an xlsx file is a zip");
    let mut book: Xlsx<_> = Xlsx::new(Cursor::new(bytes)).unwrap();
    assert_eq!(
        book.sheet_names(),
        vec!["team", "areas", "divides", "ratings", "consensus", "findings", "plan", "progress", "portfolio"]
    );
    for table in t {
        let range = book.worksheet_range(table.name).unwrap();
        assert_eq!(range.height(), table.rows.len() + 1, "{}", table.name);
        let header: Vec<String> = range.rows().next().unwrap().iter().map(|c| c.to_string()).collect();
        assert_eq!(header, table.header.iter().map(|h| h.to_string()).collect::<Vec<_>>());
        // Every value is written as the table holds it: text as text, counts and rates as numbers.
        for (r, row) in table.rows.iter().enumerate() {
            for (c, v) in row.iter().enumerate() {
                let cell = range.get((r + 1, c));
                match v {
                    Value::Text(s) if !s.is_empty() => {
                        assert_eq!(cell, Some(&Data::String(s.clone())), "{} {r} {c}", table.name)
                    }
                    Value::Count(n) => assert_eq!(cell, Some(&Data::Float(*n as f64)), "{} {r} {c}", table.name),
                    Value::Rate(x) => assert_eq!(cell, Some(&Data::Float(*x)), "{} {r} {c}", table.name),
                    Value::Money(n) => assert_eq!(cell, Some(&Data::Float(*n as f64)), "{} {r} {c}", table.name),
                    Value::Points(x) => assert_eq!(cell, Some(&Data::Float(x * 100.0)), "{} {r} {c}", table.name),
                    // Left unnamed, a name or a date is written as its plain text.
                    Value::Name(_) | Value::Date(_) => {
                        assert_eq!(cell, Some(&Data::String(v.plain())), "{} {r} {c}", table.name)
                    }
                    _ => assert!(matches!(cell, None | Some(Data::Empty)), "{} {r} {c}", table.name),
                }
            }
        }
    }
}

/// A workbook cell whose text starts like a formula is a text cell, with no formula behind it:
/// a spreadsheet shows it and never runs it (issue 28).
#[test]
fn formula_leading_text_is_a_text_cell_in_the_workbook() {
    let t = vec![Table {
        name: "plan",
        header: vec!["goal", "gap"],
        rows: vec![vec![Value::Text("=HYPERLINK(\"http://x\",\"y\")".into()), Value::Rate(-0.2)]],
    }];
    let mut book: Xlsx<_> = Xlsx::new(Cursor::new(workbook(&t).unwrap())).unwrap();
    let range = book.worksheet_range("plan").unwrap();
    assert_eq!(range.get((1, 0)), Some(&Data::String("=HYPERLINK(\"http://x\",\"y\")".into())));
    assert_eq!(range.get((1, 1)), Some(&Data::Float(-0.2)));
    let formulas = book.worksheet_formula("plan").unwrap();
    assert!(formulas.cells().all(|(_, _, f)| f.is_empty()), "no formula in the sheet");
}
