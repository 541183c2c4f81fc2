package org.writguard.internal.memo;

import org.writguard.engine.MatterJurisdiction;
import org.writguard.findings.Authority;
import org.writguard.findings.Finding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a finding's citations are printed (issue 19 item 3): each with its label for the matter (binding,
 * persuasive, agency guidance, ...), binding first, in the Markdown and text report, the HTML/PDF memo and the JSON.
 * One place, so that every output says the same thing.
 */
public final class CitationLabels {
    private CitationLabels() { }

    /** "A [binding]; B [persuasive (district court, D. Or.)]": one line for text and Markdown. */
    public static String line(Finding f) {
        if (f.getAuthorities().isEmpty()) return String.join("; ", f.getCitations());
        List<String> parts = new ArrayList<>();
        for (Authority a : f.getAuthorities()) parts.add(a.getCitation() + " [" + tag(a) + "]");
        return String.join("; ", parts);
    }

    /** The same, as HTML: links where {@link Citations#url} has one, the label in a span. */
    public static String html(Finding f) {
        List<String> parts = new ArrayList<>();
        if (f.getAuthorities().isEmpty()) {
            for (String c : f.getCitations()) parts.add(Citations.html(c));
        } else {
            for (Authority a : f.getAuthorities()) {
                parts.add(Citations.html(a.getCitation()) + " <span class=\"label label-" + a.getWeight().name().toLowerCase()
                        + "\">[" + Html.escape(tag(a)) + "]</span>");
            }
        }
        return String.join("; ", parts);
    }

    /**
     * The memo's list of sources: every authority the report cites once, binding first, each with its label, after
     * a line saying where the matter sits (list items; the caller opens and closes the list).
     */
    public static String sourcesHtml(org.writguard.engine.Report r) {
        StringBuilder h = new StringBuilder();
        h.append("<li class=\"small\">").append(Html.escape(r.getJurisdiction().describe())).append("</li>");
        Map<String, Authority> seen = new LinkedHashMap<>();
        java.util.Set<String> plain = new java.util.LinkedHashSet<>();
        for (Finding f : r.getFindings()) {
            if (f.getAuthorities().isEmpty()) plain.addAll(f.getCitations());
            for (Authority a : f.getAuthorities()) seen.putIfAbsent(a.getCitation(), a);
        }
        List<Authority> all = new ArrayList<>(seen.values());
        all.sort(java.util.Comparator.comparing(Authority::getWeight));
        for (Authority a : all) {
            h.append("<li>").append(Citations.html(a.getCitation())).append(" <span class=\"label\">[")
                    .append(Html.escape(tag(a))).append("]</span>");
            if (a.getLaterHistory() != null) h.append(" <span class=\"small\">Later history: ").append(Html.escape(a.getLaterHistory())).append("</span>");
            h.append("</li>");
        }
        for (String c : plain) if (!seen.containsKey(c)) h.append("<li>").append(Citations.html(c)).append("</li>");
        return h.toString();
    }

    /** The label, with "unverified" when the authorities row has not been checked yet. */
    public static String tag(Authority a) {
        return a.getLabel() + (a.isVerified() ? "" : "; table row unverified");
    }

    /** The finding's {@code authorities} in the report JSON. */
    public static List<Object> json(Finding f) {
        List<Object> out = new ArrayList<>();
        for (Authority a : f.getAuthorities()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", a.getId());
            m.put("citation", a.getCitation());
            m.put("label", a.getLabel());
            m.put("weight", a.getWeight().name());
            m.put("binding", a.isBinding());
            m.put("kind", a.getKind());
            m.put("court", a.getCourt());
            m.put("jurisdiction", a.getJurisdiction());
            m.put("decided", a.getDecided());
            m.put("later_history", a.getLaterHistory());
            m.put("verified", a.isVerified());
            out.add(m);
        }
        return out;
    }

    /** The report's {@code jurisdiction} in JSON. */
    public static Map<String, Object> json(MatterJurisdiction m) {
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("states", m.getStates());
        j.put("circuits", m.getCircuits());
        j.put("note", m.describe());
        return j;
    }
}
