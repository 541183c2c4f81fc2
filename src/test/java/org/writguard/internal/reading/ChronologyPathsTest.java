package org.writguard.internal.reading;

import org.writguard.testing.AllCases;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.writguard.cases.CaseInputException;
import org.writguard.facts.CaseFile;
import org.writguard.internal.cases.CasePaths;
import org.writguard.internal.cases.CaseReader;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 17: the chronology reads a fact path's value from the case objects ({@link CasePaths}) instead of writing
 * the whole case to a tree. For every fixture and example, every path of the case's file form, and paths that name
 * nothing, give the node the whole tree gives, and the same description.
 */
class ChronologyPathsTest {
    @Test
    void everyPathOfEveryCaseReadsAsInTheWholeTree() throws Exception {
        CaseReader reader = new CaseReader();
        int cases = 0;
        int paths = 0;
        int described = 0;
        int dated = 0;
        for (AllCases.Named named : AllCases.load()) {
            CaseFile c;
            try {
                c = reader.toCaseFile(named.tree(), named.name(), "");
            } catch (CaseInputException e) {
                continue; // a fixture of bad input
            }
            cases++;
            JsonNode tree = CaseReader.toTree(c);
            List<String> all = new ArrayList<>();
            walk(tree, "", all);
            CasePaths lazy = new CasePaths(c);
            CasePaths dates = new CasePaths(c);
            for (String p : all) {
                paths++;
                JsonNode expected = at(tree, p);
                assertEquals(expected, lazy.at(p), named.name() + ": " + p);
                // The chronology's own lookup: the same dates, with the same text and sort key; no other value.
                java.time.OffsetDateTime expectedKey = expected != null && expected.isTextual() ? ReadingBuilder.sortKey(expected.asText(), c) : null;
                String text = dates.dateText(p);
                assertEquals(expectedKey, text == null ? null : ReadingBuilder.sortKey(dates.lastValue(), text, c), named.name() + ": " + p);
                if (expectedKey != null) assertEquals(expected.asText(), text, named.name() + ": " + p);
                if (expected != null && expected.isTextual()) {
                    // The chronology's sort key from the Java value is the one parsed from the text.
                    assertEquals(ReadingBuilder.sortKey(expected.asText(), c), ReadingBuilder.sortKey(lazy.lastValue(), expected.asText(), c),
                            named.name() + ": " + p);
                    if (lazy.lastValue() instanceof java.time.temporal.Temporal) dated++;
                }
                if (expected != null && p.contains(".")) {
                    described++;
                    assertEquals(describe(tree, p), ReadingBuilder.describe(lazy, p), named.name() + ": " + p);
                }
            }
            assertFalse(lazy.usedWholeTree(), named.name() + ": a path fell back to the whole tree");
            // Paths that name nothing (a step into a date falls back to the tree, which has nothing there either).
            CasePaths odd = new CasePaths(c);
            for (String p : List.of("holds[999].release_eligible_at", "no_such_field", "encounters[0].no_such_field.at",
                    "as_of.year", "agencies.state", "agencies[0][1]", "Holds[0]")) {
                assertEquals(at(tree, p), odd.at(p), named.name() + ": " + p);
                assertNull(odd.dateText(p), named.name() + ": " + p);
            }
        }
        assertTrue(cases > 150, "cases read: " + cases);
        assertTrue(CasePaths.fastDates(), "dated values are written without the tree writer (and compared with it above)");
        assertTrue(paths > 10_000 && described > 5_000 && dated > 1_000, paths + " paths, " + described + " described, "
                + dated + " dates");
    }

    @Test
    void absentValuesAreNull() throws Exception {
        CaseFile c = new CaseReader().read("as_of: 2026-06-30T12:00:00-04:00\nagencies: [{agency_id: a, state: GA, moas: []}]\n", "t.yaml");
        CasePaths lazy = new CasePaths(c);
        assertNull(lazy.at("holds[0].release_eligible_at"));
        assertNull(lazy.at("Holds"));
        assertEquals("2026-06-30T12:00:00-04:00", lazy.at("as_of").asText());
        assertEquals("GA", lazy.at("agencies[0].state").asText());
    }

    /** Every path to a value (scalars and containers alike) of the file form. */
    private static void walk(JsonNode n, String prefix, List<String> out) {
        if (n.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String p = prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey();
                out.add(p);
                walk(e.getValue(), p, out);
            }
        } else if (n.isArray()) {
            for (int i = 0; i < n.size(); i++) {
                String p = prefix + "[" + i + "]";
                if (!n.get(i).isArray()) out.add(p);
                walk(n.get(i), p, out);
            }
        }
    }

    /** The chronology's description before issue 17's second round: from the whole tree. */
    private static String describe(JsonNode tree, String path) {
        String[] steps = path.split("\\.");
        List<String> owners = new ArrayList<>();
        JsonNode n = tree;
        for (int i = 0; i < steps.length - 1; i++) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("([a-z0-9_]+)(?:\\[(\\d+)])?").matcher(steps[i]);
            if (!m.matches() || n == null) break;
            n = n.get(m.group(1));
            if (m.group(2) != null && n != null) {
                n = n.get(Integer.parseInt(m.group(2)));
                String idKey = Map.of("holds", "hold_id", "encounters", "encounter_id", "function_events", "event_id",
                        "applications", "application_id", "agencies", "agency_id", "officers", "officer_id",
                        "persons", "person_id", "complaints", "complaint_id").get(m.group(1));
                String id = n == null || idKey == null || !n.hasNonNull(idKey) ? String.valueOf(Integer.parseInt(m.group(2)) + 1)
                        : n.get(idKey).asText();
                String list = m.group(1);
                String one = list.endsWith("ies") ? list.substring(0, list.length() - 3) + "y"
                        : list.endsWith("s") ? list.substring(0, list.length() - 1) : list;
                owners.add(one.replace('_', ' ') + " " + id);
            } else {
                owners.add(m.group(1).replace('_', ' '));
            }
        }
        String what = FactQuestions.words(steps[steps.length - 1]);
        if ("at".equals(what)) what = "done";
        return owners.isEmpty() ? what : String.join(", ", owners) + ": " + what;
    }

    /** The chronology's lookup before issue 17's second round: navigate the whole tree. */
    private static JsonNode at(JsonNode tree, String path) {
        JsonNode n = tree;
        for (String step : path.split("\\.")) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("([a-z0-9_]+)(?:\\[(\\d+)])?").matcher(step);
            if (!m.matches() || n == null) return null;
            n = n.get(m.group(1));
            if (m.group(2) != null && n != null) n = n.get(Integer.parseInt(m.group(2)));
        }
        return n == null || n.isMissingNode() || n.isNull() ? null : n;
    }
}
