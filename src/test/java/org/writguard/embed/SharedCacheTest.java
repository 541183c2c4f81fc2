package org.writguard.embed;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.writguard.engine.RuleBook;
import org.writguard.engine.RuleBookException;
import org.writguard.internal.bench.LoadProbe;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rule-book cache is the default for embedders and is safe when two processes share it. */
class SharedCacheTest {

    @Test
    void twoProcessesStartingTogetherOnAnEmptyCacheCompileOnceAndBothLoad(@TempDir Path cache) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = List.of(java, "-cp", System.getProperty("java.class.path"), LoadProbe.class.getName(),
                "decision-tables", "rules", cache.toString());
        Process a = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        Process b = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String outA = new String(a.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String outB = new String(b.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, a.waitFor(), outA);
        assertEquals(0, b.waitFor(), outB);
        String versionA = last(outA).split(" ")[1];
        String versionB = last(outB).split(" ")[1];
        assertEquals(versionA, versionB);
        List<Path> entries;
        try (Stream<Path> s = Files.list(cache)) {
            entries = s.filter(p -> p.toString().endsWith(".kjar")).toList();
        }
        assertEquals(1, entries.size(), "one entry, written once: " + entries);
        try (Stream<Path> s = Files.list(cache)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file left");
        }
        // A third start finds the entry.
        RuleBook warm = RuleBook.loader().tables(Path.of("decision-tables")).rules(Path.of("rules")).cacheDir(cache).load();
        assertEquals(versionA, warm.getVersion());
    }

    @Test
    void aDamagedEntryIsCompiledAgainAndAnUnwritableCacheIsNoError(@TempDir Path tmp) throws Exception {
        Path cache = tmp.resolve("cache");
        RuleBook first = RuleBook.loader().tables(Path.of("decision-tables")).rules(Path.of("rules")).cacheDir(cache).load();
        try (Stream<Path> s = Files.list(cache)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".kjar")).toList()) Files.write(p, new byte[] {1, 2, 3});
        }
        RuleBook again = RuleBook.loader().tables(Path.of("decision-tables")).rules(Path.of("rules")).cacheDir(cache).load();
        assertEquals(first.getVersion(), again.getVersion());
        // A file where the cache directory should be: compiled and used, nothing stored, no error.
        Path blocked = tmp.resolve("not-a-dir");
        Files.writeString(blocked, "x");
        RuleBook unstored = RuleBook.loader().tables(Path.of("decision-tables")).rules(Path.of("rules"))
                .cacheDir(blocked.resolve("sub")).load();
        assertEquals(first.getVersion(), unstored.getVersion());
    }

    @Test
    void everyLoadFailureIsTheRuleBookExceptionNamingThePath(@TempDir Path tmp) {
        RuleBookException missing = assertThrows(RuleBookException.class,
                () -> RuleBook.load(tmp.resolve("nope"), Path.of("rules")));
        assertEquals(tmp.resolve("nope") + ": no such decision tables directory", missing.getMessage());
        RuleBookException half = assertThrows(RuleBookException.class,
                () -> RuleBook.loader().tables(Path.of("decision-tables")).load());
        assertTrue(half.getMessage().contains("give both the tables and the rules directory"), half.getMessage());
        RuleBookException resource = assertThrows(RuleBookException.class, () -> RuleBook.loader()
                .customRulesFromClasspath(getClass().getClassLoader(), "no/such/rules.drl").load());
        assertEquals("classpath:no/such/rules.drl: not found on the class path", resource.getMessage());
    }

    private static String last(String out) {
        String[] lines = out.strip().split("\\R");
        return lines[lines.length - 1];
    }
}
