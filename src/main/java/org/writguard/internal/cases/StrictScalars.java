package org.writguard.internal.cases;

import org.writguard.cases.*;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleModule;

import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Scalar readers that say exactly what was wrong. Jackson's defaults would coerce silently
 * (1 to true, 1.5 to 1, an enum's index to a constant) or shift a datetime to UTC and lose the
 * written offset that DOMAIN 12.6 uses for a datetime's calendar day.
 * Numbers written as text ("48") are accepted, like true/false written as text.
 */
final class StrictScalars {
    static final String DATETIME_EXAMPLE = "2026-06-12T16:00:00-04:00";
    private static final Pattern INT_TEXT = Pattern.compile("[-+]?[0-9]+");
    private static final Pattern NUMBER_TEXT = Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");
    private static final Pattern DATE_TEXT = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    /** A datetime starts with a plain four-digit year; ISO's expanded years ("+99999-...") are refused. */
    private static final Pattern DATETIME_START = Pattern.compile("[0-9]{4}-.*", Pattern.DOTALL);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final int MAX_SHOWN = 60;

    private StrictScalars() {
    }

    /** A problem whose message is final; Jackson adds the field path on the way out. */
    static final class FieldProblem extends JsonMappingException {
        private static final long serialVersionUID = 1L;

        FieldProblem(JsonParser p, String problem) {
            super(p, problem);
        }
    }

    static SimpleModule module() {
        SimpleDeserializers readers = new SimpleDeserializers() {
            private static final long serialVersionUID = 1L;

            @Override
            public JsonDeserializer<?> findEnumDeserializer(Class<?> type, DeserializationConfig config,
                    BeanDescription beanDesc) {
                return new EnumReader(type);
            }
        };
        readers.addDeserializer(Integer.class, new IntegerReader());
        readers.addDeserializer(Double.class, new DoubleReader());
        readers.addDeserializer(Boolean.class, new BooleanReader());
        readers.addDeserializer(String.class, new StringReader());
        readers.addDeserializer(LocalDate.class, new DateReader());
        readers.addDeserializer(OffsetDateTime.class, new DateTimeReader());
        SimpleModule m = new SimpleModule("writguard-strict-scalars");
        m.setDeserializers(readers);
        return m;
    }

    /** How a value the user wrote reads back in a message: text quoted, containers by kind. */
    static String shown(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT || t == JsonToken.FIELD_NAME) {
            return "a mapping";
        }
        if (t == JsonToken.START_ARRAY) {
            return "a list";
        }
        if (t == JsonToken.VALUE_STRING) {
            return quoted(p.getText());
        }
        return p.getText();
    }

    static String quoted(String s) {
        String cut = s.length() > MAX_SHOWN ? s.substring(0, MAX_SHOWN) + "..." : s;
        return "\"" + cut.replace("\n", "\\n") + "\"";
    }

    static List<String> enumNames(Class<?> type) {
        return Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
    }

    static String enumList(Class<?> type) {
        return Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).collect(Collectors.joining(", "));
    }

    private abstract static class Reader<T> extends StdScalarDeserializer<T> {
        private static final long serialVersionUID = 1L;

        Reader(Class<T> type) {
            super(type);
        }

        FieldProblem expected(JsonParser p, String what) throws IOException {
            return new FieldProblem(p, "expected " + what + ", got " + shown(p));
        }
    }

    private static final class IntegerReader extends Reader<Integer> {
        private static final long serialVersionUID = 1L;

        IntegerReader() {
            super(Integer.class);
        }

        @Override
        public Integer deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken t = p.currentToken();
            String text = p.getText().strip();
            if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT || t == JsonToken.VALUE_STRING) {
                if (INT_TEXT.matcher(text).matches()) {
                    try {
                        return Integer.valueOf(text.startsWith("+") ? text.substring(1) : text);
                    } catch (NumberFormatException e) {
                        throw new FieldProblem(p, shorten(text) + " is too large for a whole number");
                    }
                }
                if (t == JsonToken.VALUE_NUMBER_FLOAT) {
                    double d = p.getDoubleValue();
                    if (d == Math.rint(d) && Math.abs(d) <= Integer.MAX_VALUE) {
                        return (int) d;
                    }
                }
                throw new FieldProblem(p, (t == JsonToken.VALUE_STRING ? quoted(p.getText()) : shorten(text))
                        + " is not a whole number");
            }
            throw expected(p, "a whole number");
        }
    }

    private static final class DoubleReader extends Reader<Double> {
        private static final long serialVersionUID = 1L;

        DoubleReader() {
            super(Double.class);
        }

        @Override
        public Double deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken t = p.currentToken();
            if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
                return finite(p, p.getDoubleValue(), p.getText());
            }
            if (t == JsonToken.VALUE_STRING) {
                String text = p.getText().strip();
                if (NUMBER_TEXT.matcher(text).matches()) {
                    return finite(p, Double.parseDouble(text), text);
                }
                throw new FieldProblem(p, quoted(p.getText()) + " is not a number");
            }
            throw expected(p, "a number");
        }

        /** 1e999 reads as infinity, which no count or duration can be. */
        private static Double finite(JsonParser p, double d, String text) throws FieldProblem {
            if (!Double.isFinite(d)) {
                throw new FieldProblem(p, shorten(text) + " is too large for a number");
            }
            return d;
        }
    }

    private static final class BooleanReader extends Reader<Boolean> {
        private static final long serialVersionUID = 1L;

        BooleanReader() {
            super(Boolean.class);
        }

        @Override
        public Boolean deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken t = p.currentToken();
            if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
                return t == JsonToken.VALUE_TRUE;
            }
            if (t == JsonToken.VALUE_STRING) {
                String text = p.getText().strip();
                if (text.equals("true") || text.equals("false")) {
                    return Boolean.valueOf(text);
                }
                throw new FieldProblem(p, quoted(p.getText()) + " is not true or false (write null if unknown)");
            }
            throw expected(p, "true or false");
        }
    }

    private static final class StringReader extends Reader<String> {
        private static final long serialVersionUID = 1L;

        StringReader() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken t = p.currentToken();
            if (t == JsonToken.VALUE_STRING || t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
                return p.getText();
            }
            throw expected(p, "text");
        }
    }

    private static final class DateReader extends Reader<LocalDate> {
        private static final long serialVersionUID = 1L;

        DateReader() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                throw expected(p, "a date (YYYY-MM-DD)");
            }
            String text = p.getText().strip();
            LocalDate fast = IsoFast.date(text);
            if (fast != null) return inRange(p, fast, fast.getYear());
            if (DATE_TEXT.matcher(text).matches()) {
                LocalDate d;
                try {
                    d = LocalDate.parse(text, DATE);
                } catch (DateTimeParseException e) {
                    d = null; // the message below
                }
                if (d != null) {
                    return inRange(p, d, d.getYear());
                }
            }
            throw new FieldProblem(p, quoted(p.getText()) + " is not a date (YYYY-MM-DD)");
        }
    }

    private static final class DateTimeReader extends Reader<OffsetDateTime> {
        private static final long serialVersionUID = 1L;

        DateTimeReader() {
            super(OffsetDateTime.class);
        }

        @Override
        public OffsetDateTime deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                throw expected(p, "a datetime with UTC offset, e.g. " + DATETIME_EXAMPLE);
            }
            String text = p.getText().strip();
            OffsetDateTime fast = IsoFast.offsetDateTime(text);
            if (fast != null) return inRange(p, fast, fast.getYear());
            if (DATETIME_START.matcher(text).matches()) {
                OffsetDateTime t = null;
                try {
                    t = OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
                } catch (DateTimeParseException e) {
                    // classified below
                }
                if (t != null) {
                    return inRange(p, t, t.getYear());
                }
            }
            String problem;
            if (parses(text, DateTimeFormatter.ISO_LOCAL_DATE_TIME)) {
                problem = " has no UTC offset; write e.g. ";
            } else if (parses(text, DateTimeFormatter.ISO_LOCAL_DATE)) {
                problem = " is a date without a time; write e.g. ";
            } else {
                problem = " is not a datetime; write e.g. ";
            }
            throw new FieldProblem(p, quoted(p.getText()) + problem + DATETIME_EXAMPLE);
        }

        private static boolean parses(String text, DateTimeFormatter f) {
            try {
                f.parse(text);
                return true;
            } catch (DateTimeParseException e) {
                return false;
            }
        }
    }

    /**
     * Dates outside {@link CaseReader#EARLIEST_YEAR}..{@link CaseReader#LATEST_YEAR} are typing errors, and
     * clocks that walk day by day between two of them must stay short.
     */
    private static <T> T inRange(JsonParser p, T value, int year) throws FieldProblem {
        if (year < CaseReader.EARLIEST_YEAR || year > CaseReader.LATEST_YEAR) {
            throw new FieldProblem(p, "year " + year + " is outside " + CaseReader.EARLIEST_YEAR + "-"
                    + CaseReader.LATEST_YEAR + " (in " + value + ")");
        }
        return value;
    }

    private static String shorten(String s) {
        return s.length() > MAX_SHOWN ? s.substring(0, MAX_SHOWN) + "..." : s;
    }

    private static final class EnumReader extends StdScalarDeserializer<Object> {
        private static final long serialVersionUID = 1L;
        private final Class<?> type;
        /** The constants by name, made once: getEnumConstants() copies its array on every call (issue 17). */
        private final java.util.HashMap<String, Object> byName = new java.util.HashMap<>();

        EnumReader(Class<?> type) {
            super(type);
            this.type = type;
            for (Object c : type.getEnumConstants()) byName.put(((Enum<?>) c).name(), c);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_STRING) {
                String text = p.getText().strip();
                Object c = byName.get(text);
                if (c != null) {
                    return c;
                }
                List<String> near = NearestNames.nearest(text, enumNames(type));
                throw new FieldProblem(p, quoted(p.getText()) + " is not one of " + enumList(type)
                        + (near.isEmpty() ? "" : "; did you mean " + String.join(" or ", near) + "?"));
            }
            throw new FieldProblem(p, "expected one of " + enumList(type) + ", got " + shown(p));
        }
    }
}
