package org.writguard.internal.engine;

import org.writguard.engine.*;

import org.writguard.cases.CaseInputException;
import org.writguard.internal.tables.ColumnType;
import org.writguard.internal.tables.RowHit;
import org.writguard.internal.tables.TableSchema;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves the analyst parameters: asks the parameter table for every parameter, then applies the case
 * file's overrides (DOMAIN.md 12.8 shapes). Runs in round 0 so later topics can read them.
 */
public final class ParametersTopic implements Topic {
    public static final String KEY1 = "KEY1";
    public static final String KEY2 = "KEY2";
    public static final String VALUE = "VALUE";
    public static final String UNIT = "UNIT";

    /** decision-tables/parameters/analyst-parameters.drl.xlsx */
    public static final TableSchema SCHEMA = TableSchema.builder("AnalystParameters")
            .sheet("Parameters")
            .packageName("org.writguard.rules.parameters")
            .lookup(ParamLookup.class)
            .description("Analyst parameters (DOMAIN.md 6.7) and the numeric terms of MOAs and statutes the rules"
                    + " compare against. Judgment calls, not law: record the rationale in Notes.")
            .condition("PARAMETER", "Parameter", "name", ColumnType.ENUM, true,
                    "the parameter's name", Parameter.allKeys())
            .action(KEY1, "Key 1", ColumnType.ID, false, "first key (model, agency id, form type, factor); empty = default")
            .action(KEY2, "Key 2", ColumnType.ID, false, "second key (circuit C1..C11, DC); empty = default")
            .action(VALUE, "Value", ColumnType.TEXT, true, "the value: a whole number, a number or TRUE/FALSE")
            .action(UNIT, "Unit", ColumnType.TEXT, false, "minutes, hours, days, months, points ...")
            .rowCheck(ParametersTopic::checkRow)
            .identity(KEY1, KEY2)
            .dated()
            .build();

    @Override
    public int round() { return 0; }

