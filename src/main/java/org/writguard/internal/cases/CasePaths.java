package org.writguard.internal.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.PropertyWriter;
import com.fasterxml.jackson.databind.ser.std.BeanSerializerBase;
import org.writguard.facts.CaseFile;

import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fact path's value ({@code holds[0].release_eligible_at}) as it would appear in the case's file form
 * ({@link CaseReader#toTree}), without writing the whole case to a tree: each step follows the property Jackson's
 * own bean serializer writes under that name, and only the value at the end of the path is written. One report
 * looks up a dozen paths; the whole case as a tree cost more than the rest of the report's reading together
 * (issue 17). A path step that is not a plain bean property, a list index or a map key (none today) falls back
 * to the whole tree, so the answer is always the tree's.
 */
public final class CasePaths {
    private static final Pattern STEP = Pattern.compile("([a-z0-9_]+)(?:\\[(\\d+)])?");
    private static final Object MISSING = new Object();
    private static final Map<Class<?>, Map<String, BeanPropertyWriter>> PROPS = new ConcurrentHashMap<>();

    private final CaseFile c;
    private JsonNode whole;
    private final Map<Object, JsonNode> written = new HashMap<>();
    private Object lastValue;

    public CasePaths(CaseFile c) { this.c = c; }

    /** The value at {@code path}, as its node in the file form, or null when absent, null or not a path. */
    public JsonNode at(String path) {
        return at(path, false);
    }

    /**
     * As {@link #at}, for the report's chronology, which wants only dates: the text of the value when the file form
     * writes it as text that may be a date, else null. Values the file form writes as numbers, booleans, lists or maps,
     * and enum values (their names are no dates), are not written at all, so a path to one costs only following it
     * (issue 17). Sets {@link #lastValue} as {@code at} does.
     */
    public String dateText(String path) {
        JsonNode n = at(path, true);
        return n != null && n.isTextual() ? n.asText() : null;
    }

    private JsonNode at(String path, boolean datesOnly) {
        lastValue = null;
        Object v = follow(path);
        if (v == MISSING) return tree(path);
        if (v == null || datesOnly && (v instanceof Number || v instanceof Boolean || v instanceof Enum<?>
                || v instanceof java.util.Collection<?> || v instanceof Map<?, ?>)) return null;
        JsonNode n = written.computeIfAbsent(v, CasePaths::write);
        if (n.isMissingNode() || n.isNull()) return null;
        lastValue = v;
        return n;
    }

    /**
     * The Java value behind the node the last {@link #at} returned (an {@code OffsetDateTime}, a {@code LocalDate},
     * ...), or null when it returned null or read the whole tree.
     */
    public Object lastValue() { return lastValue; }

    /**
     * The element named by a list step's prefix ({@code encounters[1]} in {@code encounters[1].function_events[0].at}),
     * followed from the case, for describing it; null when absent.
     */
    public Object element(String[] steps, int upTo) {
        Step[] parsed = new Step[upTo + 1];
        for (int i = 0; i <= upTo && (i == 0 || parsed[i - 1] != null); i++) parsed[i] = step(steps[i]);
        Object v = follow(parsed);
        return v == MISSING ? null : v;
    }

    /** A path's steps, parsed once: a name and a list index (-1 for none), or null for a step that is no path step. */
    private record Step(String name, int index) { }

    /** Parsed paths (the same few dozen recur case after case); bounded, so odd input cannot grow it without end. */
    private static final Map<String, Step[]> PARSED = new ConcurrentHashMap<>();
    private static final int PARSED_LIMIT = 4_096;

    private static Step[] parse(String path) {
        Step[] steps = PARSED.get(path);
        if (steps != null) return steps;
        String[] parts = path.split("\\.");
        steps = new Step[parts.length];
        // A step that is no path step stays null, and so does every step after it: follow() answers null there.
        for (int i = 0; i < parts.length && (i == 0 || steps[i - 1] != null); i++) steps[i] = step(parts[i]);
        if (PARSED.size() < PARSED_LIMIT) PARSED.put(path, steps);
        return steps;
    }

    /** One step ({@code holds[2]}, {@code at}), or null when it is no path step. */
    private static Step step(String part) {
        Matcher m = STEP.matcher(part);
        if (!m.matches()) return null;
        int index;
        try {
            index = m.group(2) == null ? -1 : Integer.parseInt(m.group(2));
        } catch (NumberFormatException e) {
            index = Integer.MAX_VALUE; // an index past any list: absent
        }
        return new Step(m.group(1), index);
    }

    private Object follow(String path) {
        return follow(parse(path));
    }

    /** The steps from the case: the value, null when absent, MISSING when a step is no bean property or list. */
    private Object follow(Step[] steps) {
        Object v = c;
        for (Step step : steps) {
            if (step == null || v == null) return null;
            v = property(v, step.name());
            if (v == MISSING) return MISSING;
            if (step.index() >= 0 && v != null) {
                if (!(v instanceof List<?> list)) return MISSING;
                v = step.index() < list.size() ? list.get(step.index()) : null;
            }
        }
        return v;
    }

    /** A property of a bean as the file form writes it, as text, or null (absent, null, or not a bean). */
    public static String text(Object bean, String name) {
        if (bean == null) return null;
        Object v = property(bean, name);
        if (v == null || v == MISSING) return null;
        JsonNode n = write(v);
        return n.isNull() || n.isMissingNode() ? null : n.asText();
    }

    /** Whether a lookup had to write the whole case (a step that is not a bean property; none today). */
    public boolean usedWholeTree() { return whole != null; }

    private JsonNode tree(String path) {
        if (whole == null) whole = CaseReader.toTree(c);
        JsonNode n = whole;
        for (String step : path.split("\\.")) {
            Matcher m = STEP.matcher(step);
            if (!m.matches() || n == null) return null;
            n = n.get(m.group(1));
            if (m.group(2) != null && n != null) n = n.get(Integer.parseInt(m.group(2)));
        }
        return n == null || n.isMissingNode() || n.isNull() ? null : n;
    }

    private static JsonNode write(Object v) {
        if (v instanceof String t) return com.fasterxml.jackson.databind.node.TextNode.valueOf(t);
        if (v instanceof java.time.OffsetDateTime t && FAST_DATES) {
            return com.fasterxml.jackson.databind.node.TextNode.valueOf(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t));
        }
        if (v instanceof java.time.LocalDate d && FAST_DATES) {
            return com.fasterxml.jackson.databind.node.TextNode.valueOf(d.toString());
        }
        return CaseReader.Shared.WRITER.valueToTree(v);
    }

    /**
     * Whether the file form writes date-times and days as their ISO text ({@code ISO_OFFSET_DATE_TIME},
     * {@code LocalDate.toString}), so a dated value's text can be made without Jackson's tree machinery. Checked
     * once against the file form's own writer on values of every shape; if any differs, every value goes through it.
     */
    private static final boolean FAST_DATES = fastDatesAgree();

    private static boolean fastDatesAgree() {
        try {
            for (String t : List.of("2026-06-30T12:00:00-04:00", "2026-06-30T12:00-04:00", "2026-01-05T00:00:00Z",
                    "2026-06-30T12:00:00.5+05:30", "2026-06-30T12:00:00.123456789-09:30", "1999-12-31T23:59:59+14:00")) {
                java.time.OffsetDateTime v = java.time.OffsetDateTime.parse(t);
                if (!CaseReader.Shared.WRITER.valueToTree(v).equals(com.fasterxml.jackson.databind.node.TextNode.valueOf(
                        java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(v)))) return false;
            }
            for (String t : List.of("2026-06-30", "0001-01-01", "2026-12-31")) {
                java.time.LocalDate d = java.time.LocalDate.parse(t);
                if (!CaseReader.Shared.WRITER.valueToTree(d).equals(com.fasterxml.jackson.databind.node.TextNode.valueOf(d.toString()))) return false;
            }
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** For the test: whether dated values skip the writer. */
    public static boolean fastDates() { return FAST_DATES; }

    /** The value the file form writes under {@code name}: null when it writes none, MISSING when not a bean. */
    private static Object property(Object bean, String name) {
        if (bean instanceof Map<?, ?> map) return map.get(name);
        Map<String, BeanPropertyWriter> props = PROPS.computeIfAbsent(bean.getClass(), CasePaths::writers);
        if (props == null) return MISSING;
        BeanPropertyWriter w = props.get(name);
        if (w == null) return null;
        try {
            return w.get(bean);
        } catch (Exception e) {
            return MISSING;
        }
    }

    private static Map<String, BeanPropertyWriter> writers(Class<?> type) {
        ObjectMapper mapper = CaseReader.Shared.WRITER;
        try {
            SerializerProvider prov = mapper.getSerializerProviderInstance();
            JsonSerializer<Object> ser = prov.findValueSerializer(type);
            if (!(ser instanceof BeanSerializerBase bean)) return null;
            Map<String, BeanPropertyWriter> out = new HashMap<>();
            for (Iterator<PropertyWriter> it = bean.properties(); it.hasNext(); ) {
                PropertyWriter p = it.next();
                if (!(p instanceof BeanPropertyWriter w)) return null;
                out.put(w.getName(), w);
            }
            return out;
        } catch (Exception e) {
            return null;
        }
    }
}
