package org.writguard.internal.engine;

import org.writguard.testing.AllCases;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.writguard.cases.CaseInputException;
import org.writguard.engine.ReportWriter;
import org.writguard.engine.RuleBookException;
import org.writguard.engine.RuleBookWatcher;
import org.writguard.engine.TableProblem;
import org.writguard.internal.cases.CaseReader;
import org.writguard.internal.tables.LoadedTable;
import org.writguard.internal.tables.TableReader;
import org.writguard.internal.tables.TableSchema;
import org.writguard.internal.topics.remedies.RemediesTables;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 17, incremental rebuild: after one cell edit only the edited workbook is read and compiled, the rest comes
 * from the cache, and the rule book gives every fixture and example the report of a full clean build, byte for byte;
 * a bad cell stops it with the full build's problems; the book in use is not disturbed.
 */
class IncrementalRebuildTest {
    private static final String PARAMS = "decision-tables/parameters/analyst-parameters.drl.xlsx";
    private static final String PACE = "decision-tables/remedies/pace-review-status.drl.xlsx";

    @TempDir
    Path tmp;


    @Test
    void anEditedCellIsRebuiltOnTheCacheAndEveryReportIsTheFullBuildsByteForByte() throws Exception {
        RuleBookCache cache = new RuleBookCache(RuleBookCache.defaultDir());
        Engine base = cache.loadOrCompile(RuleBookInputs.fromDirectories(Path.of("decision-tables"), Path.of("rules")));
        List<AllCases.Named> cases = AllCases.load();
        assertTrue(cases.size() > 150, "expected every fixture's case, found " + cases.size());
        List<String> before = outcomes(base, cases);

        Path root = copyRuleBook(tmp.resolve("edited"));
        setParameter(root, "tfm_field_supervisor_contact_max_minutes", "5");
        setParameter(root, "detainer_hold_max_hours", "40");
        RuleBookInputs edited = RuleBookInputs.fromDirectories(root.resolve("decision-tables"), root.resolve("rules"));

        // A new JVM: nothing of the base in memory, its kjar is read from the cache.
        RuleBookCache.forgetBases();
        long built = IncrementalBuild.BUILT.get();
        Engine incremental = cache.loadOrBuild(edited);
        assertEquals(built + 1, IncrementalBuild.BUILT.get(), "the edit must be rebuilt on the cached base, not in full");
        Engine full = Engine.build(edited);
        assertEquals(full.version(), incremental.version());
        assertEquals(full.ruleNames().size(), incremental.ruleNames().size());
        List<String> expected = outcomes(full, cases);
        List<String> got = outcomes(incremental, cases);
        int changed = 0;
        for (int i = 0; i < cases.size(); i++) {
            assertEquals(expected.get(i), got.get(i), cases.get(i).name() + ": the incremental book differs from a full build");
            if (!expected.get(i).equals(before.get(i))) changed++;
        }
        assertTrue(changed > 0, "the edit must change some report, or this test cannot tell the edited rules were used");
        assertEquals(before, outcomes(base, cases), "a rebuild must not disturb the rule book in use");
    }

    @Test
    void hotReloadUsesTheSamePathAndSwapsInTheFullBuildsAnswers() throws Exception {
        Path cacheDir = RuleBookCache.defaultDir();
        new RuleBookCache(cacheDir).loadOrCompile(RuleBookInputs.fromDirectories(Path.of("decision-tables"), Path.of("rules")));
        Path root = copyRuleBook(tmp.resolve("watched"));
        List<RuleBookException> failures = new ArrayList<>();
        try (RuleBookWatcher watcher = RuleBookWatcher.manual(root.resolve("decision-tables"), root.resolve("rules"),
                Duration.ofMillis(1), new RuleBookWatcher.Listener() {
                    @Override
                    public void failed(RuleBookException e) { failures.add(e); }
                }, cacheDir)) {
            // The book in use before the edit shares the cached entry's classes with the rebuilt one: it must not change.
            Engine inUse = EngineAccess.of(watcher.getCurrent());
            List<AllCases.Named> cases = AllCases.load();
            List<String> before = outcomes(inUse, cases);
            setParameter(root, "tfm_field_supervisor_contact_max_minutes", "7");
            setParameter(root, "detainer_hold_max_hours", "30");
            long built = IncrementalBuild.BUILT.get();
            boolean swapped = false;
            for (int i = 0; i < 50 && !swapped; i++) {
                swapped = watcher.poll();
                Thread.sleep(5);
            }
            assertTrue(swapped, "the watcher must swap in the edited book; failures: " + failures);
            assertEquals(built + 1, IncrementalBuild.BUILT.get(), "hot reload must take the incremental path");
            Engine reloaded = EngineAccess.of(watcher.getCurrent());
            Engine full = Engine.build(RuleBookInputs.fromDirectories(root.resolve("decision-tables"), root.resolve("rules")));
            List<String> expected = outcomes(full, cases);
            assertEquals(expected, outcomes(reloaded, cases));
            assertTrue(!expected.equals(before), "the edit must change some report");
            assertEquals(before, outcomes(inUse, cases), "the book in use before the reload must answer as it did");
        }
    }

