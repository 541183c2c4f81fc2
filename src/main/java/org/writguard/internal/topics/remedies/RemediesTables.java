package org.writguard.internal.topics.remedies;

import org.writguard.facts.Circuit;
import org.writguard.facts.FormType;
import org.writguard.internal.tables.ColumnType;
import org.writguard.internal.tables.LoadedTable;
import org.writguard.internal.tables.RowHit;
import org.writguard.internal.tables.TableRow;
import org.writguard.internal.tables.TableSchema;

import java.util.Arrays;
import java.util.List;

/**
 * The layouts of the remedy workbooks under decision-tables/remedies/ (DOMAIN.md 4.2, 4.4, 6.7, 12.10).
 * A table whose Circuit column is empty answers for every circuit; a row naming the circuit wins over it.
 */
public final class RemediesTables {
    public static final String FORM = "FORM";
    public static final String CIRCUIT = "CIRCUIT";
    public static final String STATUS = "STATUS";
    public static final String CONFIDENCE = "CONFIDENCE";
    public static final String HOLDING = "HOLDING";
    public static final String DUTY = "DUTY";
    public static final String BIOMETRICS_REQUIRED = "BIOMETRICS_REQUIRED";
    public static final String REMOVAL_ENDS_USCIS_JURISDICTION = "REMOVAL_ENDS_USCIS_JURISDICTION";
    public static final String ELEMENT = "ELEMENT";
    public static final String WORDING = "WORDING";
    public static final String SITUATION = "SITUATION";
    public static final String ROUTE = "ROUTE";
    public static final String DEFEATS_MANDAMUS = "DEFEATS_MANDAMUS";
    public static final String FORUM = "FORUM";
    public static final String VISA_CONDITION = "VISA_CONDITION";
    public static final String EFFECTIVE_FROM = "EFFECTIVE_FROM";
    public static final String EFFECTIVE_TO = "EFFECTIVE_TO";

    static final List<String> FORMS = Arrays.stream(FormType.values()).map(Enum::name).toList();
    static final List<String> CIRCUITS = Arrays.stream(Circuit.values()).map(Enum::name).toList();

    /** Mandamus elements of DOMAIN.md 4.2, plus the court's residual discretion. */
    public static final List<String> ELEMENTS = List.of("CLEAR_RIGHT", "NONDISCRETIONARY_DUTY",
            "NO_ADEQUATE_ALTERNATIVE", "DISCRETION");

    /** Situations in which another remedy is, or is not, an adequate alternative to mandamus (DOMAIN.md 4.2). */
    public static final List<String> SITUATIONS = List.of("CUSTODY", "REMOVAL_ORDER", "N400_AFTER_INTERVIEW",
            "AGENCY_INACTION");

    /** The pace-review row's controlling decision, an authorities-table id (issue 19 item 6). */
    public static final String CONTROLLING = "CONTROLLING";

