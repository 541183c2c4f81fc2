package org.writguard.internal.engine;

import org.writguard.engine.*;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.writguard.engine.TableProblem;
import org.writguard.internal.tables.TableReader;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 12 item 1: every numeric parameter has documented bounds, in case files and in the parameter table. */
class ParameterBoundsTest {

    @Test
    void everyNumericParameterHasBoundsThatTheShippedValuesMeet() {
        for (Parameter p : Parameter.values()) {
            if (p.type() == Parameter.Type.BOOLEAN) {
                assertNull(p.max(), p.key());
                continue;
            }
            assertNotNull(p.max(), p.key());
            assertTrue(p.min().compareTo(p.max()) < 0, p.key());
            assertNull(p.outOfBounds(p.max().toPlainString()), p.key());
            assertNotNull(p.outOfBounds(p.max().add(BigDecimal.ONE).toPlainString()), p.key());
            assertNotNull(p.outOfBounds(p.min().subtract(BigDecimal.ONE).toPlainString()), p.key());
        }
        assertEquals("2562048 is out of bounds; expected 0 to 876600",
                Parameter.DETAINER_HOLD_MAX_HOURS.outOfBounds("2562048"));
        assertEquals("-48 is out of bounds; expected 0 to 876600 (it cannot be negative)",
                Parameter.COMPLAINT_FORWARD_MAX_HOURS.outOfBounds("-48"));
    }

    @Test
    void aTableCellOutOfBoundsIsACellNamedBuildError(@TempDir Path tmp) throws Exception {
        for (String dir : new String[] {"decision-tables", "rules"}) {
            try (Stream<Path> files = Files.walk(Path.of(dir))) {
                for (Path p : files.filter(Files::isRegularFile).toList()) {
                    Path to = tmp.resolve(p.toString());
                    Files.createDirectories(to.getParent());
                    Files.copy(p, to);
                }
            }
        }
        Path file = tmp.resolve(RuleBookWatcherTest.PARAMS);
        int col = ParametersTopic.SCHEMA.indexOf(ParametersTopic.VALUE);
        int sheetRow = -1;
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(file)))) {
            for (Row row : wb.getSheet(ParametersTopic.SCHEMA.sheet())) {
                if (row.getCell(0) != null && "trac_cutoff".equals(row.getCell(0).toString())) {
                    row.getCell(col, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK).setCellValue("999999999999999999999999999999");
                    sheetRow = row.getRowNum() + 1;
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        RuleBookException e = assertThrows(RuleBookException.class,
                () -> Engine.load(tmp.resolve("decision-tables"), tmp.resolve("rules")));
        TableProblem p = e.getProblems().stream().filter(TableProblem::isError).findFirst().orElseThrow();
        assertEquals(RuleBookWatcherTest.PARAMS + "!Parameters!" + TableReader.columnLetter(col) + sheetRow, p.location());
        assertTrue(p.getMessage().contains("parameter trac_cutoff: 999999999999999999999999999999 is out of bounds; expected -1000 to 1000"),
                p.getMessage());
    }
}
