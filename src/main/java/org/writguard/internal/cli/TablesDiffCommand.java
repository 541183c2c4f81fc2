package org.writguard.internal.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.writguard.cases.CaseInputException;
import org.writguard.internal.diff.Corpus;
import org.writguard.internal.diff.FindingsDiff;
import org.writguard.internal.diff.TableDiff;
import org.writguard.internal.engine.Modules;
import org.writguard.engine.Report;
import org.writguard.internal.engine.Engine;
import org.writguard.internal.engine.RuleBookInputs;
import org.writguard.internal.tables.LoadedTable;
import org.writguard.engine.TableProblem;
import org.writguard.internal.tables.TableReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * tables diff OLD_DIR NEW_DIR: what an edit of the tables changes, as rows (cell by cell) and as behaviour
 * (the findings each case of a corpus gains, loses or changes), what OpenFisca calls a reform.
 */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Compare two versions of the decision tables: rows added, removed and changed (cell by cell,"
                + " with column names), then, over a corpus of cases, the findings each case gains (+), loses (-) or"
                + " changes (~: status, severity or deciding row).",
                "The corpus is every case and fixture under --cases (default: examples/ and src/test/resources/fixtures/"
                        + " of the writguard home). Exit 0 when both versions build, 3 when one does not (its errors"
                        + " are listed; the row diff is still printed)."})
final class TablesDiffCommand implements Callable<Integer> {
    enum Format { text, json }

    @Parameters(index = "0", paramLabel = "OLD_DIR", description = "the tables before the edit")
    Path oldDir;

    @Parameters(index = "1", paramLabel = "NEW_DIR", description = "the tables after the edit")
    Path newDir;

    @Option(names = "--rules", paramLabel = "DIR", description = "DRL rules both versions are built with (default: rules/ of the writguard home)")
    Path rules;

    @Option(names = "--cases", paramLabel = "DIR|FILE", description = "case files and fixture files to assess (repeatable)")
    List<Path> cases;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json", description = "text or json (default: ${DEFAULT-VALUE})")
    Format format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        for (Path d : List.of(oldDir, newDir)) {
            if (!Files.isDirectory(d)) throw new Errors.InputException(d + ": no such tables directory");
        }
        Path rulesDir = rules != null ? rules : RuleBookOptions.home().resolve("rules");
        if (!Files.isDirectory(rulesDir)) throw new Errors.InputException(rulesDir + ": no such rules directory (use --rules)");
        List<Path> corpus = cases != null ? cases : defaultCorpus();
        List<Corpus.Case> all = Corpus.read(corpus);

        List<TableDiff> rows = rowDiffs(tables(oldDir), tables(newDir));
        List<String> problems = new ArrayList<>();
        Engine before = build(oldDir, rulesDir, problems);
        Engine after = build(newDir, rulesDir, problems);
        List<FindingsDiff> behaviour = new ArrayList<>();
        if (before != null && after != null) {
            for (Corpus.Case c : all) {
                Report a = assess(before, c, problems, "old");
                Report b = assess(after, c, problems, "new");
                if (a == null || b == null) continue;
                FindingsDiff d = FindingsDiff.of(c.name(), a, b);
                if (!d.isEmpty()) behaviour.add(d);
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("old", oldDir.toString());
            m.put("new", newDir.toString());
            m.put("tables", rows.stream().map(TableDiff::toMap).toList());
            m.put("cases_assessed", before != null && after != null ? all.size() : 0);
            m.put("findings", behaviour.stream().map(FindingsDiff::toMap).toList());
            m.put("problems", problems);
            out.print(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(m) + "\n");
        } else {
            if (rows.isEmpty()) out.println("no table rows changed");
            for (TableDiff d : rows) d.lines().forEach(out::println);
            for (String p : problems) out.println("! " + p);
            if (before != null && after != null) {
                out.println("findings over " + all.size() + " cases: " + (behaviour.isEmpty() ? "no case gains or loses a finding"
                        : behaviour.size() + " cases change"));
                for (FindingsDiff d : behaviour) d.lines().forEach(out::println);
            }
        }
        out.flush();
        return before != null && after != null ? ExitCodes.OK : ExitCodes.RULE_BOOK;
    }

    static List<Path> defaultCorpus() {
        List<Path> out = new ArrayList<>();
        // Relative names when run from the writguard home (as bin/writguard users do), so reports read short.
        Path home = RuleBookOptions.home().toAbsolutePath().normalize();
        boolean here = home.equals(Path.of("").toAbsolutePath().normalize());
        for (String d : List.of("examples", "src/test/resources/fixtures")) {
            Path p = here ? Path.of(d) : home.resolve(d);
            if (Files.isDirectory(p)) out.add(p);
        }
        if (out.isEmpty()) throw new Errors.InputException("no examples/ or fixtures to assess; name them with --cases");
        return out;
    }

    /** Every table that reads (or whose rows its labels allow reading), by RuleTable name. */
    static Map<String, LoadedTable> tables(Path dir) {
        RuleBookInputs in = RuleBookInputs.fromDirectories(dir, dir);
        TableReader reader = new TableReader(Modules.schemaSet());
        Map<String, LoadedTable> out = new LinkedHashMap<>();
        for (RuleBookInputs.Input i : in.tables()) {
            reader.read(i.bytes(), i.name()).salvaged().ifPresent(t -> out.putIfAbsent(t.schema().name(), t));
        }
        return out;
    }

    static List<TableDiff> rowDiffs(Map<String, LoadedTable> a, Map<String, LoadedTable> b) {
        Set<String> names = new LinkedHashSet<>(a.keySet());
        names.addAll(b.keySet());
        List<TableDiff> out = new ArrayList<>();
        for (String n : names) {
            TableDiff d = TableDiff.of(a.get(n), b.get(n));
            if (!d.isEmpty()) out.add(d);
        }
        return out;
    }

    private static Engine build(Path tables, Path rules, List<String> problems) {
        try {
            return RuleBookOptions.cache().loadOrBuild(RuleBookInputs.fromDirectories(tables, rules));
        } catch (org.writguard.engine.RuleBookException e) {
            for (TableProblem p : e.getProblems()) if (p.isError()) problems.add(tables + " does not build: " + p);
            return null;
        }
    }

    private static Report assess(Engine book, Corpus.Case c, List<String> problems, String side) {
        try {
            return book.assess(c.caseFile(), c.name());
        } catch (CaseInputException e) {
            problems.add(c.name() + " (" + side + " tables): " + e.getMessage());
            return null;
        }
    }
}
