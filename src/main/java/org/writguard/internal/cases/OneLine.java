package org.writguard.internal.cases;

import org.writguard.cases.*;

/**
 * Makes text that echoes input safe to print as one line of a message: line breaks, tabs and every other
 * control character (C0, DEL, C1, the Unicode line and paragraph separators, bidirectional overrides) and
 * unpaired surrogates are written as escapes ({@code \n}, {@code \\u0085}), so a field name holding a newline
 * cannot split a message in two or forge a second one.
 */
public final class OneLine {
    private OneLine() { }

    /** {@code text} with control characters escaped; null stays null. */
    public static String escape(String text) {
        if (text == null) return null;
        int n = text.length();
        int i = 0;
        while (i < n && plain(text, i)) i++;
        if (i == n) return text;
        StringBuilder sb = new StringBuilder(n + 16).append(text, 0, i);
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (plain(text, i)) {
                sb.append(c);
                if (Character.isHighSurrogate(c)) sb.append(text.charAt(++i));
                continue;
            }
            switch (c) {
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> sb.append(String.format("\\u%04X", (int) c));
            }
        }
        return sb.toString();
    }

    /** Whether {@code text} holds a surrogate without its pair (which UTF-8 cannot encode). */
    public static boolean hasLoneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) i++;
                else return true;
            } else if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the character at {@code i} prints as itself (a surrogate pair counts when whole). */
    private static boolean plain(String s, int i) {
        char c = s.charAt(i);
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) return false;
        if (c == '\u2028' || c == '\u2029') return false;
        if ((c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')) return false;
        if (Character.isHighSurrogate(c)) return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        if (Character.isLowSurrogate(c)) return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
        return true;
    }
}
