package org.writguard.internal.engine;

import org.writguard.engine.RuleBook;

import java.util.function.Function;

/**
 * The bridge from the public {@link RuleBook} to the engine behind it, for writguard's own command line, web
 * service and pipeline. Embedders have no use for it: nothing here is part of the public API.
 */
public final class EngineAccess {
    private static volatile Function<RuleBook, Engine> unwrap;
    private static volatile Function<Engine, RuleBook> wrap;

    private EngineAccess() { }

    /** Called once by {@link RuleBook}'s static initializer. */
    public static void install(Function<RuleBook, Engine> unwrapper, Function<Engine, RuleBook> wrapper) {
        unwrap = unwrapper;
        wrap = wrapper;
    }

    /** The engine a rule book runs on. */
    public static Engine of(RuleBook book) {
        init();
        return unwrap.apply(book);
    }

    /** A public rule book over an engine built by writguard's own tools. */
    public static RuleBook wrap(Engine engine) {
        init();
        return wrap.apply(engine);
    }

    private static void init() {
        if (wrap != null) return;
        try {
            Class.forName(RuleBook.class.getName(), true, RuleBook.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
