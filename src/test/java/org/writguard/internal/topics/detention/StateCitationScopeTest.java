package org.writguard.internal.topics.detention;

import org.junit.jupiter.api.Test;
import org.writguard.internal.cases.CaseReader;
import org.writguard.engine.Report;
import org.writguard.findings.Finding;
import org.writguard.findings.FindingCode;
import org.writguard.testing.TestRuleBook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A state's statute is cited only for that state's holds (issue 19 item 3: a Florida statute on a Pennsylvania hold). */
class StateCitationScopeTest {
    private static final CaseReader READER = new CaseReader();

    private static Finding f15(String state, String tz) {
        String yaml = """
                as_of: 2026-10-06T06:00:00-04:00
                agencies: [{agency_id: X-1, name: X County Jail, state: %s, agency_type: COUNTY_CORRECTIONS, operates_jail: true, moas: []}]
                holds:
                  - {hold_id: h-1, agency_id: X-1, facility_state: %s, facility_tz: %s,
                     release_eligible_at: 2026-10-05T10:00:00-04:00,
                     detainer: {form: I247A, accompanied_by: NONE, received_at: 2026-10-04T10:00:00-04:00},
                     hold_end_reason: STILL_HELD}
                """.formatted(state, state, tz);
        Report r = TestRuleBook.get().assess(READER.toCaseFile(READER.readTree(yaml, "c.yaml"), "c.yaml", ""), "c.yaml");
        var l = r.getFired().stream().filter(f -> f.getCode() == FindingCode.DETAINER_WITHOUT_ADMIN_WARRANT).toList();
        assertEquals(1, l.size(), r.getFindings().toString());
        return l.get(0);
    }

    @Test
    void floridasDetainerStatuteIsCitedForFloridaHoldsOnly() {
        assertTrue(f15("FL", "America/New_York").getCitations().contains("Fla. Stat. § 908.102(2)"));
        Finding pa = f15("PA", "America/New_York");
        assertTrue(pa.getCitations().stream().noneMatch(c -> c.contains("Fla. Stat.")), pa.getCitations().toString());
        assertTrue(pa.getCitations().stream().anyMatch(c -> c.contains("10074.2")), pa.getCitations().toString());
    }
}
