package org.writguard.internal.cases;

import org.writguard.cases.*;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.IgnoredPropertyException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.writguard.facts.CaseFile;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads case files (CASE-FORMAT.md) into {@link CaseFile} facts, or fails with a
 * {@link CaseInputException} whose one-line message names the file and the field path.
 *
 * <p>Files ending in {@code .json} are parsed as strict JSON; anything else as YAML (which also
 * reads JSON). Field names are snake_case, unknown fields are errors, and absent or null values
 * stay null (unknown), except list fields, which become empty lists unless DOMAIN gives a null
 * list a meaning of its own.
 *
 * <p>Limits, so a hostile file fails with a message rather than exhausting the machine:
 * <ul>
 *   <li>{@link #MAX_FILE_BYTES}: 5 MB per file (also SnakeYAML's code-point limit);</li>
 *   <li>{@link #MAX_NESTING_DEPTH}: 50 levels of nested lists and mappings;</li>
 *   <li>{@link #MAX_ALIASES_FOR_COLLECTIONS}: 50 YAML aliases to lists or mappings, and
 *       {@link #MAX_EXPANDED_NODES} values after aliases are expanded ("billion laughs");</li>
 *   <li>{@link #MAX_NUMBER_CHARS}: 1,000 characters in a number;</li>
 *   <li>{@link #MAX_ID_CHARS}: 200 characters in an id or an agency reference;</li>
 *   <li>{@link #MAX_YAML_RUN_CHARS}: 100,000 characters without a space or line break in YAML;</li>
 *   <li>dates and datetimes in the years {@link #EARLIEST_YEAR} to {@link #LATEST_YEAR};</li>
 *   <li>the bytes must be UTF-8 (a leading byte-order mark is allowed).</li>
 * </ul>
 *
 * <p>A reader is immutable and thread-safe.
 */
public final class CaseReader {
    public static final long MAX_FILE_BYTES = 5L * 1024 * 1024;
    public static final int MAX_NESTING_DEPTH = 50;
    public static final int MAX_ALIASES_FOR_COLLECTIONS = 50;
    public static final int MAX_EXPANDED_NODES = 100_000;
    /** Longest number literal; a longer one is a mistake, and parsing millions of digits is slow. */
    public static final int MAX_NUMBER_CHARS = 1000;
    /** Longest id; unknown agency ids are compared with every roster id, so an id must stay short. */
    public static final int MAX_ID_CHARS = 200;
    /**
     * Longest stretch without a space or line break in a YAML file (a minified JSON document in a
     * YAML-named file is read as JSON instead).
     */
    public static final int MAX_YAML_RUN_CHARS = 100_000;
    /** Dates and datetimes must fall in these years (inclusive); clocks walk day by day between them. */
    public static final int EARLIEST_YEAR = 1900;
    public static final int LATEST_YEAR = 2199;

    private final ObjectMapper mapper;

    public CaseReader() {
        JsonFactory json = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH)
                        .maxNumberLength(MAX_NUMBER_CHARS).build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        mapper = JsonMapper.builder(json)
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .addModule(new JavaTimeModule())
                .addModule(StrictScalars.module())
                // Setters and getters called through generated lambdas instead of reflection (issue 17): binding and
                // writing a case's beans cost less; the values, checks and messages are the same.
                .addModule(new com.fasterxml.jackson.module.blackbird.BlackbirdModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_IGNORED_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .build();
        caseFileReader = mapper.readerFor(CaseFile.class);
    }

    /** Made once: a reader per case costs a lookup per case (issue 17). */
    private final com.fasterxml.jackson.databind.ObjectReader caseFileReader;

    /**
     * The mapper used for binding: snake_case names, strict scalars, unknown fields rejected.
     * Reusable for fixture files and for writing facts back out.
     */
    public ObjectMapper mapper() {
        return mapper;
    }

    /** Shared by {@link #checkedCopy}: the mapper is thread-safe once built, and building one is not cheap. */
    static final class Shared {
        static final CaseReader READER = new CaseReader();
        /** Writes a case in its file form: fields the reader derives (read-only) are left out, as a file has them. */
        static final com.fasterxml.jackson.databind.ObjectMapper WRITER = ((JsonMapper) READER.mapper).rebuild()
                .addModule(new com.fasterxml.jackson.databind.module.SimpleModule("writguard-case-form")
                        .setSerializerModifier(new com.fasterxml.jackson.databind.ser.BeanSerializerModifier() {
                            @Override
                            public List<com.fasterxml.jackson.databind.ser.BeanPropertyWriter> changeProperties(
                                    com.fasterxml.jackson.databind.SerializationConfig config,
                                    com.fasterxml.jackson.databind.BeanDescription desc,
                                    List<com.fasterxml.jackson.databind.ser.BeanPropertyWriter> props) {
                                props.removeIf(w -> {
                                    com.fasterxml.jackson.annotation.JsonProperty a =
                                            w.getAnnotation(com.fasterxml.jackson.annotation.JsonProperty.class);
                                    return a != null && a.access() == com.fasterxml.jackson.annotation.JsonProperty.Access.READ_ONLY;
                                });
                                return props;
                            }
                        }))
                .build();
    }

    /**
     * A deep copy of a case however it was made (setters, an earlier read, a copy of a copy), linked and validated
     * exactly as a case file is: the same one-line messages naming {@code displayName} and the field path. The
     * engine works on the copy, so the caller's facts are never changed. The copy goes through the case file's
     * JSON form, so it holds exactly what a case file can say.
     */
    public static CaseFile checkedCopy(CaseFile c, String displayName) {
        if (c == null) throw new CaseInputException(displayName, "", "no case was given (null)");
        JsonNode tree;
        try {
            tree = Shared.WRITER.valueToTree(c);
        } catch (IllegalArgumentException e) {
            // A null element in a list, a value Jackson cannot write: name it as the reader would.
            String path = e.getCause() instanceof JsonMappingException m ? pathOf(m.getPath()) : "";
            throw new CaseInputException(displayName, path, "cannot be read as case data: "
                    + OneLine.escape(String.valueOf(e.getCause() == null ? e.getMessage() : e.getCause().getMessage())));
        }
        return Shared.READER.toCaseFile(tree, displayName, "");
    }

    /** A case in its file form (snake_case keys, as {@link #checkedCopy} writes it), e.g. to read a fact path's value. */
    public static JsonNode toTree(CaseFile c) {
        return Shared.WRITER.valueToTree(c);
    }

    /** Reads, links and validates one case file; the file is named in errors as given. */
    public CaseFile read(Path file) {
        String name = file.toString();
        return toCaseFile(readTree(file), name, "");
    }

    /** Reads a case from text; {@code displayName} names it in errors and chooses JSON by its extension. */
    public CaseFile read(String content, String displayName) {
        return toCaseFile(readTree(content, displayName), displayName, "");
    }

    /**
     * Parses a YAML or JSON file into a tree under the limits above, e.g. a fixture file that
     * embeds cases under {@code case:}. Returns null when the file holds no document.
     */
    public JsonNode readTree(Path file) {
        String name = file.toString();
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw tooLarge(name, size);
            }
            // Read no more than the limit allows, whatever the size said: /dev/zero, a pipe or a growing file
            // report a size of 0 and never end.
            try (java.io.InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
            }
            if (bytes.length > MAX_FILE_BYTES) {
                throw new CaseInputException(name, "", "the file has more than " + MAX_FILE_BYTES
                        + " bytes; the limit is " + MAX_FILE_BYTES + " bytes (5 MB)");
            }
        } catch (NoSuchFileException e) {
            throw new CaseInputException(name, "", "file not found", e);
        } catch (IOException e) {
            throw new CaseInputException(name, "", "cannot read the file: " + e.getMessage(), e);
        }
        return readTree(decodeUtf8(bytes, name), name);
    }

    /** Like {@link #readTree(Path)}, for text already in memory. */
    public JsonNode readTree(String content, String displayName) {
        long size = content.length() > MAX_FILE_BYTES / 4 ? content.getBytes(StandardCharsets.UTF_8).length : 0;
        if (size > MAX_FILE_BYTES) {
            throw tooLarge(displayName, size);
        }
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
        if (isJson(displayName)) {
            return parseJson(text, displayName);
        }
        if (longestRun(text) > MAX_YAML_RUN_CHARS) {
            // SnakeYAML rereads its window for every 1,024 characters of one token: minutes for a
            // token of megabytes. Minified JSON is the one honest source of such a run.
            if (text.strip().startsWith("{")) {
                return parseJson(text, displayName);
            }
            throw new CaseInputException(displayName, "", "more than " + MAX_YAML_RUN_CHARS
                    + " characters without a space or line break");
        }
        return YamlTree.parse(text, displayName);
    }

    /** Parses JSON text (one NDJSON line, say) under the same limits, whatever the display name says. */
    public JsonNode readJsonTree(String content, String displayName) {
        if (content.length() > MAX_FILE_BYTES) throw tooLarge(displayName, content.length());
        return parseJson(content.startsWith("\uFEFF") ? content.substring(1) : content, displayName);
    }

    /**
     * Binds an already parsed tree to a case, links it and validates it. {@code pathPrefix}
     * goes in front of every field path in errors, e.g. {@code [2].case} for the third fixture
     * of a fixture file; the facts' own paths stay relative to the case. Dates known only in part
     * (DOMAIN.md 13.5) give the first admissible reading with a {@code DateUncertainty} attached
     * ({@link PartialDates}, {@link UncertainCase}); a case whose dates are all exact is bound as is.
     */
    public CaseFile toCaseFile(JsonNode node, String displayName, String pathPrefix) {
        String prefix = pathPrefix == null ? "" : pathPrefix;
        if (node == null || node.isMissingNode() || node.isNull()) {
            throw new CaseInputException(displayName, prefix, prefix.isEmpty()
                    ? "the file is empty; a case needs at least as_of"
                    : "the case is empty; it needs at least as_of");
        }
        if (!node.isObject()) {
            throw new CaseInputException(displayName, prefix,
                    "expected a mapping of case fields (as_of, agencies, officers, ...), got " + kind(node));
        }
        loneSurrogates(node, prefix, displayName);
        PartialDates.Found partial = PartialDates.find(mapper, node, displayName, prefix, exactAsOf(node));
        return partial.uncertain().isEmpty() ? bindExact(node, displayName, prefix)
                : UncertainCase.read(this, node, partial, displayName, prefix);
    }

    /** The case's as_of when it is an exact datetime, else null (its reader reports why). */
    private static OffsetDateTime exactAsOf(JsonNode node) {
        JsonNode a = node.get("as_of");
        if (a == null || !a.isTextual()) return null;
        String t = a.textValue().strip();
        OffsetDateTime fast = IsoFast.offsetDateTime(t);
        if (fast != null) return fast;
        try {
            return OffsetDateTime.parse(t, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Binds, links and validates a tree whose dates are all exact. */
    CaseFile bindExact(JsonNode node, String displayName, String prefix) {
        CaseFile c;
        try {
            c = caseFileReader.readValue(node);
        } catch (JsonMappingException e) {
            throw translate(e, node, displayName, prefix);
        } catch (IOException e) {
            throw new CaseInputException(displayName, prefix, String.valueOf(e.getMessage()), e);
        }
        CaseLinker.link(c, displayName, prefix);
        CaseValidator.validate(c, displayName, prefix);
        return c;
    }

    /**
     * A JSON escape such as {@code "\\ud800"} gives half of a UTF-16 pair, which no UTF-8 output can hold:
     * such a field name or text is rejected here, naming its field, instead of breaking a report later.
     */
    private static void loneSurrogates(JsonNode node, String path, String displayName) {
        // A field's path is built only to name a problem or to descend into a list or mapping (issue 17: building
        // it for every field cost more than the check); by the same steps as ever, so messages name the same field.
        if (node.isObject()) {
            for (var it = node.fields(); it.hasNext(); ) {
                var e = it.next();
                if (OneLine.hasLoneSurrogate(e.getKey())) {
                    throw new CaseInputException(displayName, join(path, e.getKey()), "the field name holds a lone UTF-16"
                            + " surrogate (an escape such as \\ud800 without its pair); expected text");
                }
                JsonNode v = e.getValue();
                if (v.isTextual()) {
                    if (OneLine.hasLoneSurrogate(v.textValue())) lonelyText(join(path, e.getKey()), displayName);
                } else if (v.isContainerNode()) {
                    loneSurrogates(v, join(path, e.getKey()), displayName);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                JsonNode v = node.get(i);
                if (v.isTextual()) {
                    if (OneLine.hasLoneSurrogate(v.textValue())) lonelyText(path + "[" + i + "]", displayName);
                } else if (v.isContainerNode()) {
                    loneSurrogates(v, path + "[" + i + "]", displayName);
                }
            }
        } else if (node.isTextual() && OneLine.hasLoneSurrogate(node.textValue())) {
            lonelyText(path, displayName);
        }
    }

    private static void lonelyText(String path, String displayName) {
        throw new CaseInputException(displayName, path, "the text holds a lone UTF-16 surrogate"
                + " (an escape such as \\ud800 without its pair); expected text");
    }

    static String join(String prefix, String path) {
        if (prefix == null || prefix.isEmpty()) {
            return path;
        }
        if (path == null || path.isEmpty()) {
            return prefix;
        }
        return path.startsWith("[") ? prefix + path : prefix + "." + path;
    }

    /** The longest stretch of text with no space, tab or line break. */
    private static int longestRun(String text) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            run = ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' ? 0 : run + 1;
            longest = Math.max(longest, run);
        }
        return longest;
    }

    private static boolean isJson(String name) {
        return name != null && name.toLowerCase(Locale.ROOT).endsWith(".json");
    }

    private static CaseInputException tooLarge(String name, long size) {
        return new CaseInputException(name, "", "the file has " + size + " bytes; the limit is "
                + MAX_FILE_BYTES + " bytes (5 MB)");
    }

    private static String decodeUtf8(byte[] bytes, String name) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult r = decoder.decode(in, out, true);
        if (r.isError()) {
            int at = in.position();
            throw new CaseInputException(name, "", String.format(Locale.ROOT,
                    "not UTF-8 text (byte 0x%02X at offset %d); save the file as UTF-8", bytes[at] & 0xff, at));
        }
        decoder.flush(out);
        out.flip();
        return out.toString();
    }

    private JsonNode parseJson(String text, String name) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return mapper.readTree(text);
        } catch (StreamConstraintsException e) {
            String what = String.valueOf(e.getOriginalMessage()).startsWith("Number value length")
                    ? "a number longer than " + MAX_NUMBER_CHARS + " characters"
                    : "nested deeper than " + MAX_NESTING_DEPTH + " levels";
            throw new CaseInputException(name, "", what, e);
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            String where = loc == null ? "" : "line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ": ";
            String what = String.valueOf(e.getOriginalMessage()).lines().findFirst().orElse("")
                    .replaceAll("\\[Source: .*?; line: (\\d+), column: (\\d+)]", "line $1, column $2");
            if (what.startsWith("Trailing token")) {
                what = "more text after the end of the case; a file holds one JSON value";
            }
            // Jackson's advice names its own switches ("enable `JsonReadFeature...` to allow"): not the user's.
            what = what.replaceAll(":? *enable `[^`]*` to allow.*$", "");
            throw new CaseInputException(name, "", where + "JSON syntax error: " + what, e);
        }
    }

    private CaseInputException translate(JsonMappingException e, JsonNode root, String file, String prefix) {
        String path = pathOf(e.getPath());
        String problem;
        if (e instanceof StrictScalars.FieldProblem) {
            problem = e.getOriginalMessage();
        } else if (e instanceof IgnoredPropertyException) {
            path = withLast(path, ((IgnoredPropertyException) e).getPropertyName(), e.getPath());
            problem = "this field is derived by the reader, not read from input; remove it";
        } else if (e instanceof UnrecognizedPropertyException) {
            UnrecognizedPropertyException u = (UnrecognizedPropertyException) e;
            path = withLast(path, u.getPropertyName(), e.getPath());
            problem = "unknown field; " + NearestNames.hint(u.getPropertyName(),
                    knownFields(u.getReferringClass(), u.getKnownPropertyIds()), false);
        } else if (e instanceof MismatchedInputException && ((MismatchedInputException) e).getTargetType() != null) {
            problem = "expected " + expectedKind(((MismatchedInputException) e).getTargetType())
                    + ", got " + kind(nodeAt(root, e.getPath()));
        } else {
            problem = String.valueOf(e.getOriginalMessage());
        }
        return new CaseInputException(file, join(prefix, path), problem, e);
    }

    private List<String> knownFields(Class<?> type, Collection<Object> known) {
        Set<String> names = known == null ? null
                : known.stream().map(String::valueOf).collect(Collectors.toSet());
        Map<String, String> byJavaName = new HashMap<>();
        for (BeanPropertyDefinition d : mapper.getDeserializationConfig().introspect(mapper.constructType(type))
                .findProperties()) {
            if (d.couldDeserialize() && (names == null || names.contains(d.getName()))) {
                byJavaName.put(d.getInternalName(), d.getName());
            }
        }
        // Declaration order reads better than Jackson's, which puts renamed fields last.
        List<String> ordered = new ArrayList<>();
        for (Field f : type.getDeclaredFields()) {
            String name = byJavaName.remove(f.getName());
            if (name != null) {
                ordered.add(name);
            }
        }
        ordered.addAll(byJavaName.values());
        return ordered;
    }

    private static String withLast(String path, String property, List<JsonMappingException.Reference> refs) {
        boolean named = !refs.isEmpty() && property != null && property.equals(refs.get(refs.size() - 1).getFieldName());
        return named || property == null ? path : join(path, property);
    }

    static String pathOf(List<JsonMappingException.Reference> refs) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : refs) {
            if (r.getFieldName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static JsonNode nodeAt(JsonNode root, List<JsonMappingException.Reference> refs) {
        JsonNode n = root;
        for (JsonMappingException.Reference r : refs) {
            if (n == null) {
                return null;
            }
            n = r.getFieldName() != null ? n.get(r.getFieldName()) : n.get(r.getIndex());
        }
        return n;
    }

    private static String expectedKind(Class<?> type) {
        if (Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (Map.class.isAssignableFrom(type)) {
            return "a mapping";
        }
        if (type.getPackageName().equals(CaseFile.class.getPackageName())) {
            return "a mapping of fields";
        }
        return type.getSimpleName();
    }

    private static String kind(JsonNode n) {
        if (n == null || n.isMissingNode()) {
            return "nothing";
        }
        if (n.isObject()) {
            return "a mapping";
        }
        if (n.isArray()) {
            return "a list";
        }
        if (n.isTextual()) {
            return StrictScalars.quoted(n.textValue());
        }
        return n.toString();
    }
}