    /** decision-tables/remedies/pace-review-status.drl.xlsx: DOMAIN.md 4.4 and 12.10. */
    public static final TableSchema PACE = TableSchema.builder("PaceReviewStatus")
            .mostSpecificRowWins()
            .sheet("PaceReview")
            .packageName("org.writguard.rules.remedies.pace")
            .lookup(PaceLookup.class)
            .description("Whether courts may review the pace of adjudicating a form, by circuit (DOMAIN.md 4.4, 12.10)."
                    + " An empty Circuit answers for every circuit; a row naming the circuit wins over it.")
            .condition(FORM, "Form type", "formType", ColumnType.ENUM, true, "form code of DOMAIN.md 6.6", FORMS)
            .condition(CIRCUIT, "Circuit", "circuit", ColumnType.ENUM, false,
                    "C1..C11 or DC; empty = every circuit without a row of its own", CIRCUITS)
            .action(STATUS, "Status", ColumnType.ENUM, true,
                    "BARRED, UNSETTLED or REVIEWABLE", "BARRED", "UNSETTLED", "REVIEWABLE")
            .action(CONFIDENCE, "Confidence", ColumnType.ENUM, true,
                    "confidence of the resulting F32 finding", "HIGH", "MEDIUM", "LOW")
            .action(HOLDING, "Holding", ColumnType.TEXT, false, "what the authority held, briefly")
            .action(VISA_CONDITION, "Visa condition", ColumnType.ENUM, true,
                    "ANY, or UNAVAILABLE: the row applies only when visa_number_available = false (DOMAIN.md 13.16)",
                    "ANY", "UNAVAILABLE")
            .action(EFFECTIVE_FROM, "Effective from", ColumnType.DATE, false,
                    "date of the controlling decision; empty = always (judged at as_of, DOMAIN.md 13.12)")
            .action(EFFECTIVE_TO, "Effective to", ColumnType.DATE, false, "last day in force; empty = still in force")
            .action(CONTROLLING, "Controlling decision", ColumnType.ID, false,
                    "authorities-table id of the decision this row follows (issue 19 item 6); empty = none (the statute,"
                            + " or district courts only)")
            .identity(VISA_CONDITION, EFFECTIVE_FROM)
            .build();

    /** decision-tables/remedies/adjudication-duty.drl.xlsx: F34 elements 2 and 3 (DOMAIN.md 7-F). */
    public static final TableSchema DUTY_TABLE = TableSchema.builder("AdjudicationDuty")
            .sheet("Duty")
            .packageName("org.writguard.rules.remedies.duty")
            .lookup(DutyLookup.class)
            .description("Whether the agency owes a duty to decide a form (mandamus element 2), whether biometrics must be"
                    + " complete, and whether removal proceedings take the case from USCIS (element 3).")
            .condition(FORM, "Form type", "formType", ColumnType.ENUM, true, "form code of DOMAIN.md 6.6", FORMS)
            .action(DUTY, "Duty to decide", ColumnType.ENUM, true,
                    "YES, or UNCERTAIN (F34 then asks for the real form)", "YES", "UNCERTAIN")
            .action(BIOMETRICS_REQUIRED, "Biometrics required", ColumnType.BOOLEAN, true,
                    "TRUE: biometrics_on must be recorded before the right to a decision is clear")
            .action(REMOVAL_ENDS_USCIS_JURISDICTION, "Removal proceedings end USCIS jurisdiction", ColumnType.BOOLEAN, true,
                    "TRUE: in_removal_proceedings must be false (N-400: 8 U.S.C. § 1429; I-485: EOIR jurisdiction)")
            .build();

    /** decision-tables/remedies/mandamus-elements.drl.xlsx: DOMAIN.md 4.2. */
    public static final TableSchema ELEMENTS_TABLE = TableSchema.builder("MandamusElements")
            .mostSpecificRowWins()
            .sheet("Elements")
            .packageName("org.writguard.rules.remedies.elements")
            .lookup(ElementLookup.class)
            .description("The three mandamus elements and the court's residual discretion, in each circuit's words"
                    + " (DOMAIN.md 4.2). An empty Circuit answers for every circuit without a row of its own.")
            .condition(ELEMENT, "Element", "element", ColumnType.ENUM, true,
                    "CLEAR_RIGHT, NONDISCRETIONARY_DUTY, NO_ADEQUATE_ALTERNATIVE or DISCRETION", ELEMENTS)
            .condition(CIRCUIT, "Circuit", "circuit", ColumnType.ENUM, false,
                    "C1..C11 or DC; empty = every circuit", CIRCUITS)
            .action(WORDING, "Wording", ColumnType.TEXT, true, "the element as the court states it")
            .build();

