package org.writguard.internal.topics.state;

import org.writguard.internal.tables.ColumnType;
import org.writguard.internal.tables.TableSchema;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The layout of decision-tables/state/overlays.drl.xlsx (DOMAIN.md section 3, 12.11): one row per state law
 * and action code, with its dates of effect, the agencies it binds and its exceptions. Effective dates are
 * plain columns compared in Java with the date of the act (never DATE-EFFECTIVE, which reads the wall clock).
 */
public final class StateTables {
    public static final String STATE = "STATE";
    public static final String ACTION_CODE = "ACTION_CODE";
    public static final String RULE_TYPE = "RULE_TYPE";
    public static final String EFFECTIVE_FROM = "EFFECTIVE_FROM";
    public static final String COURT_OFFICERS_ONLY = "COURT_OFFICERS_ONLY";
    public static final String EFFECTIVE_TO = "EFFECTIVE_TO";
    public static final String TERMINATION_DEADLINE = "TERMINATION_DEADLINE";
    public static final String COMPLIANCE_DEADLINE = "COMPLIANCE_DEADLINE";
    public static final String AGENCY_SCOPE = "AGENCY_SCOPE";
    public static final String EXCEPTIONS = "EXCEPTIONS";
    public static final String CONFIDENCE = "CONFIDENCE";
    public static final String LOW_CONFIDENCE_BEFORE = "LOW_CONFIDENCE_BEFORE";
    public static final String TERMINATION_NEEDS_APPROVAL = "TERMINATION_NEEDS_APPROVAL";
    public static final String INSTRUMENT = "INSTRUMENT";
    public static final String SOURCE_URL = "SOURCE_URL";

    /** Rule types: F19 reads PROHIBITED, F20 PROHIBITED agreements, F21 NO_STATE_AUTHORITY, F22 REQUIRED. */
    public static final List<String> RULE_TYPES = List.of("PROHIBITED", "NO_STATE_AUTHORITY", "REQUIRED");

    /** Which agencies a row binds (DOMAIN.md 6.1 agency_type, operates_jail); empty means every agency. */
    public enum Scope {
        ANY, STATE_AGENCY, SHERIFF, SHERIFF_OPERATING_JAIL, COUNTY_JAIL_OPERATOR
    }

    /** Facts that, when true, take an act out of a prohibition (DOMAIN.md F19 "exceptions are table predicates"). */
    public enum ExceptionCode {
        /** A judicial warrant or a judicial probable-cause determination before the act (Cal. Gov. Code § 7284.6(a)(4)). */
        JUDICIAL_WARRANT_OR_PC,
        /** The person's convictions allow the act (Cal. Gov. Code § 7282.5): holds[i].conviction_facts_for_7282_5, unknown when absent. */
        CONVICTION_7282_5,
        /** The information given was public (Cal. Gov. Code § 7284.6(a)(1)(C), (D)); no such fact yet, so unknown. */
        PUBLIC_INFORMATION
    }

