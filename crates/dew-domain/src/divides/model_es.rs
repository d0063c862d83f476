//! The built-in divide indicators and student-group dimensions in Spanish, keyed by their
//! frozen ids (`model::builtin_indicators`, `model::builtin_dimensions`). Custom indicators and
//! groupings are the district's own words and have none: every look-up here is `None` for
//! them. Our own translation, following the app's glossary (src/ui/i18n/glossary-es.md).
//!
//! Invariants (checked by the tests at the bottom): every built-in indicator, dimension and
//! group has its Spanish here, none equal to its English, and nothing here is keyed by an id
//! the model lacks.

/// A built-in divide indicator in Spanish.
#[derive(Debug)]
pub struct DivideIndicatorEs {
    pub name: &'static str,
    /// Who counts in the numerator.
    pub numerator: &'static str,
    /// Who counts in the denominator.
    pub denominator: &'static str,
    pub source: &'static str,
}

/// The built-in indicator with this id in Spanish; `None` for a custom or unknown id.
pub fn indicator(id: &str) -> Option<&'static DivideIndicatorEs> {
    INDICATORS_ES.iter().find(|(i, _)| *i == id).map(|(_, x)| x)
}

/// The name of the built-in dimension with this id in Spanish; `None` for a custom one.
pub fn dimension(id: &str) -> Option<&'static str> {
    DIMENSIONS_ES.iter().find(|(i, _, _)| *i == id).map(|(_, name, _)| *name)
}

/// The name of a built-in dimension's group in Spanish; `None` for a custom one.
pub fn group(dimension: &str, group: &str) -> Option<&'static str> {
    DIMENSIONS_ES
        .iter()
        .find(|(i, _, _)| *i == dimension)
        .and_then(|(_, _, groups)| groups.iter().find(|(g, _)| *g == group))
        .map(|(_, name)| *name)
}

const ANSWERED: &str = "Estudiantes que respondieron";
const NCES_GUIDE: &str = "NCES, Forum Guide to Digital Equity (guía sobre equidad digital), apéndice B";
const STUDENT_SURVEY: &str = "Encuesta a estudiantes";
const TEACHERS_ANSWERED: &str = "Docentes que respondieron";

const fn ind(
    name: &'static str,
    numerator: &'static str,
    denominator: &'static str,
    source: &'static str,
) -> DivideIndicatorEs {
    DivideIndicatorEs { name, numerator, denominator, source }
}

static INDICATORS_ES: &[(&str, DivideIndicatorEs)] = &[
    (
        "dedicated-device",
        ind(
            "Tiene un dispositivo de aprendizaje propio",
            "Estudiantes con una computadora o tableta para las tareas escolares que es para su propio uso (no un teléfono, no compartida)",
            ANSWERED,
            NCES_GUIDE,
        ),
    ),
    (
        "device-sufficient",
        ind(
            "Dispositivo suficiente para todas las tareas escolares",
            "Estudiantes cuyo dispositivo les permite hacer todas sus tareas escolares",
            ANSWERED,
            NCES_GUIDE,
        ),
    ),
    (
        "home-internet",
        ind(
            "Internet en casa en el dispositivo de aprendizaje",
            "Estudiantes que pueden conectar su dispositivo de aprendizaje a internet en casa",
            ANSWERED,
            NCES_GUIDE,
        ),
    ),
    (
        "home-internet-sufficient",
        ind(
            "Internet en casa suficiente para ver videos y subir trabajos",
            "Estudiantes cuya conexión en casa permite ver videos y subir trabajos sin interrupciones frecuentes",
            "Estudiantes con internet en casa que respondieron",
            NCES_GUIDE,
        ),
    ),
    (
        "broadband-benchmark",
        ind(
            "Servicio en casa al nivel de referencia de banda ancha de la FCC",
            "Hogares con un servicio de al menos 100 Mbps de bajada y 20 Mbps de subida",
            "Hogares cuya velocidad de servicio se conoce",
            "Informe de la Sección 706 de la FCC de 2024 (100/20 Mbps)",
        ),
    ),
    (
        "assistive-tech-met",
        ind(
            "Necesidades de tecnología de asistencia cubiertas",
            "Estudiantes con un plan IEP o 504 cuyas necesidades de tecnología de asistencia están cubiertas",
            "Estudiantes con un plan IEP o 504 que necesitan tecnología de asistencia",
            "Registros IEP/504 del distrito",
        ),
    ),
    (
        "active-use-observed",
        ind(
            "Clases con uso activo de la tecnología por los estudiantes",
            "Clases observadas en el nivel Adaptación o superior en la característica Activa de la Matriz de Integración de Tecnología",
            "Clases observadas en las que se usó tecnología",
            "Matriz de Integración de Tecnología (Technology Integration Matrix, Universidad del Sur de Florida)",
        ),
    ),
    (
        "create-weekly",
        ind(
            "Estudiantes que crean con tecnología cada semana",
            "Estudiantes que crean algo con tecnología al menos una vez por semana",
            ANSWERED,
            STUDENT_SURVEY,
        ),
    ),
    (
        "collaborate-weekly",
        ind(
            "Estudiantes que colaboran en línea cada semana",
            "Estudiantes que trabajan en línea con sus compañeros al menos una vez por semana",
            ANSWERED,
            STUDENT_SURVEY,
        ),
    ),
    (
        "teachers-prepared",
        ind(
            "Docentes preparados para diseñar aprendizaje con tecnología",
            "Docentes que dicen estar bien o muy bien preparados",
            TEACHERS_ANSWERED,
            "Escala de preparación docente de la encuesta FRSS del NCES",
        ),
    ),
    (
        "teachers-coached",
        ind(
            "Docentes con acceso a acompañamiento en tecnología educativa",
            "Docentes que pueden recibir acompañamiento para enseñar con tecnología",
            TEACHERS_ANSWERED,
            "Encuesta al personal o registros de acompañamiento",
        ),
    ),
    (
        "teachers-pl-target",
        ind(
            "Docentes que cumplieron la meta de desarrollo profesional de este año",
            "Docentes que completaron este año la meta de desarrollo profesional del distrito",
            "Docentes",
            "Registros de desarrollo profesional",
        ),
    ),
];

