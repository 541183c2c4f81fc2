package org.writguard.internal.cli;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.writguard.internal.tables.HostileWorkbook;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TablesDumpCommandTest {
    static final Path CIRCUITS = Path.of("decision-tables/jurisdiction/circuits.drl.xlsx");

    @TempDir
    Path tmp;

    @Test
    void oneWorkbookDumpsTheSameWhereverItIsStored() throws IOException {
        Path copy = tmp.resolve("git-blob-x1/circuits.drl.xlsx");
        Files.createDirectories(copy.getParent());
        Files.copy(CIRCUITS, copy);
        Cli a = Cli.run("tables", "dump", CIRCUITS.toString());
        Cli b = Cli.run("tables", "dump", copy.toString());
        assertEquals(ExitCodes.OK, a.code(), a.toString());
        assertEquals(a.out(), b.out());
        List<String> lines = a.out().lines().toList();
        assertTrue(lines.get(0).startsWith("# StateCircuits: hit policy UNIQUE ("), lines.get(0));
        assertEquals("sheet,row,State,Row id,Circuit,Citation,Verified,Verified on,Label,Notes", lines.get(1));
        assertEquals("Circuits,10,ME,CIR-ME,C1,28 U.S.C. § 41,TRUE,2026-09-30,K,", lines.get(2));
        assertEquals(57, lines.size());
        assertFalse(a.out().contains("circuits.drl.xlsx"));
    }

    @Test
    void theNamedFormatNamesEveryCellByItsColumnForGitDiffs() {
        Cli r = Cli.run("tables", "dump", CIRCUITS.toString(), "--format", "named");
        assertEquals(ExitCodes.OK, r.code(), r.toString());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(0).startsWith("# StateCircuits: hit policy UNIQUE"), r.out());
        assertEquals("Circuits row 11 [CIR-MA]: State=MA | Circuit=C1 | Citation=28 U.S.C. § 41 | Verified=TRUE"
                + " | Verified on=2026-09-30 | Label=K", lines.get(2));
    }

    @Test
    void theDrlFormatShowsWhatDroolsCompilesRowByRow() {
        Cli r = Cli.run("tables", "dump", CIRCUITS.toString(), "--format", "drl");
        assertEquals(ExitCodes.OK, r.code(), r.toString());
        assertTrue(r.out().startsWith("// StateCircuits\npackage org.writguard.rules.jurisdiction;"), r.out());
        assertTrue(r.out().contains("// StateCircuits row 10\nrule \"StateCircuits_10\"\n\twhen\n\t\tq : CircuitLookup(state == \"ME\")"), r.out());
    }

    @Test
    void aDirectoryDumpNamesEachWorkbookOnEveryLine() {
        Cli r = Cli.run("tables", "dump", "decision-tables");
        assertEquals(ExitCodes.OK, r.code(), r.toString());
        assertTrue(r.out().contains("\ndecision-tables/jurisdiction/circuits.drl.xlsx,Circuits,10,ME,CIR-ME,C1,"), r.out());
        assertTrue(r.out().contains("\ndecision-tables/authority/model-function-matrix.drl.xlsx,Matrix,10,JEM,"), r.out());
    }

    @Test
    void aBrokenWorkbookIsNamedByCellAndExitsThree() throws IOException {
        Path bad = tmp.resolve("bad.drl.xlsx");
        Files.write(bad, HostileWorkbook.matrix(HostileWorkbook.text("E10", "MAYBE")));
        Cli r = Cli.run("tables", "dump", bad.toString());
        assertEquals(ExitCodes.RULE_BOOK, r.code(), r.toString());
        assertEquals("writguard: " + bad + "!Matrix!E10: \"MAYBE\" is not one of YES, NO, UNCERTAIN (column Allowed)\n", r.err());
        // The rows are still printed, cells as typed, so "dump, edit, create" repairs the workbook.
        assertTrue(r.out().contains(",MAYBE,"), r.out());
    }

    @Test
    void anUnknownFormatOrPathIsBadInput() {
        assertEquals(ExitCodes.BAD_INPUT, Cli.run("tables", "dump", CIRCUITS.toString(), "--format", "xml").code());
        assertEquals(ExitCodes.BAD_INPUT, Cli.run("tables", "dump", tmp.resolve("none").toString()).code());
    }

    /** The recipe of docs/tables-in-git.md, with the test's own classpath standing in for bin/writguard. */
    @Test
    void gitShowsACellEditAsAOneLineDiffThroughTheTextconv() throws Exception {
        Assumptions.assumeTrue(run(tmp, "git", "--version") == 0, "git is not installed");
        Path repo = tmp.resolve("repo");
        Files.createDirectories(repo.resolve("decision-tables"));
        Files.copy(Path.of(".gitattributes"), repo.resolve(".gitattributes"));
        Path table = repo.resolve("decision-tables/circuits.drl.xlsx");
        Files.copy(CIRCUITS, table);
        Path dump = tmp.resolve("dump.sh");
        Files.writeString(dump, "#!/bin/sh\nexec '" + Path.of(System.getProperty("java.home"), "bin", "java") + "' -cp '"
                + System.getProperty("java.class.path") + "' org.writguard.internal.cli.Main tables dump \"$@\"\n");
        assertTrue(dump.toFile().setExecutable(true));
        assertEquals(0, run(repo, "git", "init", "-q"));
        assertEquals(0, run(repo, "git", "config", "diff.drlxlsx.textconv", dump.toString()));
        assertEquals(0, run(repo, "git", "add", "-A"));
        assertEquals(0, run(repo, "git", "-c", "user.email=t@example.org", "-c", "user.name=t", "commit", "-qm", "tables"));
        // An analyst changes Massachusetts (row 11) from the First Circuit to the Second.
        Path csv = tmp.resolve("rows.csv");
        Cli before = Cli.run("tables", "dump", table.toString());
        Files.writeString(csv, before.out().replace("Circuits,11,MA,CIR-MA,C1,", "Circuits,11,MA,CIR-MA,C2,"));
        assertEquals(ExitCodes.OK, Cli.run("tables", "create", "--table", "StateCircuits", "--csv", csv.toString(),
                "--out", table.toString()).code());
        Path out = tmp.resolve("diff.txt");
        assertEquals(0, run(repo, out, "git", "diff", "--no-color", "-U0"));
        List<String> changed = Files.readAllLines(out, StandardCharsets.UTF_8).stream()
                .filter(l -> (l.startsWith("-") || l.startsWith("+")) && !l.startsWith("---") && !l.startsWith("+++")).toList();
        assertEquals(List.of("-Circuits,11,MA,CIR-MA,C1,28 U.S.C. § 41,TRUE,2026-09-30,K,",
                "+Circuits,11,MA,CIR-MA,C2,28 U.S.C. § 41,TRUE,2026-09-30,K,"), changed);
    }

    static int run(Path dir, String... cmd) throws IOException, InterruptedException {
        return run(dir, null, cmd);
    }

    static int run(Path dir, Path out, String... cmd) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(out == null);
        if (out != null) pb.redirectOutput(out.toFile());
        else pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("GIT_CONFIG_NOSYSTEM", "1");
        pb.environment().put("HOME", dir.toString());
        return pb.start().waitFor();
    }
}
