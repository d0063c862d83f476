//! Spanish: the `Imports` keys (src/ui/i18n/keys.rs has each key's English).

#![allow(unused_imports)]
use super::super::keys;
use super::super::keys::Imports;
use super::Es;
use crate::browser::storage::StorageError;
use dew_domain::assessment::content::{Divide, Level};
use dew_domain::assessment::rater_file::RaterFileError;
use dew_domain::assessment::rating::Step;
use dew_domain::assessment::results::Source;
use dew_domain::csv_text::CsvError;
use dew_domain::date::Date;
use dew_domain::divides::analysis::{CompareWith, Flag};
use dew_domain::merge::{MergeSection, Side};
use dew_domain::plan::{Outcome, PlanError, PlanStatus, Prompt};
use dew_domain::portfolio::{Accessibility, Answer, DecisionKind, Evidence, Phase, PortfolioError, Privacy};
use dew_domain::report::Section;
use dew_domain::schema::SchemaError;
use dew_domain::stored::SetAsideReason;
use dew_domain::team::{Role, Stakeholder};
use dew_domain::workspace::WorkspaceError;

/// The first letter in upper case.
fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    c.next().map(|f| f.to_uppercase().collect::<String>() + c.as_str()).unwrap_or_default()
}

/// "1 fila", "3 filas".
fn rows_word(n: u64) -> String {
    if n == 1 {
        "1 fila".to_string()
    } else {
        format!("{n} filas")
    }
}

/// "a, b y c".
fn and_list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} y {last}", rest.join(", ")),
    }
}

/// "1 estudiante", "2 docentes"… for the team's make-up.
fn role_count(r: Role, n: usize) -> String {
    let one = n == 1;
    let word = match r {
        Role::Student if one => "estudiante",
        Role::Student => "estudiantes",
        Role::Teacher if one => "docente",
        Role::Teacher => "docentes",
        Role::SchoolLeader if one => "líder escolar",
        Role::SchoolLeader => "líderes escolares",
        Role::DistrictLeader if one => "líder del distrito",
        Role::DistrictLeader => "líderes del distrito",
        Role::TechnologyStaff if one => "miembro del personal de tecnología",
        Role::TechnologyStaff => "miembros del personal de tecnología",
        Role::FamilyCommunity if one => "miembro de una familia o de la comunidad",
        Role::FamilyCommunity => "miembros de familias o de la comunidad",
        Role::Other if one => "otro miembro",
        Role::Other => "otros miembros",
    };
    format!("{n} {word}")
}

/// "2 en curso", "1 terminada": goals (metas, feminine) at a status.
fn status_count(s: PlanStatus, n: usize) -> String {
    let one = n == 1;
    let word = match s {
        PlanStatus::NotStarted => "sin empezar",
        PlanStatus::InProgress => "en curso",
        PlanStatus::Done if one => "terminada",
        PlanStatus::Done => "terminadas",
        PlanStatus::Stalled if one => "detenida",
        PlanStatus::Stalled => "detenidas",
    };
    format!("{n} {word}")
}

