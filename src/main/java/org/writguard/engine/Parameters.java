package org.writguard.engine;

import org.writguard.tables.RowHit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The analyst parameters in force for one assessment: the parameter table's rows, overridden by the
 * case file's {@code parameters}. Every value remembers where it came from, so a finding can say
 * "120 minutes (analyst parameter, decision-tables/...!Parameters!E12)". A parameter without a value is
 * unset: rules that need it report UNDETERMINED naming it, never a default.
 */
public final class Parameters {
    /** One value and its origin: a table row, or the case file. */
    public record Value(String raw, RowHit row, String caseField) {
        public Integer asInteger() { return new BigDecimal(raw).intValueExact(); }
        public BigDecimal asDecimal() { return new BigDecimal(raw); }
        public double asDouble() { return Double.parseDouble(raw); }
        public Boolean asBoolean() { return Boolean.valueOf(raw); }
        public String origin() { return caseField != null ? "case file " + caseField : "table rule " + row.rule(); }
    }

    private final Map<Parameter, Map<List<String>, Value>> values = new EnumMap<>(Parameter.class);

    /** A copy whose values can be overridden without touching this one. */
    Parameters copy() {
        Parameters c = new Parameters();
        values.forEach((p, m) -> c.values.put(p, new LinkedHashMap<>(m)));
        return c;
    }

    void put(Parameter p, List<String> keys, Value v) {
        values.computeIfAbsent(p, k -> new LinkedHashMap<>()).put(List.copyOf(keys), v);
    }

    /** The value for these keys, else the parameter's default row (all keys empty), else null. */
    public Value get(Parameter p, String... keys) {
        Map<List<String>, Value> m = values.getOrDefault(p, Map.of());
        List<String> wanted = normalise(p, keys);
        Value v = m.get(wanted);
        if (v == null && !p.keys().isEmpty()) {
            v = m.get(Collections.nCopies(p.keys().size(), ""));
        }
        return v;
    }

    public Integer integer(Parameter p, String... keys) {
        Value v = get(p, keys);
        return v == null ? null : v.asInteger();
    }

    public Double decimal(Parameter p, String... keys) {
        Value v = get(p, keys);
        return v == null ? null : v.asDouble();
    }

    public Boolean bool(Parameter p, String... keys) {
        Value v = get(p, keys);
        return v == null ? null : v.asBoolean();
    }

    /** Every keyed value of a parameter (e.g. all TRAC weights). */
    public Map<List<String>, Value> all(Parameter p) {
        return Collections.unmodifiableMap(values.getOrDefault(p, Map.of()));
    }

    /** How a parameter is named in a missing-facts list: {@code parameters.delay_threshold_days.I130.C7}. */
    public static String path(Parameter p, String... keys) {
        StringBuilder sb = new StringBuilder("parameters.").append(p.key());
        for (String k : keys) if (k != null && !k.isEmpty()) sb.append('.').append(k);
        return sb.toString();
    }

    private static List<String> normalise(Parameter p, String... keys) {
        List<String> list = new ArrayList<>(Arrays.asList(keys));
        while (list.size() < p.keys().size()) list.add("");
        for (int i = 0; i < list.size(); i++) if (list.get(i) == null) list.set(i, "");
        return list.subList(0, p.keys().size());
    }
}
