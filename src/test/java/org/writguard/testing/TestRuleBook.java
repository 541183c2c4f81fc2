package org.writguard.testing;

import org.writguard.engine.RuleBook;

import java.nio.file.Path;

/** The project's own rule book, built once per test JVM (a build takes seconds). */
public final class TestRuleBook {
    private static RuleBook book;

    private TestRuleBook() { }

    public static synchronized RuleBook get() {
        if (book == null) book = RuleBook.load(Path.of("decision-tables"), Path.of("rules"));
        return book;
    }
}
