package org.writguard.engine;


import java.util.List;

/**
 * The order in which DRL rule groups fire after the tables have answered. Findings of an earlier phase
 * are facts for the later ones: base violations, then findings built on them (F07), then remedy routing
 * (F26, F29, F30), then suppression and precedence (F34).
 */
public final class Phases {
    /** Findings read straight from the facts and the tables' answers. */
    public static final String BASE = "base";
    /** Findings that depend on base findings (F07 on F01-F05). */
    public static final String DERIVED = "derived";
    /** Remedy routing that depends on violations (F26-F30, F32-F33). */
    public static final String ROUTING = "routing";
    /** Candidates that depend on everything else (F34). */
    public static final String FINAL = "final";

    /**
     * An embedder's own rules: they fire last, once every finding of the catalog is in the session, and may read
     * the findings and the case facts and insert facts of their own (docs/embedding.md). Their DRL must declare
     * {@code package org.writguard.custom;} and give every rule {@code agenda-group "custom"}.
     */
    public static final String CUSTOM = "custom";

    /** The DRL package of an embedder's own rules. */
    public static final String CUSTOM_PACKAGE = "org.writguard.custom";

    public static final List<String> ORDER = List.of(BASE, DERIVED, ROUTING, FINAL, CUSTOM);

    private Phases() { }
}
