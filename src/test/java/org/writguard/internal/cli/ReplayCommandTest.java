package org.writguard.internal.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `writguard replay` over a folder that mixes good, failing and malformed fixture files. */
class ReplayCommandTest {
    /** A hold of 49 business hours (Mon 09:00 to Wed 10:00): F13 fires on both clocks. */
    static final String CASE_49H = """
              case:
                as_of: 2026-06-20T12:00:00-04:00
                agencies:
                  - {agency_id: GA-example-county-jail, state: GA, moas: []}
                holds:
                  - hold_id: h-49
                    agency_id: GA-example-county-jail
                    facility_state: GA
                    facility_tz: America/New_York
                    release_eligible_at: 2026-06-15T09:00:00-04:00
                    detainer: {form: I247A, accompanied_by: I200, warrant_signed: true, pc_basis: FINAL_ORDER,
                               served_on_subject: true, form_excludes_weekends_holidays: false}
                    hold_ended_at: 2026-06-17T10:00:00-04:00
                    hold_end_reason: ICE_ASSUMED_CUSTODY
            """;

    static String fixture(String name, String expect) {
        return "- name: " + name + "\n" + CASE_49H + "  expect:\n" + expect;
    }

    static final String GOOD = fixture("49 hours fires, pinned", """
                fired:
                  - code: DETAINER_HOLD_EXCEEDS_48H
                    subject: h-49
                    variant: REGULATORY
                    severity: CRITICAL
                    confidence: HIGH
                    computed: {hours_business: 49.0, hours_calendar: 49, ongoing: false}
                    source: rules/detention/detention.drl
                    citations_include: ["8 C.F.R. § 287.7(d)"]
            """) + fixture("49 hours, version 1", """
                fired: [DETAINER_HOLD_EXCEEDS_48H]
                not_fired: [DETAINER_WITHOUT_ADMIN_WARRANT]
            """);

    /** The same hold, expected to be a LOW finding of 48 hours: a regression that must not pass. */
    static final String CHANGED_VALUES = fixture("49 hours pinned as 48 and LOW", """
                fired:
                  - code: DETAINER_HOLD_EXCEEDS_48H
                    variant: REGULATORY
                    severity: LOW
                    computed: {hours_business: 48.0}
            """);

    static final String MALFORMED = fixture("a typo in a code", """
                fired: [MOA_FUNCTION_OUT_OF_SCOP]
            """) + fixture("this one is fine and still runs", """
                fired: [DETAINER_HOLD_EXCEEDS_48H]
            """);

    @TempDir
    Path tmp;

