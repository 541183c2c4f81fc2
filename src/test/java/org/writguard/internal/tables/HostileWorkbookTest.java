package org.writguard.internal.tables;

import org.writguard.engine.TableProblem;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType;
import org.writguard.internal.engine.Modules;
import org.writguard.internal.engine.Engine;
import org.writguard.engine.RuleBookException;
import org.writguard.internal.engine.RuleBookInputs;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.writguard.internal.tables.HostileWorkbook.cell;
import static org.writguard.internal.tables.HostileWorkbook.matrix;
import static org.writguard.internal.tables.HostileWorkbook.text;

/**
 * Hostile workbooks (DROOLS-NOTES.md, "Security: a data cell is code"): each one stands in for the
 * shipped model-function matrix, the rule book is built from it and the shipped rules, and the test
 * asserts that the build is refused with a message naming file!Sheet!Cell, and that the payload never ran. The files are
 * also written to target/hostile/, named by defect, for anyone who wants to open one in Excel.
 */
class HostileWorkbookTest {
    static final String PWN = "java.lang.System.setProperty(\"pwned\", \"yes\")";
    /** The same payload without a double quote, for places where Drools escapes quotes. */
    static final String PWN_NO_QUOTES = "java.lang.System.setProperty(new String(new char[]{'p','w','n','e','d'}),"
            + " new String(new char[]{'y','e','s'}))";
    static final Path OUT = Path.of("target/hostile");
    static final RuleBookInputs RULES = RuleBookInputs.fromDirectories(Path.of("decision-tables"), Path.of("rules"));

    @TempDir
    Path tmp;

    @AfterEach
    void clear() { System.clearProperty(HostileWorkbook.PROPERTY); }

    /** A defect, the workbook bytes that carry it, and where the error must point ("Matrix!A10", or "" for the file). */
    record Case(String defect, Supplier<byte[]> bytes, String where, String says) { }

    static Case cellCase(String defect, String a1, String value, String says) {
        return new Case(defect, () -> matrix(text(a1, value)), "Matrix!" + a1, says);
    }

    static Case edit(String defect, Consumer<XSSFWorkbook> e, String where, String says) {
        return new Case(defect, () -> matrix(e), where, says);
    }

