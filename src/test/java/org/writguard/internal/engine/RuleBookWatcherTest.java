package org.writguard.internal.engine;

import org.writguard.engine.*;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.writguard.facts.CaseFile;
import org.writguard.internal.fixtures.FixtureReader;
import org.writguard.engine.TableProblem;
import org.writguard.internal.tables.TableReader;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RuleBookWatcherTest {
    static final String PARAMS = "decision-tables/parameters/analyst-parameters.drl.xlsx";
    static final String PARAMETER = "detainer_hold_max_hours";

    @TempDir
    Path tmp;

    Path copy() throws IOException {
        for (String dir : new String[] {"decision-tables", "rules"}) {
            try (Stream<Path> files = Files.walk(Path.of(dir))) {
                for (Path p : files.filter(Files::isRegularFile).toList()) {
                    Path to = tmp.resolve(p.toString());
                    Files.createDirectories(to.getParent());
                    Files.copy(p, to);
                }
            }
        }
        return tmp;
    }

    /** Types {@code value} into the Value cell of detainer_hold_max_hours with POI, as an analyst would in Excel. */
    void setParameter(String value) {
        Path file = tmp.resolve(PARAMS);
        int col = ParametersTopic.SCHEMA.indexOf(ParametersTopic.VALUE);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(file)))) {
            for (Row row : wb.getSheet(ParametersTopic.SCHEMA.sheet())) {
                if (row.getCell(0) != null && PARAMETER.equals(row.getCell(0).toString())) {
                    row.getCell(col, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK).setCellValue(value);
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
            // Stamped a second later, whatever the file system's clock resolution.
            Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 1000));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String parameterIn(Engine book) {
        return book.tables().get(ParametersTopic.SCHEMA.name()).rows().stream()
                .filter(r -> PARAMETER.equals(r.get("PARAMETER"))).findFirst().orElseThrow().get(ParametersTopic.VALUE);
    }

    static CaseFile aCase() {
        return new FixtureReader().read(Path.of("src/test/resources/fixtures/authority/f01-moa-not-in-effect.yaml"))
                .get(0).caseFile();
    }

    @Test
    void anEditedCellIsUsedByNewAssessmentsABrokenEditKeepsTheOldBookAndNamesTheCell() throws Exception {
        Path root = copy();
        List<String> events = new CopyOnWriteArrayList<>();
        List<RuleBookException> failures = new CopyOnWriteArrayList<>();
        RuleBookWatcher w = RuleBookWatcher.manual(root.resolve("decision-tables"), root.resolve("rules"),
                Duration.ofMillis(300), new RuleBookWatcher.Listener() {
                    @Override public void reloaded(org.writguard.engine.RuleBook book) { events.add("reloaded " + book.getVersion()); }
                    @Override public void failed(RuleBookException e) { failures.add(e); }
                });
        Engine v0 = EngineAccess.of(w.getCurrent());
        assertEquals("48", parameterIn(v0));
        assertFalse(w.poll(), "nothing changed");

        // A good edit: rebuilt once it has held still for the debounce time, then used by new assessments.
        setParameter("72");
        assertFalse(w.poll(), "the change has not held still for 300 ms yet");
        Thread.sleep(350);
        assertTrue(w.poll());
        Engine v1 = EngineAccess.of(w.getCurrent());
        assertNotEquals(v0.version(), v1.version());
        assertEquals("72", parameterIn(v1));
        assertEquals(List.of("reloaded " + v1.version()), events);
        assertEquals(v1.version(), w.assess(aCase(), "case").getRuleBookVersion());
        assertEquals(v0.version(), v0.assess(aCase(), "case").getRuleBookVersion(), "a book taken before stays itself");

        // A broken edit: the old book stays, the listener hears which cell is wrong.
        setParameter("seventy-two");
        assertFalse(w.poll());
        Thread.sleep(350);
        assertFalse(w.poll(), "the build failed");
        assertFalse(w.poll(), "a failed build is not retried until the files change again");
        assertSame(v1, EngineAccess.of(w.getCurrent()));
        assertEquals(1, failures.size());
        TableProblem p = failures.get(0).getProblems().get(0);
        assertEquals(PARAMS + "!Parameters!" + TableReader.columnLetter(ParametersTopic.SCHEMA.indexOf(ParametersTopic.VALUE))
                + sheetRowOf(v1), p.location());
        assertTrue(p.getMessage().contains("\"seventy-two\" is not"), p.getMessage());
        assertNotNull(w.getLastError());
        assertEquals(v1.version(), w.assess(aCase(), "case").getRuleBookVersion());

        // Fixed again: a new book, and the error is cleared.
        setParameter("48");
        assertFalse(w.poll());
        Thread.sleep(350);
        assertTrue(w.poll());
        assertNull(w.getLastError());
        assertEquals("48", parameterIn(EngineAccess.of(w.getCurrent())));
        assertNotEquals(v1.version(), EngineAccess.of(w.getCurrent()).version());
        assertEquals(List.of("reloaded " + v1.version(), "reloaded " + EngineAccess.of(w.getCurrent()).version()), events);
        w.close();
    }

    @Test
    void anAssessmentInFlightFinishesOnTheBookItStartedWith() throws Exception {
        Path root = copy();
        RuleBookWatcher w = RuleBookWatcher.manual(root.resolve("decision-tables"), root.resolve("rules"), Duration.ZERO, null);
        String before = EngineAccess.of(w.getCurrent()).version();
        List<String> swapped = new ArrayList<>();
        // The first rule to fire edits a cell and reloads, in the middle of the assessment.
        Report r = w.assess(aCase(), "case", rule -> {
            if (swapped.isEmpty()) {
                setParameter("96");
                swapped.add(w.poll() ? EngineAccess.of(w.getCurrent()).version() : "no reload");
            }
        });
        assertNotEquals(before, swapped.get(0), "the reload happened during the assessment");
        assertEquals(before, r.getRuleBookVersion(), "the report names the version it ran on");
        assertEquals(swapped.get(0), w.assess(aCase(), "case").getRuleBookVersion());
        w.close();
    }

    @Test
    void theBackgroundWatcherReportsABrokenEditWithItsCell() throws Exception {
        Path root = copy();
        CountDownLatch failed = new CountDownLatch(1);
        List<RuleBookException> errors = new CopyOnWriteArrayList<>();
        try (RuleBookWatcher w = RuleBookWatcher.start(root.resolve("decision-tables"), root.resolve("rules"),
                Duration.ofMillis(100), new RuleBookWatcher.Listener() {
                    @Override public void failed(RuleBookException e) {
                        errors.add(e);
                        failed.countDown();
                    }
                })) {
            Engine before = EngineAccess.of(w.getCurrent());
            setParameter("4\"8");
            assertTrue(failed.await(60, TimeUnit.SECONDS), "no failure reported");
            assertSame(before, EngineAccess.of(w.getCurrent()));
            assertTrue(errors.get(0).getProblems().get(0).location().startsWith(PARAMS + "!Parameters!"), errors.toString());
            assertTrue(errors.get(0).getProblems().get(0).getMessage().contains("double quote"), errors.toString());
        }
    }

    static int sheetRowOf(Engine book) {
        return book.tables().get(ParametersTopic.SCHEMA.name()).rows().stream()
                .filter(r -> PARAMETER.equals(r.get("PARAMETER"))).findFirst().orElseThrow().sheetRow();
    }
}
