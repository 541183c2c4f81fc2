package org.writguard.internal.cases;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Issue 17: the reader's fast date parsing gives what java.time's formatters give, or leaves the text to them. */
class IsoFastTest {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    @Test
    void theCommonSpellingsParseFastAndAsTheFormatterDoes() {
        for (String s : List.of("2026-06-12T10:00:00-04:00", "2026-06-12T10:00:00Z", "2026-06-12T10:00:00+05:30",
                "2024-02-29T23:59:59.5-00:00", "2026-06-12T00:00:00.123456789+14:00", "1999-12-31T23:59:59.000-12:00")) {
            OffsetDateTime fast = IsoFast.offsetDateTime(s);
            assertNotNull(fast, s);
            assertEquals(OffsetDateTime.parse(s, DateTimeFormatter.ISO_OFFSET_DATE_TIME), fast, s);
            assertEquals(OffsetDateTime.parse(s).toString(), fast.toString(), s);
        }
        for (String s : List.of("2026-06-12", "2024-02-29", "0001-01-01", "9999-12-31")) {
            assertEquals(LocalDate.parse(s, DATE), IsoFast.date(s), s);
        }
    }

    @Test
    void everythingElseIsLeftToTheFormatter() {
        for (String s : List.of("2026-06-12T10:00-04:00", "2026-06-12t10:00:00Z", "2026-06-12T10:00:00z",
                "2026-02-30T10:00:00Z", "2026-06-12T24:00:00Z", "2026-06-12T23:59:60Z", "2026-06-12T10:00:00+19:00",
                "2026-06-12T10:00:00+05:60", "2026-06-12T10:00:00.Z", "2026-06-12T10:00:00.1234567890Z",
                "2026-06-12T10:00:00+05:30:15", "2026-06-12T10:00:00", "+2026-06-12T10:00:00Z", "2026-06-12T10:00:00-0400",
                "２026-06-12T10:00:00Z", "2026-06-12T10:00:00 Z")) {
            assertNull(IsoFast.offsetDateTime(s), s);
        }
        for (String s : List.of("2026-02-30", "2026-13-01", "2026-6-12", "20260612", "2026-06-1x", "2026/06/12", "2026-00-10")) {
            assertNull(IsoFast.date(s), s);
        }
    }

    @Test
    void randomTextsNeverDisagreeWithTheFormatter() {
        Random rnd = new Random(17);
        String alphabet = "0123456789-:T+Z.z ";
        List<String> seeds = List.of("2026-06-12T10:00:00-04:00", "2024-02-29T23:59:59.123Z", "2026-06-12");
        List<String> samples = new ArrayList<>();
        for (int i = 0; i < 200_000; i++) {
            char[] c = seeds.get(i % seeds.size()).toCharArray();
            for (int k = rnd.nextInt(3); k >= 0; k--) c[rnd.nextInt(c.length)] = alphabet.charAt(rnd.nextInt(alphabet.length()));
            samples.add(new String(c));
        }
        int fastDates = 0;
        for (String s : samples) {
            OffsetDateTime fast = IsoFast.offsetDateTime(s);
            if (fast != null) {
                fastDates++;
                assertEquals(OffsetDateTime.parse(s, DateTimeFormatter.ISO_OFFSET_DATE_TIME), fast, s);
            }
            LocalDate d = IsoFast.date(s);
            if (d != null) assertEquals(LocalDate.parse(s, DATE), d, s);
            else if (s.length() == 10) assertStrictDateFails(s);
        }
        assertEquals(true, fastDates > 10_000, fastDates + " parsed fast");
    }

    /** A text of date length that the fast path leaves must not be a plain date the formatter takes. */
    private static void assertStrictDateFails(String s) {
        try {
            LocalDate d = LocalDate.parse(s, DATE);
            // Only spellings other than YYYY-MM-DD may be left (none should parse as a strict date here).
            assertNull(d, s + " parses as " + d + " but the fast path left it");
        } catch (DateTimeParseException expected) {
            // left to the formatter, which refuses it as well
        }
    }
}