    static List<Case> cases() {
        List<Case> list = new ArrayList<>();
        // Data cells that are code.
        list.add(cellCase("quote-in-condition", "A10", "\" || " + PWN + " != null || \"\" == \"", "double quote"));
        list.add(cellCase("quote-inside-condition", "A10", "JEM\" || " + PWN + " != null || \"x\" == \"", "double quote"));
        list.add(cellCase("quote-in-action", "I10", "\"); " + PWN + "; //", "double quote"));
        list.add(cellCase("action-injects-rule", "I10", "\"); end rule \"evil\" when then " + PWN
                + "; end rule \"x\" when q : MatrixLookup(model == \"never\") then q.put(kcontext, \"X\", \"", "double quote"));
        list.add(cellCase("backslash-in-action", "I10", "words \\\"); " + PWN + "; //", "backslash"));
        list.add(cellCase("backslash-unicode-escape", "I10", "words \\u0022); " + PWN + "; //", "backslash"));
        list.add(cellCase("newline-in-action", "I10", "words\nend\nrule evil when then " + PWN + "; end", "line break"));
        list.add(cellCase("carriage-return-in-condition", "B10", "2025-02\r-15", "line break"));
        list.add(cellCase("unicode-line-separator", "I10", "words\u2028end", "line break"));
        list.add(cellCase("semicolon-in-id", "D10", "JEM-01; java.lang.System.exit(0);", "is not an id"));
        list.add(cellCase("semicolon-in-enum", "E10", "YES\"); " + PWN + "; q.put(kcontext, \"A\", \"YES", "double quote"));
        list.add(cellCase("dollar-param-in-action", "I10", "$param", "dollar sign"));
        list.add(cellCase("dollar-positional-in-condition", "B10", "$1", "dollar sign"));
        list.add(cellCase("unquoted-number-injection", "K10", "TRUE || " + PWN_NO_QUOTES + " != null", "is not TRUE or FALSE"));
        list.add(cellCase("bidi-override-in-text", "I10", "words \u202E;)(lave", "invisible"));
        list.add(cellCase("zero-width-space-in-enum", "A10", "JEM\u200B", "invisible"));
        list.add(cellCase("tab-in-citation", "J10", "JEM MOA\tApp. A", "control character"));
        // Edited header and template rows.
        list.add(edit("edited-template-unquoted", wb -> {
            cell(wb, "C8").setCellValue("functionCode == $param");
            cell(wb, "C10").setCellValue("'none' || java.lang.System.setProperty('pwned', 'yes') != null");
        }, "Matrix!C8", "layout expects"));
        list.add(cellCase("edited-action-template", "E8", "q.put(kcontext, \"ALLOWED\", \"$param\"); " + PWN + ";", "layout expects"));
        list.add(cellCase("edited-binding", "A7", "q : MatrixLookup(eval(" + PWN + " != null))", "layout expects"));
        list.add(cellCase("edited-kind-row", "F6", "CONDITION", "layout expects"));
        list.add(cellCase("edited-label-row", "E9", "Allowed (see note)", "layout expects"));
        list.add(cellCase("extra-template-column", "O8", "q.put(kcontext, \"X\", \"$param\"); " + PWN + ";", "unexpected header cell"));
        list.add(cellCase("extra-column-far-right", "CV8", PWN, "unexpected header cell"));
        list.add(cellCase("edited-ruleset-package", "B1", "java.lang", "layout expects"));
        list.add(cellCase("edited-import", "B2", "org.writguard.internal.topics.authority.MatrixLookup, java.lang.System", "layout expects"));
        list.add(cellCase("ruletable-name-injection", "A5", "RuleTable ModelFunctionMatrix\" " + PWN, "names no table"));
        // Rule-set settings that are code.
        list.add(ruleSet("functions", "Functions", "function void f() { " + PWN + "; }"));
        list.add(ruleSet("declare", "Declare", "declare Evil end"));
        list.add(ruleSet("import", "Import", "java.lang.System"));
        list.add(ruleSet("variables", "Variables", "java.lang.String pwned"));
        list.add(ruleSet("queries", "Queries", "query q() eval(" + PWN + " != null) end"));
        list.add(ruleSet("sequential", "Sequential", "true"));
        list.add(ruleSet("escape-quotes", "EscapeQuotes", "false"));
        list.add(edit("ruleset-keyword-far-right", wb -> {
            cell(wb, "AZ2").setCellValue("Functions");
            cell(wb, "BA2").setCellValue("function void f() { " + PWN + "; }");
        }, "Matrix!AZ2", "rule-set setting"));
        // More than one table.
        list.add(edit("hidden-sheet-with-ruletable", wb -> {
            Sheet s = wb.createSheet("Extra");
            cell(s, "A5").setCellValue("RuleTable Evil");
            cell(s, "A6").setCellValue("CONDITION");
            cell(s, "A8").setCellValue("eval(" + PWN + " != null)");
            wb.setSheetHidden(wb.getSheetIndex(s), true);
        }, "Extra!A5", "hidden sheet"));
        list.add(edit("very-hidden-sheet-with-ruletable", wb -> {
            Sheet s = wb.createSheet("Extra");
            cell(s, "A5").setCellValue("RuleTable Evil");
            wb.setSheetVisibility(wb.getSheetIndex(s), org.apache.poi.ss.usermodel.SheetVisibility.VERY_HIDDEN);
        }, "Extra!A5", "hidden sheet"));
        list.add(edit("second-ruletable-on-sheet", wb -> cell(wb, "A40").setCellValue("RuleTable ModelFunctionMatrix"),
                "Matrix!A40", "unexpected RuleTable"));
        list.add(edit("second-ruletable-far-down-other-sheet", wb -> cell(wb.getSheet("Columns"), "C5000")
                .setCellValue("RuleTable Evil"), "Columns!C5000", "unexpected RuleTable"));
        // Merged-cell tricks.
        list.add(edit("merged-condition-over-rows", wb -> {
            cell(wb, "A11").setBlank();
            wb.getSheet("Matrix").addMergedRegion(new CellRangeAddress(9, 10, 0, 0));
        }, "Matrix!A10", "merged"));
        list.add(edit("merged-optional-action-hides-empty", wb -> {
            cell(wb, "F12").setBlank();
            wb.getSheet("Matrix").addMergedRegion(new CellRangeAddress(10, 11, 5, 5));
        }, "Matrix!F11", "merged"));
        list.add(edit("merged-template-row", wb -> wb.getSheet("Matrix").addMergedRegion(new CellRangeAddress(7, 7, 4, 6)),
                "Matrix!E8", "merged"));
        // Formulas and error cells.
        list.add(edit("formula-with-harmless-cached-value", wb -> formula(cell(wb, "E10"),
                "CONCATENATE(CHAR(34),\"); java.lang.System.setProperty(\",CHAR(34),\"pwned\")", "YES"),
                "Matrix!E10", "formula"));
        list.add(edit("formula-with-payload-cached-value", wb -> formula(cell(wb, "I10"), "A1", "\"); " + PWN + "; //"),
                "Matrix!I10", "formula"));
        list.add(edit("formula-external-link", wb -> formula(cell(wb, "E10"), "[1]Sheet1!A1", "YES"),
                "Matrix!E10", "another workbook"));
        list.add(edit("formula-in-template-row", wb -> formula(cell(wb, "E8"),
                "\"q.put(kcontext, \"&CHAR(34)&\"ALLOWED\"", "q.put(kcontext, \"ALLOWED\", \"$param\");"),
                "Matrix!E8", "formula"));
        list.add(edit("error-cell", wb -> cell(wb, "E10").setCellErrorValue(FormulaError.NA.getCode()),
                "Matrix!E10", "Excel error"));
        // Files that are not what they claim.
        list.add(new Case("password-protected", () -> encrypt(matrix(wb -> { })), "", "password"));
        list.add(new Case("corrupt-truncated", () -> {
            byte[] b = matrix(wb -> { });
            return java.util.Arrays.copyOf(b, b.length / 2);
        }, "", "not a readable"));
        list.add(new Case("corrupt-random-bytes", () -> {
            byte[] b = new byte[4096];
            new Random(6).nextBytes(b);
            return b;
        }, "", "not a readable"));
        list.add(new Case("corrupt-text-file", () -> ("rule \"evil\" when then " + PWN + "; end").getBytes(StandardCharsets.UTF_8),
                "", "not a readable"));
        list.add(new Case("zip-bomb-sheet", HostileWorkbookTest::zipBomb, "", "not a readable"));
        list.add(edit("row-far-below", wb -> cell(wb, "A1000000").setCellValue("JEM"), "Matrix", "at most"));
        list.add(edit("data-far-right", wb -> cell(wb, "BZ11").setCellValue(PWN), "Matrix!BZ11", "outside the table"));
        return list;
    }

