package org.writguard.internal.topics.attorney;

import org.writguard.facts.Circuit;
import org.writguard.facts.UsStates;
import org.writguard.internal.tables.ColumnType;
import org.writguard.internal.tables.TableSchema;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/**
 * The law data of the attorney's read (issue 19): deadlines by state, the federal district of a county, and
 * the authorities the project cites. Reference data (one exact key each, answered from an index): the
 * engine asks for every row of a state (or one authority id) and picks among them itself.
 *
 * <ul>
 *   <li>decision-tables/remedies/limitations-1983.drl.xlsx: the personal-injury limitations period a
 *       42 U.S.C. § 1983 claim borrows (Owens v. Okure, 488 U.S. 235 (1989)); accrual is federal law
 *       (Wallace v. Kato, 549 U.S. 384 (2007)), tolling is state law.</li>
 *   <li>decision-tables/remedies/notice-of-claim.drl.xlsx: notice-of-claim preconditions for state-law tort
 *       claims against a local government or its employees (they do not apply to § 1983 claims: Felder v.
 *       Casey, 487 U.S. 131 (1988)).</li>
 *   <li>decision-tables/jurisdiction/federal-districts.drl.xlsx: the federal judicial district (and division)
 *       of each county, from 28 U.S.C. §§ 81-131; county ANY for a state that is one district.</li>
 *   <li>decision-tables/remedies/authorities.drl.xlsx: every authority the project cites, with its court,
 *       the circuit or state whose courts it binds, decision date and later history.</li>
 * </ul>
 */
public final class AttorneyTables {
    public static final String STATE = "STATE";
    public static final String ARISING_FROM = "ARISING_FROM";
    public static final String ARISING_UNTIL = "ARISING_UNTIL";
    public static final String PERIOD = "PERIOD";
    public static final String UNIT = "UNIT";
    public static final String STATUTE = "STATUTE";
    public static final String ACCRUAL = "ACCRUAL";
    public static final String SOURCE_URL = "SOURCE_URL";
    public static final String DEFENDANTS = "DEFENDANTS";
    public static final String SERVE_ON = "SERVE_ON";
    public static final String EMPLOYEES_COVERED = "EMPLOYEES_COVERED";
    public static final String COUNTY = "COUNTY";
    public static final String DISTRICT = "DISTRICT";
    public static final String DISTRICT_ABBR = "DISTRICT_ABBR";
    public static final String DIVISION = "DIVISION";
    public static final String AUTHORITY = "AUTHORITY";
    public static final String SHORT_NAME = "SHORT_NAME";
    public static final String KIND = "KIND";
    public static final String COURT = "COURT";
    public static final String JURISDICTION = "JURISDICTION";
    public static final String DECIDED = "DECIDED";
    public static final String LATER_HISTORY = "LATER_HISTORY";
    public static final String SUPPORTS = "SUPPORTS";

    /** The county of a federal-district row that covers the whole state (a one-district state). */
    public static final String ANY = "ANY";
    /** The jurisdiction of an authority that binds every court in the country (the Supreme Court, an Act of Congress). */
    public static final String NATIONWIDE = "US";

    public static final List<String> UNITS = List.of("DAYS", "MONTHS", "YEARS");
    /** Which public bodies a notice-of-claim statute protects. */
    public static final List<String> DEFENDANT_KINDS = List.of("COUNTY", "MUNICIPALITY", "LOCAL_GOVERNMENT",
            "STATE_AND_LOCAL");
    public static final List<String> YES_NO_UNCLEAR = List.of("YES", "NO", "UNCLEAR");
    /**
     * What an authority is; only the courts' decisions and enacted law can bind (DOMAIN.md section 0). AGREEMENT: a
     * 287(g) agreement's terms (they bind ICE and the agency, not the courts); GUIDANCE: agency policy or guidance;
     * INTERIM_ORDER: a stay or other emergency-docket order, not a merits decision (persuasive only).
     */
    public static final List<String> KINDS = List.of("SUPREME_COURT", "INTERIM_ORDER", "COURT_OF_APPEALS", "DISTRICT_COURT",
            "STATE_HIGH_COURT", "STATE_COURT", "AGENCY_DECISION", "CONSTITUTION", "STATUTE", "REGULATION",
            "STATE_STATUTE", "AGREEMENT", "GUIDANCE");

    private static final Pattern HTTP = Pattern.compile("https?://[^\\s;]+(\\s*;\\s*https?://[^\\s;]+)*");

