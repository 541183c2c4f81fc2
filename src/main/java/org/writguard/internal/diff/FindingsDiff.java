package org.writguard.internal.diff;

import org.writguard.engine.Report;
import org.writguard.findings.Finding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What changed in one case's findings between two assessments: findings gained, lost, and those whose
 * status, severity or deciding row changed. A finding is the same finding when its code, variant and
 * subject agree.
 */
public record FindingsDiff(String caseName, List<String> gained, List<String> lost, List<String> changed) {

    public boolean isEmpty() { return gained.isEmpty() && lost.isEmpty() && changed.isEmpty(); }

    public static FindingsDiff of(String caseName, Report before, Report after) {
        Map<String, Finding> a = byKey(before);
        Map<String, Finding> b = byKey(after);
        List<String> gained = new ArrayList<>();
        List<String> lost = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        for (Map.Entry<String, Finding> e : b.entrySet()) {
            Finding old = a.get(e.getKey());
            if (old == null) {
                gained.add(describe(e.getKey(), e.getValue()));
            } else if (!state(old).equals(state(e.getValue()))) {
                changed.add(e.getKey() + ": " + state(old) + " -> " + state(e.getValue()));
            }
        }
        for (Map.Entry<String, Finding> e : a.entrySet()) {
            if (!b.containsKey(e.getKey())) lost.add(describe(e.getKey(), e.getValue()));
        }
        return new FindingsDiff(caseName, gained, lost, changed);
    }

    /** {@code F13 hold:h1} (with {@code /variant} when there is one). */
    static String key(Finding f) {
        return f.getCode().getNumber() + (f.getVariant() == null ? "" : "/" + f.getVariant()) + " "
                + f.getSubjectKind() + ":" + f.getSubjectId();
    }

    private static Map<String, Finding> byKey(Report r) {
        Map<String, Finding> m = new LinkedHashMap<>();
        for (Finding f : r.getFindings()) m.putIfAbsent(key(f), f);
        return m;
    }

    private static String state(Finding f) {
        String src = f.getSource() == null || f.getSource().getRow() == null ? ""
                : " (" + f.getSource().getSheet() + " row " + f.getSource().getRow() + ")";
        return f.getStatus() + " " + Objects.toString(f.getSeverity(), "") + src;
    }

    private static String describe(String key, Finding f) { return key + " " + state(f); }

    /** Text lines: the case, then {@code + gained}, {@code - lost}, {@code ~ changed}. */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        out.add(caseName + ":");
        gained.forEach(g -> out.add("  + " + g));
        lost.forEach(l -> out.add("  - " + l));
        changed.forEach(c -> out.add("  ~ " + c));
        return out;
    }

    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("case", caseName);
        m.put("gained", gained);
        m.put("lost", lost);
        m.put("changed", changed);
        return m;
    }
}
