package org.writguard.internal.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.writguard.internal.cases.CaseReader;
import org.writguard.engine.Report;
import org.writguard.engine.ReportWriter;
import org.writguard.internal.engine.Engine;
import org.writguard.facts.CaseFile;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Mutates the valid cases of examples/, test cases and fixtures (dropped fields, swapped types, wrong enums,
 * impossible dates, huge and negative numbers, duplicated entries, flipped bytes) with a fixed seed. Each
 * mutant goes through what {@code writguard assess} does (read, assess, write the JSON report, and the CLI's
 * mapping of a failure to an exit code and message) and must end assessed (exit 0) or rejected (exit 2, one
 * line naming the file); never exit 1, a stack trace or a hang.
 */
class CaseMutationTest {
    /** Fixed, so a failure reproduces; -Dwritguard.mutation.seed=N and -Dwritguard.mutation.count=N explore further. */
    static final long SEED = Long.getLong("writguard.mutation.seed", 20260620L);
    static final int MUTANTS = Integer.getInteger("writguard.mutation.count", 500);
    static final Duration PER_MUTANT = Duration.ofSeconds(5);
    static final Duration ALL_MUTANTS = Duration.ofSeconds(60L * Math.max(1, MUTANTS / 500));
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    static final ObjectMapper JSON = new ObjectMapper();
    static final JsonNodeFactory F = JsonNodeFactory.instance;
    static final Pattern DATE = Pattern.compile("^([0-9]{4})-([0-9]{2})-([0-9]{2})(.*)$");
    static final String[] OPERATORS = {"drop-field", "swap-type", "wrong-enum", "shift-date", "odd-number",
            "duplicate-entry", "unknown-field", "null-entry", "byte-flip"};

    @Test
    void everyMutantIsAssessedOrRejectedWithOneLineNamingTheFile(@TempDir Path dir) throws Exception {
        List<JsonNode> seeds = seeds();
        assertTrue(seeds.size() >= 20, "seed cases: " + seeds.size());
        Engine book = cliRuleBook();
        Random rnd = new Random(SEED);
        Map<String, int[]> tally = new TreeMap<>();
        long t0 = System.nanoTime();
        assertTimeoutPreemptively(ALL_MUTANTS, () -> {
            for (int i = 0; i < MUTANTS; i++) {
                JsonNode seed = seeds.get(rnd.nextInt(seeds.size()));
                String op = OPERATORS[rnd.nextInt(OPERATORS.length)];
                boolean json = op.equals("byte-flip") ? false : rnd.nextInt(4) == 0;
                Path file = dir.resolve(String.format("mutant-%03d-%s.%s", i, op, json ? "json" : "yaml"));
                Files.write(file, mutate(seed, op, json, rnd));
                Outcome o = assertTimeoutPreemptively(PER_MUTANT, () -> assess(book, file), file.toString());
                check(file, o);
                tally.computeIfAbsent(op, k -> new int[2])[o.code() == 0 ? 0 : 1]++;
            }
        });
        int assessed = tally.values().stream().mapToInt(a -> a[0]).sum();
        System.out.printf("%d mutants of %d seed cases in %.1f s: %d assessed, %d rejected; by operator"
                        + " (assessed/rejected): %s%n", MUTANTS, seeds.size(), (System.nanoTime() - t0) / 1e9,
                assessed, MUTANTS - assessed, tally.entrySet().stream()
                        .map(e -> e.getKey() + " " + e.getValue()[0] + "/" + e.getValue()[1]).toList());
        assertTrue(assessed > 20 && assessed < MUTANTS - 20, "the mutants exercise both outcomes: " + assessed);
    }

    record Outcome(int code, String err) { }

    private static Engine cliBook;

    /**
     * The rule book as the command line loads it (from the rule-book cache), one instance for these tests:
     * the shared {@code TestRuleBook} keeps its first assessment for tests that count table lookups.
     */
    static synchronized Engine cliRuleBook() {
        if (cliBook == null) cliBook = new RuleBookOptions().load();
        return cliBook;
    }