impl Imports for Es {
    fn privacy_key_survey_mappings(&self) -> &'static str {
        "Correspondencias de columnas guardadas para importar encuestas: nombres de columnas y formas de escribir las respuestas, nunca la fila de un estudiante."
    }
    fn survey_title(&self) -> &'static str {
        "Importar encuestas"
    }
    fn survey_intro(&self) -> &'static str {
        "Convierta un archivo con una fila por persona (una encuesta a las familias hecha en Google Forms, un extracto del sistema de información estudiantil, la exportación de una herramienta de observación) en conteos por escuela y grupo de estudiantes. El archivo se lee y se cuenta en este navegador, por partes; sus filas nunca se guardan, solo los conteos."
    }
    fn survey_no_workspace(&self) -> &'static str {
        "Primero cree o abra un espacio de trabajo: los conteos se guardan en los datos de las brechas de un ciclo."
    }
    fn survey_start(&self) -> &'static str {
        "Ir a la página Inicio"
    }
    fn survey_file_heading(&self) -> &'static str {
        "1. Elija el archivo"
    }
    fn survey_file_label(&self) -> &'static str {
        "Archivo con una fila por persona (CSV)"
    }
    fn survey_file_hint(&self) -> &'static str {
        "Una fila por estudiante o por respuesta, con una línea de encabezado. Separado por comas, punto y coma o tabulaciones; en UTF-8 o en el “CSV” de Excel para Windows. También puede soltar el archivo aquí."
    }
    fn survey_reading(&self) -> &'static str {
        "Leyendo el inicio del archivo…"
    }
    fn survey_unreadable(&self, file: &str, why: &str) -> String {
        format!("No se pudo leer “{file}”: {why}. No se cambió nada.")
    }
    fn survey_saved_used(&self) -> &'static str {
        "Una correspondencia de columnas guardada coincide con las columnas de este archivo y ya se aplicó. Revísela antes de contar."
    }
    fn survey_saved(&self) -> &'static str {
        "Correspondencia de columnas guardada en este dispositivo. Se ofrecerá para el próximo archivo que tenga estas columnas."
    }
    fn survey_save_mapping(&self) -> &'static str {
        "Guardar esta correspondencia de columnas para la próxima vez"
    }
    fn survey_mapping_heading(&self) -> &'static str {
        "2. Indique qué significa cada columna"
    }
    fn survey_sampled(&self, rows: u64, columns: usize) -> String {
        let cols = if columns == 1 { "1 columna".to_string() } else { format!("{columns} columnas") };
        let seen = if rows == 1 {
            "Los valores de abajo son los que aparecen en la primera fila".to_string()
        } else {
            format!("Los valores de abajo son los que aparecen en las primeras {rows} filas")
        };
        format!("{cols}. {seen}; los valores que aparecen solo más adelante se informan después del conteo.")
    }
    fn survey_encoding(&self) -> &'static str {
        "Codificación del texto"
    }
    fn survey_delimiter(&self) -> &'static str {
        "Separador"
    }
    fn delimiter_name(&self, d: u8) -> &'static str {
        match d {
            b';' => "Punto y coma (;)",
            b'\t' => "Tabulación",
            _ => "Coma (,)",
        }
    }
    fn survey_preview_caption(&self) -> &'static str {
        "Las primeras filas del archivo (solo se muestran aquí, nunca se guardan)"
    }
    fn survey_school_heading(&self) -> &'static str {
        "Escuela"
    }
    fn survey_school_column(&self) -> &'static str {
        "Columna que indica la escuela"
    }
    fn survey_choose(&self) -> &'static str {
        "— elegir —"
    }
    fn survey_groups_heading(&self) -> &'static str {
        "Grupos de estudiantes"
    }
    fn survey_groups_hint(&self) -> &'static str {
        "Para cada tipo de grupo, elija la columna que indica a qué grupo pertenece cada estudiante y qué valor corresponde a cada grupo. Un valor que se deja como “no se cuenta para un grupo” sí se cuenta para la escuela."
    }
    fn survey_not_in_file(&self) -> &'static str {
        "— no está en este archivo —"
    }
    fn survey_no_group(&self) -> &'static str {
        "— no se cuenta para un grupo —"
    }
    fn survey_too_many(&self, col: &str, max: usize) -> String {
        format!("“{col}” tiene más de {max} valores distintos, así que no se pueden emparejar uno por uno. Elija otra columna.")
    }
    fn survey_values_of(&self, col: &str) -> String {
        format!("Valores en “{col}”")
    }
    fn survey_rows_seen(&self, n: u64) -> String {
        format!(" ({n} en las primeras filas)")
    }
    fn survey_answers_heading(&self) -> &'static str {
        "Respuestas"
    }
    fn survey_answers_hint(&self) -> &'static str {
        "Para cada pregunta que responde a un indicador, elija el indicador y luego qué significa cada respuesta. Las respuestas en blanco no se cuentan."
    }
    fn survey_not_used(&self) -> &'static str {
        "— no se usa —"
    }
    fn survey_blank_note(&self) -> &'static str {
        "Una respuesta en blanco siempre es “sin respuesta” y no se incluye en el denominador."
    }
    fn survey_not_offered(&self, cols: &str) -> String {
        format!("No se ofrecen como respuestas (tienen demasiados valores distintos, como nombres, identificadores o comentarios): {cols}.")
    }
    fn survey_answer_name(&self, a: dew_domain::survey::Answer) -> &'static str {
        use dew_domain::survey::Answer::*;
        match a {
            Meets => "Cumple el indicador",
            DoesNotMeet => "No lo cumple",
            NotAnswered => "Sin respuesta (no se cuenta)",
        }
    }
    fn survey_strict(&self) -> &'static str {
        "Detenerse ante texto que no es válido en la codificación elegida (recomendado): esas filas se omiten y se indican."
    }
    fn survey_problems(&self) -> &'static str {
        "Antes de contar:"
    }
    fn survey_problem(&self, p: &dew_domain::survey::Problem) -> String {
        use dew_domain::survey::Problem::*;
        match p {
            NoSchoolColumn => "Elija la columna que indica la escuela.".into(),
            MissingColumn(c) => format!("La columna “{c}” no está en este archivo."),
            NoAnswers => "Elija el indicador de al menos una columna de respuestas.".into(),
            IndicatorTwice(i) => format!("Dos columnas responden al indicador “{i}”; deje solo una."),
            DimensionTwice(d) => format!("Dos columnas indican los grupos de “{d}”; deje solo una."),
            UnknownIndicator(i) => format!("El indicador “{i}” no está en este espacio de trabajo."),
            UnknownDimension(d) => format!("El tipo de grupo de estudiantes “{d}” no está en este espacio de trabajo."),
            Unchosen { column, value } => format!("Elija qué significa “{value}” en “{column}”."),
        }
    }
    fn survey_run(&self) -> &'static str {
        "Contar las filas"
    }
    fn survey_progress(&self, done: f64, total: f64) -> String {
        let mb = |b: f64| b / 1_048_576.0;
        let pct = if total > 0.0 { done / total * 100.0 } else { 100.0 };
        format!("Contando: {pct:.0}% (leídos {:.1} de {:.1} MB)", mb(done), mb(total))
    }
    fn survey_cancel(&self) -> &'static str {
        "Cancelar"
    }
    fn survey_busy(&self) -> &'static str {
        "Se está contando un archivo. Cancele el conteo, o espere a que termine, antes de elegir otro."
    }
    fn survey_cancelled(&self) -> &'static str {
        "Se canceló el conteo. No se cambió nada y no se guardó nada del archivo."
    }
    fn survey_summary_heading(&self) -> &'static str {
        "3. Revise los conteos"
    }
    fn survey_rows_read(&self) -> &'static str {
        "Filas leídas"
    }
    fn survey_rows_counted(&self) -> &'static str {
        "Filas contadas"
    }
    fn survey_rows_skipped(&self) -> &'static str {
        "Filas omitidas"
    }
    fn survey_skip(&self, k: dew_domain::survey::count::Skip, n: u64) -> String {
        use dew_domain::survey::count::Skip::*;
        let why = match k {
            Ragged => "un número de campos distinto al del encabezado",
            BlankSchool => "sin escuela",
            InvalidText => "texto que no es válido en la codificación elegida",
        };
        if n == 1 {
            format!("1 omitida: {why}")
        } else {
            format!("{n} omitidas: {why}")
        }
    }
    fn survey_examples_caption(&self) -> &'static str {
        "Filas omitidas (las primeras 20)"
    }
    fn survey_col_row(&self) -> &'static str {
        "Fila"
    }
    fn survey_col_column(&self) -> &'static str {
        "Columna"
    }
    fn survey_col_problem(&self) -> &'static str {
        "Problema"
    }
    fn survey_example(&self, e: &dew_domain::survey::count::RowProblem) -> String {
        use dew_domain::survey::count::Skip::*;
        match e.skip {
            Ragged if e.fields == 1 => "tiene 1 campo; el encabezado tiene otro número".into(),
            Ragged => format!("tiene {} campos; el encabezado tiene otro número", e.fields),
            BlankSchool => "la escuela está en blanco".into(),
            InvalidText => "texto no válido (¿el archivo está en otra codificación?)".into(),
        }
    }
    fn survey_unknown_schools(&self) -> &'static str {
        "Escuelas que no están en este espacio de trabajo"
    }
    fn survey_unknown_school(&self, name: &str, rows: u64) -> String {
        format!("“{name}”: {}", rows_word(rows))
    }
    fn survey_add_schools(&self, n: usize) -> String {
        if n == 1 {
            "Agregar esta escuela al espacio de trabajo, con sus conteos (si no, sus filas quedan fuera)".into()
        } else {
            format!("Agregar estas {n} escuelas al espacio de trabajo, con sus conteos (si no, sus filas quedan fuera)")
        }
    }
    fn survey_unmapped_heading(&self) -> &'static str {
        "Valores sin significado elegido"
    }
    fn survey_unmapped_hint(&self) -> &'static str {
        "Estos valores se contaron como sin respuesta (en las respuestas) o sin grupo (en los grupos). Para contarlos, vuelva a la correspondencia de columnas, elija qué significan y cuente de nuevo."
    }
    fn survey_unmapped(&self, col: &str, value: &str, n: u64) -> String {
        format!("“{value}” en “{col}”: {}", rows_word(n))
    }
    fn survey_add(&self) -> &'static str {
        "Agregar estos conteos a este ciclo"
    }
    fn survey_replace(&self) -> &'static str {
        "Reemplazar los conteos de este ciclo…"
    }
    fn survey_replace_q(&self) -> &'static str {
        "¿Quitar todos los conteos que ya están en los datos de las brechas de este ciclo y dejar solo estos?"
    }
    fn survey_replace_yes(&self) -> &'static str {
        "Sí, reemplazar"
    }
    fn survey_back(&self) -> &'static str {
        "Volver a la correspondencia de columnas"
    }
    fn survey_applied(&self, cells: usize, schools: usize, replaced: bool) -> String {
        let counts = match (cells == 1, replaced) {
            (true, true) => "1 conteo reemplazó los conteos de este ciclo.".to_string(),
            (true, false) => "Se agregó 1 conteo a este ciclo.".to_string(),
            (false, true) => format!("{cells} conteos reemplazaron los de este ciclo."),
            (false, false) => format!("Se agregaron {cells} conteos a este ciclo."),
        };
        let s = match schools {
            0 => String::new(),
            1 => " Se agregó 1 escuela.".to_string(),
            n => format!(" Se agregaron {n} escuelas."),
        };
        format!("{counts}{s} Las filas del archivo no se guardaron.")
    }
    fn survey_see_findings(&self) -> &'static str {
        "Ver los hallazgos"
    }
    fn linked_heading(&self) -> &'static str {
        "Una copia fuera del navegador"
    }
    fn linked_intro(&self) -> &'static str {
        "Vincule un archivo en este dispositivo, en una carpeta sincronizada como Google Drive o en una memoria USB. Unos segundos después de cada cambio, la aplicación escribe en él el espacio de trabajo y luego lo vuelve a leer para comprobarlo. Si usa una frase de acceso, el archivo guarda el espacio de trabajo cifrado."
    }
    fn linked_choose(&self) -> &'static str {
        "Vincular un archivo de copia de seguridad…"
    }
    fn linked_stop(&self) -> &'static str {
        "Desvincular el archivo"
    }
    fn linked_file_type(&self) -> &'static str {
        "Copia de seguridad de Digital Equity Workbench"
    }
    fn linked_unsupported(&self) -> &'static str {
        "Este navegador no puede mantener al día un archivo vinculado (Chrome y ChromeOS sí pueden). En su lugar, descargue una copia de seguridad de vez en cuando: el encabezado se lo recordará después de una semana."
    }
    fn linked_looking(&self) -> &'static str {
        "Buscando un archivo vinculado…"
    }
    fn linked_none(&self) -> &'static str {
        "No hay ningún archivo vinculado."
    }
    fn linked_differs(&self) -> &'static str {
        "se escribió, pero lo que se volvió a leer no es el espacio de trabajo. Descargue ahora una copia de seguridad y luego vuelva a vincular el archivo."
    }
    fn linked_linked(&self, name: &str) -> String {
        format!("Vinculado a “{name}”. Se escribirá unos segundos después del próximo cambio.")
    }
    fn linked_writing(&self, name: &str) -> String {
        format!("Escribiendo “{name}”…")
    }
    fn linked_written(&self, name: &str, at: &str) -> String {
        format!("Vinculado a “{name}”: se escribió y se comprobó el {at}.")
    }
    fn linked_write_failed(&self, error: &str) -> String {
        format!("el navegador no permitió escribir en él ({error}). Vuelva a vincular el archivo o descargue una copia de seguridad.")
    }
    fn linked_read_failed(&self, error: &str) -> String {
        format!("se escribió, pero no se pudo volver a leer para comprobarlo ({error}).")
    }
    fn linked_choose_failed(&self, error: &str) -> String {
        format!("No se pudo vincular el archivo: {error}")
    }
    fn linked_not_loaded(&self) -> &'static str {
        "no llegó la parte de la aplicación que escribe el archivo vinculado (puede que se haya cortado la conexión). Vuelva a intentarlo en un momento."
    }
    fn report_name(&self, n: dew_domain::report::Name) -> String {
        use dew_domain::report::Name as N;
        match n {
            N::Role(r) => keys::role_label(r).into(),
            N::Status(s) => keys::status_name(s).into(),
            N::Level(l) => keys::level_name(l).into(),
            N::Source(s) => capitalize(&keys::results_source(s)),
            N::Outcome(o) => keys::outcome_name(o).into(),
            N::Divide(d) => keys::divide_name(d).into(),
            N::Flag(f) => keys::flag_name(f).into(),
            N::Decision(d) => keys::decision_name(d).into(),
            N::Privacy(p) => keys::privacy_name(p).into(),
            N::Accessibility(a) => keys::accessibility_name(a).into(),
        }
    }
    fn report_file_cell(&self, v: &dew_domain::report::Value) -> Option<String> {
        use dew_domain::report::Value as V;
        match v {
            V::Name(n) => Some(self.report_name(*n)),
            V::Date(d) => Some(keys::date(*d)),
            V::Note(hidden) => Some(format!("# {}", keys::protection_line(*hidden))),
            _ => None,
        }
    }
    fn report_cell(&self, v: &dew_domain::report::Value) -> String {
        use dew_domain::report::Value as V;
        match v {
            V::Rate(r) => keys::percent(*r),
            V::Money(n) => keys::dollars(*n),
            V::Count(n) => keys::grouped(*n),
            V::Points(p) => self.report_points(*p),
            other => self.report_file_cell(other).unwrap_or_else(|| other.plain()),
        }
    }
    fn report_points(&self, x: f64) -> String {
        let p = (x * 100.0).round();
        match p {
            p if p < 0.0 => format!("{} {} por debajo", -p, if p == -1.0 { "punto" } else { "puntos" }),
            p if p > 0.0 => format!("{p} {} por encima", if p == 1.0 { "punto" } else { "puntos" }),
            _ => "sin diferencia".into(),
        }
    }
    fn report_team_makeup(&self, roles: &[(Role, usize)]) -> String {
        let total: usize = roles.iter().map(|(_, n)| n).sum();
        if total == 0 {
            return "Todavía no hay nadie en el equipo.".into();
        }
        let parts: Vec<String> = roles.iter().map(|(r, n)| role_count(*r, *n)).collect();
        let people = if total == 1 { "1 persona".to_string() } else { format!("{total} personas") };
        format!("{people}: {}.", and_list(&parts))
    }
    fn report_plan_headline(&self, goals: usize, by_status: &[(dew_domain::plan::PlanStatus, usize)]) -> String {
        if goals == 0 {
            return "Todavía no hay metas en el plan.".into();
        }
        let parts: Vec<String> = by_status.iter().map(|(s, n)| status_count(*s, *n)).collect();
        let goals = if goals == 1 { "1 meta".to_string() } else { format!("{goals} metas") };
        format!("{goals}: {}.", and_list(&parts))
    }
    fn report_progress_headline(&self, h: dew_domain::report::ProgressHeadline) -> String {
        if h.measures == 0 {
            return keys::progress_no_measures().into();
        }
        let measures = if h.measures == 1 { "medida de éxito" } else { "medidas de éxito" };
        let verb = if h.met_now == 1 { "se cumple" } else { "se cumplen" };
        let now = format!("{} de {} {measures} {verb} en este ciclo", h.met_now, h.measures);
        if h.with_before == 0 {
            return format!("{now}; no hay un ciclo anterior con el cual comparar.");
        }
        let was = if h.met_before == 1 { "se cumplía" } else { "se cumplían" };
        format!("{now}; {} de {} {was} en el ciclo anterior.", h.met_before, h.with_before)
    }
    fn report_measure(&self, indicator: &str, school: Option<&str>, group: Option<&str>) -> String {
        let whom = match (group, school) {
            (Some(g), Some(s)) => format!("para {g} en {s}"),
            (Some(g), None) => format!("para {g} en todo el distrito"),
            (None, Some(s)) => format!("en {s}"),
            (None, None) => "en todo el distrito".into(),
        };
        format!("“{indicator}” {whom}")
    }
    fn report_measure_line(&self, goal: &str, before: Option<&str>, now: &str, target: &str, result: &str) -> String {
        match before {
            Some(b) => format!(
                "{goal}: {b} en el ciclo anterior, {now} ahora, frente a un valor meta de {target} ({}).",
                result.to_lowercase()
            ),
            None => format!("{goal}: {now} ahora, frente a un valor meta de {target} ({}).", result.to_lowercase()),
        }
    }
    fn report_goal_line(
        &self,
        status: &str,
        owner: Option<&str>,
        success: Option<(&str, &str, Option<&str>, &str)>,
    ) -> String {
        let mut out = match owner {
            Some(o) => format!("{status}. Responsable: {}.", o.to_lowercase()),
            None => format!("{status}."),
        };
        if let Some((measure, target, by, result)) = success {
            let by = by.map(|b| format!(" para el {b}")).unwrap_or_default();
            out.push_str(&format!(
                " Medida de éxito: {measure}, con un valor meta de {target}{by} ({}).",
                result.to_lowercase()
            ));
        } else {
            out.push_str(" Todavía no tiene una medida de éxito.");
        }
        out
    }
    fn report_decision(&self, product: &str, decision: &str, rationale: &str, review: Option<&str>) -> String {
        let mut out = format!("{product}: {decision}.");
        if !rationale.trim().is_empty() {
            out.push(' ');
            out.push_str(rationale.trim());
        }
        if let Some(r) = review {
            out.push_str(&format!(" Revisar a más tardar el {r}."));
        }
        out
    }
    fn report_below_target(&self, total: usize, shown: usize) -> String {
        match total {
            0 => "Ningún indicador está por debajo de su nivel meta.".into(),
            1 => "1 indicador está por debajo de su nivel meta:".into(),
            n if shown < n && shown == 1 => {
                format!("{n} indicadores están por debajo de su nivel meta; el que está más por debajo:")
            }
            n if shown < n => {
                format!("{n} indicadores están por debajo de su nivel meta; los {shown} que están más por debajo:")
            }
            n => format!("{n} indicadores están por debajo de su nivel meta:"),
        }
    }
    fn report_prepared(&self, district: &str, cycle: &str, date: &str) -> String {
        format!("{district} · {cycle} · preparado el {date}")
    }
    fn report_summary(&self) -> &'static str {
        "Resumen"
    }
    fn report_summary_team(&self) -> &'static str {
        "Equipo"
    }
    fn report_summary_plan(&self) -> &'static str {
        "Plan"
    }
    fn report_summary_progress(&self) -> &'static str {
        "Avance desde el ciclo anterior"
    }
    fn report_goals_first(&self) -> &'static str {
        "Sus metas:"
    }
    fn report_level_key(&self) -> &'static str {
        "Leyenda de las barras"
    }
    fn report_furthest_below(&self) -> &'static str {
        "Los más alejados del nivel meta"
    }
    fn report_decisions(&self) -> &'static str {
        "Decisiones de este ciclo"
    }
    fn report_no_decisions(&self) -> &'static str {
        "No se registraron decisiones en este ciclo."
    }
    fn report_no_findings(&self) -> &'static str {
        "No se marcó ningún hallazgo."
    }
    fn report_actions(&self) -> &'static str {
        "Acciones"
    }
    fn report_actions_of(&self, goal: &str) -> String {
        format!("Acciones de “{goal}”")
    }
    fn report_column(&self, name: &str) -> String {
        match name {
            "action_status" | "goal_status" => "Estado".into(),
            "no_level" => "Aún sin nivel".into(),
            "previous_cycle" => keys::progress_col_before().into(),
            "this_cycle" => keys::progress_col_now().into(),
            other => keys::column_title(other),
        }
    }
}
