package org.writguard.internal.memo;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Links a citation to a public source where the source has a stable address built from the citation itself:
 * the U.S. Code (Cornell LII), the Code of Federal Regulations (eCFR) and U.S. Reports (Justia). Anything else
 * (reporters with no free stable address, state codes, agency guidance) stays plain text. The Assess page's script
 * applies the same three patterns.
 */
public final class Citations {
    private static final Pattern USC = Pattern.compile("\\b(\\d{1,2}) U\\.S\\.C\\. §+ ?(\\d+[a-z]?(?:-\\d+[a-z]?)?)");
    private static final Pattern CFR = Pattern.compile("\\b(\\d{1,2}) C\\.F\\.R\\. §+ ?(\\d+\\.\\d+[a-z]?)");
    private static final Pattern US = Pattern.compile("\\b(\\d{1,3}) U\\.S\\. (\\d{1,4})\\b");

    private Citations() { }

    /** The stable public address of the citation's source, or null when there is none to build. */
    public static String url(String citation) {
        if (citation == null) return null;
        Matcher m = USC.matcher(citation);
        if (m.find()) return "https://www.law.cornell.edu/uscode/text/" + m.group(1) + "/" + m.group(2);
        m = CFR.matcher(citation);
        if (m.find()) return "https://www.ecfr.gov/current/title-" + m.group(1) + "/section-" + m.group(2);
        m = US.matcher(citation);
        if (m.find()) return "https://supreme.justia.com/cases/federal/us/" + m.group(1) + "/" + m.group(2) + "/";
        return null;
    }

    /** The citation as HTML: a link when {@link #url} has one, escaped text either way. */
    public static String html(String citation) {
        String u = url(citation);
        return u == null ? Html.escape(citation)
                : "<a href=\"" + Html.escape(u) + "\" rel=\"noopener noreferrer\">" + Html.escape(citation) + "</a>";
    }
}
