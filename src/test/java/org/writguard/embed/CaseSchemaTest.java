package org.writguard.embed;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import org.junit.jupiter.api.Test;
import org.writguard.internal.cases.CaseReader;
import org.writguard.facts.CaseFile;
import org.writguard.internal.fixtures.FixtureReader;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 14 item 6: the case file's JSON Schema. It is generated from what the reader binds (every fact class's
 * properties, as Jackson sees them), so it cannot drift from the reader: this test fails when the committed
 * schema differs; {@code -Dwritguard.schema.write=true} rewrites it. Every example and fixture case meets it.
 */
class CaseSchemaTest {
    static final Path FILE = Path.of("src/main/resources/schema/case.schema.json");
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    @Test
    void theCommittedSchemaIsTheOneTheReaderImplies() throws Exception {
        String generated = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValueAsString(generate()) + "\n";
        if (Boolean.getBoolean("writguard.schema.write")) Files.writeString(FILE, generated);
        assertEquals(generated, Files.readString(FILE), "regenerate with -Dwritguard.schema.write=true");
    }

    @Test
    void everyExampleAndFixtureCaseMeetsIt() throws Exception {
        Schema schema = JsonSchemaTest.schema("case.schema.json");
        CaseReader reader = new CaseReader();
        List<String> bad = new ArrayList<>();
        int n = 0;
        try (Stream<Path> examples = Files.list(Path.of("examples"))) {
            for (Path e : examples.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                schema.validate(reader.readTree(e)).forEach(x -> bad.add(e + ": " + x));
                n++;
            }
        }
        for (Path f : FixtureReader.discover(List.of(Path.of("src/test/resources/fixtures"), Path.of("src/test/resources/real-cases")))) {
            JsonNode file = reader.readTree(f);
            JsonNode list = file.isArray() ? file : file.path("fixtures");
            for (JsonNode fx : list) {
                if (!fx.has("case")) continue;
                schema.validate(fx.get("case")).forEach(x -> bad.add(f + " " + fx.path("name").asText() + ": " + x));
                n++;
            }
        }
        assertTrue(n > 50, "cases checked: " + n);
        assertEquals(List.of(), bad);
        assertFalse(schema.validate(reader.mapper().readTree("{\"as_of\": \"2026-01-01\", \"agencys\": []}")).isEmpty());
    }

    /** The schema of what {@link CaseReader} binds, walked from {@link CaseFile}. */
    static ObjectNode generate() {
        ObjectMapper mapper = new CaseReader().mapper();
        ObjectNode root = F.objectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$id", "https://writguard.org/schema/1/case.schema.json");
        root.put("title", "writguard case file");
        root.put("description", "A case file (YAML or JSON; CASE-FORMAT.md). Generated from the reader's bindings by"
                + " CaseSchemaTest. Unknown fields are errors. Beyond this schema the reader checks ids, references,"
                + " time order and states (CaseValidator). Fields may be added in a minor version.");
        Map<String, ObjectNode> defs = new TreeMap<>();
        ObjectNode caseDef = objectSchema(mapper, mapper.constructType(CaseFile.class), defs);
        root.setAll(caseDef);
        ((ObjectNode) root.get("properties")).set("as_of", F.objectNode().put("type", "string").put("format", "date-time")
                .put("description", "required, exact: the moment of evaluation"));
        root.putArray("required").add("as_of");
        ObjectNode d = root.putObject("$defs");
        d.set("date", dateSchema(false));
        d.set("datetime", dateSchema(true));
        defs.forEach(d::set);
        return root;
    }

