package org.writguard.findings;

import java.util.List;

/**
 * The finding catalog of DOMAIN.md section 7: the one place that knows each finding's number, title,
 * default severity and confidence, and the authorities it always cites, by their id in the authorities table
 * (decision-tables/remedies/authorities.drl.xlsx; {@code id} or {@code id @ pinpoint}, issue 19 item 3). Rules add
 * row-specific citations (a state statute, a circuit case) on top. A report prints each resolved and labelled
 * for the matter ({@link Finding#getAuthorities()}).
 */
public enum FindingCode {
    MOA_NOT_IN_EFFECT("F01", "Authority", "No 287(g) agreement in effect for the act",
            Severity.HIGH, Confidence.HIGH,
            "usc-8-1357g @ (1), (5)",
            "moa-287g @ effective, suspension and termination clauses (JEM § VIII, WSO § VIII, TFM § XVIII)"),
    OFFICER_NOT_CERTIFIED("F02", "Authority", "Officer not certified and authorized for the model used",
            Severity.HIGH, Confidence.HIGH,
            "usc-8-1357g @ (2), (5)",
            "moa-287g @ Certification and Authorization (JEM/WSO § IV.D, TFM § IX), Nomination (TFM § VII)",
            "santos-2013"),
    OFFICER_AUTHORIZATION_LAPSED("F03", "Authority", "Officer's 287(g) authorization or training lapsed",
            Severity.HIGH, Confidence.HIGH,
            "usc-8-1357g @ (5)"),
    MOA_FUNCTION_OUT_OF_SCOPE("F04", "Authority", "Function outside what the MOA's model allows",
            Severity.HIGH, Confidence.HIGH,
            "usc-8-1357g @ (5)"),
    FIELD_ENFORCEMENT_UNDER_JAIL_ONLY_MOA("F05", "Authority", "Immigration function outside the jail under a jail-only MOA",
            Severity.HIGH, Confidence.HIGH,
            "usc-8-1357g @ (5)",
            "moa-jem @ App. A (authority only while assigned to the LEA's jail/correctional facilities)", "moa-wso @ § II and App. A",
            "santos-2013",
            "melendres-2012"),
    NO_ICE_SUPERVISION("F06", "Authority", "287(g) function without ICE supervision",
            Severity.MEDIUM, Confidence.MEDIUM,
            "usc-8-1357g @ (3)",
            "moa-tfm @ § XI (contact an ICE supervisor at the time of exercising the authority or as soon as practicable)", "moa-jem-wso @ § IV.F"),
    CIVIL_IMMIGRATION_ARREST_WITHOUT_AUTHORITY("F07", "Authority / Fourth Amendment",
            "Civil immigration seizure by a local officer without delegated authority",
            Severity.HIGH, Confidence.HIGH,
            "arizona-2012",
            "santos-2013",
            "melendres-2012",
            "usc-8-1357g @ (1), (10)"),
    WARRANTLESS_ARREST_NO_ESCAPE_FINDING("F08", "Authority", "Warrantless civil arrest without the statutory findings",
            Severity.HIGH, Confidence.HIGH,
            "usc-8-1357a2",
            "cfr-8-287-8c2",
            "moa-tfm @ § V"),
    TFM_TRANSFER_NOT_SAME_DAY("F09", "MOA admin", "TFM arrestee not transported to ICE the same day",
            Severity.LOW, Confidence.MEDIUM,
            "moa-tfm @ § VI (transported by the LEA on the same day to the ICE detention office or facility)"),
    MOA_ADMIN_OBLIGATION_MISSED("F10", "MOA admin", "MOA reporting or complaint obligation missed",
            Severity.LOW, Confidence.HIGH,
            "moa-287g @ App. A and App. B (JEM 24-hour detainer notice, 48-hour complaint notice, 30-day resolution report, TFM removal pending adjudication)"),
    USC_CLAIM_NOT_ESCALATED("F11", "MOA / liberty", "U.S.-citizenship claim not reported to ICE within an hour",
            Severity.HIGH, Confidence.HIGH,
            "moa-jem-wso @ App. A (report U.S.-citizenship claims immediately, generally within one hour)",
            "morales-2015",
            "galarza-2014"),
    LEP_INTERPRETER_NOT_OFFERED("F12", "MOA civil rights", "Interpreter not offered to a person with limited English",
            Severity.MEDIUM, Confidence.HIGH,
            "moa-jem-wso @ § IV.G (Interpretation Services)", "moa-tfm @ § XVI",
            "usc-42-2000d", "eo-13166"),
    DETAINER_HOLD_EXCEEDS_48H("F13", "Detention", "Detainer hold longer than 48 hours",
            Severity.CRITICAL, Confidence.HIGH,
            "cfr-8-287-7 @ (d)", "ice-i247a-guidance"),
    POST_TRANSFER_JAIL_HOLD_EXCEEDS_48H("F14", "Detention", "Held in the LEA jail more than 48 hours after transfer to ICE",
            Severity.CRITICAL, Confidence.HIGH,
            "moa-jem-wso @ App. A (no more than 48 hours after transfer unless an IGSA provides otherwise)",
            "ice-wso-release-2019"),
    DETAINER_WITHOUT_ADMIN_WARRANT("F15", "Detention", "Detainer not accompanied by a signed administrative warrant",
            Severity.HIGH, Confidence.MEDIUM,
            "ice-policy-10074-2 @ (detainers accompanied by a signed I-200 or I-205)"),
    NO_PROBABLE_CAUSE_FOR_HOLD("F16", "Detention", "Hold past release without probable cause of removability",
            Severity.CRITICAL, Confidence.HIGH,
            "miranda-olivares-2014",
            "morales-2015",
            "galarza-2014",
            "gonzalez-ice-2020", "ice-policy-10074-2"),
    NO_PROMPT_JUDICIAL_PC_DETERMINATION("F17", "Detention (9th Cir.)", "No prompt judicial probable-cause determination for a detainer hold",
            Severity.HIGH, Confidence.MEDIUM,
            "gonzalez-ice-2020", "gerstein-1975",
            "mclaughlin-1991"),
    DETAINER_NOT_SERVED_ON_SUBJECT("F18", "Detention", "Detainer not served on the person held",
            Severity.LOW, Confidence.MEDIUM,
            "ice-i247a-guidance @ (a copy must be served on the alien)"),
    STATE_LAW_PROHIBITS_ACTION("F19", "State overlay", "State law prohibits the action",
            Severity.HIGH, Confidence.HIGH,
            "usc-8-1357g @ (1) (to the extent consistent with State and local law)"),
    STATE_LAW_PROHIBITS_287G_AGREEMENT("F20", "State overlay", "State law prohibits the 287(g) agreement",
            Severity.HIGH, Confidence.HIGH,
            "usc-8-1357g @ (1) (to the extent consistent with State and local law)"),
    STATE_LAW_NO_CIVIL_ARREST_AUTHORITY("F21", "State overlay", "No state-law authority for a civil immigration arrest or hold",
            Severity.HIGH, Confidence.MEDIUM,
            "usc-8-1357g @ (1)"),
    STATE_MANDATE_287G_NONCOMPLIANCE("F22", "State overlay", "State mandate to hold a 287(g) agreement not met",
            Severity.INFO, Confidence.HIGH,
            "usc-8-1357g @ (9)"),
    STOP_PROLONGED_FOR_IMMIGRATION_INQUIRY("F23", "Encounter", "Stop prolonged for an immigration inquiry",
            Severity.HIGH, Confidence.HIGH,
            "rodriguez-2015", "arizona-johnson-2009",
            "arizona-2012", "melendres-2012"),
    ETHNICITY_BASED_SUSPICION_RISK("F24", "Encounter", "Suspicion rests on apparent ethnicity or language",
            Severity.HIGH, Confidence.MEDIUM,
            "brignoni-ponce-1975",
            "melendres-2013",
            "doj-race-guidance-2014",
            "vasquez-perdomo-2025"),
    HOME_ENTRY_ON_ADMIN_WARRANT("F25", "Encounter", "Home entered without consent, judicial warrant or exigency",
            Severity.HIGH, Confidence.MEDIUM,
            "payton-1980"),
    HABEAS_IS_PROPER_VEHICLE("F26", "Remedy", "Habeas corpus is the vehicle for release",
            Severity.INFO, Confidence.HIGH,
            "usc-28-2241", "jgg-2025",
            "padilla-2004"),
    MANDAMUS_BARRED_ADEQUATE_REMEDY_HABEAS("F27", "Remedy", "Mandamus barred: habeas is an adequate remedy",
            Severity.INFO, Confidence.HIGH,
            "heckler-ringer-1984 @ 616", "cheney-2004 @ 380",
            "jgg-2025"),
    MANDAMUS_UNAVAILABLE_NONFEDERAL_RESPONDENT("F28", "Remedy", "Mandamus unavailable against a state or local officer",
            Severity.INFO, Confidence.HIGH,
            "usc-28-1361", "usc-8-1357g @ (7)"),
    SECTION_1983_CANDIDATE("F29", "Remedy", "42 U.S.C. § 1983 claim may be available",
            Severity.INFO, Confidence.MEDIUM,
            "usc-42-1983", "monell-1978"),
    FEDERAL_COLOR_287G_LIABILITY_PATH("F30", "Remedy", "Federal-color liability path (FTCA) for a 287(g) act",
            Severity.INFO, Confidence.MEDIUM,
            "usc-8-1357g @ (7), (8)", "usc-28-ftca-claim",
            "egbert-2022"),
    NATURALIZATION_1447B_AVAILABLE("F31", "Benefit delay", "Naturalization: district-court hearing under § 1447(b)",
            Severity.INFO, Confidence.HIGH,
            "usc-8-1447b", "cfr-8-335-3a", "walji-2007"),
    PACE_REVIEW_JURISDICTION_BARRED("F32", "Benefit delay", "Review of the pace of adjudication barred or at risk",
            Severity.INFO, Confidence.HIGH,
            "usc-8-1252a2Bii"),
    DELAY_UNREASONABLE_TRAC("F33", "Benefit delay", "Delay may be unreasonable under TRAC (analyst thresholds)",
            Severity.MEDIUM, Confidence.LOW,
            "trac-1984 @ 80",
            "usc-5-apa-delay", "usc-8-1571b"),
    MANDAMUS_ELEMENTS_MET("F34", "Benefit delay", "Mandamus elements appear met (candidate)",
            Severity.INFO, Confidence.LOW,
            "usc-28-1361", "heckler-ringer-1984 @ 616",
            "kerr-1976 @ 403",
            "cheney-2004 @ 380-81",
            "norton-suwa-2004 @ 64"),
    ASYLUM_STATUTORY_TIMELINES_NOT_ENFORCEABLE("F35", "Benefit delay", "Asylum 45/180-day timelines passed but not enforceable",
            Severity.INFO, Confidence.HIGH,
            "usc-8-1158d", "usc-8-1252a2Bii");

    private final String number;
    private final String layer;
    private final String title;
    private final Severity severity;
    private final Confidence confidence;
    private final List<String> citations;

    FindingCode(String number, String layer, String title, Severity severity, Confidence confidence,
                String... citations) {
        this.number = number;
        this.layer = layer;
        this.title = title;
        this.severity = severity;
        this.confidence = confidence;
        this.citations = List.of(citations);
    }

    /** F01..F35. */
    public String getNumber() { return number; }
    public String getLayer() { return layer; }
    public String getTitle() { return title; }
    public Severity getDefaultSeverity() { return severity; }
    public Confidence getDefaultConfidence() { return confidence; }
    /**
     * The authorities every finding of this code cites, as authorities-table ids with an optional pinpoint
     * ({@code heckler-ringer-1984 @ 616}); a report's {@link Finding#getCitations()} has them printed.
     */
    public List<String> getCitations() { return citations; }
}