    @Override
    public void plan(AssessmentContext ctx) {
        // The table's values do not depend on the case: read them once per rule book.
        if (ctx.memoized(Parameters.class) != null) return;
        Map<Parameter, ParamLookup> asked = new EnumMap<>(Parameter.class);
        for (Parameter p : Parameter.values()) asked.put(p, ctx.ask(new ParamLookup(p.key())));
        ctx.keep(this, asked);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void resolve(AssessmentContext ctx) {
        Parameters fromTable = ctx.memoized(Parameters.class);
        if (fromTable == null) {
            Map<Parameter, ParamLookup> asked = ctx.kept(this, Map.class);
            fromTable = new Parameters();
            for (Map.Entry<Parameter, ParamLookup> e : asked.entrySet()) {
                for (RowHit hit : e.getValue().hits()) {
                    List<String> keys = new ArrayList<>();
                    if (e.getKey().keys().size() > 0) keys.add(orEmpty(hit.text(KEY1)));
                    if (e.getKey().keys().size() > 1) keys.add(orEmpty(hit.text(KEY2)));
                    fromTable.put(e.getKey(), keys, new Parameters.Value(hit.text(VALUE), hit, null,
                            hit.date(TableSchema.EFFECTIVE_FROM), hit.date(TableSchema.EFFECTIVE_TO)));
                }
            }
            fromTable = ctx.memoize(Parameters.class, fromTable);
        }
        // Only a listener of answering rows (coverage, an embedder's agenda listener) needs every row reported.
        if (ctx.reportsUse()) for (Parameter p : Parameter.values()) fromTable.allRows(p).forEach(v -> ctx.used(v.row()));
        Map<String, Object> given = ctx.caseFile().getParameters();
        Parameters params = given == null || given.isEmpty() ? fromTable : fromTable.copy();
        // By default a value is the one in force on the case's as-of date; topics ask for the act's own date
        // with Parameters.on (Parameter#dateBasis says which date each parameter is read on).
        java.time.OffsetDateTime asOf = ctx.caseFile().getAsOf();
        params = params.on(asOf == null ? null : asOf.toLocalDate());
        applyCaseOverrides(ctx, params);
        ctx.share(Parameters.class, params);
        ctx.insert(params);
    }

    private static String orEmpty(String s) { return s == null ? "" : s; }

    private static void applyCaseOverrides(AssessmentContext ctx, Parameters params) {
        Map<String, Object> given = ctx.caseFile().getParameters();
        if (given == null) return;
        for (Map.Entry<String, Object> e : given.entrySet()) {
            String field = "parameters." + e.getKey();
            Parameter p = Parameter.byKey(e.getKey()).orElseThrow(() -> new CaseInputException(ctx.caseName(),
                    field, "is not a parameter writguard knows; " + org.writguard.internal.cases.NearestNames.hint(e.getKey(),
                    Parameter.allKeys(), false)));
            override(ctx, params, p, field, new ArrayList<>(), e.getValue());
        }
    }

    private static void override(AssessmentContext ctx, Parameters params, Parameter p, String field,
                                 List<String> keys, Object value) {
        int depth = keys.size();
        if (depth < p.keys().size()) {
            if (!(value instanceof Map<?, ?> m)) {
                // A single value for a keyed parameter applies to every key (DOMAIN.md 12.8 gives
                // tfm_field_supervisor_contact_max_minutes as a plain integer).
                List<String> all = new ArrayList<>(keys);
                while (all.size() < p.keys().size()) all.add("");
                override(ctx, params, p, field, all, value);
                return;
            }
            for (Map.Entry<?, ?> e : m.entrySet()) {
                List<String> next = new ArrayList<>(keys);
                next.add(String.valueOf(e.getKey()));
                override(ctx, params, p, field + "." + e.getKey(), next, e.getValue());
            }
            return;
        }
        String raw = checkValue(p.type(), value);
        if (raw == null) {
            throw new CaseInputException(ctx.caseName(), field, "\"" + value + "\" is not a "
                    + p.type().name().toLowerCase() + (p.type() == Parameter.Type.BOOLEAN ? " (true/false)" : ""));
        }
        String bounds = p.outOfBounds(raw);
        if (bounds != null) throw new CaseInputException(ctx.caseName(), field, bounds);
        params.override(p, keys, new Parameters.Value(raw, null, field));
    }

    /** Longest parameter value, and most digits before or after the point, in a value. */
    private static final int MAX_VALUE_CHARS = 30;

    static String checkValue(Parameter.Type type, Object value) {
        if (value == null) return null;
        String s = String.valueOf(value).strip();
        if (s.length() > MAX_VALUE_CHARS) return null;
        try {
            switch (type) {
                case INTEGER:
                    return Integer.toString(new BigDecimal(s).intValueExact());
                case DECIMAL:
                    BigDecimal d = new BigDecimal(s).stripTrailingZeros();
                    // The plain text of 1e999999999 would be a gigabyte of zeros.
                    if (d.precision() - d.scale() > MAX_VALUE_CHARS || d.scale() > MAX_VALUE_CHARS) return null;
                    return d.toPlainString();
                case BOOLEAN:
                    if (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false")) return s.toLowerCase();
                    return null;
                default:
                    return null;
            }
        } catch (ArithmeticException | NumberFormatException e) {
            return null;
        }
    }

    private static void checkRow(Map<String, String> values, java.util.function.BiConsumer<String, String> sink) {
        String name = values.get("PARAMETER");
        if (name == null) return;
        Parameter p = Parameter.byKey(name).orElse(null);
        if (p == null) return;
        String v = values.get(VALUE);
        if (v != null && checkValue(p.type(), v) == null) {
            sink.accept(VALUE, "\"" + v + "\" is not a " + p.type().name().toLowerCase() + " (parameter " + name + ")");
        } else if (v != null && p.outOfBounds(checkValue(p.type(), v)) != null) {
            sink.accept(VALUE, "parameter " + name + ": " + p.outOfBounds(checkValue(p.type(), v)));
        }
        if (p.keys().size() < 1 && values.get(KEY1) != null) {
            sink.accept(KEY1, "parameter " + name + " takes no key; leave Key 1 empty");
        }
        if (p.keys().size() < 2 && values.get(KEY2) != null) {
            sink.accept(KEY2, "parameter " + name + " takes no second key; leave Key 2 empty");
        }
    }
}