    /** What AssessCommand does, with the rule book built once, and the CLI's handler for what it throws. */
    static Outcome assess(Engine book, Path file) {
        StringWriter err = new StringWriter();
        try {
            CaseFile c = new CaseReader().read(file);
            Report r = book.assess(c, file.toString());
            ReportWriter.json(r);
            ReportWriter.text(r);
            return new Outcome(ExitCodes.OK, "");
        } catch (Throwable t) {
            int code = Errors.report(t, new PrintWriter(err, true), false);
            return new Outcome(code, err.toString());
        }
    }

    static void check(Path file, Outcome o) throws IOException {
        String where = file + " (" + Files.readString(file, StandardCharsets.ISO_8859_1).length() + " bytes)\n"
                + "stderr: " + o.err();
        if (o.code() == 0) return;
        assertEquals(2, o.code(), "exit 0 or 2 only: " + where + "\n" + firstLines(file));
        List<String> lines = o.err().strip().lines().toList();
        assertEquals(1, lines.size(), "one line: " + where);
        assertTrue(lines.get(0).startsWith("writguard: " + file + ": "), "names the file: " + where);
        assertFalse(o.err().contains("\tat "), where);
        assertFalse(BadInputCorpusTest.LEAK.matcher(lines.get(0)).find(), "no Java class names: " + where);
    }

    private static String firstLines(Path file) throws IOException {
        String s = Files.readString(file, StandardCharsets.ISO_8859_1);
        return s.length() > 3000 ? s.substring(0, 3000) : s;
    }

    /** The examples, the test cases, and every fixture's case. */
    static List<JsonNode> seeds() throws IOException {
        CaseReader reader = new CaseReader();
        List<JsonNode> seeds = new ArrayList<>();
        for (String folder : new String[] {"examples", "src/test/resources/cases", "src/test/resources/fixtures"}) {
            List<Path> files;
            try (Stream<Path> s = Files.walk(Path.of(folder))) {
                files = s.filter(p -> p.toString().matches(".*\\.(yaml|yml|json)$")).sorted().toList();
            }
            for (Path p : files) {
                JsonNode t = reader.readTree(p);
                if (t.isArray()) {
                    for (JsonNode fixture : t) seeds.add(fixture.get("case"));
                } else {
                    seeds.add(t);
                }
            }
        }
        return seeds;
    }

