//! The self-assessment content: areas and indicators, each indicator with a statement, four
//! level descriptors on the Foundational → Advanced continuum, the divides it bears on, its
//! crosswalk to ISTE's Essential Conditions and Digital Promise's K-12 domains, and suggested
//! evidence.
//!
//! Invariants (checked by the tests at the bottom):
//! - ids are unique, lower-case, stable: a stored rating refers to its indicator by id, so an
//!   id may never change or be reused once released (bump `CONTENT_VERSION` when content changes);
//! - every indicator has four non-empty, distinct descriptors, at least one divide, and at least
//!   one ISTE condition and one Digital Promise domain.
//!
//! The wording is ours, grounded in the sources listed in PRODUCT.md.

/// Bumped whenever an indicator is added, removed or reworded in a way that changes its meaning.
/// Rater files carry it, so a file rated against other content is recognised.
pub const CONTENT_VERSION: u32 = 1;

/// The guide's continuum, lowest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Level {
    Foundational,
    Developing,
    Established,
    Advanced,
}

impl Level {
    pub const ALL: [Level; 4] = [Level::Foundational, Level::Developing, Level::Established, Level::Advanced];

    /// 0 for Foundational … 3 for Advanced.
    pub fn index(self) -> usize {
        self as usize
    }

    pub fn from_index(i: usize) -> Option<Level> {
        Level::ALL.get(i).copied()
    }
}

/// The three divides of the 2024 National Educational Technology Plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Divide {
    Access,
    Use,
    Design,
}

impl Divide {
    pub const ALL: [Divide; 3] = [Divide::Access, Divide::Use, Divide::Design];
}

/// ISTE's seven Essential Conditions (current set).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Iste {
    SharedVision,
    ImplementationPlanning,
    EquitableAccess,
    PreparedEducators,
    TechnicalSupport,
    LearningActivitiesAndContent,
    OngoingEvaluation,
}

/// Digital Promise's five K-12 Digital Equity Framework domains.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DigitalPromise {
    Leadership,
    CoherentSystems,
    DevicesAndConnectivity,
    DigitalCompetency,
    PowerfulLearning,
}

#[derive(Debug)]
pub struct Indicator {
    /// Stable id, e.g. `who.accessible-materials`.
    pub id: &'static str,
    /// What good looks like, as one sentence the team can agree or disagree with.
    pub statement: &'static str,
    /// What you would see at Foundational, Developing, Established, Advanced (in that order).
    pub descriptors: [&'static str; 4],
    pub divides: &'static [Divide],
    pub iste: &'static [Iste],
    pub digital_promise: &'static [DigitalPromise],
    /// Documents or data a team could look at to support its rating.
    pub evidence: &'static [&'static str],
}

#[derive(Debug)]
pub struct Area {
    /// Stable id, e.g. `who`.
    pub id: &'static str,
    pub name: &'static str,
    /// One sentence saying what the area covers.
    pub summary: &'static str,
    pub indicators: &'static [Indicator],
}

