package org.writguard.engine;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The analyst parameters of DOMAIN.md 6.7 (and 12.8 for their shapes in a case file), plus the
 * numeric terms of MOAs and statutes that rules compare against, so that no threshold is hard-coded in
 * a rule. Values live in decision-tables/parameters/analyst-parameters.drl.xlsx; a case file may
 * override them under {@code parameters}.
 */
public enum Parameter {
    TFM_FIELD_SUPERVISOR_CONTACT_MAX_MINUTES(Type.INTEGER, "agency id (empty = every agency)"),
    REFRESHER_INTERVAL_MONTHS(Type.INTEGER, "model (JEM, WSO)"),
    TFM_AUTHORIZATION_MONTHS(Type.INTEGER),
    TFM_MIN_YEARS_EXPERIENCE(Type.DECIMAL),
    JEM_DETAINER_REPORT_MAX_HOURS(Type.DECIMAL),
    USC_CLAIM_REPORT_MAX_MINUTES(Type.INTEGER),
    COMPLAINT_FORWARD_MAX_HOURS(Type.DECIMAL),
    RESOLUTION_REPORT_MAX_DAYS(Type.INTEGER),
    DETAINER_HOLD_MAX_HOURS(Type.DECIMAL),
    POST_TRANSFER_HOLD_MAX_HOURS(Type.DECIMAL),
    JUDICIAL_PC_MAX_HOURS(Type.DECIMAL),
    OBSERVED_HOLIDAYS_COUNT(Type.BOOLEAN),
    NATURALIZATION_1447B_DAYS(Type.INTEGER),
    ASYLUM_INTERVIEW_DAYS(Type.INTEGER),
    ASYLUM_DECISION_DAYS(Type.INTEGER),
    SENSE_OF_CONGRESS_DAYS(Type.INTEGER),
    TRAC_CUTOFF(Type.DECIMAL),
    TRAC_WEIGHTS(Type.DECIMAL, "TRAC factor"),
    /** DOMAIN.md 13.13/13.16: the absolute delay (days) for the TRAC length factor when processing times are unknown. */
    TRAC_ABSOLUTE_DELAY_DAYS(Type.INTEGER, "level (plus1, plus2)"),
    DELAY_THRESHOLD_DAYS(Type.INTEGER, "form type", "circuit");

    /** The value type of a parameter. */
    public enum Type { INTEGER, DECIMAL, BOOLEAN }

    private final Type type;
    private final List<String> keys;

    Parameter(Type type, String... keys) {
        this.type = type;
        this.keys = List.of(keys);
    }

    public Type type() { return type; }

    /** What each key means; empty for a single value. */
    public List<String> keys() { return keys; }

    /** snake_case name used in tables and case files. */
    public String key() { return name().toLowerCase(java.util.Locale.ROOT); }

    /** Whether a value below zero means something: only TRAC scores and weights; hours, days and counts cannot. */
    public boolean mayBeNegative() { return this == TRAC_CUTOFF || this == TRAC_WEIGHTS; }

    public static Optional<Parameter> byKey(String key) {
        return Arrays.stream(values()).filter(p -> p.key().equals(key)).findFirst();
    }

    public static List<String> allKeys() { return Arrays.stream(values()).map(Parameter::key).toList(); }
}
