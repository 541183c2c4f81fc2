package org.writguard.internal.topics.attorney;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.writguard.internal.cases.CaseReader;
import org.writguard.engine.ActNow;
import org.writguard.engine.CaseNotes;
import org.writguard.engine.Report;
import org.writguard.engine.ReportWriter;
import org.writguard.testing.TestRuleBook;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 19 items 1, 2 and 5 on the examples and on variants of them: Act now, deadlines, habeas practice. */
class AttorneyReportTest {
    private static final Path PA = Path.of("examples/scenario-07-pa-hold-mandamus.yaml");
    private static final Path GA = Path.of("examples/scenario-01-weekend-detainer-over-hold-ga.yaml");

    @TempDir
    Path tmp;

    private static Report assess(Path p) {
        return TestRuleBook.get().assess(new CaseReader().read(p), p.toString());
    }

    /** The example with some text replaced (each replacement must apply). */
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

    private static String firstSection(String report, String prefix) {
        return report.lines().filter(l -> l.startsWith(prefix)).findFirst().orElse(null);
    }

    private static CaseNotes.FilingDeadline deadline(Report r, String kind, String subject) {
        return r.getDeadlines().stream().filter(d -> d.getKind().equals(kind) && d.getSubjectId().equals(subject))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " for " + subject + ": " + r.getDeadlines()));
    }

    @Test
    void thePennsylvaniaPersonStillHeldOpensEveryFormatWithActNow() {
        Report r = assess(PA);
        String md = ReportWriter.markdown(r);
        assertEquals("## Act now", firstSection(md, "## "), md);
        assertTrue(md.indexOf("## Act now") < md.indexOf("## CRITICAL"));
        assertTrue(md.contains("Still held at as_of"), md);
        assertTrue(md.contains("**First action:** Today: a written demand to the jail"), md);
        assertTrue(md.contains("federal habeas petition (28 U.S.C. § 2241)") && md.contains("temporary restraining order"), md);
        String text = ReportWriter.text(r);
        assertTrue(text.indexOf("ACT NOW") > 0 && text.indexOf("ACT NOW") < text.indexOf("CRITICAL"), text);
        @SuppressWarnings("unchecked")
        Map<String, Object> act = (Map<String, Object>) ReportWriter.toTree(r).get("act_now");
        assertNotNull(act);
        assertTrue(act.get("first_action").toString().contains("demand"));
        assertFalse(((List<?>) act.get("happening")).isEmpty());
        // Every deadline is listed, the ones that start at release too.
        assertTrue(r.getActNow().getDeadlines().stream().anyMatch(d -> d.getWhat().equals("§ 1983 limitations, hold h-7")
                && d.getDue().equals("not yet running: 2 years from the end of the custody") && d.getBasis().contains("5524")),
                r.getActNow().toString());
    }

    @Test
    void aHoldStillRunningWithoutAnUnlawfulFindingStillOpensWithActNowButAsksFirst() throws IOException {
        Report r = assess(variant(PA, "pc_basis: DB_NO_MATCH_FOREIGN_BIRTH", "pc_basis: BIOMETRIC_MATCH_WITH_RECORDS"));
        assertTrue(r.getFired().stream().noneMatch(f -> f.getCode().getNumber().equals("F16")), r.getFired().toString());
        ActNow a = r.getActNow();
        assertNotNull(a);
        assertTrue(a.getFirstAction().startsWith("Today: ask the jail in writing on what authority"), a.getFirstAction());
        assertEquals("## Act now", firstSection(ReportWriter.markdown(r), "## "));
    }

    @Test
    void thePennsylvaniaHoldNamesItsCustodianAndThePossibleDistricts() {
        Report r = assess(PA);
        assertEquals(1, r.getHabeas().size());
        CaseNotes.HabeasPractice h = r.getHabeas().get(0);
        assertTrue(h.getRespondents().get(0).contains("Example County Prison"), h.toString());
        assertEquals(1, h.getRespondents().size(), "no ICE warrant accompanies this detainer: " + h);
        // No county anywhere in the case: all three Pennsylvania districts are possible, and the report says so.
        assertEquals(3, h.getDistricts().size(), h.toString());
        assertTrue(h.getDistrictNote().contains("county of the jail is unknown"), h.getDistrictNote());
        assertTrue(h.getStateRoute().startsWith("State habeas corpus in the courts of PA"));
        assertTrue(ReportWriter.markdown(r).contains("## Habeas practice"));
        // The § 1983 period does not run while the person is held (Wallace v. Kato).
        CaseNotes.FilingDeadline lim = deadline(r, AttorneyTopic.LIMITATIONS, "h-7");
        assertEquals(AttorneyTopic.NOT_YET_RUNNING, lim.getStatus());
        assertNull(lim.getDate());
        assertEquals("2 years", lim.getPeriod());
    }

    @Test
    void aKnownCountyPicksOneDistrictAndAnIceWarrantAddsTheFieldOfficeDirector() throws IOException {
        Path p = variant(PA, "    state: PA\n", "    state: PA\n    county: York County\n",
                "accompanied_by: NONE", "accompanied_by: I200, warrant_signed: true");
        CaseNotes.HabeasPractice h = assess(p).getHabeas().get(0);
        assertEquals(1, h.getDistricts().size(), h.toString());
        assertTrue(h.getDistricts().get(0).contains("(M.D. Pa.)"), h.toString());
        assertTrue(h.getDistrictSources().get(0).matches("decision-tables/jurisdiction/federal-districts\\.drl\\.xlsx!Districts row \\d+"),
                h.getDistrictSources().toString());
        assertTrue(h.getRespondents().stream().anyMatch(x -> x.contains("ICE Field Office Director")), h.toString());
    }

    @Test
    void aGeorgiaHoldShowsItsSection1983LimitationsDate() {
        Report r = assess(GA);
        CaseNotes.FilingDeadline lim = deadline(r, AttorneyTopic.LIMITATIONS, "h-1");
        assertEquals(LocalDate.of(2028, 6, 16), lim.getDate());   // hold ended 2026-06-16; two years (O.C.G.A. § 9-3-33)
        assertEquals(AttorneyTopic.COMPUTED, lim.getStatus());
        assertTrue(lim.getStatute().contains("9-3-33"), lim.getStatute());
        assertTrue(lim.getSource().startsWith("decision-tables/remedies/limitations-1983.drl.xlsx!Limitations row "));
        assertTrue(lim.getFrom().contains("holds[0].hold_ended_at"), lim.getFrom());
        assertTrue(ReportWriter.markdown(r).contains("§ 1983 limitations, hold h-1: 2028-06-16"));
        // The sheriff is a county body: Georgia's 12-month county ante-litem notice applies to state-law claims.
        CaseNotes.FilingDeadline notice = deadline(r, AttorneyTopic.NOTICE, "h-1");
        assertEquals(LocalDate.of(2027, 6, 16), notice.getDate());
        assertTrue(notice.getNote().contains("Felder v. Casey"));
        // Nothing is urgent on 2026-06-20: the person left the jail and both dates are far off.
        assertNull(r.getActNow());
        assertNull(ReportWriter.toTree(r).get("act_now"));
        assertTrue(ReportWriter.toTree(r).containsKey("act_now"));
        // ICE took custody: the habeas respondents are the warden and the Field Office Director, no state route.
        CaseNotes.HabeasPractice h = r.getHabeas().get(0);
        assertTrue(h.getRespondents().stream().anyMatch(x -> x.contains("ICE Field Office Director")));
        assertTrue(h.getExhaustion().contains("immigration judge"));
        assertTrue(h.getStateRoute().contains("Tarble"));
    }

    @Test
    void aDeadlineWithin90DaysOpensTheReportWithActNow() throws IOException {
        Report r = assess(variant(GA, "as_of: 2026-06-20T12:00:00-04:00", "as_of: 2028-04-01T12:00:00-04:00"));
        ActNow a = r.getActNow();
        assertNotNull(a, ReportWriter.markdown(r));
        assertTrue(a.getDeadlines().stream().anyMatch(d -> d.getDue().equals("2028-06-16") && d.getBasis().contains("9-3-33")),
                a.toString());
        assertTrue(a.getFirstAction().contains("2028-06-16"), a.getFirstAction());
        assertEquals("## Act now", firstSection(ReportWriter.markdown(r), "## "));
        // One day past the horizon: not urgent.
        Report later = assess(variant(GA, "as_of: 2026-06-20T12:00:00-04:00", "as_of: 2028-03-17T12:00:00-04:00"));
        assertNull(later.getActNow(), ReportWriter.markdown(later));
    }

    @Test
    void anUnknownEndLeavesTheDeadlineUndeterminedAndNamesTheFact() throws IOException {
        Report r = assess(variant(GA, "    hold_ended_at: 2026-06-16T17:00-04:00           # Tuesday, ICE pickup\n", ""));
        CaseNotes.FilingDeadline lim = deadline(r, AttorneyTopic.LIMITATIONS, "h-1");
        assertEquals(AttorneyTopic.UNDETERMINED, lim.getStatus());
        assertNull(lim.getDate());
        assertEquals(List.of("holds[0].hold_ended_at"), lim.getMissing());
        assertTrue(ReportWriter.markdown(r).contains("§ 1983 limitations, hold h-1: UNDETERMINED"));
    }

    @Test
    void countiesMatchAsTheStatuteSpellsThem() {
        assertEquals(AttorneyTopic.norm("St. Lawrence"), AttorneyTopic.norm("Saint Lawrence County"));
        assertEquals(AttorneyTopic.norm("De Kalb"), AttorneyTopic.norm("DeKalb County"));
        assertEquals(LocalDate.of(2025, 2, 28), AttorneyTopic.add(LocalDate.of(2024, 8, 31), 6, "MONTHS"));
        assertEquals(LocalDate.of(2025, 1, 29), AttorneyTopic.add(LocalDate.of(2024, 10, 31), 90, "DAYS"));
    }
}