/// Every area, in the order the assessment walks through them.
pub static AREAS: &[Area] = &[
    Area {
        id: "who",
        name: "Classroom practice: who is served",
        summary: "Whether every student is served and represented by the district's technology, including accessibility, Universal Design for Learning and cultural and linguistic relevance.",
        indicators: &[
            Indicator {
                id: "who.accessible-materials",
                statement: "Digital materials students meet in class, whether bought or made by teachers, work for students with disabilities: captioned, readable by screen readers and usable without a mouse.",
                descriptors: [
                    "Accessibility is fixed case by case, after a student or family reports a problem. Nobody tracks which materials have captions, alt text or screen-reader support.",
                    "Some schools or departments use an accessibility checklist for teacher-made materials, and special education staff flag problems. A district guide is drafted but not yet expected of everyone.",
                    "Teachers across the district check new materials with a shared checklist and built-in checkers, core materials are audited each year, and each problem has an owner and a deadline.",
                    "Students who use assistive technology and their families help test materials, audit results are reviewed by school each term, and almost no inaccessible core material remains.",
                ],
                divides: &[Divide::Access, Divide::Design],
                iste: &[Iste::EquitableAccess, Iste::LearningActivitiesAndContent],
                digital_promise: &[DigitalPromise::PowerfulLearning, DigitalPromise::CoherentSystems],
                evidence: &[
                    "Accessibility checklist and audit results for core materials",
                    "Log of accessibility problems reported and time to fix",
                    "Feedback from students with IEP or 504 plans and their families",
                ],
            },
            Indicator {
                id: "who.universal-design",
                statement: "Teachers plan with Universal Design for Learning, so each lesson gives students more than one way to engage, to take in content and to show what they know.",
                descriptors: [
                    "A few teachers offer choices, such as audio versions or a pick of final product, on their own initiative. UDL is absent from planning templates, walkthroughs and professional learning.",
                    "UDL is taught in some schools or to a pilot group, and some unit plans show options for engagement, representation and expression. Examples pass informally between colleagues.",
                    "District planning templates ask how each unit builds in options, coaches support UDL planning in every school, and walkthrough data on UDL practice is reviewed each semester.",
                    "Students tell teachers which options help them, and teams combine that feedback with results by student group to redesign units each year; gaps between groups shrink over time.",
                ],
                divides: &[Divide::Design, Divide::Use],
                iste: &[Iste::PreparedEducators, Iste::LearningActivitiesAndContent],
                digital_promise: &[DigitalPromise::PowerfulLearning],
                evidence: &[
                    "Unit plans showing options for engagement, representation and expression",
                    "Walkthrough or observation data on UDL practices",
                    "Student feedback on the choices offered",
                ],
            },
            Indicator {
                id: "who.cultural-linguistic",
                statement: "Students see their cultures, communities and languages in the digital content they use, and students and families can use key tools and messages in their home languages.",
                descriptors: [
                    "Content is chosen without checking whose stories and languages it includes. Translation happens only when a staff member or parent volunteers to help.",
                    "Some subjects have begun reviewing core digital content for representation and bias, and the most-used family-facing tools are offered in the district's largest home languages.",
                    "Every core adoption is reviewed for cultural relevance and bias with a shared rubric, and family-facing tools and guides exist in every language above the district's threshold.",
                    "Students, families and community groups take part in content reviews, the district fills the gaps they name, and use of tools by English learners and their families is tracked and rising.",
                ],
                divides: &[Divide::Design, Divide::Access],
                iste: &[Iste::LearningActivitiesAndContent, Iste::EquitableAccess],
                digital_promise: &[DigitalPromise::PowerfulLearning, DigitalPromise::CoherentSystems],
                evidence: &[
                    "Bias and representation review of core digital content",
                    "List of tools and family guides by language",
                    "Survey results from English learners and their families",
                ],
            },
            Indicator {
                id: "who.reach-all-groups",
                statement: "The district knows which students and schools are, and are not, reached by its tools and digital resources, and acts when a group is being left out.",
                descriptors: [
                    "Nobody looks at who uses the district's tools. Licence counts are known, but not which schools or student groups actually use them.",
                    "Usage of a few major tools is reported by school; a first look by student group is planned or piloted, but findings do not yet lead to action.",
                    "Use of core tools is reviewed each semester by school and student group (for example English learners, students with disabilities), and each gap goes to a team with a follow-up date.",
                    "Students and families from under-served groups help explain the gaps, actions are tracked in the equity plan, and the gaps are shown to narrow from one year to the next.",
                ],
                divides: &[Divide::Access, Divide::Use],
                iste: &[Iste::OngoingEvaluation, Iste::EquitableAccess],
                digital_promise: &[DigitalPromise::CoherentSystems, DigitalPromise::Leadership],
                evidence: &[
                    "Usage reports by school and student group",
                    "Divide analysis findings",
                    "Equity plan actions and their status",
                ],
            },
        ],
    },
    Area {
        id: "what",
        name: "Classroom practice: what tools do",
        summary: "Whether tools and content adapt to each student's needs and honour students' voices, identities and interests.",
        indicators: &[
            Indicator {
                id: "what.adaptive-pathways",
                statement: "Tools and lessons adjust to where each student is, letting students work at a pace and level that fits them, and teachers use what the tools show to plan next steps.",
                descriptors: [
                    "All students in a class usually get the same digital task at the same time. Some teachers differentiate on their own, but tool data is rarely opened.",
                    "Some schools use tools that adjust difficulty or offer supports, and a few teams meet to look at the data. Guidance on using it for grouping and reteaching is being drafted.",
                    "Teachers district-wide switch on scaffolds (read-aloud, translation, hints) for the students who need them and review tool data in team meetings at least monthly.",
                    "Students set goals and choose next steps from their own data, teachers check that adaptive paths hold no group back, and results by group decide which tools are kept.",
                ],
                divides: &[Divide::Use, Divide::Design],
                iste: &[Iste::LearningActivitiesAndContent, Iste::PreparedEducators],
                digital_promise: &[DigitalPromise::PowerfulLearning],
                evidence: &[
                    "Team meeting notes that use tool data",
                    "Lesson plans showing differentiated digital tasks",
                    "Results by student group for adaptive tools",
                ],
            },
            Indicator {
                id: "what.student-voice",
                statement: "Students have real choices about what they study, how they work and how they show learning, and technology widens those choices instead of narrowing them to one screen.",
                descriptors: [
                    "Digital tasks are set by the teacher with one right way to complete them. Student choice happens in some classrooms but is neither encouraged nor tracked.",
                    "Some teachers or schools design projects with a choice of topic, format or tool, and students are now and then asked for feedback on the tools they use.",
                    "Units across the district include planned choice points, and students are surveyed each semester about voice and choice, with results shared with teachers and leaders.",
                    "Students help design units and review tools, survey results are split by group so every group is heard, and the changes made in response are reported back to students.",
                ],
                divides: &[Divide::Use],
                iste: &[Iste::LearningActivitiesAndContent],
                digital_promise: &[DigitalPromise::PowerfulLearning],
                evidence: &[
                    "Student survey results on voice and choice",
                    "Unit plans with choice points",
                    "Samples of student work in different formats",
                ],
            },
            Indicator {
                id: "what.identity-and-interests",
                statement: "Students can bring their identities, interests and experiences into their digital work, and the tools they use avoid stereotypes and assumptions about who they are.",
                descriptors: [
                    "Tools and prompts assume one kind of student, and nobody checks names, images, examples or avatars for stereotypes or for who they leave out.",
                    "A few teachers build tasks around students' interests and communities, and some tools have been checked for stereotypes or biased defaults after concerns were raised.",
                    "Tasks in every school regularly invite students to draw on their own lives and languages, and tools, including AI features, are checked for bias before wide use.",
                    "Students help review tools and tasks for how well they reflect them, their feedback changes what is used, and the district publishes what it changed and why.",
                ],
                divides: &[Divide::Design, Divide::Use],
                iste: &[Iste::LearningActivitiesAndContent],
                digital_promise: &[DigitalPromise::PowerfulLearning],
                evidence: &[
                    "Student work samples that draw on students' lives",
                    "Bias review notes for tools, including AI features",
                    "Student focus group notes",
                ],
            },
            Indicator {
                id: "what.feedback-and-goals",
                statement: "Students and teachers get timely, clear feedback from digital tools and use it together to set goals and decide what to learn next.",
                descriptors: [
                    "Tools produce scores that students rarely see or understand. Teachers open reports when they have time, and feedback mostly arrives after the work is finished.",
                    "Some classrooms use tool feedback during lessons and hold short goal-setting talks with students, and a shared approach to feedback is being tried in a pilot.",
                    "In every school, students see their own progress in the tools they use, set goals at least each grading period, and plan next steps with their teacher.",
                    "Students explain their progress to their families using their own data, teachers check that feedback is equally useful for every group, and tools with unclear feedback are replaced.",
                ],
                divides: &[Divide::Use, Divide::Design],
                iste: &[Iste::LearningActivitiesAndContent, Iste::OngoingEvaluation],
                digital_promise: &[DigitalPromise::PowerfulLearning, DigitalPromise::DigitalCompetency],
                evidence: &[
                    "Student goal-setting records",
                    "Examples of feedback given through tools",
                    "Student survey on how useful feedback is",
                ],
            },
        ],
    },
    Area {
        id: "how",
        name: "Classroom practice: how students use technology",
        summary: "Whether students use technology actively and creatively and build digital literacy, health, safety and citizenship.",
        indicators: &[
            Indicator {
                id: "how.active-creation",
                statement: "Students regularly use technology to investigate, make, build and solve problems, and spend little of their screen time simply watching or filling in digital worksheets.",
                descriptors: [
                    "Most student screen time is spent watching videos, reading or filling in digital worksheets. Nobody observes or records how students use technology.",
                    "Some teachers design creative, problem-solving tasks, and a few schools have begun observing lessons with the Technology Integration Matrix to see how active use is.",
                    "Lessons in every school are observed each year with the Technology Integration Matrix, most reach Adaptation or above on its Active characteristic, and results are compared by school.",
                    "Active, creative use is common in every school and for every student group; observation and student survey data are compared by group, and coaching goes where gaps appear.",
                ],
                divides: &[Divide::Use],
                iste: &[Iste::LearningActivitiesAndContent, Iste::PreparedEducators],
                digital_promise: &[DigitalPromise::PowerfulLearning],
                evidence: &[
                    "Classroom observation notes (Technology Integration Matrix)",
                    "Student survey on how often they create with technology",
                    "Samples of student-created work",
                ],
            },
            Indicator {
                id: "how.connected-learning",
                statement: "Students use technology to work with classmates and to learn from experts, mentors and community members beyond their own classroom.",
                descriptors: [
                    "Students mostly work alone on devices. Contact with people outside the class happens only through an occasional event arranged by one teacher.",
                    "Some classes use shared documents and discussion tools for group work, and a few schools have partnerships that bring in outside experts by video.",
                    "Students in every school collaborate online at least weekly, and each grade band has at least one planned connection with experts or community partners each year.",
                    "Students start and run their own collaborations with people outside school, partners reflect the community's diversity, and participation is checked so every group takes part.",
                ],
                divides: &[Divide::Use],
                iste: &[Iste::LearningActivitiesAndContent],
                digital_promise: &[DigitalPromise::PowerfulLearning, DigitalPromise::DigitalCompetency],
                evidence: &[
                    "Student survey on online collaboration",
                    "List of community and expert partnerships by school",
                    "Project samples showing collaboration",
                ],
            },
            Indicator {
                id: "how.digital-literacy",
                statement: "Students learn, as part of regular lessons, to find, judge and use information critically, including media and content produced with artificial intelligence.",
                descriptors: [
                    "Information and media literacy is taught only where individual teachers choose to. There is no agreed scope and sequence, and AI-generated content is not discussed.",
                    "A digital literacy scope and sequence is drafted, some schools teach it through library or advisory lessons, and guidance on AI use in student work is being prepared.",
                    "A district scope and sequence covers every grade band, is taught within subject lessons, includes judging sources and AI output, and teachers record when it is taught.",
                    "Students show these skills in projects assessed with a shared rubric, results by school and group guide teaching, and students help update the lessons as technology changes.",
                ],
                divides: &[Divide::Use],
                iste: &[Iste::LearningActivitiesAndContent],
                digital_promise: &[DigitalPromise::DigitalCompetency],
                evidence: &[
                    "Digital literacy scope and sequence",
                    "Guidance on AI use for students and teachers",
                    "Student work assessed with a digital literacy rubric",
                ],
            },
            Indicator {
                id: "how.health-safety-citizenship",
                statement: "Students in every grade band learn to protect their privacy, stay safe, look after their wellbeing and act responsibly and respectfully online.",
                descriptors: [
                    "Online safety comes up mainly after an incident or in a one-off assembly. What students learn depends on their school and teacher.",
                    "Some schools teach a digital citizenship programme, and families are offered occasional information sessions; coverage by grade is not yet tracked.",
                    "Every school teaches digital health, safety and citizenship lessons in each grade band, completion is tracked, and families get guides in their home languages.",
                    "Students lead peer lessons and help revise the programme, incident and wellbeing data are reviewed by group, and families join sessions co-run with students.",
                ],
                divides: &[Divide::Access, Divide::Use],
                iste: &[Iste::LearningActivitiesAndContent],
                digital_promise: &[DigitalPromise::DigitalCompetency],
                evidence: &[
                    "Digital citizenship lesson plan and completion records",
                    "Family guides and session attendance",
                    "Student wellbeing survey results",
                ],
            },
        ],
    },
    Area {
        id: "vision",
        name: "Essential condition: shared vision",
        summary: "Whether the district has a shared, community-shaped vision for digital equity that guides its plans, budgets and reporting.",
        indicators: &[
            Indicator {
                id: "vision.shared-statement",
                statement: "The district has a written vision for digital equity that says what every student should be able to do with technology and how the access, use and design divides will be closed.",
                descriptors: [
                    "There is no written vision for digital equity; technology goals are set by separate departments and mostly describe devices and software.",
                    "A draft vision exists and names the access, use and design divides, but it is not yet adopted, and most staff, students and families have not seen it.",
                    "The board has adopted the vision, it is published in the main home languages, and school plans refer to it.",
                    "The equity team revisits the vision each cycle using data on the divides, and staff, students and families can describe what it means for their own school.",
                ],
                divides: &[Divide::Access, Divide::Use, Divide::Design],
                iste: &[Iste::SharedVision],
                digital_promise: &[DigitalPromise::Leadership],
                evidence: &[
                    "Adopted digital equity vision",
                    "Board minutes or adoption record",
                    "School improvement plans that refer to the vision",
                ],
            },
            Indicator {
                id: "vision.co-created",
                statement: "Students, families, teachers, school and district leaders, technology staff and community members all help shape the vision and the work that follows from it.",
                descriptors: [
                    "The vision and technology goals are set by a small group of district staff. Students and families are not asked for their views.",
                    "A digital equity team has formed with some stakeholder groups, and a survey or listening session has gathered views from students or families at a few schools.",
                    "The team includes students, families, teachers, leaders and technology staff, meets on a set schedule, and gathers input from every school in the main home languages.",
                    "Members from under-represented groups share in leading the team, their input visibly changes decisions, and the team reports back to the community on what it heard and did.",
                ],
                divides: &[Divide::Access, Divide::Use],
                iste: &[Iste::SharedVision],
                digital_promise: &[DigitalPromise::Leadership],
                evidence: &[
                    "Team membership list by role",
                    "Meeting agendas and notes",
                    "Summaries of student and family input and the responses to it",
                ],
            },
            Indicator {
                id: "vision.linked-to-plans",
                statement: "The digital equity vision is built into the strategic plan, school plans and budgets, with measurable goals and named owners.",
                descriptors: [
                    "Technology spending and plans are decided year by year with no stated link to equity goals, and any goals that exist cannot be measured.",
                    "Some strategic plan goals mention digital equity and a few budget lines are tied to them, but owners and measures are not yet set for all of them.",
                    "Each goal has a measure, a target, an owner and funding, school plans show how they contribute, and leaders review progress at least twice a year.",
                    "Budgets shift toward the schools and groups with the largest gaps, funding is planned beyond one-time grants, and goals are adjusted each cycle based on results.",
                ],
                divides: &[Divide::Access, Divide::Design],
                iste: &[Iste::SharedVision, Iste::ImplementationPlanning],
                digital_promise: &[DigitalPromise::Leadership, DigitalPromise::CoherentSystems],
                evidence: &[
                    "Strategic plan with digital equity goals and measures",
                    "Budget lines tied to equity goals",
                    "Notes from leadership progress reviews",
                ],
            },
            Indicator {
                id: "vision.progress-reported",
                statement: "Progress on digital equity is measured by school and by student group and reported openly to the community each year.",
                descriptors: [
                    "Progress is described with overall counts, such as devices handed out, and is not broken down by school or student group.",
                    "A first set of equity measures has been chosen and baseline data gathered for some schools; reporting is internal and irregular.",
                    "An annual report shows each measure by school and student group, with small groups suppressed to protect privacy, and is shared with the board and the public.",
                    "Students and families help interpret the results, the report shows change over several years and what was done in response, and it comes in accessible formats and home languages.",
                ],
                divides: &[Divide::Access, Divide::Use],
                iste: &[Iste::OngoingEvaluation, Iste::SharedVision],
                digital_promise: &[DigitalPromise::Leadership],
                evidence: &[
                    "Annual digital equity report",
                    "Baseline and follow-up data by school and student group",
                    "Community presentation materials",
                ],
            },
        ],
    },
    Area {
        id: "policy",
        name: "Essential condition: policy",
        summary: "Whether privacy, acceptable use, device and connectivity, and procurement policies protect students and remove barriers to learning.",
        indicators: &[
            Indicator {
                id: "policy.student-data-privacy",
                statement: "Every digital tool that handles student data is approved against clear privacy rules, has a signed data agreement, and is listed where families can see it.",
                descriptors: [
                    "Teachers sign up for tools on their own, and nobody has a full list of which tools collect student data or which agreements cover them.",
                    "A list of approved tools exists and new purchases are checked for privacy, but free tools that teachers adopt are often missed and agreements are incomplete.",
                    "Every tool that holds student data passes one review, has an agreement on file and appears on a published list; unapproved tools are found and dealt with each year.",
                    "Families and older students can see what data each tool collects and why, reviews are repeated at renewal, and the district keeps data collection to the minimum needed.",
                ],
                divides: &[Divide::Access],
                iste: &[Iste::ImplementationPlanning, Iste::TechnicalSupport],
                digital_promise: &[DigitalPromise::CoherentSystems],
                evidence: &[
                    "Inventory of tools with data agreements",
                    "Privacy review checklist",
                    "Public list of approved tools",
                ],
            },
            Indicator {
                id: "policy.acceptable-use",
                statement: "The acceptable use policy is written in plain language, available in families' home languages, and encourages learning with technology as well as setting limits.",
                descriptors: [
                    "The acceptable use policy is a legal document that students and families sign without explanation, and it is mostly a list of prohibitions.",
                    "The policy is being rewritten in plain language with a few schools, and a student-friendly version is drafted for some grade bands.",
                    "A plain-language policy with a version for each grade band is in use district-wide, translated, explained to students each year and reviewed on a schedule.",
                    "Students and families help revise the policy each cycle, it covers new issues such as AI, and discipline data under it is checked so no group is treated more harshly.",
                ],
                divides: &[Divide::Use, Divide::Access],
                iste: &[Iste::ImplementationPlanning],
                digital_promise: &[DigitalPromise::CoherentSystems, DigitalPromise::DigitalCompetency],
                evidence: &[
                    "Current acceptable use policy and its student versions",
                    "Record of policy reviews with students and families",
                    "Technology-related discipline data by student group",
                ],
            },
            Indicator {
                id: "policy.device-connectivity",
                statement: "Rules on devices and internet access (take-home use, hotspots, repairs, loss and content filtering) remove barriers for students instead of creating them.",
                descriptors: [
                    "Rules differ by school, fees for damage or loss put some families off taking devices home, and filtering is set without asking teachers.",
                    "A district device and connectivity policy is drafted, fee waivers exist on request, and a process to unblock useful learning sites is being tried in some schools.",
                    "One district policy lets every student take a device home, waives fees for those who cannot pay, lends hotspots where needed, and answers unblock requests within days.",
                    "The policy is reviewed each year with data on who goes without a device or connection and why, families help shape it, and barriers found are removed within the year.",
                ],
                divides: &[Divide::Access],
                iste: &[Iste::EquitableAccess, Iste::ImplementationPlanning],
                digital_promise: &[DigitalPromise::DevicesAndConnectivity, DigitalPromise::CoherentSystems],
                evidence: &[
                    "Device and connectivity policy",
                    "Fee waiver and hotspot lending records",
                    "Filtering unblock requests and response times",
                ],
            },
            Indicator {
                id: "policy.procurement",
                statement: "Buying rules require every new tool to be checked for accessibility, privacy, interoperability, evidence of effectiveness and fit with the equity vision before purchase.",
                descriptors: [
                    "Schools and departments buy tools on price or a sales pitch, with no shared checks before purchase.",
                    "A procurement checklist is drafted and used for large purchases, and accessibility documentation (such as WCAG 2.1 AA conformance) is requested for some tools.",
                    "Every acquisition, free tools included, goes through the same review; vendors must show WCAG 2.1 AA conformance and evidence of effectiveness, and reviews are recorded.",
                    "Teachers, students and families take part in reviews, vendor claims are tested in pilots, and contracts require vendors to fix accessibility or privacy problems.",
                ],
                divides: &[Divide::Access, Divide::Design],
                iste: &[Iste::ImplementationPlanning, Iste::EquitableAccess],
                digital_promise: &[DigitalPromise::CoherentSystems],
                evidence: &[
                    "Procurement policy and review checklist",
                    "Vendor accessibility conformance reports",
                    "Records of completed purchase reviews",
                ],
            },
        ],
    },
    Area {
        id: "culture",
        name: "Essential condition: school culture",
        summary: "Whether leaders, teachers, students and families share a culture that supports trying, learning and leading with technology.",
        indicators: &[
            Indicator {
                id: "culture.leaders-model",
                statement: "School and district leaders model thoughtful, equitable technology use and make it a visible priority in how schools are run.",
                descriptors: [
                    "Leaders talk about technology mainly as devices and logistics, and classroom use depends on individual teachers' interest.",
                    "Some principals discuss active, equitable use in staff meetings and visit classrooms to see it, but expectations differ from school to school.",
                    "Every principal sets expectations for equitable technology use, visits classrooms to see it, and talks through what they saw with teachers at least each term.",
                    "Leaders learn alongside teachers and students, share their own attempts openly, and use data on the divides to decide where each school's time and money go.",
                ],
                divides: &[Divide::Use, Divide::Design],
                iste: &[Iste::SharedVision, Iste::PreparedEducators],
                digital_promise: &[DigitalPromise::Leadership],
                evidence: &[
                    "Principal walkthrough records",
                    "Staff meeting agendas",
                    "Teacher survey on leadership support",
                ],
            },
            Indicator {
                id: "culture.safe-to-try",
                statement: "Teachers feel safe to try new approaches with technology, to share what did not work, and to learn from one another.",
                descriptors: [
                    "Trying something new with technology is a private risk; teachers rarely see each other teach or talk about lessons that went badly.",
                    "Some schools have teams or networks where teachers share experiments, and a few leaders encourage new approaches in evaluations.",
                    "Every school has regular time for teachers to share technology-enabled lessons, failures included, and evaluation practice credits well-reasoned experiments.",
                    "Teachers across schools run and share small classroom studies, students give feedback on trials, and ideas that work spread first to schools with the largest gaps.",
                ],
                divides: &[Divide::Design],
                iste: &[Iste::PreparedEducators],
                digital_promise: &[DigitalPromise::Leadership, DigitalPromise::PowerfulLearning],
                evidence: &[
                    "Teacher survey on trust and innovation",
                    "Collaborative team schedules and notes",
                    "Examples of shared lesson trials",
                ],
            },
            Indicator {
                id: "culture.family-partnership",
                statement: "Families are partners in digital learning and get support, in their languages, to use school tools and to help their children learn with technology.",
                descriptors: [
                    "The school contacts families about technology mainly when a device is lost or broken; help is offered only in English and only in school hours.",
                    "Some schools run family technology nights or helplines, and key guides are translated into a few languages.",
                    "Every school offers family support in the main home languages at times families can attend, and family views are gathered by survey each year.",
                    "Families co-lead workshops and advise on tools, survey results are examined by group, and support changes where families report the most difficulty.",
                ],
                divides: &[Divide::Access, Divide::Use],
                iste: &[Iste::EquitableAccess, Iste::SharedVision],
                digital_promise: &[DigitalPromise::DigitalCompetency, DigitalPromise::CoherentSystems],
                evidence: &[
                    "Family survey results",
                    "Family workshop schedule and attendance",
                    "Translated family guides",
                ],
            },
            Indicator {
                id: "culture.student-leadership",
                statement: "Students take real leadership roles with technology, such as running a help desk, teaching peers and sitting on the equity team.",
                descriptors: [
                    "Students use technology but have no defined role in supporting others or shaping decisions.",
                    "A few schools have student tech teams or ambassadors, usually drawn from students who are already confident with technology.",
                    "Every secondary school and many elementary schools have student technology leadership roles, with members recruited to reflect the whole student body.",
                    "Student leaders help run training, review tools and present to the board, and the district checks that these roles reach students from every group.",
                ],
                divides: &[Divide::Use],
                iste: &[Iste::LearningActivitiesAndContent, Iste::SharedVision],
                digital_promise: &[DigitalPromise::DigitalCompetency, DigitalPromise::PowerfulLearning],
                evidence: &[
                    "Student leadership roster by school and group",
                    "Student help desk records",
                    "Equity team minutes showing student contributions",
                ],
            },
        ],
    },
    Area {
        id: "learning",
        name: "Essential condition: professional learning",
        summary: "Whether teachers have the time, coaching and voice to design technology-enabled learning for every student.",
        indicators: &[
            Indicator {
                id: "learning.protected-time",
                statement: "Teachers have protected time within the paid work day to design, try and refine technology-enabled learning.",
                descriptors: [
                    "Teachers design technology-enabled lessons on their own time, and professional learning days go mostly to compliance topics.",
                    "Some schools schedule planning time for technology design, or a pilot group gets release time, but it is often lost to other duties.",
                    "Every teacher has scheduled design time each month that is protected from other duties, and its use is tracked by school.",
                    "Design time is planned with teachers and linked to their goals and to gaps in the divide data, and schools with the largest gaps receive extra time.",
                ],
                divides: &[Divide::Design],
                iste: &[Iste::PreparedEducators, Iste::ImplementationPlanning],
                digital_promise: &[DigitalPromise::CoherentSystems],
                evidence: &[
                    "Master schedule showing collaborative planning time",
                    "Professional learning calendar",
                    "Teacher survey on time to plan",
                ],
            },
            Indicator {
                id: "learning.coaching",
                statement: "Every teacher can get instructional-technology coaching in their own classroom when they need it.",
                descriptors: [
                    "Help with teaching with technology comes from one specialist or keen colleagues when they happen to be free, and coaching is not tracked.",
                    "Coaches serve some schools or a pilot group, other schools get one-off training sessions, and requests outstrip what coaches can meet.",
                    "Coaching is available in every school, with cycles of planning, observation and feedback, and the share of teachers coached each year is tracked.",
                    "Coaching goes first to the schools and teams with the largest use and design gaps, its effect on classroom practice is measured, and teachers help shape it.",
                ],
                divides: &[Divide::Design, Divide::Use],
                iste: &[Iste::PreparedEducators],
                digital_promise: &[DigitalPromise::PowerfulLearning, DigitalPromise::CoherentSystems],
                evidence: &[
                    "Coaching logs by school",
                    "Share of teachers with access to coaching",
                    "Observation data before and after coaching cycles",
                ],
            },
            Indicator {
                id: "learning.co-designers",
                statement: "Teachers are co-designers: they help choose tools, plan professional learning and build shared technology-enabled units.",
                descriptors: [
                    "Tools and training are decided centrally and announced to teachers, who have no formal way to give feedback.",
                    "Some teachers sit on selection committees or pilot tools, and occasional surveys ask teachers what training they want.",
                    "Teacher design teams in every subject or grade band build shared units and take part in tool reviews, and their recommendations are documented.",
                    "Teachers lead professional learning, shared units are revised each year with student feedback and results, and design work counts toward career paths.",
                ],
                divides: &[Divide::Design],
                iste: &[Iste::PreparedEducators, Iste::SharedVision],
                digital_promise: &[DigitalPromise::Leadership, DigitalPromise::PowerfulLearning],
                evidence: &[
                    "Teacher design team rosters and products",
                    "Tool review committee membership",
                    "Library of shared units",
                ],
            },
            Indicator {
                id: "learning.equity-focused",
                statement: "Professional learning builds teachers' skill in accessible, inclusive and active uses of technology, and its success is judged by changes in classrooms.",
                descriptors: [
                    "Training covers how to operate tools, is the same for everyone, and has no follow-up.",
                    "Some sessions address accessibility, UDL or active use, with follow-up in a pilot; evaluation is mostly an end-of-session satisfaction survey.",
                    "A district plan offers differentiated paths on accessibility, UDL and active use, every teacher takes part each year, and completion and follow-up are tracked.",
                    "Learning is judged by change in observed practice and in student results by group, teacher preparedness is surveyed yearly, and the plan is revised in response.",
                ],
                divides: &[Divide::Design, Divide::Use],
                iste: &[Iste::PreparedEducators, Iste::OngoingEvaluation],
                digital_promise: &[DigitalPromise::DigitalCompetency, DigitalPromise::PowerfulLearning],
                evidence: &[
                    "Professional learning plan and catalogue",
                    "Completion records against the district target",
                    "Teacher preparedness survey (very well to not at all prepared)",
                ],
            },
        ],
    },
    Area {
        id: "access",
        name: "Access infrastructure",
        summary: "Whether students have capable devices with any assistive technology they need, reliable connectivity at home and at school, and timely technical support.",
        indicators: &[
            Indicator {
                id: "access.devices",
                statement: "Every student has a dedicated, capable learning device, with any assistive technology they need, for all schoolwork at school and at home.",
                descriptors: [
                    "Devices are shared from carts or labs, some students do homework on phones, and there is no current inventory of devices or their condition.",
                    "Most grades have one device per student and an inventory is kept; assistive technology is provided on request, but older or shared devices remain in some schools.",
                    "Every student has a dedicated device that meets a district standard and is replaced on a set cycle, and assistive technology needs in IEP and 504 plans are met.",
                    "Survey and inventory data are checked by school and group each year, students help set the device standard, and any group's gap is closed within the year.",
                ],
                divides: &[Divide::Access],
                iste: &[Iste::EquitableAccess],
                digital_promise: &[DigitalPromise::DevicesAndConnectivity],
                evidence: &[
                    "Device inventory by school and age",
                    "Student survey on whether their device is enough for schoolwork",
                    "Assistive technology requests and fulfilment records",
                ],
            },
            Indicator {
                id: "access.home-connectivity",
                statement: "Every student has home internet good enough to stream video and upload work without regular interruptions.",
                descriptors: [
                    "The district does not know which students lack home internet, and families learn about low-cost offers on their own.",
                    "Some schools have surveyed home internet, hotspots are lent on request, and families are told about low-cost service programmes.",
                    "Home connectivity is surveyed district-wide each year, including speed against the FCC 2024 benchmark of 100/20 Mbps, and every student without service is offered a solution.",
                    "Results are analysed by school, group and locale, the district works with providers and partners on lasting fixes, and the share without adequate service falls each year.",
                ],
                divides: &[Divide::Access],
                iste: &[Iste::EquitableAccess],
                digital_promise: &[DigitalPromise::DevicesAndConnectivity],
                evidence: &[
                    "Family survey results on home internet",
                    "Hotspot lending records",
                    "Speed test data against the FCC 100/20 Mbps benchmark",
                ],
            },
            Indicator {
                id: "access.school-connectivity",
                statement: "Every school has a network that lets all students and staff work online at the same time, in every room, with filtering that does not block legitimate learning.",
                descriptors: [
                    "Wi-Fi drops out in some rooms or when whole classes log on; problems are reported informally and not measured.",
                    "Network capacity has been measured in some schools and upgrades are planned; teachers can report weak spots, but fixes depend on available funds.",
                    "All schools meet a district standard for bandwidth and coverage, the network is monitored, and slowdowns are fixed within agreed times.",
                    "Capacity is planned ahead of new demands such as video and online testing, teachers and students report on reliability, and the oldest networks are upgraded first.",
                ],
                divides: &[Divide::Access],
                iste: &[Iste::EquitableAccess, Iste::TechnicalSupport],
                digital_promise: &[DigitalPromise::DevicesAndConnectivity],
                evidence: &[
                    "Bandwidth per student by school",
                    "Wireless coverage survey",
                    "Network monitoring and outage reports",
                ],
            },
            Indicator {
                id: "access.technical-support",
                statement: "Students, families and staff get timely, skilled technical help in their languages, and no student is left without a device while theirs is repaired.",
                descriptors: [
                    "Support is handled by whoever is free in each school, there is no ticket system, and students may wait weeks without a device.",
                    "A help desk and ticket system exist, some schools have on-site staff, and a few loaner devices are kept, but families cannot easily reach support.",
                    "Every school has a set level of technical staffing, tickets are resolved within agreed times, loaners are issued the same day, and families have a helpline in the main languages.",
                    "Response times and satisfaction are reviewed by school and group, staffing follows need, and students trained as help-desk assistants add capacity and gain skills.",
                ],
                divides: &[Divide::Access],
                iste: &[Iste::TechnicalSupport],
                digital_promise: &[DigitalPromise::DevicesAndConnectivity, DigitalPromise::CoherentSystems],
                evidence: &[
                    "Help desk ticket data and resolution times",
                    "Loaner device records",
                    "Technical staff per device, by school",
                ],
            },
        ],
    },
    Area {
        id: "portfolio",
        name: "Technology portfolio management",
        summary: "Whether tools are selected, supported, implemented and evaluated as one portfolio, with equity and evaluation considered at every phase.",
        indicators: &[
            Indicator {
                id: "portfolio.needs-based-selection",
                statement: "New tools are chosen only after naming the learner or educator need they meet, weighing evidence and equity, and involving the people who will use them.",
                descriptors: [
                    "Tools are adopted because someone came across them or a vendor offered them, and the need they meet is not written down.",
                    "A selection process with a written needs statement is used for large purchases, and some teachers pilot tools before adoption.",
                    "Every adoption records the need, goals and success measures, involves teachers, students and families in review, and weighs evidence and equity before deciding.",
                    "Selection starts from the district's divide data and community input, existing tools are compared before anything is bought, and decisions are published with reasons.",
                ],
                divides: &[Divide::Design, Divide::Access],
                iste: &[Iste::ImplementationPlanning, Iste::LearningActivitiesAndContent],
                digital_promise: &[DigitalPromise::CoherentSystems],
                evidence: &[
                    "Needs statements and selection records",
                    "Pilot results",
                    "Notes from stakeholder reviews",
                ],
            },
            Indicator {
                id: "portfolio.integrated-infrastructure",
                statement: "Tools work with existing systems (sign-in, rostering, data, devices and network), and the technical and human supports are ready before launch.",
                descriptors: [
                    "Each tool has its own login and setup, and problems with devices, bandwidth or data surface only after launch.",
                    "Single sign-on and rostering cover some tools and readiness checks are done for major launches, but training and support are often arranged late.",
                    "Every new tool is checked against devices, network, sign-on and data systems, and training and help are in place before it reaches classrooms.",
                    "The full set of tools is reviewed as one system each year, overlaps and gaps are fixed, and students and families report how easy the tools are to use together.",
                ],
                divides: &[Divide::Access],
                iste: &[Iste::TechnicalSupport, Iste::ImplementationPlanning],
                digital_promise: &[DigitalPromise::CoherentSystems, DigitalPromise::DevicesAndConnectivity],
                evidence: &[
                    "Technical readiness checklist for new tools",
                    "Single sign-on and rostering coverage",
                    "Launch support plans",
                ],
            },
            Indicator {
                id: "portfolio.implementation-support",
                statement: "Each adopted tool has an implementation plan with ongoing learning and support for educators, students and families, and its uptake is watched across schools and groups.",
                descriptors: [
                    "Tools are switched on with an announcement or a single training session, and nobody checks whether or how they are used.",
                    "Some adoptions have a written implementation plan and follow-up training, and usage is checked for a few tools.",
                    "Every major tool has an implementation plan with learning for each user group, and uptake is reviewed each term by school and student group.",
                    "Low uptake in any school or group triggers extra support, and what implementation teaches the district feeds back into selection and infrastructure.",
                ],
                divides: &[Divide::Use, Divide::Design],
                iste: &[Iste::ImplementationPlanning, Iste::PreparedEducators],
                digital_promise: &[DigitalPromise::CoherentSystems],
                evidence: &[
                    "Implementation plans",
                    "Usage data by school and student group",
                    "Training and support records for educators, students and families",
                ],
            },
            Indicator {
                id: "portfolio.evaluation-and-retirement",
                statement: "Every tool is evaluated regularly against its goals and for equitable use, and tools that no longer serve a clear purpose are retired.",
                descriptors: [
                    "Licences renew automatically, and the district does not know how many tools it pays for or which are used.",
                    "An inventory of tools exists and some are reviewed at renewal, usually on cost and usage alone.",
                    "Before renewal, each tool is reviewed against its success measures, use by group and cost, and tools that fall short are improved or removed.",
                    "Evaluation results, including student and teacher feedback, are published, money from retired tools goes to higher-priority needs, and the portfolio changes on evidence.",
                ],
                divides: &[Divide::Use, Divide::Access],
                iste: &[Iste::OngoingEvaluation],
                digital_promise: &[DigitalPromise::CoherentSystems],
                evidence: &[
                    "Technology inventory with usage and cost",
                    "Renewal review records",
                    "List of retired tools and the reasons",
                ],
            },
        ],
    },
];

