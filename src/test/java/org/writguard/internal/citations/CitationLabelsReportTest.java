package org.writguard.internal.citations;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.writguard.engine.Report;
import org.writguard.engine.ReportWriter;
import org.writguard.findings.Authority;
import org.writguard.findings.Finding;
import org.writguard.findings.FindingCode;
import org.writguard.internal.cases.CaseReader;
import org.writguard.internal.memo.CitationLabels;
import org.writguard.internal.memo.HtmlMemo;
import org.writguard.testing.TestRuleBook;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 19 items 3 and 6 at the level of the report: every citation labelled for the matter, binding first. */
class CitationLabelsReportTest {
    private static final Path GA = Path.of("examples/scenario-01-weekend-detainer-over-hold-ga.yaml");
    private static final Path PA = Path.of("examples/scenario-07-pa-hold-mandamus.yaml");
    /** A label as the Markdown prints it, after each citation. */
    private static final Pattern LABEL = Pattern.compile("\\[(binding|binding in (C\\d+|DC|FED|[A-Z]{2})|persuasive[^\\]]*"
            + "|agency guidance \\(not law\\)|287\\(g\\) agreement term: binds ICE and the agency, not law)"
            + "(; table row unverified)?\\]");

    @TempDir
    Path tmp;

    private static Report assess(Path p) {
        return TestRuleBook.get().assess(new CaseReader().read(p), p.toString());
    }

    private Path variant(Path example, String... pairs) throws IOException {
        String s = Files.readString(example);
        for (int i = 0; i < pairs.length; i += 2) {
            assertTrue(s.contains(pairs[i]), pairs[i]);
            s = s.replace(pairs[i], pairs[i + 1]);
        }
        Path out = tmp.resolve(example.getFileName());
        Files.writeString(out, s);
        return out;
    }

    private static Finding finding(Report r, FindingCode code) {
        return r.getFired().stream().filter(f -> f.getCode() == code).findFirst()
                .orElseThrow(() -> new AssertionError("no " + code + " in " + r.getFindings()));
    }

    private static Authority authority(Finding f, String id) {
        return f.getAuthorities().stream().filter(a -> a.getId().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError(f.getCode() + " does not cite " + id + ": " + f.getAuthorities()));
    }

