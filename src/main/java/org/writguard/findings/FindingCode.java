package org.writguard.findings;

import java.util.List;

/**
 * The finding catalog of DOMAIN.md section 7: the one place that knows each finding's number, title,
 * default severity and confidence, and the authorities it always cites. Rules add row-specific
 * citations (a state statute, a circuit case) on top.
 */
public enum FindingCode {
    MOA_NOT_IN_EFFECT("F01", "Authority", "No 287(g) agreement in effect for the act",
            Severity.HIGH, Confidence.HIGH,
            "8 U.S.C. § 1357(g)(1), (5)",
            "287(g) MOA effective, suspension and termination clauses (JEM § VIII; WSO § VIII; TFM § XVIII)"),
    OFFICER_NOT_CERTIFIED("F02", "Authority", "Officer not certified and authorized for the model used",
            Severity.HIGH, Confidence.HIGH,
            "8 U.S.C. § 1357(g)(2), (5)",
            "287(g) MOA Certification and Authorization (JEM/WSO § IV.D; TFM § IX); Nomination (TFM § VII)",
            "Santos v. Frederick County Bd. of Comm'rs, 725 F.3d 451 (4th Cir. 2013)"),
    OFFICER_AUTHORIZATION_LAPSED("F03", "Authority", "Officer's 287(g) authorization or training lapsed",
            Severity.HIGH, Confidence.HIGH,
            "8 U.S.C. § 1357(g)(5)"),
    MOA_FUNCTION_OUT_OF_SCOPE("F04", "Authority", "Function outside what the MOA's model allows",
            Severity.HIGH, Confidence.HIGH,
            "8 U.S.C. § 1357(g)(5)"),
    FIELD_ENFORCEMENT_UNDER_JAIL_ONLY_MOA("F05", "Authority", "Immigration function outside the jail under a jail-only MOA",
            Severity.HIGH, Confidence.HIGH,
            "8 U.S.C. § 1357(g)(5)",
            "JEM MOA App. A (authority only while assigned to the LEA's jail/correctional facilities); WSO MOA § II and App. A",
            "Santos v. Frederick County Bd. of Comm'rs, 725 F.3d 451 (4th Cir. 2013)",
            "Melendres v. Arpaio, 695 F.3d 990 (9th Cir. 2012)"),
    NO_ICE_SUPERVISION("F06", "Authority", "287(g) function without ICE supervision",
            Severity.MEDIUM, Confidence.MEDIUM,
            "8 U.S.C. § 1357(g)(3)",
            "TFM MOA § XI (contact an ICE supervisor at the time of exercising the authority or as soon as practicable); JEM/WSO MOA § IV.F"),
    CIVIL_IMMIGRATION_ARREST_WITHOUT_AUTHORITY("F07", "Authority / Fourth Amendment",
            "Civil immigration seizure by a local officer without delegated authority",
            Severity.HIGH, Confidence.HIGH,
            "Arizona v. United States, 567 U.S. 387 (2012)",
            "Santos v. Frederick County Bd. of Comm'rs, 725 F.3d 451 (4th Cir. 2013)",
            "Melendres v. Arpaio, 695 F.3d 990 (9th Cir. 2012)",
            "8 U.S.C. § 1357(g)(1), (10)"),
    WARRANTLESS_ARREST_NO_ESCAPE_FINDING("F08", "Authority", "Warrantless civil arrest without the statutory findings",
            Severity.HIGH, Confidence.HIGH,
            "8 U.S.C. § 1357(a)(2)",
            "8 C.F.R. § 287.8(c)(2)(i)-(ii)",
            "TFM MOA § V"),
    TFM_TRANSFER_NOT_SAME_DAY("F09", "MOA admin", "TFM arrestee not transported to ICE the same day",
            Severity.LOW, Confidence.MEDIUM,
            "TFM MOA § VI (transported by the LEA on the same day to the ICE detention office or facility)"),
    MOA_ADMIN_OBLIGATION_MISSED("F10", "MOA admin", "MOA reporting or complaint obligation missed",
            Severity.LOW, Confidence.HIGH,
            "287(g) MOA App. A and App. B (JEM 24-hour detainer notice; 48-hour complaint notice; 30-day resolution report; TFM removal pending adjudication)"),
    USC_CLAIM_NOT_ESCALATED("F11", "MOA / liberty", "U.S.-citizenship claim not reported to ICE within an hour",
            Severity.HIGH, Confidence.HIGH,
            "JEM and WSO MOA App. A (report U.S.-citizenship claims immediately, generally within one hour)",
            "Morales v. Chadbourne, 793 F.3d 208 (1st Cir. 2015)",
            "Galarza v. Szalczyk, 745 F.3d 634 (3d Cir. 2014)"),
    LEP_INTERPRETER_NOT_OFFERED("F12", "MOA civil rights", "Interpreter not offered to a person with limited English",
            Severity.MEDIUM, Confidence.HIGH,
            "JEM/WSO MOA § IV.G (Interpretation Services); TFM MOA § XVI",
            "Title VI, 42 U.S.C. § 2000d", "Exec. Order 13166"),
    DETAINER_HOLD_EXCEEDS_48H("F13", "Detention", "Detainer hold longer than 48 hours",
            Severity.CRITICAL, Confidence.HIGH,
            "8 C.F.R. § 287.7(d)", "ICE guidance for completing Form I-247A"),
    POST_TRANSFER_JAIL_HOLD_EXCEEDS_48H("F14", "Detention", "Held in the LEA jail more than 48 hours after transfer to ICE",
            Severity.CRITICAL, Confidence.HIGH,
            "JEM and WSO MOA App. A (no more than 48 hours after transfer unless an IGSA provides otherwise)",
            "ICE release launching the WSO model (May 6, 2019)"),
    DETAINER_WITHOUT_ADMIN_WARRANT("F15", "Detention", "Detainer not accompanied by a signed administrative warrant",
            Severity.HIGH, Confidence.MEDIUM,
            "ICE Policy 10074.2 (detainers accompanied by a signed I-200 or I-205)"),
    NO_PROBABLE_CAUSE_FOR_HOLD("F16", "Detention", "Hold past release without probable cause of removability",
            Severity.CRITICAL, Confidence.HIGH,
            "Miranda-Olivares v. Clackamas County, No. 3:12-cv-02317-ST, 2014 WL 1414305 (D. Or. Apr. 11, 2014)",
            "Morales v. Chadbourne, 793 F.3d 208 (1st Cir. 2015)",
            "Galarza v. Szalczyk, 745 F.3d 634 (3d Cir. 2014)",
            "Gonzalez v. ICE, 975 F.3d 788 (9th Cir. 2020)", "ICE Policy 10074.2"),
    NO_PROMPT_JUDICIAL_PC_DETERMINATION("F17", "Detention (9th Cir.)", "No prompt judicial probable-cause determination for a detainer hold",
            Severity.HIGH, Confidence.MEDIUM,
            "Gonzalez v. ICE, 975 F.3d 788 (9th Cir. 2020)", "Gerstein v. Pugh, 420 U.S. 103 (1975)",
            "County of Riverside v. McLaughlin, 500 U.S. 44 (1991)"),
    DETAINER_NOT_SERVED_ON_SUBJECT("F18", "Detention", "Detainer not served on the person held",
            Severity.LOW, Confidence.MEDIUM,
            "ICE guidance for completing Form I-247A (a copy must be served on the alien)"),
    STATE_LAW_PROHIBITS_ACTION("F19", "State overlay", "State law prohibits the action",
            Severity.HIGH, Confidence.HIGH,
            "8 U.S.C. § 1357(g)(1) (to the extent consistent with State and local law)"),
    STATE_LAW_PROHIBITS_287G_AGREEMENT("F20", "State overlay", "State law prohibits the 287(g) agreement",
            Severity.HIGH, Confidence.HIGH,
            "8 U.S.C. § 1357(g)(1) (to the extent consistent with State and local law)"),
    STATE_LAW_NO_CIVIL_ARREST_AUTHORITY("F21", "State overlay", "No state-law authority for a civil immigration arrest or hold",
            Severity.HIGH, Confidence.MEDIUM,
            "8 U.S.C. § 1357(g)(1)"),
    STATE_MANDATE_287G_NONCOMPLIANCE("F22", "State overlay", "State mandate to hold a 287(g) agreement not met",
            Severity.INFO, Confidence.HIGH,
            "8 U.S.C. § 1357(g)(9)"),
    STOP_PROLONGED_FOR_IMMIGRATION_INQUIRY("F23", "Encounter", "Stop prolonged for an immigration inquiry",
            Severity.HIGH, Confidence.HIGH,
            "Rodriguez v. United States, 575 U.S. 348 (2015)", "Arizona v. Johnson, 555 U.S. 323 (2009)",
            "Arizona v. United States, 567 U.S. 387 (2012)", "Melendres v. Arpaio, 695 F.3d 990 (9th Cir. 2012)"),
    ETHNICITY_BASED_SUSPICION_RISK("F24", "Encounter", "Suspicion rests on apparent ethnicity or language",
            Severity.HIGH, Confidence.MEDIUM,
            "United States v. Brignoni-Ponce, 422 U.S. 873 (1975)",
            "Melendres v. Arpaio, 989 F. Supp. 2d 822 (D. Ariz. 2013)",
            "DOJ Guidance for Federal Law Enforcement Agencies Regarding the Use of Race, Ethnicity ... (Dec. 2014)",
            "Noem v. Vasquez Perdomo, No. 25A169 (U.S. Sept. 8, 2025) (stay; Kavanaugh, J., concurring)"),
    HOME_ENTRY_ON_ADMIN_WARRANT("F25", "Encounter", "Home entered without consent, judicial warrant or exigency",
            Severity.HIGH, Confidence.MEDIUM,
            "Payton v. New York, 445 U.S. 573 (1980)"),
    HABEAS_IS_PROPER_VEHICLE("F26", "Remedy", "Habeas corpus is the vehicle for release",
            Severity.INFO, Confidence.HIGH,
            "28 U.S.C. § 2241(a), (c)(1), (c)(3)", "Trump v. J.G.G., 604 U.S. ___ (2025)",
            "Rumsfeld v. Padilla, 542 U.S. 426 (2004)"),
    MANDAMUS_BARRED_ADEQUATE_REMEDY_HABEAS("F27", "Remedy", "Mandamus barred: habeas is an adequate remedy",
            Severity.INFO, Confidence.HIGH,
            "Heckler v. Ringer, 466 U.S. 602, 616 (1984)", "Cheney v. U.S. Dist. Court, 542 U.S. 367, 380 (2004)",
            "8 U.S.C. § 1252(a)(2)(B), (a)(5), (b)(9), (g)", "Trump v. J.G.G., 604 U.S. ___ (2025)"),
    MANDAMUS_UNAVAILABLE_NONFEDERAL_RESPONDENT("F28", "Remedy", "Mandamus unavailable against a state or local officer",
            Severity.INFO, Confidence.HIGH,
            "28 U.S.C. § 1361", "8 U.S.C. § 1357(g)(7)"),
    SECTION_1983_CANDIDATE("F29", "Remedy", "42 U.S.C. § 1983 claim may be available",
            Severity.INFO, Confidence.MEDIUM,
            "42 U.S.C. § 1983", "Monell v. Dep't of Soc. Servs., 436 U.S. 658 (1978)"),
    FEDERAL_COLOR_287G_LIABILITY_PATH("F30", "Remedy", "Federal-color liability path (FTCA) for a 287(g) act",
            Severity.INFO, Confidence.MEDIUM,
            "8 U.S.C. § 1357(g)(7), (8)", "28 U.S.C. §§ 2401(b), 2675(a), 2680(h)",
            "Egbert v. Boule, 596 U.S. 482 (2022)"),
    NATURALIZATION_1447B_AVAILABLE("F31", "Benefit delay", "Naturalization: district-court hearing under § 1447(b)",
            Severity.INFO, Confidence.HIGH,
            "8 U.S.C. § 1447(b)", "8 C.F.R. § 335.3(a)", "Walji v. Gonzales, 500 F.3d 432 (5th Cir. 2007)"),
    PACE_REVIEW_JURISDICTION_BARRED("F32", "Benefit delay", "Review of the pace of adjudication barred or at risk",
            Severity.INFO, Confidence.HIGH,
            "8 U.S.C. § 1252(a)(2)(B)(ii)"),
    DELAY_UNREASONABLE_TRAC("F33", "Benefit delay", "Delay may be unreasonable under TRAC (analyst thresholds)",
            Severity.MEDIUM, Confidence.LOW,
            "Telecommunications Research & Action Center v. FCC, 750 F.2d 70, 80 (D.C. Cir. 1984)",
            "5 U.S.C. §§ 555(b), 706(1)", "8 U.S.C. § 1571(b)"),
    MANDAMUS_ELEMENTS_MET("F34", "Benefit delay", "Mandamus elements appear met (candidate)",
            Severity.INFO, Confidence.LOW,
            "28 U.S.C. § 1361", "Heckler v. Ringer, 466 U.S. 602, 616 (1984)",
            "Kerr v. U.S. Dist. Court, 426 U.S. 394, 403 (1976)",
            "Cheney v. U.S. Dist. Court, 542 U.S. 367, 380-81 (2004)",
            "Norton v. Southern Utah Wilderness Alliance, 542 U.S. 55, 64 (2004)"),
    ASYLUM_STATUTORY_TIMELINES_NOT_ENFORCEABLE("F35", "Benefit delay", "Asylum 45/180-day timelines passed but not enforceable",
            Severity.INFO, Confidence.HIGH,
            "8 U.S.C. § 1158(d)(5)(A)(ii)-(iii), (d)(7)", "8 U.S.C. § 1252(a)(2)(B)(ii)");

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
    public List<String> getCitations() { return citations; }
}
