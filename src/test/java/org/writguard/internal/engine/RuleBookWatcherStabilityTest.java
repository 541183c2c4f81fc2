package org.writguard.internal.engine;

import org.writguard.engine.*;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 12 item 11: hot reload never swaps in a half-written rule book. */
class RuleBookWatcherStabilityTest {
    static final String DRL = "rules/remedies/benefit-delay.drl";

    @TempDir
    Path tmp;

    Path copy() throws Exception {
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

    /** A writer that stopped at a rule boundary (before F33) and pauses longer than the debounce. */
    @Test
    void aRuleFileCutAtARuleBoundaryIsNotSwappedInAndTheListenerHearsWhy() throws Exception {
        Path root = copy();
        List<RuleBookException> failures = new CopyOnWriteArrayList<>();
        RuleBookWatcher w = RuleBookWatcher.manual(root.resolve("decision-tables"), root.resolve("rules"),
                Duration.ofMillis(200), new RuleBookWatcher.Listener() {
                    @Override public void failed(RuleBookException e) { failures.add(e); }
                });
        Engine before = EngineAccess.of(w.getCurrent());
        Path drl = root.resolve(DRL);
        String whole = Files.readString(drl);
        int cut = whole.indexOf("rule \"F33 delay may be unreasonable under TRAC\"");
        Files.writeString(drl, whole.substring(0, cut));
        assertFalse(w.poll());
        Thread.sleep(250);
        assertFalse(w.poll(), "a rule book without its F33 and F34 rules must not be swapped in");
        assertSame(before, EngineAccess.of(w.getCurrent()));
        assertEquals(1, failures.size());
        String msg = failures.get(0).getProblems().get(0).getMessage();
        assertTrue(msg.contains("no rule reports F33 DELAY_UNREASONABLE_TRAC, F34 MANDAMUS_ELEMENTS_MET"), msg);

        // The writer finishes: the whole file is built and swapped in (same bytes as before: same version).
        Files.writeString(drl, whole + "\n");
        assertFalse(w.poll());
        Thread.sleep(250);
        assertTrue(w.poll(), String.valueOf(w.getLastError()));
        w.close();
    }

    /** Bytes that change between the two reads are not built, even when size and time look the same. */
    @Test
    void filesThatChangeBetweenTwoReadsADebounceApartAreNotBuilt() throws Exception {
        Path root = copy();
        List<RuleBookException> failures = new CopyOnWriteArrayList<>();
        RuleBookWatcher w = RuleBookWatcher.manual(root.resolve("decision-tables"), root.resolve("rules"),
                Duration.ofMillis(200), new RuleBookWatcher.Listener() {
                    @Override public void failed(RuleBookException e) { failures.add(e); }
                });
        Engine before = EngineAccess.of(w.getCurrent());
        Path drl = root.resolve(DRL);
        String whole = Files.readString(drl);
        FileTime stamp = FileTime.fromMillis(Files.getLastModifiedTime(drl).toMillis() + 5000);
        String first = whole.replace("F31 naturalization hearing, facts unknown", "F31 naturalization hearing, facts unknowN");
        Files.writeString(drl, first);
        Files.setLastModifiedTime(drl, stamp);
        assertFalse(w.poll(), "first read");
        // Rewritten in place: same size, same time stamp, different bytes.
        Files.write(drl, whole.replace("F31 naturalization hearing, facts unknown", "F31 naturalization hearing, facts unknowX")
                .getBytes(StandardCharsets.UTF_8));
        Files.setLastModifiedTime(drl, stamp);
        Thread.sleep(250);
        assertFalse(w.poll(), "the second read differs from the first");
        assertSame(before, EngineAccess.of(w.getCurrent()));
        assertEquals(1, failures.size());
        assertEquals("rules/remedies/benefit-delay.drl", failures.get(0).getProblems().get(0).getFile());
        assertTrue(failures.get(0).getProblems().get(0).getMessage().contains("changed between two reads"), failures.toString());
        Thread.sleep(250);
        assertTrue(w.poll(), "held still since: built " + w.getLastError());
        w.close();
    }
}
