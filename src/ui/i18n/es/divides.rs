//! Spanish: the `Divides` keys (src/ui/i18n/keys.rs has each key's English).

#![allow(unused_imports)]
use super::super::keys;
use super::super::keys::Divides;
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

/// "escuela" or "escuelas", by the number.
fn escuelas(n: usize) -> &'static str {
    if n == 1 {
        "escuela"
    } else {
        "escuelas"
    }
}

/// "indicador" or "indicadores", by the number.
fn indicadores(n: usize) -> &'static str {
    if n == 1 {
        "indicador"
    } else {
        "indicadores"
    }
}

/// "estudiante afectado" or "estudiantes afectados", by the number.
fn afectados(n: u64) -> &'static str {
    if n == 1 {
        "estudiante afectado"
    } else {
        "estudiantes afectados"
    }
}

/// A gap (rate minus comparison rate) and its interval as a size, "por debajo" or "por
/// encima", and the interval turned the same way.
fn diferencia(gap: f64, low: f64, high: f64) -> (f64, &'static str, f64, f64) {
    if gap < 0.0 {
        (-gap, "por debajo", -high, -low)
    } else {
        (gap, "por encima", low, high)
    }
}

/// "de" before a comparison's name, contracted with "el" ("del resto del distrito").
fn de(x: &str) -> String {
    match x.strip_prefix("el ") {
        Some(rest) => format!("del {rest}"),
        None => format!("de {x}"),
    }
}

/// The first letter in upper case.
fn mayuscula(s: &str) -> String {
    let mut c = s.chars();
    c.next().map(|f| f.to_uppercase().collect::<String>() + c.as_str()).unwrap_or_default()
}

/// Column names as a list: “a”, “b”.
fn columnas<S: AsRef<str>>(names: &[S]) -> String {
    names.iter().map(|n| format!("“{}”", n.as_ref())).collect::<Vec<_>>().join(", ")
}

