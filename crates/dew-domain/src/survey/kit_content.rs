//! The survey kit's questions and their types, in our own words, in English and Spanish: one instrument per
//! respondent (families, students, teachers, lesson observers), each question naming the
//! built-in indicator it feeds and what every answer option means for it.
//!
//! The Spanish follows the app's glossary (src/ui/i18n/glossary-es.md): "usted", and "su hijo
//! o hija" for "your child". Option texts are what a Forms export writes in each cell, so the
//! kit's saved mapping recognises them word for word (`kit::KitMapping`). The tests in
//! `kit.rs` check that every answer question has options that meet, options that do not, and
//! that no option text means two things.

use super::Answer::{self, DoesNotMeet as No, Meets as Yes, NotAnswered as Out};
use crate::divides::model::builtin_dimensions;
use crate::divides::model_es;
use serde::{Deserialize, Serialize};

/// Who answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Instrument {
    /// Families, about home access.
    Family,
    /// Students, about how they use technology.
    Student,
    /// Teachers, about designing learning with technology.
    Teacher,
    /// An observer, one form per lesson (Technology Integration Matrix, Active).
    Observation,
}

impl Instrument {
    pub const ALL: [Instrument; 4] =
        [Instrument::Family, Instrument::Student, Instrument::Teacher, Instrument::Observation];

    pub fn id(self) -> &'static str {
        match self {
            Instrument::Family => "family",
            Instrument::Student => "student",
            Instrument::Teacher => "teacher",
            Instrument::Observation => "observation",
        }
    }

    pub fn from_id(s: &str) -> Option<Instrument> {
        Instrument::ALL.into_iter().find(|i| i.id() == s)
    }

    /// Whether the student-group questions fit (they are about a student).
    pub fn asks_student_groups(self) -> bool {
        matches!(self, Instrument::Family | Instrument::Student)
    }

    /// Whether this form may ask about a student-group dimension. Family income (school
    /// meals) and disability (an IEP or 504 plan) are asked of families only: a student may
    /// not know, and both are protected matters to survey children about.
    pub fn asks_dimension(self, dimension: &str) -> bool {
        match self {
            Instrument::Family => true,
            Instrument::Student => !matches!(dimension, "econ" | "swd"),
            _ => false,
        }
    }
}

/// What a question's answer gives the import.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    School,
    /// The group of a student-group dimension, by its id.
    Group(String),
    /// The answer for a divide indicator, by its id.
    Answer(String),
    /// Names a person: optional, off by default, never used by the import.
    Identifying,
}