    @Test
    void aBadCellStopsTheIncrementalBuildWithTheFullBuildsProblems() throws Exception {
        RuleBookCache cache = new RuleBookCache(RuleBookCache.defaultDir());
        cache.loadOrCompile(RuleBookInputs.fromDirectories(Path.of("decision-tables"), Path.of("rules")));
        Path root = copyRuleBook(tmp.resolve("bad"));
        // A cell of the edited table itself, and an id only the check across tables (citations) can refuse.
        setCell(root.resolve(PARAMS), org.writguard.internal.engine.ParametersTopic.SCHEMA.sheet(), TableSchema.FIRST_DATA_ROW,
                org.writguard.internal.engine.ParametersTopic.SCHEMA.indexOf(TableSchema.VERIFIED_ON), "last tuesday");
        assertSameProblems(cache, root, "analyst-parameters.drl.xlsx!Parameters!");

        Path root2 = copyRuleBook(tmp.resolve("bad-citation"));
        setCell(root2.resolve(PACE), RemediesTables.PACE.sheet(), TableSchema.FIRST_DATA_ROW,
                RemediesTables.PACE.indexOf(TableSchema.CITATION), "cheejati-2042");
        assertSameProblems(cache, root2, "pace-review-status.drl.xlsx!" + RemediesTables.PACE.sheet() + "!"
                + TableReader.columnLetter(RemediesTables.PACE.indexOf(TableSchema.CITATION)) + (TableSchema.FIRST_DATA_ROW + 1));
    }

    private static void assertSameProblems(RuleBookCache cache, Path root, String cell) {
        RuleBookInputs inputs = RuleBookInputs.fromDirectories(root.resolve("decision-tables"), root.resolve("rules"));
        RuleBookCache.forgetBases();
        RuleBookException viaCache = assertThrows(RuleBookException.class, () -> cache.loadOrBuild(inputs));
        RuleBookException full = assertThrows(RuleBookException.class, () -> Engine.build(inputs));
        assertEquals(describe(full), describe(viaCache));
        assertEquals(full.getMessage(), viaCache.getMessage());
        assertTrue(String.join("\n", describe(viaCache)).contains(cell), String.join("\n", describe(viaCache)));
    }

    private static List<String> describe(RuleBookException e) {
        return e.getProblems().stream().map(TableProblem::toString).toList();
    }

