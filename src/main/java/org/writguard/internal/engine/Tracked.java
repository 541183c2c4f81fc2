package org.writguard.internal.engine;

import org.writguard.engine.*;

import org.writguard.facts.Located;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * A three-valued result together with the fact paths it read and the ones that were missing, so a rule
 * can report FIRED with {@code facts_used} or UNDETERMINED with {@code missing_facts}.
 *
 * <p>Paths are kept as written and turned into strings only when a rule asks for them (issue 17, round 3): most
 * results never reach a finding that fires or is undetermined, so a path such as {@code holds[0].detainer.pc_basis}
 * is recorded as its fact and field name ({@link #use(Located, String)}) or as a prefix and suffix
 * ({@link #use(String, String)}) and concatenated by {@link #usedFacts()} / {@link #missingFacts()}. Those give the
 * paths in the order they were first recorded, each once, exactly as the eager sets did before.
 */
public final class Tracked {
    /** Past this many recorded paths a list is compacted (made strings and deduplicated) so loops cannot grow it. */
    private static final int COMPACT_AT = 64;

    private Tri value;
    // Made on first use; entries are Strings or FactPaths, in the order recorded, duplicates allowed until read.
    private Paths used;
    private Paths missing;
    private List<String> reasons;

    private Tracked(Tri value) { this.value = value; }

    /** A path not yet written out: a fact's field ({@code owner.field(name)}) or a prefix and a suffix. */
    private static final class FactPath {
        final Located owner;
        final String prefix;
        final String name;

        FactPath(Located owner, String prefix, String name) {
            this.owner = owner;
            this.prefix = prefix;
            this.name = name;
        }

        @Override
        public String toString() { return owner != null ? owner.field(name) : prefix + name; }
    }

    public static Tracked yes() { return new Tracked(Tri.YES); }

    public static Tracked no() { return new Tracked(Tri.NO); }

    public static Tracked of(Tri t) { return new Tracked(t); }

    /** A boolean fact: null is unknown and recorded as missing. */
    public static Tracked fact(Boolean b, String path) {
        return fact(b, (Object) path);
    }

    /** A boolean fact at {@code owner.field(name)}, the path written out only if a rule reads it. */
    public static Tracked fact(Boolean b, Located owner, String name) {
        return fact(b, (Object) new FactPath(owner, null, name));
    }

    /** A boolean fact at {@code prefix + suffix}, the path written out only if a rule reads it. */
    public static Tracked fact(Boolean b, String prefix, String suffix) {
        return fact(b, (Object) new FactPath(null, prefix, suffix));
    }

    /** A boolean fact at a path (a String or a FactPath): used when known, missing when null. */
    private static Tracked fact(Boolean b, Object path) {
        Tracked t = new Tracked(Tri.of(b));
        if (b == null) t.missing = add(null, path); else t.used = add(null, path);
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
        if (o.used != null) used = addAll(used, o.used);
        if (o.missing != null) missing = addAll(missing, o.missing);
        if (o.reasons != null) {
            if (reasons == null) reasons = new ArrayList<>(o.reasons); else reasons.addAll(o.reasons);
        }
    }

    /** Records every path {@code o} used as used here too (what {@code for (p : o.usedFacts()) use(p)} did). */
    public Tracked useAllOf(Tracked o) {
        if (o.used != null) used = addAll(used, o.used);
        return this;
    }

    public Tracked use(String path) {
        used = add(used, path);
        return this;
    }

    /** Uses {@code owner.field(name)}, written out only if a rule reads it. */
    public Tracked use(Located owner, String name) {
        used = add(used, new FactPath(owner, null, name));
        return this;
    }

    /** Uses {@code prefix + suffix}, written out only if a rule reads it. */
    public Tracked use(String prefix, String suffix) {
        used = add(used, new FactPath(null, prefix, suffix));
        return this;
    }

    public Tracked miss(String path) {
        missing = add(missing, path);
        return this;
    }

    /** Misses {@code owner.field(name)}, written out only if a rule reads it. */
    public Tracked miss(Located owner, String name) {
        missing = add(missing, new FactPath(owner, null, name));
        return this;
    }

    /** Misses {@code prefix + suffix}, written out only if a rule reads it. */
    public Tracked miss(String prefix, String suffix) {
        missing = add(missing, new FactPath(null, prefix, suffix));
        return this;
    }

    public Tracked because(String reason) {
        if (reasons == null) reasons = new ArrayList<>();
        reasons.add(reason);
        return this;
    }

    /** Recorded paths (Strings or FactPaths) in order, duplicates allowed until read: an array, no list. */
    private static final class Paths {
        Object[] items;
        int size;

        Paths(int capacity) { items = new Object[capacity]; }
    }

    private static Paths add(Paths list, Object path) {
        if (list == null) list = new Paths(4);
        else if (list.size >= COMPACT_AT) list = compact(list, 1);
        else if (list.size == list.items.length) list.items = java.util.Arrays.copyOf(list.items, list.size * 2);
        list.items[list.size++] = path;
        return list;
    }

    private static Paths addAll(Paths list, Paths more) {
        if (list == null) {
            list = new Paths(more.size + 2);
        } else if (list.size + more.size > COMPACT_AT) {
            list = compact(list, more.size);
        } else if (list.size + more.size > list.items.length) {
            list.items = java.util.Arrays.copyOf(list.items, list.size + more.size + 2);
        }
        System.arraycopy(more.items, 0, list.items, list.size, more.size);
        list.size += more.size;
        return list;
    }

    /** The paths written out, in the order first recorded, each once. */
    private static List<String> strings(Paths list) {
        if (list == null) return new ArrayList<>();
        int n = list.size;
        if (n <= 16) {
            ArrayList<String> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                Object o = list.items[i];
                String s = o == null ? null : o.toString();
                if (!out.contains(s)) out.add(s);
            }
            return out;
        }
        LinkedHashSet<String> set = new LinkedHashSet<>();
        for (int i = 0; i < n; i++) set.add(list.items[i] == null ? null : list.items[i].toString());
        return new ArrayList<>(set);
    }

    /** The paths written out and deduplicated, with room for {@code more}. */
    private static Paths compact(Paths list, int more) {
        List<String> s = strings(list);
        Paths p = new Paths(s.size() + more + 2);
        for (String x : s) p.items[p.size++] = x;
        return p;
    }

    public Tri value() { return value; }

    public Tri getValue() { return value; }

    public boolean isYes() { return value == Tri.YES; }

    public boolean isNo() { return value == Tri.NO; }

    public boolean isUnknown() { return value == Tri.UNKNOWN; }

    public List<String> usedFacts() { return strings(used); }

    public List<String> missingFacts() { return strings(missing); }

    /** The reasons given, in order; the list is this result's own (callers may add to it, as before). */
    public List<String> reasons() {
        if (reasons == null) reasons = new ArrayList<>();
        return reasons;
    }

    @Override
    public String toString() {
        List<String> m = missingFacts();
        return value + (m.isEmpty() ? "" : " missing " + m);
    }
}
