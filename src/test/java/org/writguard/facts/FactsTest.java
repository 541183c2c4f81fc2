package org.writguard.facts;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FactsTest {
    @Test
    void onlyTheTableOneThreeAFunctionsAreDelegable() {
        assertTrue(FunctionCode.INTERROGATE_STATUS.delegable());
        assertTrue(FunctionCode.TAKE_MAINTAIN_CUSTODY.delegable());
        assertFalse(FunctionCode.HOLD_ON_DETAINER.delegable());
        assertFalse(FunctionCode.SHARE_INFO_WITH_ICE.delegable());
        assertFalse(FunctionCode.PROVIDE_RELEASE_DATE.delegable());
        assertFalse(FunctionCode.TRANSFER_TO_ICE.delegable());
        assertEquals(11, java.util.Arrays.stream(FunctionCode.values()).filter(FunctionCode::delegable).count());
    }

    @Test
    void aFieldPathJoinsTheFactsPathAndTheFieldName() {
        Detainer d = new Detainer();
        d.setPath("holds[0].detainer");
        assertEquals("holds[0].detainer.pc_basis", d.field("pc_basis"));
    }

    /** The codes UsStates accepts, enumerated from two capital letters. */
    private static final class UsStatesView {
        static java.util.List<String> codes() {
            java.util.List<String> all = new java.util.ArrayList<>();
            for (char a = 'A'; a <= 'Z'; a++) {
                for (char b = 'A'; b <= 'Z'; b++) {
                    String s = "" + a + b;
                    if (UsStates.isUspsCode(s)) {
                        all.add(s);
                    }
                }
            }
            return all;
        }
    }
}
