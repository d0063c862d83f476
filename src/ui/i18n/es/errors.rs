//! Spanish: the `Errors` keys (src/ui/i18n/keys.rs has each key's English).
//!
//! A sentence another key already says (the lock, the linked file, storage, a backup that
//! cannot be read) is taken from that key, so it reads the same wherever it appears.

#![allow(unused_imports)]
use super::super::keys::{self, Errors};
use super::Es;
use crate::browser::file::FileError;
use crate::browser::linked_file::LinkedFileError;
use crate::browser::worker::WorkerError;
use crate::ui::linked_backup::LinkedFailure;
use crate::ui::locking::LockFailure;
use dew_domain::csv_text::{CellProblem, ParseProblem};
use dew_domain::portfolio::usage::UsageColumn;
use dew_domain::report::WorkbookError;
use dew_domain::survey::PreviewError;

/// "1 usuario activo", "3 usuarios activos".
fn users(n: u64, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

/// "“a”", "“a” y “b”", "“a”, “b” y “c”" (with `and` "y" or "o").
fn listed(names: &[&str], and: &str) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("“{n}”")).collect();
    match quoted.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} {and} {last}", rest.join(", ")),
    }
}

impl Errors for Es {
    fn csv_cell_problem(&self, p: &CellProblem) -> String {
        match p {
            CellProblem::Required => "falta un valor".into(),
            CellProblem::Negative { column, found } => {
                format!("“{column}” no puede ser un número negativo (se encontró “{found}”)")
            }
            CellProblem::Decimals(v) => format!("“{v}” no es un número entero: los conteos no pueden tener decimales"),
            CellProblem::NotWholeNumber(v) => format!("“{v}” no es un número entero"),
            CellProblem::BadThousands(v) => {
                format!("“{v}” no es un número entero (las comas de los miles deben separar grupos de tres dígitos)")
            }
            CellProblem::TooLarge(v) => format!("“{v}” es un número demasiado grande"),
            CellProblem::DimensionMissing { group } => {
                format!("falta el tipo de grupo, que se necesita cuando se indica un grupo (grupo “{group}”)")
            }
            CellProblem::GroupMissing { dimension } => {
                format!("falta el grupo, que se necesita cuando se indica un tipo de grupo (tipo “{dimension}”)")
            }
            CellProblem::AboveDenominator { numerator, denominator } => {
                format!("“{numerator}” es mayor que el denominador, “{denominator}”")
            }
            CellProblem::NoHeader { value, position } => {
                format!("“{value}” está en la columna {position}, que no tiene encabezado")
            }
            CellProblem::UnknownIndicator(v) => format!("ningún indicador tiene el id ni el nombre “{v}”"),
            CellProblem::UnknownDimension(v) => format!("no hay ningún tipo de grupo de estudiantes llamado “{v}”"),
            CellProblem::UnknownGroup { dimension, group } => {
                format!("“{dimension}” no tiene ningún grupo llamado “{group}”")
            }
            CellProblem::RepeatedPlace => {
                "este indicador, esta escuela y este grupo ya aparecen en una línea anterior".into()
            }
            CellProblem::ActiveAboveEnrolled { active, enrolled } => format!(
                "hay más usuarios activos que usuarios inscritos ({} frente a {})",
                users(*active, "usuario activo", "usuarios activos"),
                users(*enrolled, "usuario inscrito", "usuarios inscritos")
            ),
            CellProblem::EmptySchool => "falta la escuela".into(),
            CellProblem::EmptyName => "falta el nombre".into(),
            CellProblem::NotADate(v) => format!("“{v}” no es una fecha (AAAA-MM-DD)"),
            CellProblem::NotOneOf { value, allowed } => {
                format!("“{value}” no es ninguno de estos valores: {}", listed(allowed, "o"))
            }
            CellProblem::NotYesNo(v) => format!("“{v}” no es “sí” ni “no”"),
        }
    }

    fn csv_parse_problem(&self, p: &ParseProblem) -> String {
        match p {
            ParseProblem::FieldCount { expected, found } => {
                let expected = if *expected == 1 {
                    "se esperaba 1 campo, como en el encabezado".to_string()
                } else {
                    format!("se esperaban {expected} campos, como en el encabezado")
                };
                let found = if *found == 1 { "hay 1".to_string() } else { format!("hay {found}") };
                format!(
                    "{expected}, pero {found} (¿falta una coma, o hay una coma dentro de un valor que no está entre comillas?)"
                )
            }
            ParseProblem::Reader(said) => format!("no se pudo leer como CSV ({said})"),
        }
    }

