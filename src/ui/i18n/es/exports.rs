//! Spanish: the `Exports` keys (src/ui/i18n/keys.rs has each key's English): the headers, sheet
//! names, file names and words of the exported files. Stable columns (`*_id`, `*_iso`) keep
//! their names, as in English, so files made in either language line up by them. The headers
//! of the files that are read back (divide data, inventory) are the domain's
//! (`dew_domain::divides::csv_import::COLUMNS_ES`, `dew_domain::portfolio::csv::COLUMNS_ES`).

use super::super::keys;
use super::super::keys::Exports;
use super::Es;
use dew_domain::divides::analysis::{CompareWith, Flag};
use dew_domain::language::Lang;

/// Each export column's Spanish header, by its export name: the report's tables
/// (`dew_domain::report`) and the findings CSV (`dew_domain::divides::export::CSV_COLUMNS`).
static COLUMNS_ES: &[(&str, &str)] = &[
    // The report's tables.
    ("role", "rol"),
    ("members", "integrantes"),
    ("names", "nombres"),
    ("indicator", "indicador"),
    ("area", "área"),
    ("level", "nivel"),
    ("source", "fuente"),
    ("target", "valor_meta"),
    ("agreed_level", "nivel_acordado"),
    ("rationale", "justificación"),
    ("foundational", "inicial"),
    ("developing", "en_desarrollo"),
    ("established", "establecido"),
    ("advanced", "avanzado"),
    ("no_level", "sin_nivel"),
    ("median", "mediana"),
    ("divide", "brecha"),
    ("school", "escuela"),
    ("group", "grupo"),
    ("rate", "porcentaje"),
    ("comparison_rate", "porcentaje_de_comparación"),
    ("gap_points", "diferencia_en_puntos"),
    ("gap_low_points", "diferencia_inferior_en_puntos"),
    ("gap_high_points", "diferencia_superior_en_puntos"),
    ("flag", "señal"),
    ("goal", "meta"),
    ("goal_status", "estado_de_la_meta"),
    ("owner", "responsable"),
    ("measure", "medida"),
    ("measure_school", "escuela_de_la_medida"),
    ("measure_group", "grupo_de_la_medida"),
    ("by", "fecha_para_lograrlo"),
    ("result", "resultado"),
    ("action", "acción"),
    ("action_status", "estado_de_la_acción"),
    ("due", "fecha_límite"),
    ("budget", "presupuesto"),
    ("previous_cycle", "ciclo_anterior"),
    ("this_cycle", "este_ciclo"),
    ("product", "herramienta"),
    ("category", "categoría"),
    ("need", "necesidad"),
    ("annual_cost", "costo_anual"),
    ("active_users", "usuarios_activos"),
    ("privacy_agreement", "acuerdo_de_privacidad"),
    ("accessibility", "accesibilidad"),
    ("decision", "decisión"),
    ("review_date", "fecha_de_revisión"),
    // The findings CSV (the columns it shares with the report are above).
    ("dimension", "dimensión"),
    ("numerator", "numerador"),
    ("denominator", "denominador"),
    ("wilson_low", "wilson_inferior"),
    ("wilson_high", "wilson_superior"),
    ("comparison", "comparación"),
    ("gap", "diferencia"),
    ("gap_low", "diferencia_inferior"),
    ("gap_high", "diferencia_superior"),
    ("ratio", "razón"),
    ("q_value", "valor_q"),
    ("students_affected", "estudiantes_afectados"),
    ("students_low", "estudiantes_inferior"),
    ("students_high", "estudiantes_superior"),
    ("statements", "enunciados"),
    ("suppressed", "oculto"),
];

/// The report's sheets in Spanish, by table name (each 31 characters or fewer).
static SHEETS_ES: &[(&str, &str)] = &[
    ("team", "equipo"),
    ("areas", "áreas"),
    ("divides", "brechas"),
    ("ratings", "calificaciones"),
    ("consensus", "consenso"),
    ("findings", "hallazgos"),
    ("plan", "plan"),
    ("progress", "avance"),
    ("portfolio", "portafolio"),
];

/// A stable column (an id, an ISO date) keeps its export name in every language.
fn is_stable(name: &str) -> bool {
    name.ends_with("_id") || name.ends_with("_iso")
}

impl Exports for Es {
    fn file_lang(&self) -> Lang {
        Lang::Es
    }
    fn file_column(&self, name: &str) -> String {
        if is_stable(name) {
            return name.to_string();
        }
        COLUMNS_ES.iter().find(|(en, _)| *en == name).map_or(name, |(_, es)| es).to_string()
    }
    fn file_sheet(&self, name: &str) -> String {
        SHEETS_ES.iter().find(|(en, _)| *en == name).map_or(name, |(_, es)| es).to_string()
    }
    fn findings_file_comparison(&self, with: &CompareWith) -> String {
        match with {
            CompareWith::OtherStudents => "otros estudiantes".into(),
            CompareWith::OtherSchools => "otras escuelas".into(),
            CompareWith::Overall => "en general".into(),
            // Ids, as in English.
            CompareWith::Group(g) => format!("grupo {g}"),
            CompareWith::School(s) => format!("escuela {s}"),
        }
    }
    fn findings_file_flag(&self, f: Flag) -> String {
        match f {
            Flag::Priority => "prioridad",
            Flag::Watch => "en observación",
        }
        .into()
    }
    fn findings_file_fewer_than(&self, n: u64) -> String {
        format!("menos de {n}")
    }
    fn findings_file_complementary(&self) -> String {
        "oculto para proteger a un grupo pequeño".into()
    }
    fn findings_file_not_hidden(&self) -> String {
        "no".into()
    }
    fn findings_file_note(&self, hidden: usize) -> String {
        // The page's line, without its final period (the English file has none).
        keys::protection_line(hidden).trim_end_matches('.').to_string()
    }
    fn template_file_name(&self) -> &'static str {
        "plantilla-datos-de-brechas.csv"
    }
    fn inventory_file_name(&self) -> &'static str {
        "inventario-de-tecnologia.csv"
    }
}