impl Divides for Es {
    fn overview_divides_step(&self) -> &'static str {
        "Medir las brechas de acceso, de uso y de diseño"
    }
    fn overview_divides_progress(&self, schools: usize, cells: usize, priorities: usize) -> String {
        format!(
            "{}, {}; {}.",
            keys::count(schools, "escuela", "escuelas"),
            keys::count(cells, "celda de datos", "celdas de datos"),
            keys::count(priorities, "hallazgo prioritario", "hallazgos prioritarios")
        )
    }
    fn divides_title(&self) -> &'static str {
        "Brechas: quién necesita qué"
    }
    fn divides_intro(&self, family: Option<usize>) -> String {
        let rule = match family {
            Some(m) => {
                let comparisons = if m == 1 {
                    "la única comparación de esta página".to_string()
                } else {
                    format!("las {m} comparaciones de esta página")
                };
                format!("Una prioridad es una diferencia al menos tan grande como el umbral que sigue destacando después de tener en cuenta {comparisons} (el método de Benjamini–Hochberg, que mantiene la proporción de prioridades debidas al azar en alrededor de 1 de cada 20); un caso en observación es igual de grande, pero puede deberse al azar.")
            }
            None => "Una prioridad es una diferencia al menos tan grande como el umbral cuyo intervalo no incluye el cero; un caso en observación es igual de grande, pero su intervalo incluye el cero, así que puede deberse al azar. El ajuste por el número de comparaciones está desactivado (en la configuración de Datos de las brechas), así que algunas prioridades se deberán al azar.".to_string(),
        };
        format!("Cada hallazgo compara un grupo o una escuela con su punto de comparación, con un intervalo de confianza de 95% para la diferencia. {rule} Los grupos pequeños se ocultan y nunca se muestran.")
    }
    fn divides_empty(&self) -> &'static str {
        "Todavía no hay datos de las brechas: agregue los conteos a mano o desde un archivo CSV."
    }
    fn divides_summary(&self) -> &'static str {
        "Resumen por brecha"
    }
    fn divides_col_divide(&self) -> &'static str {
        "Brecha"
    }
    fn divides_col_indicators(&self) -> &'static str {
        "Indicadores con datos"
    }
    fn divides_col_priority(&self) -> &'static str {
        "Prioridades"
    }
    fn divides_col_watch(&self) -> &'static str {
        "En observación"
    }
    fn divides_col_district(&self) -> &'static str {
        "Porcentajes del distrito"
    }
    fn statements_heading(&self) -> &'static str {
        "Quién necesita qué"
    }
    fn overview_all_findings(&self) -> &'static str {
        "Todos los enunciados y hallazgos, en la página Brechas"
    }
    fn statements_intro(&self) -> &'static str {
        "Las prioridades de más abajo, agrupadas: el mismo grupo por debajo en varias escuelas, una escuela por debajo en varios indicadores de una brecha, un grupo por debajo en varias brechas. Primero, los que afectan a más estudiantes."
    }
    fn statements_none(&self) -> &'static str {
        "Ninguna prioridad se repite entre escuelas, indicadores o brechas: vea los hallazgos más abajo."
    }
    fn statements_more(&self, shown: usize, total: usize) -> String {
        if shown == 1 {
            format!("Se muestra el enunciado que afecta a más estudiantes, de un total de {total}.")
        } else {
            format!("Se muestran los {shown} enunciados que afectan a más estudiantes, de un total de {total}.")
        }
    }
    fn statement_group_indicator(
        &self,
        group: &str,
        indicator: &str,
        k: usize,
        n: usize,
        district: Option<(f64, f64, f64, &str)>,
        students: u64,
    ) -> String {
        let at = if k > 0 { format!(" en {k} de {n} {}", escuelas(n)) } else { String::new() };
        let about = keys::grouped(students);
        match district {
            Some((gap, low, high, cmp)) => {
                let (size, dir, lo, hi) = diferencia(gap, low, high);
                format!(
                    "{group}: por debajo en “{indicator}”{at}; en todo el distrito, {} puntos {dir} {} ({} a {}); cerca de {about} {}.",
                    self.points(size),
                    de(cmp),
                    self.points(lo),
                    self.points(hi),
                    afectados(students)
                )
            }
            None => format!("{group}: por debajo en “{indicator}”{at}; cerca de {about} {}.", afectados(students)),
        }
    }
    fn statement_school_divide(&self, school: &str, divide: Divide, k: usize, n: usize) -> String {
        let divide = match divide {
            Divide::Access => "acceso",
            Divide::Use => "uso",
            Divide::Design => "diseño",
        };
        format!(
            "{school} está por debajo de las demás escuelas en {k} de {n} {} de la brecha de {divide}.",
            indicadores(n)
        )
    }
    fn statement_group_divides(&self, group: &str, k: usize, per_divide: &[(Divide, usize)]) -> String {
        let parts: Vec<String> =
            per_divide.iter().map(|(d, n)| format!("{} ({n})", keys::divide_name(*d).to_lowercase())).collect();
        let divides = if per_divide.len() == 1 { "brecha" } else { "brechas" };
        format!(
            "{group}: por debajo en todo el distrito en {k} {} de {} {divides}: {}.",
            indicadores(k),
            per_divide.len(),
            parts.join(", ")
        )
    }
    fn statement_show(&self, n: usize) -> String {
        if n == 1 {
            "Mostrar su hallazgo".into()
        } else {
            format!("Mostrar sus {n} hallazgos")
        }
    }
    fn statement_shown(&self) -> &'static str {
        "Se muestran los hallazgos de:"
    }
    fn statement_show_all(&self) -> &'static str {
        "Mostrar todos los hallazgos"
    }
    fn goal_from_statement(&self, who: &str, what: &str) -> String {
        format!("Cerrar la diferencia para {who}: {what}")
    }
    fn findings_heading(&self) -> &'static str {
        "Hallazgos"
    }
    fn findings_none(&self) -> &'static str {
        "Ningún hallazgo coincide con estos filtros."
    }
    fn findings_clear(&self) -> &'static str {
        "Quitar los filtros"
    }
    fn filter_divide(&self) -> &'static str {
        "Brecha"
    }
    fn filter_school(&self) -> &'static str {
        "Escuela"
    }
    fn filter_dimension(&self) -> &'static str {
        "Grupos de estudiantes"
    }
    fn filter_flag(&self) -> &'static str {
        "Señal"
    }
    fn filter_rank(&self) -> &'static str {
        "Orden"
    }
    fn rank_students(&self) -> &'static str {
        "Primero, los que afectan a más estudiantes"
    }
    fn rank_gap(&self) -> &'static str {
        "Primero, la mayor diferencia"
    }
    fn rank_rate(&self) -> &'static str {
        "Primero, el porcentaje más bajo"
    }
    fn filter_all(&self) -> &'static str {
        "Todos"
    }
    fn filter_district(&self) -> &'static str {
        "El distrito en conjunto"
    }
    fn filter_whole_schools(&self) -> &'static str {
        "Escuelas completas"
    }
    fn findings_more(&self, next: usize, left: usize) -> String {
        let rest = if left == 1 { "queda 1".to_string() } else { format!("quedan {left}") };
        if next == 1 {
            format!("Mostrar el siguiente ({rest})")
        } else {
            format!("Mostrar los siguientes {next} ({rest})")
        }
    }
    fn findings_count(&self, shown: usize, total: usize) -> String {
        let verb = if shown == 1 { "Se muestra" } else { "Se muestran" };
        let findings = if total == 1 { "hallazgo" } else { "hallazgos" };
        format!("{verb} {shown} de {total} {findings}")
    }
    fn findings_export(&self) -> &'static str {
        "Descargar todos los resultados en CSV"
    }
    fn findings_export_hint(&self) -> &'static str {
        "Cada celda con su porcentaje, intervalo, comparación, diferencia y señal. Las celdas ocultas tienen los conteos en blanco."
    }
    fn flag_name(&self, f: Flag) -> &'static str {
        match f {
            Flag::Priority => "Prioridad",
            Flag::Watch => "En observación",
        }
    }
    fn percent(&self, x: f64) -> String {
        format!("{:.0}%", x * 100.0)
    }
    fn points(&self, x: f64) -> String {
        format!("{:.0}", x * 100.0)
    }
    fn compare_name(
        &self,
        with: &CompareWith,
        group_name: &dyn Fn(&str) -> String,
        school_name: &dyn Fn(&str) -> String,
    ) -> String {
        match with {
            CompareWith::OtherStudents => "los demás estudiantes".into(),
            CompareWith::OtherSchools => "el resto del distrito".into(),
            CompareWith::Overall => "todos los estudiantes".into(),
            CompareWith::Group(g) => group_name(g),
            CompareWith::School(s) => school_name(s),
        }
    }
    fn finding_sentence(
        &self,
        who: &str,
        indicator: &str,
        rate: f64,
        gap: f64,
        low: f64,
        high: f64,
        comparison: &str,
    ) -> String {
        let (size, dir, lo, hi) = diferencia(gap, low, high);
        format!(
            "{}: {} en “{indicator}”, {} puntos {dir} {} (IC de 95%: {} a {}).",
            mayuscula(who),
            self.percent(rate),
            self.points(size),
            de(comparison),
            self.points(lo),
            self.points(hi)
        )
    }
    fn students_affected(&self, about: u64, low: u64, high: u64) -> String {
        let (students, verb) = if about == 1 { ("estudiante", "queda") } else { ("estudiantes", "quedan") };
        format!(
            "Cerca de {} {students} ({} a {}) {verb} del lado desfavorecido de esta diferencia.",
            keys::grouped(about),
            keys::grouped(low),
            keys::grouped(high)
        )
    }
    fn who_group_at(&self, group: &str, place: &str) -> String {
        format!("{group} en {place}")
    }
    fn who_group_in_district(&self, group: &str) -> String {
        format!("{group} en todo el distrito")
    }
    fn district_wide(&self) -> &'static str {
        "el distrito"
    }
    fn fewer_than(&self, n: u64) -> String {
        format!("menos de {}", keys::grouped(n))
    }
    fn suppressed_complement(&self) -> &'static str {
        "oculto para proteger a un grupo pequeño"
    }
    fn checking_privacy(&self) -> &'static str {
        "Verificando la privacidad…"
    }
    fn coded_band(&self, b: dew_domain::divides::protect::Band) -> &'static str {
        match b {
            dew_domain::divides::protect::Band::AtMost5 => "5% o menos",
            dew_domain::divides::protect::Band::AtLeast95 => "95% o más",
        }
    }
    fn protection_line(&self, hidden: usize) -> String {
        if hidden == 1 {
            "1 celda oculta para proteger a grupos pequeños; se comprobó que no se pueda calcular restando otras cifras.".to_string()
        } else {
            format!("{hidden} celdas ocultas para proteger a grupos pequeños; se comprobó que ninguna celda oculta se pueda calcular restando otras cifras.")
        }
    }
    fn invalid_cell(&self) -> &'static str {
        "numerador mayor que el denominador"
    }
    fn no_data(&self) -> &'static str {
        "sin datos"
    }
    fn heatmap_title(&self) -> &'static str {
        "Mapas de calor"
    }
    fn heatmap_intro(&self) -> &'static str {
        "Porcentajes por escuela y por grupo para cada indicador. Un color más oscuro significa un porcentaje más alto; cada celda también muestra su valor y las señales están escritas, así que el color nunca es la única indicación. Cada mapa tiene una tabla con los mismos números."
    }
    fn heatmap_schools(&self) -> &'static str {
        "Escuelas × indicadores"
    }
    fn heatmap_groups(&self) -> &'static str {
        "Grupos × indicadores"
    }
    fn heatmap_scope(&self) -> &'static str {
        "Mostrar los grupos de"
    }
    fn heatmap_table(&self) -> &'static str {
        "Los mismos números en una tabla"
    }
    fn heatmap_label(&self, what: &str) -> String {
        format!("Mapa de calor de porcentajes: {what}. La tabla que sigue tiene los mismos números.")
    }
    fn heatmap_col_school(&self) -> &'static str {
        "Escuela"
    }
    fn heatmap_col_group(&self) -> &'static str {
        "Grupo"
    }
    fn heatmap_legend(&self) -> &'static str {
        "P = prioridad, O = en observación, – = oculto o sin datos"
    }
    fn heatmap_priority_mark(&self) -> &'static str {
        " P"
    }
    fn heatmap_watch_mark(&self) -> &'static str {
        " O"
    }
    fn ddata_title(&self) -> &'static str {
        "Datos de las brechas"
    }
    fn ddata_intro(&self) -> &'static str {
        "Ingrese los conteos por indicador, escuela y grupo, o impórtelos desde un archivo CSV. Solo se guardan conteos: nunca listas de estudiantes."
    }
    fn ddata_settings(&self) -> &'static str {
        "Configuración del análisis"
    }
    fn ddata_threshold(&self) -> &'static str {
        "Umbral de diferencia (puntos porcentuales)"
    }
    fn ddata_protection(&self) -> &'static str {
        "Nivel de protección (porcentaje)"
    }
    fn ddata_protection_hint(&self) -> &'static str {
        "Qué tan incierto debe seguir siendo el conteo de un grupo pequeño oculto para alguien que combine todas las cifras que publica la aplicación: este porcentaje del conteo, y al menos un estudiante, hacia arriba o hacia abajo. 10 es el valor predeterminado de la interfaz R de tau-Argus."
    }
    fn ddata_protection_error(&self) -> &'static str {
        "Ingrese un número entero del 0 al 50."
    }
    fn ddata_min_n(&self) -> &'static str {
        "Grupo más pequeño que se muestra (de 5 a 30 personas que respondieron)"
    }
    fn ddata_comparison(&self) -> &'static str {
        "Comparar cada grupo con"
    }
    fn ddata_cmp_complement(&self) -> &'static str {
        "Todos los demás de la misma escuela o del mismo distrito (recomendado)"
    }
    fn ddata_cmp_overall(&self) -> &'static str {
        "Todos los de la misma escuela o del mismo distrito"
    }
    fn ddata_cmp_highest(&self) -> &'static str {
        "El grupo del mismo tipo con el porcentaje más alto"
    }
    fn ddata_cmp_chosen(&self, dim: &str, group: &str) -> String {
        format!("{dim}: {group}")
    }
    fn ddata_adjust(&self) -> &'static str {
        "Tener en cuenta el número de comparaciones (recomendado): una diferencia es prioridad solo si sigue destacando cuando se consideran juntas todas las comparaciones de la página Brechas"
    }
    fn ddata_adjust_hint(&self) -> &'static str {
        "Desactive esta opción solo para coincidir con un informe hecho sin ella: con cientos de comparaciones, algunas diferencias pasan la prueba de 95% solo por azar."
    }
    fn ddata_coding(&self) -> &'static str {
        "Codificación de extremos: mostrar los porcentajes de 5% o menos como “5% o menos” y los de 95% o más como “95% o más”, en las páginas y en las exportaciones"
    }
    fn ddata_settings_save(&self) -> &'static str {
        "Guardar la configuración"
    }
    fn ddata_settings_saved(&self) -> &'static str {
        "Configuración guardada."
    }
    fn ddata_threshold_error(&self) -> &'static str {
        "Ingrese un número de puntos entre 1 y 100."
    }
    fn ddata_min_n_error(&self) -> &'static str {
        "Ingrese un número entero del 5 al 30."
    }
    fn ddata_import(&self) -> &'static str {
        "Importar conteos desde un archivo CSV"
    }
    fn ddata_template(&self) -> &'static str {
        "Descargar la plantilla CSV"
    }
    fn ddata_import_label(&self) -> &'static str {
        "Archivo CSV de conteos"
    }
    fn ddata_import_hint(&self) -> &'static str {
        // The column names the importer reads in Spanish (dew_domain::divides::csv_import::COLUMNS_ES);
        // it reads the English ones too.
        "Columnas: indicador, escuela, dimensión, grupo, numerador, denominador (también se aceptan los nombres en inglés: indicator, school, dimension, group, numerator, denominator). Deje dimensión y grupo en blanco para una escuela completa. Los indicadores, grupos y respuestas se pueden escribir en español o en inglés. Primero verá una vista previa."
    }
    fn ddata_preview(&self, file: &str, cells: usize, new_schools: usize, overwrites: usize) -> String {
        let holds = if overwrites == 1 { "ya tiene" } else { "ya tienen" };
        format!(
            "“{file}”: {}, {}; {} {holds} conteos.",
            keys::count(cells, "celda lista", "celdas listas"),
            keys::count(new_schools, "escuela nueva", "escuelas nuevas"),
            keys::count(overwrites, "celda", "celdas")
        )
    }
    fn ddata_reading(&self, file: &str) -> String {
        format!("Leyendo “{file}”…")
    }
    fn more_problems(&self, more: usize) -> String {
        let max = dew_domain::csv_text::MAX_PROBLEMS;
        if more == 1 {
            format!("…y 1 problema más, que no aparece en la lista: solo aparecen los primeros {max}. Corrija estos y vuelva a elegir el archivo para ver el resto.")
        } else {
            format!("…y {more} problemas más, que no aparecen en la lista: solo aparecen los primeros {max}. Corrija estos y vuelva a elegir el archivo para ver el resto.")
        }
    }
    fn usage_errors(&self, file: &str, n: usize) -> String {
        format!(
            "“{file}” no se puede usar con estas columnas: {}. Cambie las columnas elegidas arriba, o corrija el archivo y vuelva a elegirlo. No se cambió nada.",
            keys::count(n, "problema", "problemas")
        )
    }
    fn ddata_errors(&self, file: &str, n: usize) -> String {
        let fix = if n == 1 { "Corríjalo" } else { "Corríjalos" };
        format!(
            "“{file}” no se puede importar: {}. {fix} en el archivo y vuelva a elegirlo. No se cambió nada.",
            keys::count(n, "problema", "problemas")
        )
    }
    fn csv_error(&self, e: &CsvError) -> String {
        match e {
            CsvError::Cell { line, column, message } => {
                format!("Línea {line}, columna “{column}”: {}.", keys::csv_cell_problem(message))
            }
            CsvError::Parse { line, message } => format!("Línea {line}: {}.", keys::csv_parse_problem(message)),
            CsvError::Empty { expected } => {
                if expected.is_empty() {
                    "El archivo está vacío: necesita una línea de encabezado.".to_string()
                } else {
                    format!(
                        "El archivo está vacío: necesita una línea de encabezado con los nombres de las columnas {}.",
                        columnas(expected)
                    )
                }
            }
            CsvError::MissingColumns(names) => {
                if names.len() == 1 {
                    format!("Falta la columna obligatoria {}.", columnas(names))
                } else {
                    format!("Faltan las columnas obligatorias {}.", columnas(names))
                }
            }
            CsvError::UnknownColumns { found, expected } => {
                let unknown = if found.len() == 1 {
                    format!("Columna desconocida: {}", columnas(found))
                } else {
                    format!("Columnas desconocidas: {}", columnas(found))
                };
                if expected.is_empty() {
                    format!("{unknown}.")
                } else {
                    format!("{unknown} (las columnas son {}).", columnas(expected))
                }
            }
            CsvError::DuplicateColumn(name) => format!("Hay más de una columna “{name}”."),
        }
    }
    fn ddata_mode(&self) -> &'static str {
        "¿Cómo se deben aplicar estos conteos?"
    }
    fn ddata_mode_add(&self) -> &'static str {
        "Agregarlos a los datos que ya hay (una celda del archivo reemplaza la misma celda)"
    }
    fn ddata_mode_replace(&self) -> &'static str {
        "Reemplazar todos los datos de las brechas de este ciclo"
    }
    fn ddata_apply(&self) -> &'static str {
        "Aplicar la importación"
    }
    fn ddata_cancel(&self) -> &'static str {
        "Cancelar"
    }
    fn ddata_applied(&self, cells: usize) -> String {
        if cells == 1 {
            "Se importó 1 celda.".to_string()
        } else {
            format!("Se importaron {cells} celdas.")
        }
    }
    fn ddata_undo(&self) -> &'static str {
        "Deshacer esta importación"
    }
    fn ddata_undone(&self) -> &'static str {
        "Importación deshecha: los datos de las brechas quedaron como estaban antes."
    }
    fn ddata_grid(&self) -> &'static str {
        "Ingresar o corregir conteos"
    }
    fn ddata_grid_indicator(&self) -> &'static str {
        "Indicador"
    }
    fn ddata_grid_region(&self) -> &'static str {
        "Tabla de conteos por escuela"
    }
    fn ddata_grid_dimension(&self) -> &'static str {
        "Grupos"
    }
    fn ddata_grid_whole(&self) -> &'static str {
        "Escuela completa"
    }
    fn ddata_grid_none(&self) -> &'static str {
        "Solo escuelas completas"
    }
    fn ddata_grid_hint(&self) -> &'static str {
        "Escriba cuántos cumplen el indicador y cuántos respondieron. Las flechas hacia arriba y hacia abajo pasan de una escuela a otra. Deje ambos en blanco para quitar una celda."
    }
    fn ddata_num(&self) -> &'static str {
        "cumplen el indicador"
    }
    fn ddata_den(&self) -> &'static str {
        "respondieron"
    }
    fn ddata_cell_label(&self, school_and_group: &str, part: &str) -> String {
        format!("{school_and_group}: {part}")
    }
    fn ddata_school_added(&self, name: &str) -> String {
        format!("Se agregó “{name}”: su fila es la última de la tabla.")
    }
    fn ddata_not_number(&self) -> &'static str {
        "Ingrese números enteros."
    }
    fn ddata_need_both(&self) -> &'static str {
        "Ingrese los dos números."
    }
    fn ddata_no_schools(&self) -> &'static str {
        "Todavía no hay escuelas. Agregue una abajo, o importe un archivo CSV, que agrega las escuelas que nombra."
    }
    fn ddata_schools(&self) -> &'static str {
        "Escuelas"
    }
    fn ddata_school_name(&self) -> &'static str {
        "Nombre de la escuela"
    }
    fn ddata_add_school(&self) -> &'static str {
        "Agregar escuela"
    }
    fn ddata_school_required(&self) -> &'static str {
        "Ingrese el nombre de la escuela."
    }
    fn ddata_indicators(&self) -> &'static str {
        "Indicadores"
    }
    fn ddata_custom_heading(&self) -> &'static str {
        "Agregar un indicador propio"
    }
    fn ddata_custom_name(&self) -> &'static str {
        "Nombre"
    }
    fn ddata_custom_divide(&self) -> &'static str {
        "Brecha"
    }
    fn ddata_custom_num(&self) -> &'static str {
        "Quiénes cuentan en el numerador"
    }
    fn ddata_custom_den(&self) -> &'static str {
        "Quiénes cuentan en el denominador"
    }
    fn ddata_custom_direction(&self) -> &'static str {
        "Un valor más alto es mejor"
    }
    fn ddata_custom_source(&self) -> &'static str {
        "Fuente"
    }
    fn ddata_custom_add(&self) -> &'static str {
        "Agregar indicador"
    }
    fn ddata_custom_save(&self) -> &'static str {
        "Guardar indicador"
    }
    fn ddata_custom_delete(&self) -> &'static str {
        "Eliminar"
    }
    fn ddata_custom_edit(&self) -> &'static str {
        "Editar"
    }
    fn ddata_custom_delete_q(&self, name: &str, cells: usize) -> String {
        if cells == 1 {
            format!("¿Eliminar “{name}” y su celda de conteos?")
        } else {
            format!("¿Eliminar “{name}” y sus {cells} celdas de conteos?")
        }
    }
    fn ddata_confirm_delete(&self) -> &'static str {
        "Sí, eliminar"
    }
    fn ddata_keep(&self) -> &'static str {
        "Conservarlo"
    }
    fn ddata_blank(&self, field: dew_domain::divides::model::Field) -> &'static str {
        use dew_domain::divides::model::Field;
        match field {
            Field::Name => "Ingrese un nombre.",
            Field::Numerator => "Indique quiénes cuentan en el numerador.",
            Field::Denominator => "Indique quiénes cuentan en el denominador.",
            Field::Groups => "Ingrese al menos dos grupos distintos, separados por comas.",
        }
    }
    fn ddata_builtin(&self) -> &'static str {
        "incluido"
    }
    fn ddata_custom(&self) -> &'static str {
        "propio"
    }
    fn ddata_col_name(&self) -> &'static str {
        "Indicador"
    }
    fn ddata_col_divide(&self) -> &'static str {
        "Brecha"
    }
    fn ddata_col_measures(&self) -> &'static str {
        "Conteos"
    }
    fn ddata_col_source(&self) -> &'static str {
        "Fuente"
    }
    fn ddata_col_kind(&self) -> &'static str {
        "Tipo"
    }
    fn ddata_dim_heading(&self) -> &'static str {
        "Agregar sus propios grupos de estudiantes"
    }
    fn ddata_dim_name(&self) -> &'static str {
        "Nombre de la agrupación (por ejemplo, “Situación de vivienda”)"
    }
    fn ddata_dim_groups(&self) -> &'static str {
        "Grupos, separados por comas"
    }
    fn ddata_dim_add(&self) -> &'static str {
        "Agregar agrupación"
    }
    fn ddata_dims_custom(&self, names: &str) -> String {
        format!("Sus agrupaciones: {names}.")
    }
}
