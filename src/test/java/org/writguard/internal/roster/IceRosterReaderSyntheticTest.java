package org.writguard.internal.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IceRosterReaderSyntheticTest {

    @TempDir
    Path dir;

    /** 2025-05-16 as an Excel serial. */
    private static final double MAY_16_2025 = 45793;
    private static final String SAFELINK = "https://gcc02.safelinks.protection.outlook.com/?url=https%3A%2F%2Fwww.ice.gov"
            + "%2Fdoclib%2F287gMOA%2FformulaCo.pdf&data=05%7C02%7Csomeone%40example.gov&reserved=0";

    // Column order of the synthetic sheet: reordered, with an extra NOTES column and no ADDENDUM.
    private static final int SIGNED = 0;
    private static final int NOTES = 1;
    private static final int AGENCY = 2;
    private static final int SUPPORT = 3;
    private static final int STATE = 4;
    private static final int COUNTY = 5;
    private static final int TYPE = 6;
    private static final int MOA = 7;

    private Path quirkyWorkbook() throws IOException {
        Path file = dir.resolve("quirky-roster.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sh = wb.createSheet("Participating");
            CellStyle shaded = wb.createCellStyle();
            shaded.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            shaded.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            sh.createRow(0).createCell(0).setCellValue("ICE 287(g) participating agencies (test copy)");
            Row header = sh.createRow(2);
            String[] headers = {"Date Signed", "NOTES", " law enforcement  agency ", "Support Type", "STATE", "County",
                "TYPE", "MOA"};
            for (int i = 0; i < headers.length; i++) {
                header.createCell(i).setCellValue(headers[i]);
            }
            // row 4: JEM with a hyperlink
            Row r = row(sh, 3, MAY_16_2025, "", "Colbert County Sheriff's Office", "Jail Enforcement Model",
                    "ALABAMA", "Colbert", "County", "link");
            link(wb, r.getCell(MOA), "https://www.ice.gov/doclib/287gMOA/colbertCoAL_JEM.pdf");
            // row 5: the same agency with a curly apostrophe, another model, odd spacing, "link pending "
            row(sh, 4, MAY_16_2025 - 30, "second model", "Colbert County Sheriff\u2019s Office ", "  task  FORCE model ",
                    "Alabama", "Colbert", "County", "link pending ");
            // row 6: formatted blank row in the middle
            blankRow(sh, 5, shaded);
            // row 7: state agency, #N/A county, text date
            Row r7 = row(sh, 6, "5/16/2025", null, "Florida Highway Patrol", "Warrant Service Officer", "FLORIDA",
                    null, "State Agency", "link pending");
            r7.createCell(COUNTY).setCellErrorValue(FormulaError.NA.getCode());
            // row 8: never created (a null row)
            // row 9: unknown support type
            row(sh, 8, MAY_16_2025, null, "Laredo Police Department", "Border Patrol Model", "TEXAS", "Webb",
                    "Municipality", "link");
            // row 10: #N/A in SIGNED
            Row r10 = row(sh, 9, null, null, "Austin Police Department", "TFM", "TEXAS", "Travis", "Municipality",
                    "link");
            r10.createCell(SIGNED).setCellErrorValue(FormulaError.NA.getCode());
            // row 11: a formula whose cached value is a date; evaluating it would give 1900-01-01
            Row r11 = row(sh, 10, null, null, "Formula County Sheriff's Office", "warrant service officer", "GEORGIA",
                    "Formula", "County", "link");
            Cell f = r11.createCell(SIGNED);
            f.setCellFormula("1+0");
            f.setCellValue(MAY_16_2025 - 100);
            link(wb, r11.getCell(MOA), SAFELINK);
            // row 12: exact duplicate of row 4 (trailing spaces in the name)
            row(sh, 11, MAY_16_2025, null, "Colbert County Sheriff's Office   ", "Jail Enforcement Model", "ALABAMA",
                    "Colbert", "County", "link");
            // row 13: unknown state
            row(sh, 12, MAY_16_2025, null, "Atlantis Harbor Police", "Task Force Model", "ATLANTIS", null,
                    "Municipality", "link");
            // row 14: no agency name
            row(sh, 13, MAY_16_2025, "orphan row", null, "Task Force Model", "TEXAS", "Travis", "County", "link");
            // row 15: text date missing a separator, as in ICE's sheets
            row(sh, 14, "7/72025", null, "Separator Town Police Department", "Task Force Model", "OHIO", "Franklin",
                    "Municipality", "link pending");
            // row 16: unparseable text date
            row(sh, 15, "sometime in May", null, "Vague Police Department", "Task Force Model", "OHIO", "Franklin",
                    "Municipality", "link pending");
            // rows 17-18: trailing formatted blank rows
            blankRow(sh, 16, shaded);
            blankRow(sh, 17, shaded);
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        return file;
    }

    private static Row row(Sheet sh, int index, Object signed, String notes, String agency, String support,
                           String state, String county, String type, String moa) {
        Row r = sh.createRow(index);
        Object[] values = new Object[8];
        values[SIGNED] = signed;
        values[NOTES] = notes;
        values[AGENCY] = agency;
        values[SUPPORT] = support;
        values[STATE] = state;
        values[COUNTY] = county;
        values[TYPE] = type;
        values[MOA] = moa;
        for (int i = 0; i < values.length; i++) {
            if (values[i] instanceof Double d) {
                r.createCell(i).setCellValue(d);
            } else if (values[i] instanceof String s) {
                r.createCell(i).setCellValue(s);
            }
        }
        return r;
    }

    private static void blankRow(Sheet sh, int index, CellStyle style) {
        Row r = sh.createRow(index);
        for (int i = 0; i < 8; i++) {
            r.createCell(i).setCellStyle(style);
        }
    }

    private static void link(XSSFWorkbook wb, Cell cell, String url) {
        Hyperlink h = wb.getCreationHelper().createHyperlink(HyperlinkType.URL);
        h.setAddress(url);
        cell.setHyperlink(h);
    }

    @Test
    @DisplayName("A reordered sheet with extra and missing optional columns imports every agreement and reports each skip by row")
    void quirkyWorkbookImports() throws IOException {
        RosterImport r = IceRosterReader.read(quirkyWorkbook());
        System.out.print(r.toText());
        assertEquals(3, r.headerRow());
        assertEquals(15, r.rowsRead());
        assertEquals(r.rowsRead(), r.agreementsWritten() + r.skippedCount());

        Map<Integer, String> skips = r.skipped().stream()
                .collect(Collectors.toMap(SkippedRow::sourceRow, SkippedRow::reason));
        assertEquals(Map.of(
                6, "blank row",
                8, "blank row",
                9, "unknown support type 'Border Patrol Model'",
                10, "missing signed date (cell is #N/A)",
                12, "duplicate of row 4",
                13, "unknown state 'ATLANTIS'",
                14, "missing agency name (cell is empty)",
                16, "unparseable signed date 'sometime in May'",
                17, "blank row",
                18, "blank row"), skips);
        assertEquals(List.of(6, 8, 9, 10, 12, 13, 14, 16, 17, 18),
                r.skipped().stream().map(SkippedRow::sourceRow).toList(), "skips are in row order");

        Map<Integer, RosterAgreement> byRow = r.agreements().stream()
                .collect(Collectors.toMap(RosterAgreement::sourceRow, Function.identity()));
        assertEquals(List.of(4, 5, 7, 11, 15), byRow.keySet().stream().sorted().toList());

        RosterAgreement jem = byRow.get(4);
        assertEquals("AL-colbert-county-sheriffs-office", jem.agencyId());
        assertEquals("JEM", jem.model());
        assertEquals(LocalDate.of(2025, 5, 16), jem.signedOn());
        assertEquals(MoaLinkState.LINKED, jem.moaLinkState());
        assertEquals("https://www.ice.gov/doclib/287gMOA/colbertCoAL_JEM.pdf", jem.moaLink());
        assertEquals("ALABAMA", jem.stateName());
        assertEquals("AL", jem.state());
        assertEquals("Colbert", jem.county());
        assertEquals("County", jem.agencyType());
        assertNull(jem.addendum());
        assertEquals("quirky-roster.xlsx", jem.sourceFile());

        RosterAgreement tfm = byRow.get(5);
        assertEquals(jem.agencyId(), tfm.agencyId(), "curly apostrophe and trailing space give one id");
        assertEquals("TFM", tfm.model());
        assertEquals("Colbert County Sheriff\u2019s Office", tfm.agencyName());
        assertEquals(MoaLinkState.PENDING, tfm.moaLinkState());
        assertNull(tfm.moaLink());

        RosterAgreement fhp = byRow.get(7);
        assertEquals("FL-florida-highway-patrol", fhp.agencyId());
        assertEquals("WSO", fhp.model());
        assertEquals(LocalDate.of(2025, 5, 16), fhp.signedOn());
        assertNull(fhp.county(), "#N/A is unknown");
        assertEquals("State Agency", fhp.agencyType());

        RosterAgreement formula = byRow.get(11);
        assertEquals(LocalDate.of(2025, 2, 5), formula.signedOn(), "the cached value, not an evaluation");
        assertEquals("https://www.ice.gov/doclib/287gMOA/formulaCo.pdf", formula.moaLink(), "safelink unwrapped");

        assertEquals(LocalDate.of(2025, 7, 7), byRow.get(15).signedOn());
        assertEquals(List.of(new RowNote(15, "signed date '7/72025' lacks a separator; read as 2025-07-07")),
                r.notes());

        assertEquals(List.of("AL-colbert-county-sheriffs-office", "AL-colbert-county-sheriffs-office",
                        "FL-florida-highway-patrol", "GA-formula-county-sheriffs-office",
                        "OH-separator-town-police-department"),
                r.agreements().stream().map(RosterAgreement::agencyId).toList(), "ordered by id then model");
        assertTrue(r.toText().contains("row 12: duplicate of row 4"));
    }

    @Test
    @DisplayName("Support type text maps to JEM, TFM or WSO whatever its case and spacing")
    void supportTypeVariants() {
        assertEquals("JEM", IceRosterReader.model("Jail Enforcement Model "));
        assertEquals("JEM", IceRosterReader.model("JAIL-ENFORCEMENT"));
        assertEquals("TFM", IceRosterReader.model("task  force   model"));
        assertEquals("TFM", IceRosterReader.model("TFM"));
        assertEquals("WSO", IceRosterReader.model("Warrant Service Officer (WSO)".replace("(WSO)", "")));
        assertEquals("WSO", IceRosterReader.model("wso"));
        assertNull(IceRosterReader.model("Jail Enforcement Model / Task Force Model"), "two models is not one");
        assertNull(IceRosterReader.model("Border Patrol Model"));
    }

    private static void assertOneLineNaming(RosterInputException e, Path file) {
        System.out.println(e.getMessage());
        assertTrue(e.getMessage().contains(file.getFileName().toString()), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
    }

    @Test
    @DisplayName("A header missing SUPPORT TYPE and SIGNED is refused, naming the file and the headers found")
    void missingColumnsAreFatal() throws IOException {
        Path file = dir.resolve("no-model-no-date.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Row h = wb.createSheet().createRow(0);
            h.createCell(0).setCellValue("STATE");
            h.createCell(1).setCellValue("AGENCY");
            h.createCell(2).setCellValue("COUNTY");
            wb.write(out);
        }
        RosterInputException e = assertThrows(RosterInputException.class, () -> IceRosterReader.read(file));
        assertOneLineNaming(e, file);
        assertTrue(e.getMessage().contains("SUPPORT TYPE, SIGNED"));
        assertTrue(e.getMessage().contains("[STATE, AGENCY, COUNTY]"));
    }

    @Test
    @DisplayName("A sheet without any recognisable header row is refused")
    void noHeaderIsFatal() throws IOException {
        Path file = dir.resolve("no-header.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Row h = wb.createSheet().createRow(0);
            h.createCell(0).setCellValue("Name");
            h.createCell(1).setCellValue("Date");
            wb.write(out);
        }
        RosterInputException e = assertThrows(RosterInputException.class, () -> IceRosterReader.read(file));
        assertOneLineNaming(e, file);
        assertTrue(e.getMessage().contains("[Name, Date]"));
    }

    @Test
    @DisplayName("A corrupt workbook is refused with a one-line message naming the file")
    void corruptFileIsRefused() throws IOException {
        Path file = dir.resolve("truncated.xlsx");
        byte[] good = Files.readAllBytes(quirkyWorkbook());
        Files.write(file, java.util.Arrays.copyOf(good, good.length / 2));
        RosterInputException e = assertThrows(RosterInputException.class, () -> IceRosterReader.read(file));
        assertOneLineNaming(e, file);
    }

    @Test
    @DisplayName("A text file named .xlsx is refused as not an xlsx workbook")
    void nonXlsxIsRefused() throws IOException {
        Path file = dir.resolve("roster.csv.xlsx");
        Files.writeString(file, "STATE,LAW ENFORCEMENT AGENCY\nALABAMA,Colbert\n", StandardCharsets.UTF_8);
        RosterInputException e = assertThrows(RosterInputException.class, () -> IceRosterReader.read(file));
        assertOneLineNaming(e, file);
        assertTrue(e.getMessage().contains("not an .xlsx workbook"));
    }

    @Test
    @DisplayName("A password-protected workbook is refused as encrypted")
    void encryptedIsRefused() throws Exception {
        Path file = dir.resolve("protected.xlsx");
        byte[] plain = Files.readAllBytes(quirkyWorkbook());
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor enc = info.getEncryptor();
            enc.confirmPassword("secret");
            try (OutputStream os = enc.getDataStream(fs)) {
                os.write(plain);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        RosterInputException e = assertThrows(RosterInputException.class, () -> IceRosterReader.read(file));
        assertOneLineNaming(e, file);
        assertTrue(e.getMessage().contains("password-protected"));
    }

    @Test
    @DisplayName("A missing file is refused, naming it")
    void missingFileIsRefused() {
        Path file = dir.resolve("absent.xlsx");
        assertOneLineNaming(assertThrows(RosterInputException.class, () -> IceRosterReader.read(file)), file);
    }
}
