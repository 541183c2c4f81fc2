package org.writguard.internal.web;

import org.writguard.cases.CaseInputException;
import org.writguard.engine.Report;
import org.writguard.engine.RuleBookException;
import org.writguard.engine.TableProblem;
import org.writguard.internal.diff.Corpus;
import org.writguard.internal.diff.FindingsDiff;
import org.writguard.internal.diff.TableDiff;
import org.writguard.internal.engine.Engine;
import org.writguard.internal.engine.Modules;
import org.writguard.internal.engine.RuleBookInputs;
import org.writguard.internal.fixtures.Coverage;
import org.writguard.internal.tables.ColumnSpec;
import org.writguard.internal.tables.LoadedTable;
import org.writguard.internal.tables.TableReader;
import org.writguard.internal.tables.TableRow;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The Tables page's data: every table as a grid with its hit policy, its coverage (rows no example or fixture
 * fires) and its problems on the cell; and the check of an uploaded workbook: its cell errors, or, when it builds,
 * the row diff and the behaviour diff against the running book (the code of {@code tables diff}).
 */
final class TablesView {
    /** A grid sends at most this many rows (the ICE roster has thousands); the page says so. */
    static final int MAX_GRID_ROWS = 1500;

    private final Workbench server;
    private final Workbench.Options options;
    private List<Corpus.Case> corpus;
    private String corpusProblem;
    private final Map<String, Map<String, Set<Integer>>> coverageByVersion = new HashMap<>();

    TablesView(Workbench server, Workbench.Options options) {
        this.server = server;
        this.options = options;
    }

    Map<String, Object> rulebook(Engine e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("version", e.version());
        m.put("engine_version", Engine.ENGINE_VERSION);
        List<Map<String, Object>> tables = new ArrayList<>();
        for (LoadedTable t : e.tables().values()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("name", t.schema().name());
            x.put("file", t.file());
            x.put("sheet", t.schema().sheet());
            x.put("hit_policy", t.schema().hitPolicy().name());
            x.put("rows", t.rows().size());
            tables.add(x);
        }
        m.put("tables", tables);
        m.put("rules", e.ruleNames().size());
        m.put("warnings", e.warnings().stream().map(TableProblem::toString).toList());
        RuleBookException last = server.watcher().getLastError();
        m.put("reload_error", last == null ? null : errors(last));
        return m;
    }

