//! The self-assessment content in Spanish, keyed by the frozen ids of `content`: each area's
//! name and summary, each indicator's statement, four level descriptors and suggested
//! evidence. Our own translation of our own English, in neutral Latin American Spanish
//! ("usted"), following the app's glossary (src/ui/i18n/glossary-es.md).
//!
//! Invariants (checked by the tests at the bottom): every area and indicator of `content` has
//! its Spanish here, with four distinct descriptors and as many evidence items as the English,
//! and no Spanish text is the English one; nothing here is keyed by an id `content` lacks.

/// An area in Spanish.
#[derive(Debug)]
pub struct AreaEs {
    pub name: &'static str,
    pub summary: &'static str,
}

/// An indicator in Spanish.
#[derive(Debug)]
pub struct IndicatorEs {
    pub statement: &'static str,
    /// Inicial, En desarrollo, Establecido, Avanzado (in that order).
    pub descriptors: [&'static str; 4],
    /// In the order of the English evidence.
    pub evidence: &'static [&'static str],
}

/// The area with this id in Spanish; `None` for an id `content` does not have.
pub fn area(id: &str) -> Option<&'static AreaEs> {
    AREAS_ES.iter().find(|(i, _)| *i == id).map(|(_, a)| a)
}

/// The indicator with this id in Spanish; `None` for an id `content` does not have.
pub fn indicator(id: &str) -> Option<&'static IndicatorEs> {
    INDICATORS_ES.iter().find(|(i, _)| *i == id).map(|(_, x)| x)
}

const fn a(name: &'static str, summary: &'static str) -> AreaEs {
    AreaEs { name, summary }
}

static AREAS_ES: &[(&str, AreaEs)] = &[
    (
        "who",
        a(
            "Práctica en el aula: a quién se atiende",
            "Si la tecnología del distrito atiende y representa a cada estudiante, lo que incluye la accesibilidad, el Diseño Universal para el Aprendizaje y la pertinencia cultural y lingüística.",
        ),
    ),
    (
        "what",
        a(
            "Práctica en el aula: qué hacen las herramientas",
            "Si las herramientas y el contenido se adaptan a las necesidades de cada estudiante y respetan sus voces, identidades e intereses.",
        ),
    ),
    (
        "how",
        a(
            "Práctica en el aula: cómo usan la tecnología los estudiantes",
            "Si los estudiantes usan la tecnología de forma activa y creativa, y desarrollan su alfabetización digital, su salud y seguridad en línea y su ciudadanía digital.",
        ),
    ),
    (
        "vision",
        a(
            "Condición esencial: visión compartida",
            "Si el distrito tiene una visión compartida de la equidad digital, formada con la comunidad, que guía sus planes, presupuestos e informes.",
        ),
    ),
    (
        "policy",
        a(
            "Condición esencial: políticas",
            "Si las políticas de privacidad, de uso aceptable, de dispositivos y conectividad, y de compras protegen a los estudiantes y eliminan barreras para el aprendizaje.",
        ),
    ),
    (
        "culture",
        a(
            "Condición esencial: cultura escolar",
            "Si líderes, docentes, estudiantes y familias comparten una cultura que apoya probar, aprender y liderar con tecnología.",
        ),
    ),
    (
        "learning",
        a(
            "Condición esencial: desarrollo profesional",
            "Si los docentes tienen el tiempo, el acompañamiento y la voz para diseñar aprendizaje con tecnología para cada estudiante.",
        ),
    ),
    (
        "access",
        a(
            "Infraestructura de acceso",
            "Si los estudiantes tienen dispositivos adecuados, con la tecnología de asistencia que necesiten, conexión confiable en casa y en la escuela, y apoyo técnico oportuno.",
        ),
    ),
    (
        "portfolio",
        a(
            "Gestión del portafolio de tecnología",
            "Si las herramientas se seleccionan, se apoyan, se implementan y se evalúan como un solo portafolio, teniendo en cuenta la equidad y la evaluación en cada fase.",
        ),
    ),
];

