package org.writguard.internal.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class IceRosterReaderRealSnapshotsTest {

    private static void report(RosterImport r) {
        long blank = r.skipped().stream().filter(s -> s.reason().equals("blank row")).count();
        System.out.printf("%s: header row %d, rows read %d, agreements %d, skipped %d (blank %d, other %d), repaired %d%n",
                r.sourceFile(), r.headerRow(), r.rowsRead(), r.agreementsWritten(), r.skippedCount(), blank,
                r.skippedCount() - blank, r.notes().size());
        r.skipped().stream().filter(s -> !s.reason().equals("blank row"))
                .forEach(s -> System.out.println("  skipped row " + s.sourceRow() + ": " + s.reason()));
        r.notes().forEach(n -> System.out.println("  repaired row " + n.sourceRow() + ": " + n.note()));
    }

    private static void assertEveryRowAccounted(RosterImport r) {
        assertEquals(r.rowsRead(), r.agreementsWritten() + r.skippedCount(), r.sourceFile());
        Set<Integer> rows = new HashSet<>();
        r.agreements().forEach(a -> assertTrue(rows.add(a.sourceRow()), "row twice: " + a.sourceRow()));
        r.skipped().forEach(s -> assertTrue(rows.add(s.sourceRow()), "row twice: " + s.sourceRow()));
        for (int row = r.headerRow() + 1; row <= r.headerRow() + r.rowsRead(); row++) {
            assertTrue(rows.contains(row), "row " + row + " neither imported nor skipped");
        }
    }

    @Test
    @DisplayName("The May 2025 snapshot imports with agreements plus skipped rows equal to its data rows")
    void maySnapshotAccountsForEveryRow() {
        RosterImport may = IceRosterReader.read(RosterData.snapshot(RosterData.MAY));
        report(may);
        assertEquals(1, may.headerRow());
        assertEquals(585, may.rowsRead());
        assertEveryRowAccounted(may);
        assertEquals(571, may.agreementsWritten() + nonBlankSkips(may).size(),
                "ICE's 571 rows are each imported or reported");
        assertTrue(may.agreementsWritten() >= 565, "nearly all of May's 571 rows import");
        assertTrue(may.agreements().stream().allMatch(a -> a.addendum() == null), "May has no ADDENDUM column");
    }

    @Test
    @DisplayName("The July 2025 snapshot imports 832 rows and reports its 73 blank rows")
    void julySnapshotAccountsForEveryRow() {
        RosterImport july = IceRosterReader.read(RosterData.snapshot(RosterData.JULY));
        report(july);
        assertEquals(1, july.headerRow());
        assertEquals(905, july.rowsRead());
        assertEveryRowAccounted(july);
        long blank = july.skipped().stream().filter(s -> s.reason().equals("blank row")).count();
        assertEquals(73, blank);
        assertEquals(832, july.agreementsWritten() + nonBlankSkips(july).size());
        assertTrue(july.skipped().stream().filter(s -> s.reason().equals("blank row"))
                .allMatch(s -> s.sourceRow() >= 834), "blank rows are the trailing 834..906");
        assertTrue(july.agreements().stream().anyMatch(a -> a.addendum() != null), "July has addenda");
    }

    private static List<SkippedRow> nonBlankSkips(RosterImport r) {
        return r.skipped().stream().filter(s -> !s.reason().equals("blank row")).collect(Collectors.toList());
    }

    @Test
    @DisplayName("Real rows keep their quirks: link pending, #N/A counties, state agencies, curly apostrophes")
    void realQuirksSurvive() {
        RosterImport july = IceRosterReader.read(RosterData.snapshot(RosterData.JULY));
        List<RosterAgreement> a = july.agreements();
        assertTrue(a.stream().anyMatch(x -> x.moaLinkState() == MoaLinkState.PENDING && x.moaLink() == null));
        assertTrue(a.stream().anyMatch(x -> x.moaLinkState() == MoaLinkState.LINKED
                && x.moaLink().startsWith("https://www.ice.gov/")));
        assertTrue(a.stream().noneMatch(x -> x.moaLink() != null && x.moaLink().contains("safelinks")),
                "Outlook safelinks are unwrapped");
        assertTrue(a.stream().anyMatch(x -> x.county() == null && "State Agency".equals(x.agencyType())));
        assertTrue(a.stream().noneMatch(x -> x.county() != null && x.county().startsWith("#")), "#N/A is unknown");
        assertTrue(a.stream().anyMatch(x -> x.agencyName().contains("\u2019")), "curly apostrophes are kept in names");
        assertTrue(a.stream().noneMatch(x -> x.agencyId().contains("\u2019") || x.agencyId().contains("'")));
        assertTrue(a.stream().allMatch(x -> x.agencyName().equals(x.agencyName().strip())));
        assertTrue(a.stream().allMatch(x -> x.sourceFile().equals(RosterData.JULY)));
        Set<String> models = a.stream().map(RosterAgreement::model).collect(Collectors.toSet());
        assertEquals(Set.of("JEM", "TFM", "WSO"), models);
        assertTrue(a.stream().anyMatch(x -> x.agencyId().equals("AL-colbert-county-sheriffs-office")));
    }

    @Test
    @DisplayName("Reading a snapshot twice gives identical, stably ordered output")
    void reimportIsIdentical() {
        RosterImport first = IceRosterReader.read(RosterData.snapshot(RosterData.JULY));
        RosterImport second = IceRosterReader.read(RosterData.snapshot(RosterData.JULY));
        assertEquals(first, second);
        assertEquals(first.toText(), second.toText());
        List<RosterAgreement> sorted = first.agreements().stream().sorted(IceRosterReader.ORDER).toList();
        assertEquals(sorted, first.agreements());
    }

    @Test
    @DisplayName("The pending-agencies sheet is refused because it has no SIGNED column")
    void pendingSheetLacksSigned() {
        RosterInputException e = assertThrows(RosterInputException.class,
                () -> IceRosterReader.read(RosterData.snapshot(RosterData.PENDING_JULY)));
        System.out.println(e.getMessage());
        assertTrue(e.getMessage().contains(RosterData.PENDING_JULY));
        assertTrue(e.getMessage().contains("SIGNED"));
        assertTrue(e.getMessage().contains("LAW ENFORCEMENT AGENCY"), "lists the headers found");
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    @DisplayName("The diff from May to July is non-empty and its counts add up")
    void diffBetweenRealSnapshots() throws Exception {
        RosterImport may = IceRosterReader.read(RosterData.snapshot(RosterData.MAY));
        RosterImport july = IceRosterReader.read(RosterData.snapshot(RosterData.JULY));
        RosterDiff d = RosterDiff.diff(may, july);
        System.out.printf("diff May -> July: added %d, removed %d, changed %d%n",
                d.added().size(), d.removed().size(), d.changed().size());
        d.changed().forEach(c -> System.out.println("  changed " + c.agencyId() + " " + c.model() + " " + c.fields()
                + " " + c.before().signedOn() + "/" + c.before().agencyName() + " -> "
                + c.after().signedOn() + "/" + c.after().agencyName()));
        d.removed().forEach(r -> System.out.println("  removed " + r.agencyId() + " " + r.model() + " " + r.signedOn()));
        assertFalse(d.isEmpty());
        assertEquals(july.agreementsWritten() - may.agreementsWritten(), d.added().size() - d.removed().size());
        assertTrue(d.added().size() > 200, "July lists hundreds more agreements than May");

        String text = d.toText();
        assertTrue(text.contains("Added (" + d.added().size() + ")"));
        assertTrue(text.contains("Removed (" + d.removed().size() + ")"));
        assertTrue(text.contains("Changed (" + d.changed().size() + ")"));
        assertEquals(3 + d.added().size() + d.removed().size() + d.changed().size() + 1, text.lines().count());

        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(d.toJson());
        assertEquals(d.added().size(), json.get("counts").get("added").asInt());
        assertEquals(d.added().size(), json.get("added").size());
        assertEquals(d.removed().size(), json.get("removed").size());
        assertEquals(d.changed().size(), json.get("changed").size());
        assertEquals(d.added().get(0).agencyId(), json.get("added").get(0).get("agency_id").asText());
        assertEquals(RosterDiff.diff(may, july), d, "the diff is deterministic");
        assertTrue(RosterDiff.diff(july, july).isEmpty());
    }
}