    Map<String, Object> tables(Engine e) {
        Map<String, Set<Integer>> unfired = coverage(e);
        List<TableProblem> reload = server.watcher().getLastError() == null ? List.of() : server.watcher().getLastError().getProblems();
        List<Map<String, Object>> out = new ArrayList<>();
        for (LoadedTable t : e.tables().values()) {
            List<TableProblem> problems = new ArrayList<>(t.warnings());
            for (TableProblem p : e.warnings()) if (t.file().equals(p.getFile()) && !problems.contains(p)) problems.add(p);
            for (TableProblem p : reload) if (t.file().equals(p.getFile())) problems.add(p);
            Map<String, Object> g = grid(t, problems);
            if (t.schema().referenceData()) {
                g.put("coverage", Map.of("applies", false, "note", "reference data: answered from an index, not by rules"));
            } else if (unfired != null) {
                Set<Integer> not = unfired.getOrDefault(t.file(), Set.of());
                g.put("coverage", Map.of("applies", true, "rows", t.rows().size(), "not_fired", new TreeSet<>(not),
                        "fired", t.rows().size() - not.size()));
            } else {
                g.put("coverage", Map.of("applies", false, "note", corpusProblem == null ? "no examples or fixtures to measure with" : corpusProblem));
            }
            out.add(g);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("version", e.version());
        m.put("corpus_cases", corpus == null ? 0 : corpus.size());
        m.put("tables", out);
        return m;
    }

    /** One table as the page draws it: columns with their letters, rows with their sheet numbers, problems by cell. */
    static Map<String, Object> grid(LoadedTable t, List<TableProblem> problems) {
        Map<String, Object> g = new LinkedHashMap<>();
        g.put("name", t.schema().name());
        g.put("file", t.file());
        g.put("sheet", t.schema().sheet());
        g.put("description", t.schema().description());
        g.put("hit_policy", t.schema().hitPolicy().name());
        g.put("hit_policy_meaning", t.schema().hitPolicy().meaning());
        List<Map<String, Object>> cols = new ArrayList<>();
        for (ColumnSpec c : t.schema().columns()) {
            Map<String, Object> col = new LinkedHashMap<>();
            col.put("key", c.key());
            col.put("label", c.label());
            col.put("kind", c.kind().name());
            col.put("letter", TableReader.columnLetter(t.schema().indexOf(c.key())));
            cols.add(col);
        }
        g.put("columns", cols);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (TableRow r : t.rows()) {
            if (rows.size() >= MAX_GRID_ROWS) break;
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("row", r.sheetRow());
            List<String> values = new ArrayList<>();
            for (ColumnSpec c : t.schema().columns()) values.add(r.get(c.key()));
            row.put("values", values);
            rows.add(row);
        }
        g.put("rows", rows);
        g.put("row_count", t.rows().size());
        g.put("truncated", t.rows().size() > MAX_GRID_ROWS);
        g.put("problems", problems.stream().map(TablesView::problem).toList());
        return g;
    }

    static Map<String, Object> problem(TableProblem p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", p.getFile());
        m.put("sheet", p.getSheet());
        m.put("cell", p.getCell());
        m.put("severity", p.getSeverity().name());
        m.put("message", p.getMessage());
        m.put("text", p.toString());
        return m;
    }

    private static List<Map<String, Object>> errors(RuleBookException e) {
        return e.getProblems().stream().filter(TableProblem::isError).map(TablesView::problem).toList();
    }

    /** Sheet rows of each table file that no case of the corpus fires, for this version of the book (cached). */
    private synchronized Map<String, Set<Integer>> coverage(Engine e) {
        Map<String, Set<Integer>> cached = coverageByVersion.get(e.version());
        if (cached != null) return cached;
        List<Corpus.Case> cases = corpus();
        if (cases.isEmpty()) return null;
        Coverage cov = new Coverage(e);
        for (Corpus.Case c : cases) {
            try {
                e.assess(c.caseFile(), c.name(), cov.listener());
            } catch (CaseInputException ex) {
                // A case the running book rejects fires nothing; the corpus is the repository's own.
            }
        }
        Map<String, Set<Integer>> unfired = new HashMap<>();
        for (Coverage.FileCoverage f : cov.byFile()) {
            if (!f.table()) continue;
            Set<Integer> rows = new TreeSet<>();
            for (Coverage.Unfired u : f.notFired()) if (u.row() != null) rows.add(u.row());
            unfired.put(f.file(), rows);
        }
        coverageByVersion.clear();
        coverageByVersion.put(e.version(), unfired);
        return unfired;
    }

    /** The examples and fixtures of the writguard home, read once. */
    synchronized List<Corpus.Case> corpus() {
        if (corpus != null) return corpus;
        List<Path> dirs = new ArrayList<>();
        for (String d : List.of("examples", "src/test/resources/fixtures")) {
            Path p = options.home().resolve(d);
            if (Files.isDirectory(p)) dirs.add(p);
        }
        try {
            corpus = dirs.isEmpty() ? List.of() : Corpus.read(dirs);
        } catch (CaseInputException ex) {
            corpusProblem = "the corpus does not read: " + ex.getMessage();
            corpus = List.of();
        }
        return corpus;
    }

    /**
     * An uploaded workbook: which table it is (its RuleTable name), its cell problems, and when the book builds
     * with it in place of the running table, the row diff and the findings each corpus case gains, loses or changes.
     * One check at a time: a build takes seconds and both cores.
     */
    synchronized Map<String, Object> check(Engine running, byte[] bytes) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (bytes.length == 0) throw new Workbench.HttpError(400, "the request body is empty; send the .drl.xlsx workbook's bytes");
        TableReader.Result read = new TableReader(Modules.schemaSet()).read(bytes, "upload.drl.xlsx");
        LoadedTable uploaded = read.table().orElse(read.salvaged().orElse(null));
        List<TableProblem> problems = new ArrayList<>(read.problems());
        m.put("table", uploaded == null ? null : uploaded.schema().name());
        LoadedTable before = uploaded == null ? null : running.tables().get(uploaded.schema().name());
        m.put("replaces", before == null ? null : before.file());
        if (uploaded != null) m.put("grid", grid(uploaded, problems));
        if (!read.ok()) {
            m.put("status", "ERRORS");
            m.put("problems", problems.stream().map(TablesView::problem).toList());
            return m;
        }
        if (before == null) {
            m.put("status", "ERRORS");
            problems.add(TableProblem.error("upload.drl.xlsx", null, null, "the running rule book has no table "
                    + uploaded.schema().name() + " to compare with"));
            m.put("problems", problems.stream().map(TablesView::problem).toList());
            return m;
        }
        RuleBookInputs disk = RuleBookInputs.fromDirectories(options.tables(), options.rules());
        List<RuleBookInputs.Input> tables = new ArrayList<>();
        boolean replaced = false;
        for (RuleBookInputs.Input i : disk.tables()) {
            if (i.name().equals(before.file()) || before.file().endsWith("/" + i.name()) || i.name().endsWith("/" + before.file())) {
                tables.add(new RuleBookInputs.Input(i.name(), bytes));
                replaced = true;
            } else {
                tables.add(i);
            }
        }
        if (!replaced) throw new Workbench.HttpError(409, "the table " + uploaded.schema().name() + " is no longer on disk");
        Engine after;
        try {
            after = Engine.build(new RuleBookInputs(tables, disk.rules(), disk.strayFiles()));
        } catch (RuleBookException e) {
            problems.addAll(e.getProblems());
            m.put("status", "ERRORS");
            m.put("problems", problems.stream().filter(p -> p.isError() || problems.size() < 200).map(TablesView::problem).toList());
            return m;
        }
        m.put("status", "BUILDS");
        m.put("problems", problems.stream().map(TablesView::problem).toList());
        LoadedTable rebuilt = after.tables().get(uploaded.schema().name());
        m.put("row_diff", TableDiff.of(before, rebuilt == null ? uploaded : rebuilt).toMap());
        List<Map<String, Object>> behaviour = new ArrayList<>();
        List<String> caseProblems = new ArrayList<>();
        List<Corpus.Case> cases = corpus();
        for (Corpus.Case c : cases) {
            try {
                Report a = running.assess(c.caseFile(), c.name());
                Report b = after.assess(c.caseFile(), c.name());
                FindingsDiff d = FindingsDiff.of(c.name(), a, b);
                if (!d.isEmpty()) behaviour.add(d.toMap());
            } catch (CaseInputException ex) {
                caseProblems.add(ex.getMessage());
            }
        }
        m.put("cases_assessed", cases.size());
        m.put("findings", behaviour);
        m.put("case_problems", caseProblems);
        return m;
    }
}
