//! Spanish: the `Portfolio` keys (src/ui/i18n/keys.rs has each key's English).

#![allow(unused_imports)]
use super::super::keys;
use super::super::keys::Portfolio;
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

/// "1 herramienta", "3 herramientas": the number with the form Spanish needs.
fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// The first letter in upper case.
fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    c.next().map(|f| f.to_uppercase().collect::<String>() + c.as_str()).unwrap_or_default()
}

/// A decision's name (as a verb, the way the team would say it).
fn decision_name(d: DecisionKind) -> &'static str {
    match d {
        DecisionKind::Adopt => "Adoptar",
        DecisionKind::Retain => "Mantener",
        DecisionKind::Reform => "Reformar la implementación",
        DecisionKind::Replace => "Reemplazar",
        DecisionKind::Retire => "Retirar",
    }
}

/// A column's heading from its export name: "comparison_rate" → "Porcentaje de comparación".
fn column_title(name: &str) -> String {
    let known = match name {
        "role" => "Rol",
        "members" => "Integrantes",
        "names" => "Nombres",
        "indicator" => "Indicador",
        "area" => "Área",
        "level" => "Nivel",
        "source" => "Fuente",
        "target" => "Valor meta",
        "agreed_level" => "Nivel acordado",
        "rationale" => "Justificación",
        "foundational" => "Inicial",
        "developing" => "En desarrollo",
        "established" => "Establecido",
        "advanced" => "Avanzado",
        "no_level" => "Aún sin nivel",
        "median" => "Mediana",
        "divide" => "Brecha",
        "school" => "Escuela",
        "group" => "Grupo",
        "rate" => "Porcentaje",
        "comparison_rate" => "Porcentaje de comparación",
        "gap_points" => "Diferencia (puntos)",
        "gap_low_points" => "Diferencia, límite inferior (puntos)",
        "gap_high_points" => "Diferencia, límite superior (puntos)",
        "flag" => "Señal",
        "goal" => "Meta",
        "goal_status" => "Estado de la meta",
        "owner" => "Responsable",
        "measure" => "Medida",
        "measure_indicator" => "Indicador de la medida",
        "measure_school" => "Escuela de la medida",
        "measure_group" => "Grupo de la medida",
        "by" => "Fecha para lograrlo",
        "result" => "Resultado",
        "action" => "Acción",
        "action_status" => "Estado de la acción",
        "due" => "Fecha límite",
        "budget" => "Presupuesto",
        "previous_cycle" => "Ciclo anterior",
        "this_cycle" => "Este ciclo",
        "product" => "Herramienta",
        "category" => "Categoría",
        "need" => "Necesidad",
        "annual_cost" => "Costo anual",
        "active_users" => "Usuarios activos",
        "licences" => "Licencias",
        "privacy_agreement" => "Acuerdo de privacidad",
        "accessibility" => "Accesibilidad",
        "decision" => "Decisión",
        "review_date" => "Fecha de revisión",
        "contract_end" => "Fin del contrato",
        "start" => "Fecha de inicio",
        _ => "",
    };
    if !known.is_empty() {
        return known.to_string();
    }
    if let Some(base) = name.strip_suffix("_id") {
        return format!("{} (id)", column_title(base));
    }
    if let Some(base) = name.strip_suffix("_iso") {
        return format!("{} (ISO)", column_title(base));
    }
    capitalize(&name.replace('_', " "))
}

