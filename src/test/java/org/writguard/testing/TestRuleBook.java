package org.writguard.testing;

import org.writguard.internal.engine.Engine;

import java.nio.file.Path;

/** The project's own rule book, built once per test JVM (a build takes seconds). */
public final class TestRuleBook {
    private static Engine book;

    private TestRuleBook() { }

    public static synchronized Engine get() {
        if (book == null) book = Engine.load(Path.of("decision-tables"), Path.of("rules"));
        return book;
    }

    /** The same book through the public API. */
    public static org.writguard.engine.RuleBook book() {
        return org.writguard.internal.engine.EngineAccess.wrap(get());
    }
}