    /** decision-tables/remedies/limitations-1983.drl.xlsx. */
    public static final TableSchema LIMITATIONS_1983 = TableSchema.builder("Limitations1983")
            .sheet("Limitations")
            .packageName("org.writguard.rules.attorney.limitations")
            .lookup(LimitationsLookup.class)
            .referenceData()
            .description("The limitations period a 42 U.S.C. § 1983 claim borrows: the state's general or residual"
                    + " personal-injury period (Wilson v. Garcia, 471 U.S. 261 (1985); Owens v. Okure, 488 U.S. 235"
                    + " (1989)). Accrual is federal (Wallace v. Kato, 549 U.S. 384 (2007): when the plaintiff can sue;"
                    + " for a false arrest or imprisonment, when legal process begins or the detention ends); tolling"
                    + " is the state's (Board of Regents v. Tomanio, 446 U.S. 478 (1980)). Arising from/until bound a"
                    + " period that changed (empty = open).")
            .condition(STATE, "State", "state", ColumnType.STATE, true, "USPS code of the state where the claim arose")
            .action(ARISING_FROM, "Arising from", ColumnType.DATE, false,
                    "first day of claims this period governs; empty = no lower bound")
            .action(ARISING_UNTIL, "Arising until", ColumnType.DATE, false,
                    "last day of claims this period governs; empty = still in force")
            .action(PERIOD, "Period", ColumnType.INTEGER, true, "length of the period, in Unit")
            .action(UNIT, "Unit", ColumnType.ENUM, true, "DAYS, MONTHS or YEARS", UNITS)
            .action(STATUTE, "Statute", ColumnType.TEXT, true, "the state statute that sets the period")
            .action(ACCRUAL, "Accrual and tolling", ColumnType.TEXT, false,
                    "what the report should say about when the period starts and what stops it")
            .action(SOURCE_URL, "Source", ColumnType.TEXT, true, "where the period was checked (one or more URLs, ';')")
            .identity(ARISING_FROM)
            .rowCheck(AttorneyTables::checkLimitationsRow)
            .build();

    /** decision-tables/remedies/notice-of-claim.drl.xlsx. */
    public static final TableSchema NOTICE_OF_CLAIM = TableSchema.builder("NoticeOfClaim")
            .sheet("NoticeOfClaim")
            .packageName("org.writguard.rules.attorney.notice")
            .lookup(NoticeOfClaimLookup.class)
            .referenceData()
            .description("Notice-of-claim preconditions for state-law tort claims against a local government or its"
                    + " employees: the notice must be served within Period of the claim's accrual. They do not apply"
                    + " to claims under 42 U.S.C. § 1983 (Felder v. Casey, 487 U.S. 131 (1988)). A state with no row"
                    + " has none recorded here, which is not the same as having none.")
            .condition(STATE, "State", "state", ColumnType.STATE, true, "USPS code")
            .action(DEFENDANTS, "Defendants covered", ColumnType.ENUM, true,
                    "the public bodies the notice protects: COUNTY, MUNICIPALITY, LOCAL_GOVERNMENT (every local body) or"
                            + " STATE_AND_LOCAL", DEFENDANT_KINDS)
            .action(EMPLOYEES_COVERED, "Employees covered", ColumnType.ENUM, true,
                    "YES: a suit against the body's officers or employees needs the notice too; NO; UNCLEAR",
                    YES_NO_UNCLEAR)
            .action(PERIOD, "Period", ColumnType.INTEGER, true, "time to serve the notice, in Unit")
            .action(UNIT, "Unit", ColumnType.ENUM, true, "DAYS, MONTHS or YEARS", UNITS)
            .action(STATUTE, "Statute", ColumnType.TEXT, true, "the statute that sets the precondition")
            .action(SERVE_ON, "Serve on", ColumnType.TEXT, true, "who must receive the notice")
            .action(SOURCE_URL, "Source", ColumnType.TEXT, true, "where the rule was checked (one or more URLs, ';')")
            .identity(DEFENDANTS)
            .rowCheck(AttorneyTables::checkSourceUrl)
            .build();

    /** decision-tables/jurisdiction/federal-districts.drl.xlsx. */
    public static final TableSchema FEDERAL_DISTRICTS = TableSchema.builder("FederalDistricts")
            .sheet("Districts")
            .packageName("org.writguard.rules.attorney.districts")
            .lookup(DistrictLookup.class)
            .referenceData()
            .description("The federal judicial district (and division) of each county, as 28 U.S.C. §§ 81-131 draw"
                    + " them: the district where a habeas petition against custody in that county is filed. County"
                    + " ANY: the state is one district. Counties are spelled as the statute spells them (De Kalb, Saint"
                    + " Lawrence); match them ignoring case, spaces, periods and Saint/St.")
            .condition(STATE, "State", "state", ColumnType.STATE, true, "USPS code")
            .action(COUNTY, "County", ColumnType.TEXT, true, "county or parish as 28 U.S.C. names it, or ANY")
            .action(DISTRICT, "District", ColumnType.TEXT, true, "e.g. Northern District of Georgia")
            .action(DISTRICT_ABBR, "District (short)", ColumnType.TEXT, true, "Bluebook form, e.g. N.D. Ga.")
            .action(DIVISION, "Division", ColumnType.TEXT, false, "the statutory division, when the district has them")
            .action(SOURCE_URL, "Source", ColumnType.TEXT, true, "the section's text (URL)")
            .identity(COUNTY)
            .rowCheck(AttorneyTables::checkSourceUrl)
            .build();