impl Portfolio for Es {
    fn portfolio_subnav(&self) -> &'static str {
        "Secciones del portafolio"
    }
    fn portfolio_title(&self) -> &'static str {
        "Portafolio de tecnología"
    }
    fn portfolio_intro(&self) -> &'static str {
        "Cada herramienta que el distrito paga o de la que depende, revisada con criterios de equidad: qué adoptar, mantener, reformar, reemplazar o retirar."
    }
    fn portfolio_inventory(&self) -> &'static str {
        "Inventario"
    }
    fn portfolio_review(&self) -> &'static str {
        "Revisar una herramienta"
    }
    fn portfolio_overview(&self) -> &'static str {
        "Resumen"
    }
    fn portfolio_empty(&self) -> &'static str {
        "Todavía no hay herramientas. Agregue una abajo o importe su hoja de cálculo de inventario en formato CSV."
    }
    fn portfolio_add(&self) -> &'static str {
        "Nombre de la nueva herramienta"
    }
    fn portfolio_add_button(&self) -> &'static str {
        "Agregar herramienta"
    }
    fn portfolio_col_name(&self) -> &'static str {
        "Herramienta"
    }
    fn portfolio_col_category(&self) -> &'static str {
        "Categoría"
    }
    fn portfolio_col_need(&self) -> &'static str {
        "Necesidad que atiende"
    }
    fn portfolio_col_cost(&self) -> &'static str {
        "Costo anual"
    }
    fn portfolio_col_per_user(&self) -> &'static str {
        "Costo por usuario activo"
    }
    fn portfolio_col_per_licence(&self) -> &'static str {
        "Costo por licencia"
    }
    fn portfolio_col_review(&self) -> &'static str {
        "Revisión"
    }
    fn portfolio_col_decision(&self) -> &'static str {
        "Decisión de este ciclo"
    }
    fn portfolio_col_actions(&self) -> &'static str {
        "Acciones"
    }
    fn portfolio_duplicate(&self) -> &'static str {
        "Duplicar"
    }
    fn portfolio_remove(&self) -> &'static str {
        "Quitar"
    }
    fn portfolio_open(&self) -> &'static str {
        "Revisar"
    }
    fn portfolio_removed(&self, name: &str) -> String {
        format!("Se quitó “{name}” y su decisión.")
    }
    fn portfolio_restored(&self, name: &str) -> String {
        format!("Se volvió a agregar “{name}”.")
    }
    fn portfolio_duplicated(&self, name: &str) -> String {
        format!("Se agregó una copia de “{name}”.")
    }
    fn review_progress(&self, done: usize, of: usize) -> String {
        format!("Respondidas: {done} de {of}")
    }
    fn portfolio_no_decision(&self) -> &'static str {
        "Ninguna todavía"
    }
    fn dollars(&self, x: u64) -> String {
        format!("${}", super::super::us_grouped(x))
    }
    fn grouped(&self, n: u64) -> String {
        // es-US sets off thousands as the US does.
        super::super::us_grouped(n)
    }
    fn dollars_f(&self, x: f64) -> String {
        format!("${x:.2}")
    }
    fn portfolio_export(&self) -> &'static str {
        "Descargar el inventario en CSV"
    }
    fn portfolio_import(&self) -> &'static str {
        "Importar un inventario en CSV"
    }
    fn portfolio_import_hint(&self) -> &'static str {
        // The column names the importer reads in Spanish (dew_domain::portfolio::csv::COLUMNS_ES);
        // it reads the English ones too.
        "Una fila por herramienta: si una herramienta tiene el mismo nombre, se actualiza; las demás se agregan. Columnas: nombre, categoría, necesidad, grados, materias, licencias, usuarios_activos, costo_anual, fin_del_contrato, acuerdo_de_privacidad, accesibilidad, nivel_de_evidencia, inicio_de_sesión_único, carga_de_listas, lti, capacitación, metas. También se aceptan los nombres en inglés (name, category, need…), y las respuestas en español o en inglés (sí o yes, no)."
    }
    fn inventory_preview(&self, file: &str, products: usize, updates: usize) -> String {
        let listed = if products == 1 {
            if updates == 1 {
                "ya está en la lista y se actualizará".to_string()
            } else {
                "es nueva y se agregará".to_string()
            }
        } else if updates == 0 {
            "ninguna de ellas está ya en la lista".to_string()
        } else if updates == 1 {
            "1 de ellas ya está en la lista y se actualizará".to_string()
        } else {
            format!("{updates} de ellas ya están en la lista y se actualizarán")
        };
        format!("“{file}” está listo: {}; {listed}.", count(products, "herramienta", "herramientas"))
    }
    fn inventory_errors(&self, file: &str, n: usize) -> String {
        format!("“{file}” no se puede importar: {}. No se cambió nada.", count(n, "problema", "problemas"))
    }
    fn inventory_applied(&self, n: usize) -> String {
        if n == 1 {
            "Se importó 1 herramienta.".to_string()
        } else {
            format!("Se importaron {n} herramientas.")
        }
    }
    fn apply(&self) -> &'static str {
        "Aplicar"
    }
    fn portfolio_error(&self, e: &PortfolioError) -> String {
        match e {
            PortfolioError::EmptyName => "Escriba el nombre de la herramienta.".into(),
            PortfolioError::NoSuchProduct(id) => format!("Ninguna herramienta tiene el id {id}."),
            PortfolioError::DuplicateId(id) => format!("El id de herramienta {id} aparece dos veces."),
            PortfolioError::IdNotBelowNext { id, next } => {
                format!("El id de herramienta {id} no es menor que next_id {next}.")
            }
            PortfolioError::OrphanDecision(id) => {
                format!("Una decisión nombra la herramienta {id}, que no está en el inventario.")
            }
        }
    }
    fn product_choose(&self) -> &'static str {
        "Herramienta"
    }
    fn product_none(&self) -> &'static str {
        "Elija una herramienta del inventario para revisarla."
    }
    fn product_fields(&self) -> &'static str {
        "Datos del inventario"
    }
    fn f_name(&self) -> &'static str {
        "Nombre"
    }
    fn f_category(&self) -> &'static str {
        "Categoría"
    }
    fn f_need(&self) -> &'static str {
        "Necesidad urgente que atiende"
    }
    fn f_grades(&self) -> &'static str {
        "Grados"
    }
    fn f_subjects(&self) -> &'static str {
        "Materias"
    }
    fn f_licences(&self) -> &'static str {
        "Licencias"
    }
    fn f_active(&self) -> &'static str {
        "Usuarios activos"
    }
    fn f_cost(&self) -> &'static str {
        "Costo anual ($)"
    }
    fn f_contract_end(&self) -> &'static str {
        "Fin del contrato"
    }
    fn f_privacy(&self) -> &'static str {
        "Acuerdo de privacidad de los datos de estudiantes"
    }
    fn f_accessibility(&self) -> &'static str {
        "Conformidad con WCAG 2.1 AA documentada (VPAT / ACR)"
    }
    fn f_evidence(&self) -> &'static str {
        "Nivel de evidencia según ESSA"
    }
    fn f_sso(&self) -> &'static str {
        "Inicio de sesión único"
    }
    fn f_rostering(&self) -> &'static str {
        "Estándar de listas de clase (p. ej., OneRoster)"
    }
    fn f_lti(&self) -> &'static str {
        "LTI"
    }
    fn f_training(&self) -> &'static str {
        "Capacitación ofrecida"
    }
    fn f_goals(&self) -> &'static str {
        "Metas y criterios de éxito"
    }
    fn not_a_number(&self) -> &'static str {
        "Escriba un número entero, por ejemplo 1200."
    }
    fn not_a_date(&self) -> &'static str {
        "Escriba una fecha con el formato AAAA-MM-DD, por ejemplo 2027-06-30."
    }
    fn privacy_name(&self, p: Privacy) -> &'static str {
        match p {
            Privacy::Signed => "Firmado",
            Privacy::Missing => "Ninguno (guarda datos de estudiantes)",
            Privacy::NotNeeded => "No hace falta (no guarda datos de estudiantes)",
        }
    }
    fn accessibility_name(&self, a: Accessibility) -> &'static str {
        match a {
            Accessibility::Documented => "Sí",
            Accessibility::Partial => "En parte",
            Accessibility::No => "No",
            Accessibility::Unknown => "No se sabe",
        }
    }
    fn evidence_name(&self, e: Evidence) -> &'static str {
        match e {
            Evidence::Tier1 => "Nivel 1 (sólida)",
            Evidence::Tier2 => "Nivel 2 (moderada)",
            Evidence::Tier3 => "Nivel 3 (prometedora)",
            Evidence::Tier4 => "Nivel 4 (fundamentación)",
            Evidence::NoTier => "Ninguno",
        }
    }
    fn product_review(&self) -> &'static str {
        "Preguntas de revisión"
    }
    fn phase_name(&self, p: Phase) -> &'static str {
        match p {
            Phase::Selection => "Selección",
            Phase::Infrastructure => "Infraestructura",
            Phase::Implementation => "Implementación",
            Phase::Equity => "Equidad (en cada fase)",
            Phase::Evaluation => "Evaluación (en cada fase)",
        }
    }
    fn answer_name(&self, a: Answer) -> &'static str {
        match a {
            Answer::Yes => "Sí",
            Answer::Partly => "En parte",
            Answer::No => "No",
            Answer::NotKnown => "No se sabe",
        }
    }
    fn review_note(&self) -> &'static str {
        "Nota"
    }
    fn product_decision(&self) -> &'static str {
        "Decisión para este ciclo"
    }
    fn decision_kind(&self) -> &'static str {
        "Decisión"
    }
    fn decision_rationale(&self) -> &'static str {
        "Justificación"
    }
    fn decision_review_date(&self) -> &'static str {
        "Fecha de la próxima revisión"
    }
    fn decision_history(&self) -> &'static str {
        "Decisiones de cada ciclo"
    }
    fn decision_name(&self, d: DecisionKind) -> &'static str {
        decision_name(d)
    }
    fn decision_saved(&self, product: &str, d: Option<DecisionKind>) -> String {
        match d {
            Some(d) => format!("Decisión para “{product}”: {}.", decision_name(d)),
            None => format!("Sin decisión para “{product}” en este ciclo."),
        }
    }
    fn usage_heading(&self) -> &'static str {
        "Uso por escuela y grupo"
    }
    fn usage_intro(&self) -> &'static str {
        "Importe el archivo de uso que exporta la herramienta (usuarios activos y usuarios inscritos o con licencia por escuela, y por grupo de estudiantes si el archivo los tiene). Solo se guardan los conteos; el mismo análisis de la página Brechas muestra quién la usa menos."
    }
    fn usage_file(&self) -> &'static str {
        "Archivo CSV de uso"
    }
    fn usage_map(&self) -> &'static str {
        "Qué columna contiene cada dato"
    }
    fn usage_col_school(&self) -> &'static str {
        "Escuela"
    }
    fn usage_col_dimension(&self) -> &'static str {
        "Tipo de grupo de estudiantes"
    }
    fn usage_col_group(&self) -> &'static str {
        "Grupo de estudiantes"
    }
    fn usage_col_active(&self) -> &'static str {
        "Usuarios activos"
    }
    fn usage_col_enrolled(&self) -> &'static str {
        "Usuarios inscritos o con licencia"
    }
    fn usage_not_in_file(&self) -> &'static str {
        "(no está en este archivo)"
    }
    fn usage_check(&self) -> &'static str {
        "Revisar el archivo"
    }
    fn usage_use(&self) -> &'static str {
        "Usar estos conteos"
    }
    fn usage_ready(&self, cells: usize, new_schools: usize) -> String {
        let ready = if cells == 1 { "1 conteo listo".to_string() } else { format!("{cells} conteos listos") };
        let schools = if new_schools == 1 {
            "1 escuela no está en la lista de este ciclo".to_string()
        } else {
            format!("{new_schools} escuelas no están en la lista de este ciclo")
        };
        format!("{ready}; {schools}.")
    }
    fn usage_saved(&self, cells: usize) -> String {
        format!("Conteos de uso guardados: {cells}.")
    }
    fn usage_none(&self) -> &'static str {
        "Todavía no hay datos de uso de esta herramienta."
    }
    fn usage_findings(&self) -> &'static str {
        "Diferencias en el uso"
    }
    fn usage_no_findings(&self) -> &'static str {
        "Ninguna diferencia en el uso es lo bastante grande para señalarla."
    }
    fn usage_table(&self) -> &'static str {
        "Uso por escuela y grupo"
    }
    fn usage_remove(&self) -> &'static str {
        "Quitar los datos de uso"
    }
    fn usage_removed(&self) -> &'static str {
        "Se quitaron los datos de uso."
    }
    fn overview_overlap(&self) -> &'static str {
        "Varias herramientas para la misma necesidad (se podrían consolidar)"
    }
    fn overview_ending(&self) -> &'static str {
        "Contratos que terminan pronto"
    }
    fn overview_window(&self) -> &'static str {
        "En los próximos"
    }
    fn days_label(&self, n: i64) -> String {
        if n == 1 {
            "1 día".to_string()
        } else {
            format!("{n} días")
        }
    }
    fn overview_privacy(&self) -> &'static str {
        "Guardan datos de estudiantes sin un acuerdo de privacidad firmado"
    }
    fn overview_a11y(&self) -> &'static str {
        "Sin conformidad documentada con WCAG 2.1 AA"
    }
    fn overview_evidence(&self) -> &'static str {
        "Sin nivel de evidencia ni metas o criterios de éxito locales"
    }
    fn overview_costs(&self) -> &'static str {
        "Costos"
    }
    fn overview_none(&self) -> &'static str {
        "Ninguna."
    }
    fn ends_on(&self, name: &str, date: &str) -> String {
        format!("{name}: termina el {date}")
    }
    fn portfolio_previous(&self) -> &'static str {
        "Ciclo anterior"
    }
    fn portfolio_import_file(&self) -> &'static str {
        "Archivo CSV de inventario"
    }
    fn portfolio_overview_title(&self) -> &'static str {
        "Resumen del portafolio"
    }
    fn report_title(&self) -> &'static str {
        "Informe para la junta escolar"
    }
    fn report_intro(&self) -> &'static str {
        "Un informe para la junta escolar y la comunidad: solo totales, con los grupos pequeños ocultos para proteger la privacidad. Elija las secciones y luego imprímalo o guárdelo como PDF desde la ventana de impresión."
    }
    fn report_options(&self) -> &'static str {
        "Qué incluye el informe"
    }
    fn report_sections(&self) -> &'static str {
        "Secciones"
    }
    fn report_names(&self) -> &'static str {
        "Mostrar los nombres de los integrantes del equipo (si no, solo los roles)"
    }
    fn report_print(&self) -> &'static str {
        "Imprimir o guardar como PDF"
    }
    fn report_downloads(&self) -> &'static str {
        "Hojas de cálculo"
    }
    fn report_xlsx(&self) -> &'static str {
        "Descargar el libro de Excel (.xlsx)"
    }
    fn report_xlsx_preparing(&self) -> &'static str {
        "Preparando el libro de Excel…"
    }
    fn report_xlsx_failed(&self, why: &str) -> String {
        format!("No se pudo crear el libro de Excel ({why}). Los archivos CSV de arriba contienen las mismas tablas.")
    }
    fn report_export_note(&self) -> &'static str {
        "El libro de Excel y los archivos CSV contienen las secciones elegidas, con los grupos pequeños ocultos. La copia de seguridad completa de la página Datos y copias de seguridad es la única exportación con los conteos sin ocultar: no la comparta fuera del equipo."
    }
    fn report_csv_button(&self, what: &str) -> String {
        format!("{what} (CSV)")
    }
    fn report_generated(&self, district: &str, cycle: &str, date: &str) -> String {
        format!("{district} · {cycle} · preparado el {date}")
    }
    fn section_name(&self, s: Section) -> &'static str {
        match s {
            Section::Team => "El equipo",
            Section::Assessment => "Resultados de la autoevaluación",
            Section::Findings => "Principales hallazgos por brecha",
            Section::Plan => "Plan de acción",
            Section::Progress => "Avance respecto al ciclo anterior",
            Section::Portfolio => "Decisiones sobre el portafolio de tecnología",
        }
    }
    fn report_no_sections(&self) -> &'static str {
        "Elija al menos una sección."
    }
    fn report_empty_table(&self) -> &'static str {
        "Todavía no hay nada que informar."
    }
    fn table_title(&self, name: &str) -> &'static str {
        match name {
            "team" => "Roles en el equipo",
            "areas" => "Niveles por área",
            "divides" => "Niveles por brecha",
            "ratings" => "Calificaciones por indicador",
            "consensus" => "Niveles acordados",
            "findings" => "Hallazgos",
            "plan" => "Metas y acciones",
            "progress" => "Medidas de éxito",
            "portfolio" => "Herramientas y decisiones",
            _ => "Tabla",
        }
    }
    fn column_title(&self, name: &str) -> String {
        column_title(name)
    }
    fn data_merge_confirm(&self) -> &'static str {
        "Combinar con este espacio de trabajo…"
    }
    fn data_merge_heading(&self) -> &'static str {
        "Qué haría la combinación"
    }
    fn data_merge_intro(&self) -> &'static str {
        "Los elementos que solo están en el archivo se agregan. Los que están en ambos lados pero no son iguales son conflictos: elija, en cada sección, qué versión conservar. No se borra nada suyo, y el espacio de trabajo tal como está ahora se guarda abajo como punto de restauración."
    }
    fn data_merge_col_cycle(&self) -> &'static str {
        "Ciclo"
    }
    fn data_merge_col_section(&self) -> &'static str {
        "Sección"
    }
    fn data_merge_col_added(&self) -> &'static str {
        "Agregados"
    }
    fn data_merge_col_same(&self) -> &'static str {
        "Sin cambios"
    }
    fn data_merge_col_conflicts(&self) -> &'static str {
        "Conflictos"
    }
    fn data_merge_new_cycle(&self) -> &'static str {
        "(ciclo nuevo)"
    }
    fn data_merge_apply(&self) -> &'static str {
        "Combinar"
    }
    fn merge_section_name(&self, s: MergeSection) -> &'static str {
        match s {
            MergeSection::Team => "Integrantes del equipo",
            MergeSection::Ratings => "Calificaciones y niveles acordados",
            MergeSection::Data => "Celdas de datos de las brechas",
            MergeSection::Plan => "Plan y reflexiones",
            MergeSection::Portfolio => "Herramientas",
        }
    }
    fn merge_side_name(&self, s: Side) -> &'static str {
        match s {
            Side::Mine => "Conservar la mía",
            Side::Theirs => "Usar la del archivo",
        }
    }
    fn merge_choice_legend(&self, section: &str) -> String {
        format!("Conflictos: {section}")
    }
    fn data_merged(&self, district: &str) -> String {
        format!(
            "Se combinó con {district}. El estado anterior a la combinación se guarda abajo como punto de restauración."
        )
    }
    fn data_restore(&self) -> &'static str {
        "Restaurar"
    }
    fn data_restore_question(&self, when: &str) -> String {
        format!(
            "¿Restaurar la copia del {when}? Antes, el espacio de trabajo tal como está ahora se guarda como punto de restauración."
        )
    }
    fn data_restore_yes(&self) -> &'static str {
        "Sí, restaurarla"
    }
    fn data_restored_copy(&self, when: &str) -> String {
        format!("Se restauró la copia del {when}.")
    }
    fn consensus_cleared(&self, l: dew_domain::assessment::content::Level) -> String {
        format!("Se quitó el nivel acordado ({}).", keys::level_name(l))
    }
    fn overview_portfolio_step(&self) -> &'static str {
        "Revisar el portafolio de tecnología: adoptar, mantener o retirar"
    }
    fn overview_report_step(&self) -> &'static str {
        "Preparar el informe para la junta escolar"
    }
    fn lock_screen_title(&self) -> &'static str {
        "Este espacio de trabajo está bloqueado"
    }
    fn lock_screen_text(&self) -> &'static str {
        "El espacio de trabajo guardado en este dispositivo está cifrado con una frase de acceso. Escríbala para abrir el espacio de trabajo. Hasta entonces, no se muestra ni se cambia nada."
    }
    fn lock_passphrase(&self) -> &'static str {
        "Frase de acceso"
    }
    fn lock_unlock(&self) -> &'static str {
        "Desbloquear"
    }
    fn lock_opening(&self) -> &'static str {
        "Abriendo… comprobar la frase de acceso tarda uno o dos segundos."
    }
    fn lock_enter_passphrase(&self) -> &'static str {
        "Escriba la frase de acceso."
    }
    fn lock_wrong(&self) -> &'static str {
        "Esa frase de acceso no abre este espacio de trabajo. No se cambió nada. Revise cómo la escribió y la tecla de mayúsculas (Bloq Mayús), y vuelva a intentarlo."
    }
    fn lock_damaged(&self) -> &'static str {
        "La frase de acceso es correcta, pero los datos bloqueados están dañados o fueron alterados y no se pueden abrir. No se sobrescribió nada."
    }
    fn lock_damaged_next(&self) -> &'static str {
        "Descargue los datos bloqueados para conservarlos; luego apártelos (abajo) y restaure su copia de seguridad más reciente (Datos y copias de seguridad)."
    }
    fn lock_inner_unreadable(&self, reason: &str) -> String {
        format!(
            "La frase de acceso es correcta, pero el espacio de trabajo que contiene no se puede leer: {reason} No se sobrescribió nada."
        )
    }
    fn lock_forgot_heading(&self) -> &'static str {
        "¿Olvidó la frase de acceso?"
    }
    fn lock_forgot_text(&self) -> &'static str {
        "Una frase de acceso olvidada no se puede recuperar ni restablecer: nadie, ni siquiera nosotros, puede abrir los datos sin ella. Si tiene un archivo de copia de seguridad, puede apartar los datos bloqueados (se conservan, todavía cifrados; no se borran) y restaurar la copia de seguridad en la página Datos y copias de seguridad."
    }
    fn lock_download_locked(&self) -> &'static str {
        "Descargar los datos bloqueados (todavía cifrados)"
    }
    fn lock_set_aside(&self) -> &'static str {
        "Apartar los datos bloqueados y empezar de nuevo…"
    }
    fn lock_set_aside_q(&self) -> &'static str {
        "¿Apartar el espacio de trabajo bloqueado? Se queda en este dispositivo, cifrado, y luego se puede abrir un espacio de trabajo nuevo o restaurado."
    }
    fn lock_set_aside_yes(&self) -> &'static str {
        "Sí, apartarlo"
    }
    fn lock_settings_heading(&self) -> &'static str {
        "Bloqueo con frase de acceso"
    }
    fn lock_settings_text(&self) -> &'static str {
        "En un Chromebook compartido, una frase de acceso impide que otras personas que usan este navegador lean el espacio de trabajo. El espacio de trabajo y sus copias apartadas se guardan entonces cifrados (AES-GCM, con una clave que se obtiene de la frase de acceso mediante PBKDF2-SHA-256 con 600,000 iteraciones). La clave solo queda en la memoria de esta pestaña y se olvida cuando usted bloquea o cierra la pestaña."
    }
    fn lock_forget_warning(&self) -> &'static str {
        "Si olvida la frase de acceso, nadie podrá recuperar los datos. Guarde un archivo de copia de seguridad (Datos y copias de seguridad) en un lugar seguro, como una unidad cifrada o un lugar sin conexión aprobado por el distrito."
    }
    fn lock_needs_workspace(&self) -> &'static str {
        "Primero cree o abra un espacio de trabajo; luego podrá bloquearlo con una frase de acceso."
    }
    fn lock_state_off(&self) -> &'static str {
        "No hay ninguna frase de acceso: el espacio de trabajo se guarda sin cifrar en este navegador."
    }
    fn lock_state_on(&self) -> &'static str {
        "Hay una frase de acceso: el espacio de trabajo se guarda cifrado y está abierto en esta pestaña."
    }
    fn lock_new(&self) -> &'static str {
        "Nueva frase de acceso"
    }
    fn lock_new_hint(&self) -> &'static str {
        "Al menos 8 caracteres. Una oración corta es más fácil de recordar y más difícil de adivinar."
    }
    fn lock_repeat(&self) -> &'static str {
        "Repita la nueva frase de acceso"
    }
    fn lock_current(&self) -> &'static str {
        "Frase de acceso actual"
    }
    fn lock_too_short(&self) -> &'static str {
        "La frase de acceso debe tener al menos 8 caracteres."
    }
    fn lock_mismatch(&self) -> &'static str {
        "Las dos frases de acceso no coinciden."
    }
    fn lock_set(&self) -> &'static str {
        "Bloquear con esta frase de acceso"
    }
    fn lock_auto(&self) -> &'static str {
        "Bloquear automáticamente tras este tiempo sin uso"
    }
    fn auto_lock_choice(&self, m: Option<u32>) -> String {
        match m {
            None => "Nunca".into(),
            Some(1) => "1 minuto".into(),
            Some(m) => format!("{m} minutos"),
        }
    }
    fn lock_auto_saved(&self, m: Option<u32>) -> String {
        match m {
            None => "Este dispositivo no bloqueará el espacio de trabajo automáticamente.".into(),
            Some(1) => "Este dispositivo bloqueará el espacio de trabajo después de 1 minuto sin uso.".into(),
            Some(m) => format!("Este dispositivo bloqueará el espacio de trabajo después de {m} minutos sin uso."),
        }
    }
    fn lock_change(&self) -> &'static str {
        "Cambiar la frase de acceso"
    }
    fn lock_change_confirm(&self) -> &'static str {
        "Cambiar la frase de acceso"
    }
    fn lock_remove(&self) -> &'static str {
        "Quitar la frase de acceso"
    }
    fn lock_remove_text(&self) -> &'static str {
        "El espacio de trabajo y sus copias apartadas volverán a guardarse sin cifrar."
    }
    fn lock_remove_confirm(&self) -> &'static str {
        "Quitar la frase de acceso"
    }
    fn lock_working(&self) -> &'static str {
        "Procesando… el cifrado tarda uno o dos segundos."
    }
    fn lock_done(&self, removed: bool, changed: bool, failed: usize) -> String {
        let what = if removed {
            "Se quitó la frase de acceso: el espacio de trabajo se guarda sin cifrar."
        } else if changed {
            "Se cambió la frase de acceso."
        } else {
            "El espacio de trabajo ahora está bloqueado con su frase de acceso y se guarda cifrado."
        };
        if failed == 0 {
            what.into()
        } else if failed == 1 {
            format!("{what} No se pudo reescribir 1 copia apartada, que queda como estaba.")
        } else {
            format!("{what} No se pudieron reescribir {failed} copias apartadas, que quedan como estaban.")
        }
    }
    fn lock_choose_tab_first(&self) -> &'static str {
        "Primero elija de qué pestaña conservar la versión (vea el mensaje en la parte superior de la página)."
    }
    fn lock_save_failed(&self, reason: &str) -> String {
        format!(
            "El espacio de trabajo no se bloqueó porque no se pudo guardar: {reason} Sigue abierto aquí y no se perdió nada."
        )
    }
    fn lock_cannot_check(&self) -> &'static str {
        "No se puede leer el espacio de trabajo guardado para comprobar la frase de acceso."
    }
    fn lock_no_workspace(&self) -> &'static str {
        "No hay ningún espacio de trabajo abierto."
    }
    fn lock_copy_other_passphrase(&self) -> &'static str {
        "Esta copia está bloqueada con otra frase de acceso, así que no se puede restaurar aquí. Aun así, puede descargarla."
    }
    fn privacy_key_auto_lock(&self) -> &'static str {
        "Cuántos minutos sin uso deben pasar antes de que este dispositivo bloquee el espacio de trabajo (una preferencia, sin datos del distrito)."
    }
}
