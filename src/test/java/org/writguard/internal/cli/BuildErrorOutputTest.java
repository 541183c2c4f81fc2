package org.writguard.internal.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a user sees when the rules do not compile: one line per problem, the compiler's text only with --verbose. */
class BuildErrorOutputTest {
    @TempDir
    Path tmp;

    @Test
    void aDrlTypoIsOneLineNamingFileAndLineAndTheRawMessageOnlyUnderVerbose() throws Exception {
        Path root = Cli.copyRuleBook(tmp);
        Path drl = root.resolve("rules/authority/authority.drl");
        List<String> lines = Files.readAllLines(drl);
        int at = -1;
        for (int i = 0; i < lines.size() && at < 0; i++) {
            if (lines.get(i).trim().equals("when")) at = i + 1;
        }
        lines.add(at, "        NoSuchFact()");
        Files.write(drl, lines);
        String[] args = {"replay", "src/test/resources/fixtures/authority/f01-moa-not-in-effect.yaml",
                "--tables", root.resolve("decision-tables").toString(), "--rules", root.resolve("rules").toString()};

        Cli plain = Cli.run(args);
        assertEquals(ExitCodes.RULE_BOOK, plain.code(), plain.toString());
        List<String> err = plain.err().lines().toList();
        assertEquals(2, err.size(), plain.toString());
        assertEquals("writguard: the rule book does not build:", err.get(0));
        assertTrue(err.get(1).startsWith("  rules/authority/authority.drl:" + (at + 1) + ": rule \""), err.get(1));
        assertTrue(err.get(1).endsWith(": unknown fact type 'NoSuchFact' (check the spelling and the imports)"), err.get(1));

        String[] verboseArgs = java.util.Arrays.copyOf(args, args.length + 1);
        verboseArgs[args.length] = "--verbose";
        Cli verbose = Cli.run(verboseArgs);
        assertEquals(ExitCodes.RULE_BOOK, verbose.code());
        assertTrue(verbose.err().contains("  [compiler] Message [id="), verbose.toString());
        assertTrue(verbose.err().contains("Unable to resolve ObjectType 'NoSuchFact'"), verbose.toString());
        assertFalse(plain.err().contains("[compiler]"));
    }
}