    fn usage_columns_unchosen(&self, columns: &[UsageColumn]) -> String {
        let names: Vec<&str> = columns
            .iter()
            .map(|c| match c {
                UsageColumn::School => keys::usage_col_school(),
                UsageColumn::Dimension => keys::usage_col_dimension(),
                UsageColumn::Group => keys::usage_col_group(),
                UsageColumn::Active => keys::usage_col_active(),
                UsageColumn::Enrolled => keys::usage_col_enrolled(),
            })
            .collect();
        if names.len() == 1 {
            format!("Elija la columna del archivo para {}.", listed(&names, "y"))
        } else {
            format!("Elija las columnas del archivo para {}.", listed(&names, "y"))
        }
    }

    fn survey_preview_failed(&self, file: &str, e: &PreviewError) -> String {
        match e {
            PreviewError::Empty => format!("No se pudo leer “{file}”: el archivo está vacío. No se cambió nada."),
            PreviewError::NoHeader => {
                format!("No se pudo leer “{file}”: la primera línea no tiene nombres de columnas. No se cambió nada.")
            }
        }
    }

    fn survey_file_unreadable(&self, file: &str, e: &FileError) -> String {
        match e {
            FileError::Browser(said) => {
                format!("No se pudo leer “{file}”: el navegador no pudo leerlo ({said}). No se cambió nada.")
            }
            FileError::NotText => format!("No se pudo leer “{file}”: no se pudo leer como texto. No se cambió nada."),
        }
    }

    fn file_read_failed(&self, e: &FileError) -> String {
        match e {
            FileError::Browser(said) => format!("El navegador no pudo leer el archivo ({said})."),
            FileError::NotText => "El archivo no se pudo leer como texto.".into(),
        }
    }

    fn consensus_file_unreadable(&self, file: &str, e: &FileError) -> String {
        match e {
            FileError::Browser(said) => {
                format!("“{file}” no se importó: el navegador no pudo leerlo ({said}). No se cambió nada.")
            }
            FileError::NotText => format!("“{file}” no se importó: no se pudo leer como texto. No se cambió nada."),
        }
    }

    fn lock_failure(&self, e: &LockFailure) -> String {
        match e {
            LockFailure::NoPassphrase => keys::lock_enter_passphrase().into(),
            LockFailure::WrongPassphrase => keys::lock_wrong().into(),
            LockFailure::Damaged => keys::lock_damaged().into(),
            LockFailure::InnerUnreadable(s) => keys::lock_inner_unreadable(&keys::schema_error(s)),
            LockFailure::OtherPassphrase => keys::lock_copy_other_passphrase().into(),
            LockFailure::Unreadable(s) => keys::schema_error(s),
            LockFailure::CodeNotLoaded => keys::code_not_loaded_action().into(),
            LockFailure::ChooseTabFirst => keys::lock_choose_tab_first().into(),
            LockFailure::SaveFailed(s) => keys::lock_save_failed(&keys::storage_error(s)),
            LockFailure::Storage(s) => keys::storage_error(s),
            LockFailure::NoWorkspace => keys::lock_no_workspace().into(),
            LockFailure::CannotCheck => keys::lock_cannot_check().into(),
            LockFailure::StillSaving => {
                "El último cambio todavía se está cifrando y guardando. Vuelva a intentarlo en un momento.".into()
            }
            LockFailure::Crypto(said) => {
                format!("El navegador no pudo cifrar el espacio de trabajo ({said}). No se cambió nada.")
            }
        }
    }

    fn linked_file_error(&self, e: &LinkedFileError) -> String {
        match e {
            LinkedFileError::Aborted => "se cerró la ventana para elegir el archivo".into(),
            LinkedFileError::Unavailable(call) => format!("{call} no está disponible en este navegador"),
            LinkedFileError::NoStore => {
                "este navegador no le da a la aplicación un lugar donde guardar el vínculo (IndexedDB)".into()
            }
            LinkedFileError::NotText => "el archivo no es texto".into(),
            LinkedFileError::NotLoaded => keys::linked_not_loaded().into(),
            LinkedFileError::Browser(said) => said.clone(),
        }
    }

    fn linked_failure(&self, f: &LinkedFailure) -> String {
        match f {
            LinkedFailure::Write(e) => keys::linked_write_failed(&self.linked_file_error(e)),
            LinkedFailure::Read(e) => keys::linked_read_failed(&self.linked_file_error(e)),
            LinkedFailure::Differs => keys::linked_differs().into(),
        }
    }

    fn worker_error(&self, e: &WorkerError) -> String {
        match e {
            WorkerError::NotStarted(said) => format!("el navegador no pudo iniciar el proceso auxiliar: {said}"),
            WorkerError::DidNotStart => "el proceso que crea el libro de Excel no llegó a iniciarse".into(),
            WorkerError::Unexpected => "el proceso auxiliar respondió algo inesperado".into(),
            WorkerError::Failed(said) => match WorkbookError::from_wire(said) {
                Some(WorkbookError::NotARequest(d)) => format!("la solicitud del libro de Excel no es válida: {d}"),
                Some(WorkbookError::NotWritten(d)) => format!("no se pudo escribir el libro de Excel: {d}"),
                None => said.clone(),
            },
        }
    }
}
