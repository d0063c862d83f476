//! The portfolio review questions (`super::QUESTIONS`) in Spanish, keyed by their frozen ids.
//! Our own translation, following the app's glossary (src/ui/i18n/glossary-es.md).
//!
//! Invariant (checked by the tests at the bottom): every question has its Spanish here, unlike
//! its English, and nothing here is keyed by an id the review lacks.

/// The question with this id in Spanish; `None` for an id the review does not have.
pub fn question(id: &str) -> Option<&'static str> {
    QUESTIONS_ES.iter().find(|(i, _)| *i == id).map(|(_, text)| *text)
}

static QUESTIONS_ES: &[(&str, &str)] = &[
    ("selection.need", "¿Responde a una necesidad urgente que han señalado nuestros estudiantes o nuestro personal?"),
    ("selection.unique", "¿Hace algo que no hace ninguna otra herramienta que ya pagamos?"),
    ("selection.fit", "¿Su contenido es pertinente para las culturas, los idiomas y los contextos de nuestros estudiantes?"),
    (
        "infrastructure.integration",
        "¿Funciona con nuestros sistemas (inicio de sesión único, carga de listas de estudiantes, la plataforma de aprendizaje)?",
    ),
    ("infrastructure.privacy", "¿Los datos de los estudiantes están protegidos por un acuerdo firmado y una seguridad sólida?"),
    (
        "infrastructure.access",
        "¿Todos los estudiantes pueden usarla con los dispositivos y las conexiones que de verdad tienen, en la escuela y en casa?",
    ),
    (
        "implementation.training",
        "¿Los docentes, los estudiantes y las familias reciben la capacitación y el apoyo continuo para usarla bien?",
    ),
    ("implementation.use", "¿Se usa como se pensó y con la frecuencia prevista?"),
    (
        "equity.reach",
        "¿Todos los grupos de estudiantes la usan y se benefician de ella, sin que ningún grupo se quede atrás?",
    ),
    (
        "equity.accessible",
        "¿Pueden usarla los estudiantes con discapacidades, con una conformidad documentada con WCAG 2.1 AA?",
    ),
    ("evaluation.goals", "¿Le fijamos metas, con criterios de éxito que podamos comprobar?"),
    ("evaluation.results", "¿Vemos los resultados que esperábamos, y valen lo que cuesta?"),
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::portfolio::QUESTIONS;
    use std::collections::HashSet;

    #[test]
    fn every_question_has_spanish_unlike_the_english() {
        for q in QUESTIONS {
            let es = question(q.id).unwrap_or_else(|| panic!("question {} has no Spanish", q.id));
            assert!(es.starts_with('¿') && es.ends_with('?'), "{}: {es}", q.id);
            assert_ne!(es, q.text, "{}", q.id);
        }
        assert_eq!(QUESTIONS_ES.len(), QUESTIONS.len());
        let ids: HashSet<&str> = QUESTIONS_ES.iter().map(|(id, _)| *id).collect();
        assert_eq!(ids.len(), QUESTIONS_ES.len(), "an id twice");
        assert!(question("selection.nope").is_none());
    }
}
