package org.writguard.internal.engine;

import org.junit.jupiter.api.Test;
import org.writguard.facts.Hold;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Paths recorded lazily (issue 17, round 3) read back as the eager insertion-ordered sets did. */
class TrackedTest {
    private static Hold hold(String path) {
        Hold h = new Hold();
        h.setPath(path);
        return h;
    }

    @Test
    void lazyPathsAreWrittenOutInFirstRecordedOrderEachOnce() {
        Hold h = hold("holds[1]");
        Tracked a = Tracked.yes().use(h, "release_eligible_at").use("as_of").use("holds[1].detainer", ".form");
        Tracked b = Tracked.fact(null, h, "hold_end_reason").use(h, "release_eligible_at")
                .miss("holds[1].detainer", ".pc_basis");
        Tracked r = a.and(b).and(Tracked.of(Tri.UNKNOWN).miss(h, "hold_end_reason").miss("x"));
        assertEquals(Tri.UNKNOWN, r.value());
        assertEquals(List.of("holds[1].release_eligible_at", "as_of", "holds[1].detainer.form"), r.usedFacts());
        assertEquals(List.of("holds[1].hold_end_reason", "holds[1].detainer.pc_basis", "x"), r.missingFacts());
        assertEquals("UNKNOWN missing [holds[1].hold_end_reason, holds[1].detainer.pc_basis, x]", r.toString());
    }

    @Test
    void aFactAtTheRootIsItsFieldName() {
        assertEquals(List.of("as_of"), Tracked.fact(true, hold(""), "as_of").usedFacts());
        assertEquals(List.of("as_of"), Tracked.fact(false, hold(null), "as_of").usedFacts());
    }

    @Test
    void useAllOfAddsTheOtherResultsUsedPathsOnly() {
        Hold h = hold("holds[0]");
        Tracked known = Tracked.yes().use(h, "hold_ended_at").miss("m");
        Tracked t = Tracked.no().use("a").useAllOf(known).use(h, "hold_ended_at");
        assertEquals(List.of("a", "holds[0].hold_ended_at"), t.usedFacts());
        assertTrue(t.missingFacts().isEmpty());
    }

    @Test
    void longChainsStayBoundedAndReadBackAsASetWould() {
        Hold h = hold("holds[0]");
        Tracked t = Tracked.yes();
        LinkedHashSet<String> eager = new LinkedHashSet<>();
        for (int i = 0; i < 500; i++) {
            String name = "f" + (i % 37);
            t = t.and(Tracked.yes().use(h, name).use("p" + (i % 5)));
            eager.add("holds[0]." + name);
            eager.add("p" + (i % 5));
        }
        assertEquals(new ArrayList<>(eager), t.usedFacts());
    }

    @Test
    void nullPathsAreKeptOnceAsBefore() {
        List<String> used = Tracked.yes().use((String) null).use("a").use((String) null).usedFacts();
        assertEquals(java.util.Arrays.asList(null, "a"), used);
    }
}