/// Every indicator with its area, in assessment order.
pub fn all_indicators() -> impl Iterator<Item = (&'static Area, &'static Indicator)> {
    AREAS.iter().flat_map(|area| area.indicators.iter().map(move |indicator| (area, indicator)))
}

/// The indicator with this id, with its area; `None` for an unknown id (e.g. one from a file
/// rated against other content).
pub fn indicator(id: &str) -> Option<(&'static Area, &'static Indicator)> {
    all_indicators().find(|(_, indicator)| indicator.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    /// The ids of every indicator, in order, as released in `CONTENT_VERSION` 1. Stored ratings
    /// and rater files refer to indicators by these ids, so this list may only grow: renaming,
    /// reordering or removing one breaks user data already saved in browsers.
    const FROZEN_INDICATOR_IDS: [&str; 36] = [
        "who.accessible-materials",
        "who.universal-design",
        "who.cultural-linguistic",
        "who.reach-all-groups",
        "what.adaptive-pathways",
        "what.student-voice",
        "what.identity-and-interests",
        "what.feedback-and-goals",
        "how.active-creation",
        "how.connected-learning",
        "how.digital-literacy",
        "how.health-safety-citizenship",
        "vision.shared-statement",
        "vision.co-created",
        "vision.linked-to-plans",
        "vision.progress-reported",
        "policy.student-data-privacy",
        "policy.acceptable-use",
        "policy.device-connectivity",
        "policy.procurement",
        "culture.leaders-model",
        "culture.safe-to-try",
        "culture.family-partnership",
        "culture.student-leadership",
        "learning.protected-time",
        "learning.coaching",
        "learning.co-designers",
        "learning.equity-focused",
        "access.devices",
        "access.home-connectivity",
        "access.school-connectivity",
        "access.technical-support",
        "portfolio.needs-based-selection",
        "portfolio.integrated-infrastructure",
        "portfolio.implementation-support",
        "portfolio.evaluation-and-retirement",
    ];

    /// `^[a-z]+(\.[a-z0-9-]+)?$`, checked by hand.
    fn is_valid_id(id: &str) -> bool {
        let (head, tail) = match id.split_once('.') {
            Some((head, tail)) => (head, Some(tail)),
            None => (id, None),
        };
        let head_ok = !head.is_empty() && head.bytes().all(|b| b.is_ascii_lowercase());
        let tail_ok = tail.is_none_or(|tail| {
            !tail.is_empty() && tail.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        });
        head_ok && tail_ok
    }

    fn is_sentence(text: &str) -> bool {
        !text.trim().is_empty() && text.trim() == text && text.ends_with('.')
    }

    #[test]
    fn id_checker_accepts_and_rejects_what_the_pattern_does() {
        for good in ["who", "who.accessible-materials", "access.fcc-2024", "a.b"] {
            assert!(is_valid_id(good), "{good}");
        }
        for bad in ["", "Who", "who.", ".x", "who.a.b", "who.Access", "who.a_b", "wh0", "who x", "whö.x"] {
            assert!(!is_valid_id(bad), "{bad}");
        }
    }

    #[test]
    fn content_has_at_least_8_areas_and_30_indicators() {
        assert!(AREAS.len() >= 8, "{} areas", AREAS.len());
        assert!(all_indicators().count() >= 30, "{} indicators", all_indicators().count());
        for area in AREAS {
            assert!(!area.indicators.is_empty(), "area {} has no indicators", area.id);
        }
    }

    #[test]
    fn area_ids_are_unique_valid_and_areas_are_named() {
        let mut seen = HashSet::new();
        for area in AREAS {
            assert!(seen.insert(area.id), "duplicate area id {}", area.id);
            assert!(is_valid_id(area.id) && !area.id.contains('.'), "bad area id {:?}", area.id);
            assert!(!area.name.trim().is_empty(), "area {} has no name", area.id);
            assert!(is_sentence(area.summary), "area {} summary must be one sentence", area.id);
        }
    }

    #[test]
    fn indicator_ids_are_unique_valid_and_prefixed_by_their_area() {
        let mut seen = HashSet::new();
        for (area, indicator) in all_indicators() {
            assert!(seen.insert(indicator.id), "duplicate indicator id {}", indicator.id);
            assert!(is_valid_id(indicator.id), "bad indicator id {:?}", indicator.id);
            let slug = indicator.id.strip_prefix(area.id).and_then(|rest| rest.strip_prefix('.'));
            assert!(slug.is_some_and(|s| !s.is_empty()), "{} is not under area {}", indicator.id, area.id);
        }
    }

    #[test]
    fn indicator_ids_are_frozen_because_stored_ratings_refer_to_them() {
        // Ids are stored in user data (ratings, rater files). If this fails, do not "fix" the
        // list: restore the old id, or add a new indicator and bump CONTENT_VERSION.
        let ids: Vec<&str> = all_indicators().map(|(_, indicator)| indicator.id).collect();
        assert_eq!(ids, FROZEN_INDICATOR_IDS);
    }

    #[test]
    fn every_indicator_has_a_statement_four_distinct_descriptors_and_a_crosswalk() {
        for (_, i) in all_indicators() {
            assert!(is_sentence(i.statement), "{}: statement", i.id);
            for (level, d) in Level::ALL.iter().zip(i.descriptors) {
                assert!(is_sentence(d), "{}: {:?} descriptor", i.id, level);
            }
            let distinct: HashSet<&str> = i.descriptors.iter().copied().collect();
            assert_eq!(distinct.len(), 4, "{}: descriptors must be pairwise distinct", i.id);
            assert!(!i.divides.is_empty(), "{}: no divide", i.id);
            assert!(!i.iste.is_empty(), "{}: no ISTE condition", i.id);
            assert!(!i.digital_promise.is_empty(), "{}: no Digital Promise domain", i.id);
            assert!(!i.evidence.is_empty(), "{}: no evidence", i.id);
            assert!(i.evidence.iter().all(|e| !e.trim().is_empty()), "{}: blank evidence", i.id);
        }
    }

    #[test]
    fn crosswalks_are_focused_and_free_of_repeats() {
        fn no_repeats<T: Eq + std::hash::Hash>(items: &[T]) -> bool {
            items.iter().collect::<HashSet<_>>().len() == items.len()
        }
        for (_, i) in all_indicators() {
            assert!(i.iste.len() <= 3, "{}: at most three ISTE conditions", i.id);
            assert!(i.digital_promise.len() <= 2, "{}: at most two Digital Promise domains", i.id);
            assert!(i.evidence.len() <= 4, "{}: at most four evidence items", i.id);
            assert!(no_repeats(i.divides) && no_repeats(i.iste) && no_repeats(i.digital_promise), "{}", i.id);
            assert!(no_repeats(i.evidence), "{}: repeated evidence", i.id);
        }
    }

    #[test]
    fn descriptors_stay_short_enough_to_read_on_a_small_screen() {
        for (_, i) in all_indicators() {
            for d in i.descriptors {
                assert!(d.chars().count() <= 230, "{}: descriptor too long: {d}", i.id);
            }
        }
    }

    #[test]
    fn each_divide_is_on_at_least_8_indicators() {
        for divide in Divide::ALL {
            let n = all_indicators().filter(|(_, i)| i.divides.contains(&divide)).count();
            assert!(n >= 8, "{divide:?} is on only {n} indicators");
        }
    }

    #[test]
    fn every_iste_condition_and_digital_promise_domain_is_used() {
        use DigitalPromise as Dp;
        let iste = [
            Iste::SharedVision,
            Iste::ImplementationPlanning,
            Iste::EquitableAccess,
            Iste::PreparedEducators,
            Iste::TechnicalSupport,
            Iste::LearningActivitiesAndContent,
            Iste::OngoingEvaluation,
        ];
        for condition in iste {
            assert!(all_indicators().any(|(_, i)| i.iste.contains(&condition)), "{condition:?} unused");
        }
        let domains = [
            Dp::Leadership,
            Dp::CoherentSystems,
            Dp::DevicesAndConnectivity,
            Dp::DigitalCompetency,
            Dp::PowerfulLearning,
        ];
        for domain in domains {
            assert!(all_indicators().any(|(_, i)| i.digital_promise.contains(&domain)), "{domain:?} unused");
        }
    }

    #[test]
    fn all_indicators_walks_every_area_in_order() {
        let walked: Vec<(&str, &str)> = all_indicators().map(|(a, i)| (a.id, i.id)).collect();
        let expected: Vec<(&str, &str)> =
            AREAS.iter().flat_map(|a| a.indicators.iter().map(move |i| (a.id, i.id))).collect();
        assert_eq!(walked, expected);
        assert_eq!(walked.first(), Some(&("who", "who.accessible-materials")));
        assert_eq!(walked.last(), Some(&("portfolio", "portfolio.evaluation-and-retirement")));
    }

    #[test]
    fn indicator_finds_an_id_with_its_area_and_rejects_unknown_ids() {
        let (area, found) = indicator("access.home-connectivity").expect("known id");
        assert_eq!(area.id, "access");
        assert_eq!(found.id, "access.home-connectivity");
        for (a, i) in all_indicators() {
            let (fa, fi) = indicator(i.id).expect("every id is found");
            assert!(std::ptr::eq(fa, a) && std::ptr::eq(fi, i));
        }
        assert!(indicator("access").is_none(), "an area id is not an indicator id");
        assert!(indicator("access.no-such-thing").is_none());
        assert!(indicator("").is_none());
        assert!(indicator("ACCESS.DEVICES").is_none(), "lookup is exact");
    }

    #[test]
    fn level_index_round_trips() {
        for (n, level) in Level::ALL.into_iter().enumerate() {
            assert_eq!(level.index(), n);
            assert_eq!(Level::from_index(n), Some(level));
        }
        assert_eq!(Level::from_index(4), None);
    }
}
