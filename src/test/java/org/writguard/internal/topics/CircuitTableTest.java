package org.writguard.internal.topics;

import org.junit.jupiter.api.Test;
import org.writguard.internal.tables.LoadedTable;
import org.writguard.internal.tables.TableRow;
import org.writguard.testing.TestRuleBook;
import org.writguard.internal.topics.jurisdiction.CircuitTopic;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CircuitTableTest {
    @Test
    void theCircuitTableMapsEveryStateOfDomainEightFourOnce() {
        LoadedTable t = TestRuleBook.get().tables().get(CircuitTopic.SCHEMA.name());
        Map<String, String> m = new HashMap<>();
        for (TableRow r : t.rows()) assertEquals(null, m.put(r.get("STATE"), r.get(CircuitTopic.CIRCUIT)), "duplicate " + r);
        assertEquals(55, m.size(), "50 states, DC, PR, VI, GU and MP");
        assertEquals("C11", m.get("GA"));
        assertEquals("C3", m.get("PA"));
        assertEquals("C3", m.get("VI"));
        assertEquals("C9", m.get("MP"));
        assertEquals("DC", m.get("DC"));
        assertEquals("C1", m.get("PR"));
        assertEquals("C5", m.get("TX"));
    }
}