    @Test
    void everyCitationOfEveryExampleIsLabelledAndBindingComesFirst() throws IOException {
        List<Path> examples;
        try (Stream<Path> s = Files.list(Path.of("examples"))) {
            examples = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertFalse(examples.isEmpty());
        for (Path p : examples) {
            Report r = assess(p);
            String md = ReportWriter.markdown(r);
            for (Finding f : r.getFindings()) {
                assertFalse(f.getAuthorities().isEmpty(), p + " " + f);
                assertEquals(f.getCitations(), f.getAuthorities().stream().map(Authority::getCitation).distinct().toList(), p + " " + f);
                for (int i = 1; i < f.getAuthorities().size(); i++) {
                    assertTrue(f.getAuthorities().get(i - 1).getWeight().compareTo(f.getAuthorities().get(i).getWeight()) <= 0,
                            p + " " + f + ": binding first " + f.getAuthorities());
                }
                // A finding the reading leaves out of the report (issue 19 item 8: it cannot apply here) is in JSON only.
                boolean hidden = r.getReading().getNotShown().stream().anyMatch(n -> n.getCode().equals(f.getCode().name())
                        && n.getSubjectId().equals(f.getSubjectId()));
                if (!hidden) assertTrue(md.contains("Citations: " + CitationLabels.line(f)), p + " " + f + "\n" + md);
            }
            // Each citation of each "Citations:" line of the Markdown carries a label.
            for (String line : md.lines().filter(l -> l.strip().startsWith("Citations: ")).toList()) {
                int labels = (int) LABEL.matcher(line).results().count();
                int cites = line.split("\\]; ").length;
                assertEquals(cites, labels, p + ": " + line);
                assertTrue(line.endsWith("]"), p + ": " + line);
            }
            assertTrue(md.contains("- Jurisdiction: Matter in "), md);
        }
    }

    @Test
    void aGeorgiaHoldPutsTheEleventhCircuitAndTheSupremeCourtFirstAndTheOregonCasePersuasive() {
        Report r = assess(GA);
        assertEquals(List.of("GA"), r.getJurisdiction().getStates());
        assertEquals(List.of("C11"), r.getJurisdiction().getCircuits());
        Finding f29 = finding(r, FindingCode.SECTION_1983_CANDIDATE);
        Authority oregon = authority(f29, "miranda-olivares-2014");
        assertEquals(Authority.Weight.PERSUASIVE, oregon.getWeight());
        assertEquals("persuasive (district court, D. Or.)", oregon.getLabel());
        Authority manders = authority(f29, "manders-2003");
        assertEquals("binding", manders.getLabel());
        assertEquals("binding", authority(f29, "monell-1978").getLabel());
        assertEquals("persuasive (3d Cir.)", authority(f29, "galarza-2014").getLabel());
        String line = CitationLabels.line(f29);
        assertTrue(line.indexOf("Manders v. Lee") < line.indexOf("Miranda-Olivares"), line);
        assertTrue(line.indexOf("Monell") < line.indexOf("Miranda-Olivares"), line);
        assertTrue(line.contains("Miranda-Olivares v. Clackamas County, No. 3:12-cv-02317-ST, 2014 WL 1414305 (D. Or. Apr. 11, 2014)"
                + " [persuasive (district court, D. Or.)]"), line);
        String md = ReportWriter.markdown(r);
        assertTrue(md.contains(line), md);
    }

    @Test
    void galarzaIsBindingInPennsylvania() {
        Report r = assess(PA);
        Finding f16 = finding(r, FindingCode.NO_PROBABLE_CAUSE_FOR_HOLD);
        assertEquals("binding", authority(f16, "galarza-2014").getLabel());
        assertEquals("persuasive (1st Cir.)", authority(f16, "morales-2015").getLabel());
        assertTrue(CitationLabels.line(f16).startsWith("Galarza v. Szalczyk, 745 F.3d 634 (3d Cir. 2014) [binding]"),
                CitationLabels.line(f16));
        // JSON: the report's jurisdiction and each finding's labelled authorities.
        Map<String, Object> tree = ReportWriter.toTree(r);
        @SuppressWarnings("unchecked")
        Map<String, Object> j = (Map<String, Object>) tree.get("jurisdiction");
        assertEquals(List.of("PA"), j.get("states"));
        assertEquals(List.of("C3"), j.get("circuits"));
        Map<String, Object> f = ReportWriter.findingTree(f16);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> auth = (List<Map<String, Object>>) f.get("authorities");
        assertEquals("galarza-2014", auth.get(0).get("id"));
        assertEquals("binding", auth.get(0).get("label"));
        assertEquals(true, auth.get(0).get("binding"));
        assertEquals("2014-03-04", auth.get(0).get("decided"));
        // The HTML memo prints the same labels.
        String html = HtmlMemo.render(r, new CaseReader().read(PA), null);
        assertTrue(html.contains("[binding]") && html.contains("[persuasive (district court, D. Or.)]"), html);
    }

    @Test
    void moralesIsBindingInMassachusetts() throws IOException {
        Path ma = variant(PA, "    state: PA", "    state: MA", "facility_state: PA", "facility_state: MA");
        Report r = assess(ma);
        assertEquals(List.of("MA"), r.getJurisdiction().getStates());
        assertEquals(List.of("C1"), r.getJurisdiction().getCircuits());
        Finding f16 = finding(r, FindingCode.NO_PROBABLE_CAUSE_FOR_HOLD);
        assertEquals("binding", authority(f16, "morales-2015").getLabel());
        assertEquals("persuasive (3d Cir.)", authority(f16, "galarza-2014").getLabel());
        assertTrue(CitationLabels.line(f16).startsWith("Morales v. Chadbourne, 793 F.3d 208 (1st Cir. 2015) [binding]"),
                CitationLabels.line(f16));
    }

    @Test
    void withHoldsInTwoStatesACircuitCaseSaysWhereItBinds() throws IOException {
        // The Pennsylvania hold plus an encounter in Georgia: two circuits, so Galarza is "binding in C3".
        Path two = variant(PA, "\nholds:", "\nencounters:\n  - {encounter_id: e-ga, state: GA, agency_id: PA-example-county-prison,"
                + " started_at: 2026-10-04T10:00:00-04:00}\nholds:");
        Report r = assess(two);
        assertEquals(List.of("GA", "PA"), r.getJurisdiction().getStates());
        assertEquals(List.of("C3", "C11"), r.getJurisdiction().getCircuits());
        Finding f16 = finding(r, FindingCode.NO_PROBABLE_CAUSE_FOR_HOLD);
        assertEquals("binding in C3", authority(f16, "galarza-2014").getLabel());
        assertEquals(Authority.Weight.BINDING_ELSEWHERE_OR_UNKNOWN, authority(f16, "galarza-2014").getWeight());
        assertTrue(r.getJurisdiction().describe().contains("several"), r.getJurisdiction().describe());
    }

    @Test
    void f27CitesSection1226eForCustodyNot1252b9() {
        Finding f27 = finding(assess(PA), FindingCode.MANDAMUS_BARRED_ADEQUATE_REMEDY_HABEAS);
        assertTrue(f27.getCitations().contains("8 U.S.C. § 1226(e)"), f27.getCitations().toString());
        assertTrue(f27.getCitations().stream().noneMatch(c -> c.contains("1252(b)(9)")), f27.getCitations().toString());
        assertTrue(f27.getExplanation().contains("1226(e)"), f27.getExplanation());
    }

    @Test
    void f32SaysWhichDecisionControlsSinceWhenAndWhetherItBinds() throws IOException {
        Path tx = tmp.resolve("i485-tx.yaml");
        Files.writeString(tx, """
                as_of: 2026-04-02T12:00:00-05:00
                applications:
                  - {application_id: i485-tx, form_type: I485, filed_on: 2024-01-02, applicant_state: TX}
                  - {application_id: i485-ma, form_type: I485, filed_on: 2024-01-02, applicant_state: MA}
                  - {application_id: i485-ny, form_type: I485, filed_on: 2024-01-02, applicant_state: NY}
                """);
        Report r = assess(tx);
        Finding barred = r.getFired().stream().filter(f -> f.getCode() == FindingCode.PACE_REVIEW_JURISDICTION_BARRED
                && f.getSubjectId().equals("i485-tx")).findFirst().orElseThrow();
        assertEquals("cheejati-2024", barred.getComputed().get("controlling_decision"));
        assertEquals("2024-04-09", barred.getComputed().get("controlling_since"));
        assertEquals(true, barred.getComputed().get("controlling_binding"));
        assertTrue(barred.getExplanation().contains("Controlling decision: Cheejati v. Blinken, 106 F.4th 388 (5th Cir. 2024),"
                + " decided 2024-04-09"), barred.getExplanation());
        assertTrue(barred.getExplanation().contains("from 2024-04-09 (the row's Effective from)"), barred.getExplanation());
        assertTrue(barred.getExplanation().contains("binding in the C5 circuit, where the application sits"), barred.getExplanation());
        assertTrue(barred.getExplanation().contains("withdrawn and substituted"), barred.getExplanation());

        Finding ma = r.getFired().stream().filter(f -> f.getSubjectId().equals("i485-ma")).findFirst().orElseThrow();
        assertEquals("gupta-2024", ma.getComputed().get("controlling_decision"));
        assertTrue(ma.getExplanation().contains("its table row is not verified yet"), ma.getExplanation());

        Finding ny = r.getFired().stream().filter(f -> f.getSubjectId().equals("i485-ny")).findFirst().orElseThrow();
        assertEquals(null, ny.getComputed().get("controlling_decision"));
        assertEquals(false, ny.getComputed().get("controlling_binding"));
        assertTrue(ny.getExplanation().contains("No court of appeals decision controls in the C2 circuit"), ny.getExplanation());
        assertNotNull(ReportWriter.markdown(r));
    }
}
