package org.writguard.internal.engine;

import org.writguard.engine.*;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A three-valued result together with the fact paths it read and the ones that were missing, so a rule
 * can report FIRED with {@code facts_used} or UNDETERMINED with {@code missing_facts}.
 */
public final class Tracked {
    private Tri value;
    private final Set<String> used = new LinkedHashSet<>();
    private final Set<String> missing = new LinkedHashSet<>();
    private final List<String> reasons = new ArrayList<>();

    private Tracked(Tri value) { this.value = value; }

    public static Tracked yes() { return new Tracked(Tri.YES); }

    public static Tracked no() { return new Tracked(Tri.NO); }

    public static Tracked of(Tri t) { return new Tracked(t); }

    /** A boolean fact: null is unknown and recorded as missing. */
    public static Tracked fact(Boolean b, String path) {
        Tracked t = new Tracked(Tri.of(b));
        if (b == null) t.missing.add(path); else t.used.add(path);
        return t;
    }

    public Tracked and(Tracked o) {
        Tracked r = new Tracked(value.and(o.value));
        r.merge(this);
        r.merge(o);
        return r;
    }

    public Tracked or(Tracked o) {
        Tracked r = new Tracked(value.or(o.value));
        r.merge(this);
        r.merge(o);
        return r;
    }

    public Tracked not() {
        Tracked r = new Tracked(value.not());
        r.merge(this);
        return r;
    }

    private void merge(Tracked o) {
        used.addAll(o.used);
        missing.addAll(o.missing);
        reasons.addAll(o.reasons);
    }

    public Tracked use(String path) { used.add(path); return this; }

    public Tracked miss(String path) { missing.add(path); return this; }

    public Tracked because(String reason) { reasons.add(reason); return this; }

    public Tri value() { return value; }

    public Tri getValue() { return value; }

    public boolean isYes() { return value == Tri.YES; }

    public boolean isNo() { return value == Tri.NO; }

    public boolean isUnknown() { return value == Tri.UNKNOWN; }

    public List<String> usedFacts() { return new ArrayList<>(used); }

    public List<String> missingFacts() { return new ArrayList<>(missing); }

    public List<String> reasons() { return reasons; }

    @Override
    public String toString() { return value + (missing.isEmpty() ? "" : " missing " + missing); }
}