/// What one answer option means.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Meaning {
    /// For an indicator: meets, does not meet, or left out of the denominator.
    Answer(Answer),
    /// For a dimension: the group it puts the student in.
    Group(String),
    /// For a dimension: no group (the row still counts for the school).
    NoGroup,
    /// A school, by its name in the workspace.
    School,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Opt {
    pub en: String,
    pub es: String,
    pub meaning: Meaning,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Question {
    /// Stable within the kit ("family-internet", "grade", a dimension id).
    pub id: String,
    pub role: Role,
    pub en: String,
    pub es: String,
    /// The options, in order; none for a write-in answer.
    pub options: Vec<Opt>,
}

fn opt(en: &str, es: &str, meaning: Meaning) -> Opt {
    Opt { en: en.into(), es: es.into(), meaning }
}

fn ans(en: &str, es: &str, a: Answer) -> Opt {
    opt(en, es, Meaning::Answer(a))
}

fn q(id: &str, role: Role, en: &str, es: &str, options: Vec<Opt>) -> Question {
    Question { id: id.into(), role, en: en.into(), es: es.into(), options }
}

fn answer(indicator: &str) -> Role {
    Role::Answer(indicator.into())
}

const DONT_KNOW: (&str, &str) = ("I don't know", "No sé");

/// How often, for the student questions: weekly or more often meets.
fn how_often() -> Vec<Opt> {
    vec![
        ans("Every day or almost every day", "Todos o casi todos los días", Yes),
        ans("A few times a week", "Algunas veces por semana", Yes),
        ans("About once a week", "Más o menos una vez por semana", Yes),
        ans("A few times a month", "Algunas veces al mes", No),
        ans("Rarely or never", "Casi nunca o nunca", No),
    ]
}

/// The questions of one instrument that feed indicators, in the order they are asked.
pub fn instrument_questions(i: Instrument) -> Vec<Question> {
    let dk = || ans(DONT_KNOW.0, DONT_KNOW.1, Out);
    match i {
        Instrument::Family => vec![
            q(
                "family-device",
                answer("dedicated-device"),
                "Does your child have a computer or tablet for schoolwork that is theirs to use? (One the school lends counts; a phone, or one shared with others, does not.)",
                "¿Tiene su hijo o hija una computadora o tableta para las tareas escolares que sea para su propio uso? (Cuenta una prestada por la escuela; no cuentan un teléfono ni una que comparta con otras personas.)",
                vec![
                    ans("Yes, a computer or tablet of their own", "Sí, una computadora o tableta propia", Yes),
                    ans("Only one we share at home", "Solo una que compartimos en casa", No),
                    ans("Only a phone", "Solo un teléfono", No),
                    ans("No", "No", No),
                    dk(),
                ],
            ),
            q(
                "family-device-enough",
                answer("device-sufficient"),
                "Does the device your child uses let them do all of their schoolwork?",
                "¿El dispositivo que usa su hijo o hija le permite hacer todas sus tareas escolares?",
                vec![
                    ans("Yes, all of it", "Sí, todas", Yes),
                    ans("Most of it, but not all", "La mayoría, pero no todas", No),
                    ans("Little or none of it", "Pocas o ninguna", No),
                    ans("My child has no device for schoolwork", "Mi hijo o hija no tiene dispositivo para las tareas", No),
                    dk(),
                ],
            ),
            q(
                "family-internet",
                answer("home-internet"),
                "At home, can your child connect that device to the internet?",
                "En casa, ¿puede su hijo o hija conectar ese dispositivo a internet?",
                vec![
                    ans("Yes, through our home internet service", "Sí, con nuestro servicio de internet en casa", Yes),
                    ans("Yes, but only through a hotspot or a phone's data", "Sí, pero solo con un punto de acceso móvil o los datos de un teléfono", Yes),
                    ans("No", "No", No),
                    ans("My child has no device for schoolwork", "Mi hijo o hija no tiene dispositivo para las tareas", No),
                    dk(),
                ],
            ),
            q(
                "family-internet-enough",
                answer("home-internet-sufficient"),
                "When your child uses the internet at home, can they watch video lessons and upload their work without the connection often stopping or dropping?",
                "Cuando su hijo o hija usa internet en casa, ¿puede ver clases en video y subir sus trabajos sin que la conexión se detenga o se corte con frecuencia?",
                vec![
                    ans("Yes, usually without problems", "Sí, por lo general sin problemas", Yes),
                    ans("No, it often stops or drops", "No, con frecuencia se detiene o se corta", No),
                    ans("We have no internet at home", "No tenemos internet en casa", Out),
                    dk(),
                ],
            ),
            q(
                "family-speed",
                answer("broadband-benchmark"),
                "What speed is your home internet plan? (It is on your bill or your provider's website.)",
                "¿Qué velocidad tiene su plan de internet en casa? (Aparece en su factura o en el sitio web de su proveedor.)",
                vec![
                    ans("At least 100 Mbps download and 20 Mbps upload", "Al menos 100 Mbps de descarga y 20 Mbps de subida", Yes),
                    ans("Less than that", "Menos que eso", No),
                    ans("We have no home internet plan", "No tenemos un plan de internet en casa", No),
                    dk(),
                ],
            ),
            q(
                "family-assistive",
                answer("assistive-tech-met"),
                "If your child has an IEP or a 504 plan and needs assistive technology (for example a screen reader, a communication device or speech-to-text), do they have what they need?",
                "Si su hijo o hija tiene un IEP (Programa de Educación Individualizado) o un plan 504 y necesita tecnología de asistencia (por ejemplo, un lector de pantalla, un dispositivo de comunicación o dictado por voz), ¿tiene lo que necesita?",
                vec![
                    ans("Yes, they have what they need", "Sí, tiene lo que necesita", Yes),
                    ans("Some of it, not all", "Una parte, no todo", No),
                    ans("No", "No", No),
                    ans(
                        "Does not apply: no IEP or 504 plan, or no assistive technology needed",
                        "No corresponde: no tiene IEP ni plan 504, o no necesita tecnología de asistencia",
                        Out,
                    ),
                    dk(),
                ],
            ),
        ],
        Instrument::Student => vec![
            q(
                "student-create",
                answer("create-weekly"),
                "How often do you use a computer or tablet to make something of your own for school, such as a video, a slideshow, a story, a program or a design?",
                "¿Con qué frecuencia usa una computadora o tableta para crear algo propio para la escuela, como un video, una presentación, un cuento, un programa o un diseño?",
                how_often(),
            ),
            q(
                "student-collaborate",
                answer("collaborate-weekly"),
                "How often do you work online with classmates for school, such as writing a document or building a project together?",
                "¿Con qué frecuencia trabaja en línea con sus compañeros para la escuela, por ejemplo, para escribir un documento o hacer un proyecto en conjunto?",
                how_often(),
            ),
        ],
        Instrument::Teacher => vec![
            q(
                "teacher-prepared",
                answer("teachers-prepared"),
                "How prepared do you feel to design lessons in which students use technology to learn actively?",
                "¿Qué tan preparado o preparada se siente para diseñar clases en las que los estudiantes usen la tecnología para aprender de forma activa?",
                vec![
                    ans("Very well prepared", "Muy bien preparado o preparada", Yes),
                    ans("Well prepared", "Bien preparado o preparada", Yes),
                    ans("Moderately well prepared", "Medianamente bien preparado o preparada", No),
                    ans("Somewhat prepared", "Algo preparado o preparada", No),
                    ans("Not at all prepared", "Nada preparado o preparada", No),
                ],
            ),
            q(
                "teacher-coaching",
                answer("teachers-coached"),
                "When you want it, can you get coaching on teaching with technology?",
                "Cuando lo desea, ¿puede recibir acompañamiento (coaching) sobre cómo enseñar con tecnología?",
                vec![ans("Yes", "Sí", Yes), ans("No", "No", No), ans("I'm not sure", "No estoy seguro o segura", Out)],
            ),
            q(
                "teacher-learning",
                answer("teachers-pl-target"),
                "Have you completed this year's professional-learning target for teaching with technology?",
                "¿Ha cumplido la meta de desarrollo profesional de este año sobre la enseñanza con tecnología?",
                vec![
                    ans("Yes, completed", "Sí, la cumplí", Yes),
                    ans("Not yet", "Todavía no", No),
                    ans("I don't know what the target is", "No sé cuál es la meta", No),
                ],
            ),
        ],
        Instrument::Observation => vec![q(
            "observation-active",
            answer("active-use-observed"),
            "How did students use technology in this lesson? (Technology Integration Matrix, Active characteristic: choose the level that fits best.)",
            "¿Cómo usaron los estudiantes la tecnología en esta clase? (Matriz de Integración de Tecnología, característica Activa: elija el nivel que mejor corresponda.)",
            vec![
                ans(
                    "Entry: students watched or received information through technology",
                    "Entrada: los estudiantes vieron o recibieron información por medio de la tecnología",
                    No,
                ),
                ans(
                    "Adoption: students used technology step by step, as the teacher directed",
                    "Adopción: los estudiantes usaron la tecnología paso a paso, según las indicaciones del docente",
                    No,
                ),
                ans(
                    "Adaptation: students used technology on their own to carry out the task",
                    "Adaptación: los estudiantes usaron la tecnología por su cuenta para realizar la tarea",
                    Yes,
                ),
                ans(
                    "Infusion: students chose which technology to use, and when",
                    "Infusión: los estudiantes eligieron qué tecnología usar y cuándo",
                    Yes,
                ),
                ans(
                    "Transformation: students used technology for work they could not have done without it",
                    "Transformación: los estudiantes usaron la tecnología para un trabajo que no habrían podido hacer sin ella",
                    Yes,
                ),
                ans("Technology was not used in this lesson", "No se usó tecnología en esta clase", Out),
            ],
        )],
    }
}

/// The school question; its options are the workspace's schools (the same in both languages).
pub fn school_question(i: Instrument, schools: &[String]) -> Question {
    let (en, es) = match i {
        Instrument::Family => ("Which school does your child attend?", "¿A qué escuela asiste su hijo o hija?"),
        Instrument::Student => ("Which school do you attend?", "¿A qué escuela asiste usted?"),
        Instrument::Teacher => ("At which school do you teach?", "¿En qué escuela enseña?"),
        Instrument::Observation => ("School where the lesson was observed", "Escuela donde se observó la clase"),
    };
    let options = schools.iter().map(|s| opt(s, s, Meaning::School)).collect();
    q("school", Role::School, en, es, options)
}

/// The grade question: one option per grade, each meaning its grade band.
pub fn grade_question(i: Instrument) -> Question {
    let (en, es) = match i {
        Instrument::Family => ("What grade is your child in?", "¿En qué grado está su hijo o hija?"),
        Instrument::Student => ("What grade are you in?", "¿En qué grado está usted?"),
        Instrument::Teacher => ("Which grade do you teach most?", "¿En qué grado da clases principalmente?"),
        Instrument::Observation => ("Grade of the class observed", "Grado de la clase observada"),
    };
    let band = |g: u32| match g {
        0..=5 => "elementary",
        6..=8 => "middle",
        _ => "high",
    };
    let mut options = vec![opt("Kindergarten", "Kínder", Meaning::Group(band(0).into()))];
    options.extend((1..=12).map(|g| opt(&format!("Grade {g}"), &format!("Grado {g}"), Meaning::Group(band(g).into()))));
    q("grade", Role::Group("grade".into()), en, es, options)
}

/// A student-group question for a built-in dimension, or `None` for one the kit does not
/// word (a custom dimension is asked with its own group names: `custom_question`).
pub fn builtin_group_question(i: Instrument, dimension: &str) -> Option<Question> {
    let family = i == Instrument::Family;
    // The family form asks about "your child"; the others about the person answering.
    let w = |f: &str, other: &str| if family { f.to_string() } else { other.to_string() };
    let g = |id: &str| Meaning::Group(id.into());
    let rather = || opt("I'd rather not say", "Prefiero no responder", Meaning::NoGroup);
    let yes_no = || {
        vec![
            opt("Yes", "Sí", g("yes")),
            opt("No", "No", g("no")),
            opt(DONT_KNOW.0, DONT_KNOW.1, Meaning::NoGroup),
            rather(),
        ]
    };
    let (en, es, options) = match dimension {
        "econ" => (
            w(
                "Does your child get free or reduced-price school meals?",
                "Do you get free or reduced-price school meals?",
            ),
            w(
                "¿Recibe su hijo o hija comidas escolares gratuitas o a precio reducido?",
                "¿Recibe usted comidas escolares gratuitas o a precio reducido?",
            ),
            yes_no(),
        ),
        "swd" => (
            w("Does your child have an IEP or a 504 plan?", "Do you have an IEP or a 504 plan?"),
            w(
                "¿Tiene su hijo o hija un IEP (Programa de Educación Individualizado) o un plan 504?",
                "¿Tiene usted un IEP (Programa de Educación Individualizado) o un plan 504?",
            ),
            yes_no(),
        ),
        "el" => (
            w(
                "Is your child an English learner (getting support at school to learn English)?",
                "Are you an English learner (getting support at school to learn English)?",
            ),
            w(
                "¿Recibe su hijo o hija apoyo en la escuela para aprender inglés (clases de ESL o ELD)?",
                "¿Recibe usted apoyo en la escuela para aprender inglés (clases de ESL o ELD)?",
            ),
            yes_no(),
        ),
        "race" => {
            let mut options: Vec<Opt> = builtin_dimensions()
                .into_iter()
                .find(|d| d.id == "race")
                .map(|d| {
                    d.groups
                        .iter()
                        .map(|x| opt(&x.name, model_es::group("race", &x.id).unwrap_or(&x.name), g(&x.id)))
                        .collect()
                })
                .unwrap_or_default();
            options.push(rather());
            (
                w(
                    "Which best describes your child's race or ethnicity?",
                    "Which best describes your race or ethnicity?",
                ),
                w(
                    "¿Qué opción describe mejor la raza o el origen étnico de su hijo o hija?",
                    "¿Qué opción describe mejor su raza o su origen étnico?",
                ),
                options,
            )
        }
        "locale" => (
            w("Which best describes where your family lives?", "Which best describes where you live?"),
            w(
                "¿Qué opción describe mejor el lugar donde vive su familia?",
                "¿Qué opción describe mejor el lugar donde vive?",
            ),
            vec![
                opt("In a city", "En una ciudad", g("city")),
                opt("In a suburb", "En las afueras de una ciudad", g("suburb")),
                opt("In a town", "En un pueblo", g("town")),
                opt("In a rural area", "En una zona rural", g("rural")),
                opt("I'm not sure", "No estoy seguro o segura", Meaning::NoGroup),
            ],
        ),
        _ => return None,
    };
    Some(q(dimension, Role::Group(dimension.into()), &en, &es, options))
}

/// A custom dimension's question: the district's own group names, the same in both languages
/// (the app has no Spanish for words a district wrote).
pub fn custom_question(i: Instrument, dimension: &str, name: &str, groups: &[(String, String)]) -> Question {
    let (en, es) = if i == Instrument::Family {
        (format!("{name}: which describes your child?"), format!("{name}: ¿qué opción describe a su hijo o hija?"))
    } else {
        (format!("{name}: which describes you?"), format!("{name}: ¿qué opción le corresponde?"))
    };
    let mut options: Vec<Opt> = groups.iter().map(|(id, n)| opt(n, n, Meaning::Group(id.clone()))).collect();
    options.push(opt("I'd rather not say", "Prefiero no responder", Meaning::NoGroup));
    q(dimension, Role::Group(dimension.into()), &en, &es, options)
}

/// The question that identifies a person: optional, off unless the district turns it on, and
/// never used by the import (its column is passed over).
pub fn identifying_question(i: Instrument) -> Question {
    let (en, es) = match i {
        Instrument::Family => ("Your child's full name", "Nombre completo de su hijo o hija"),
        Instrument::Student => ("Your full name", "Su nombre completo"),
        Instrument::Teacher => ("Your full name", "Su nombre completo"),
        Instrument::Observation => ("Name of the teacher observed", "Nombre de la persona docente observada"),
    };
    q("name", Role::Identifying, en, es, Vec::new())
}

/// The printed form's title, in English and Spanish.
pub fn form_title(i: Instrument) -> (&'static str, &'static str) {
    match i {
        Instrument::Family => ("Family survey: technology at home", "Encuesta a familias: la tecnología en casa"),
        Instrument::Student => {
            ("Student survey: learning with technology", "Encuesta a estudiantes: aprender con tecnología")
        }
        Instrument::Teacher => {
            ("Teacher survey: teaching with technology", "Encuesta a docentes: enseñar con tecnología")
        }
        Instrument::Observation => {
            ("Lesson observation: active use of technology", "Observación de clase: uso activo de la tecnología")
        }
    }
}

/// The printed form's first lines, in English and Spanish.
pub fn form_intro(i: Instrument) -> (&'static str, &'static str) {
    match i {
        Instrument::Observation => (
            "Fill in one form for each lesson observed. Mark one box for each question.",
            "Complete un formulario por cada clase observada. Marque una casilla en cada pregunta.",
        ),
        Instrument::Family => (
            "Please fill in one form for each child, and mark one box for each question. Answers are counted together, school by school; no one is named in the results.",
            "Complete un formulario por cada hijo o hija y marque una casilla en cada pregunta. Las respuestas se cuentan en conjunto, escuela por escuela; en los resultados no aparece el nombre de nadie.",
        ),
        _ => (
            "Please mark one box for each question. Answers are counted together, school by school; no one is named in the results.",
            "Marque una casilla en cada pregunta. Las respuestas se cuentan en conjunto, escuela por escuela; en los resultados no aparece el nombre de nadie.",
        ),
    }
}