    Path write(String name, String text) throws Exception {
        Path p = tmp.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    static Cli replay(String... args) {
        String[] all = new String[args.length + 5];
        all[0] = "replay";
        System.arraycopy(args, 0, all, 1, args.length);
        System.arraycopy(new String[] {"--tables", "decision-tables", "--rules", "rules"}, 0, all, args.length + 1, 4);
        return Cli.run(all);
    }

    static String summary(Cli r) {
        return r.out().lines().filter(l -> l.matches("\\d+ passed, \\d+ failed, .*")).findFirst().orElse("(none) " + r);
    }

    @Test
    void everyGoodFileRunsMalformedOnesAreCountedAndTheWorstDecidesTheExitCode() throws Exception {
        Path dir = tmp.resolve("suite");
        write("suite/a-good.yaml", GOOD);
        write("suite/b-malformed.yaml", MALFORMED);
        write("suite/c-changed.yaml", CHANGED_VALUES);
        write("suite/d-not-yaml.yaml", "- name: [unclosed\n");
        write("suite/e-good-too.yml", GOOD);
        Path xml = tmp.resolve("out/results.xml");
        Files.createDirectories(xml.getParent());
        Path json = tmp.resolve("out/results.json");
        Cli r = replay(dir.toString(), "--junit-xml", xml.toString(), "--json", json.toString());

        assertEquals(ExitCodes.BAD_INPUT, r.code(), "errors outrank failures: " + r);
        assertEquals("5 passed, 1 failed, 2 errors", summary(r), r.toString());
        assertTrue(r.out().contains("ERROR " + dir.resolve("b-malformed.yaml") + " [0] \"a typo in a code\"\n"
                + "    [0].expect.fired[0]: \"MOA_FUNCTION_OUT_OF_SCOP\" is not a finding code of DOMAIN.md section 7;"
                + " did you mean MOA_FUNCTION_OUT_OF_SCOPE?\n"), r.toString());
        assertTrue(r.out().contains("ERROR " + dir.resolve("d-not-yaml.yaml") + "\n    line "), r.toString());
        assertTrue(r.out().contains("severity: expected LOW, actual CRITICAL"), r.toString());
        assertTrue(r.out().contains("computed.hours_business: expected 48.0, actual 49.0"), r.toString());
        // In file order, whatever the threads.
        List<String> heads = r.out().lines().filter(l -> l.startsWith("ERROR ") || l.startsWith("FAIL ")).toList();
        assertEquals(3, heads.size(), r.toString());
        assertTrue(heads.get(0).contains("b-malformed") && heads.get(1).contains("c-changed") && heads.get(2).contains("d-not-yaml"), heads.toString());

        Document doc = parseXml(xml);
        Element root = doc.getDocumentElement();
        assertEquals("testsuites", root.getTagName());
        assertEquals("8", root.getAttribute("tests"));
        assertEquals("1", root.getAttribute("failures"));
        assertEquals("2", root.getAttribute("errors"));
        assertEquals(5, doc.getElementsByTagName("testsuite").getLength());
        NodeList cases = doc.getElementsByTagName("testcase");
        assertEquals(8, cases.getLength());
        for (int i = 0; i < cases.getLength(); i++) {
            Element c = (Element) cases.item(i);
            assertTrue(c.getAttribute("classname").endsWith(".yaml") || c.getAttribute("classname").endsWith(".yml"));
            assertFalse(c.getAttribute("name").isBlank());
            assertTrue(Double.parseDouble(c.getAttribute("time")) >= 0);
        }
        Element failure = (Element) doc.getElementsByTagName("failure").item(0);
        assertEquals(dir.resolve("c-changed.yaml").toString(), ((Element) failure.getParentNode()).getAttribute("classname"));
        assertTrue(failure.getAttribute("message").contains("severity: expected LOW, actual CRITICAL"), failure.getAttribute("message"));
        assertTrue(failure.getTextContent().contains("expected FIRED:"), failure.getTextContent());
        NodeList errors = doc.getElementsByTagName("error");
        assertEquals(2, errors.getLength());
        assertTrue(((Element) errors.item(0)).getAttribute("message").contains("did you mean MOA_FUNCTION_OUT_OF_SCOPE?"));

        JsonNode j = new ObjectMapper().readTree(json.toFile());
        assertEquals(5, j.path("summary").path("passed").asInt());
        assertEquals(1, j.path("summary").path("failed").asInt());
        assertEquals(2, j.path("summary").path("errors").asInt());
        assertEquals(8, j.path("results").size());
        JsonNode typo = j.path("results").get(2);
        assertEquals("ERROR", typo.path("status").asText());
        assertEquals("[0].expect.fired[0]", typo.path("error").path("field").asText());
        assertEquals("PASS", j.path("results").get(3).path("status").asText(), "the good fixture beside a malformed one ran");
    }

    @Test
    void failuresAloneExitFourAndAllPassingExitsZero() throws Exception {
        Path bad = write("changed.yaml", CHANGED_VALUES);
        Cli r = replay(bad.toString());
        assertEquals(ExitCodes.FIXTURES_FAILED, r.code(), r.toString());
        assertEquals("0 passed, 1 failed, 0 errors", summary(r));
        Cli ok = replay(write("good.yaml", GOOD).toString());
        assertEquals(ExitCodes.OK, ok.code(), ok.toString());
        assertEquals("2 passed, 0 failed, 0 errors", summary(ok));
    }

    @Test
    void aMissingPathIsAnErrorAndTheOtherPathsStillRun() throws Exception {
        Cli r = replay(tmp.resolve("nope").toString(), write("good.yaml", GOOD).toString());
        assertEquals(ExitCodes.BAD_INPUT, r.code(), r.toString());
        assertEquals("2 passed, 0 failed, 1 error", summary(r));
        assertTrue(r.out().contains("nope\n    no such file or directory"), r.toString());
    }

    @Test
    void filterSelectsByNameOrTagAndFailFastStopsAtTheFirstProblem() throws Exception {
        String tagged = GOOD.replace("- name: 49 hours, version 1", "- name: 49 hours, version 1\n  tags: [smoke, f13]");
        Path dir = tmp.resolve("s");
        write("s/a.yaml", tagged);
        write("s/b.yaml", CHANGED_VALUES);
        write("s/c.yaml", GOOD);
        Cli byTag = replay(dir.toString(), "--filter", "SMOKE");
        assertEquals("1 passed, 0 failed, 0 errors (4 not selected by --filter)", summary(byTag), byTag.toString());
        assertEquals(ExitCodes.OK, byTag.code());
        Cli byName = replay(dir.toString(), "--filter", "pinned");
        assertEquals("2 passed, 1 failed, 0 errors (2 not selected by --filter)", summary(byName), byName.toString());
        Cli fast = replay(dir.toString(), "--fail-fast", "--threads", "3");
        assertEquals("2 passed, 1 failed, 0 errors; stopped by --fail-fast, 2 not run", summary(fast), fast.toString());
        assertEquals(ExitCodes.FIXTURES_FAILED, fast.code());
        assertEquals(ExitCodes.BAD_INPUT, replay(dir.toString(), "--threads", "0").code());
    }

    @Test
    void theOutputIsTheSameOnOneThreadAndOnMany() throws Exception {
        Path dir = tmp.resolve("m");
        for (int i = 0; i < 6; i++) {
            write("m/f" + i + ".yaml", i % 3 == 1 ? CHANGED_VALUES : i % 3 == 2 ? MALFORMED : GOOD);
        }
        Cli one = replay(dir.toString(), "--threads", "1");
        Cli many = replay(dir.toString(), "--threads", "4");
        assertEquals(one.out(), many.out());
        assertEquals(one.code(), many.code());
        assertEquals("6 passed, 2 failed, 2 errors", summary(one));
    }

    @Test
    void aMisspelledVariantOrSubjectFailsWithTheNearestOneReported() throws Exception {
        Path p = write("v.yaml", fixture("variant typo", """
                    fired: [{code: DETAINER_HOLD_EXCEEDS_48H, variant: REGULATRY}]
                """) + fixture("subject typo", """
                    fired: [{code: DETAINER_HOLD_EXCEEDS_48H, subject: h-4}]
                """));
        Cli r = replay(p.toString());
        assertEquals(ExitCodes.FIXTURES_FAILED, r.code(), r.toString());
        assertTrue(r.out().contains("(variant REGULATRY: did you mean REGULATORY?)"), r.toString());
        assertTrue(r.out().contains("(subject h-4: did you mean h-49?)"), r.toString());
    }

    @Test
    void unreviewedFixturesAreWarnedAboutAndCounted() throws Exception {
        Path p = write("u.yaml", GOOD.replace("- name: 49 hours, version 1", "- name: 49 hours, version 1\n  reviewed: false"));
        Cli r = replay(p.toString());
        assertEquals(ExitCodes.OK, r.code(), r.toString());
        assertEquals("2 passed, 0 failed, 0 errors, 1 unreviewed", summary(r));
        assertTrue(r.out().contains("WARN " + p + " [1] \"49 hours, version 1\": not reviewed"), r.toString());
    }

    @Test
    void aResultFileThatCannotBeWrittenExitsFive() throws Exception {
        Path p = write("good.yaml", GOOD);
        Cli r = replay(p.toString(), "--junit-xml", tmp.resolve("no/such/dir/r.xml").toString());
        assertEquals(ExitCodes.OUTPUT, r.code(), r.toString());
        assertTrue(r.err().contains("r.xml: cannot write the JUnit XML (no such directory)"), r.toString());
        assertEquals("2 passed, 0 failed, 0 errors", summary(r), "the results are still printed");
    }

    static Document parseXml(Path xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(xml.toFile());
    }
}
