package org.writguard.internal.engine;

import org.writguard.engine.*;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * A three-valued result together with the fact paths it read and the ones that were missing, so a rule
 * can report FIRED with {@code facts_used} or UNDETERMINED with {@code missing_facts}.
 */
public final class Tracked {
    private Tri value;
    // Made on first use (issue 17: most results combine a few facts, and every and/or used to allocate three
    // collections and copy both sides into them). Insertion order is kept, duplicates dropped, as before.
    private LinkedHashSet<String> used;
    private LinkedHashSet<String> missing;
    private List<String> reasons;

    private Tracked(Tri value) { this.value = value; }

    public static Tracked yes() { return new Tracked(Tri.YES); }

    public static Tracked no() { return new Tracked(Tri.NO); }

    public static Tracked of(Tri t) { return new Tracked(t); }

    /** A boolean fact: null is unknown and recorded as missing. */
    public static Tracked fact(Boolean b, String path) {
        Tracked t = new Tracked(Tri.of(b));
        if (b == null) t.miss(path); else t.use(path);
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
        if (o.used != null) {
            if (used == null) used = new LinkedHashSet<>(o.used); else used.addAll(o.used);
        }
        if (o.missing != null) {
            if (missing == null) missing = new LinkedHashSet<>(o.missing); else missing.addAll(o.missing);
        }
        if (o.reasons != null) {
            if (reasons == null) reasons = new ArrayList<>(o.reasons); else reasons.addAll(o.reasons);
        }
    }

    public Tracked use(String path) {
        if (used == null) used = new LinkedHashSet<>();
        used.add(path);
        return this;
    }

    public Tracked miss(String path) {
        if (missing == null) missing = new LinkedHashSet<>();
        missing.add(path);
        return this;
    }

    public Tracked because(String reason) {
        if (reasons == null) reasons = new ArrayList<>();
        reasons.add(reason);
        return this;
    }

    public Tri value() { return value; }

    public Tri getValue() { return value; }

    public boolean isYes() { return value == Tri.YES; }

    public boolean isNo() { return value == Tri.NO; }

    public boolean isUnknown() { return value == Tri.UNKNOWN; }

    public List<String> usedFacts() { return used == null ? new ArrayList<>() : new ArrayList<>(used); }

    public List<String> missingFacts() { return missing == null ? new ArrayList<>() : new ArrayList<>(missing); }

    /** The reasons given, in order; the list is this result's own (callers may add to it, as before). */
    public List<String> reasons() {
        if (reasons == null) reasons = new ArrayList<>();
        return reasons;
    }

    @Override
    public String toString() { return value + (missing == null || missing.isEmpty() ? "" : " missing " + missing); }
}
