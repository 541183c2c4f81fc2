package org.writguard.internal.engine;

import org.writguard.engine.*;

import java.math.BigDecimal;
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

    /**
     * The date on which a dated parameter row must be in force to apply: the hold's start for the detention
     * limits (a limit raised later does not rewrite a past hold), else the case's as-of date (an application's
     * delay and the event rules are judged as of the assessment).
     */
    public String dateBasis() {
        switch (this) {
            case DETAINER_HOLD_MAX_HOURS: case POST_TRANSFER_HOLD_MAX_HOURS: case JUDICIAL_PC_MAX_HOURS:
            case OBSERVED_HOLIDAYS_COUNT:
                return "the hold's start (holds[].hold_started_at)";
            default:
                return "the case's as_of";
        }
    }

    /** Whether a value below zero means something: only TRAC scores and weights; hours, days and counts cannot. */
    public boolean mayBeNegative() { return this == TRAC_CUTOFF || this == TRAC_WEIGHTS; }

    /** Hours in 100 years: a hold or report limit longer than a lifetime is a typing error. */
    private static final long HOURS_100_YEARS = 876_600L;
    /** Days in 100 years. */
    private static final long DAYS_100_YEARS = 36_525L;
    /** Minutes in one year: a "report within" limit in minutes longer than a year is a typing error. */
    private static final long MINUTES_ONE_YEAR = 525_600L;
    /** Months in 100 years. */
    private static final long MONTHS_100_YEARS = 1_200L;
    /** TRAC points: the shipped weights are -1 to 2 and the cutoff 2; a thousand is plainly a typing error. */
    private static final long TRAC_POINTS = 1_000L;

    /**
     * The smallest value accepted (docs/limits.md). Bounds keep the clocks' arithmetic exact (a limit of
     * 10^30 hours overflowed a Duration) and catch typing errors; they are wide enough for any real policy.
     */
    public BigDecimal min() {
        return mayBeNegative() ? BigDecimal.valueOf(-TRAC_POINTS) : BigDecimal.ZERO;
    }

    /** The largest value accepted (docs/limits.md); null for a boolean. */
    public BigDecimal max() {
        return switch (this) {
            case TFM_FIELD_SUPERVISOR_CONTACT_MAX_MINUTES, USC_CLAIM_REPORT_MAX_MINUTES -> BigDecimal.valueOf(MINUTES_ONE_YEAR);
            case REFRESHER_INTERVAL_MONTHS, TFM_AUTHORIZATION_MONTHS -> BigDecimal.valueOf(MONTHS_100_YEARS);
            case TFM_MIN_YEARS_EXPERIENCE -> BigDecimal.valueOf(100);
            case JEM_DETAINER_REPORT_MAX_HOURS, COMPLAINT_FORWARD_MAX_HOURS, DETAINER_HOLD_MAX_HOURS,
                 POST_TRANSFER_HOLD_MAX_HOURS, JUDICIAL_PC_MAX_HOURS -> BigDecimal.valueOf(HOURS_100_YEARS);
            case RESOLUTION_REPORT_MAX_DAYS, NATURALIZATION_1447B_DAYS, ASYLUM_INTERVIEW_DAYS, ASYLUM_DECISION_DAYS,
                 SENSE_OF_CONGRESS_DAYS, DELAY_THRESHOLD_DAYS, TRAC_ABSOLUTE_DELAY_DAYS -> BigDecimal.valueOf(DAYS_100_YEARS);
            case TRAC_CUTOFF, TRAC_WEIGHTS -> BigDecimal.valueOf(TRAC_POINTS);
            case OBSERVED_HOLIDAYS_COUNT -> null;
        };
    }

    /**
     * Why {@code raw} (already of this parameter's type) is out of bounds, e.g. "1e30 is out of bounds; expected
     * 0 to 876600"; null when it is within them.
     */
    public String outOfBounds(String raw) {
        if (type == Type.BOOLEAN || raw == null) return null;
        BigDecimal v;
        try {
            v = new BigDecimal(raw);
        } catch (NumberFormatException e) {
            return null;
        }
        if (v.compareTo(min()) >= 0 && v.compareTo(max()) <= 0) return null;
        return raw + " is out of bounds; expected " + min().toPlainString() + " to " + max().toPlainString()
                + (v.signum() < 0 && !mayBeNegative() ? " (it cannot be negative)" : "");
    }

    public static Optional<Parameter> byKey(String key) {
        return Arrays.stream(values()).filter(p -> p.key().equals(key)).findFirst();
    }

    public static List<String> allKeys() { return Arrays.stream(values()).map(Parameter::key).toList(); }
}
