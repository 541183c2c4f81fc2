package org.writguard.internal.memo;

import org.writguard.findings.Finding;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A finding's computed values as the appendix of the human reports prints them ({@code key=value, ...}). An empty
 * list or map says nothing to a reader (a delegation that is not a 287(g) act has no "defects=[]"), so it is left
 * out; the JSON report keeps every value.
 */
public final class ComputedLine {
    private ComputedLine() { }

    /** The line, or null when nothing is left to print. */
    public static String of(Finding f) {
        List<String> parts = new ArrayList<>();
        f.getComputed().forEach((k, v) -> {
            if (v instanceof Collection<?> c && c.isEmpty() || v instanceof Map<?, ?> m && m.isEmpty()) return;
            parts.add(k + "=" + v);
        });
        return parts.isEmpty() ? null : String.join(", ", parts);
    }
}
