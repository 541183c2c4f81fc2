package org.writguard.internal.cases;

import org.writguard.cases.*;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import org.writguard.facts.Application;
import org.writguard.facts.CaseFile;
import org.writguard.facts.Certification;
import org.writguard.facts.Complaint;
import org.writguard.facts.Encounter;
import org.writguard.facts.Hold;
import org.writguard.facts.Moa;
import org.writguard.facts.SuspendedPeriod;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Finds the dates of a case tree that are known only in part (DOMAIN.md 13.5, CASE-FORMAT.md "Persons and uncertain
 * dates") and works out the earliest and latest moment each may be. It walks the tree along the types of the facts,
 * so every {@code LocalDate} and {@code OffsetDateTime} field of every fact is covered, including lists of dates,
 * without naming fields one by one:
 * <ul>
 *   <li>a date written {@code YYYY-MM}: the first to the last day of that month;</li>
 *   <li>a datetime written {@code YYYY-MM-DD} (or {@code YYYY-MM}): 00:00 to 24:00 (less a nanosecond) local time,
 *       in the hold's {@code facility_tz} for a field of a hold, else at the UTC offset of {@code as_of};</li>
 *   <li>{@code {not_before: X, not_after: Y}}: X and Y may themselves be partial (the earliest moment of X, the
 *       latest of Y);</li>
 *   <li>{@code {occurred: true}}: up to {@code as_of} (its calendar day for a date), from the earliest moment the
 *       case allows: the fact's anchor ({@link #ANCHORS}: an application's {@code filed_on}, an encounter's
 *       {@code started_at}, a hold's {@code hold_started_at} or else {@code release_eligible_at}, ...) when the
 *       case gives it, else the first day of {@link CaseReader#EARLIEST_YEAR}.</li>
 * </ul>
 * Exact values are left to the strict scalar readers. Anything malformed is a {@link CaseInputException} naming
 * the field path.
 */
final class PartialDates {
    private static final Pattern MONTH_TEXT = Pattern.compile("[0-9]{4}-[0-9]{1,2}");
    private static final Pattern DAY_TEXT = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final String NOT_BEFORE = "not_before";
    private static final String NOT_AFTER = "not_after";
    private static final String OCCURRED = "occurred";

    /**
     * For {@code {occurred: true}}: the fields of the enclosing fact, nearest fact first, that bound the moment
     * from below when the case gives them (the order CaseValidator checks, read the other way round).
     */
    static final Map<Class<?>, List<String>> ANCHORS = Map.of(
            Application.class, List.of("filed_on"),
            Encounter.class, List.of("started_at"),
            Hold.class, List.of("hold_started_at", "release_eligible_at"),
            Complaint.class, List.of("received_by_lea_at"),
            Moa.class, List.of("effective_on"),
            SuspendedPeriod.class, List.of("from"),
            Certification.class, List.of("certified_on"));
    /** Hold fields that may precede the hold itself, so are not bounded by its start. */
    private static final Set<String> HOLD_UNANCHORED = Set.of("release_eligible_at", "hold_started_at", "detainer");

    /** One date known only in part; {@code pointer} locates it in the tree, {@code path} names it for people. */
    record Uncertain(JsonPointer pointer, String path, boolean dateTime, Object lower, Object upper, String written,
            JsonPointer anchor) {
        Uncertain(JsonPointer pointer, String path, boolean dateTime, Object lower, Object upper, String written) {
            this(pointer, path, dateTime, lower, upper, written, null);
        }

        /**
         * The earliest moment in one reading: for {@code occurred: true}, not before the anchor as that reading
         * has it ({@code anchorText}, or null when the anchor is absent or unreadable).
         */
        String lowerText(String anchorText) {
            if (anchor == null || anchorText == null) return lowerText();
            Object a = parse(anchorText, dateTime, lower);
            return a != null && compare(a, lower) > 0 && compare(a, upper) <= 0 ? a.toString() : lowerText();
        }

        String lowerText() {
            return lower.toString();
        }

        String upperText() {
            return upper.toString();
        }

        boolean exact() {
            return lower.equals(upper);
        }
    }

    private record Pending(JsonPointer pointer, String path, boolean dateTime, JsonPointer anchor, String written) { }

    private record Prop(String name, JavaType type) { }

    private static final Map<JavaType, List<Prop>> PROPS = new ConcurrentHashMap<>();

    /** Whether a type is a fact whose fields may anchor or zone a partial date: asked once per type, not per node. */
    private static final ClassValue<Boolean> IS_FACT = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            return ANCHORS.containsKey(type) || type == Hold.class;
        }
    };

    private final ObjectMapper mapper;
    private final String file;
    private final String prefix;
    private final JsonNode root;
    private final OffsetDateTime asOf;
    private final List<Uncertain> found = new ArrayList<>();
    private final List<Pending> occurred = new ArrayList<>();
    /** The facts being walked, outermost first, with their pointers (for anchors and hold zones). */
    private final Deque<Map.Entry<Class<?>, Loc>> facts = new ArrayDeque<>();

    /**
     * Where the walk is: a property or an index under its parent. Its pointer and its path for people are built
     * only when asked (a partial date, an error, an enclosing hold's zone): most cases have none, and building both
     * for every field visited was most of the walk's cost (issue 17). They are built by the same steps as before
     * ({@code appendProperty}/{@code appendIndex}, {@code a.b}/{@code a[0]}), so they read the same.
     */
    private static final class Loc {
        static final Loc ROOT = new Loc(null, null, -1, JsonPointer.empty(), "");
        final Loc parent;
        final String name;
        final int index;
        private JsonPointer pointer;
        private String path;

        private Loc(Loc parent, String name, int index, JsonPointer pointer, String path) {
            this.parent = parent;
            this.name = name;
            this.index = index;
            this.pointer = pointer;
            this.path = path;
        }

        Loc property(String n) {
            return new Loc(this, n, -1, null, null);
        }

        Loc index(int i) {
            return new Loc(this, null, i, null, null);
        }

        JsonPointer pointer() {
            if (pointer == null) pointer = name != null ? parent.pointer().appendProperty(name) : parent.pointer().appendIndex(index);
            return pointer;
        }

        String path() {
            if (path == null) {
                String p = parent.path();
                path = name != null ? (p.isEmpty() ? name : p + "." + name) : p + "[" + index + "]";
            }
            return path;
        }
    }

    /** The type of the tree's root, looked up once. */
    private static volatile JavaType caseFileType;

    private PartialDates(ObjectMapper mapper, String file, String prefix, JsonNode root, OffsetDateTime asOf) {
        this.mapper = mapper;
        this.file = file;
        this.prefix = prefix;
        this.root = root;
        this.asOf = asOf;
    }

    /**
     * The partial dates of a case tree, in document order; empty (and cheap) when every date is exact.
     * {@code asOf} is the case's exact {@code as_of}, or null when it is missing or malformed (then a partial
     * date is reported as an error of {@code as_of}, which bounds them).
     */
    static Found find(ObjectMapper mapper, JsonNode root, String file, String prefix, OffsetDateTime asOf) {
        PartialDates p = new PartialDates(mapper, file, prefix, root, asOf);
        JavaType rootType = caseFileType;
        if (rootType == null) caseFileType = rootType = mapper.constructType(CaseFile.class);
        p.walk(root, rootType, Loc.ROOT);
        if (p.found.isEmpty() && p.occurred.isEmpty()) return Found.NONE;
        p.resolveOccurred();
        List<Point> points = new ArrayList<>();
        if (asOf != null) points.add(new Point("", asOf));
        for (int i = 0; i < p.exactTexts.size(); i++) {
            Object o = parseRaw(p.exactTexts.get(i));
            if (o != null) points.add(new Point(scope(p.exactLocs.get(i).pointer()), o));
        }
        return new Found(p.inDocumentOrder(), points);
    }

    /** The partial dates of a case, and its exact dates and datetimes (as_of included), which may fall inside them. */
    record Found(List<Uncertain> uncertain, List<Point> points) {
        static final Found NONE = new Found(List.of(), List.of());
    }

    /**
     * An exact date of the case and the fact it belongs to ({@code /holds/0}); "" for the dates every fact may be
     * measured against: as_of, and the agencies' MOAs and the officers' certifications (windows of authority).
     */
    record Point(String scope, Object value) { }

    /** Exact date and datetime texts met on the walk, and where; parsed only when some date is uncertain. */
    private final List<String> exactTexts = new ArrayList<>();
    private final List<Loc> exactLocs = new ArrayList<>();

    /** The top-level fact a pointer is in, or "" for the case-wide ones. */
    static String scope(JsonPointer ptr) {
        String[] seg = ptr.toString().split("/");
        if (seg.length < 3 || seg[1].equals("agencies") || seg[1].equals("officers")) return "";
        return "/" + seg[1] + "/" + seg[2];
    }

    private static Object parseRaw(String text) {
        try {
            return DAY_TEXT.matcher(text).matches() ? LocalDate.parse(text, DAY)
                    : OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private final List<JsonPointer> order = new ArrayList<>();

    private List<Uncertain> inDocumentOrder() {
        Map<JsonPointer, Uncertain> byPointer = new HashMap<>();
        for (Uncertain u : found) byPointer.put(u.pointer(), u);
        List<Uncertain> out = new ArrayList<>();
        for (JsonPointer ptr : order) {
            Uncertain u = byPointer.get(ptr);
            if (u != null) out.add(u);
        }
        return out;
    }

    private void walk(JsonNode node, JavaType type, Loc loc) {
        if (node == null || node.isNull() || node.isMissingNode()) return;
        Class<?> raw = type.getRawClass();
        if (raw == LocalDate.class || raw == OffsetDateTime.class) {
            if (loc.parent == Loc.ROOT && "as_of".equals(loc.name)) {
                String path = loc.path();
                // The moment of evaluation bounds every other date: it must be exact.
                String t = node.isTextual() ? node.textValue().strip() : "";
                // (A day gets the datetime reader's own "is a date without a time" message.)
                if (node.isObject() || MONTH_TEXT.matcher(t).matches()) {
                    throw fail(path, (node.isObject() ? "an interval" : StrictScalars.quoted(t))
                            + ": as_of must be an exact datetime, e.g. " + StrictScalars.DATETIME_EXAMPLE
                            + " (only the facts' dates may be known in part)");
                }
                return;
            }
            dateValue(node, raw == OffsetDateTime.class, loc);
            return;
        }
        if (Collection.class.isAssignableFrom(raw)) {
            if (!node.isArray()) return;
            JavaType content = type.getContentType();
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), content, loc.index(i));
            }
            return;
        }
        if (!node.isObject() || !raw.getPackageName().equals(CaseFile.class.getPackageName()) || raw.isEnum()) return;
        boolean fact = IS_FACT.get(raw);
        if (fact) facts.addLast(Map.entry(raw, loc));
        try {
            for (Prop p : props(type)) {
                JsonNode child = node.get(p.name());
                if (child != null) {
                    walk(child, p.type(), loc.property(p.name()));
                }
            }
        } finally {
            if (fact) facts.removeLast();
        }
    }

    private List<Prop> props(JavaType type) {
        List<Prop> known = PROPS.get(type);
        if (known != null) return known;
        return PROPS.computeIfAbsent(type, t -> {
            List<Prop> list = new ArrayList<>();
            for (BeanPropertyDefinition d : mapper.getDeserializationConfig().introspect(t).findProperties()) {
                if (!d.couldDeserialize()) continue;
                JavaType pt = d.getPrimaryType();
                if (interesting(pt)) list.add(new Prop(d.getName(), pt));
            }
            return List.copyOf(list);
        });
    }

    /** Only properties that are or may contain a date are walked. */
    private static boolean interesting(JavaType t) {
        Class<?> raw = t.getRawClass();
        if (raw == LocalDate.class || raw == OffsetDateTime.class) return true;
        if (Collection.class.isAssignableFrom(raw)) return t.getContentType() != null && interesting(t.getContentType());
        return raw.getPackageName().equals(CaseFile.class.getPackageName()) && !raw.isEnum();
    }

    private void dateValue(JsonNode node, boolean dateTime, Loc loc) {
        if (node.isTextual()) {
            String text = node.textValue().strip();
            if (!maybePartial(text, dateTime)) {
                // The common case: an exact date or datetime (or a wrong one, which its scalar reader reports).
                exactTexts.add(text);
                exactLocs.add(loc);
                return;
            }
        }
        JsonPointer ptr = loc.pointer();
        String path = loc.path();
        if (node.isTextual() && node.textValue().contains("/")) {
            // ISO 8601 interval "X/Y", the one-cell form of {not_before: X, not_after: Y} (a CSV cell, say).
            String text = node.textValue().strip();
            String[] parts = text.split("/", -1);
            if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                throw fail(path, StrictScalars.quoted(text) + " is not an interval; write not_before/not_after, e.g. "
                        + (dateTime ? "2026-06-12T08:00:00-04:00/2026-06-12T17:00:00-04:00" : "2025-01-01/2025-03-31"));
            }
            interval(com.fasterxml.jackson.databind.node.TextNode.valueOf(parts[0].strip()),
                    com.fasterxml.jackson.databind.node.TextNode.valueOf(parts[1].strip()), dateTime, ptr, path, text);
            return;
        }
        if (node.isTextual()) {
            String text = node.textValue().strip();
            Object[] bounds = partial(text, dateTime, ptr, path);
            if (bounds == null) {
                exactTexts.add(text);
                exactLocs.add(loc);
            }
            if (bounds != null) {
                order.add(ptr);
                found.add(new Uncertain(ptr, path, dateTime, bounds[0], bounds[1], text + zoneNote(dateTime, text, ptr)));
            }
            return;
        }
        if (!node.isObject()) return; // a number or a list: the scalar reader says what is expected
        if (node.isEmpty()) {
            throw fail(path, "an empty mapping; write an interval {not_before: X, not_after: Y}, or {occurred: true}"
                    + " for a moment known to have passed");
        }
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String k = names.next();
            if (!k.equals(NOT_BEFORE) && !k.equals(NOT_AFTER) && !k.equals(OCCURRED)) {
                throw fail(path + "." + k, "unknown field; an uncertain " + kind(dateTime)
                        + " is {not_before, not_after} or {occurred: true}");
            }
        }
        if (node.has(OCCURRED)) {
            JsonNode o = node.get(OCCURRED);
            if (node.size() > 1) {
                throw fail(path, "occurred cannot be combined with not_before or not_after; write one or the other");
            }
            if (!o.isBoolean() && !(o.isTextual() && o.textValue().strip().equals("true"))) {
                throw fail(path + "." + OCCURRED, "expected true, got " + shown(o));
            }
            if (o.isBoolean() && !o.booleanValue()) {
                throw fail(path + "." + OCCURRED, "occurred: false is not a date; write null when it did not happen"
                        + " or it is unknown whether it happened");
            }
            requireAsOf(path);
            order.add(ptr);
            occurred.add(new Pending(ptr, path, dateTime, anchor(ptr), "{occurred: true}"));
            return;
        }
        JsonNode nb = node.get(NOT_BEFORE);
        JsonNode na = node.get(NOT_AFTER);
        if (nb == null || nb.isNull() || na == null || na.isNull()) {
            throw fail(path + "." + (nb == null || nb.isNull() ? NOT_BEFORE : NOT_AFTER), "missing; an interval needs"
                    + " both not_before and not_after (or write {occurred: true})");
        }
        interval(nb, na, dateTime, ptr, path, "{not_before: " + nb.asText() + ", not_after: " + na.asText() + "}");
    }

    private void interval(JsonNode nb, JsonNode na, boolean dateTime, JsonPointer ptr, String path, String written) {
        Object lower = bound(nb, dateTime, ptr, path + "." + NOT_BEFORE)[0];
        Object upper = bound(na, dateTime, ptr, path + "." + NOT_AFTER)[1];
        if (compare(upper, lower) < 0) {
            throw fail(path, "not_after " + upper + " precedes not_before " + lower);
        }
        order.add(ptr);
        found.add(new Uncertain(ptr, path, dateTime, lower, upper, written + zoneNote(dateTime, nb.asText(), ptr)));
    }

    /** The earliest and latest moment of an interval's bound, which may be exact or partial. */
    private Object[] bound(JsonNode n, boolean dateTime, JsonPointer ptr, String path) {
        if (!n.isTextual()) {
            throw fail(path, "expected " + (dateTime ? "a datetime, e.g. " + StrictScalars.DATETIME_EXAMPLE : "a date (YYYY-MM-DD)")
                    + ", got " + shown(n));
        }
        String text = n.textValue().strip();
        Object[] partial = partial(text, dateTime, ptr, path);
        if (partial != null) return partial;
        Object exact = dateTime ? exactDateTime(text, path) : exactDate(text, path);
        return new Object[] {exact, exact};
    }

    /**
     * False when {@code text} (stripped) can be neither an interval {@code X/Y} nor a text {@link #partial} reads
     * (a month {@code YYYY-MM} or {@code YYYY-M}, or for a datetime a day {@code YYYY-MM-DD}): those patterns have
     * 6, 7 or 10 characters.
     */
    private static boolean maybePartial(String text, boolean dateTime) {
        int n = text.length();
        return n == 6 || n == 7 || (dateTime && n == 10) || text.indexOf('/') >= 0;
    }

    /** Bounds of a month or (for a datetime) a day; null when the text is not one (it may be exact, or wrong). */
    private Object[] partial(String text, boolean dateTime, JsonPointer ptr, String path) {
        if (MONTH_TEXT.matcher(text).matches()) {
            YearMonth m = month(text, path);
            if (!dateTime) return new Object[] {m.atDay(1), m.atEndOfMonth()};
            ZoneId zone = zoneFor(ptr, path);
            return new Object[] {startOf(m.atDay(1), zone), endOf(m.atEndOfMonth(), zone)};
        }
        if (dateTime && DAY_TEXT.matcher(text).matches()) {
            LocalDate d;
            try {
                d = LocalDate.parse(text, DAY);
            } catch (DateTimeParseException e) {
                throw fail(path, StrictScalars.quoted(text) + " is not a date (YYYY-MM-DD)");
            }
            inYears(d.getYear(), text, path);
            ZoneId zone = zoneFor(ptr, path);
            return new Object[] {startOf(d, zone), endOf(d, zone)};
        }
        return null;
    }

    private YearMonth month(String text, String path) {
        String[] parts = text.split("-");
        int year = Integer.parseInt(parts[0]);
        int month = Integer.parseInt(parts[1]);
        if (parts[1].length() != 2 || month < 1 || month > 12) {
            throw fail(path, StrictScalars.quoted(text) + " is not a month; write YYYY-MM with a month from 01 to 12");
        }
        inYears(year, text, path);
        return YearMonth.of(year, month);
    }

    private LocalDate exactDate(String text, String path) {
        try {
            LocalDate d = DAY_TEXT.matcher(text).matches() ? LocalDate.parse(text, DAY) : null;
            if (d != null) {
                inYears(d.getYear(), text, path);
                return d;
            }
        } catch (DateTimeParseException e) {
            // below
        }
        throw fail(path, StrictScalars.quoted(text) + " is not a date (YYYY-MM-DD or YYYY-MM)");
    }

    private OffsetDateTime exactDateTime(String text, String path) {
        try {
            OffsetDateTime t = OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            if (text.matches("[0-9]{4}-.*")) {
                inYears(t.getYear(), text, path);
                return t;
            }
        } catch (DateTimeParseException e) {
            // below
        }
        throw fail(path, StrictScalars.quoted(text) + " is not a datetime; write e.g. " + StrictScalars.DATETIME_EXAMPLE
                + ", or a day YYYY-MM-DD");
    }

    private void inYears(int year, String text, String path) {
        if (year < CaseReader.EARLIEST_YEAR || year > CaseReader.LATEST_YEAR) {
            throw fail(path, "year " + year + " is outside " + CaseReader.EARLIEST_YEAR + "-" + CaseReader.LATEST_YEAR
                    + " (in " + text + ")");
        }
    }

    /**
     * The moments field {@code u} takes across readings, earliest first: its earliest, each exact date of the same
     * fact or of the whole case (as_of, MOAs, certifications) strictly inside its interval (read as the field's kind) with the moment just before and just after it (a
     * day for dates, a nanosecond for datetimes; for a date inside a datetime interval, the first moment of that
     * day and of the next, each with the moment before), and its latest. Corners alone would miss a window, such as an
     * MOA suspension, that opens and closes inside the interval.
     */
    static List<Object> candidates(Uncertain u, List<Point> points) {
        java.util.TreeSet<Object> inside = new java.util.TreeSet<>(PartialDates::compare);
        String own = scope(u.pointer());
        for (Point pt : points) {
            // Only the dates of the same fact and the case-wide ones: another hold's dates open no window here.
            if (!pt.scope().isEmpty() && !pt.scope().equals(own)) continue;
            Object p = pt.value();
            List<Object> near = new ArrayList<>();
            if (u.dateTime() && p instanceof LocalDate d) {
                // A whole day inside a datetime interval: its first moment and the first moment after it.
                java.time.ZoneOffset off = ((OffsetDateTime) u.lower()).getOffset();
                for (LocalDate day : List.of(d, d.plusDays(1))) {
                    near.add(startOf(day, off).minusNanos(1));
                    near.add(startOf(day, off));
                }
            } else {
                Object q = asKind(p, u);
                for (int delta = -1; delta <= 1; delta++) {
                    near.add(q instanceof LocalDate d ? d.plusDays(delta) : ((OffsetDateTime) q).plusNanos(delta));
                }
            }
            for (Object r : near) {
                if (compare(r, u.lower()) > 0 && compare(r, u.upper()) < 0) inside.add(r);
            }
        }
        List<Object> out = new ArrayList<>();
        out.add(u.lower());
        out.addAll(inside);
        out.add(u.upper());
        return out;
    }

    private static Object asKind(Object p, Uncertain u) {
        if (u.dateTime()) {
            return p instanceof LocalDate d ? startOf(d, ((OffsetDateTime) u.lower()).getOffset()) : p;
        }
        return p instanceof OffsetDateTime t ? t.toLocalDate() : p;
    }

    private static OffsetDateTime startOf(LocalDate d, ZoneId zone) {
        return d.atStartOfDay(zone).toOffsetDateTime();
    }

    /** The last moment of a day: 24:00 less one nanosecond, so the reading stays on that calendar day. */
    private static OffsetDateTime endOf(LocalDate d, ZoneId zone) {
        return d.plusDays(1).atStartOfDay(zone).minusNanos(1).toOffsetDateTime();
    }

    /** The zone of a datetime given as a day: the enclosing hold's facility_tz, else the offset of as_of. */
    private ZoneId zoneFor(JsonPointer ptr, String path) {
        String tz = holdZone(ptr);
        if (tz != null) {
            try {
                return ZoneId.of(tz);
            } catch (DateTimeException e) {
                // CaseValidator names the bad facility_tz; the offset of as_of serves until then
            }
        }
        requireAsOf(path);
        return asOf.getOffset();
    }

    private String holdZone(JsonPointer ptr) {
        for (Map.Entry<Class<?>, Loc> f : facts) {
            if (f.getKey() == Hold.class) {
                JsonNode tz = root.at(f.getValue().pointer().appendProperty("facility_tz"));
                return tz.isTextual() ? tz.textValue().strip() : null;
            }
        }
        return null;
    }

    private String zoneNote(boolean dateTime, String text, JsonPointer ptr) {
        if (!dateTime || !(DAY_TEXT.matcher(text).matches() || MONTH_TEXT.matcher(text).matches())) return "";
        String tz = holdZone(ptr);
        return tz != null ? " (" + tz + ")" : asOf == null ? "" : " (at " + asOf.getOffset() + ")";
    }

    private void requireAsOf(String path) {
        if (asOf == null) {
            throw new CaseInputException(file, CaseReader.join(prefix, "as_of"), "an exact as_of is required to read "
                    + path + ", a date known only in part");
        }
    }

    /** The field that bounds an {@code occurred: true} from below: the nearest enclosing fact's anchor. */
    private JsonPointer anchor(JsonPointer field) {
        List<Map.Entry<Class<?>, Loc>> nearestFirst = new ArrayList<>(facts);
        java.util.Collections.reverse(nearestFirst);
        for (Map.Entry<Class<?>, Loc> e : nearestFirst) {
            Map.Entry<Class<?>, JsonPointer> f = Map.entry(e.getKey(), e.getValue().pointer());
            List<String> names = ANCHORS.get(f.getKey());
            if (names == null) continue;
            String rel = field.toString().substring(f.getValue().toString().length());
            String first = rel.startsWith("/") ? rel.substring(1).split("/")[0] : rel;
            if (f.getKey() == Hold.class && HOLD_UNANCHORED.contains(first)) continue;
            for (String n : names) {
                JsonPointer a = f.getValue().appendProperty(n);
                if (a.equals(field) || field.toString().startsWith(a.toString() + "/")) continue;
                JsonNode v = root.at(a);
                if (!v.isMissingNode() && !v.isNull()) return a;
            }
        }
        return null;
    }

    private void resolveOccurred() {
        Map<JsonPointer, Pending> pending = new LinkedHashMap<>();
        for (Pending p : occurred) pending.put(p.pointer(), p);
        Map<JsonPointer, Uncertain> byPointer = new HashMap<>();
        for (Uncertain u : found) byPointer.put(u.pointer(), u);
        for (Pending p : occurred) {
            Object upper = p.dateTime() ? asOf : asOf.toLocalDate();
            Object lower = lowerOf(p, pending, byPointer, 0);
            if (lower == null || compare(lower, upper) > 0) {
                lower = lower == null ? yearLimit(p.dateTime()) : upper;
            }
            found.add(new Uncertain(p.pointer(), p.path(), p.dateTime(), lower, upper, p.written(), p.anchor()));
        }
    }

    /** The earliest moment of an anchor, read as the field's own kind; null when there is none. */
    private Object lowerOf(Pending p, Map<JsonPointer, Pending> pending, Map<JsonPointer, Uncertain> byPointer, int depth) {
        if (p.anchor() == null || depth > 10) return null;
        Object a;
        Uncertain u = byPointer.get(p.anchor());
        Pending q = pending.get(p.anchor());
        if (u != null) {
            a = u.lower();
        } else if (q != null) {
            a = lowerOf(q, pending, byPointer, depth + 1);
        } else {
            JsonNode v = root.at(p.anchor());
            if (!v.isTextual()) return null;
            try {
                String t = v.textValue().strip();
                a = DAY_TEXT.matcher(t).matches() ? LocalDate.parse(t, DAY)
                        : OffsetDateTime.parse(t, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            } catch (DateTimeParseException e) {
                return null; // the anchor's own reader reports it
            }
        }
        if (a == null) return null;
        if (p.dateTime() && a instanceof LocalDate d) return startOf(d, asOf.getOffset());
        if (!p.dateTime() && a instanceof OffsetDateTime t) return t.toLocalDate();
        return a;
    }

    /** An exact date or datetime text read as a date (dateTime false) or a datetime at the offset of {@code like}. */
    static Object parse(String text, boolean dateTime, Object like) {
        Object a;
        try {
            a = DAY_TEXT.matcher(text).matches() ? LocalDate.parse(text, DAY)
                    : OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException e) {
            return null;
        }
        if (dateTime && a instanceof LocalDate d) return startOf(d, ((OffsetDateTime) like).getOffset());
        if (!dateTime && a instanceof OffsetDateTime t) return t.toLocalDate();
        return a;
    }

    private Object yearLimit(boolean dateTime) {
        LocalDate first = LocalDate.of(CaseReader.EARLIEST_YEAR, 1, 1);
        return dateTime ? OffsetDateTime.of(first, LocalTime.MIDNIGHT, asOf.getOffset()) : first;
    }

    static int compare(Object a, Object b) {
        if (a instanceof OffsetDateTime x && b instanceof OffsetDateTime y) return x.toInstant().compareTo(y.toInstant());
        return ((LocalDate) a).compareTo((LocalDate) b);
    }

    private static String kind(boolean dateTime) {
        return dateTime ? "datetime" : "date";
    }

    private static String shown(JsonNode n) {
        if (n.isObject()) return "a mapping";
        if (n.isArray()) return "a list";
        if (n.isTextual()) return StrictScalars.quoted(n.textValue());
        return n.toString();
    }

    private CaseInputException fail(String path, String problem) {
        return new CaseInputException(file, CaseReader.join(prefix, path), problem);
    }
}
