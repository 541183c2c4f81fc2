package org.writguard.internal.cli;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.writguard.internal.tables.TableReader;
import org.writguard.internal.tables.TableSchema;
import org.writguard.internal.topics.remedies.RemediesTables;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 19 item 3: findings cite authorities by id. A table cell or a rule naming an id the authorities table does
 * not have, or citing free text, stops the load with exit 3 and a line naming the cell or the rule.
 */
class CitationLoadErrorTest {
    private static final String CASE = "examples/scenario-07-pa-hold-mandamus.yaml";
    private static final String PACE = "decision-tables/remedies/pace-review-status.drl.xlsx";

    @TempDir
    Path tmp;

    private Cli assess(Path root) {
        return Cli.run("assess", "--no-cache", "--tables", root.resolve("decision-tables").toString(),
                "--rules", root.resolve("rules").toString(), CASE);
    }

    /** Sets one cell of the pace-review table's first data row (sheet row 10). */
    private static void setPaceCell(Path root, String key, String value) throws IOException {
        Path file = root.resolve(PACE);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(file)))) {
            Sheet sheet = wb.getSheet(RemediesTables.PACE.sheet());
            Row row = sheet.getRow(TableSchema.FIRST_DATA_ROW);
            row.getCell(RemediesTables.PACE.indexOf(key), Row.MissingCellPolicy.CREATE_NULL_AS_BLANK).setCellValue(value);
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
    }

    private static String cell(String key) {
        return PACE.substring(PACE.lastIndexOf('/') + 1) + "!" + RemediesTables.PACE.sheet() + "!"
                + TableReader.columnLetter(RemediesTables.PACE.indexOf(key)) + (TableSchema.FIRST_DATA_ROW + 1);
    }

    @Test
    void anUnknownIdInATableCellNamesTheCell() throws IOException {
        Path root = Cli.copyRuleBook(tmp);
        setPaceCell(root, TableSchema.CITATION, "cheejati-2042; usc-8-1252a2Bii");
        Cli r = assess(root);
        assertEquals(ExitCodes.RULE_BOOK, r.code(), r.toString());
        assertTrue(r.err().contains(cell(TableSchema.CITATION)), r.toString());
        assertTrue(r.err().contains("\"cheejati-2042\", which is not an authority id"), r.toString());
        assertTrue(r.err().contains("did you mean cheejati-2024?"), r.toString());
        assertFalse(r.err().contains("Exception"), r.toString());
    }

    @Test
    void freeTextInACitingTableIsRefused() throws IOException {
        Path root = Cli.copyRuleBook(tmp);
        setPaceCell(root, TableSchema.CITATION, "Cheejati v. Blinken, 106 F.4th 388 (5th Cir. 2024)");
        Cli r = assess(root);
        assertEquals(ExitCodes.RULE_BOOK, r.code(), r.toString());
        assertTrue(r.err().contains(cell(TableSchema.CITATION)) && r.err().contains("as free text"), r.toString());
    }

    @Test
    void anUnknownControllingDecisionNamesTheCell() throws IOException {
        Path root = Cli.copyRuleBook(tmp);
        setPaceCell(root, RemediesTables.CONTROLLING, "cheejatti-2024");
        Cli r = assess(root);
        assertEquals(ExitCodes.RULE_BOOK, r.code(), r.toString());
        assertTrue(r.err().contains(cell(RemediesTables.CONTROLLING)) && r.err().contains("controlling decision"), r.toString());
    }

    @Test
    void anUnknownIdInARuleNamesTheFileLineAndRule() throws IOException {
        Path root = Cli.copyRuleBook(tmp);
        Path drl = root.resolve("rules/detention/detention.drl");
        String text = Files.readString(drl);
        assertTrue(text.contains(".cite(\"mclaughlin-1991\")"));
        Files.writeString(drl, text.replace(".cite(\"mclaughlin-1991\")", ".cite(\"mclaughlin-1919\")"));
        int line = 1 + (int) text.substring(0, text.indexOf(".cite(\"mclaughlin-1991\")")).chars().filter(c -> c == '\n').count();
        Cli r = assess(root);
        assertEquals(ExitCodes.RULE_BOOK, r.code(), r.toString());
        assertTrue(r.err().contains("detention.drl:" + line), r.toString());
        assertTrue(r.err().contains("rule \"F17") && r.err().contains("\"mclaughlin-1919\""), r.toString());
        assertTrue(r.err().contains("did you mean mclaughlin-1991?"), r.toString());
    }

    @Test
    void aValueThatReceivesACallIsNotTakenForACitation() throws IOException {
        // "FL".equals(...) inside F15's cite(...) is a condition, not an authority; the shipped rules load.
        Path root = Cli.copyRuleBook(tmp);
        Cli r = assess(root);
        assertEquals(0, r.code(), r.toString());
    }
}
