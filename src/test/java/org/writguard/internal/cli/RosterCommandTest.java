package org.writguard.internal.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.writguard.internal.engine.Modules;
import org.writguard.internal.roster.IceRosterReader;
import org.writguard.internal.roster.RosterAgreement;
import org.writguard.internal.roster.RosterImport;
import org.writguard.internal.tables.LoadedTable;
import org.writguard.internal.tables.TableReader;
import org.writguard.internal.topics.roster.RosterTable;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `roster import` and `roster diff` end to end, on ICE's real spreadsheets in ../shared/data/ice-287g. */
class RosterCommandTest {
    static final Path DATA = Path.of("..", "shared", "data", "ice-287g").toAbsolutePath().normalize();
    static final String MAY = "participatingAgencies05162025am.xlsx";
    static final String JULY = "participatingAgencies07182025pm.xlsx";
    static final Path COMMITTED = Path.of("decision-tables/roster/agreements.drl.xlsx");

    @TempDir
    Path dir;

    /** What one command run printed and returned. */
    record Run(int code, String out, String err) { }

    static synchronized Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = Main.run(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    static Path sheet(String name) {
        Path p = DATA.resolve(name);
        Assumptions.assumeTrue(Files.isRegularFile(p), () -> "shared ICE snapshot absent: " + p);
        return p;
    }

    static LoadedTable readTable(Path file) throws IOException {
        TableReader.Result r = new TableReader(Modules.schemaSet()).read(Files.readAllBytes(file), file.toString());
        assertTrue(r.table().isPresent(), () -> "table did not load: " + r.problems());
        return r.table().get();
    }

    static int count(String out, String label) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(label) + ":\\s+(\\d+)$").matcher(out);
        assertTrue(m.find(), () -> "no '" + label + "' line in:\n" + out);
        return Integer.parseInt(m.group(1));
    }

    private void importAccountsForEveryRow(String name, int dataRows) throws IOException {
        Path out = dir.resolve(name + ".drl.xlsx");
        Run r = run("roster", "import", sheet(name).toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        int read = count(r.out(), "rows read");
        int written = count(r.out(), "agreements written");
        int skipped = count(r.out(), "rows skipped");
        assertEquals(dataRows, read, "every sheet row after the header is read");
        assertEquals(read, written + skipped);
        assertEquals(written, readTable(out).rows().size(), "the table holds one row per agreement written");
        long listed = r.out().lines().filter(l -> l.matches("  row \\d+: .+")).count();
        RosterImport imp = IceRosterReader.read(sheet(name));
        assertEquals(skipped + imp.notes().size(), listed, "every skipped (and repaired) row is listed with its row");
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(lines.size() - 1).startsWith("rows skipped:"), "the report ends with the counts");
        assertTrue(lines.get(lines.size() - 3).startsWith("rows read:"));
    }

    @Test
    @DisplayName("Importing the May 2025 sheet writes agreements plus skipped rows equal to its 585 data rows")
    void mayImportAccountsForEveryRow() throws IOException {
        importAccountsForEveryRow(MAY, 585);
    }

    @Test
    @DisplayName("Importing the July 2025 sheet writes agreements plus skipped rows equal to its 905 data rows")
    void julyImportAccountsForEveryRow() throws IOException {
        importAccountsForEveryRow(JULY, 905);
    }

    @Test
    @DisplayName("Grundy County's SIGNED year 5025 is skipped and reported with its sheet row and reason")
    void grundyCountyRowIsReported() {
        Run r = run("roster", "import", sheet(JULY).toString(), "--out", dir.resolve("t.drl.xlsx").toString());
        assertTrue(r.out().contains("row 639: implausible signed date 5025-07-07"), r.out());
    }

    @Test
    @DisplayName("Re-importing the same sheet gives a byte-identical table, whatever the machine's time zone")
    void reimportIsByteIdentical() throws IOException {
        Path a = dir.resolve("a.drl.xlsx");
        Path b = dir.resolve("b.drl.xlsx");
        assertEquals(0, run("roster", "import", sheet(JULY).toString(), "--out", a.toString()).code());
        TimeZone zone = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            assertEquals(0, run("roster", "import", sheet(JULY).toString(), "--out", b.toString()).code());
        } finally {
            TimeZone.setDefault(zone);
        }
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
    }

    @Test
    @DisplayName("The committed roster table is exactly the import of the newest ICE snapshot")
    void committedTableIsTheNewestSnapshot() throws IOException {
        Path newest;
        try (Stream<Path> files = Files.list(DATA)) {
            newest = files.filter(p -> p.getFileName().toString().matches("participatingAgencies\\d{8}(am|pm)\\.xlsx"))
                    .max(Comparator.comparing(RosterCommandTest::postedKey)).orElse(null);
        }
        Assumptions.assumeTrue(newest != null, "no ICE snapshots in " + DATA);
        Path fresh = dir.resolve("fresh.drl.xlsx");
        assertEquals(0, run("roster", "import", newest.toString(), "--out", fresh.toString()).code());
        assertArrayEquals(Files.readAllBytes(fresh), Files.readAllBytes(COMMITTED),
                "re-run: bin/writguard roster import " + newest + " (the committed table is stale)");
    }

    /** participatingAgenciesMMDDYYYYam.xlsx sorts by YYYYMMDD then am before pm. */
    static String postedKey(Path p) {
        String n = p.getFileName().toString();
        String d = n.substring("participatingAgencies".length(), "participatingAgencies".length() + 8);
        return d.substring(4) + d.substring(0, 4) + n.substring(n.length() - 7, n.length() - 5);
    }

    @Test
    @DisplayName("Real ICE rows in a new layout (reordered, renamed, added and dropped columns, blank rows) all arrive")
    void realRowsInAnUnseenLayoutAllArrive() throws Exception {
        RosterImport original = IceRosterReader.read(sheet(JULY));
        Path shuffled = dir.resolve("reshaped.xlsx");
        DataFormatter fmt = new DataFormatter();
        // Read from a stream: new XSSFWorkbook(File) opens the shared snapshot read-write and saves it on close.
        try (java.io.InputStream bytes = Files.newInputStream(sheet(JULY));
             XSSFWorkbook src = new XSSFWorkbook(bytes); XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet in = src.getSheetAt(0);
            Sheet sh = wb.createSheet("Agencies");
            sh.createRow(0).createCell(0).setCellValue("287(g) agreements, reshaped for a test");
            // Header on row 3; columns reordered, two renamed, TYPE/MOA/ADDENDUM dropped, a REGION column added.
            String[] head = {"Date Signed", "REGION", "287(g) Model", "County", "Agency Name", "State"};
            int[] from = {5, -1, 4, 3, 1, 0};
            Row h = sh.createRow(2);
            for (int c = 0; c < head.length; c++) h.createCell(c).setCellValue(head[c]);
            int out = 3;
            for (int r = 1; r <= in.getLastRowNum(); r++) {
                Row src0 = in.getRow(r);
                if (r % 100 == 0) out++; // a blank row now and then
                Row dst = sh.createRow(out++);
                for (int c = 0; c < head.length; c++) {
                    Cell d = dst.createCell(c);
                    if (from[c] < 0) {
                        d.setCellValue("R" + (r % 7));
                        continue;
                    }
                    Cell s = src0 == null ? null : src0.getCell(from[c]);
                    if (s == null) continue;
                    if (s.getCellType() == CellType.NUMERIC) d.setCellValue(s.getNumericCellValue());
                    else d.setCellValue(fmt.formatCellValue(s));
                }
            }
            try (OutputStream o = Files.newOutputStream(shuffled)) {
                wb.write(o);
            }
        }
        Path table = dir.resolve("reshaped.drl.xlsx");
        Run r = run("roster", "import", shuffled.toString(), "--out", table.toString());
        assertEquals(0, r.code(), r.err());
        Set<String> expected = original.agreements().stream().map(RosterCommandTest::key).collect(Collectors.toSet());
        Set<String> actual = readTable(table).rows().stream()
                .map(t -> t.get(RosterTable.AGENCY_ID) + "|" + t.get(RosterTable.MODEL) + "|" + t.get(RosterTable.SIGNED))
                .collect(Collectors.toSet());
        assertEquals(expected, actual);
        assertEquals(count(r.out(), "rows read"), count(r.out(), "agreements written") + count(r.out(), "rows skipped"));
    }

    static String key(RosterAgreement a) { return a.agencyId() + "|" + a.model() + "|" + a.signedOn(); }

    @Test
    @DisplayName("roster diff prints added, removed and changed agreements as text and as JSON")
    void diffAsTextAndJson() throws IOException {
        Run text = run("roster", "diff", sheet(MAY).toString(), sheet(JULY).toString());
        assertEquals(0, text.code(), text.err());
        assertTrue(text.out().contains("Added ("), text.out());
        assertTrue(text.out().contains("Removed ("));
        Run json = run("roster", "diff", sheet(MAY).toString(), sheet(JULY).toString(), "--format", "json");
        assertEquals(0, json.code(), json.err());
        JsonNode n = new ObjectMapper().readTree(json.out());
        assertEquals(n.get("added").size(), n.get("counts").get("added").asInt());
        assertTrue(n.get("added").size() > 200);
    }

    @Test
    @DisplayName("roster diff with an unknown format or a missing sheet is bad input (exit 2), one line, no stack trace")
    void diffBadInput() {
        Run fmt = run("roster", "diff", sheet(MAY).toString(), sheet(JULY).toString(), "--format", "xml");
        assertEquals(2, fmt.code());
        Run missing = run("roster", "import", dir.resolve("nope.xlsx").toString(), "--out", dir.resolve("x.drl.xlsx").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("nope.xlsx: no such file"), missing.err());
        assertFalse(missing.err().contains("\tat "), "no stack trace");
    }

    @Test
    @DisplayName("A case naming an agency neither in the case nor the roster exits 2, naming the id and the nearest roster ids")
    void unknownAgencyIdIsBadInput() throws IOException {
        Path c = dir.resolve("unknown-agency.yaml");
        Files.writeString(c, String.join("\n",
                "as_of: 2026-03-04T12:00:00-06:00",
                "officers:",
                "  - officer_id: o-1",
                "    agency_id: AL-colbert-county-sherifs-office",
                ""));
        Run r = run("assess", c.toString());
        assertEquals(2, r.code(), r.out() + r.err());
        assertTrue(r.err().contains("AL-colbert-county-sherifs-office"), r.err());
        assertTrue(r.err().contains("nearest roster ids: AL-colbert-county-sheriffs-office"), r.err());
        assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
    }

    @Test
    @DisplayName("Two spellings of one roster name are one agency: a case may write the id with a curly apostrophe")
    void spellingOfTheIdDoesNotMatter() throws IOException {
        Path c = dir.resolve("spelled.yaml");
        Files.writeString(c, String.join("\n",
                "as_of: 2026-03-04T12:00:00-06:00",
                "officers:",
                "  - officer_id: o-1",
                "    agency_id: \"AL-Colbert County Sheriff\u2019s Office\"",
                ""));
        Run r = run("assess", c.toString(), "--format", "json");
        assertEquals(0, r.code(), r.err());
    }
}
