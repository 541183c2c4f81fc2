package org.writguard.internal.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.writguard.internal.engine.Modules;
import org.writguard.internal.tables.TableReader;
import org.writguard.internal.topics.detention.DetentionTables;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TablesGenerateHolidaysCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    @Test
    void generatesAHolidayTableThatTheRuleBookAccepts(@TempDir Path dir) {
        Path file = dir.resolve("holidays.drl.xlsx");
        int code = run("tables", "generate-holidays", "--from", "2026", "--to", "2027", "--out", file.toString());
        assertEquals(ExitCodes.OK, code, err.toString());
        assertTrue(out.toString().contains("for 2026-2027"), out.toString());
        TableReader.Result r = new TableReader(Modules.schemaSet()).read(file, file.toString());
        assertTrue(r.ok(), r.problems().toString());
        assertEquals(DetentionTables.HOLIDAYS.name(), r.table().orElseThrow().schema().name());
        assertTrue(r.table().orElseThrow().rows().stream().anyMatch(row -> "2026-11-26".equals(row.get(DetentionTables.DATE))));
    }

    @Test
    void theSameYearsGiveTheSameBytes(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("a.drl.xlsx");
        Path b = dir.resolve("b.drl.xlsx");
        run("tables", "generate-holidays", "--from", "2030", "--to", "2030", "--out", a.toString());
        run("tables", "generate-holidays", "--from", "2030", "--to", "2030", "--out", b.toString());
        assertTrue(java.util.Arrays.equals(Files.readAllBytes(a), Files.readAllBytes(b)));
    }

    @Test
    void aYearBeforeTheCurrentStatuteIsBadInputWithOneLine(@TempDir Path dir) {
        int code = run("tables", "generate-holidays", "--from", "1900", "--out", dir.resolve("h.drl.xlsx").toString());
        assertEquals(ExitCodes.BAD_INPUT, code);
        assertEquals(1, err.toString().strip().lines().count(), err.toString());
        assertFalse(err.toString().contains("Exception"), err.toString());
    }

    @Test
    void aReversedRangeAndAPlainXlsxNameAreBadInput(@TempDir Path dir) {
        assertEquals(ExitCodes.BAD_INPUT, run("tables", "generate-holidays", "--from", "2030", "--to", "2020",
                "--out", dir.resolve("h.drl.xlsx").toString()));
        assertEquals(ExitCodes.BAD_INPUT, run("tables", "generate-holidays", "--out", dir.resolve("h.xlsx").toString()));
        assertFalse(Files.exists(dir.resolve("h.xlsx")));
    }
}