    static byte[] mutate(JsonNode seed, String op, boolean json, Random rnd) throws IOException {
        JsonNode root = seed.deepCopy();
        List<Slot> slots = new ArrayList<>();
        collect(root, slots);
        Slot s = slots.get(rnd.nextInt(slots.size()));
        switch (op) {
            case "drop-field" -> {
                List<Slot> fields = slots.stream().filter(x -> x.name != null).toList();
                Slot f = fields.get(rnd.nextInt(fields.size()));
                ((ObjectNode) f.parent).remove(f.name);
            }
            case "swap-type" -> s.set(pick(rnd, F.textNode("x"), F.numberNode(12), F.numberNode(1.5),
                    F.booleanNode(true), F.arrayNode(), F.objectNode(), F.nullNode(), F.textNode("")));
            case "wrong-enum" -> {
                List<Slot> texts = slots.stream().filter(x -> x.node().isTextual()).toList();
                Slot t = texts.isEmpty() ? s : texts.get(rnd.nextInt(texts.size()));
                String v = t.node().asText();
                t.set(F.textNode(pick(rnd, "NOT_A_VALUE", v.toLowerCase(), v + " ", v + "_X", "I247")));
            }
            case "shift-date" -> {
                List<Slot> dates = slots.stream().filter(x -> x.node().isTextual()
                        && DATE.matcher(x.node().asText()).matches()).toList();
                Slot d = dates.isEmpty() ? s : dates.get(rnd.nextInt(dates.size()));
                d.set(F.textNode(shift(d.node().asText(), rnd)));
            }
            case "odd-number" -> s.set(pick(rnd, F.numberNode(-1), F.numberNode(0), F.numberNode(-1e9),
                    F.numberNode(Long.MAX_VALUE), F.numberNode(1e308), F.textNode("1e999"), F.textNode("-0"),
                    F.numberNode(new java.math.BigInteger("9".repeat(40)))));
            case "duplicate-entry" -> {
                List<Slot> lists = slots.stream().filter(x -> x.node().isArray() && x.node().size() > 0).toList();
                if (lists.isEmpty()) {
                    s.set(F.arrayNode().add(s.node()).add(s.node()));
                } else {
                    ArrayNode a = (ArrayNode) lists.get(rnd.nextInt(lists.size())).node();
                    a.add(a.get(rnd.nextInt(a.size())).deepCopy());
                }
            }
            case "unknown-field" -> {
                List<Slot> objects = slots.stream().filter(x -> x.node().isObject()).toList();
                ObjectNode o = objects.isEmpty() ? (ObjectNode) root : (ObjectNode) objects.get(rnd.nextInt(objects.size())).node();
                o.put(pick(rnd, "notes", "hold_idd", "AS_OF", "<<", ""), "x");
            }
            case "null-entry" -> {
                List<Slot> lists = slots.stream().filter(x -> x.node().isArray()).toList();
                if (lists.isEmpty()) s.set(F.nullNode());
                else ((ArrayNode) lists.get(rnd.nextInt(lists.size())).node()).addNull();
            }
            case "byte-flip" -> {
                byte[] bytes = YAML.writeValueAsBytes(root);
                int flips = 1 + rnd.nextInt(4);
                for (int k = 0; k < flips; k++) {
                    int at = rnd.nextInt(bytes.length);
                    bytes[at] = rnd.nextBoolean() ? (byte) (bytes[at] ^ (1 << rnd.nextInt(8))) : (byte) rnd.nextInt(256);
                }
                return bytes;
            }
            default -> fail("operator " + op);
        }
        return json ? JSON.writeValueAsBytes(root) : YAML.writeValueAsBytes(root);
    }

    /** A date or datetime moved somewhere odd: out of range, a day that does not exist, or years away. */
    static String shift(String text, Random rnd) {
        Matcher m = DATE.matcher(text);
        if (!m.matches()) return text;
        int year = Integer.parseInt(m.group(1));
        return switch (rnd.nextInt(6)) {
            case 0 -> String.format("%04d-%s-%s%s", pick(rnd, 1000, 1899, 2200, 9999), m.group(2), m.group(3), m.group(4));
            case 1 -> year + "-02-30" + m.group(4);
            case 2 -> String.format("%04d-%s-%s%s", year - 1 - rnd.nextInt(30), m.group(2), m.group(3), m.group(4));
            case 3 -> String.format("%04d-%s-%s%s", year + 1 + rnd.nextInt(30), m.group(2), m.group(3), m.group(4));
            case 4 -> "+99999-" + m.group(2) + "-" + m.group(3) + m.group(4);
            default -> m.group(1) + "-" + m.group(2) + "-" + m.group(3) + (m.group(4).isEmpty() ? "T10:00:00" : "");
        };
    }

    @SafeVarargs
    static <T> T pick(Random rnd, T... choices) {
        return choices[rnd.nextInt(choices.length)];
    }

    /** A place in the tree: a field of a mapping or an entry of a list. */
    record Slot(JsonNode parent, String name, int index) {
        JsonNode node() { return name != null ? parent.get(name) : parent.get(index); }

        void set(JsonNode value) {
            if (name != null) ((ObjectNode) parent).set(name, value);
            else ((ArrayNode) parent).set(index, value);
        }
    }

    static void collect(JsonNode node, List<Slot> slots) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                slots.add(new Slot(node, e.getKey(), -1));
                collect(e.getValue(), slots);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                slots.add(new Slot(node, null, i));
                collect(node.get(i), slots);
            }
        }
    }
}
