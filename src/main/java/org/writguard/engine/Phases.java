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

    public static final List<String> ORDER = List.of(BASE, DERIVED, ROUTING, FINAL);

    private Phases() { }
}
