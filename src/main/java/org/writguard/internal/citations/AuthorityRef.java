package org.writguard.internal.citations;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a finding, a rule or a table cell cites an authority (issue 19 item 3): the id of a row of the authorities
 * table, optionally followed by {@code " @ "} and a pinpoint: {@code galarza-2014}, {@code heckler-ringer-1984 @ 616},
 * {@code usc-8-1357g @ (1), (5)}, {@code moa-jem @ App. A}. A table cell holds several, separated by {@code ;}.
 */
public record AuthorityRef(String id, String pin) {
    /** An id: letters, digits, '-', '.' and '_', starting with a letter or digit (e.g. usc-8-1252a2Bii). */
    public static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Pattern REF = Pattern.compile("(" + ID.pattern() + ")(?:\\s+@\\s+(\\S.*))?");

    /** The reference in a piece of text, or null when the text is not an id with an optional pinpoint. */
    public static AuthorityRef parse(String text) {
        if (text == null) return null;
        Matcher m = REF.matcher(text.strip());
        if (!m.matches()) return null;
        return new AuthorityRef(m.group(1), m.group(2) == null ? null : m.group(2).strip());
    }

    /** The pieces of a table cell ({@code ;}-separated), stripped, blanks dropped. */
    public static List<String> split(String cell) {
        List<String> out = new ArrayList<>();
        if (cell == null) return out;
        for (String p : cell.split(";")) if (!p.isBlank()) out.add(p.strip());
        return out;
    }

    @Override
    public String toString() { return pin == null ? id : id + " @ " + pin; }
}
