package org.writguard.internal.batch;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** assess-batch's UTF-8 records: the same bytes as the text encoded, and a lone surrogate found wherever it is. */
class Utf8RecordsTest {
    private static Utf8Records written(String value) throws Exception {
        Map<String, Object> rec = new LinkedHashMap<>();
        rec.put("line", 1);
        rec.put("text", value);
        Utf8Records r = new Utf8Records();
        r.write("{\"before\":1}\n".getBytes(StandardCharsets.UTF_8));
        BatchRunner.UTF8.writeValue(r, rec);
        r.write('\n');
        return r;
    }

    @Test
    void textWithoutLoneSurrogatesIsTheEncodedStringByteForByte() throws Exception {
        for (String s : new String[] {"plain", "§ 1357(g) “quoted” é", "pair \uD83D\uDE00 ok", "tab\tand \"quote\" and \\ back",
                "literal \\uD800 text", "two \\\\uDC00 backslashes", "control \u0001"}) {
            Utf8Records r = written(s);
            String expected = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(Map.of("line", 1, "text", s));
            // Map.of has no fixed order: compare with the record read back instead, and the bytes with the encoded text.
            String record = r.lastRecord();
            assertEquals(new com.fasterxml.jackson.databind.ObjectMapper().readTree(expected),
                    new com.fasterxml.jackson.databind.ObjectMapper().readTree(record), s);
            assertEquals(record, new String(record.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
            assertFalse(Utf8Records.hasEscapedLoneSurrogate(r, 0), s);
        }
        // A pair is written as its four UTF-8 bytes, exactly as the text encoded.
        assertEquals("{\"line\":1,\"text\":\"a\uD83D\uDE00b\"}", written("a\uD83D\uDE00b").lastRecord());
    }

    @Test
    void loneSurrogatesAreFoundHighLowAtTheEndAndAfterAnEscapedBackslash() throws Exception {
        for (String s : new String[] {"lone \uD83D x", "end \uDE00", "\uDBFF", "back\\\uD800", "reversed \uDE00\uD83D"}) {
            Utf8Records r = written(s);
            assertTrue(Utf8Records.hasEscapedLoneSurrogate(r, 0), s);
            int start = r.size();
            r.write("{\"after\":2}\n".getBytes(StandardCharsets.UTF_8));
            assertFalse(Utf8Records.hasEscapedLoneSurrogate(r, start), "only what is written from the start is looked at");
        }
    }

    @Test
    void truncateDropsARecordAndLastRecordIsTheLastLine() throws Exception {
        Utf8Records r = written("first");
        int start = r.size();
        BatchRunner.UTF8.writeValue(r, Map.of("x", "dropped"));
        r.truncate(start);
        r.write("{\"y\":2}\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("{\"y\":2}", r.lastRecord());
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        r.writeTo(out);
        assertEquals("{\"before\":1}\n{\"line\":1,\"text\":\"first\"}\n{\"y\":2}\n", out.toString(StandardCharsets.UTF_8));
    }
}