    @Test
    void aStaleOrForeignEntryIsNeverABaseAndAnUnwritableCacheIsNoError() throws Exception {
        RuleBookCache shared = new RuleBookCache(RuleBookCache.defaultDir());
        RuleBookInputs shipped = RuleBookInputs.fromDirectories(Path.of("decision-tables"), Path.of("rules"));
        shared.loadOrCompile(shipped);
        String key = RuleBookCache.key(shipped);
        // The very entry under another key, as an entry of another writguard build would be: never a base.
        Path foreign = tmp.resolve("foreign");
        Files.createDirectories(foreign);
        String other = "0".repeat(64);
        for (String suffix : new String[] {".kjar", ".json", RuleBookCache.INPUTS_SUFFIX}) {
            Files.copy(shared.dir().resolve(key + suffix), foreign.resolve(other + suffix));
        }
        Path root = copyRuleBook(tmp.resolve("edited"));
        setParameter(root, "tfm_field_supervisor_contact_max_minutes", "9");
        RuleBookInputs edited = RuleBookInputs.fromDirectories(root.resolve("decision-tables"), root.resolve("rules"));
        assertTrue(new RuleBookCache(foreign).incremental(edited, Engine.hash(edited)).isEmpty());
        // A rule file edited as well: that is a full build, whatever the tables.
        List<RuleBookInputs.Input> rules = new ArrayList<>(edited.rules());
        rules.set(0, new RuleBookInputs.Input(rules.get(0).name(), (new String(rules.get(0).bytes()) + "\n// edited\n").getBytes()));
        RuleBookInputs alsoRules = new RuleBookInputs(edited.tables(), rules, edited.strayFiles());
        assertTrue(shared.incremental(alsoRules, Engine.hash(alsoRules)).isEmpty());

        // Rows are cached per file and bytes: other bytes under the same name miss.
        TableRowCache rows = shared.rowCache();
        RuleBookInputs.Input params = edited.tables().stream().filter(i -> i.name().equals(PARAMS)).findFirst().orElseThrow();
        RuleBookInputs.Input shippedParams = shipped.tables().stream().filter(i -> i.name().equals(PARAMS)).findFirst().orElseThrow();
        LoadedTable read = new TableReader(Modules.schemaSet()).read(params.bytes(), params.name()).table().orElseThrow();
        rows.put(params.name(), params.bytes(), read);
        assertEquals(read, rows.get(params.name(), params.bytes()).orElseThrow());
        TableRowCache.clearMemory();
        LoadedTable fromDisk = rows.get(params.name(), params.bytes()).orElseThrow();
        assertEquals(read.rows(), fromDisk.rows());
        assertEquals(read.warnings(), fromDisk.warnings());
        assertTrue(rows.get(params.name(), shippedParams.bytes()).map(t -> t.sha256().equals(read.sha256())).orElse(false) == false);
        assertTrue(rows.get("decision-tables/other.drl.xlsx", params.bytes()).isEmpty());

        // A cache "directory" that is a file: nothing can be written, nothing fails.
        Path file = Files.writeString(tmp.resolve("not-a-dir"), "x");
        TableRowCache unwritable = new TableRowCache(file.resolve("tables"), Modules.schemaSet());
        unwritable.put(params.name(), params.bytes(), read);
        assertNotNull(unwritable.get(params.name(), params.bytes()).orElseThrow(), "kept in memory");
        assertTrue(new RuleBookCache(file).incremental(edited, Engine.hash(edited)).isEmpty());
    }

    /** Sets the Value cell of one analyst parameter's default row. */
    private static void setParameter(Path root, String name, String value) throws IOException {
        Path file = root.resolve(PARAMS);
        TableSchema schema = org.writguard.internal.engine.ParametersTopic.SCHEMA;
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(file)))) {
            Sheet sheet = wb.getSheet(schema.sheet());
            boolean found = false;
            for (int r = TableSchema.FIRST_DATA_ROW; r <= sheet.getLastRowNum() && !found; r++) {
                Row row = sheet.getRow(r);
                if (row == null || row.getCell(0) == null || !name.equals(row.getCell(0).getStringCellValue())) continue;
                Row.MissingCellPolicy blank = Row.MissingCellPolicy.CREATE_NULL_AS_BLANK;
                if (!row.getCell(schema.indexOf(ParametersTopic.KEY1), blank).toString().isBlank()) continue;
                row.getCell(schema.indexOf(ParametersTopic.VALUE), blank).setCellValue(value);
                found = true;
            }
            assertTrue(found, "no default row for parameter " + name);
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
    }

    /** Sets one cell (0-based sheet row and column) of a workbook. */
    private static void setCell(Path file, String sheetName, int row, int col, String value) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(file)))) {
            Sheet sheet = wb.getSheet(sheetName);
            sheet.getRow(row).getCell(col, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK).setCellValue(value);
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
    }

    private static Path copyRuleBook(Path root) throws IOException {
        for (String dir : new String[] {"decision-tables", "rules"}) {
            try (Stream<Path> files = Files.walk(Path.of(dir))) {
                for (Path p : files.filter(Files::isRegularFile).toList()) {
                    Path to = root.resolve(p.toString());
                    Files.createDirectories(to.getParent());
                    Files.copy(p, to);
                }
            }
        }
        return root;
    }

    private static List<String> outcomes(Engine book, List<AllCases.Named> cases) {
        CaseReader reader = new CaseReader();
        List<String> out = new ArrayList<>();
        for (AllCases.Named c : cases) out.add(outcome(() -> ReportWriter.json(book.assess(reader.toCaseFile(c.tree(), c.name(), ""), c.name()))));
        return out;
    }

    /** The report's JSON, or the input error's one line (both must match). */
    private static String outcome(Supplier<String> a) {
        try {
            return a.get();
        } catch (CaseInputException e) {
            return "REJECTED " + e.getMessage();
        }
    }
}
