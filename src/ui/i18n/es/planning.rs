//! Spanish: the `Planning` keys (src/ui/i18n/keys.rs has each key's English).

#![allow(unused_imports)]
use super::super::keys;
use super::super::keys::Planning;
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

/// What a `PlanError::Empty` names ("goal", "action"), with its article, for "un título para …".
fn item_with_article(what: &str) -> Option<&'static str> {
    match what {
        "goal" => Some("la meta"),
        "action" => Some("la acción"),
        _ => None,
    }
}

impl Planning for Es {
    fn target_by(&self, target: &str, by: Option<Date>) -> String {
        match by {
            Some(d) => format!("{target} para el {}", keys::date(d)),
            None => target.to_string(),
        }
    }
    fn header_cycle_select(&self) -> &'static str {
        "Ciclo"
    }
    fn cycle_switch(&self) -> &'static str {
        "Cambiar"
    }
    fn cycle_switched(&self, label: &str) -> String {
        format!("Ahora se muestra el ciclo {label}. Los cambios se guardan en ese ciclo.")
    }
    fn cycle_already(&self, label: &str) -> String {
        format!("Ya se muestra el ciclo {label}.")
    }
    fn cycles_heading(&self) -> &'static str {
        "Ciclos"
    }
    fn cycles_intro(&self) -> &'static str {
        "Un ciclo es un año escolar. Los ciclos anteriores se pueden seguir consultando, y la página Avance los compara."
    }
    fn cycles_next_label(&self) -> &'static str {
        "Nombre del próximo ciclo"
    }
    fn cycles_start(&self) -> &'static str {
        "Iniciar el próximo ciclo…"
    }
    fn cycles_confirm(&self, label: &str, from: &str) -> String {
        format!("¿Iniciar {label} a partir de {from}? Se copian el equipo, el plan con sus estados, el inventario de tecnología con sus revisiones y la lista de escuelas y agrupaciones. Las calificaciones, las reflexiones y los conteos empiezan vacíos, y las decisiones del portafolio se toman de nuevo. {from} queda tal como está.")
    }
    fn cycles_confirm_yes(&self) -> &'static str {
        "Sí, iniciarlo"
    }
    fn cancel(&self) -> &'static str {
        "Cancelar"
    }
    fn cycles_started(&self, label: &str) -> String {
        format!("Se inició {label}, que ahora es el ciclo actual.")
    }
    fn cycles_switched(&self, label: &str) -> String {
        format!("Ahora está trabajando en {label}.")
    }
    fn cycles_current(&self) -> &'static str {
        "(actual)"
    }
    fn cycles_open(&self) -> &'static str {
        "Abrir"
    }
    fn reflect_title(&self) -> &'static str {
        "Reflexionar sobre la evidencia"
    }
    fn reflect_intro(&self) -> &'static str {
        "Responda las preguntas de cada área junto a sus calificaciones y a los hallazgos sobre sus brechas. Las respuestas se guardan mientras escribe."
    }
    fn reflect_area(&self) -> &'static str {
        "Área"
    }
    fn reflect_evidence(&self) -> &'static str {
        "Evidencia de esta área"
    }
    fn reflect_ratings(&self) -> &'static str {
        "Calificaciones"
    }
    fn reflect_findings(&self) -> &'static str {
        "Hallazgos sobre las brechas de esta área"
    }
    fn reflect_no_findings(&self) -> &'static str {
        "No hay hallazgos señalados para estas brechas."
    }
    fn reflect_no_level(&self) -> &'static str {
        "aún sin nivel"
    }
    fn reflect_answered(&self, n: usize, of: usize) -> String {
        if of == 1 {
            format!("{n} de 1 pregunta respondida")
        } else {
            format!("{n} de {of} preguntas respondidas")
        }
    }
    fn prompt_text(&self, p: Prompt) -> &'static str {
        match p {
            Prompt::Now => "¿Dónde estamos ahora?",
            Prompt::Vision => "¿Hacia dónde queremos ir?",
            Prompt::Steps => "¿Cómo serían un brinco, un salto y un gran salto?",
            Prompt::NotBenefiting => "¿Quién no se está beneficiando de nuestra tecnología actual?",
            Prompt::Retire => "¿Qué ya no cumple ninguna función y debería retirarse?",
        }
    }
    fn plan_title(&self) -> &'static str {
        "Plan de acción"
    }
    fn plan_intro(&self) -> &'static str {
        "Las metas responden a la evidencia: los hallazgos y los indicadores de la autoevaluación. Cada meta tiene acciones con un responsable y fechas, y una medida de éxito que se compara automáticamente con los datos."
    }
    fn plan_empty(&self) -> &'static str {
        "Aún no hay metas. Agregue una abajo, o use “Crear una meta” junto a un hallazgo en la página Brechas o junto a una prioridad en la página Resultados."
    }
    fn plan_add_goal(&self) -> &'static str {
        "Nueva meta"
    }
    fn plan_add_goal_button(&self) -> &'static str {
        "Agregar meta"
    }
    fn plan_attention(&self) -> &'static str {
        "Requiere atención"
    }
    fn plan_all_well(&self) -> &'static str {
        "No hay nada atrasado y cada meta tiene una medida de éxito."
    }
    fn plan_overdue(&self, action: &str, goal: &str, due: &str) -> String {
        format!("Atrasada: la acción “{action}” (meta “{goal}”) vencía el {due}.")
    }
    fn plan_no_measure(&self, goal: &str) -> String {
        format!("Sin medida de éxito: “{goal}”.")
    }
    fn plan_filter_status(&self) -> &'static str {
        "Estado"
    }
    fn plan_filter_owner(&self) -> &'static str {
        "Responsable"
    }
    fn plan_sort(&self) -> &'static str {
        "Ordenar por"
    }
    fn plan_sort_entered(&self) -> &'static str {
        "Orden en que se agregaron"
    }
    fn plan_sort_due(&self) -> &'static str {
        "Próxima fecha límite"
    }
    fn plan_sort_status(&self) -> &'static str {
        "Estado (detenidas primero)"
    }
    fn plan_sort_owner(&self) -> &'static str {
        "Responsable"
    }
    fn plan_showing(&self, shown: usize, total: usize) -> String {
        let verb = if shown == 1 { "Se muestra" } else { "Se muestran" };
        let noun = if total == 1 { "meta" } else { "metas" };
        format!("{verb} {shown} de {total} {noun}")
    }
    fn plan_goal_title(&self) -> &'static str {
        "Meta"
    }
    fn plan_owner(&self) -> &'static str {
        "Responsable"
    }
    fn plan_no_owner(&self) -> &'static str {
        "Sin asignar"
    }
    fn plan_status(&self) -> &'static str {
        "Estado"
    }
    fn plan_notes(&self) -> &'static str {
        "Notas"
    }
    fn plan_links(&self) -> &'static str {
        "Evidencia"
    }
    fn plan_no_links(&self) -> &'static str {
        "No está vinculada a ningún hallazgo ni indicador."
    }
    fn plan_remove_link(&self) -> &'static str {
        "Quitar vínculo"
    }
    fn plan_measure(&self) -> &'static str {
        "Medida de éxito"
    }
    fn plan_measure_kind(&self) -> &'static str {
        "Tipo de medida"
    }
    fn plan_measure_none(&self) -> &'static str {
        "Ninguna por ahora"
    }
    fn plan_measure_rate(&self) -> &'static str {
        "Un indicador de brecha alcanza un porcentaje"
    }
    fn plan_measure_level(&self) -> &'static str {
        "Un indicador de la autoevaluación alcanza un nivel"
    }
    fn plan_measure_indicator(&self) -> &'static str {
        "Indicador"
    }
    fn plan_measure_school(&self) -> &'static str {
        "Dónde"
    }
    fn plan_measure_group(&self) -> &'static str {
        "Estudiantes"
    }
    fn plan_measure_all_students(&self) -> &'static str {
        "Todos los estudiantes"
    }
    fn plan_measure_target(&self) -> &'static str {
        "Valor meta (%)"
    }
    fn plan_measure_level_target(&self) -> &'static str {
        "Nivel meta"
    }
    fn plan_measure_by(&self) -> &'static str {
        "Fecha para lograrlo"
    }
    fn measure_status(&self, outcome: Outcome, value: Option<String>) -> String {
        let v = value.map(|v| format!(" ({v})")).unwrap_or_default();
        match outcome {
            Outcome::Met => format!("Este ciclo: se cumplió{v}."),
            Outcome::NotMet => format!("Este ciclo: aún no se cumple{v}."),
            Outcome::NoData => "Este ciclo: aún no hay datos.".into(),
            Outcome::Suppressed => "Este ciclo: hay muy pocos estudiantes para mostrarlo.".into(),
        }
    }
    fn plan_actions(&self) -> &'static str {
        "Acciones"
    }
    fn plan_no_actions(&self) -> &'static str {
        "Aún no hay acciones."
    }
    fn plan_action_title(&self) -> &'static str {
        "Acción"
    }
    fn plan_add_action(&self) -> &'static str {
        "Nueva acción"
    }
    fn plan_add_action_button(&self) -> &'static str {
        "Agregar acción"
    }
    fn plan_start(&self) -> &'static str {
        "Fecha de inicio"
    }
    fn plan_due(&self) -> &'static str {
        "Fecha límite"
    }
    fn plan_resources(&self) -> &'static str {
        "Recursos"
    }
    fn plan_budget(&self) -> &'static str {
        "Presupuesto ($)"
    }
    fn plan_remove_goal(&self) -> &'static str {
        "Quitar meta"
    }
    fn plan_remove_action(&self) -> &'static str {
        "Quitar acción"
    }
    fn undo(&self) -> &'static str {
        "Deshacer"
    }
    fn plan_removed(&self, what: &str) -> String {
        format!("Se quitó “{what}”.")
    }
    fn plan_restored(&self, what: &str) -> String {
        format!("Se restauró “{what}”.")
    }
    fn plan_goal_created(&self, title: &str) -> String {
        format!("Meta creada: “{title}”.")
    }
    fn plan_open_goal(&self) -> &'static str {
        "Abrir su meta"
    }
    fn plan_create_from_finding(&self) -> &'static str {
        "Crear una meta"
    }
    fn plan_open(&self) -> &'static str {
        "Abrir el plan"
    }
    fn goal_from_finding(&self, who: &str, indicator: &str) -> String {
        format!("Cerrar la diferencia para {who}: {indicator}")
    }
    fn goal_from_priority(&self, statement: &str) -> String {
        format!("Alcanzar nuestro nivel meta: {statement}")
    }
    fn goal_summary(&self, status: PlanStatus, owner: Option<Role>, actions: usize, due: Option<Date>) -> String {
        let owner = owner.map(|o| format!(" · Responsable: {}", keys::role_label(o))).unwrap_or_default();
        let actions = match actions {
            0 => " · Aún sin acciones".to_string(),
            n => format!(" · {}", keys::count(n, "acción", "acciones")),
        };
        let due = due.map(|d| format!(" · Última fecha límite: {}", keys::date(d))).unwrap_or_default();
        format!("{}{owner}{actions}{due}", self.status_name(status))
    }
    fn finding_link(&self, indicator: &str, group: Option<&str>, school: Option<&str>) -> String {
        match (group, school) {
            (Some(g), Some(s)) => format!("{indicator}: {g} en {s}"),
            (Some(g), None) => format!("{indicator}: {g} en todo el distrito"),
            (None, Some(s)) => format!("{indicator}: {s} en su conjunto"),
            (None, None) => format!("{indicator}: el distrito en su conjunto"),
        }
    }
    fn plan_no_measure_yet(&self) -> &'static str {
        "Aún no tiene medida de éxito: abra la meta para agregar una."
    }
    fn status_name(&self, s: PlanStatus) -> &'static str {
        match s {
            PlanStatus::NotStarted => "Sin empezar",
            PlanStatus::InProgress => "En curso",
            PlanStatus::Done => "Terminada",
            PlanStatus::Stalled => "Detenida",
        }
    }
    fn plan_error(&self, e: &PlanError) -> String {
        match e {
            PlanError::Empty(what) => match item_with_article(what) {
                Some(item) => format!("Escriba un título para {item}."),
                None => format!("Escriba un título ({what})."),
            },
            PlanError::NotADate(_) => "Escriba la fecha como AAAA-MM-DD, por ejemplo 2027-06-30.".into(),
            PlanError::DueBeforeStart => "La fecha límite es anterior a la fecha de inicio.".into(),
            PlanError::TargetOutOfRange => "Escriba un valor meta entre 0 y 100.".into(),
            PlanError::NotAnAmount(_) => "Escriba una cantidad entera de dólares, por ejemplo 12500.".into(),
            PlanError::NoSuchItem(id) => format!("Ninguna meta ni acción tiene el id {id}."),
            PlanError::DuplicateId(id) => format!("El id {id} se usa dos veces."),
            PlanError::IdNotBelowNext { id, next } => {
                format!("El id {id} no es menor que el siguiente id disponible ({next}).")
            }
        }
    }
    fn progress_title(&self) -> &'static str {
        "Avance entre ciclos"
    }
    fn progress_intro(&self) -> &'static str {
        "Cada medida de éxito comparada con los datos de este ciclo y del ciclo anterior; el nivel de cada área en cada ciclo; y el porcentaje del distrito en cada indicador de brecha, con los grupos señalados ahora."
    }
    fn progress_one_cycle(&self) -> &'static str {
        "Por ahora solo hay un ciclo, así que todavía no hay nada con qué comparar. Inicie el próximo ciclo cuando cambie el año escolar."
    }
    fn progress_measures(&self) -> &'static str {
        "Medidas de éxito"
    }
    fn progress_no_measures(&self) -> &'static str {
        "Ninguna meta de este ciclo tiene todavía una medida de éxito: abra una meta en la página Plan para agregarla."
    }
    fn progress_col_goal(&self) -> &'static str {
        "Meta"
    }
    fn progress_col_measure(&self) -> &'static str {
        "Medida"
    }
    fn progress_col_target(&self) -> &'static str {
        "Valor meta"
    }
    fn progress_col_before(&self) -> &'static str {
        "Ciclo anterior"
    }
    fn progress_col_now(&self) -> &'static str {
        "Este ciclo"
    }
    fn progress_col_result(&self) -> &'static str {
        "Resultado"
    }
    fn progress_areas(&self) -> &'static str {
        "Nivel de la autoevaluación por área (mediana)"
    }
    fn progress_trends(&self) -> &'static str {
        "Indicadores de brecha: distrito y grupos señalados"
    }
    fn progress_no_trends(&self) -> &'static str {
        "Aún no hay datos de las brechas en ningún ciclo."
    }
    fn progress_district(&self) -> &'static str {
        "Distrito"
    }
    fn outcome_name(&self, o: Outcome) -> &'static str {
        match o {
            Outcome::Met => "Se cumplió",
            Outcome::NotMet => "No se cumplió",
            Outcome::NoData => "Sin datos",
            Outcome::Suppressed => "Muy pocos para mostrar",
        }
    }
    fn suppressed_short(&self) -> &'static str {
        "oculto"
    }
    fn no_data_short(&self) -> &'static str {
        "sin datos"
    }
    fn measures_chart_label(&self, n: usize) -> String {
        if n == 1 {
            "Gráfico de barras de 1 medida de éxito: el valor de este ciclo frente a su valor meta. La tabla de abajo tiene los mismos números.".into()
        } else {
            format!("Gráfico de barras de {n} medidas de éxito: el valor de este ciclo frente a su valor meta. La tabla de abajo tiene los mismos números.")
        }
    }
    fn areas_chart_label(&self) -> String {
        "Gráfico de puntos con el nivel mediano de cada área en cada ciclo. La tabla de abajo tiene los mismos niveles."
            .into()
    }
    fn trend_chart_label(&self, indicator: &str) -> String {
        format!("Gráfico de líneas de “{indicator}” en cada ciclo para el distrito y los grupos señalados. La tabla de al lado tiene los mismos números.")
    }
    fn overview_reflect_step(&self) -> &'static str {
        "Reflexionar sobre la evidencia, área por área"
    }
    fn overview_plan_step(&self) -> &'static str {
        "Planificar metas y acciones con medidas de éxito"
    }
    fn overview_progress_step(&self) -> &'static str {
        "Ver el avance entre ciclos"
    }
    fn table_of(&self, what: &str) -> String {
        format!("Tabla: {what}")
    }
    fn plan_add_link(&self) -> &'static str {
        "Vincular evidencia"
    }
    fn plan_add_link_choose(&self) -> &'static str {
        "Elija un indicador o un hallazgo…"
    }
    fn plan_link_indicators(&self) -> &'static str {
        "Indicadores de la autoevaluación"
    }
    fn plan_link_findings(&self) -> &'static str {
        "Hallazgos sobre las brechas"
    }
}
