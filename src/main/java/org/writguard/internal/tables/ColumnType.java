package org.writguard.internal.tables;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The type of a decision-table column. Every analyst-edited cell is checked against its column's type
 * before anything reaches the Drools compiler, because the template splices cell text into DRL
 * (DROOLS-NOTES.md, "Security: a data cell is code").
 */
public enum ColumnType {
    /** One of a closed list of codes (the column's allowed values). */
    ENUM,
    /** A stable identifier: letters, digits, '-', '_', '.'. */
    ID,
    /** A USPS state or territory code. */
    STATE,
    /** Free text such as a citation or a note: any printable text without quotes or backslashes. */
    TEXT,
    /** An ISO date, YYYY-MM-DD (or a date-formatted Excel cell). */
    DATE,
    /** A whole number, optionally negative. */
    INTEGER,
    /** A decimal number, optionally negative. */
    DECIMAL,
    /** TRUE or FALSE. */
    BOOLEAN,
    /** A source label of DOMAIN.md section 0: P, S, K or U. */
    LABEL,
    /** A template revision: an ISO date or a short token such as 2009 or LEGACY. */
    REVISION;

    private static final Pattern ID_PATTERN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,119}");
    private static final Pattern REVISION_PATTERN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");
    private static final Pattern INTEGER_PATTERN = Pattern.compile("-?\\d{1,9}");
    private static final Pattern DECIMAL_PATTERN = Pattern.compile("-?\\d{1,9}(\\.\\d{1,6})?");
    static final List<String> LABELS = List.of("P", "S", "K", "U");
    static final List<String> US_STATES = List.of("AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA",
            "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV",
            "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA",
            "WA", "WV", "WI", "WY", "PR", "GU", "VI", "MP", "AS");

    /**
     * Checks one cell's text (already trimmed, never empty) and returns the normalised value, or a
     * problem phrased for an analyst ("is not a whole number").
     */
    public Check check(String text, List<String> allowed) {
        String forbidden = forbiddenCharacter(text);
        if (forbidden != null) {
            return Check.bad("contains " + forbidden);
        }
        switch (this) {
            case ENUM:
                return allowed.contains(text) ? Check.ok(text)
                        : Check.bad("is not one of " + String.join(", ", allowed));
            case ID:
                return ID_PATTERN.matcher(text).matches() ? Check.ok(text)
                        : Check.bad("is not an id (letters, digits, '-', '_' or '.', at most 120)");
            case STATE:
                return US_STATES.contains(text) ? Check.ok(text)
                        : Check.bad("is not a two-letter USPS state code such as CA or DC");
            case TEXT:
                return text.length() <= 2000 ? Check.ok(text) : Check.bad("is longer than 2000 characters");
            case DATE:
                try {
                    return Check.ok(LocalDate.parse(text).toString());
                } catch (DateTimeParseException e) {
                    return Check.bad("is not a date (YYYY-MM-DD)");
                }
            case INTEGER:
                return INTEGER_PATTERN.matcher(text).matches() ? Check.ok(Integer.toString(Integer.parseInt(text)))
                        : Check.bad("is not a whole number");
            case DECIMAL:
                return DECIMAL_PATTERN.matcher(text).matches() ? Check.ok(new BigDecimal(text).toPlainString())
                        : Check.bad("is not a number (digits, optional '-' and decimal point)");
            case BOOLEAN: {
                String upper = text.toUpperCase();
                return upper.equals("TRUE") || upper.equals("FALSE") ? Check.ok(upper)
                        : Check.bad("is not TRUE or FALSE");
            }
            case LABEL:
                return LABELS.contains(text) ? Check.ok(text) : Check.bad("is not one of P, S, K, U");
            case REVISION:
                return REVISION_PATTERN.matcher(text).matches() ? Check.ok(text)
                        : Check.bad("is not a template revision (e.g. 2025-02-15)");
            default:
                throw new IllegalStateException(name());
        }
    }

    /**
     * Characters that could close a DRL string literal, start an escape, a template parameter or a new
     * line, or that hide what a cell says from its reviewer.
     */
    static String forbiddenCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') return "a double quote (\"), which a cell may not hold: use ' or “ ” instead";
            if (c == '\\') return "a backslash (\\), which a cell may not hold: use / instead";
            if (c == '$') return "a dollar sign ($), which a cell may not hold: write USD or spell it out";
            if (c == '\n' || c == '\r') return "a line break, which a cell may not hold: keep it on one line (separate items with ';')";
            if (Character.isISOControl(c)) return "a control character (U+" + String.format("%04X", (int) c) + "): retype the cell without it";
            int type = Character.getType(c);
            if (type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR) {
                return "a line break (U+" + String.format("%04X", (int) c) + "): keep the cell on one line";
            }
            // Bidi overrides and zero-width characters make a cell read differently from what it holds.
            if (type == Character.FORMAT || type == Character.PRIVATE_USE || type == Character.UNASSIGNED
                    || type == Character.SURROGATE && !validSurrogatePair(text, i)) {
                return "an invisible or unassigned character (U+" + String.format("%04X", (int) c) + "): retype the cell without it";
            }
            if (Character.isHighSurrogate(c)) i++;
        }
        return null;
    }

    private static boolean validSurrogatePair(String text, int i) {
        return Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
                && Character.isLowSurrogate(text.charAt(i + 1))
                && Character.getType(text.codePointAt(i)) != Character.UNASSIGNED
                && Character.getType(text.codePointAt(i)) != Character.PRIVATE_USE
                && Character.getType(text.codePointAt(i)) != Character.FORMAT;
    }

    /** The outcome of checking a cell. */
    public record Check(String value, String problem) {
        static Check ok(String value) { return new Check(value, null); }
        static Check bad(String problem) { return new Check(null, problem); }
        public boolean isOk() { return problem == null; }
        public Optional<String> valueIfOk() { return Optional.ofNullable(value); }
    }

    /** The word an analyst reads in messages and in the table's header comment. */
    public String describe() {
        switch (this) {
            case ENUM: return "code";
            case ID: return "id";
            case STATE: return "state code";
            case TEXT: return "text";
            case DATE: return "date (YYYY-MM-DD)";
            case INTEGER: return "whole number";
            case DECIMAL: return "number";
            case BOOLEAN: return "TRUE/FALSE";
            case LABEL: return "label P/S/K/U";
            case REVISION: return "template revision";
            default: return name();
        }
    }
}
