//! Spanish: the `Shell` keys (src/ui/i18n/keys.rs has each key's English).

#![allow(unused_imports)]
use super::super::keys::Shell;
use super::Es;
use crate::browser::storage::StorageError;
use crate::ui::routes::Page;
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

/// Month names as Spanish writes them in a date (lower case).
const MONTHS: [&str; 12] = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
];

/// "1 integrante", "3 integrantes".
fn member_count(n: usize) -> String {
    if n == 1 {
        "1 integrante".to_string()
    } else {
        format!("{n} integrantes")
    }
}

impl Shell for Es {
    fn page_label(&self, page: crate::ui::routes::Page) -> &'static str {
        match page {
            Page::Home => "Inicio",
            Page::Team => "Equipo",
            Page::Assess => "Autoevaluación",
            Page::Consensus => "Consenso",
            Page::Results => "Resultados",
            Page::Divides => "Brechas",
            Page::Heatmap => "Mapas de calor",
            Page::DivideData => "Datos de las brechas",
            Page::SurveyKit => "Kit de encuestas",
            Page::Survey => "Importar encuestas",
            Page::Reflect => "Reflexionar",
            Page::Plan => "Plan",
            Page::Progress => "Avance",
            Page::Portfolio => "Portafolio",
            Page::PortfolioReview => "Revisar una herramienta",
            Page::PortfolioOverview => "Resumen del portafolio",
            Page::Report => "Informe",
            Page::Data => "Datos y copias de seguridad",
            Page::Privacy => "Privacidad",
        }
    }
    fn section_label(&self, id: &str) -> &'static str {
        match id {
            "assess" => "Evaluar",
            "divides" => "Brechas",
            "plan" => "Planificar",
            "share" => "Compartir y guardar",
            _ => crate::ui::routes::section_label_en(id),
        }
    }
    fn app_name(&self) -> &'static str {
        // The product's name stays in English (glossary).
        "Digital Equity Workbench"
    }
    fn skip_to_main(&self) -> &'static str {
        "Saltar al contenido principal"
    }
    fn nav_label(&self) -> &'static str {
        "Principal"
    }
    fn menu_button(&self) -> &'static str {
        "Menú"
    }
    fn header_cycle(&self) -> &'static str {
        "Ciclo"
    }
    fn header_no_workspace(&self) -> &'static str {
        "Todavía no hay espacio de trabajo"
    }
    fn sample_badge(&self) -> &'static str {
        "Datos ficticios"
    }
    fn count(&self, n: usize, one: &str, many: &str) -> String {
        format!("{n} {}", if n == 1 { one } else { many })
    }
    fn date(&self, d: Date) -> String {
        let month = MONTHS.get(usize::from(d.month).wrapping_sub(1)).copied().unwrap_or("?");
        format!("{} de {month} de {}", d.day, d.year)
    }
    fn sample_leave_heading(&self) -> &'static str {
        "Está explorando el distrito de ejemplo"
    }
    fn sample_leave_text(&self) -> &'static str {
        "Sus escuelas, cifras y equipo son inventados. Cuando quiera, salga de él y cree el espacio de trabajo de su propio distrito."
    }
    fn sample_leave_button(&self) -> &'static str {
        "Salir del distrito de ejemplo"
    }
    fn sample_leave_question(&self) -> &'static str {
        "¿Salir del distrito de ejemplo? Se descartarán los cambios que le haya hecho. Las copias apartadas y la configuración se conservan."
    }
    fn sample_leave_yes(&self) -> &'static str {
        "Sí, salir"
    }
    fn sample_leave_wait(&self) -> &'static str {
        "Otra pestaña cambió este espacio de trabajo: primero responda la pregunta que aparece en la parte superior de la página."
    }
    fn sample_leave_stay(&self) -> &'static str {
        "Quedarse en el ejemplo"
    }
    fn footer(&self) -> &'static str {
        "Todo lo que usted ingresa se queda en este navegador, en este dispositivo. No se envía nada a ningún lugar."
    }
    fn start_title(&self) -> &'static str {
        "Le damos la bienvenida"
    }
    fn start_intro(&self) -> &'static str {
        "Descubra, como equipo del distrito, quién necesita qué para aprender bien con la tecnología: evalúe sus prácticas, mida las brechas de acceso, de uso y de diseño, haga un plan y revise sus herramientas."
    }
    fn start_new_heading(&self) -> &'static str {
        "Cree un espacio de trabajo para su distrito"
    }
    fn start_district_label(&self) -> &'static str {
        "Nombre del distrito"
    }
    fn start_cycle_label(&self) -> &'static str {
        "Primer ciclo (año escolar)"
    }
    fn start_cycle_hint(&self) -> &'static str {
        "Por ejemplo, 2026–27. Más adelante puede agregar otros años como ciclos nuevos."
    }
    fn start_create(&self) -> &'static str {
        "Crear el espacio de trabajo"
    }
    fn start_sample_heading(&self) -> &'static str {
        "Explore con un distrito de ejemplo"
    }
    fn start_sample_text(&self) -> &'static str {
        "Primero recorra la aplicación con un distrito ficticio. Está claramente marcado como ejemplo, y puede borrarlo en cualquier momento."
    }
    fn start_sample_button(&self) -> &'static str {
        "Abrir el distrito de ejemplo"
    }
    fn start_import_text(&self) -> &'static str {
        // Followed by a link to the Data page ("Datos y copias de seguridad") and a period.
        "¿Ya tiene un archivo de copia de seguridad? Restáurelo en la página"
    }
    fn overview_title(&self) -> &'static str {
        "Inicio"
    }
    fn overview_steps(&self) -> &'static str {
        "Pasos de este ciclo"
    }
    fn overview_team_step(&self) -> &'static str {
        "Formar el equipo"
    }
    fn overview_team_progress(&self, members: usize, missing: usize) -> String {
        let m = member_count(members);
        match missing {
            0 => format!("{m}; todos los grupos están representados."),
            1 => format!("{m}; falta 1 grupo por representar."),
            n => format!("{m}; faltan {n} grupos por representar."),
        }
    }
    fn team_title(&self) -> &'static str {
        "Equipo"
    }
    fn team_intro(&self) -> &'static str {
        "Un equipo de equidad digital escucha a estudiantes, docentes, líderes, personal de tecnología y familias. Los nombres son opcionales: basta con el rol."
    }
    fn team_empty(&self) -> &'static str {
        "Todavía no hay nadie en el equipo. Agregue a la primera persona aquí abajo."
    }
    fn team_table_caption(&self) -> &'static str {
        "Integrantes del equipo en este ciclo"
    }
    fn team_col_name(&self) -> &'static str {
        "Nombre"
    }
    fn team_col_role(&self) -> &'static str {
        "Rol"
    }
    fn team_col_actions(&self) -> &'static str {
        "Acciones"
    }
    fn team_no_name(&self) -> &'static str {
        "(sin nombre)"
    }
    fn team_add_heading(&self) -> &'static str {
        "Agregar un integrante"
    }
    fn team_name_label(&self) -> &'static str {
        "Nombre visible (opcional)"
    }
    fn team_role_label(&self) -> &'static str {
        "Rol"
    }
    fn team_role_choose(&self) -> &'static str {
        "Elija un rol"
    }
    fn team_role_required(&self) -> &'static str {
        "Elija el rol de esta persona."
    }
    fn team_add(&self) -> &'static str {
        "Agregar integrante"
    }
    fn team_edit(&self) -> &'static str {
        "Editar"
    }
    fn team_save(&self) -> &'static str {
        "Guardar"
    }
    fn team_cancel(&self) -> &'static str {
        "Cancelar"
    }
    fn team_remove(&self) -> &'static str {
        "Quitar"
    }
    fn team_undo(&self) -> &'static str {
        "Deshacer"
    }
    fn team_all_present(&self) -> &'static str {
        "Todos los grupos están representados en el equipo."
    }
    fn team_missing_heading(&self) -> &'static str {
        "Voces que faltan en el equipo"
    }
    fn team_added(&self, who: &str) -> String {
        format!("Se agregó a {who}.")
    }
    fn team_saved(&self, who: &str) -> String {
        format!("Se guardaron los cambios de {who}.")
    }
    fn team_removed(&self, who: &str) -> String {
        format!("Se quitó a {who}.")
    }
    fn team_restored(&self, who: &str) -> String {
        format!("Se agregó de nuevo a {who} al equipo.")
    }
    fn team_edit_label(&self, who: &str) -> String {
        format!("Editar a {who}")
    }
    fn team_remove_label(&self, who: &str) -> String {
        format!("Quitar a {who}")
    }
    fn member_ref(&self, name: Option<&str>, role: Role) -> String {
        match name {
            Some(n) => format!("“{n}”"),
            None => format!("una persona sin nombre ({})", self.role_label(role).to_lowercase()),
        }
    }
    fn role_label(&self, r: Role) -> &'static str {
        match r {
            Role::Student => "Estudiante",
            Role::Teacher => "Docente",
            Role::SchoolLeader => "Líder escolar",
            Role::DistrictLeader => "Líder del distrito",
            Role::TechnologyStaff => "Personal de tecnología",
            Role::FamilyCommunity => "Familia o miembro de la comunidad",
            Role::Other => "Otro",
        }
    }
    fn missing_stakeholder(&self, s: Stakeholder) -> &'static str {
        match s {
            Stakeholder::Students => "Todavía no hay voces de estudiantes.",
            Stakeholder::Teachers => "Todavía no hay docentes.",
            Stakeholder::Leaders => "Todavía no hay líderes escolares ni del distrito.",
            Stakeholder::Technology => "Todavía no hay nadie del equipo de tecnología.",
            Stakeholder::Families => "Todavía no hay voces de las familias ni de la comunidad.",
        }
    }
    fn field_name(&self, field: &str) -> &'static str {
        // The match arms are the domain's field identifiers, not text.
        match field {
            "district" => "Nombre del distrito",
            "cycle" => "Ciclo",
            "name" => "Nombre visible",
            _ => "Este campo",
        }
    }
    fn workspace_error(&self, e: &WorkspaceError) -> String {
        match e {
            WorkspaceError::Empty { field } => format!("{} no puede quedar vacío.", self.field_name(field)),
            WorkspaceError::TooLong { field, max } => {
                format!("{} debe tener {max} caracteres como máximo.", self.field_name(field))
            }
            WorkspaceError::DuplicateCycle(l) => format!("Ya hay un ciclo llamado “{l}”."),
            other => format!("Hay una incoherencia en el espacio de trabajo ({other})."),
        }
    }
    fn schema_error(&self, e: &SchemaError) -> String {
        match e {
            SchemaError::NotJson { line, column, .. } => format!("No es una copia de seguridad válida: el texto se corta o está dañado en la línea {line}, columna {column}."),
            SchemaError::NotOurs => "No es una copia de seguridad de Digital Equity Workbench.".into(),
            SchemaError::NoSchema => "No tiene versión de esquema, así que no se puede leer de forma segura.".into(),
            SchemaError::TooNew { found, newest } => format!("Lo creó una versión más reciente de la aplicación (esquema {found}; esta versión lee hasta el {newest}). Ábralo con la versión más reciente."),
            SchemaError::Unknown(v) => format!("Su versión de esquema, {v}, es desconocida."),
            SchemaError::Invalid { path, message } => format!("El campo {path} no es válido: {message}."),
        }
    }
    fn storage_error(&self, e: &StorageError) -> String {
        match e {
            StorageError::Unavailable => {
                "Este navegador no permite que la aplicación guarde nada (el almacenamiento está bloqueado o no está disponible).".into()
            }
            StorageError::Quota => "El almacenamiento de este navegador para la aplicación está lleno.".into(),
            StorageError::Other(d) => format!("El navegador no aceptó guardar los datos ({d})."),
        }
    }
    fn banner_unreadable_title(&self) -> &'static str {
        "No pudimos leer el espacio de trabajo guardado en este dispositivo"
    }
    fn banner_unreadable_kept(&self) -> &'static str {
        "No se sobrescribió nada. Se apartó en este dispositivo una copia de lo que estaba guardado, y puede descargarla."
    }
    fn banner_unreadable_not_kept(&self) -> &'static str {
        "No se pudo apartar la copia, así que el guardado está en pausa para protegerla. Primero descárguela y luego continúe."
    }
    fn banner_unreadable_next(&self) -> &'static str {
        "Puede restaurar una copia de seguridad o empezar de nuevo."
    }
    fn banner_download_stored(&self) -> &'static str {
        "Descargar lo que estaba guardado"
    }
    fn banner_continue(&self) -> &'static str {
        "Ya tengo mi copia: continuar"
    }
    fn banner_dismiss(&self) -> &'static str {
        "Cerrar"
    }
    fn banner_save_failed_title(&self) -> &'static str {
        "Sus últimos cambios no están guardados"
    }
    fn banner_save_resumed(&self) -> &'static str {
        "El guardado vuelve a funcionar: todos los cambios que hizo mientras fallaba ya están guardados en este dispositivo."
    }
    fn banner_save_failed_keep(&self) -> &'static str {
        "Su trabajo sigue abierto en esta pestaña. Descargue ahora una copia de seguridad para no perder nada y luego libere espacio (por ejemplo, borre copias apartadas en la página Datos y copias de seguridad)."
    }
    fn banner_download_backup(&self) -> &'static str {
        "Descargar una copia de seguridad"
    }
    fn banner_other_tab_title(&self) -> &'static str {
        "Este espacio de trabajo se cambió en otra pestaña o ventana"
    }
    fn banner_other_tab_erased_title(&self) -> &'static str {
        "Otra pestaña o ventana borró los datos de este dispositivo"
    }
    fn banner_other_tab_paused(&self) -> &'static str {
        "Los cambios de esta pestaña no se guardarán hasta que usted elija. La versión que no conserve se apartará en este dispositivo; no se perderá."
    }
    fn banner_take_theirs(&self) -> &'static str {
        "Cargar la versión de la otra pestaña"
    }
    fn banner_keep_mine(&self) -> &'static str {
        "Conservar la versión de esta pestaña"
    }
    fn banner_clear_here(&self) -> &'static str {
        "Vaciar también esta pestaña"
    }
    fn banner_save_here(&self) -> &'static str {
        "Volver a guardar el espacio de trabajo de esta pestaña"
    }
    fn data_title(&self) -> &'static str {
        "Datos y copias de seguridad"
    }
    fn data_export_heading(&self) -> &'static str {
        "Descargar una copia de seguridad"
    }
    fn data_export_text(&self) -> &'static str {
        "Una copia de seguridad es un solo archivo con todo el espacio de trabajo: cada ciclo con su equipo, calificaciones, datos, plan y portafolio. Guárdela en un lugar seguro; es la única copia fuera de este navegador. También es la única exportación que no oculta los conteos de los grupos pequeños, así que no la comparta fuera del equipo: para cualquier otra persona, use el informe y sus hojas de cálculo."
    }
    fn data_export_button(&self) -> &'static str {
        "Descargar una copia de seguridad (JSON)"
    }
    fn data_export_none(&self) -> &'static str {
        "Todavía no hay un espacio de trabajo, así que no hay nada que copiar."
    }
    fn data_import_heading(&self) -> &'static str {
        "Restaurar o combinar una copia de seguridad"
    }
    fn data_import_label(&self) -> &'static str {
        "Archivo de copia de seguridad"
    }
    fn data_import_hint(&self) -> &'static str {
        "Elija un archivo .json descargado de esta aplicación. Verá lo que contiene antes de que cambie nada."
    }
    fn data_reading(&self) -> &'static str {
        "Leyendo el archivo…"
    }
    fn data_preview_heading(&self) -> &'static str {
        "Lo que contiene esta copia de seguridad"
    }
    fn data_preview_district(&self) -> &'static str {
        "Distrito"
    }
    fn data_preview_saved(&self) -> &'static str {
        "Fecha de guardado"
    }
    fn data_preview_cycles(&self) -> &'static str {
        "Ciclos"
    }
    fn data_preview_schema(&self) -> &'static str {
        "Versión del formato"
    }
    fn data_preview_unknown_date(&self) -> &'static str {
        "sin registrar"
    }
    fn data_cycle_line(&self, label: &str, team: usize) -> String {
        if team == 1 {
            format!("{label}: 1 integrante del equipo")
        } else {
            format!("{label}: {team} integrantes del equipo")
        }
    }
    fn data_replace_warning(&self, current: &str) -> String {
        format!("Al restaurar, se reemplaza el espacio de trabajo que está abierto ahora, “{current}”. Antes se aparta una copia en este dispositivo, que aparece más abajo, para que pueda recuperarlo.")
    }
    fn data_replace_confirm(&self) -> &'static str {
        "Reemplazar con esta copia de seguridad"
    }
    fn data_restore_confirm(&self) -> &'static str {
        "Restaurar esta copia de seguridad"
    }
    fn data_import_cancel(&self) -> &'static str {
        "Cancelar"
    }
    fn data_import_failed(&self, file: &str, why: &str) -> String {
        format!("No se restauró “{file}”. {why} No se cambió nada.")
    }
    fn data_restored(&self, district: &str) -> String {
        format!("Se restauró “{district}” desde la copia de seguridad.")
    }
    fn data_import_cancelled(&self) -> &'static str {
        "Restauración cancelada. No se cambió nada."
    }
    fn data_set_aside_heading(&self) -> &'static str {
        "Copias apartadas en este dispositivo"
    }
    fn data_set_aside_intro(&self) -> &'static str {
        "Cuando los datos guardados no se pueden leer, o se reemplazan, la aplicación guarda aquí una copia en lugar de borrarlos."
    }
    fn data_set_aside_empty(&self) -> &'static str {
        "No hay copias apartadas."
    }
    fn data_set_aside_caption(&self) -> &'static str {
        "Copias apartadas"
    }
    fn data_col_why(&self) -> &'static str {
        "Por qué se apartó"
    }
    fn data_col_when(&self) -> &'static str {
        "Cuándo"
    }
    fn data_col_size(&self) -> &'static str {
        "Tamaño"
    }
    fn data_col_actions(&self) -> &'static str {
        "Acciones"
    }
    fn data_download(&self) -> &'static str {
        "Descargar"
    }
    fn data_delete(&self) -> &'static str {
        "Borrar"
    }
    fn data_delete_confirm(&self) -> &'static str {
        "Borrar definitivamente"
    }
    fn data_delete_keep(&self) -> &'static str {
        "Conservarla"
    }
    fn data_delete_question(&self, when: &str) -> String {
        format!("¿Borrar definitivamente la copia del {when}?")
    }
    fn set_aside_reason(&self, r: SetAsideReason) -> &'static str {
        match r {
            SetAsideReason::Unreadable => "No se pudo leer al iniciar la aplicación",
            SetAsideReason::ReplacedByImport => "Reemplazada por una copia de seguridad restaurada",
            SetAsideReason::ReplacedByOtherTab => "Reemplazada por la versión de otra pestaña",
            SetAsideReason::OverwrittenOtherTab => "Versión de otra pestaña, sobrescrita por esta pestaña",
            SetAsideReason::BeforeMerge => "Punto de restauración antes de una combinación",
            SetAsideReason::ReplacedByRestore => "Reemplazada al restaurar una copia anterior",
            SetAsideReason::LockedNotOpened => {
                "Bloqueada con una frase de acceso que no se ingresó (apartada para empezar de nuevo)"
            }
            SetAsideReason::TabsDisagreed => {
                "Guardada cuando dos pestañas habían cambiado lo mismo y nadie había elegido"
            }
        }
    }
    fn size_label(&self, chars: usize) -> String {
        if chars == 1 {
            "1 carácter".to_string()
        } else if chars < 1024 {
            format!("{chars} caracteres")
        } else {
            // Tenths by whole numbers: float formatting would bring its code into the first
            // screen's Spanish chunk (19 KB gzip measured).
            let tenths = (chars + 50) / 100;
            format!("{}.{} mil caracteres", tenths / 10, tenths % 10)
        }
    }
    fn data_download_failed(&self) -> &'static str {
        "No se pudo iniciar la descarga en este navegador."
    }
    fn privacy_title(&self) -> &'static str {
        "Privacidad"
    }
    fn privacy_intro(&self) -> &'static str {
        "Todo lo que usted ingresa se queda en este navegador, en este dispositivo. Digital Equity Workbench no envía nada a ningún lugar: ni sus datos ni la forma en que usa la aplicación."
    }
    fn privacy_what_heading(&self) -> &'static str {
        "Qué se guarda y dónde"
    }
    fn privacy_what_text(&self) -> &'static str {
        "Todo se guarda solo en este navegador, en este dispositivo. Cualquier persona que use este navegador en este dispositivo puede abrir su espacio de trabajo: en una computadora compartida, bloquéelo con una frase de acceso (más abajo). Si se borran los datos del navegador para este sitio, el espacio de trabajo se elimina, así que guarde una copia de seguridad (Datos y copias de seguridad)."
    }
    fn privacy_tech_summary(&self) -> &'static str {
        "Detalles técnicos"
    }
    fn privacy_tech_text(&self) -> &'static [&'static str] {
        &[
            "La aplicación es WebAssembly que se ejecuta en el navegador. Su Content-Security-Policy solo permite que la página se conecte al sitio desde el que se cargó: sin analítica, y sin fuentes ni scripts de otros sitios.",
            "Los datos se guardan en el localStorage del navegador para este sitio, con claves que empiezan con “dew:”. Un espacio de trabajo bloqueado se guarda allí cifrado con AES-GCM, con una clave derivada de la frase de acceso mediante PBKDF2.",
            "Un service worker guarda los archivos propios de la aplicación (su código y sus páginas, nunca sus datos) en la caché del navegador, para que la aplicación abra sin conexión a la red.",
            "La primera vez que guarda, la aplicación le pide al navegador almacenamiento persistente (navigator.storage.persist), para que los datos no se borren cuando falte espacio.",
        ]
    }
    fn privacy_keys_tech_caption(&self) -> &'static str {
        "Claves de almacenamiento"
    }
    fn privacy_keys_caption(&self) -> &'static str {
        "Elementos que esta aplicación guardó en este dispositivo"
    }
    fn privacy_col_key(&self) -> &'static str {
        "Clave"
    }
    fn privacy_col_what(&self) -> &'static str {
        "Qué contiene"
    }
    fn privacy_col_size(&self) -> &'static str {
        "Tamaño"
    }
    fn privacy_key_workspace(&self) -> &'static str {
        "Su espacio de trabajo: nombre del distrito, ciclos, equipos, calificaciones, conteos, plan y portafolio."
    }
    fn privacy_key_set_aside(&self) -> &'static str {
        "Una copia apartada en lugar de borrarla, o un punto de restauración guardado antes de importar, combinar o restaurar (vea Datos y copias de seguridad)."
    }
    fn privacy_key_other(&self) -> &'static str {
        "Otros datos de la aplicación."
    }
    fn persist_heading(&self) -> &'static str {
        "¿El navegador conservará los datos?"
    }
    fn persist_yes(&self) -> &'static str {
        "Sí: este navegador aceptó conservar los datos de esta aplicación aunque el dispositivo se quede sin espacio. Si se borran los datos del sitio en el navegador, igual se eliminan, así que siga descargando copias de seguridad."
    }
    fn persist_no(&self) -> &'static str {
        "No está garantizado: este navegador puede borrar los datos de esta aplicación cuando el dispositivo se quede sin espacio, y una política que borre los datos de navegación también los elimina. Descargue una copia de seguridad después de cada sesión de trabajo (Datos y copias de seguridad)."
    }
    fn persist_unknown(&self) -> &'static str {
        "Este navegador no indica si conservará los datos de esta aplicación. Descargue una copia de seguridad después de cada sesión de trabajo (Datos y copias de seguridad)."
    }
    fn privacy_nothing(&self) -> &'static str {
        "Esta aplicación no ha guardado nada en este dispositivo."
    }
    fn privacy_not_stored(&self) -> &'static str {
        "Nunca se guardan datos individuales de estudiantes: solo conteos."
    }
    fn privacy_erase_heading(&self) -> &'static str {
        "Borrar todo en este dispositivo"
    }
    fn privacy_erase_text(&self) -> &'static str {
        "Esto elimina de este navegador todos los elementos de la lista anterior. No se puede deshacer. Si es posible que vuelva a necesitar los datos, primero descargue una copia de seguridad."
    }
    fn privacy_erase_button(&self) -> &'static str {
        "Borrar todo…"
    }
    fn privacy_erase_confirm_q(&self) -> &'static str {
        "¿Borrar todo lo que esta aplicación guardó en este dispositivo? No se puede deshacer."
    }
    fn privacy_erase_confirm(&self) -> &'static str {
        "Sí, borrar todo"
    }
    fn privacy_erase_cancel(&self) -> &'static str {
        "Cancelar"
    }
    fn privacy_erased(&self) -> &'static str {
        "Se borró todo lo que esta aplicación guardó en este dispositivo."
    }
    fn privacy_erase_failed(&self, why: &str) -> String {
        format!("No se pudieron borrar algunos elementos: {why}")
    }
    fn not_found_title(&self) -> &'static str {
        "No se encontró la página"
    }
    fn not_found_text(&self) -> &'static str {
        "No hay ninguna página en esta dirección. Puede que se haya movido."
    }
    fn not_found_home(&self) -> &'static str {
        "Ir al inicio"
    }
    fn page_not_loaded_title(&self) -> &'static str {
        "No se pudo abrir esta página"
    }
    fn page_not_loaded_text(&self) -> &'static str {
        "No llegó la parte de la aplicación que muestra esta página, quizás porque se cortó la conexión. Sus datos están seguros en este dispositivo. Revise la conexión y vuelva a intentarlo. Si sigue sin llegar, puede que la aplicación se haya actualizado después de que abrió esta pestaña: vuelva a cargarla."
    }
    fn page_not_loaded_retry(&self) -> &'static str {
        "Volver a intentar"
    }
    fn page_not_loaded_reload(&self) -> &'static str {
        "Volver a cargar la aplicación"
    }
    fn page_not_loaded_again(&self, tries: u32) -> String {
        let times = if tries == 1 { "1 vez".to_string() } else { format!("{tries} veces") };
        format!("Se intentó {times} y todavía no llega la parte de la aplicación que muestra esta página. Sus datos están seguros en este dispositivo. Revise la conexión o vuelva a cargar la aplicación.")
    }
    fn page_loading(&self) -> &'static str {
        "Abriendo la página…"
    }
    fn code_not_loaded_title(&self) -> &'static str {
        "No se pudo abrir su espacio de trabajo"
    }
    fn code_not_loaded_text(&self) -> &'static str {
        "No llegó la parte de la aplicación que lee y guarda su espacio de trabajo, quizás porque se cortó la conexión. Sus datos están seguros en este dispositivo y no se modificaron. Revise la conexión y luego vuelva a cargar la aplicación."
    }
    fn code_not_loaded_save(&self) -> &'static str {
        "Sus últimos cambios todavía no están guardados: no llegó la parte de la aplicación que los guarda, quizás porque se cortó la conexión. Mantenga abierta esta pestaña y revise la conexión; con su próximo cambio se guardará todo."
    }
    fn code_not_loaded_action(&self) -> &'static str {
        "No llegó la parte de la aplicación que se necesita para esto, quizás porque se cortó la conexión. No se cambió nada. Revise la conexión y vuelva a intentarlo."
    }
    fn no_workspace_text(&self) -> &'static str {
        "Todavía no hay un espacio de trabajo en este dispositivo."
    }
    fn no_workspace_link(&self) -> &'static str {
        "Cree uno o explore el distrito de ejemplo"
    }
    fn update_ready(&self) -> &'static str {
        "Hay una nueva versión de la aplicación. Su trabajo está guardado; al volver a cargar la página, se usa la nueva versión."
    }
    fn update_reload(&self) -> &'static str {
        "Volver a cargar y actualizar"
    }
    fn lock_now(&self) -> &'static str {
        "Bloquear ahora"
    }
    fn lock_still_saving(&self) -> &'static str {
        // A fragment (lower case, no final period), as in English: it is placed inside another message.
        "el último cambio todavía se está cifrando y guardando; vuelva a intentarlo en un momento"
    }
    fn earlier_cycle_banner(&self, viewing: &str, latest: &str) -> String {
        format!(
            "Está viendo {viewing}, un ciclo anterior. Los cambios que haga se guardan en {viewing}, no en {latest}."
        )
    }
    fn switch_to_latest(&self, latest: &str) -> String {
        format!("Cambiar a {latest}")
    }
    fn linked_allow(&self) -> &'static str {
        "Permitir"
    }
    fn linked_needs_permission(&self, name: &str) -> String {
        format!("“{name}” está vinculado, pero el navegador necesita de nuevo su permiso para que la aplicación pueda escribir en él.")
    }
    fn linked_failed(&self, name: &str, why: &str) -> String {
        format!("“{name}” no se actualizó: {why}")
    }
    fn backup_never(&self) -> String {
        "Todavía no se ha hecho ninguna copia de seguridad de este espacio de trabajo en este dispositivo.".into()
    }
    fn backup_days_ago(&self, days: i64) -> String {
        if days == 1 {
            "Última copia de seguridad: hace 1 día.".into()
        } else {
            format!("Última copia de seguridad: hace {days} días.")
        }
    }
}