    public static final TableSchema OVERLAYS = TableSchema.builder("StateOverlays")
            .sheet("Overlays")
            .hitPolicy(org.writguard.internal.tables.HitPolicy.COLLECT)
            .packageName("org.writguard.rules.state")
            .lookup(OverlayLookup.class)
            .description("State laws that prohibit, deny authority for, or require immigration cooperation and 287(g)"
                    + " agreements (DOMAIN.md section 3, 12.11). One row per state, action code and instrument."
                    + " Dates are compared with the date of the act; unverified or [U] rows give at most MEDIUM, confidence LOW.")
            .condition(STATE, "State", "state", ColumnType.STATE, true, "USPS code")
            .condition(ACTION_CODE, "Action code", "actionCode", ColumnType.ENUM, true,
                    "what the row is about (DOMAIN.md F19-F22)",
                    Arrays.stream(ActionCode.values()).map(Enum::name).toList())
            .action(RULE_TYPE, "Rule type", ColumnType.ENUM, true,
                    "PROHIBITED (F19, F20), NO_STATE_AUTHORITY (F21) or REQUIRED (F22)", RULE_TYPES)
            .action(EFFECTIVE_FROM, "Effective from", ColumnType.DATE, false, "first day the rule applies to an act; empty ="
                    + " always: a court declared what existing law always was (DOMAIN.md 13.10; give the decision date in"
                    + " Low confidence before)")
            .action(EFFECTIVE_TO, "Effective to", ColumnType.DATE, false, "last day it applies; empty = still in force")
            .action(TERMINATION_DEADLINE, "Termination deadline", ColumnType.DATE, false,
                    "agreements signed before Effective from may run until this day (HAVE_287G_AGREEMENT only)")
            .action(COMPLIANCE_DEADLINE, "Compliance deadline", ColumnType.DATE, false,
                    "a required agreement must exist after this day (REQUIRED only)")
            .action(AGENCY_SCOPE, "Agencies bound", ColumnType.ENUM, false,
                    "ANY (default), STATE_AGENCY, SHERIFF, SHERIFF_OPERATING_JAIL or COUNTY_JAIL_OPERATOR (sheriff or"
                            + " county corrections operating a jail)",
                    Arrays.stream(Scope.values()).map(Enum::name).toList())
            .action(EXCEPTIONS, "Exceptions", ColumnType.TEXT, false,
                    "codes separated by ',': the act is allowed when any holds ("
                            + String.join(", ", Arrays.stream(ExceptionCode.values()).map(Enum::name).toList()) + ")")
            .action(CONFIDENCE, "Confidence", ColumnType.ENUM, true,
                    "confidence of a finding from this row (DOMAIN.md 7)", "HIGH", "MEDIUM", "LOW")
            .action(LOW_CONFIDENCE_BEFORE, "Low confidence before", ColumnType.DATE, false,
                    "acts before this day get confidence LOW (the effective date itself is uncertain)")
            .action(TERMINATION_NEEDS_APPROVAL, "Termination needs approval", ColumnType.BOOLEAN, false,
                    "TRUE: ending a required agreement needs a state body's approval (variant TERMINATION_WITHOUT_BOARD_APPROVAL)")
            .action(COURT_OFFICERS_ONLY, "Decided for court officers", ColumnType.BOOLEAN, false,
                    "TRUE: the decision concerned court officers; for other officers the row applies by inference, one"
                            + " confidence step lower (DOMAIN.md 13.16, Lunn)")
            .action(INSTRUMENT, "Instrument", ColumnType.TEXT, true, "the statute, directive or decision, briefly")
            .action(SOURCE_URL, "Source URL", ColumnType.TEXT, false, "where the text was read")
            .rowCheck(StateTables::checkRow)
            .build();

    private StateTables() { }

    /** Cross-column rules: each code pairs with its rule type, dates are ordered, exceptions are known codes. */
    static void checkRow(Map<String, String> v, BiConsumer<String, String> problem) {
        String code = v.get(ACTION_CODE);
        String type = v.get(RULE_TYPE);
        if (code != null && type != null) {
            boolean mandate = code.equals(ActionCode.REQUIRE_287G_AGREEMENT.name());
            if (mandate != type.equals("REQUIRED")) {
                problem.accept(RULE_TYPE, "rule type " + type + " does not fit action code " + code
                        + "; REQUIRED goes with REQUIRE_287G_AGREEMENT and only with it");
            }
            if (code.equals(ActionCode.HAVE_287G_AGREEMENT.name()) && !type.equals("PROHIBITED")) {
                problem.accept(RULE_TYPE, "HAVE_287G_AGREEMENT rows must be PROHIBITED");
            }
        }
        if (v.containsKey(TERMINATION_DEADLINE) && !ActionCode.HAVE_287G_AGREEMENT.name().equals(code)) {
            problem.accept(TERMINATION_DEADLINE, "a termination deadline belongs on a HAVE_287G_AGREEMENT row only");
        }
        if (v.containsKey(COMPLIANCE_DEADLINE) && !"REQUIRED".equals(type)) {
            problem.accept(COMPLIANCE_DEADLINE, "a compliance deadline belongs on a REQUIRED row only");
        }
        String from = v.get(EFFECTIVE_FROM);
        String to = v.get(EFFECTIVE_TO);
        if (from != null && to != null && LocalDate.parse(to).isBefore(LocalDate.parse(from))) {
            problem.accept(EFFECTIVE_TO, "effective to " + to + " is before effective from " + from);
        }
        if (from == null && !"NO_STATE_AUTHORITY".equals(type)) {
            problem.accept(EFFECTIVE_FROM, "only a NO_STATE_AUTHORITY row declared by a court may leave Effective from empty");
        }
        if (from == null && v.get(LOW_CONFIDENCE_BEFORE) == null) {
            problem.accept(LOW_CONFIDENCE_BEFORE, "a row without Effective from needs the decision date here (DOMAIN.md 13.10)");
        }
        String ex = v.get(EXCEPTIONS);
        if (ex != null) {
            for (String token : ex.split(",")) {
                String t = token.strip();
                if (Arrays.stream(ExceptionCode.values()).noneMatch(e -> e.name().equals(t))) {
                    problem.accept(EXCEPTIONS, "\"" + t + "\" is not an exception code; use "
                            + String.join(", ", Arrays.stream(ExceptionCode.values()).map(Enum::name).toList()));
                }
            }
        }
    }
}