    static Case ruleSet(String name, String keyword, String value) {
        return edit("ruleset-" + name, wb -> {
            cell(wb, "A4").setCellValue(keyword);
            cell(wb, "B4").setCellValue(value);
        }, "Matrix!A4", "rule-set setting");
    }

    /** A formula cell whose saved (cached) result is {@code cached}, written the way Excel stores it. */
    static void formula(org.apache.poi.ss.usermodel.Cell c, String formula, String cached) {
        XSSFCell x = (XSSFCell) c;
        x.setBlank();
        x.getCTCell().addNewF().setStringValue(formula);
        x.getCTCell().setT(STCellType.STR);
        x.getCTCell().setV(cached);
    }

    static byte[] encrypt(byte[] xlsx) {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor enc = info.getEncryptor();
            enc.confirmPassword("secret");
            try (OutputStream os = enc.getDataStream(fs)) {
                os.write(xlsx);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A valid workbook whose sheet XML is padded with 30 MB of blanks: it inflates far more than 100 times. */
    static byte[] zipBomb() {
        byte[] xlsx = matrix(wb -> { });
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx)); ZipOutputStream zo = new ZipOutputStream(out)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                zo.putNextEntry(new ZipEntry(e.getName()));
                byte[] data = in.readAllBytes();
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(data, StandardCharsets.UTF_8);
                    int at = xml.indexOf("<sheetData>");
                    zo.write(xml.substring(0, at).getBytes(StandardCharsets.UTF_8));
                    byte[] blanks = new byte[1 << 20];
                    java.util.Arrays.fill(blanks, (byte) ' ');
                    for (int i = 0; i < 30; i++) zo.write(blanks);
                    zo.write(xml.substring(at).getBytes(StandardCharsets.UTF_8));
                } else {
                    zo.write(data);
                }
                zo.closeEntry();
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return out.toByteArray();
    }

    /** Keeps a copy of the hostile workbook in target/hostile/, named by its defect. */
    static void keep(String defect, byte[] bytes) throws IOException {
        Files.createDirectories(OUT);
        Files.write(OUT.resolve("hostile-" + defect + ".drl.xlsx"), bytes);
    }

    @TestFactory
    List<DynamicTest> everyHostileWorkbookIsRefusedNamingTheCellAndNeverRuns() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Case c : cases()) {
            tests.add(DynamicTest.dynamicTest(c.defect(), () -> {
                byte[] bytes = c.bytes().get();
                keep(c.defect(), bytes);
                String file = "decision-tables/authority/hostile-" + c.defect() + ".drl.xlsx";
                // The hostile matrix with the shipped rules, built the way Engine.load builds the shipped book.
                RuleBookInputs in = new RuleBookInputs(List.of(new RuleBookInputs.Input(file, bytes)), RULES.rules(), List.of());
                RuleBookException e = assertThrows(RuleBookException.class, () -> Engine.build(in), c.defect() + " built");
                String want = c.where().isEmpty() ? file : file + "!" + c.where();
                List<TableProblem> errors = e.getProblems().stream().filter(TableProblem::isError).toList();
                String all = errors.stream().map(TableProblem::toString).collect(Collectors.joining("\n"));
                assertTrue(errors.stream().anyMatch(p -> p.location().equals(want) && p.getMessage().contains(c.says())),
                        "expected an error at " + want + " saying '" + c.says() + "', got:\n" + all);
                assertTrue(errors.stream().allMatch(p -> p.getFile().equals(file)), "errors outside the hostile file:\n" + all);
                assertNull(System.getProperty(HostileWorkbook.PROPERTY), "the payload ran");
            }));
        }
        return tests;
    }

    @Test
    void anOversizeFileIsRefusedBeforePoiOpensIt() throws IOException {
        Path big = tmp.resolve("hostile-oversize.drl.xlsx");
        try (OutputStream out = Files.newOutputStream(big)) {
            byte[] chunk = new byte[1 << 20];
            for (int i = 0; i <= TableReader.MAX_FILE_BYTES / chunk.length; i++) out.write(chunk);
        }
        TableReader.Result r = new TableReader(Modules.schemaSet()).read(big, "hostile-oversize.drl.xlsx");
        assertEquals(1, r.errors().size(), r.problems().toString());
        assertTrue(r.errors().get(0).getMessage().contains("at most"), r.problems().toString());
    }

    @Test
    void theCleanWorkbookTheHostileOnesStartFromIsValid() {
        TableReader.Result r = new TableReader(Modules.schemaSet()).read(matrix(wb -> { }), "clean.drl.xlsx");
        if (!r.ok()) fail(r.problems().toString());
        assertEquals(3, r.table().get().rows().size());
    }
}
