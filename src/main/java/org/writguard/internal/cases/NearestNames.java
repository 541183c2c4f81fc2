package org.writguard.internal.cases;

import org.writguard.cases.*;

import org.apache.commons.text.similarity.LevenshteinDistance;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * "Did you mean ...?" for a name that is not one of the allowed ones (finding codes, variants, field names,
 * enum values): the nearest allowed names by edit distance (Levenshtein, from commons-text), compared without
 * regard to case, dashes or underscores, and only when close enough to be a plausible typo. Otherwise the
 * allowed names are listed, briefly.
 */
public final class NearestNames {
    /** A longer list of allowed names is cut to this many, then "... (N in all)". */
    public static final int LIST_LIMIT = 12;

    private NearestNames() { }

    /**
     * The allowed names close enough to {@code given} to be what was meant, nearest first (ties all kept);
     * empty when none is. Close enough: at most a third of the longer name's letters differ, never more than 4.
     */
    public static List<String> nearest(String given, Collection<String> allowed) {
        String g = normal(given);
        List<String> best = new ArrayList<>();
        if (g.isEmpty()) return best;
        int bestDistance = Integer.MAX_VALUE;
        for (String a : allowed) {
            String n = normal(a);
            int limit = Math.min(4, Math.max(1, Math.max(n.length(), g.length()) / 3));
            int d = new LevenshteinDistance(limit).apply(g, n);
            if (d < 0) {
                // Beyond the limit; still a match when one is a prefix of the other and long enough (DETAINER_HOLD).
                if (n.length() >= 6 && g.length() >= 6 && (n.startsWith(g) || g.startsWith(n))) d = limit + 1;
                else continue;
            }
            if (d < bestDistance) {
                bestDistance = d;
                best.clear();
            }
            if (d == bestDistance && !best.contains(a)) best.add(a);
        }
        return best.size() > 3 ? List.of() : best;
    }

    /**
     * The tail of a message about {@code given}: {@code did you mean X?} when one is near, else
     * {@code expected one of A, B, C} (cut to {@link #LIST_LIMIT} names).
     */
    public static String hint(String given, Collection<String> allowed) {
        return hint(given, allowed, true);
    }

    /** As {@link #hint(String, Collection)}; {@code brief} false lists every allowed name (field names of one object). */
    public static String hint(String given, Collection<String> allowed, boolean brief) {
        List<String> near = nearest(given, allowed);
        if (!near.isEmpty()) return "did you mean " + String.join(" or ", near) + "?";
        return "expected one of " + (brief ? list(allowed) : String.join(", ", allowed));
    }

    /** The allowed names, comma-separated, cut after {@link #LIST_LIMIT}. */
    public static String list(Collection<String> allowed) {
        if (allowed.size() <= LIST_LIMIT) return String.join(", ", allowed);
        return String.join(", ", allowed.stream().limit(LIST_LIMIT).toList()) + ", ... (" + allowed.size() + " in all)";
    }

    private static String normal(String s) {
        return s == null ? "" : s.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    }
}
