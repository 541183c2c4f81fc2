package org.writguard.internal.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 17, cold start: a command line whose first word names a subcommand builds only that subcommand's model
 * ({@link Main#commandLine(String...)}); what a user sees must be what the whole tree gives.
 */
class MainFastPathTest {
    private static final String EXAMPLE = "examples/scenario-02-wso-interrogation-fl.yaml";

    @Test
    void theSubcommandTableListsExactlyTheCommandsMainDeclares() {
        Map<String, Class<?>> declared = new TreeMap<>();
        for (Class<?> c : Main.class.getAnnotation(Command.class).subcommands()) {
            if (c == CommandLine.HelpCommand.class) continue;
            declared.put(c.getAnnotation(Command.class).name(), c);
        }
        assertEquals(declared, new TreeMap<>(Main.SUBCOMMANDS));
    }

    @Test
    void onlyTheNamedSubcommandIsBuiltAndAnythingElseGetsTheWholeTree() {
        assertEquals(Set.of("assess"), Main.commandLine("assess", EXAMPLE).getSubcommands().keySet());
        assertEquals(Set.of("tables"), Main.commandLine("tables", "check").getSubcommands().keySet());
        int all = Main.commandLine().getSubcommands().size();
        for (String[] args : new String[][] {{}, {"--help"}, {"help", "assess"}, {"asses", EXAMPLE}, {"--version"}}) {
            assertEquals(all, Main.commandLine(args).getSubcommands().size(), Arrays.toString(args));
        }
    }

    @Test
    void helpVersionUsageErrorsAndReportsAreTheSameEitherWay(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "as_of: 2026-10-06T06:00:00-04:00\nholds:\n  - hold_id: h1\n    detainer: {form: I247}\n");
        String[][] lines = {
            {"assess", "--help"}, {"assess", "--version"}, {"assess"}, {"assess", "--bogus", EXAMPLE},
            {"assess", EXAMPLE, "--format", "nope"}, {"assess", bad.toString()}, {"assess", EXAMPLE, "--format", "markdown"},
            {"tables"}, {"tables", "--version"}, {"tables", "check", "--help"}, {"assess-batch", "--help"},
            {"replay", "--help"}, {"explain", "--help"}, {"serve", "--help"}, {"roster", "--help"},
        };
        for (String[] args : lines) {
            String whole = run(Main.commandLine(), args);
            String fast = run(Main.commandLine(args), args);
            assertEquals(whole, fast, Arrays.toString(args));
        }
    }

    @Test
    void aBadCaseIsReportedBeforeABadRuleBookAsWhenTheyLoadedOneAfterTheOther(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "as_of: 2026-10-06T06:00:00-04:00\nholds:\n  - hold_id: h1\n    detainer: {form: I247}\n");
        Path missing = dir.resolve("no-tables");
        boolean was = Main.oneShotProcess(true);      // the rule book loads on a second thread, as in bin/writguard
        try {
            String both = run(Main.commandLine("assess"), "assess", bad.toString(), "--tables", missing.toString());
            assertTrue(both.startsWith("exit 2\n"), both);
            assertTrue(both.contains("holds[0].detainer.form") && !both.contains("no-tables"), both);
            String bookOnly = run(Main.commandLine("assess"), "assess", EXAMPLE, "--tables", missing.toString());
            assertTrue(bookOnly.startsWith("exit 2\n") && bookOnly.contains("no-tables"), bookOnly);
            assertEquals(run(Main.commandLine("assess"), "assess", EXAMPLE, "--format", "json"),
                    withOneShot(false, () -> run(Main.commandLine("assess"), "assess", EXAMPLE, "--format", "json")));
        } finally {
            Main.oneShotProcess(was);
        }
    }

    @Test
    void theCommandLinesReportWithoutACopyIsTheEnginesWithOne() {
        for (String format : new String[] {"json", "markdown", "text"}) {
            Cli r = Cli.run("assess", EXAMPLE, "--format", format);
            org.writguard.engine.Report copied = org.writguard.testing.TestRuleBook.get()
                    .assess(new org.writguard.internal.cases.CaseReader().read(Path.of(EXAMPLE)), EXAMPLE);
            String expected = switch (format) {
                case "json" -> org.writguard.engine.ReportWriter.json(copied);
                case "markdown" -> org.writguard.engine.ReportWriter.markdown(copied);
                default -> org.writguard.engine.ReportWriter.text(copied);
            };
            assertEquals(0, r.code(), r.err());
            assertEquals(expected, r.out(), format);
        }
    }

    private static String withOneShot(boolean on, java.util.function.Supplier<String> run) {
        boolean was = Main.oneShotProcess(on);
        try {
            return run.get();
        } finally {
            Main.oneShotProcess(was);
        }
    }

    private static String run(CommandLine cl, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return "exit " + code + "\n--- out\n" + out + "--- err\n" + err;
    }
}