    /** decision-tables/remedies/adequate-alternatives.drl.xlsx: DOMAIN.md 4.2 element 3, 4.5, 5.1. */
    public static final TableSchema ALTERNATIVES = TableSchema.builder("AdequateAlternatives")
            .sheet("Alternatives")
            .packageName("org.writguard.rules.remedies.alternatives")
            .lookup(AlternativeLookup.class)
            .description("Remedies that are an adequate alternative to mandamus (so mandamus fails element 3), and those"
                    + " that are not (DOMAIN.md 4.2, 4.5, 5.1).")
            .condition(SITUATION, "Situation", "situation", ColumnType.ENUM, true,
                    "CUSTODY, REMOVAL_ORDER, N400_AFTER_INTERVIEW or AGENCY_INACTION", SITUATIONS)
            .action(ROUTE, "Route", ColumnType.ENUM, true, "the other remedy",
                    "HABEAS_2241", "PETITION_FOR_REVIEW", "S1447B_HEARING", "APA_706_1")
            .action(DEFEATS_MANDAMUS, "Defeats mandamus", ColumnType.BOOLEAN, true,
                    "TRUE: the route is an adequate alternative, so mandamus is barred")
            .action(FORUM, "Forum", ColumnType.TEXT, true, "where and against whom")
            .build();

    public static final String STATE = "STATE";
    public static final String SHERIFF_FUNCTION = "FUNCTION";
    public static final String CAPACITY = "CAPACITY";
    /** The key that answers for every state or function without a row of its own. */
    public static final String ANY = "ANY";

    /**
     * decision-tables/remedies/sheriff-capacity.drl.xlsx: whether a state's sheriffs act for the State or for the
     * county, by function (DOMAIN.md 13.11, 13.15, 13.16; McMillian v. Monroe County). A STATE sheriff is no Monell
     * defendant (Will v. Michigan). The topic asks (state, function), (state, ANY), (ANY, function), (ANY, ANY).
     */
    public static final TableSchema SHERIFF_CAPACITY = TableSchema.builder("SheriffCapacity")
            .sheet("SheriffCapacity")
            .packageName("org.writguard.rules.remedies.sheriff")
            .lookup(SheriffCapacityLookup.class)
            .description("Whether a state's sheriffs are local or state officers for § 1983, by function (DOMAIN.md 13.15,"
                    + " 13.16): LAW_ENFORCEMENT for encounters and arrests, JAIL for holds. ANY answers for every state"
                    + " or function without a row of its own.")
            .condition(STATE, "State", "state", ColumnType.ENUM, true, "USPS code, or ANY",
                    java.util.stream.Stream.concat(org.writguard.facts.UsStates.codes().stream(),
                            java.util.stream.Stream.of(ANY)).toList())
            .condition(SHERIFF_FUNCTION, "Function", "act", ColumnType.ENUM, true,
                    "LAW_ENFORCEMENT, JAIL or ANY", "LAW_ENFORCEMENT", "JAIL", ANY)
            .action(CAPACITY, "Capacity", ColumnType.ENUM, true, "LOCAL or STATE", "LOCAL", "STATE")
            .build();

    private RemediesTables() { }

    /**
     * The most specific matching row: one naming the circuit beats one that leaves it empty. Null when no
     * row matched.
     */
    static RowHit mostSpecific(LoadedTable table, List<RowHit> hits) {
        RowHit general = null;
        for (RowHit h : hits) {
            TableRow row = rowOf(table, h);
            if (row != null && row.get(CIRCUIT) != null) return h;
            if (general == null) general = h;
        }
        return general;
    }

    /** Whether any row for this first-column value names a circuit of its own. */
    static boolean variesByCircuit(LoadedTable table, String key, String value) {
        return table.rows().stream().anyMatch(r -> value.equals(r.get(key)) && r.get(CIRCUIT) != null);
    }

    /** A row's citation cell, or null (for {@code FindingBuilder.citeList}). */
    public static String citationOf(RowHit h) { return h == null ? null : h.citation(); }

    static TableRow rowOf(LoadedTable table, RowHit h) {
        for (TableRow r : table.rows()) if (r.sheetRow() == h.sheetRow()) return r;
        return null;
    }
}
