//! Spanish: the `Assessment` keys (src/ui/i18n/keys.rs has each key's English).

#![allow(unused_imports)]
use super::super::keys::Assessment;
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

impl Assessment for Es {
    fn consensus_agree_heading(&self) -> &'static str {
        "Consenso"
    }
    fn overview_assess_step(&self) -> &'static str {
        "Calificar la situación actual del distrito"
    }
    fn overview_consensus_step(&self) -> &'static str {
        "Reunir a las personas que califican y llegar a un acuerdo"
    }
    fn overview_results_step(&self) -> &'static str {
        "Ver los resultados: fortalezas y prioridades"
    }
    fn rated_of(&self, rated: usize, total: usize) -> String {
        if total == 1 {
            format!("{rated} de 1 calificado")
        } else {
            format!("{rated} de {total} calificados")
        }
    }
    fn overview_consensus_progress(&self, raters: usize, agreed: usize, disagreements: usize) -> String {
        let raters = if raters == 1 {
            "Se importaron las calificaciones de 1 persona más".to_string()
        } else {
            format!("Se importaron las calificaciones de {raters} personas más")
        };
        let agreed = if agreed == 1 {
            "1 nivel acordado registrado".to_string()
        } else {
            format!("{agreed} niveles acordados registrados")
        };
        let disagreements = if disagreements == 1 {
            "1 desacuerdo pendiente".to_string()
        } else {
            format!("{disagreements} desacuerdos pendientes")
        };
        format!("{raters}; hay {agreed} y {disagreements}.")
    }
    fn level_name(&self, l: Level) -> &'static str {
        level_es(l)
    }
    fn divide_name(&self, d: Divide) -> &'static str {
        match d {
            Divide::Access => "Brecha de acceso",
            Divide::Use => "Brecha de uso",
            Divide::Design => "Brecha de diseño",
        }
    }
    fn step_name(&self, s: Step) -> &'static str {
        match s {
            Step::Hop => "Brinco (un paso pequeño)",
            Step::Skip => "Salto (un paso más grande)",
            Step::Leap => "Gran salto (un cambio grande)",
        }
    }
    fn assess_title(&self) -> &'static str {
        "Autoevaluación"
    }
    fn assess_intro(&self) -> &'static str {
        "Para cada indicador, elija el nivel que mejor describe al distrito hoy, el nivel al que quieren llegar y el siguiente paso. Use las teclas de flecha para moverse entre los niveles. Todo se guarda a medida que avanza."
    }
    fn assess_areas(&self) -> &'static str {
        "Áreas"
    }
    fn assess_overall(&self, rated: usize, total: usize) -> String {
        if total == 1 {
            format!("{rated} de 1 indicador calificado")
        } else {
            format!("{rated} de {total} indicadores calificados")
        }
    }
    fn assess_next_unrated(&self) -> &'static str {
        "Ir al siguiente indicador sin calificar"
    }
    fn assess_all_rated(&self) -> &'static str {
        "Todos los indicadores están calificados. Vea los resultados o incorpore las calificaciones de otras personas en la página Consenso."
    }
    fn assess_current_legend(&self) -> &'static str {
        "¿Dónde estamos ahora?"
    }
    fn assess_not_yet_known(&self) -> &'static str {
        "Aún no se sabe"
    }
    fn assess_not_yet_known_hint(&self) -> &'static str {
        "Necesitamos averiguarlo antes de poder decirlo."
    }
    fn assess_target_legend(&self) -> &'static str {
        "¿Dónde queremos estar?"
    }
    fn assess_evidence_label(&self) -> &'static str {
        "Nota sobre la evidencia"
    }
    fn assess_evidence_suggested(&self) -> &'static str {
        "Evidencia sugerida"
    }
    fn assess_step_legend(&self) -> &'static str {
        "Siguiente paso"
    }
    fn assess_step_note_label(&self) -> &'static str {
        "Describa el siguiente paso"
    }
    fn assess_clear(&self) -> &'static str {
        "Borrar esta calificación"
    }
    fn assess_divides(&self) -> &'static str {
        "Se relaciona con"
    }
    fn indicator_number(&self, n: usize, total: usize) -> String {
        format!("Indicador {n} de {total} en esta área")
    }
    fn rater_export_heading(&self) -> &'static str {
        "Comparta sus calificaciones en un archivo"
    }
    fn rater_export_text(&self) -> &'static str {
        "Si su equipo califica por separado, cada integrante exporta un archivo de calificaciones y se lo envía a la persona facilitadora, quien los importa en la página Consenso. El archivo contiene sus calificaciones, su nombre y su rol, el distrito y el ciclo."
    }
    fn rater_name_label(&self) -> &'static str {
        "Su nombre, tal como lo verá la persona facilitadora"
    }
    fn rater_role_label(&self) -> &'static str {
        "Su rol"
    }
    fn rater_export_button(&self) -> &'static str {
        "Descargar mi archivo de calificaciones"
    }
    fn rater_name_required(&self) -> &'static str {
        "Escriba un nombre para que la persona facilitadora pueda distinguir a las personas que califican."
    }
    fn rater_nothing_rated(&self) -> &'static str {
        "Califique al menos un indicador antes de exportar un archivo de calificaciones."
    }
    fn consensus_title(&self) -> &'static str {
        "Consenso"
    }
    fn consensus_intro(&self) -> &'static str {
        "Cada persona califica por separado y luego el equipo se reúne para llegar a un acuerdo. Importe los archivos de calificaciones de todos, revise en qué no coinciden y registre el nivel que acuerda el equipo, con su justificación. Las calificaciones propias de cada persona se conservan."
    }
    fn consensus_import_heading(&self) -> &'static str {
        "Importar archivos de calificaciones"
    }
    fn consensus_import_label(&self) -> &'static str {
        "Archivos de calificaciones"
    }
    fn consensus_import_hint(&self) -> &'static str {
        "Elija uno o más archivos de calificaciones .json. Si importa un archivo más reciente de la misma persona, este reemplaza sus calificaciones anteriores."
    }
    fn consensus_raters_heading(&self) -> &'static str {
        "Personas que califican"
    }
    fn consensus_no_raters(&self) -> &'static str {
        "Todavía no se ha importado ningún archivo de calificaciones. Sus propias calificaciones de la página Autoevaluación se incluyen como “Usted”."
    }
    fn consensus_raters_region(&self) -> &'static str {
        "Tabla de personas que califican"
    }
    fn consensus_you(&self) -> &'static str {
        "Usted (este dispositivo)"
    }
    fn consensus_col_rater(&self) -> &'static str {
        "Persona que califica"
    }
    fn consensus_col_role(&self) -> &'static str {
        "Rol"
    }
    fn consensus_col_rated(&self) -> &'static str {
        "Indicadores calificados"
    }
    fn consensus_col_exported(&self) -> &'static str {
        "Archivo exportado"
    }
    fn consensus_col_actions(&self) -> &'static str {
        "Acciones"
    }
    fn consensus_remove(&self) -> &'static str {
        "Quitar"
    }
    fn consensus_remove_label(&self, name: &str) -> String {
        format!("Quitar las calificaciones de {name}")
    }
    fn consensus_removed(&self, name: &str) -> String {
        format!("Se quitaron las calificaciones de {name}.")
    }
    fn consensus_undo(&self) -> &'static str {
        "Deshacer"
    }
    fn consensus_only_disagreements(&self) -> &'static str {
        "Mostrar solo los indicadores en los que las calificaciones difieren en dos niveles o más"
    }
    fn consensus_no_levels(&self) -> &'static str {
        "Todavía nadie ha indicado un nivel."
    }
    fn consensus_disagree(&self) -> &'static str {
        "Desacuerdo: dos niveles o más de diferencia"
    }
    fn consensus_spread(&self, lo: Level, hi: Level) -> String {
        if lo == hi {
            format!("Todas las calificaciones: {}", level_es(lo))
        } else {
            format!("De {} a {}", level_es(lo), level_es(hi))
        }
    }
    fn consensus_levels_caption(&self) -> &'static str {
        "Nivel de cada persona que califica"
    }
    fn consensus_col_level(&self) -> &'static str {
        "Nivel"
    }
    fn consensus_not_yet_known(&self) -> &'static str {
        "Aún no se sabe"
    }
    fn consensus_agreed_label(&self) -> &'static str {
        "Nivel acordado"
    }
    fn consensus_choose_level(&self) -> &'static str {
        "Elija el nivel acordado"
    }
    fn consensus_rationale_label(&self) -> &'static str {
        "Por qué el equipo eligió este nivel"
    }
    fn consensus_save(&self) -> &'static str {
        "Registrar el acuerdo"
    }
    fn consensus_clear(&self) -> &'static str {
        "Quitar el acuerdo"
    }
    fn consensus_recorded(&self, level: Level) -> String {
        format!("Nivel acordado: {}", level_es(level))
    }
    fn consensus_level_required(&self) -> &'static str {
        "Elija el nivel que acordó el equipo."
    }
    fn consensus_file_added(&self, file: &str, name: &str) -> String {
        format!("“{file}”: se agregaron las calificaciones de {name}.")
    }
    fn consensus_file_replaced(&self, file: &str, name: &str) -> String {
        format!("“{file}”: las calificaciones anteriores de {name} se reemplazaron con este archivo más reciente.")
    }
    fn consensus_file_kept(&self, file: &str, name: &str) -> String {
        format!("“{file}”: no se importó; ya hay aquí un archivo más reciente o idéntico de {name}.")
    }
    fn consensus_file_failed(&self, file: &str, why: &str) -> String {
        format!("“{file}” no se importó: {why} No se cambió nada.")
    }
    fn consensus_other_cycle(&self, file: &str, name: &str, theirs: &str, ours: &str) -> String {
        format!(
            "“{file}”: {name} calificó el ciclo {theirs}, pero este es el ciclo {ours}. ¿Desea importarlo de todos modos en el ciclo {ours}?"
        )
    }
    fn consensus_import_anyway(&self) -> &'static str {
        "Importar de todos modos"
    }
    fn consensus_skip(&self) -> &'static str {
        "Omitir este archivo"
    }
    fn rater_file_error(&self, e: &RaterFileError) -> String {
        match e {
            RaterFileError::NotJson { line, column, .. } => {
                format!("el texto está dañado en la línea {line}, columna {column}.")
            }
            RaterFileError::NotRaterFile => "no es un archivo de calificaciones de esta aplicación.".into(),
            RaterFileError::Format(v) => format!(
                "usa la versión {v} del formato de archivo de calificaciones, que esta versión de la aplicación no puede leer."
            ),
            RaterFileError::Invalid { path, message } => format!("el campo {path} no es válido ({message})."),
            RaterFileError::OtherDistrict { found, expected } => format!("es para “{found}”, no para “{expected}”."),
            RaterFileError::OtherContent { found, expected } => format!(
                "se calificó con otra versión de los indicadores ({found}; esta aplicación tiene la {expected})."
            ),
            RaterFileError::OwnFile => {
                "es el archivo de calificaciones de este mismo dispositivo; sus calificaciones ya están aquí.".into()
            }
        }
    }
    fn results_title(&self) -> &'static str {
        "Resultados"
    }
    fn results_intro(&self) -> &'static str {
        "Cada indicador cuenta con el nivel que acordó el equipo o, si todavía no hay acuerdo, con la mediana de los niveles de las personas que califican (si las calificaciones se dividen en partes iguales, se toma el nivel más bajo)."
    }
    fn results_empty(&self) -> &'static str {
        "Todavía no hay nada calificado."
    }
    fn go_assess(&self) -> &'static str {
        "Comenzar la autoevaluación"
    }
    fn go_targets(&self) -> &'static str {
        "Fijar niveles meta en la autoevaluación"
    }
    fn go_divide_data(&self) -> &'static str {
        "Agregar datos de las brechas"
    }
    fn go_plan(&self) -> &'static str {
        "Abrir el plan"
    }
    fn go_cycles(&self) -> &'static str {
        "Ciclos, en la página Inicio"
    }
    fn results_by_area(&self) -> &'static str {
        "Por área"
    }
    fn results_by_divide(&self) -> &'static str {
        "Por brecha"
    }
    fn results_strengths(&self) -> &'static str {
        "Fortalezas"
    }
    fn results_strengths_none(&self) -> &'static str {
        "Todavía ningún indicador está en el nivel Establecido o Avanzado."
    }
    fn results_priorities(&self) -> &'static str {
        "Prioridades"
    }
    fn results_priorities_none(&self) -> &'static str {
        "Todavía ningún indicador tiene un nivel meta por encima de su nivel actual."
    }
    fn results_no_level(&self) -> &'static str {
        "Aún sin nivel"
    }
    fn results_col_area(&self) -> &'static str {
        "Área"
    }
    fn results_col_divide(&self) -> &'static str {
        "Brecha"
    }
    fn results_col_median(&self) -> &'static str {
        "Nivel (mediana)"
    }
    fn results_col_below(&self) -> &'static str {
        "Por debajo del nivel meta"
    }
    fn results_col_gap(&self) -> &'static str {
        "Diferencia promedio con el nivel meta (niveles)"
    }
    fn results_none(&self) -> &'static str {
        // A dash for an empty cell: the same in every language.
        "—"
    }
    fn results_chart_label(&self, area: &str) -> String {
        format!("Niveles de los indicadores de {area}; la tabla de abajo muestra los mismos números.")
    }
    fn results_table_caption(&self, area: &str) -> String {
        format!("{area}: indicadores en cada nivel")
    }
    fn results_source(&self, s: Source) -> String {
        source_es(s)
    }
    fn results_gap(&self, level: Level, target: Level, source: Source) -> String {
        format!("Hoy: {} ({}); nivel meta: {}", level_es(level), source_es(source), level_es(target))
    }
    fn results_strength(&self, level: Level, source: Source) -> String {
        format!("{} ({})", level_es(level), source_es(source))
    }
    fn mean_gap(&self, g: Option<f64>) -> String {
        match g {
            // es-US writes decimals with a point, as in English.
            Some(g) => format!("{:.1}", g),
            None => "—".into(),
        }
    }
}

/// A level's name, as an adjective of "nivel" (masculine).
fn level_es(l: Level) -> &'static str {
    match l {
        Level::Foundational => "Inicial",
        Level::Developing => "En desarrollo",
        Level::Established => "Establecido",
        Level::Advanced => "Avanzado",
    }
}

/// Where an indicator's level comes from: the team's agreement, or the raters' median.
fn source_es(s: Source) -> String {
    match s {
        Source::Consensus => "acordado por el equipo".into(),
        Source::Median(1) => "una sola calificación".into(),
        Source::Median(n) => format!("mediana de {n} calificaciones"),
    }
}
