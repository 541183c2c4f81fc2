package org.writguard.internal.engine;

import org.writguard.engine.*;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.writguard.facts.CaseFile;
import org.writguard.internal.fixtures.Fixture;
import org.writguard.internal.fixtures.FixtureReader;
import org.writguard.internal.tables.TableSchema;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Many threads assess different cases while the rule book hot-reloads: every report equals the one a single
 * thread gets from the rule-book version that report names, and no assessment mixes two versions.
 */
class ConcurrentAssessmentsUnderReloadTest {
    @Test
    void manyThreadsAssessingWhileTheBookReloadsGetTheSingleThreadedAnswerOfTheirVersion(@TempDir Path dir) throws Exception {
        Path tables = dir.resolve("decision-tables");
        Path rules = dir.resolve("rules");
        copy(Path.of("decision-tables"), tables);
        copy(Path.of("rules"), rules);
        List<CaseFile> cases = new ArrayList<>();
        for (Path f : FixtureReader.discover(List.of(Path.of("src/test/resources/fixtures/detention"),
                Path.of("src/test/resources/fixtures/authority"), Path.of("src/test/resources/fixtures/remedies")))) {
            for (Fixture fx : new FixtureReader().read(f)) cases.add(fx.caseFile());
        }
        RuleBookWatcher watcher = RuleBookWatcher.manual(tables, rules, Duration.ZERO, null);
        Map<String, List<String>> expected = new HashMap<>();
        Engine first = EngineAccess.of(watcher.getCurrent());
        expected.put(first.version(), singleThreaded(first, cases));

        int threads = 4;
        int perThread = 400;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch halfway = new CountDownLatch(threads);
        Map<String, Set<Integer>> seen = new ConcurrentHashMap<>();
        List<Future<List<Object[]>>> results = new ArrayList<>();
        AtomicInteger seed = new AtomicInteger();
        java.util.concurrent.atomic.AtomicBoolean swapped = new java.util.concurrent.atomic.AtomicBoolean();
        for (int t = 0; t < threads; t++) {
            results.add(pool.submit(() -> {
                int s = seed.incrementAndGet();
                List<Object[]> got = new ArrayList<>();
                int after = 0;
                for (int i = 0; after < perThread && i < 200_000; i++) {
                    if (i == perThread / 4) halfway.countDown();
                    if (swapped.get()) after++;
                    int k = (i * 7 + s * 13) % cases.size();
                    Report r = watcher.assess(cases.get(k), "case");
                    got.add(new Object[] {r.getRuleBookVersion(), k, ReportWriter.json(r)});
                    seen.computeIfAbsent(r.getRuleBookVersion(), v -> ConcurrentHashMap.newKeySet()).add(k);
                }
                return got;
            }));
        }
        halfway.await();
        setParameter(tables.resolve("parameters/analyst-parameters.drl.xlsx"), "detainer_hold_max_hours", "24");
        assertTrue(watcher.poll(), "the edited table is rebuilt and swapped in");
        swapped.set(true);
        Engine second = EngineAccess.of(watcher.getCurrent());
        assertNotEquals(first.version(), second.version());
        List<Object[]> all = new ArrayList<>();
        for (Future<List<Object[]>> f : results) all.addAll(f.get());
        pool.shutdown();
        expected.put(second.version(), singleThreaded(second, cases));

        assertTrue(seen.containsKey(first.version()) && seen.containsKey(second.version()),
                "both versions were used while the threads ran: " + seen.keySet());
        assertNotEquals(expected.get(first.version()), expected.get(second.version()), "the edit changes findings");
        for (Object[] g : all) {
            List<String> want = expected.get((String) g[0]);
            assertTrue(want != null, "a report names a version that was never built: " + g[0]);
            assertEquals(want.get((Integer) g[1]), g[2], "case " + g[1] + " under version " + g[0]);
        }
        assertTrue(all.size() >= threads * perThread);
    }

    private static List<String> singleThreaded(Engine book, List<CaseFile> cases) {
        List<String> out = new ArrayList<>();
        for (CaseFile c : cases) out.add(ReportWriter.json(book.assess(c, "case")));
        return out;
    }

    private static void setParameter(Path workbook, String name, String value) throws IOException {
        Workbook wb;
        try (InputStream in = Files.newInputStream(workbook)) {
            wb = WorkbookFactory.create(in);
        }
        Sheet sheet = wb.getSheet("Parameters");
        int col = ParametersTopic.SCHEMA.indexOf(ParametersTopic.VALUE);
        for (int r = TableSchema.FIRST_DATA_ROW; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row != null && name.equals(row.getCell(0).getStringCellValue())) row.getCell(col).setCellValue(value);
        }
        Path tmp = workbook.resolveSibling("edit.tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            wb.write(out);
        }
        wb.close();
        Files.move(tmp, workbook, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t); else Files.copy(p, t);
            }
        }
    }
}