    private static ObjectNode objectSchema(ObjectMapper mapper, JavaType type, Map<String, ObjectNode> defs) {
        BeanDescription desc = mapper.getDeserializationConfig().introspect(type);
        ObjectNode o = F.objectNode().put("type", "object");
        ObjectNode props = o.putObject("properties");
        Map<String, ObjectNode> sorted = new TreeMap<>();
        for (BeanPropertyDefinition p : desc.findProperties()) {
            if (!p.couldDeserialize() || p.getPrimaryType() == null) continue;
            sorted.put(p.getName(), typeSchema(mapper, p.getPrimaryType(), defs));
        }
        sorted.forEach(props::set);
        o.put("additionalProperties", false);
        return o;
    }

    private static ObjectNode typeSchema(ObjectMapper mapper, JavaType t, Map<String, ObjectNode> defs) {
        Class<?> c = t.getRawClass();
        if (c == String.class) return nullable("string");
        if (c == Boolean.class || c == boolean.class) return nullable("boolean");
        if (c == Integer.class || c == int.class || c == Long.class || c == long.class) return nullable("integer");
        if (Number.class.isAssignableFrom(c) || c == double.class || c == BigDecimal.class) return nullable("number");
        if (c == LocalDate.class) return ref("date");
        if (c == OffsetDateTime.class) return ref("datetime");
        if (c.isEnum()) {
            ObjectNode e = F.objectNode();
            ArrayNode values = e.putArray("enum");
            for (Object v : c.getEnumConstants()) values.add(((Enum<?>) v).name());
            values.addNull();
            return e;
        }
        if (t.isCollectionLikeType()) {
            ObjectNode a = F.objectNode();
            a.putArray("type").add("array").add("null");
            a.set("items", typeSchema(mapper, t.getContentType(), defs));
            return a;
        }
        if (t.isMapLikeType()) {
            ObjectNode m = F.objectNode();
            m.putArray("type").add("object").add("null");
            m.put("description", "analyst parameters (DOMAIN.md 12.8); their names and shapes are checked by the engine");
            return m;
        }
        String name = c.getSimpleName();
        if (!defs.containsKey(name)) {
            defs.put(name, F.objectNode()); // recursion guard
            defs.put(name, objectSchema(mapper, t, defs));
        }
        ObjectNode r = F.objectNode();
        r.putArray("anyOf").add(ref(name)).add(F.objectNode().put("type", "null"));
        return r;
    }

    private static ObjectNode nullable(String type) {
        ObjectNode o = F.objectNode();
        o.putArray("type").add(type).add("null");
        return o;
    }

    private static ObjectNode ref(String def) {
        return F.objectNode().put("$ref", "#/$defs/" + def);
    }

    /** An exact value, or one known only in part (CASE-FORMAT.md, DOMAIN.md 13.5). */
    private static ObjectNode dateSchema(boolean datetime) {
        ObjectNode d = F.objectNode();
        ArrayNode any = d.putArray("anyOf");
        any.add(F.objectNode().put("type", "null"));
        String month = "^[0-9]{4}-[0-9]{1,2}$";
        String day = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";
        if (datetime) {
            any.add(F.objectNode().put("type", "string").put("format", "date-time")
                    .put("description", "exact, with an offset"));
            any.add(F.objectNode().put("type", "string").put("pattern", day).put("description", "some time that day"));
        } else {
            any.add(F.objectNode().put("type", "string").put("pattern", day).put("description", "exact"));
        }
        any.add(F.objectNode().put("type", "string").put("pattern", month).put("description", "some day of that month"));
        ObjectNode interval = F.objectNode().put("type", "object");
        interval.putArray("required").add("not_before").add("not_after");
        ObjectNode ip = interval.putObject("properties");
        ip.set("not_before", F.objectNode().put("type", "string"));
        ip.set("not_after", F.objectNode().put("type", "string"));
        interval.put("additionalProperties", false);
        any.add(interval);
        ObjectNode occurred = F.objectNode().put("type", "object");
        occurred.putArray("required").add("occurred");
        occurred.putObject("properties").set("occurred", F.objectNode().put("const", true));
        occurred.put("additionalProperties", false);
        any.add(occurred);
        return d;
    }
}
