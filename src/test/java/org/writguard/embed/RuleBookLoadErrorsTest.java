package org.writguard.embed;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.writguard.internal.engine.Engine;
import org.writguard.engine.RuleBookException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Issue 14 item 7: every load failure is the rule-book exception naming the path, never an I/O exception. */
class RuleBookLoadErrorsTest {
    @TempDir Path tmp;

    @Test
    void aMissingTablesDirectoryIsNamed() {
        Path missing = tmp.resolve("no-such-tables");
        RuleBookException e = assertThrows(RuleBookException.class, () -> Engine.load(missing, Path.of("rules")));
        assertEquals(missing + ": no such decision tables directory", e.getMessage());
        assertEquals(1, e.getProblems().size());
    }

    @Test
    void aMissingRulesDirectoryIsNamed() {
        Path missing = tmp.resolve("no-such-rules");
        RuleBookException e = assertThrows(RuleBookException.class, () -> Engine.load(Path.of("decision-tables"), missing));
        assertEquals(missing + ": no such rules directory", e.getMessage());
    }

    @Test
    void aFileWhereADirectoryBelongsIsNamed() throws Exception {
        Path file = Files.writeString(tmp.resolve("tables.txt"), "x");
        RuleBookException e = assertThrows(RuleBookException.class, () -> Engine.load(file, Path.of("rules")));
        assertTrue(e.getMessage().startsWith(file + ": is not a directory"), e.getMessage());
    }

    @Test
    void anUnreadableDirectoryIsNamed() throws Exception {
        Path rules = Files.createDirectory(tmp.resolve("rules"));
        Path locked = Files.createDirectory(rules.resolve("locked"));
        Files.writeString(locked.resolve("a.drl"), "package x;");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            assumeTrue(!Files.isReadable(locked), "permissions are not enforced for this user");
            RuleBookException e = assertThrows(RuleBookException.class,
                    () -> Engine.load(Path.of("decision-tables"), rules));
            assertTrue(e.getMessage().startsWith(locked + ": cannot be read"), e.getMessage());
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }
}
