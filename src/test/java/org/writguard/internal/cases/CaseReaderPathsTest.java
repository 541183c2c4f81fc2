package org.writguard.internal.cases;

import org.writguard.cases.*;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The field paths of the checks that walk a case tree before binding it (lone surrogates, dates known only in part)
 * are built only when they name something (issue 17); these messages, under a fixture's path prefix, are the ones the
 * reader gave when it built a path for every field, byte for byte.
 */
class CaseReaderPathsTest {
    private static final String AS_OF = "\"as_of\":\"2026-06-20T12:00:00-04:00\"";
    private final CaseReader reader = new CaseReader();

    private String error(String json) {
        CaseInputException e = assertThrows(CaseInputException.class,
                () -> reader.toCaseFile(reader.readJsonTree(json, "f.ndjson"), "f.ndjson", "[2].case"));
        return e.getMessage();
    }

    @Test
    void messagesNameTheSameFieldsUnderAPrefix() {
        assertEquals("f.ndjson: [2].case.holds[0].hold_id: the text holds a lone UTF-16 surrogate (an escape such as \\ud800 without its pair); expected text",
                error("{" + AS_OF + ",\"holds\":[{\"hold_id\":\"h\\ud800\",\"agency_id\":\"A\"}]}"));
        assertEquals("f.ndjson: [2].case.zz[0][1]: the text holds a lone UTF-16 surrogate (an escape such as \\ud800 without its pair); expected text",
                error("{" + AS_OF + ",\"zz\":[[\"a\",\"b\\ud800\"]]}"));
        assertEquals("f.ndjson: [2].case.applications[0].filed_on: \"2025-13\" is not a month; write YYYY-MM with a month from 01 to 12",
                error("{" + AS_OF + ",\"applications\":[{\"application_id\":\"n\",\"filed_on\":\"2025-13\"}]}"));
        assertEquals("f.ndjson: [2].case.applications[0].filed_on: \"2025-1\" is not a month; write YYYY-MM with a month from 01 to 12",
                error("{" + AS_OF + ",\"applications\":[{\"application_id\":\"n\",\"filed_on\":\"2025-1\"}]}"));
        assertEquals("f.ndjson: [2].case.holds[0].release_eligible_at: not_after 2026-06-12T08:00-04:00 precedes not_before 2026-06-12T17:00-04:00",
                error("{" + AS_OF + ",\"holds\":[{\"hold_id\":\"h\",\"agency_id\":\"A\",\"release_eligible_at\":{\"not_before\":\"2026-06-12T17:00:00-04:00\",\"not_after\":\"2026-06-12T08:00:00-04:00\"}}]}"));
        assertEquals("f.ndjson: [2].case.encounters[0].function_events[0].at.occurred: occurred: false is not a date; write null when it did not happen or it is unknown whether it happened",
                error("{" + AS_OF + ",\"encounters\":[{\"encounter_id\":\"e\",\"agency_id\":\"A\",\"function_events\":[{\"at\":{\"occurred\":false}}]}]}"));
        assertEquals("f.ndjson: [2].case.as_of: \"2026-06\": as_of must be an exact datetime, e.g. 2026-06-12T16:00:00-04:00 (only the facts' dates may be known in part)",
                error("{\"as_of\":\"2026-06\"}"));
        assertEquals("f.ndjson: [2].case.holds[0].release_eligible_at: year 1800 is outside 1900-2199 (in 1800-06)",
                error("{" + AS_OF + ",\"holds\":[{\"hold_id\":\"h\",\"agency_id\":\"A\",\"release_eligible_at\":\"1800-06\"}]}"));
    }

    @Test
    void exactDatesOfEveryLengthStayExact() {
        // A date of 10 characters, datetimes with and without seconds or fractions: none is read as partial.
        String json = "{" + AS_OF + ",\"applications\":[{\"application_id\":\"n\",\"form_type\":\"N400\",\"filed_on\":\"2025-01-02\","
                + "\"interview_on\":\"2025-03-04\"}],\"holds\":[{\"hold_id\":\"h\",\"agency_id\":\"A\","
                + "\"release_eligible_at\":\"2026-06-12T08:00-04:00\",\"hold_started_at\":\"2026-06-12T08:00:00.5-04:00\"}]}";
        assertNull(reader.toCaseFile(reader.readJsonTree(json, "f.ndjson"), "f.ndjson", "").getDateUncertainty());
    }
}