type GroupsEs = &'static [(&'static str, &'static str)];

/// (dimension id, name, [(group id, name)]).
static DIMENSIONS_ES: &[(&str, &str, GroupsEs)] = &[
    (
        "econ",
        "Estudiantes de bajos ingresos",
        &[("yes", "Estudiantes de bajos ingresos"), ("no", "Estudiantes que no son de bajos ingresos")],
    ),
    (
        "race",
        "Raza u origen étnico",
        &[
            ("aian", "Indígena de las Américas o nativo de Alaska"),
            ("asian", "Asiático"),
            ("black", "Negro o afroamericano"),
            ("hispanic", "Hispano o latino"),
            ("nhpi", "Nativo de Hawái u otras islas del Pacífico"),
            ("white", "Blanco"),
            ("multi", "Dos o más razas"),
        ],
    ),
    (
        "swd",
        "Estudiantes con discapacidades",
        &[("yes", "Estudiantes con discapacidades"), ("no", "Estudiantes sin discapacidades")],
    ),
    (
        "el",
        "Estudiantes de inglés",
        &[("yes", "Estudiantes de inglés"), ("no", "Estudiantes que no son estudiantes de inglés")],
    ),
    (
        "locale",
        "Tipo de localidad",
        &[("city", "Ciudad"), ("suburb", "Suburbio"), ("town", "Pueblo"), ("rural", "Zona rural")],
    ),
    ("grade", "Nivel escolar", &[("elementary", "Primaria"), ("middle", "Intermedia"), ("high", "Secundaria")]),
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::divides::model::{builtin_dimensions, builtin_indicators};
    use std::collections::HashSet;

    fn is_phrase(text: &str) -> bool {
        !text.trim().is_empty() && text.trim() == text
    }

    #[test]
    fn every_builtin_indicator_has_spanish_unlike_the_english() {
        for i in builtin_indicators() {
            let es = indicator(&i.id).unwrap_or_else(|| panic!("divide indicator {} has no Spanish", i.id));
            for (what, es, en) in [
                ("name", es.name, &i.name),
                ("numerator", es.numerator, &i.numerator),
                ("denominator", es.denominator, &i.denominator),
                ("source", es.source, &i.source),
            ] {
                assert!(is_phrase(es), "{}: {what}", i.id);
                assert_ne!(es, en, "{}: {what} not translated", i.id);
            }
        }
        let names: HashSet<&str> = INDICATORS_ES.iter().map(|(_, x)| x.name).collect();
        assert_eq!(names.len(), INDICATORS_ES.len(), "two indicators with one Spanish name");
    }

    #[test]
    fn every_builtin_dimension_and_group_has_spanish_unlike_the_english() {
        for d in builtin_dimensions() {
            let name = dimension(&d.id).unwrap_or_else(|| panic!("dimension {} has no Spanish", d.id));
            assert!(is_phrase(name) && name != d.name, "{}", d.id);
            let mut seen = HashSet::new();
            for g in &d.groups {
                let es = group(&d.id, &g.id).unwrap_or_else(|| panic!("group {}:{} has no Spanish", d.id, g.id));
                assert!(is_phrase(es), "{}:{}", d.id, g.id);
                assert_ne!(es, g.name, "{}:{} not translated", d.id, g.id);
                assert!(seen.insert(es), "{}: two groups named {es}", d.id);
            }
        }
    }

    #[test]
    fn spanish_is_keyed_only_by_builtin_ids() {
        let inds: HashSet<String> = builtin_indicators().into_iter().map(|i| i.id).collect();
        assert_eq!(INDICATORS_ES.len(), inds.len());
        assert!(INDICATORS_ES.iter().all(|(id, _)| inds.contains(*id)));
        let dims = builtin_dimensions();
        assert_eq!(DIMENSIONS_ES.len(), dims.len());
        for (id, _, groups) in DIMENSIONS_ES {
            let d = dims.iter().find(|d| d.id == *id).unwrap_or_else(|| panic!("unknown dimension {id}"));
            assert_eq!(groups.len(), d.groups.len(), "{id}");
            assert!(groups.iter().all(|(g, _)| d.groups.iter().any(|x| x.id == *g)), "{id}");
        }
        assert!(indicator("custom-hotspots").is_none());
        assert!(dimension("custom-housing").is_none() && group("econ", "maybe").is_none());
        assert!(group("custom-housing", "yes").is_none());
    }

    #[test]
    fn spanish_follows_the_glossary() {
        assert_eq!(dimension("el"), Some("Estudiantes de inglés"));
        assert_eq!(dimension("swd"), Some("Estudiantes con discapacidades"));
        assert_eq!(dimension("econ"), Some("Estudiantes de bajos ingresos"));
        for (_, x) in INDICATORS_ES {
            for text in [x.name, x.numerator, x.denominator] {
                assert!(!text.to_lowercase().contains("maestr"), "{text}: teachers are docentes");
            }
        }
    }
}
