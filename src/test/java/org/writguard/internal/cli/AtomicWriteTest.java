package org.writguard.internal.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 12 item 12: `tables create` and `roster import` write whole files or nothing. */
class AtomicWriteTest {
    static final Path CIRCUITS = Path.of("decision-tables/jurisdiction/circuits.drl.xlsx");

    static long leftovers(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".tmp")).count();
        }
    }

    @Test
    void tablesCreateWithAnInvalidCellExitsThreeAndWritesNothing(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("rows.csv");
        Cli dump = Cli.run("tables", "dump", CIRCUITS.toString());
        assertEquals(ExitCodes.OK, dump.code(), dump.err());
        Files.writeString(csv, dump.out().replace("Circuits,11,MA,CIR-MA,C1,", "Circuits,11,MA,CIR-MA,C99,"));
        Path out = dir.resolve("new.drl.xlsx");
        Cli r = Cli.run("tables", "create", "--table", "StateCircuits", "--csv", csv.toString(), "--out", out.toString());
        assertEquals(ExitCodes.RULE_BOOK, r.code(), r.toString());
        assertTrue(r.err().contains("C99"), r.err());
        assertFalse(Files.exists(out), "no workbook with invalid cells at --out");
        assertEquals(0, leftovers(dir));

        // Over an existing workbook: it stays byte for byte.
        Path existing = dir.resolve("existing.drl.xlsx");
        Files.copy(CIRCUITS, existing);
        byte[] before = Files.readAllBytes(existing);
        r = Cli.run("tables", "create", "--table", "StateCircuits", "--csv", csv.toString(), "--out", existing.toString());
        assertEquals(ExitCodes.RULE_BOOK, r.code(), r.toString());
        assertArrayEquals(before, Files.readAllBytes(existing));

        // Valid rows replace it whole.
        Files.writeString(csv, dump.out().replace("Circuits,11,MA,CIR-MA,C1,", "Circuits,11,MA,CIR-MA,C2,"));
        r = Cli.run("tables", "create", "--table", "StateCircuits", "--csv", csv.toString(), "--out", existing.toString());
        assertEquals(ExitCodes.OK, r.code(), r.toString());
        assertTrue(Cli.run("tables", "dump", existing.toString()).out().contains("Circuits,11,MA,CIR-MA,C2,"));
        assertEquals(0, leftovers(dir));
    }

    @Test
    void tablesCreateToAPathThatCannotBeWrittenExitsFive(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("rows.csv");
        Files.writeString(csv, Cli.run("tables", "dump", CIRCUITS.toString()).out());
        Path file = dir.resolve("plain-file");
        Files.writeString(file, "x");
        Cli r = Cli.run("tables", "create", "--table", "StateCircuits", "--csv", csv.toString(),
                "--out", file.resolve("t.drl.xlsx").toString());
        assertEquals(ExitCodes.OUTPUT, r.code(), r.toString());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }

    @Test
    void rosterImportReplacesTheTableWholeAndLeavesNoTemporaryFile(@TempDir Path dir) throws IOException {
        Path sheet = Path.of("../shared/data/ice-287g/participatingAgencies05162025am.xlsx");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(sheet), "shared ICE snapshot absent");
        Path out = dir.resolve("agreements.drl.xlsx");
        Files.writeString(out, "the old table");
        Cli r = Cli.run("roster", "import", sheet.toString(), "--out", out.toString());
        assertEquals(ExitCodes.OK, r.code(), r.toString());
        assertTrue(Files.size(out) > 1000);
        assertEquals(0, leftovers(dir));
        Path file = dir.resolve("plain-file");
        Files.writeString(file, "x");
        r = Cli.run("roster", "import", sheet.toString(), "--out", file.resolve("t.drl.xlsx").toString());
        assertEquals(ExitCodes.OUTPUT, r.code(), r.toString());
    }
}
