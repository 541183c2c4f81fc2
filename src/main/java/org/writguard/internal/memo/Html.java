package org.writguard.internal.memo;

/** Escaping for HTML and XML text and attribute values: everything a case or a workbook supplies is data. */
public final class Html {
    private Html() { }

    /** Escapes &amp; &lt; &gt; &quot; and &#39;, and drops characters XML 1.0 cannot hold; null is "". */
    public static String escape(Object o) {
        if (o == null) return "";
        String s = o.toString();
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t' && c != '\r' || c == 0xFFFE || c == 0xFFFF) b.append('\uFFFD');
                    else b.append(c);
                }
            }
        }
        return b.toString();
    }
}