    /** decision-tables/remedies/authorities.drl.xlsx. */
    public static final TableSchema AUTHORITIES = TableSchema.builder("Authorities")
            .sheet("Authorities")
            .packageName("org.writguard.rules.attorney.authorities")
            .lookup(AuthorityLookup.class)
            .referenceData()
            .description("Every authority writguard cites, by a short stable id. Citation is the full citation as the"
                    + " report prints it. Jurisdiction is whose courts it binds: US (the Supreme Court, federal statutes"
                    + " and regulations), a circuit C1..C11, DC or FED (a court of appeals), or a USPS state code (a"
                    + " state court or statute); a district court or an agency decision binds no court and is"
                    + " persuasive everywhere, its Jurisdiction naming where it sits.")
            .condition(AUTHORITY, "Authority id", "authority", ColumnType.ID, true,
                    "short stable id, e.g. galarza-2014; findings cite by it")
            .action(SHORT_NAME, "Short name", ColumnType.TEXT, true, "how the text refers to it, e.g. Galarza")
            .action(KIND, "Kind", ColumnType.ENUM, true, String.join(", ", KINDS), KINDS)
            .action(COURT, "Court or body", ColumnType.TEXT, true, "e.g. 3d Cir.; D. Or.; Congress")
            .action(JURISDICTION, "Jurisdiction", ColumnType.ID, true, "US, C1..C11, DC, FED or a USPS state code")
            .action(DECIDED, "Decided or enacted", ColumnType.DATE, false, "decision date (cases) or enactment date")
            .action(LATER_HISTORY, "Later history", ColumnType.TEXT, false,
                    "affirmed, vacated, superseded ...; empty when none was found")
            .action(SUPPORTS, "Supports", ColumnType.TEXT, true, "what writguard cites it for, in one line")
            .action(SOURCE_URL, "Source", ColumnType.TEXT, false, "where it was checked (URL)")
            .rowCheck(AttorneyTables::checkAuthorityRow)
            .build();

    private AttorneyTables() { }

    /** The four layouts, in the order Modules registers them. */
    public static List<TableSchema> schemas() {
        return List.of(LIMITATIONS_1983, NOTICE_OF_CLAIM, FEDERAL_DISTRICTS, AUTHORITIES);
    }

    /** Whether a jurisdiction code is one the authorities table accepts. */
    public static boolean isJurisdiction(String code) {
        return NATIONWIDE.equals(code) || "FED".equals(code) || UsStates.isUspsCode(code)
                || Arrays.stream(Circuit.values()).anyMatch(c -> c.name().equals(code));
    }

    private static void checkLimitationsRow(Map<String, String> v, BiConsumer<String, String> sink) {
        checkSourceUrl(v, sink);
        String from = v.get(ARISING_FROM);
        String until = v.get(ARISING_UNTIL);
        if (from != null && until != null && from.compareTo(until) > 0) {
            sink.accept(ARISING_UNTIL, "ends (" + until + ") before it starts (" + from + ")");
        }
    }

    private static void checkPositive(Map<String, String> v, BiConsumer<String, String> sink) {
        String p = v.get(PERIOD);
        if (p != null && p.matches("-?\\d+") && Integer.parseInt(p) <= 0) {
            sink.accept(PERIOD, "is " + p + "; a period is at least 1");
        }
    }

    private static void checkSourceUrl(Map<String, String> v, BiConsumer<String, String> sink) {
        String url = v.get(SOURCE_URL);
        if (url != null && !HTTP.matcher(url).matches()) {
            sink.accept(SOURCE_URL, "\"" + url + "\" is not a URL (http:// or https://, several separated by ';')");
        }
        if (v.containsKey(PERIOD)) checkPositive(v, sink);
    }

    private static void checkAuthorityRow(Map<String, String> v, BiConsumer<String, String> sink) {
        String j = v.get(JURISDICTION);
        if (j != null && !isJurisdiction(j)) {
            sink.accept(JURISDICTION, "\"" + j + "\" is not US, C1..C11, DC, FED or a USPS state code");
        }
        String url = v.get(SOURCE_URL);
        if (url != null && !HTTP.matcher(url).matches()) {
            sink.accept(SOURCE_URL, "\"" + url + "\" is not a URL (http:// or https://, several separated by ';')");
        }
    }
}