static INDICATORS_ES: &[(&str, IndicatorEs)] = &[
    // Práctica en el aula: a quién se atiende
    (
        "who.accessible-materials",
        IndicatorEs {
            statement: "Los materiales digitales que los estudiantes usan en clase, comprados o creados por los docentes, funcionan para estudiantes con discapacidades: tienen subtítulos, se pueden leer con lectores de pantalla y se pueden usar sin mouse.",
            descriptors: [
                "La accesibilidad se corrige caso por caso, después de que un estudiante o una familia informa un problema. Nadie lleva registro de qué materiales tienen subtítulos, texto alternativo o compatibilidad con lectores de pantalla.",
                "Algunas escuelas o departamentos usan una lista de verificación de accesibilidad para los materiales creados por docentes, y el personal de educación especial señala problemas. Hay una guía del distrito en borrador, pero aún no se exige a todos.",
                "Los docentes de todo el distrito revisan los materiales nuevos con una lista de verificación común y verificadores integrados, los materiales básicos se auditan cada año y cada problema tiene un responsable y una fecha límite.",
                "Estudiantes que usan tecnología de asistencia y sus familias ayudan a probar los materiales, los resultados de las auditorías se revisan por escuela cada trimestre y casi no quedan materiales básicos inaccesibles.",
            ],
            evidence: &[
                "Lista de verificación de accesibilidad y resultados de auditoría de los materiales básicos",
                "Registro de problemas de accesibilidad informados y del tiempo en corregirlos",
                "Comentarios de estudiantes con planes IEP o 504 y de sus familias",
            ],
        },
    ),
    (
        "who.universal-design",
        IndicatorEs {
            statement: "Los docentes planifican con el Diseño Universal para el Aprendizaje (DUA), de modo que cada clase ofrece a los estudiantes más de una forma de participar, de recibir el contenido y de mostrar lo que saben.",
            descriptors: [
                "Algunos docentes ofrecen opciones por iniciativa propia, como versiones en audio o la elección del producto final. El DUA no aparece en las plantillas de planificación, las visitas al aula ni el desarrollo profesional.",
                "El DUA se enseña en algunas escuelas o a un grupo piloto, y algunos planes de unidad muestran opciones de participación, representación y expresión. Los ejemplos circulan de manera informal entre colegas.",
                "Las plantillas de planificación del distrito preguntan cómo cada unidad incluye opciones, los asesores pedagógicos apoyan la planificación con DUA en todas las escuelas y los datos de las visitas al aula sobre la práctica del DUA se revisan cada semestre.",
                "Los estudiantes dicen a los docentes qué opciones les ayudan, y los equipos combinan esos comentarios con los resultados por grupo de estudiantes para rediseñar las unidades cada año; las diferencias entre grupos se reducen con el tiempo.",
            ],
            evidence: &[
                "Planes de unidad que muestran opciones de participación, representación y expresión",
                "Datos de visitas al aula u observaciones sobre prácticas de DUA",
                "Comentarios de los estudiantes sobre las opciones que se ofrecen",
            ],
        },
    ),
    (
        "who.cultural-linguistic",
        IndicatorEs {
            statement: "Los estudiantes ven sus culturas, comunidades e idiomas en el contenido digital que usan, y los estudiantes y las familias pueden usar las herramientas y los mensajes principales en sus idiomas del hogar.",
            descriptors: [
                "El contenido se elige sin revisar de quién son las historias e idiomas que incluye. Solo se traduce cuando un miembro del personal o una madre o un padre se ofrece a ayudar.",
                "Algunas materias han empezado a revisar el contenido digital básico en cuanto a representación y sesgos, y las herramientas para familias más usadas se ofrecen en los idiomas del hogar más comunes del distrito.",
                "Cada adopción de material básico se revisa en cuanto a pertinencia cultural y sesgos con una rúbrica común, y las herramientas y guías para familias existen en cada idioma que supera el umbral del distrito.",
                "Estudiantes, familias y grupos de la comunidad participan en las revisiones del contenido, el distrito cubre las carencias que ellos señalan, y el uso de las herramientas por estudiantes de inglés y sus familias se sigue y va en aumento.",
            ],
            evidence: &[
                "Revisión de sesgos y representación del contenido digital básico",
                "Lista de herramientas y guías para familias por idioma",
                "Resultados de encuestas a estudiantes de inglés y sus familias",
            ],
        },
    ),
    (
        "who.reach-all-groups",
        IndicatorEs {
            statement: "El distrito sabe a qué estudiantes y escuelas llegan sus herramientas y recursos digitales, y a cuáles no, y actúa cuando se está dejando fuera a un grupo.",
            descriptors: [
                "Nadie revisa quién usa las herramientas del distrito. Se conoce el número de licencias, pero no qué escuelas o grupos de estudiantes las usan de verdad.",
                "El uso de algunas herramientas principales se informa por escuela; se planea o se prueba un primer análisis por grupo de estudiantes, pero los hallazgos todavía no llevan a actuar.",
                "El uso de las herramientas básicas se revisa cada semestre por escuela y grupo de estudiantes (por ejemplo, estudiantes de inglés y estudiantes con discapacidades), y cada diferencia pasa a un equipo con una fecha de seguimiento.",
                "Estudiantes y familias de grupos poco atendidos ayudan a explicar las diferencias, las acciones se siguen en el plan de equidad y se demuestra que las diferencias se reducen de un año a otro.",
            ],
            evidence: &[
                "Informes de uso por escuela y grupo de estudiantes",
                "Hallazgos del análisis de brechas",
                "Acciones del plan de equidad y su estado",
            ],
        },
    ),
    // Práctica en el aula: qué hacen las herramientas
    (
        "what.adaptive-pathways",
        IndicatorEs {
            statement: "Las herramientas y las clases se ajustan al punto en que está cada estudiante, le permiten trabajar al ritmo y nivel que le convienen, y los docentes usan lo que muestran las herramientas para planificar los siguientes pasos.",
            descriptors: [
                "Por lo general, todos los estudiantes de una clase reciben la misma tarea digital al mismo tiempo. Algunos docentes diferencian por su cuenta, pero casi nunca se consultan los datos de las herramientas.",
                "Algunas escuelas usan herramientas que ajustan la dificultad u ofrecen apoyos, y algunos equipos se reúnen a revisar los datos. Se está redactando una guía para usarlos al agrupar y volver a enseñar.",
                "Los docentes de todo el distrito activan apoyos (lectura en voz alta, traducción, pistas) para los estudiantes que los necesitan y revisan los datos de las herramientas en reuniones de equipo al menos una vez al mes.",
                "Los estudiantes fijan metas y eligen sus siguientes pasos a partir de sus propios datos, los docentes comprueban que los caminos adaptativos no frenen a ningún grupo y los resultados por grupo deciden qué herramientas se mantienen.",
            ],
            evidence: &[
                "Notas de reuniones de equipo que usan datos de las herramientas",
                "Planes de clase con tareas digitales diferenciadas",
                "Resultados por grupo de estudiantes en las herramientas adaptativas",
            ],
        },
    ),
    (
        "what.student-voice",
        IndicatorEs {
            statement: "Los estudiantes pueden elegir de verdad qué estudian, cómo trabajan y cómo muestran lo que aprenden, y la tecnología amplía esas opciones en lugar de reducirlas a una sola pantalla.",
            descriptors: [
                "El docente define las tareas digitales, con una sola forma correcta de hacerlas. En algunas aulas los estudiantes eligen, pero no se fomenta ni se lleva registro.",
                "Algunos docentes o escuelas diseñan proyectos en los que se elige el tema, el formato o la herramienta, y de vez en cuando se pide a los estudiantes su opinión sobre las herramientas que usan.",
                "Las unidades de todo el distrito incluyen momentos de elección planificados, y cada semestre se encuesta a los estudiantes sobre su voz y sus opciones, con resultados que se comparten con docentes y líderes.",
                "Los estudiantes ayudan a diseñar unidades y a revisar herramientas, los resultados de las encuestas se separan por grupo para escuchar a todos, y se informa a los estudiantes de los cambios hechos en respuesta.",
            ],
            evidence: &[
                "Resultados de encuestas a estudiantes sobre su voz y sus opciones",
                "Planes de unidad con momentos de elección",
                "Muestras de trabajos de estudiantes en distintos formatos",
            ],
        },
    ),
    (
        "what.identity-and-interests",
        IndicatorEs {
            statement: "Los estudiantes pueden aportar sus identidades, intereses y experiencias a su trabajo digital, y las herramientas que usan evitan estereotipos y suposiciones sobre quiénes son.",
            descriptors: [
                "Las herramientas y las consignas suponen un solo tipo de estudiante, y nadie revisa los nombres, las imágenes, los ejemplos ni los avatares en busca de estereotipos o de a quién dejan fuera.",
                "Algunos docentes crean tareas a partir de los intereses y las comunidades de los estudiantes, y algunas herramientas se han revisado en busca de estereotipos u opciones predeterminadas sesgadas después de recibir quejas.",
                "En todas las escuelas, las tareas invitan con regularidad a los estudiantes a recurrir a su propia vida y a sus idiomas, y las herramientas, incluidas las funciones de IA, se revisan en busca de sesgos antes de usarse ampliamente.",
                "Los estudiantes ayudan a revisar cuánto los reflejan las herramientas y las tareas, sus comentarios cambian lo que se usa y el distrito publica qué cambió y por qué.",
            ],
            evidence: &[
                "Muestras de trabajos que parten de la vida de los estudiantes",
                "Notas de revisión de sesgos de las herramientas, incluidas las funciones de IA",
                "Notas de grupos de discusión con estudiantes",
            ],
        },
    ),
    (
        "what.feedback-and-goals",
        IndicatorEs {
            statement: "Los estudiantes y los docentes reciben de las herramientas digitales una retroalimentación clara y oportuna, y la usan juntos para fijar metas y decidir qué aprender después.",
            descriptors: [
                "Las herramientas producen puntajes que los estudiantes casi nunca ven o entienden. Los docentes abren los informes cuando tienen tiempo, y la retroalimentación llega casi siempre cuando el trabajo ya terminó.",
                "En algunas aulas se usa la retroalimentación de las herramientas durante la clase y se tienen conversaciones breves con los estudiantes para fijar metas, y se está probando un enfoque común de retroalimentación en un piloto.",
                "En todas las escuelas, los estudiantes ven su propio avance en las herramientas que usan, fijan metas al menos en cada período de calificaciones y planifican sus siguientes pasos con su docente.",
                "Los estudiantes explican su avance a sus familias con sus propios datos, los docentes comprueban que la retroalimentación sea igual de útil para cada grupo, y las herramientas con retroalimentación poco clara se reemplazan.",
            ],
            evidence: &[
                "Registros de metas fijadas por los estudiantes",
                "Ejemplos de retroalimentación dada a través de las herramientas",
                "Encuesta a estudiantes sobre la utilidad de la retroalimentación",
            ],
        },
    ),
    // Práctica en el aula: cómo usan la tecnología los estudiantes
    (
        "how.active-creation",
        IndicatorEs {
            statement: "Los estudiantes usan la tecnología con regularidad para investigar, crear, construir y resolver problemas, y pasan poco de su tiempo frente a la pantalla solo mirando o llenando hojas de trabajo digitales.",
            descriptors: [
                "La mayor parte del tiempo frente a la pantalla se va en ver videos, leer o llenar hojas de trabajo digitales. Nadie observa ni registra cómo usan la tecnología los estudiantes.",
                "Algunos docentes diseñan tareas creativas y de resolución de problemas, y algunas escuelas han empezado a observar clases con la Matriz de Integración de Tecnología (TIM) para ver qué tan activo es el uso.",
                "Las clases de todas las escuelas se observan cada año con la Matriz de Integración de Tecnología, la mayoría llega a Adaptación o más en su característica Activa, y los resultados se comparan por escuela.",
                "El uso activo y creativo es común en todas las escuelas y para cada grupo de estudiantes; los datos de observación y de encuestas a estudiantes se comparan por grupo, y el acompañamiento va adonde aparecen diferencias.",
            ],
            evidence: &[
                "Notas de observación en el aula (Matriz de Integración de Tecnología)",
                "Encuesta a estudiantes sobre con qué frecuencia crean con tecnología",
                "Muestras de trabajos creados por estudiantes",
            ],
        },
    ),
    (
        "how.connected-learning",
        IndicatorEs {
            statement: "Los estudiantes usan la tecnología para trabajar con sus compañeros y aprender de expertos, mentores y miembros de la comunidad fuera de su propia aula.",
            descriptors: [
                "Los estudiantes trabajan casi siempre solos en los dispositivos. El contacto con personas de fuera de la clase ocurre solo en algún evento ocasional que organiza un docente.",
                "Algunas clases usan documentos compartidos y herramientas de discusión para el trabajo en grupo, y algunas escuelas tienen alianzas que traen a expertos externos por video.",
                "Los estudiantes de todas las escuelas colaboran en línea al menos una vez por semana, y cada nivel escolar tiene al menos una conexión planificada con expertos o socios de la comunidad cada año.",
                "Los estudiantes inician y dirigen sus propias colaboraciones con personas fuera de la escuela, los socios reflejan la diversidad de la comunidad y se revisa la participación para que todos los grupos tomen parte.",
            ],
            evidence: &[
                "Encuesta a estudiantes sobre la colaboración en línea",
                "Lista de alianzas con la comunidad y con expertos por escuela",
                "Muestras de proyectos que muestran colaboración",
            ],
        },
    ),
    (
        "how.digital-literacy",
        IndicatorEs {
            statement: "Los estudiantes aprenden, como parte de las clases habituales, a buscar, evaluar y usar la información con sentido crítico, incluidos los medios y el contenido producidos con inteligencia artificial.",
            descriptors: [
                "La alfabetización informacional y mediática se enseña solo donde cada docente lo decide. No hay un alcance y secuencia acordado, y no se habla del contenido generado por IA.",
                "Hay un alcance y secuencia de alfabetización digital en borrador, algunas escuelas lo enseñan en clases de biblioteca o de orientación, y se prepara una guía sobre el uso de la IA en el trabajo de los estudiantes.",
                "Un alcance y secuencia del distrito cubre cada nivel escolar, se enseña dentro de las clases de cada materia, incluye evaluar fuentes y resultados de la IA, y los docentes registran cuándo lo enseñan.",
                "Los estudiantes muestran estas habilidades en proyectos evaluados con una rúbrica común, los resultados por escuela y grupo orientan la enseñanza, y los estudiantes ayudan a actualizar las clases a medida que cambia la tecnología.",
            ],
            evidence: &[
                "Alcance y secuencia de alfabetización digital",
                "Guía sobre el uso de la IA para estudiantes y docentes",
                "Trabajos de estudiantes evaluados con una rúbrica de alfabetización digital",
            ],
        },
    ),
    (
        "how.health-safety-citizenship",
        IndicatorEs {
            statement: "Los estudiantes de cada nivel escolar aprenden a proteger su privacidad, mantenerse seguros, cuidar su bienestar y actuar en línea con responsabilidad y respeto.",
            descriptors: [
                "La seguridad en línea se trata sobre todo después de un incidente o en una asamblea aislada. Lo que aprenden los estudiantes depende de su escuela y su docente.",
                "Algunas escuelas enseñan un programa de ciudadanía digital y a las familias se les ofrecen sesiones informativas de vez en cuando; todavía no se sigue la cobertura por grado.",
                "Todas las escuelas dan clases de salud, seguridad y ciudadanía digitales en cada nivel escolar, se lleva registro de su finalización y las familias reciben guías en sus idiomas del hogar.",
                "Los estudiantes dan clases a sus compañeros y ayudan a revisar el programa, los datos de incidentes y de bienestar se revisan por grupo, y las familias asisten a sesiones dirigidas junto con estudiantes.",
            ],
            evidence: &[
                "Plan de clases de ciudadanía digital y registros de finalización",
                "Guías para familias y asistencia a las sesiones",
                "Resultados de encuestas de bienestar a estudiantes",
            ],
        },
    ),
    // Condición esencial: visión compartida
    (
        "vision.shared-statement",
        IndicatorEs {
            statement: "El distrito tiene una visión escrita de la equidad digital que dice qué debe poder hacer cada estudiante con la tecnología y cómo se cerrarán las brechas de acceso, de uso y de diseño.",
            descriptors: [
                "No hay una visión escrita de la equidad digital; las metas de tecnología las fijan distintos departamentos por separado y describen sobre todo dispositivos y programas.",
                "Existe una visión en borrador que nombra las brechas de acceso, de uso y de diseño, pero todavía no se ha adoptado, y la mayoría del personal, los estudiantes y las familias no la conocen.",
                "La junta escolar adoptó la visión, se publica en los principales idiomas del hogar y los planes de las escuelas hacen referencia a ella.",
                "El equipo de equidad revisa la visión en cada ciclo con datos sobre las brechas, y el personal, los estudiantes y las familias pueden explicar qué significa para su propia escuela.",
            ],
            evidence: &[
                "Visión de equidad digital adoptada",
                "Actas de la junta escolar o registro de la adopción",
                "Planes de mejora de las escuelas que hacen referencia a la visión",
            ],
        },
    ),
    (
        "vision.co-created",
        IndicatorEs {
            statement: "Estudiantes, familias, docentes, líderes escolares y del distrito, personal de tecnología y miembros de la comunidad ayudan a dar forma a la visión y al trabajo que se deriva de ella.",
            descriptors: [
                "La visión y las metas de tecnología las fija un grupo pequeño del personal del distrito. No se pide la opinión de los estudiantes ni de las familias.",
                "Se formó un equipo de equidad digital con algunos grupos representados, y una encuesta o una sesión de escucha ha recogido opiniones de estudiantes o familias en algunas escuelas.",
                "El equipo incluye a estudiantes, familias, docentes, líderes y personal de tecnología, se reúne según un calendario fijo y recoge opiniones de todas las escuelas en los principales idiomas del hogar.",
                "Miembros de grupos poco representados comparten la dirección del equipo, sus aportes cambian las decisiones de forma visible y el equipo informa a la comunidad de lo que escuchó y de lo que hizo.",
            ],
            evidence: &[
                "Lista de integrantes del equipo por rol",
                "Agendas y notas de las reuniones",
                "Resúmenes de las opiniones de estudiantes y familias y de las respuestas a ellas",
            ],
        },
    ),
    (
        "vision.linked-to-plans",
        IndicatorEs {
            statement: "La visión de equidad digital forma parte del plan estratégico, de los planes de las escuelas y de los presupuestos, con metas medibles y responsables con nombre.",
            descriptors: [
                "El gasto y los planes de tecnología se deciden año por año sin un vínculo declarado con metas de equidad, y las metas que existen no se pueden medir.",
                "Algunas metas del plan estratégico mencionan la equidad digital y algunas partidas del presupuesto están vinculadas a ellas, pero aún no todas tienen responsables y medidas.",
                "Cada meta tiene una medida, un valor meta, un responsable y fondos, los planes de las escuelas muestran cómo contribuyen y los líderes revisan el avance al menos dos veces al año.",
                "Los presupuestos se orientan hacia las escuelas y los grupos con las mayores diferencias, los fondos se planifican más allá de subvenciones únicas y las metas se ajustan en cada ciclo según los resultados.",
            ],
            evidence: &[
                "Plan estratégico con metas y medidas de equidad digital",
                "Partidas del presupuesto vinculadas a metas de equidad",
                "Notas de las revisiones de avance de los líderes",
            ],
        },
    ),
    (
        "vision.progress-reported",
        IndicatorEs {
            statement: "El avance en equidad digital se mide por escuela y por grupo de estudiantes, y se informa abiertamente a la comunidad cada año.",
            descriptors: [
                "El avance se describe con totales generales, como los dispositivos entregados, y no se desglosa por escuela ni por grupo de estudiantes.",
                "Se eligió un primer conjunto de medidas de equidad y se reunieron datos de referencia de algunas escuelas; los informes son internos e irregulares.",
                "Un informe anual muestra cada medida por escuela y grupo de estudiantes, con los grupos pequeños ocultos para proteger la privacidad, y se comparte con la junta escolar y el público.",
                "Estudiantes y familias ayudan a interpretar los resultados, el informe muestra los cambios a lo largo de varios años y lo que se hizo en respuesta, y se publica en formatos accesibles y en los idiomas del hogar.",
            ],
            evidence: &[
                "Informe anual de equidad digital",
                "Datos de referencia y de seguimiento por escuela y grupo de estudiantes",
                "Materiales de presentación a la comunidad",
            ],
        },
    ),
    // Condición esencial: políticas
    (
        "policy.student-data-privacy",
        IndicatorEs {
            statement: "Cada herramienta digital que maneja datos de estudiantes se aprueba según reglas de privacidad claras, tiene un acuerdo de datos firmado y aparece en una lista que las familias pueden ver.",
            descriptors: [
                "Los docentes se inscriben en herramientas por su cuenta, y nadie tiene una lista completa de qué herramientas recogen datos de estudiantes ni de qué acuerdos las cubren.",
                "Existe una lista de herramientas aprobadas y las compras nuevas se revisan en cuanto a privacidad, pero a menudo se pasan por alto las herramientas gratuitas que adoptan los docentes y los acuerdos están incompletos.",
                "Cada herramienta que guarda datos de estudiantes pasa una misma revisión, tiene un acuerdo archivado y aparece en una lista publicada; cada año se detectan y se atienden las herramientas no aprobadas.",
                "Las familias y los estudiantes mayores pueden ver qué datos recoge cada herramienta y por qué, las revisiones se repiten en cada renovación y el distrito limita la recolección de datos al mínimo necesario.",
            ],
            evidence: &[
                "Inventario de herramientas con acuerdos de datos",
                "Lista de verificación para la revisión de privacidad",
                "Lista pública de herramientas aprobadas",
            ],
        },
    ),
    (
        "policy.acceptable-use",
        IndicatorEs {
            statement: "La política de uso aceptable está escrita en lenguaje sencillo, está disponible en los idiomas del hogar de las familias y fomenta el aprendizaje con tecnología además de poner límites.",
            descriptors: [
                "La política de uso aceptable es un documento legal que estudiantes y familias firman sin explicación, y es sobre todo una lista de prohibiciones.",
                "La política se está reescribiendo en lenguaje sencillo con algunas escuelas, y hay una versión para estudiantes en borrador para algunos niveles escolares.",
                "En todo el distrito se usa una política en lenguaje sencillo, con una versión para cada nivel escolar, traducida, explicada a los estudiantes cada año y revisada según un calendario.",
                "Estudiantes y familias ayudan a revisar la política en cada ciclo, esta cubre temas nuevos como la IA, y los datos de disciplina bajo la política se revisan para que ningún grupo reciba un trato más duro.",
            ],
            evidence: &[
                "Política de uso aceptable vigente y sus versiones para estudiantes",
                "Registro de las revisiones de la política con estudiantes y familias",
                "Datos de disciplina relacionados con la tecnología por grupo de estudiantes",
            ],
        },
    ),
    (
        "policy.device-connectivity",
        IndicatorEs {
            statement: "Las reglas sobre dispositivos y acceso a internet (uso en casa, puntos de acceso móvil, reparaciones, pérdidas y filtrado de contenido) eliminan barreras para los estudiantes en lugar de crearlas.",
            descriptors: [
                "Las reglas cambian de una escuela a otra, los cobros por daños o pérdidas hacen que algunas familias no se lleven los dispositivos a casa, y el filtrado se configura sin consultar a los docentes.",
                "Hay una política del distrito sobre dispositivos y conectividad en borrador, se eximen cobros a quien lo pide, y en algunas escuelas se prueba un proceso para desbloquear sitios útiles para aprender.",
                "Una sola política del distrito permite a cada estudiante llevarse un dispositivo a casa, exime de cobros a quien no puede pagar, presta puntos de acceso móvil donde hacen falta y responde en pocos días a las solicitudes de desbloqueo.",
                "La política se revisa cada año con datos sobre quién se queda sin dispositivo o conexión y por qué, las familias ayudan a darle forma, y las barreras que se encuentran se eliminan dentro del año.",
            ],
            evidence: &[
                "Política de dispositivos y conectividad",
                "Registros de exención de cobros y de préstamo de puntos de acceso móvil",
                "Solicitudes de desbloqueo del filtrado y tiempos de respuesta",
            ],
        },
    ),
    (
        "policy.procurement",
        IndicatorEs {
            statement: "Las reglas de compra exigen revisar cada herramienta nueva antes de comprarla en cuanto a accesibilidad, privacidad, interoperabilidad, evidencia de eficacia y coherencia con la visión de equidad.",
            descriptors: [
                "Las escuelas y los departamentos compran herramientas por el precio o por una presentación de ventas, sin revisiones comunes antes de comprar.",
                "Hay una lista de verificación de compras en borrador que se usa en las compras grandes, y para algunas herramientas se pide documentación de accesibilidad (como la conformidad con WCAG 2.1 AA).",
                "Cada adquisición, incluidas las herramientas gratuitas, pasa por la misma revisión; los proveedores deben demostrar conformidad con WCAG 2.1 AA y evidencia de eficacia, y las revisiones quedan registradas.",
                "Docentes, estudiantes y familias participan en las revisiones, lo que afirman los proveedores se pone a prueba en pilotos, y los contratos obligan a los proveedores a corregir los problemas de accesibilidad o de privacidad.",
            ],
            evidence: &[
                "Política de compras y lista de verificación para la revisión",
                "Informes de conformidad de accesibilidad de los proveedores",
                "Registros de las revisiones de compra realizadas",
            ],
        },
    ),
    // Condición esencial: cultura escolar
    (
        "culture.leaders-model",
        IndicatorEs {
            statement: "Los líderes escolares y del distrito dan el ejemplo de un uso de la tecnología reflexivo y equitativo, y lo convierten en una prioridad visible en la manera de dirigir las escuelas.",
            descriptors: [
                "Los líderes hablan de la tecnología sobre todo como dispositivos y logística, y su uso en el aula depende del interés de cada docente.",
                "Algunos directores hablan del uso activo y equitativo en las reuniones de personal y visitan aulas para verlo, pero lo que se espera cambia de una escuela a otra.",
                "Cada director o directora fija expectativas para un uso equitativo de la tecnología, visita aulas para verlo y conversa con los docentes sobre lo que vio al menos cada trimestre.",
                "Los líderes aprenden junto a docentes y estudiantes, comparten abiertamente sus propios intentos y usan los datos sobre las brechas para decidir adónde va el tiempo y el dinero de cada escuela.",
            ],
            evidence: &[
                "Registros de las visitas al aula de los directores",
                "Agendas de las reuniones de personal",
                "Encuesta a docentes sobre el apoyo de los líderes",
            ],
        },
    ),
    (
        "culture.safe-to-try",
        IndicatorEs {
            statement: "Los docentes se sienten seguros para probar nuevas formas de usar la tecnología, contar lo que no funcionó y aprender unos de otros.",
            descriptors: [
                "Probar algo nuevo con tecnología es un riesgo personal; los docentes casi nunca se ven enseñar entre sí ni hablan de clases que salieron mal.",
                "Algunas escuelas tienen equipos o redes donde los docentes comparten sus pruebas, y algunos líderes fomentan nuevas formas de trabajar en las evaluaciones.",
                "Cada escuela tiene un tiempo regular para que los docentes compartan clases con tecnología, incluidos los fracasos, y la evaluación docente reconoce los experimentos bien pensados.",
                "Docentes de distintas escuelas realizan y comparten pequeños estudios en el aula, los estudiantes opinan sobre las pruebas, y las ideas que funcionan llegan primero a las escuelas con las mayores diferencias.",
            ],
            evidence: &[
                "Encuesta a docentes sobre confianza e innovación",
                "Horarios y notas de los equipos de trabajo colaborativo",
                "Ejemplos de pruebas de clases compartidas",
            ],
        },
    ),
    (
        "culture.family-partnership",
        IndicatorEs {
            statement: "Las familias participan como socias en el aprendizaje digital y reciben apoyo, en sus idiomas, para usar las herramientas de la escuela y ayudar a sus hijos a aprender con tecnología.",
            descriptors: [
                "La escuela se comunica con las familias sobre la tecnología sobre todo cuando un dispositivo se pierde o se rompe; la ayuda se ofrece solo en inglés y solo en horario escolar.",
                "Algunas escuelas organizan noches de tecnología para familias o líneas de ayuda, y las guías principales están traducidas a algunos idiomas.",
                "Todas las escuelas ofrecen apoyo a las familias en los principales idiomas del hogar, en horarios en que las familias pueden asistir, y cada año se recogen sus opiniones con una encuesta.",
                "Las familias dirigen talleres junto con el personal y asesoran sobre las herramientas, los resultados de las encuestas se analizan por grupo, y el apoyo cambia donde las familias informan más dificultades.",
            ],
            evidence: &[
                "Resultados de la encuesta a familias",
                "Calendario de talleres para familias y asistencia",
                "Guías para familias traducidas",
            ],
        },
    ),
    (
        "culture.student-leadership",
        IndicatorEs {
            statement: "Los estudiantes asumen funciones reales de liderazgo con la tecnología, como atender una mesa de ayuda, enseñar a sus compañeros y formar parte del equipo de equidad.",
            descriptors: [
                "Los estudiantes usan la tecnología, pero no tienen una función definida para apoyar a otros ni para influir en las decisiones.",
                "Algunas escuelas tienen equipos o embajadores estudiantiles de tecnología, casi siempre elegidos entre estudiantes que ya se sienten seguros con la tecnología.",
                "Todas las escuelas intermedias y secundarias, y muchas primarias, tienen funciones de liderazgo estudiantil en tecnología, con miembros reclutados para reflejar a todo el estudiantado.",
                "Los líderes estudiantiles ayudan a dar capacitaciones, revisan herramientas y presentan ante la junta escolar, y el distrito comprueba que estas funciones lleguen a estudiantes de todos los grupos.",
            ],
            evidence: &[
                "Lista de líderes estudiantiles por escuela y grupo",
                "Registros de la mesa de ayuda estudiantil",
                "Actas del equipo de equidad que muestran los aportes de los estudiantes",
            ],
        },
    ),
    // Condición esencial: desarrollo profesional
    (
        "learning.protected-time",
        IndicatorEs {
            statement: "Los docentes tienen tiempo protegido dentro de la jornada laboral pagada para diseñar, probar y mejorar el aprendizaje con tecnología.",
            descriptors: [
                "Los docentes diseñan clases con tecnología en su tiempo libre, y los días de desarrollo profesional se dedican sobre todo a temas de cumplimiento normativo.",
                "Algunas escuelas programan tiempo de planificación para diseñar con tecnología, o un grupo piloto recibe horas liberadas, pero a menudo se pierde en otras tareas.",
                "Cada docente tiene cada mes un tiempo de diseño programado y protegido de otras tareas, y su uso se sigue por escuela.",
                "El tiempo de diseño se planifica con los docentes y se vincula con sus metas y con las diferencias en los datos de brechas, y las escuelas con las mayores diferencias reciben tiempo adicional.",
            ],
            evidence: &[
                "Horario general que muestra el tiempo de planificación colaborativa",
                "Calendario de desarrollo profesional",
                "Encuesta a docentes sobre el tiempo para planificar",
            ],
        },
    ),
    (
        "learning.coaching",
        IndicatorEs {
            statement: "Cada docente puede recibir acompañamiento en tecnología educativa en su propia aula cuando lo necesita.",
            descriptors: [
                "La ayuda para enseñar con tecnología viene de un especialista o de colegas entusiastas cuando tienen un rato libre, y el acompañamiento no se registra.",
                "Los asesores pedagógicos atienden a algunas escuelas o a un grupo piloto, las demás escuelas reciben capacitaciones aisladas, y las solicitudes superan lo que los asesores pueden atender.",
                "Hay acompañamiento en todas las escuelas, con ciclos de planificación, observación y retroalimentación, y se sigue cada año la proporción de docentes que lo reciben.",
                "El acompañamiento va primero a las escuelas y los equipos con las mayores diferencias de uso y de diseño, se mide su efecto en la práctica en el aula y los docentes ayudan a darle forma.",
            ],
            evidence: &[
                "Registros de acompañamiento por escuela",
                "Proporción de docentes con acceso a acompañamiento",
                "Datos de observación antes y después de los ciclos de acompañamiento",
            ],
        },
    ),
    (
        "learning.co-designers",
        IndicatorEs {
            statement: "Los docentes son codiseñadores: ayudan a elegir herramientas, a planificar el desarrollo profesional y a crear unidades comunes con tecnología.",
            descriptors: [
                "Las herramientas y la capacitación se deciden de forma central y se anuncian a los docentes, que no tienen una vía formal para opinar.",
                "Algunos docentes forman parte de comités de selección o prueban herramientas, y de vez en cuando una encuesta les pregunta qué capacitación quieren.",
                "Equipos de diseño docente en cada materia o nivel escolar crean unidades comunes y participan en las revisiones de herramientas, y sus recomendaciones quedan documentadas.",
                "Los docentes dirigen el desarrollo profesional, las unidades comunes se revisan cada año con los comentarios y los resultados de los estudiantes, y el trabajo de diseño cuenta para la carrera docente.",
            ],
            evidence: &[
                "Listas de miembros y productos de los equipos de diseño docente",
                "Miembros del comité de revisión de herramientas",
                "Biblioteca de unidades comunes",
            ],
        },
    ),
    (
        "learning.equity-focused",
        IndicatorEs {
            statement: "El desarrollo profesional fortalece la habilidad de los docentes para usar la tecnología de forma accesible, inclusiva y activa, y su éxito se juzga por los cambios en las aulas.",
            descriptors: [
                "La capacitación enseña a manejar las herramientas, es igual para todos y no tiene seguimiento.",
                "Algunas sesiones tratan la accesibilidad, el DUA o el uso activo, con seguimiento en un piloto; la evaluación es sobre todo una encuesta de satisfacción al final de la sesión.",
                "Un plan del distrito ofrece rutas diferenciadas sobre accesibilidad, DUA y uso activo, cada docente participa cada año, y se sigue la finalización y el seguimiento.",
                "El aprendizaje se juzga por el cambio en la práctica observada y en los resultados de los estudiantes por grupo, cada año se encuesta la preparación docente, y el plan se revisa en respuesta.",
            ],
            evidence: &[
                "Plan y catálogo de desarrollo profesional",
                "Registros de finalización frente a la meta del distrito",
                "Encuesta de preparación docente (de muy bien preparado a nada preparado)",
            ],
        },
    ),
    // Infraestructura de acceso
    (
        "access.devices",
        IndicatorEs {
            statement: "Cada estudiante tiene un dispositivo de aprendizaje propio y adecuado, con la tecnología de asistencia que necesite, para todas sus tareas escolares en la escuela y en casa.",
            descriptors: [
                "Los dispositivos se comparten desde carritos o laboratorios, algunos estudiantes hacen la tarea en el teléfono y no hay un inventario actualizado de los dispositivos ni de su estado.",
                "La mayoría de los grados tiene un dispositivo por estudiante y se lleva un inventario; la tecnología de asistencia se da a quien la pide, pero en algunas escuelas quedan dispositivos viejos o compartidos.",
                "Cada estudiante tiene un dispositivo propio que cumple un estándar del distrito y se reemplaza en un ciclo fijo, y se atienden las necesidades de tecnología de asistencia de los planes IEP y 504.",
                "Los datos de encuestas e inventario se revisan cada año por escuela y grupo, los estudiantes ayudan a fijar el estándar de los dispositivos y cualquier diferencia de un grupo se cierra dentro del año.",
            ],
            evidence: &[
                "Inventario de dispositivos por escuela y antigüedad",
                "Encuesta a estudiantes sobre si su dispositivo alcanza para sus tareas escolares",
                "Solicitudes de tecnología de asistencia y registros de su entrega",
            ],
        },
    ),
    (
        "access.home-connectivity",
        IndicatorEs {
            statement: "Cada estudiante tiene en casa una conexión a internet suficiente para ver videos y subir trabajos sin interrupciones frecuentes.",
            descriptors: [
                "El distrito no sabe qué estudiantes no tienen internet en casa, y las familias se enteran por su cuenta de las ofertas de bajo costo.",
                "Algunas escuelas han encuestado sobre el internet en casa, se prestan puntos de acceso móvil a quien los pide y se informa a las familias sobre programas de servicio de bajo costo.",
                "Cada año se hace una encuesta de conectividad en casa en todo el distrito, que incluye la velocidad frente a la referencia de la FCC de 2024 de 100/20 Mbps, y a cada estudiante sin servicio se le ofrece una solución.",
                "Los resultados se analizan por escuela, grupo y tipo de localidad, el distrito trabaja con proveedores y socios en soluciones duraderas, y la proporción sin un servicio adecuado baja cada año.",
            ],
            evidence: &[
                "Resultados de la encuesta a familias sobre el internet en casa",
                "Registros de préstamo de puntos de acceso móvil",
                "Datos de pruebas de velocidad frente a la referencia de 100/20 Mbps de la FCC",
            ],
        },
    ),
    (
        "access.school-connectivity",
        IndicatorEs {
            statement: "Cada escuela tiene una red que permite a todos los estudiantes y al personal trabajar en línea al mismo tiempo, en cada salón, con un filtrado que no bloquea el aprendizaje legítimo.",
            descriptors: [
                "El wifi se cae en algunos salones o cuando se conectan clases enteras; los problemas se informan de manera informal y no se miden.",
                "Se midió la capacidad de la red en algunas escuelas y hay mejoras planificadas; los docentes pueden informar puntos débiles, pero las soluciones dependen de los fondos disponibles.",
                "Todas las escuelas cumplen un estándar del distrito de ancho de banda y cobertura, la red se monitorea y las lentitudes se corrigen dentro de plazos acordados.",
                "La capacidad se planifica antes de nuevas demandas como el video y las pruebas en línea, docentes y estudiantes informan sobre la confiabilidad, y las redes más antiguas se mejoran primero.",
            ],
            evidence: &[
                "Ancho de banda por estudiante y por escuela",
                "Estudio de cobertura inalámbrica",
                "Informes de monitoreo de la red y de interrupciones",
            ],
        },
    ),
    (
        "access.technical-support",
        IndicatorEs {
            statement: "Estudiantes, familias y personal reciben ayuda técnica oportuna y competente en sus idiomas, y ningún estudiante se queda sin dispositivo mientras reparan el suyo.",
            descriptors: [
                "El apoyo lo da quien esté libre en cada escuela, no hay un sistema de solicitudes y los estudiantes pueden pasar semanas sin dispositivo.",
                "Existen una mesa de ayuda y un sistema de solicitudes, algunas escuelas tienen personal en el lugar y se guardan algunos dispositivos de préstamo, pero a las familias les cuesta contactar al soporte.",
                "Cada escuela tiene un nivel fijo de personal técnico, las solicitudes se resuelven en plazos acordados, los dispositivos de préstamo se entregan el mismo día y las familias tienen una línea de ayuda en los principales idiomas.",
                "Los tiempos de respuesta y la satisfacción se revisan por escuela y grupo, el personal se asigna según la necesidad, y estudiantes capacitados como asistentes de la mesa de ayuda suman capacidad y adquieren habilidades.",
            ],
            evidence: &[
                "Datos de solicitudes a la mesa de ayuda y tiempos de resolución",
                "Registros de dispositivos de préstamo",
                "Personal técnico por dispositivo, por escuela",
            ],
        },
    ),
    // Gestión del portafolio de tecnología
    (
        "portfolio.needs-based-selection",
        IndicatorEs {
            statement: "Las herramientas nuevas se eligen solo después de nombrar la necesidad de estudiantes o docentes que atienden, sopesar la evidencia y la equidad, e involucrar a las personas que las usarán.",
            descriptors: [
                "Las herramientas se adoptan porque alguien las encontró o un proveedor las ofreció, y la necesidad que atienden no se pone por escrito.",
                "En las compras grandes se usa un proceso de selección con una descripción escrita de la necesidad, y algunos docentes prueban las herramientas antes de adoptarlas.",
                "Cada adopción registra la necesidad, las metas y las medidas de éxito, involucra a docentes, estudiantes y familias en la revisión, y sopesa la evidencia y la equidad antes de decidir.",
                "La selección parte de los datos de brechas del distrito y de las opiniones de la comunidad, las herramientas existentes se comparan antes de comprar nada y las decisiones se publican con sus razones.",
            ],
            evidence: &[
                "Descripciones de necesidades y registros de selección",
                "Resultados de los pilotos",
                "Notas de las revisiones con los grupos representados",
            ],
        },
    ),
    (
        "portfolio.integrated-infrastructure",
        IndicatorEs {
            statement: "Las herramientas funcionan con los sistemas existentes (inicio de sesión, listas de estudiantes, datos, dispositivos y red), y los apoyos técnicos y humanos están listos antes del lanzamiento.",
            descriptors: [
                "Cada herramienta tiene su propio inicio de sesión y configuración, y los problemas con dispositivos, ancho de banda o datos aparecen solo después del lanzamiento.",
                "El inicio de sesión único y la carga automática de listas de estudiantes cubren algunas herramientas y se revisa la preparación en los lanzamientos grandes, pero la capacitación y el apoyo a menudo se organizan tarde.",
                "Cada herramienta nueva se revisa frente a los dispositivos, la red, el inicio de sesión y los sistemas de datos, y la capacitación y la ayuda están listas antes de que llegue a las aulas.",
                "El conjunto completo de herramientas se revisa cada año como un solo sistema, se corrigen las duplicaciones y los vacíos, y estudiantes y familias informan qué tan fácil es usar las herramientas juntas.",
            ],
            evidence: &[
                "Lista de verificación de preparación técnica para herramientas nuevas",
                "Cobertura del inicio de sesión único y de la carga de listas de estudiantes",
                "Planes de apoyo para el lanzamiento",
            ],
        },
    ),
    (
        "portfolio.implementation-support",
        IndicatorEs {
            statement: "Cada herramienta adoptada tiene un plan de implementación con aprendizaje y apoyo continuos para docentes, estudiantes y familias, y su adopción se sigue en todas las escuelas y grupos.",
            descriptors: [
                "Las herramientas se activan con un anuncio o una sola sesión de capacitación, y nadie revisa si se usan ni cómo.",
                "Algunas adopciones tienen un plan de implementación escrito y capacitación de seguimiento, y se revisa el uso de algunas herramientas.",
                "Cada herramienta principal tiene un plan de implementación con aprendizaje para cada grupo de usuarios, y su adopción se revisa cada trimestre por escuela y grupo de estudiantes.",
                "Un uso bajo en cualquier escuela o grupo activa apoyo adicional, y lo que la implementación enseña al distrito se aprovecha en la selección y la infraestructura.",
            ],
            evidence: &[
                "Planes de implementación",
                "Datos de uso por escuela y grupo de estudiantes",
                "Registros de capacitación y apoyo para docentes, estudiantes y familias",
            ],
        },
    ),
    (
        "portfolio.evaluation-and-retirement",
        IndicatorEs {
            statement: "Cada herramienta se evalúa con regularidad frente a sus metas y en cuanto a un uso equitativo, y las herramientas que ya no cumplen un propósito claro se retiran.",
            descriptors: [
                "Las licencias se renuevan automáticamente, y el distrito no sabe cuántas herramientas paga ni cuáles se usan.",
                "Existe un inventario de herramientas y algunas se revisan al renovarse, casi siempre solo por su costo y su uso.",
                "Antes de renovarla, cada herramienta se revisa frente a sus medidas de éxito, su uso por grupo y su costo, y las que no cumplen se mejoran o se retiran.",
                "Los resultados de las evaluaciones, incluidos los comentarios de estudiantes y docentes, se publican, el dinero de las herramientas retiradas va a necesidades más prioritarias y el portafolio cambia según la evidencia.",
            ],
            evidence: &[
                "Inventario de tecnología con uso y costo",
                "Registros de las revisiones de renovación",
                "Lista de herramientas retiradas y sus razones",
            ],
        },
    ),
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::content::{all_indicators, AREAS};
    use std::collections::HashSet;

    fn is_sentence(text: &str) -> bool {
        !text.trim().is_empty() && text.trim() == text && text.ends_with('.')
    }

    fn is_phrase(text: &str) -> bool {
        !text.trim().is_empty() && text.trim() == text
    }

    #[test]
    fn every_area_has_a_spanish_name_and_summary_unlike_the_english() {
        for en in AREAS {
            let es = area(en.id).unwrap_or_else(|| panic!("area {} has no Spanish", en.id));
            assert!(is_phrase(es.name), "{}: name", en.id);
            assert!(is_sentence(es.summary), "{}: summary must be one sentence", en.id);
            assert_ne!(es.name, en.name, "{}: name not translated", en.id);
            assert_ne!(es.summary, en.summary, "{}: summary not translated", en.id);
        }
    }

    #[test]
    fn every_indicator_has_a_spanish_statement_four_distinct_descriptors_and_its_evidence() {
        for (_, i) in all_indicators() {
            let es = indicator(i.id).unwrap_or_else(|| panic!("indicator {} has no Spanish", i.id));
            assert!(is_sentence(es.statement), "{}: statement", i.id);
            assert_ne!(es.statement, i.statement, "{}: statement not translated", i.id);
            for (k, d) in es.descriptors.iter().enumerate() {
                assert!(is_sentence(d), "{}: descriptor {k}", i.id);
                assert_ne!(*d, i.descriptors[k], "{}: descriptor {k} not translated", i.id);
                assert!(d.chars().count() <= 300, "{}: descriptor {k} too long for a small screen", i.id);
            }
            let distinct: HashSet<&str> = es.descriptors.iter().copied().collect();
            assert_eq!(distinct.len(), 4, "{}: descriptors must be pairwise distinct", i.id);
            assert_eq!(es.evidence.len(), i.evidence.len(), "{}: evidence items", i.id);
            for (k, e) in es.evidence.iter().enumerate() {
                assert!(is_phrase(e), "{}: evidence {k}", i.id);
                assert_ne!(*e, i.evidence[k], "{}: evidence {k} not translated", i.id);
            }
            let distinct: HashSet<&str> = es.evidence.iter().copied().collect();
            assert_eq!(distinct.len(), es.evidence.len(), "{}: repeated evidence", i.id);
        }
    }

    #[test]
    fn spanish_is_keyed_only_by_ids_the_content_has_each_once() {
        let areas: HashSet<&str> = AREAS.iter().map(|a| a.id).collect();
        let indicators: HashSet<&str> = all_indicators().map(|(_, i)| i.id).collect();
        let mut seen = HashSet::new();
        for (id, _) in AREAS_ES {
            assert!(areas.contains(id), "Spanish for unknown area {id}");
            assert!(seen.insert(*id), "area {id} twice");
        }
        for (id, _) in INDICATORS_ES {
            assert!(indicators.contains(id), "Spanish for unknown indicator {id}");
            assert!(seen.insert(*id), "indicator {id} twice");
        }
        assert!(area("nope").is_none() && indicator("who.nope").is_none() && indicator("").is_none());
    }

    #[test]
    fn spanish_follows_the_glossary() {
        // The three divides and the four levels are always named so (glossary-es.md).
        let all = INDICATORS_ES
            .iter()
            .flat_map(|(_, i)| std::iter::once(i.statement).chain(i.descriptors).chain(i.evidence.iter().copied()))
            .chain(AREAS_ES.iter().flat_map(|(_, a)| [a.name, a.summary]));
        for text in all {
            for wrong in ["divisi", "maestro", "profesor"] {
                assert!(!text.to_lowercase().contains(wrong), "{wrong:?} in {text}");
            }
        }
        let vision = indicator("vision.shared-statement").unwrap();
        assert!(vision.statement.contains("brechas de acceso, de uso y de diseño"));
    }
}
