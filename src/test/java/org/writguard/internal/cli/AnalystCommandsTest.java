package org.writguard.internal.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 13 items 3, 4, 7, 8, 9 from the command line: upgrade, dump/create repair, tables diff, explain, watch. */
class AnalystCommandsTest {
    static final String PARAMS = "parameters/analyst-parameters.drl.xlsx";
    static final String SCENARIO_1 = "examples/scenario-01-weekend-detainer-over-hold-ga.yaml";

    @TempDir
    Path tmp;

    /** Rewrites the tables' detainer_hold_max_hours from 48 to {@code hours} through dump, edit, create. */
    static void setDetainerLimit(Path tables, String hours) throws IOException {
        Path wb = tables.resolve(PARAMS);
        Cli dump = Cli.run("tables", "dump", wb.toString());
        assertEquals(ExitCodes.OK, dump.code(), dump.toString());
        String edited = dump.out().replaceAll("(?m)^(Parameters,\\d+,detainer_hold_max_hours,[^,]*,,,)48,", "$1" + hours + ",");
        assertFalse(edited.equals(dump.out()), "the 48-hour row was found");
        Path csv = tables.resolveSibling("p.csv");
        Files.writeString(csv, edited, StandardCharsets.UTF_8);
        Path out = tables.resolveSibling("new.drl.xlsx");
        Cli create = Cli.run("tables", "create", "--table", "AnalystParameters", "--csv", csv.toString(), "--out", out.toString());
        assertEquals(ExitCodes.OK, create.code(), create.toString());
        Files.move(out, wb, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    @Test
    void tablesDiffShowsTheChangedCellAndTheFindingsEachCaseLoses() throws IOException {
        Path oldRoot = Cli.copyRuleBook(tmp.resolve("old"));
        Path newRoot = Cli.copyRuleBook(tmp.resolve("new"));
        setDetainerLimit(newRoot.resolve("decision-tables"), "72");
        Cli text = Cli.run("tables", "diff", oldRoot.resolve("decision-tables").toString(), newRoot.resolve("decision-tables").toString(),
                "--cases", SCENARIO_1);
        assertEquals(ExitCodes.OK, text.code(), text.toString());
        assertTrue(text.out().contains("AnalystParameters (") && text.out().contains("] Value: 48 -> 72\n"), text.toString());
        assertTrue(text.out().contains("findings over 1 cases: 1 cases change"), text.toString());
        assertTrue(text.out().contains(SCENARIO_1 + ":\n  - F13/REGULATORY HOLD:h-1 FIRED CRITICAL"), text.toString());

        Cli json = Cli.run("tables", "diff", oldRoot.resolve("decision-tables").toString(), newRoot.resolve("decision-tables").toString(),
                "--cases", SCENARIO_1, "--format", "json");
        assertEquals(ExitCodes.OK, json.code(), json.toString());
        JsonNode root = new ObjectMapper().readTree(json.out());
        JsonNode cell = root.at("/tables/0/changed/0/cells/0");
        assertEquals("Value", cell.get("column").asText());
        assertEquals("48", cell.get("old").asText());
        assertEquals("72", cell.get("new").asText());
        assertEquals(1, root.get("cases_assessed").asInt());
        assertTrue(root.at("/findings/0/lost").toString().contains("F13/REGULATORY HOLD:h-1"), json.out());

        Cli same = Cli.run("tables", "diff", oldRoot.resolve("decision-tables").toString(), oldRoot.resolve("decision-tables").toString(),
                "--cases", SCENARIO_1);
        assertTrue(same.out().startsWith("no table rows changed\nfindings over 1 cases: no case gains or loses a finding"), same.toString());
    }

    @Test
    void aContradictingRowADeletedColumnAndABrokenTemplateAreOneMessageEachAndDumpCreateRepairs() throws IOException {
        Path root = Cli.copyRuleBook(tmp);
        Path tables = root.resolve("decision-tables");
        Path wb = tables.resolve(PARAMS);
        Cli dump = Cli.run("tables", "dump", wb.toString());
        String line = dump.out().lines().filter(l -> l.contains(",detainer_hold_max_hours,")).findFirst().orElseThrow();
        Path csv = root.resolve("p.csv");
        Files.writeString(csv, dump.out() + line.replaceFirst("^Parameters,\\d+,detainer_hold_max_hours,[^,]*,,,48,",
                "Parameters,99,detainer_hold_max_hours,P-DETAINER-72,,,72,") + "\n");
        byte[] before = Files.readAllBytes(wb);
        assertEquals(ExitCodes.RULE_BOOK, Cli.run("tables", "create", "--table", "AnalystParameters", "--csv", csv.toString(),
                "--out", wb.toString()).code(), "create refuses rows that do not pass");
        org.junit.jupiter.api.Assertions.assertArrayEquals(before, Files.readAllBytes(wb), "a refused create leaves the workbook as it was");
        // The same row typed in by hand (in Excel or LibreOffice) reaches the folder: check names it.
        org.writguard.internal.tables.TableWriter.write(org.writguard.internal.engine.ParametersTopic.SCHEMA, null,
                org.writguard.internal.tables.TableCsv.parse(org.writguard.internal.engine.ParametersTopic.SCHEMA, Files.readString(csv)), wb);
        Cli check = Cli.run("tables", "check", tables.toString());
        assertEquals(ExitCodes.RULE_BOOK, check.code(), check.toString());
        long errors = check.out().lines().filter(l -> l.startsWith("error: ")).count();
        assertEquals(1, errors, check.toString());
        assertTrue(check.out().contains("hit policy is UNIQUE"), check.toString());

        // Restore, then upgrade repairs a workbook whose template rows were edited; dump still reads it.
        Files.writeString(csv, dump.out());
        assertEquals(ExitCodes.OK, Cli.run("tables", "create", "--table", "AnalystParameters", "--csv", csv.toString(),
                "--out", wb.toString()).code());
        Cli up = Cli.run("tables", "upgrade", tables.toString());
        assertEquals(ExitCodes.OK, up.code(), up.toString());
        Cli again = Cli.run("tables", "upgrade", tables.toString());
        assertEquals(ExitCodes.OK, again.code(), again.toString());
        assertTrue(again.out().matches("(?s).*\n0 of \\d+ workbooks changed\n"), again.toString());
    }

    @Test
    void explainSaysPerConditionWhetherARowMatchedAndWhyAFindingDidNotFire() throws IOException {
        Cli row = Cli.run("explain", SCENARIO_1, "--row", "analyst-parameters.drl.xlsx!Parameters!17");
        assertEquals(ExitCodes.OK, row.code(), row.toString());
        assertTrue(row.out().startsWith("Row 17 of decision-tables/parameters/analyst-parameters.drl.xlsx!Parameters [P-DETAINER-48]:"
                + " table AnalystParameters, hit policy UNIQUE"), row.toString());
        assertTrue(row.out().contains("    Parameter: the case gives detainer_hold_max_hours, the row needs detainer_hold_max_hours -> matches\n"
                + "    => the row answers it"), row.toString());
        assertTrue(row.out().contains("-> does not match"), row.toString());

        Path root = Cli.copyRuleBook(tmp);
        setDetainerLimit(root.resolve("decision-tables"), "72");
        Cli why = Cli.run("explain", SCENARIO_1, "--finding", "F13", "--subject", "h-1",
                "--tables", root.resolve("decision-tables").toString(), "--rules", root.resolve("rules").toString(), "--no-cache");
        assertEquals(ExitCodes.OK, why.code(), why.toString());
        assertTrue(why.out().contains("rule \"F13 detainer hold over 48 hours excluding weekends and holidays\" (detention.drl) did not"
                + " fire for h-1; it needs:\n    $h : HoldReview( f13Regulatory.isYes() )\n    f13Regulatory must be YES; for h-1 it is NO"
                + " (not met)"), why.toString());
        assertTrue(why.out().contains("detainerMaxHours=72, detainerMaxOrigin=table row 17 (P-DETAINER-48)"), why.toString());
        assertTrue(why.out().contains("hoursBusiness=49.0"), why.toString());

        assertEquals(ExitCodes.BAD_INPUT, Cli.run("explain", SCENARIO_1, "--finding", "F13").code());
        assertEquals(ExitCodes.BAD_INPUT, Cli.run("explain", SCENARIO_1, "--row", "nowhere.drl.xlsx!X!3").code());
    }

    @Test
    void watchReassessesOnARealSaveAndPrintsWhatChanged() throws Exception {
        Path root = Cli.copyRuleBook(tmp);
        Path tables = root.resolve("decision-tables");
        Path caseFile = root.resolve("case.yaml");
        Files.copy(Path.of(SCENARIO_1), caseFile);
        StringWriter out = new StringWriter();
        CommandLine cl = Main.commandLine();
        PrintWriter pw = new PrintWriter(out, true) {
            @Override
            public synchronized void println(String x) { super.println(x); }
        };
        cl.setOut(pw);
        cl.setErr(pw);
        int[] code = {-1};
        Thread t = new Thread(() -> code[0] = cl.execute("watch", caseFile.toString(), "--tables", tables.toString(),
                "--rules", root.resolve("rules").toString(), "--interval", "100", "--max-runs", "1"));
        t.setDaemon(true);
        t.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!out.toString().contains(" watching ") && System.nanoTime() < deadline) Thread.sleep(50);
        assertTrue(out.toString().contains(" watching "), out.toString());
        setDetainerLimit(tables, "72");
        t.join(TimeUnit.SECONDS.toMillis(60));
        assertFalse(t.isAlive(), "watch stops after --max-runs 1: " + out);
        assertEquals(ExitCodes.OK, code[0], out.toString());
        String s = out.toString();
        assertTrue(s.contains("tables or rules changed: rebuilding"), s);
        assertTrue(s.contains(caseFile + ":\n  - F13/REGULATORY HOLD:h-1 FIRED CRITICAL"), s);
        assertTrue(s.matches("(?s).* re-assessed 1 cases in \\d+ ms: 1 cases changed.*"), s);
    }
}
