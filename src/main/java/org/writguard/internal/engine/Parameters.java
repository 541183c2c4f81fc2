package org.writguard.internal.engine;

import org.writguard.engine.*;

import org.writguard.internal.tables.RowHit;

import java.math.BigDecimal;
import java.time.LocalDate;
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
    /**
     * One value and its origin: a table row (in force from {@code from} to {@code to}, inclusive; null = open),
     * or the case file (in force always).
     */
    public record Value(String raw, RowHit row, String caseField, LocalDate from, LocalDate to) {
        public Value(String raw, RowHit row, String caseField) { this(raw, row, caseField, null, null); }

        /** Whether the value is in force on a day (a null day: only an undated value is sure to be). */
        public boolean inForceOn(LocalDate day) {
            if (day == null) return from == null && to == null;
            return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
        }

        /**
         * Where the value came from, as {@code computed}'s {@code <name>_source} says it: {@code case parameters}
         * or {@code table row N} (with the row id and the effective dates when the row has them).
         */
        public String source() {
            if (caseField != null) return "case parameters";
            StringBuilder sb = new StringBuilder("table row ").append(row.sheetRow());
            if (row.rowId() != null) sb.append(" (").append(row.rowId()).append(')');
            if (from != null || to != null) {
                sb.append(", in force ").append(from == null ? "since always" : "from " + from)
                        .append(to == null ? "" : " to " + to);
            }
            return sb.toString();
        }

        public Integer asInteger() { return new BigDecimal(raw).intValueExact(); }
        public BigDecimal asDecimal() { return new BigDecimal(raw); }
        public double asDouble() { return Double.parseDouble(raw); }
        public Boolean asBoolean() { return Boolean.valueOf(raw); }
        /** As {@link #source()}. */
        public String origin() { return source(); }
    }

    /** Every value of a parameter for each key list; dated rows give several, one per period. */
    private final Map<Parameter, Map<List<String>, List<Value>>> values;
    /** The day whose values {@link #get} returns (the case's as-of date), or null for undated values only. */
    private final LocalDate day;

    public Parameters() { this(new EnumMap<>(Parameter.class), null); }

    private Parameters(Map<Parameter, Map<List<String>, List<Value>>> values, LocalDate day) {
        this.values = values;
        this.day = day;
    }

    /** A copy whose values can be overridden without touching this one. */
    Parameters copy() {
        Map<Parameter, Map<List<String>, List<Value>>> c = new EnumMap<>(Parameter.class);
        values.forEach((p, m) -> {
            Map<List<String>, List<Value>> mm = new LinkedHashMap<>();
            m.forEach((k, v) -> mm.put(k, new ArrayList<>(v)));
            c.put(p, mm);
        });
        return new Parameters(c, day);
    }

    /**
     * The same parameters, answering with the values in force on {@code date} (the act's date: a hold's
     * start, an event's time); a null date keeps this view's day.
     */
    public Parameters on(LocalDate date) {
        return date == null || date.equals(day) ? this : new Parameters(values, date);
    }

    /** The day this view answers for. */
    public LocalDate day() { return day; }

    /** Adds a table row's value (rows of one parameter and keys differ in their effective dates). */
    void put(Parameter p, List<String> keys, Value v) {
        values.computeIfAbsent(p, k -> new LinkedHashMap<>()).computeIfAbsent(List.copyOf(keys), k -> new ArrayList<>()).add(v);
    }

    /** Sets a value that replaces every dated row of these keys (a case file's override). */
    void override(Parameter p, List<String> keys, Value v) {
        List<Value> one = new ArrayList<>();
        one.add(v);
        values.computeIfAbsent(p, k -> new LinkedHashMap<>()).put(List.copyOf(keys), one);
    }

    /**
     * The value in force on this view's day for these keys, else the parameter's default row (all keys
     * empty), else null. The table's hit policy (UNIQUE, with effective dates) guarantees at most one.
     */
    public Value get(Parameter p, String... keys) {
        Map<List<String>, List<Value>> m = values.getOrDefault(p, Map.of());
        List<String> wanted = normalise(p, keys);
        Value v = inForce(m.get(wanted));
        if (v == null && !p.keys().isEmpty()) {
            v = inForce(m.get(Collections.nCopies(p.keys().size(), "")));
        }
        return v;
    }

    private Value inForce(List<Value> list) {
        if (list == null) return null;
        for (Value v : list) if (v.inForceOn(day)) return v;
        return null;
    }

    /**
     * Every row of a parameter for some keys, in force on any day, for explanations ("raised from 48 to 72
     * on 2026-01-01").
     */
    public List<Value> history(Parameter p, String... keys) {
        List<Value> l = values.getOrDefault(p, Map.of()).get(normalise(p, keys));
        return l == null ? List.of() : Collections.unmodifiableList(l);
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

    /** Every keyed value of a parameter in force on this view's day (e.g. all TRAC weights). */
    public Map<List<String>, Value> all(Parameter p) {
        Map<List<String>, Value> out = new LinkedHashMap<>();
        values.getOrDefault(p, Map.of()).forEach((k, l) -> {
            Value v = inForce(l);
            if (v != null) out.put(k, v);
        });
        return Collections.unmodifiableMap(out);
    }

    /** Every row value of a parameter, whatever its dates. */
    List<Value> allRows(Parameter p) {
        List<Value> out = new ArrayList<>();
        values.getOrDefault(p, Map.of()).values().forEach(out::addAll);
        return out;
    }

    /** How a parameter is named in a missing-facts list: {@code parameters.delay_threshold_days.I130.C7}. */
    public static String path(Parameter p, String... keys) {
        StringBuilder sb = new StringBuilder("parameters.").append(p.key());
        for (String k : keys) if (k != null && !k.isEmpty()) sb.append('.').append(k);
        return sb.toString();
    }

    private static List<String> normalise(Parameter p, String... keys) {
        if (p.keys().isEmpty()) return List.of();  // most parameters: no key list to build per question
        List<String> list = new ArrayList<>(Arrays.asList(keys));
        while (list.size() < p.keys().size()) list.add("");
        for (int i = 0; i < list.size(); i++) if (list.get(i) == null) list.set(i, "");
        return list.subList(0, p.keys().size());
    }
}
