//! Spanish: the `Kit` keys (src/ui/i18n/keys.rs has each key's English).

use super::super::keys::Kit;
use super::Es;
use dew_domain::divides::model::DivideData;
use dew_domain::divides::model_es;
use dew_domain::survey::kit::{Instrument, Langs, Meaning, Role as KitRole};
use dew_domain::survey::Answer;

impl Kit for Es {
    fn kit_title(&self) -> &'static str {
        "Kit de encuestas"
    }
    fn kit_intro(&self) -> &'static str {
        "Preguntas listas para los indicadores de brecha incluidos, en inglés y en español. Imprima el formulario para las familias sin internet, o cópielo palabra por palabra en Google Forms o Microsoft Forms: así sus respuestas se importan en Importar encuestas con todas las columnas ya asignadas."
    }
    fn kit_no_workspace(&self) -> &'static str {
        "Primero cree o abra un espacio de trabajo: el formulario enumera sus escuelas y sus grupos de estudiantes."
    }
    fn kit_choose_heading(&self) -> &'static str {
        "1. Elija el formulario"
    }
    fn kit_who(&self) -> &'static str {
        "Quién responde"
    }
    fn kit_instrument(&self, i: Instrument) -> &'static str {
        match i {
            Instrument::Family => "Familias: acceso en casa",
            Instrument::Student => "Estudiantes: cómo usan la tecnología",
            Instrument::Teacher => "Docentes: diseñar el aprendizaje con tecnología",
            Instrument::Observation => "Observación de clase: uso activo (Matriz de Integración de Tecnología)",
        }
    }
    fn kit_feeds(&self, list: &str) -> String {
        format!("Indicadores: {list}.")
    }
    fn kit_language(&self) -> &'static str {
        "Idioma del formulario"
    }
    fn kit_langs(&self, l: Langs) -> &'static str {
        match l {
            Langs::En => "Inglés",
            Langs::Es => "Español",
            Langs::Both => "Inglés y español, lado a lado",
        }
    }
    fn kit_groups(&self) -> &'static str {
        "Preguntas de grupo"
    }
    fn kit_groups_hint(&self) -> &'static str {
        "Siempre se pregunta la escuela: la importación cuenta las respuestas por escuela. Pregunte solo por los grupos que su distrito compara; cada pregunta es una más que responde cada familia."
    }
    fn kit_grade(&self) -> &'static str {
        "Grado (nivel escolar)"
    }
    fn kit_groups_not_asked(&self, i: Instrument) -> &'static str {
        match i {
            Instrument::Family => "",
            Instrument::Student => "El formulario para estudiantes no pregunta por las comidas escolares ni por un IEP o plan 504: es posible que los estudiantes no lo sepan, y los ingresos de la familia y la discapacidad se preguntan a las familias.",
            _ => "Las preguntas sobre grupos de estudiantes solo aparecen en los formularios para familias y para estudiantes.",
        }
    }
    fn kit_no_schools(&self) -> &'static str {
        "Este espacio de trabajo aún no tiene escuelas, así que la pregunta sobre la escuela queda como una línea para escribir. Agregue las escuelas en Datos de las brechas para que aparezcan como opciones."
    }
    fn kit_identify_legend(&self) -> &'static str {
        "Una pregunta que identifica a una persona"
    }
    fn kit_identify(&self) -> &'static str {
        "Preguntar el nombre"
    }
    fn kit_identify_hint(&self) -> &'static str {
        "Desactivada salvo que la necesite: un nombre identifica a un estudiante o a un docente. Guarde bajo llave los formularios en papel que lleven nombres. La importación nunca lee esta columna."
    }
    fn kit_get_heading(&self) -> &'static str {
        "2. Obtenga el kit"
    }
    fn kit_get_hint(&self) -> &'static str {
        "Cada botón guarda primero en este dispositivo la asignación del kit (sus preguntas y las palabras de sus respuestas en ambos idiomas), para que las respuestas se importen sin el paso de asignación."
    }
    fn kit_print(&self) -> &'static str {
        "Imprimir el formulario"
    }
    fn kit_list_text(&self) -> &'static str {
        "Lista de preguntas (texto)"
    }
    fn kit_list_csv(&self) -> &'static str {
        "Lista de preguntas (CSV)"
    }
    fn kit_template(&self) -> &'static str {
        "Plantilla de hoja de cálculo para respuestas en papel (CSV)"
    }
    fn kit_saved(&self) -> &'static str {
        "Kit guardado en este dispositivo. Una exportación de Forms de este formulario, o la plantilla ya completada, se abre ahora en Importar encuestas con todas las columnas asignadas."
    }
    fn kit_paper_heading(&self) -> &'static str {
        "El formulario tal como se imprime"
    }
    fn kit_meanings_heading(&self) -> &'static str {
        "Cómo cuenta cada respuesta"
    }
    fn kit_meanings_hint(&self) -> &'static str {
        "Para el equipo; no se imprime. “Cumple” suma la respuesta al numerador y al denominador del indicador; “no cumple”, solo al denominador; una respuesta excluida no cuenta en ninguno de los dos."
    }
    fn kit_col_answer(&self) -> &'static str {
        "Pregunta y respuesta"
    }
    fn kit_col_counts_as(&self) -> &'static str {
        "Cuenta como"
    }
    fn kit_meaning(&self, m: &Meaning, data: &DivideData, role: &KitRole) -> String {
        match (m, role) {
            (Meaning::Answer(Answer::Meets), _) => "Cumple".into(),
            (Meaning::Answer(Answer::DoesNotMeet), _) => "No cumple".into(),
            (Meaning::Answer(Answer::NotAnswered), _) => "Excluida del denominador".into(),
            (Meaning::Group(g), KitRole::Group(d)) => {
                let name = model_es::group(d, g).map(str::to_string).unwrap_or_else(|| data.group_name(d, g));
                format!("Grupo: {name}")
            }
            (Meaning::NoGroup, _) => "Ningún grupo (cuenta solo para la escuela)".into(),
            _ => "La escuela".into(),
        }
    }
    fn kit_role(&self, role: &KitRole, data: &DivideData) -> String {
        match role {
            KitRole::School => "La escuela: las respuestas se cuentan por escuela".into(),
            KitRole::Group(d) => {
                let name = model_es::dimension(d).map(str::to_string).unwrap_or_else(|| {
                    data.dimensions().into_iter().find(|x| &x.id == d).map(|x| x.name).unwrap_or_else(|| d.clone())
                });
                format!("Grupo de estudiantes: {name}")
            }
            KitRole::Answer(i) => {
                let name = model_es::indicator(i)
                    .map(|x| x.name.to_string())
                    .unwrap_or_else(|| data.indicator(i).map(|x| x.name).unwrap_or_else(|| i.clone()));
                format!("Indicador: {name}")
            }
            KitRole::Identifying => "Identifica a una persona: la importación nunca la lee".into(),
        }
    }
    fn kit_write_in(&self) -> &'static str {
        "(respuesta escrita)"
    }
    fn kit_file_how_to(&self) -> &'static str {
        "Para crear este formulario en Google Forms o Microsoft Forms, haga de cada pregunta una pregunta de opción única y copie la pregunta y sus opciones palabra por palabra. Lo que va entre corchetes es para su equipo: no lo incluya en el formulario."
    }
    fn kit_file_title(&self, i: Instrument) -> String {
        format!("Kit de encuestas: {}", self.kit_instrument(i))
    }
    fn kit_csv_headers(&self) -> [&'static str; 10] {
        [
            "número",
            "pregunta",
            "pregunta_inglés",
            "pregunta_español",
            "función",
            "número_opción",
            "opción",
            "opción_inglés",
            "opción_español",
            "cuenta_como",
        ]
    }
    fn privacy_key_survey_kits(&self) -> &'static str {
        "Kits de encuestas creados en este dispositivo: sus preguntas y las palabras de sus respuestas; nunca una respuesta."
    }
    fn survey_kit_used(&self, name: &str, columns: usize) -> String {
        let s = if columns == 1 { "columna asignada" } else { "columnas asignadas" };
        format!("Este archivo viene de su kit de encuestas “{name}”: {columns} {s} desde el kit. Revise los conteos y luego agréguelos.")
    }
    fn survey_kit_not_found(&self, questions: &str) -> String {
        format!("No se encontraron con la redacción del kit (¿se editaron en el formulario?): {questions}.")
    }
    fn survey_kit_suggested(&self, columns: &str) -> String {
        format!("Se sugirieron en su lugar a partir de los encabezados, con las palabras de respuesta del kit: revise {columns} abajo.")
    }
    fn survey_kit_map_by_hand(&self) -> &'static str {
        "Indique abajo qué columna responde a cada una, como con cualquier archivo: las palabras de sus respuestas se toman entonces del kit."
    }
    fn survey_also_read(&self, columns: &str) -> String {
        format!("Cuando esta columna está vacía, el valor se toma de {columns}: la misma pregunta en otro idioma.")
    }
    fn survey_read_with(&self, column: &str) -> String {
        format!("Se lee cuando “{column}” está vacía: es la misma pregunta hecha otra vez. Las palabras de sus respuestas aparecen allí.")
    }
    fn survey_kit_one_language(&self, questions: &str) -> String {
        format!("Encontradas en un solo idioma (¿se editó la redacción del otro idioma en el formulario?): {questions}. Si otra columna hace esa pregunta, asígnele abajo el mismo indicador.")
    }
}
