package org.writguard.internal.cases;

import org.writguard.cases.*;

import org.junit.jupiter.api.Test;
import org.writguard.findings.FindingCode;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NearestNamesTest {
    private static final List<String> CODES = Arrays.stream(FindingCode.values()).map(Enum::name).toList();

    @Test
    void aTypoInAFindingCodeGetsTheOneNearestCode() {
        assertEquals(List.of("MOA_FUNCTION_OUT_OF_SCOPE"), NearestNames.nearest("MOA_FUNCTION_OUT_OF_SCOP", CODES));
        assertEquals("did you mean MOA_FUNCTION_OUT_OF_SCOPE?", NearestNames.hint("MOA_FUNCTION_OUT_OF_SCOP", CODES));
        assertEquals(List.of("DETAINER_HOLD_EXCEEDS_48H"), NearestNames.nearest("detainer-hold-exceeds-48h", CODES),
                "case, dashes and underscores do not count");
        assertEquals(List.of("DETAINER_HOLD_EXCEEDS_48H"), NearestNames.nearest("DETAINER_HOLD", CODES),
                "a long enough prefix of one code");
    }

    @Test
    void aNameFarFromEveryAllowedOneGetsABriefListInstead() {
        assertTrue(NearestNames.nearest("SOMETHING_ELSE_ENTIRELY", CODES).isEmpty());
        String hint = NearestNames.hint("SOMETHING_ELSE_ENTIRELY", CODES);
        assertTrue(hint.startsWith("expected one of MOA_NOT_IN_EFFECT, "), hint);
        assertTrue(hint.endsWith(", ... (" + CODES.size() + " in all)"), hint);
        assertEquals(NearestNames.LIST_LIMIT, hint.split(", ").length - 1, hint);
        assertEquals("expected one of a, b", NearestNames.hint("zzzzzz", List.of("a", "b")));
    }

    @Test
    void shortNamesNeedACloseMatchAndTiesAreAllNamed() {
        assertEquals(List.of("JEM"), NearestNames.nearest("jem", List.of("JEM", "TFM", "WSO")));
        assertTrue(NearestNames.nearest("XYZ", List.of("JEM", "TFM", "WSO")).isEmpty());
        assertEquals(List.of("I247A", "I247D"), NearestNames.nearest("I247", List.of("I247A", "I247D", "OTHER")));
        assertTrue(NearestNames.nearest("", List.of("A")).isEmpty());
    }
}
