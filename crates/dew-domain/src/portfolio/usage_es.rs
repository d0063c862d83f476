//! The product-usage indicator (`super::usage::usage_indicator`) in Spanish: the app's own
//! words, though the indicator is not a built-in one of the divide model. Our own translation,
//! following the app's glossary (src/ui/i18n/glossary-es.md).

use crate::divides::model_es::DivideIndicatorEs;

/// The usage indicator in Spanish.
pub static USAGE_INDICATOR_ES: DivideIndicatorEs = DivideIndicatorEs {
    name: "Usuarios activos entre los inscritos",
    numerator: "Estudiantes que usaron la herramienta en el período",
    denominator: "Estudiantes inscritos en la herramienta o con licencia para usarla",
    source: "La exportación de datos de uso de la herramienta",
};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::portfolio::usage::usage_indicator;

    #[test]
    fn the_usage_indicator_has_spanish_unlike_the_english() {
        let en = usage_indicator();
        let es = &USAGE_INDICATOR_ES;
        for (es, en) in
            [(es.name, en.name), (es.numerator, en.numerator), (es.denominator, en.denominator), (es.source, en.source)]
        {
            assert!(!es.trim().is_empty() && es.trim() == es);
            assert_ne!(es, en);
        }
    }
}
